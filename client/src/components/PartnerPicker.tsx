import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { partnerEndpoints, type PartnerHit, type PartnerSummary } from '@contracts/partners';
import { messageOf } from '../lib/api';
import { useEndpoint } from '../lib/queries';
import { useDebounced } from '../lib/useDebounced';

interface Props {
  onPick(partner: PartnerSummary): void;
  label?: string;
  placeholder?: string;
}

/** Why a partner is in the results, in words. */
function whyMatched(matched: NonNullable<PartnerHit['matched']>): string {
  if (matched.on === 'expertise') return `PAL expert in ${matched.specialty?.name}`;
  if (matched.on === 'offers') return `Offers ${matched.specialty?.name}`;
  return matched.on === 'name' ? 'Name matches' : 'Company matches';
}

/** A type-ahead over names, companies and specialties (ARIA combobox: arrows, Enter, Escape). */
export function PartnerPicker({ onPick, label = 'Find a partner', placeholder = 'Find a partner by name, company or specialty…' }: Props) {
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const debounced = useDebounced(text.trim(), 200);
  const search = useEndpoint(partnerEndpoints.listPartners, debounced ? { query: { q: debounced, limit: 8 } } : null);
  // A new answer starts the highlight at its first partner.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the answer changing is the trigger.
  useEffect(() => setActive(0), [search.data]);

  const items = debounced ? (search.data?.items ?? []) : [];
  const choose = (partner: PartnerSummary | undefined) => {
    if (!partner) return;
    onPick(partner);
    setText('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, items.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(items[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const showList = open && text.trim() !== '';
  return (
    <div className="picker">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {label}
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && items[active] ? `${listId}-${items[active].id}` : undefined}
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        autoComplete="off"
      />
      {showList && (
        // The ARIA combobox pattern: focus stays in the input, which also takes the keys.
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a listbox of options is the pattern.
        <ul id={listId} role="listbox" className="picker-list">
          {search.isLoading && <li className="picker-note">Searching…</li>}
          {search.isError && <li className="picker-note picker-error">{messageOf(search.error)}</li>}
          {search.isSuccess && items.length === 0 && <li className="picker-note">No partner matches “{debounced}”.</li>}
          {items.map((partner, index) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: options are chosen with the input's keys.
            // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the input (aria-activedescendant).
            <li
              key={partner.id}
              id={`${listId}-${partner.id}`}
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the combobox pattern's options.
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(partner)}
              onMouseEnter={() => setActive(index)}
            >
              <span className="picker-name">
                {partner.name}
                {partner.isPal && <span className="badge badge-pal">PAL</span>}
              </span>
              <span className="picker-meta">
                {partner.company} · {partner.tier} · {partner.area?.name ?? 'no area'}
              </span>
              {partner.matched && <span className="picker-why">{whyMatched(partner.matched)}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
