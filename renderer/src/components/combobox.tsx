import { useEffect, useId, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { FieldFrame, type FieldFrameOptions } from './field';

export type ComboboxOption = {
  value: string;
  label: string;
  /** A second, quieter line (e.g. a person's organisation). */
  detail?: string;
  /** Options with the same group are listed together under it, in the order given. */
  group?: string;
};

export type ComboboxLabels = {
  /** The last option when creating is allowed: `Create “…”`. */
  create: (text: string) => string;
  searching: string;
  noMatches: string;
  /** Under the field when typed text was left without choosing anything. */
  notChosen: (text: string) => string;
};

export type ComboboxProps = FieldFrameOptions & {
  /** The chosen value ('' = none). */
  value: string;
  /** What the chosen value is called; shown in the box whenever nothing is being typed. */
  selectedLabel: string;
  /** Matches for the text last passed to `onSearch`. */
  options: ComboboxOption[];
  /** The matches for the latest text have not arrived: Enter does not pick a stale one. */
  loading: boolean;
  /** The list opened or the text changed: find matches for this text. */
  onSearch: (text: string) => void;
  /** An option was chosen, or the text was cleared (null). */
  onChange: (option: ComboboxOption | null) => void;
  /** Given: a `Create “…”` option ends the list and hands over the typed text. */
  onCreate?: (text: string) => void;
  /** A line under the matches: how many more there are, or why the search failed. */
  status?: string;
  labels: ComboboxLabels;
  placeholder?: string;
};

type Entry = { kind: 'option'; option: ComboboxOption } | { kind: 'create'; text: string };

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * A searchable picker (ARIA combobox with a listbox): type to search, arrows to move, Enter to
 * choose, Escape to go back to the chosen value. Text typed and left unchosen stays in the box
 * with a note under it; it is never silently replaced.
 */
export function Combobox({
  value,
  selectedLabel,
  options,
  loading,
  onSearch,
  onChange,
  onCreate,
  status,
  labels,
  placeholder,
  hint,
  label,
  ...frame
}: ComboboxProps) {
  const baseId = useId();
  const listId = `${baseId}-list`;
  const [open, setOpen] = useState(false);
  /** What the person is typing; null while the box shows the chosen value. */
  const [draft, setDraft] = useState<string | null>(null);
  const [active, setActive] = useState(-1);

  const text = draft ?? '';
  const offerCreate = onCreate !== undefined && text.trim() !== '' && !options.some((o) => same(o.label, text));
  const entries: Entry[] = [
    ...options.map((option): Entry => ({ kind: 'option', option })),
    ...(offerCreate ? [{ kind: 'create', text: text.trim() } as const] : []),
  ];
  const optionId = (index: number) => `${baseId}-option-${index}`;

  // A new value (chosen here, created in a dialog, or loaded) replaces whatever was being typed.
  useEffect(() => setDraft(null), [value]);

  // When the matches for typed text arrive (and only then), the first is ready for Enter.
  const answer = loading ? null : [draft, ...options.map((o) => o.value)].join('\n');
  useEffect(() => {
    if (answer !== null && open && draft) setActive(entries.length > 0 ? 0 : -1);
  }, [answer]);

  useEffect(() => {
    if (open && active >= 0) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  }, [open, active]);

  const openWith = (search: string) => {
    setOpen(true);
    setActive(-1);
    onSearch(search);
  };

  const choose = (entry: Entry) => {
    setOpen(false);
    setActive(-1);
    if (entry.kind === 'create') {
      // The text stays in the box until the new record arrives (or the dialog is cancelled).
      onCreate?.(entry.text);
      return;
    }
    setDraft(null);
    onChange(entry.option);
  };

  const settle = () => {
    setOpen(false);
    if (draft === null) return;
    const typed = draft.trim();
    if (typed === '') {
      setDraft(null);
      if (value) onChange(null);
    } else if (value && same(typed, selectedLabel)) {
      setDraft(null);
    } else if (!loading) {
      const exact = options.filter((o) => same(o.label, typed));
      if (exact.length === 1) choose({ kind: 'option', option: exact[0] });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) openWith(text);
        else setActive((i) => Math.min(i + 1, entries.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (open) setActive((i) => Math.max(i - 1, 0));
        break;
      case 'Enter': {
        // Enter picks; it submits the form only when nothing is open or pending.
        if (!open && draft === null) break;
        event.preventDefault();
        const entry = open ? entries[active] : undefined;
        if (entry && !(entry.kind === 'option' && loading)) choose(entry);
        else if (!open) openWith(text);
        break;
      }
      case 'Escape':
        if (!open && draft === null) break;
        // Handled here, so a dialog around the picker stays open.
        event.preventDefault();
        setOpen(false);
        setDraft(null);
        break;
      default:
        break;
    }
  };

  const keepFocus = (event: MouseEvent) => event.preventDefault();
  const pending = !open && draft !== null && draft.trim() !== '';
  const statusLine = loading ? labels.searching : (status ?? (options.length === 0 && !offerCreate ? labels.noMatches : undefined));

  return (
    <FieldFrame {...frame} label={label} hint={pending ? labels.notChosen(draft.trim()) : hint}>
      {(wiring) => (
        <div className="combobox">
          <input
            {...wiring}
            className="input combobox__input"
            type="text"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={open ? listId : undefined}
            aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
            placeholder={placeholder}
            value={draft ?? selectedLabel}
            onChange={(event) => {
              setDraft(event.target.value);
              openWith(event.target.value);
            }}
            onClick={() => {
              if (!open) openWith(text);
            }}
            onKeyDown={onKeyDown}
            onBlur={settle}
          />
          {open ? (
            <div className="combobox__popup" onMouseDown={keepFocus}>
              <div role="listbox" id={listId} aria-label={label} className="combobox__list">
                {groupRuns(entries).map((run) => {
                  const items = run.items.map(({ entry, index }) => (
                    <div
                      key={entry.kind === 'create' ? 'create' : entry.option.value}
                      id={optionId(index)}
                      role="option"
                      aria-selected={entry.kind === 'option' && entry.option.value === value}
                      className={[
                        'combobox__option',
                        entry.kind === 'create' ? 'combobox__option--create' : '',
                        index === active ? 'combobox__option--active' : '',
                      ]
                        .filter(Boolean)
                        .join(' ')}
                      onMouseEnter={() => setActive(index)}
                      onClick={() => choose(entry)}
                    >
                      {entry.kind === 'create' ? (
                        labels.create(entry.text)
                      ) : (
                        <>
                          <span className="combobox__label">{entry.option.label}</span>
                          {entry.option.detail ? <span className="combobox__detail">{entry.option.detail}</span> : null}
                        </>
                      )}
                    </div>
                  ));
                  if (!run.group) return items;
                  const groupId = `${baseId}-group-${run.items[0].index}`;
                  return (
                    <div key={groupId} role="group" aria-labelledby={groupId}>
                      <div id={groupId} role="presentation" className="combobox__group">
                        {run.group}
                      </div>
                      {items}
                    </div>
                  );
                })}
              </div>
              {statusLine ? (
                <div className="combobox__status" aria-live="polite">
                  {statusLine}
                </div>
              ) : null}
            </div>
          ) : null}
        </div>
      )}
    </FieldFrame>
  );
}

type Run = { group: string | undefined; items: Array<{ entry: Entry; index: number }> };

/** Consecutive entries of the same group, each run rendered under its heading. */
function groupRuns(entries: readonly Entry[]): Run[] {
  const runs: Run[] = [];
  entries.forEach((entry, index) => {
    const group = entry.kind === 'option' ? entry.option.group : undefined;
    const last = runs[runs.length - 1];
    if (last && last.group === group) last.items.push({ entry, index });
    else runs.push({ group, items: [{ entry, index }] });
  });
  return runs;
}
