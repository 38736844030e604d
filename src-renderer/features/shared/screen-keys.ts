/**
 * What each screen lists when "?" is typed. The minutes editor's list lives beside its key
 * handler (minutes-editor/shortcuts.ts); the lists here describe keys bound elsewhere, so each
 * names where — an end-to-end test checks the Chair's against its buttons.
 */

/** One line of a screen's list of keys. */
export interface KeyHelp {
  keys: string;
  label: string;
}

/** The key that opens the list, on every screen. */
export const helpKey: KeyHelp = {
  keys: '?',
  label: 'Show these shortcuts (when not typing in a field)',
};

/** The key that opens search, on every screen (bound in search/search-dialog.tsx). */
export const searchKey: KeyHelp = {
  keys: 'Ctrl+K',
  label: 'Search all meetings of all bodies (⌘K on a Mac), from any screen',
};

const tabKey: KeyHelp = { keys: 'Tab / Shift+Tab', label: 'Go to the next or previous field' };

/** The home screen: the bodies and the New body form. */
export const bodiesKeys: readonly KeyHelp[] = [
  tabKey,
  { keys: 'Enter', label: 'On a body: open it. In the New body form: create the body' },
  searchKey,
  helpKey,
];

/** The agenda (Alt+arrows: agenda/agenda-item-row.tsx; dragging: agenda/sortable-list.tsx). */
export const agendaKeys: readonly KeyHelp[] = [
  { keys: 'Alt+↑ / Alt+↓', label: 'Move the item up or down (the cursor anywhere in its card)' },
  {
    keys: 'Space or Enter, then ↑ / ↓',
    label: 'On an item’s drag handle: pick the item up and move it among its siblings',
  },
  { keys: 'Space or Enter', label: 'While moving an item: put it down there' },
  { keys: 'Escape', label: 'While moving an item: put it back where it was' },
  { keys: 'Enter', label: 'In New agenda item: add the item, then type the next' },
  {
    keys: 'Tab / Shift+Tab',
    label: 'Go through an item’s fields (title to papers), then its commands',
  },
  searchKey,
  helpKey,
];

/** The Chair view (bound in chair/chair-commands.tsx). */
export const chairKeys: readonly KeyHelp[] = [
  { keys: 'N', label: 'Next item (or finish the last one)' },
  { keys: 'D', label: 'Defer the current item' },
  { keys: 'W', label: 'Withdraw the current item' },
  helpKey,
];
