import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { parseQuery } from '../../domain/search-query';
import type { SearchEntry } from '../../domain/search-results';
import { revealOnArrival } from '../shared/reveal';
import { SearchFilterBar } from './search-filters';
import { SearchResultsList } from './search-results-list';
import { countLine, nextEntry, rowsOf, type ResultRow } from './search-rows';
import { asksForSearch, elementOf, hrefOf } from './search-target';
import { SearchStatusLine } from './search-status';
import { useSearch } from './use-search';
import './search.css';

/** Brings an element of the screen already shown into view and focus, as arriving would. */
function revealHere(elementId: string): boolean {
  const element = document.getElementById(elementId);
  if (element === null) return false;
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
  return true;
}

/**
 * Search across everything, in a dialog over any screen: the header's Search button or Ctrl+K
 * (⌘K) opens it with the cursor in the box. ↑ and ↓ pick a result, Enter opens it (the
 * meeting's minutes at that item), Escape closes. What was typed stays for the next opening.
 */
export function SearchDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  // The result picked, for the rows it was picked in: new rows start at their first result.
  const [picked, setPicked] = useState<{ rows: readonly ResultRow[]; index: number } | null>(null);
  const [location, navigate] = useLocation();
  const search = useSearch(open);
  const rows = useMemo(() => rowsOf(search.results), [search.results]);
  const answered = search.results?.text;
  const phrases = useMemo(() => parseQuery(answered ?? '').phrases, [answered]);
  const active = picked?.rows === rows ? picked.index : nextEntry(rows, -1, 1);
  const setActive = (index: number) => setPicked({ rows, index });
  const headingId = useId();
  const listId = useId();

  const show = useCallback(() => {
    const d = dialog.current;
    if (d !== null && !d.open) d.showModal();
    setOpen(true);
    input.current?.focus();
    input.current?.select();
  }, []);

  // The dialog's fields are drawn only while it is open (a closed dialog holds no inputs):
  // the box takes the focus once drawn.
  useEffect(() => {
    if (!open) return;
    input.current?.focus();
    input.current?.select();
  }, [open]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!asksForSearch(event)) return;
      event.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);

  const openEntry = (entry: SearchEntry) => {
    dialog.current?.close();
    const href = hrefOf(entry.target);
    const element = elementOf(entry.target);
    if (href === location) {
      if (element !== null && !revealHere(element)) revealOnArrival(element);
      return;
    }
    if (element !== null) revealOnArrival(element);
    navigate(href);
  };

  const openRow = (row: ResultRow | undefined) => {
    if (row?.type === 'entry') openEntry(row.entry);
  };
  const [enterWaiting, setEnterWaiting] = useState<string | null>(null);
  // Typed further, or closed, Enter is no longer waiting for them.
  if (enterWaiting !== null && (enterWaiting !== search.text || !open)) setEnterWaiting(null);
  useEffect(() => {
    if (enterWaiting === null || answered !== enterWaiting) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the answer has come
    setEnterWaiting(null);
    openRow(rows[active]);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- opened once, when the answer comes
  }, [enterWaiting, answered]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // Escape closes search at once (a search field would first empty itself).
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.current?.close();
      return;
    }
    const moves: Record<string, () => number> = {
      ArrowDown: () => nextEntry(rows, active, 1),
      ArrowUp: () => nextEntry(rows, active, -1),
      Home: () => nextEntry(rows, -1, 1),
      End: () => nextEntry(rows, rows.length, -1),
    };
    const target = event.target as HTMLElement;
    const inList = target.getAttribute('role') === 'listbox';
    const move = moves[event.key];
    // Home and End move the caret in the box; in the list they go to the first or last result.
    if (move !== undefined && (inList || event.key.startsWith('Arrow'))) {
      event.preventDefault();
      setActive(move());
    } else if (event.key === 'Enter' && (inList || target === input.current)) {
      event.preventDefault();
      // Enter straight after typing: the results on screen are those of the words before.
      // The first result of the words typed is opened when it comes.
      if (inList || answered === search.text) openRow(rows[active]);
      else setEnterWaiting(search.text);
    }
  };

  const results = search.results;
  return (
    <>
      <button
        type="button"
        className="search-open"
        onClick={show}
        aria-keyshortcuts="Control+K Meta+K"
        aria-haspopup="dialog"
      >
        Search <kbd>Ctrl+K</kbd>
      </button>
      <dialog
        ref={dialog}
        className="search-dialog"
        aria-labelledby={headingId}
        data-index={search.status?.state ?? 'none'}
        onClose={() => setOpen(false)}
        onKeyDown={onKeyDown}
      >
        {open && (
          <>
            <div className="search-top">
              <h2 id={headingId}>Search</h2>
              <button type="button" onClick={() => dialog.current?.close()}>
                Close
              </button>
            </div>
            <label className="search-box">
              <span>Search all meetings</span>
              <input
                ref={input}
                type="search"
                role="combobox"
                aria-expanded={rows.length > 0}
                aria-controls={listId}
                aria-autocomplete="list"
                aria-activedescendant={
                  rows[active]?.type === 'entry' ? `${listId}-option-${String(active)}` : undefined
                }
                value={search.text}
                onChange={(e) => search.setText(e.target.value)}
                placeholder='Words, or "an exact phrase"'
                autoComplete="off"
                spellCheck={false}
              />
            </label>
            <SearchFilterBar
              filters={search.filters}
              status={search.status}
              onChange={search.setFilters}
            />
            <SearchStatusLine
              status={search.status}
              count={results !== null && results.text === search.text ? countLine(results) : null}
              typed={search.text.trim() !== ''}
            />
            <SearchResultsList
              id={listId}
              rows={rows}
              active={active}
              answers={results?.text ?? ''}
              phrases={phrases}
              onActivate={setActive}
              onOpen={openEntry}
            />
          </>
        )}
      </dialog>
    </>
  );
}
