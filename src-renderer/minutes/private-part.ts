import type { ArchiveBody } from '../domain';
import { privatePartResolutionText } from '../domain/private-part';
import type { DocBlock } from './document';
import type { ShownItem } from './redact';

/**
 * The opening of the private part, placed before its first item in both variants of the
 * minutes: the body's heading, unnumbered, and its resolution excluding the press and public,
 * citing the exemption paragraphs of the items taken in private. The resolution is public — it
 * is how a council records going into private session — so the public minutes print it too,
 * and then each private item by number and title with its public summary.
 *
 * `index` is the item about to be printed; nothing is returned unless it is the first item of
 * the private part (so a body without one, or a meeting with no private item, gets nothing).
 */
export function privatePartOpening(
  body: ArchiveBody,
  items: readonly ShownItem[],
  index: number,
  typeset: (text: string) => string,
): DocBlock[] {
  if (!body.privatePart) return [];
  const first = items.findIndex((s) => s.privatePart);
  if (first !== index) return [];
  const exemptions = items
    .filter((s) => s.privatePart && s.depth === 0)
    .map((s) => s.item.exemption);
  const heading = body.privatePartHeading.trim();
  const resolution = privatePartResolutionText(body.privatePartResolution, exemptions);
  return [
    ...(heading === ''
      ? []
      : [{ kind: 'heading' as const, level: 1 as const, number: '', text: typeset(heading) }]),
    ...(resolution === '' ? [] : [{ kind: 'paragraph' as const, text: typeset(resolution) }]),
  ];
}
