import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode, Neighborhood } from '@contracts/graph';
import { collapse, expand, record, redo, removeNodes, startHistory, undo, viewOf } from './view';

const node = (id: string, distance = 1): GraphNode => ({
  data: {
    id,
    kind: 'partner',
    label: id,
    company: `${id} Ltd`,
    tier: 'community',
    managed: false,
    isPal: false,
    area: null,
    areaName: null,
    location: null,
    distance,
    degree: 1,
  },
});
const tie = (a: string, b: string): GraphEdge => ({
  data: { id: `knows:${[a, b].sort().join(':')}`, kind: 'KNOWS', source: a, target: b, strength: 3, since: null },
});
const neighborhood = (center: string, others: string[]): Neighborhood => ({
  center,
  depth: 1,
  elements: { nodes: [node(center, 0), ...others.map((id) => node(id))], edges: others.map((id) => tie(center, id)) },
  truncated: false,
  totals: { partners: others.length + 1, shown: others.length + 1 },
});
const ids = (map: ReadonlyMap<string, unknown>) => [...map.keys()].sort();

describe('the explorer view', () => {
  const start = viewOf(neighborhood('a', ['b', 'c']));

  it('expands by merging, keeping the nodes already there as they were', () => {
    const expanded = expand(start, 'b', neighborhood('b', ['a', 'd', 'e']));
    expect(ids(expanded.nodes)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(expanded.nodes.get('a')).toBe(start.nodes.get('a'));
    expect(expanded.expansions.get('b')).toEqual(['d', 'e']);
    expect(ids(expanded.edges)).toEqual(['knows:a:b', 'knows:a:c', 'knows:b:d', 'knows:b:e']);
  });

  it('collapses what an expansion brought, but not what another expansion also brought', () => {
    const once = expand(start, 'b', neighborhood('b', ['d', 'e']));
    const twice = expand(once, 'c', neighborhood('c', ['e', 'f']));
    // e came with b's expansion; c's expansion found it already there, so it belongs to b.
    expect(ids(collapse(twice, 'c').nodes)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ids(collapse(twice, 'b').nodes)).toEqual(['a', 'b', 'c', 'f']);
  });

  it('takes nested expansions away with the node that brought them', () => {
    const once = expand(start, 'b', neighborhood('b', ['d']));
    const nested = expand(once, 'd', neighborhood('d', ['g']));
    expect(ids(collapse(nested, 'b').nodes)).toEqual(['a', 'b', 'c']);
  });

  it('removes a node with its edges, but never the focused partner', () => {
    const removed = removeNodes(start, ['b', 'a']);
    expect(ids(removed.nodes)).toEqual(['a', 'c']);
    expect(ids(removed.edges)).toEqual(['knows:a:c']);
  });

  it('undoes and redoes view changes in order', () => {
    let history = startHistory(start);
    history = record(history, expand(history.present, 'b', neighborhood('b', ['d'])));
    history = record(history, removeNodes(history.present, ['c']));
    expect(ids(history.present.nodes)).toEqual(['a', 'b', 'd']);
    history = undo(history);
    expect(ids(history.present.nodes)).toEqual(['a', 'b', 'c', 'd']);
    history = undo(history);
    expect(history.present).toBe(start);
    expect(undo(history)).toBe(history);
    history = redo(redo(history));
    expect(ids(history.present.nodes)).toEqual(['a', 'b', 'd']);
    expect(redo(history)).toBe(history);
  });

  it('forgets the redo branch once something new is done', () => {
    let history = record(startHistory(start), removeNodes(start, ['b']));
    history = record(undo(history), removeNodes(start, ['c']));
    expect(history.future).toEqual([]);
  });
});
