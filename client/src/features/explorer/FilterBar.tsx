import { NamedOptions, tierChoices } from '../../components/NamedOptions';
import type { Area, Specialty } from '@contracts/catalog';
import { layoutLabels, layouts, type ExplorerState, type Filters, type LayoutName } from '../../lib/explorer-url';

interface Props {
  state: ExplorerState;
  areas: Area[];
  specialties: Specialty[];
  /** The deepest view this person may ask for. */
  maxDepth: number;
  onChange(next: ExplorerState): void;
}

/** Depth, layout and every filter; each change lands in the URL. */
export function FilterBar({ state, areas, specialties, maxDepth, onChange }: Props) {
  const setFilters = (changes: Partial<Filters>) => onChange({ ...state, limit: state.limit, filters: { ...state.filters, ...changes } });
  const { filters } = state;
  return (
    <form className="filter-bar" aria-label="View and filters" onSubmit={(event) => event.preventDefault()}>
      <label>
        Depth
        <select value={Math.min(state.depth, maxDepth)} onChange={(event) => onChange({ ...state, depth: Number(event.target.value) })}>
          {[1, 2, 3]
            .filter((depth) => depth <= maxDepth)
            .map((depth) => (
              <option key={depth} value={depth}>
                {depth} hop{depth > 1 ? 's' : ''}
              </option>
            ))}
        </select>
      </label>
      <label>
        Layout
        <select value={state.layout} onChange={(event) => onChange({ ...state, layout: event.target.value as LayoutName })}>
          {layouts.map((layout) => (
            <option key={layout} value={layout}>
              {layoutLabels[layout]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Area
        <select value={filters.area ?? ''} onChange={(event) => setFilters({ area: event.target.value || null })}>
          <option value="">All areas</option>
          <NamedOptions items={areas} />
        </select>
      </label>
      <label>
        Tier
        <select value={filters.tier ?? ''} onChange={(event) => setFilters({ tier: (event.target.value || null) as Filters['tier'] })}>
          <option value="">All tiers</option>
          <NamedOptions items={tierChoices} />
        </select>
      </label>
      <label>
        Account manager
        <select
          value={filters.managed === null ? '' : String(filters.managed)}
          onChange={(event) => setFilters({ managed: event.target.value === '' ? null : event.target.value === 'true' })}
        >
          <option value="">Any</option>
          <option value="true">Managed</option>
          <option value="false">Unmanaged</option>
        </select>
      </label>
      <label>
        Specialty
        <select value={filters.specialty ?? ''} onChange={(event) => setFilters({ specialty: event.target.value || null })}>
          <option value="">Any specialty</option>
          {specialties.map((specialty) => (
            <option key={specialty.id} value={specialty.id}>
              {specialty.name}
            </option>
          ))}
        </select>
      </label>
      {filters.specialty && (
        <label>
          They
          <select value={filters.specialtyMode} onChange={(event) => setFilters({ specialtyMode: event.target.value as Filters['specialtyMode'] })}>
            <option value="offers">offer it</option>
            <option value="seeks">seek it</option>
          </select>
        </label>
      )}
      <label>
        Ties at least
        <select value={filters.minStrength} onChange={(event) => setFilters({ minStrength: Number(event.target.value) })}>
          {[1, 2, 3, 4, 5].map((strength) => (
            <option key={strength} value={strength}>
              {strength} of 5
            </option>
          ))}
        </select>
      </label>
      <fieldset className="kinds">
        <legend>Show</legend>
        <label>
          <input type="checkbox" checked={filters.showKnows} onChange={(event) => setFilters({ showKnows: event.target.checked })} /> Acquaintance
        </label>
        <label>
          <input type="checkbox" checked={filters.showIntroductions} onChange={(event) => setFilters({ showIntroductions: event.target.checked })} />{' '}
          Introductions
        </label>
        <label>
          <input type="checkbox" checked={filters.showSpecialties} onChange={(event) => setFilters({ showSpecialties: event.target.checked })} /> Specialties
        </label>
        <label>
          <input type="checkbox" checked={filters.showCommunity} onChange={(event) => setFilters({ showCommunity: event.target.checked })} /> Groups, meetings,
          activities
        </label>
      </fieldset>
    </form>
  );
}
