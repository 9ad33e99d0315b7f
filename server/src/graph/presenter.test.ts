import { describe, expect, it } from 'vitest';
import { describePath, toKnowsEdge, toWarmPath } from './presenter';

const step = (name: string, isPal = false) => ({
  id: name.toLowerCase(),
  name,
  company: `${name} Ltd`,
  isPal,
  tier: 'community' as const,
  managed: false,
  area: null,
  areaName: null,
  location: null,
  degree: 1,
});

describe('describePath', () => {
  it('tells a chain of acquaintance in words, naming the PAL', () => {
    expect(describePath([step('Ann'), step('Raj', true), step('Lee')])).toBe('Ann knows Raj (PAL), who knows Lee');
    expect(describePath([step('Ann'), step('Raj'), step('Sam'), step('Lee')])).toBe('Ann knows Raj, who knows Sam, who knows Lee');
  });

  it('says a direct tie plainly', () => {
    expect(describePath([step('Ann'), step('Lee')])).toBe('Ann knows Lee');
  });
});

describe('toWarmPath', () => {
  it('names the first PAL between the ends, not an end who is a PAL', () => {
    expect(toWarmPath({ partners: [step('Ann', true), step('Raj'), step('Lee')], ties: [] }).viaPal).toBeNull();
    expect(toWarmPath({ partners: [step('Ann'), step('Raj', true), step('Lee')], ties: [] })).toMatchObject({ viaPal: 'Raj', hops: 2 });
  });
});

describe('toKnowsEdge', () => {
  it('gives a tie the same id whichever way it was stored', () => {
    const a = toKnowsEdge({ source: 'p-2', target: 'p-1', strength: 3, since: null });
    const b = toKnowsEdge({ source: 'p-1', target: 'p-2', strength: 3, since: null });
    expect(a.data.id).toBe(b.data.id);
  });
});
