import { helpKey, searchKey, type KeyHelp } from '../shared/screen-keys';

/**
 * The minutes editor's keyboard shortcuts, declared once: the key handler and the shortcuts
 * dialog both read this list. Alt with a letter is free in Chromium and Electron pages (the
 * menu bar's own mnemonics are F, E, V, W and H), and the physical key (`code`) is matched so
 * that macOS's Option characters (Option+P types "π") do not get in the way.
 */
export type Command =
  | 'add-paragraph'
  | 'add-decisions'
  | 'raise-action'
  | 'add-note'
  | 'toggle-confidential'
  | 'move-up'
  | 'move-down'
  | 'delete';

export interface Shortcut extends KeyHelp {
  command: Command;
  /** `KeyboardEvent.code` pressed with Alt (and nothing else but Alt). */
  code: string;
}

export const shortcuts: readonly Shortcut[] = [
  { command: 'add-paragraph', keys: 'Alt+P', label: 'Add a paragraph to the item', code: 'KeyP' },
  { command: 'add-decisions', keys: 'Alt+D', label: 'Add decisions to the item', code: 'KeyD' },
  {
    command: 'raise-action',
    keys: 'Alt+A',
    label: 'Raise an action (reference at once)',
    code: 'KeyA',
  },
  { command: 'add-note', keys: 'Alt+N', label: 'Add a post-meeting note', code: 'KeyN' },
  {
    command: 'toggle-confidential',
    keys: 'Alt+C',
    label: 'Mark the block confidential, or public again',
    code: 'KeyC',
  },
  { command: 'move-up', keys: 'Alt+↑', label: 'Move the block up', code: 'ArrowUp' },
  { command: 'move-down', keys: 'Alt+↓', label: 'Move the block down', code: 'ArrowDown' },
  {
    command: 'delete',
    keys: 'Alt+Delete',
    label: 'Delete the block (Undo in the message)',
    code: 'Delete',
  },
];

/** Other keys the editor knows, listed in the dialog too. */
export const otherKeys: readonly KeyHelp[] = [
  { keys: 'Enter', label: 'In a decision: add the next decision below it' },
  { keys: 'Tab / Shift+Tab', label: 'Go to the next or previous field' },
  { keys: 'Alt+G', label: 'Go to the item the Chair has made current' },
  searchKey,
  helpKey,
];

/** The command an Alt key press asks for, or null. */
export function commandOf(event: {
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  code: string;
}): Command | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  return shortcuts.find((s) => s.code === event.code)?.command ?? null;
}
