import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { PartnerSummary } from '@contracts/partners';
import { ApiError } from '../../lib/api';
import { useDebounced } from '../../lib/useDebounced';
import { searchPartners } from './searchPartners';

interface Props {
  onPick(partner: PartnerSummary): void;
  label?: string;
  placeholder?: string;
}

type SearchState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'done'; items: PartnerSummary[] }
  | { kind: 'error'; message: string };

/** A type-ahead over names, companies and specialties (ARIA combobox: arrows, Enter, Escape). */
export function PartnerPicker({ onPick, label = 'Find a partner', placeholder = 'Find a partner by name, company or specialty…' }: Props) {
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const debounced = useDebounced(text.trim(), 200);

  useEffect(() => {
    if (!debounced) return setState({ kind: 'idle' });
    const controller = new AbortController();
    setState({ kind: 'loading' });
    searchPartners(debounced, controller.signal)
      .then((page) => {
        setState({ kind: 'done', items: page.items });
        setActive(0);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ kind: 'error', message: error instanceof ApiError ? error.message : 'Search failed' });
      });
    return () => controller.abort();
  }, [debounced]);

  const items = state.kind === 'done' ? state.items : [];
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
        <ul id={listId} role="listbox" className="picker-list">
          {state.kind === 'loading' && <li className="picker-note">Searching…</li>}
          {state.kind === 'error' && <li className="picker-note picker-error">{state.message}</li>}
          {state.kind === 'done' && items.length === 0 && <li className="picker-note">No partner matches “{debounced}”.</li>}
          {items.map((partner, index) => (
            <li
              key={partner.id}
              id={`${listId}-${partner.id}`}
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
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
