import { z } from 'zod';
import { specialtyModes } from '@contracts/graph';
import { tiers } from '@contracts/partners';

/**
 * The explorer's state as it lives in the URL, described by one schema: every link into the
 * explorer (health tables, calendars, notifications) is made by `explorerHref`, so a parameter is
 * renamed here and nowhere else.
 */

export const layouts = ['fcose', 'concentric', 'area', 'geo'] as const;
export type LayoutName = (typeof layouts)[number];

export const layoutLabels: Record<LayoutName, string> = {
  fcose: 'Force-directed',
  concentric: 'Rings by distance',
  area: 'Grouped by area',
  geo: 'Geographic',
};

export const panelTabs = ['details', 'matches', 'desk'] as const;
export type PanelTab = (typeof panelTabs)[number];

export const DEFAULT_LIMIT = 150;
export const MAX_LIMIT = 5000;

/** A URL parameter that falls back to its default when it is missing or cannot be read. */
const text = z.string().min(1).nullable().catch(null);
const whole = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).catch(fallback);
const flag = (fallback: boolean) =>
  z
    .enum(['0', '1'])
    .transform((value) => value === '1')
    .catch(fallback);
const oneOf = <T extends readonly [string, ...string[]]>(options: T, fallback: T[number]) => z.enum(options).catch(fallback as never);

/** Each URL parameter, by its name in the URL. */
const urlSchema = z.object({
  partner: text,
  depth: whole(1, 3, 1),
  limit: whole(1, MAX_LIMIT, DEFAULT_LIMIT),
  layout: oneOf(layouts, 'fcose'),
  pathTo: text,
  table: flag(false),
  webgl: flag(false),
  tab: oneOf(panelTabs, 'details'),
  area: text,
  tier: z.enum(tiers).nullable().catch(null),
  managed: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .nullable()
    .catch(null),
  specialty: text,
  specialtyMode: oneOf(specialtyModes, 'offers'),
  minStrength: whole(1, 5, 1),
  knows: flag(true),
  introductions: flag(true),
  specialties: flag(false),
  community: flag(false),
});

type UrlParams = z.output<typeof urlSchema>;

export interface Filters {
  area: string | null;
  tier: UrlParams['tier'];
  managed: boolean | null;
  specialty: string | null;
  specialtyMode: UrlParams['specialtyMode'];
  minStrength: number;
  showKnows: boolean;
  showIntroductions: boolean;
  showSpecialties: boolean;
  /** User groups, meetings attended and PAL activities as nodes. */
  showCommunity: boolean;
}

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

const toState = ({
  area,
  tier,
  managed,
  specialty,
  specialtyMode,
  minStrength,
  knows,
  introductions,
  specialties,
  community,
  ...view
}: UrlParams): ExplorerState => ({
  ...view,
  filters: {
    area,
    tier,
    managed,
    specialty,
    specialtyMode,
    minStrength,
    showKnows: knows,
    showIntroductions: introductions,
    showSpecialties: specialties,
    showCommunity: community,
  },
});

const toParams = ({ filters, ...view }: ExplorerState): UrlParams => ({
  ...view,
  area: filters.area,
  tier: filters.tier,
  managed: filters.managed,
  specialty: filters.specialty,
  specialtyMode: filters.specialtyMode,
  minStrength: filters.minStrength,
  knows: filters.showKnows,
  introductions: filters.showIntroductions,
  specialties: filters.showSpecialties,
  community: filters.showCommunity,
});

/** Reads a state from a query string; anything unreadable falls back to its default. */
export function parseState(search: string): ExplorerState {
  const params = Object.fromEntries(new URLSearchParams(search));
  return toState(urlSchema.parse(params));
}

export const defaultState: ExplorerState = parseState('');
export const defaultFilters: Filters = defaultState.filters;

/** Writes a state as a query string, leaving defaults out so URLs stay short. */
export function serializeState(state: ExplorerState): string {
  const params = new URLSearchParams();
  const defaults = toParams(defaultState);
  const values = toParams(state);
  for (const key of Object.keys(urlSchema.shape) as (keyof UrlParams)[]) {
    const value = values[key];
    // The specialty mode means something only with a specialty chosen.
    if (key === 'specialtyMode' && !values.specialty) continue;
    if (value === null || value === defaults[key]) continue;
    params.set(key, typeof value === 'boolean' && key !== 'managed' ? (value ? '1' : '0') : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A link into the explorer: the view of `partner`, with any other parts of the state given. */
export function explorerHref({ filters, ...view }: Partial<Omit<ExplorerState, 'filters'>> & { filters?: Partial<Filters> } = {}): string {
  return `/${serializeState({ ...defaultState, ...view, filters: { ...defaultFilters, ...filters } })}`;
}
