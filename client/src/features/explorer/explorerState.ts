import { tiers, type Tier } from '@contracts/partners';
import { specialtyModes } from '@contracts/graph';

export const layouts = ['fcose', 'concentric', 'area', 'geo'] as const;
export type LayoutName = (typeof layouts)[number];

export const layoutLabels: Record<LayoutName, string> = {
  fcose: 'Force-directed',
  concentric: 'Rings by distance',
  area: 'Grouped by area',
  geo: 'Geographic',
};

export interface Filters {
  area: string | null;
  tier: Tier | null;
  managed: boolean | null;
  specialty: string | null;
  specialtyMode: (typeof specialtyModes)[number];
  minStrength: number;
  showKnows: boolean;
  showIntroductions: boolean;
  showSpecialties: boolean;
  /** User groups, meetings attended and PAL activities as nodes. */
  showCommunity: boolean;
}

export const panelTabs = ['details', 'matches', 'desk'] as const;
export type PanelTab = (typeof panelTabs)[number];

/** Everything that makes a view worth sharing lives in the URL. */
export interface ExplorerState {
  /** What the side panel shows about the selected (or focused) partner. */
  tab: PanelTab;
  partner: string | null;
  depth: number;
  limit: number;
  layout: LayoutName;
  filters: Filters;
  /** The other end of a path being looked for, if any. */
  pathTo: string | null;
  table: boolean;
  /** Draw with WebGL (for big views on machines with a GPU). */
  webgl: boolean;
}

export const DEFAULT_LIMIT = 150;
export const MAX_LIMIT = 5000;

export const defaultFilters: Filters = {
  area: null,
  tier: null,
  managed: null,
  specialty: null,
  specialtyMode: 'offers',
  minStrength: 1,
  showKnows: true,
  showIntroductions: true,
  showSpecialties: false,
  showCommunity: false,
};

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | null =>
  value !== null && (options as readonly string[]).includes(value) ? (value as T) : null;

const whole = (value: string | null, min: number, max: number, fallback: number) => {
  const number = Number(value);
  return value !== null && Number.isInteger(number) && number >= min && number <= max ? number : fallback;
};

/** Reads a state from a query string; anything unreadable falls back to its default. */
export function parseState(search: string): ExplorerState {
  const params = new URLSearchParams(search);
  const flag = (name: string, fallback: boolean) => (params.has(name) ? params.get(name) === '1' : fallback);
  const managed = params.get('managed');
  return {
    partner: params.get('partner'),
    depth: whole(params.get('depth'), 1, 3, 1),
    limit: whole(params.get('limit'), 1, MAX_LIMIT, DEFAULT_LIMIT),
    layout: oneOf(layouts, params.get('layout')) ?? 'fcose',
    pathTo: params.get('pathTo'),
    table: flag('table', false),
    webgl: flag('webgl', false),
    tab: oneOf(panelTabs, params.get('tab')) ?? 'details',
    filters: {
      area: params.get('area'),
      tier: oneOf(tiers, params.get('tier')),
      managed: managed === 'true' ? true : managed === 'false' ? false : null,
      specialty: params.get('specialty'),
      specialtyMode: oneOf(specialtyModes, params.get('specialtyMode')) ?? 'offers',
      minStrength: whole(params.get('minStrength'), 1, 5, 1),
      showKnows: flag('knows', true),
      showIntroductions: flag('introductions', true),
      showSpecialties: flag('specialties', false),
      showCommunity: flag('community', false),
    },
  };
}

/** Writes a state as a query string, leaving defaults out so URLs stay short. */
export function serializeState(state: ExplorerState): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string | number | null, fallback: string | number | null = null) => {
    if (value !== null && value !== fallback) params.set(name, String(value));
  };
  const { filters } = state;
  set('partner', state.partner);
  set('depth', state.depth, 1);
  set('limit', state.limit, DEFAULT_LIMIT);
  set('layout', state.layout, 'fcose');
  set('area', filters.area);
  set('tier', filters.tier);
  set('managed', filters.managed === null ? null : String(filters.managed));
  set('specialty', filters.specialty);
  set('specialtyMode', filters.specialty ? filters.specialtyMode : null, 'offers');
  set('minStrength', filters.minStrength, 1);
  set('knows', filters.showKnows ? null : '0');
  set('introductions', filters.showIntroductions ? null : '0');
  set('specialties', filters.showSpecialties ? '1' : null);
  set('community', filters.showCommunity ? '1' : null);
  set('pathTo', state.pathTo);
  set('table', state.table ? '1' : null);
  set('webgl', state.webgl ? '1' : null);
  set('tab', state.tab, 'details');
  const text = params.toString();
  return text ? `?${text}` : '';
}
