import { useId, useState, type KeyboardEvent } from 'react';
import type { Specialty } from '@contracts/catalog';

interface Props {
  label: string;
  catalogue: Specialty[];
  chosen: string[];
  onChange(ids: string[]): void;
}

const MAX_SHOWN = 8;

/** Chosen specialties as removable chips, and a search over the catalogue to add more (arrows and Enter pick one). */
export function SpecialtyPicker({ label, catalogue, chosen, onChange }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const names = new Map(catalogue.map((specialty) => [specialty.id, specialty.name]));
  const wanted = text.trim().toLowerCase();
  const offered = wanted
    ? catalogue.filter((specialty) => !chosen.includes(specialty.id) && specialty.name.toLowerCase().includes(wanted)).slice(0, MAX_SHOWN)
    : [];
  const add = (specialty: Specialty | undefined) => {
    if (!specialty) return;
    onChange([...chosen, specialty.id]);
    setText('');
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((index) => Math.min(index + 1, offered.length - 1));
    else if (event.key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0));
    else if (event.key === 'Enter') add(offered[active]);
    else return;
    event.preventDefault();
  };
  return (
    <fieldset className="specialty-picker">
      <legend>{label}</legend>
      {chosen.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <ul className="chips" aria-label={label}>
          {chosen.map((specialty) => (
            <li key={specialty} className="chip">
              {names.get(specialty) ?? specialty}{' '}
              <button
                type="button"
                className="link"
                aria-label={`Remove ${names.get(specialty) ?? specialty}`}
                onClick={() => onChange(chosen.filter((other) => other !== specialty))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={`${id}-search`}>Add to “{label}”</label>
      <input
        id={`${id}-search`}
        type="search"
        role="combobox"
        aria-expanded={offered.length > 0}
        aria-controls={`${id}-options`}
        aria-activedescendant={offered[active] ? `${id}-${offered[active].id}` : undefined}
        value={text}
        placeholder="Type to search the specialties…"
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {wanted && (
        // The ARIA combobox pattern, as the partner picker: focus stays in the input, which takes the keys.
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a listbox of options is the pattern.
        <ul id={`${id}-options`} role="listbox" className="picker-options" aria-label={`Specialties matching “${text.trim()}”`}>
          {offered.length === 0 && <li className="muted">No specialty matches “{text.trim()}”.</li>}
          {offered.map((specialty, index) => (
            // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the input (aria-activedescendant).
            <li
              key={specialty.id}
              id={`${id}-${specialty.id}`}
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the combobox pattern's options.
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                add(specialty);
              }}
            >
              {specialty.name}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
