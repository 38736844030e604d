/**
 * Cross-references between items: a token in a paragraph's text, `[[item:<id>]]`, that the
 * documents and the editor's preview print as the target item's current number, so that
 * "Minute [[item:…]] below refers" stays right when items move. A secretary never types the
 * form by accident, and it is plain text, so it survives the archive as it stands.
 */

const tokenPattern = /\[\[item:([A-Za-z0-9_-]{1,100})\]\]/g;

/** What a reference to an item that no longer exists prints. */
export const removedItemRef = '[item removed]';

/** The token that refers to an item. */
export function itemRefToken(itemId: string): string {
  return `[[item:${itemId}]]`;
}

/** The ids of the items a text refers to, in order, once each. */
export function itemRefsIn(text: string): string[] {
  return [...new Set([...text.matchAll(tokenPattern)].map((m) => m[1] ?? ''))];
}

/**
 * The text with every reference replaced by what `print` gives for its item: its number, or
 * undefined for an item that is gone ({@link removedItemRef} is printed then).
 */
export function resolveItemRefs(
  text: string,
  print: (itemId: string) => string | undefined,
): string {
  return text.replace(tokenPattern, (_, id: string) => print(id) ?? removedItemRef);
}

/** A text with the token inserted at a caret (or over a selection), and where the caret goes. */
export function insertItemRef(
  text: string,
  itemId: string,
  start: number,
  end = start,
): { text: string; caret: number } {
  const token = itemRefToken(itemId);
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + token + text.slice(to), caret: from + token.length };
}
