import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface ComboboxOption {
  id: string;
  label: string;
  /** Shown beside the label, e.g. a level badge. */
  badge?: ReactNode;
  /** A second line, e.g. the region's path. */
  detail?: string;
}

/**
 * A type-ahead list (ARIA combobox): ↑/↓ choose, Enter takes the highlighted option, Escape closes. The caller
 * fetches the options; `ready` says they answer the text as typed now, so Enter never takes a stale one.
 */
export function Combobox({
  label,
  placeholder,
  text,
  onTextChange,
  options,
  ready,
  busy,
  status,
  hint,
  onChoose,
  inputId,
  invalid,
  describedBy,
}: {
  label: string;
  placeholder: string;
  text: string;
  onTextChange: (text: string) => void;
  options: ComboboxOption[];
  ready: boolean;
  busy: boolean;
  /** A line announced to screen readers: result count, no results, an error. */
  status: string;
  hint?: string;
  onChoose: (id: string) => void;
  /** The input's id, for a form's error summary to link to. */
  inputId?: string;
  /** The form refuses what was chosen (or that nothing was): aria-invalid. */
  invalid?: boolean;
  /** Ids of the messages that describe the input, e.g. the form's error beside it. */
  describedBy?: string;
}) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const showList = open && text.trim().length > 0;
  useEffect(() => setActive((i) => (i >= options.length ? options.length - 1 : i)), [options.length]);

  const choose = (id: string) => {
    setOpen(false);
    setActive(-1);
    onChoose(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (options.length ? (i + 1) % options.length : -1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (options.length ? (i <= 0 ? options.length - 1 : i - 1) : -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const target = ready ? options[active >= 0 ? active : 0] : undefined;
      if (target) choose(target.id);
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="region-search">
      <label htmlFor={inputId ?? `${listId}-input`} className="region-search__label">
        {label}
      </label>
      <input
        id={inputId ?? `${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={showList ? listId : undefined}
        aria-autocomplete="list"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        enterKeyHint="search"
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          onTextChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <div className="region-search__popup">
          <p className="region-search__message" role="status" aria-live="polite">
            {status}
          </p>
          <ul id={listId} role="listbox" aria-label={label} aria-busy={busy} className="region-search__list">
            {options.map((option, i) => (
              <li
                key={option.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'is-active' : undefined}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(option.id);
                }}
              >
                <span className="region-search__name">
                  {option.label} {option.badge}
                </span>
                {option.detail && <span className="region-search__path">{option.detail}</span>}
              </li>
            ))}
          </ul>
          {options.length > 0 && hint && <p className="region-search__hint">{hint}</p>}
        </div>
      )}
    </div>
  );
}
