import { describe, expect, it } from 'vitest';
import { defaultFilters, explorerHref, parseState, serializeState, type ExplorerState } from './explorer-url';

describe('explorer URL state', () => {
  it('round-trips a full state through the query string', () => {
    const state: ExplorerState = {
      partner: 'p-0001',
      depth: 2,
      limit: 600,
      layout: 'geo',
      pathTo: 'p-0042',
      table: true,
      webgl: true,
      tab: 'matches',
      filters: {
        ...defaultFilters,
        area: 'london',
        tier: 'gold',
        managed: false,
        specialty: 'azure',
        specialtyMode: 'seeks',
        minStrength: 3,
        showKnows: false,
        showSpecialties: true,
      },
    };
    expect(parseState(serializeState(state))).toEqual(state);
  });

  it('keeps URLs short by leaving defaults out', () => {
    expect(serializeState(parseState('?partner=p-1'))).toBe('?partner=p-1');
    expect(serializeState(parseState(''))).toBe('');
  });

  it('falls back to defaults for values it cannot read', () => {
    const state = parseState('?depth=9&limit=-4&layout=spiral&tier=platinum&minStrength=x&managed=perhaps');
    expect(state).toMatchObject({ depth: 1, limit: 150, layout: 'fcose', filters: { tier: null, minStrength: 1, managed: null } });
  });

  it('makes every link into the explorer from the same parameters', () => {
    expect(explorerHref({ partner: 'p-1', depth: 2, filters: { area: 'london' } })).toBe('/?partner=p-1&depth=2&area=london');
    expect(parseState(explorerHref({ partner: 'p-1', filters: { showCommunity: true } }).slice(1))).toMatchObject({
      partner: 'p-1',
      filters: { showCommunity: true },
    });
  });
});
