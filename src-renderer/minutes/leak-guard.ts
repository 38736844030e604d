import type { ArchiveBody, ArchiveMeeting } from '../domain';
import type { DocBlock, MinutesDocument } from './document';
import { redact } from './redact';

/**
 * The leak guard: the last check before a public document leaves the model. It lists every
 * confidential text of the meeting by field, cuts each into phrases (every run of six words;
 * a text of three to six words is one phrase), and refuses the document if any phrase appears
 * anywhere in it — blocks, tables, header or metadata — so a sentence cut short or run into
 * another is still caught. Fewer than three words are not compared (common words would match
 * everywhere), nor are phrases that a public field of the meeting says too: a confidential
 * "NOTED the contents of the paper" must not block every public export that notes a paper.
 */

export interface ConfidentialText {
  /** Where the text lives, in words a secretary can find: "item 2 paragraph 1". */
  field: string;
  text: string;
}

/** Refusal of a public export; `field` names where the confidential text came from. */
export class LeakError extends Error {
  constructor(readonly field: string) {
    super(
      `The public minutes were not produced: confidential text from ${field} would appear in them.`,
    );
    this.name = 'LeakError';
  }
}

/** Every text of the meeting, split into what is confidential and what is public. */
export function classifyTexts(
  body: ArchiveBody,
  meeting: ArchiveMeeting,
): { confidential: ConfidentialText[]; public: string[] } {
  const confidential: ConfidentialText[] = [];
  // What the public minutes say by design: the body, the meeting and who attended.
  const open: string[] = [
    body.name,
    body.minutesName,
    body.secretariat,
    body.publicSummarySentence,
    meeting.venue,
    ...meeting.attendance.flatMap((a) => [a.name, a.organisation, a.note]),
  ];
  const shown = redact(body, meeting, 'public');
  const all = redact(body, meeting, 'confidential');
  const shownItems = new Map(shown.items.map((s) => [s.item.id, s]));
  const shownBlocks = new Set(shown.items.flatMap((s) => s.blocks.map((b) => b.id)));
  for (const { item, number, blocks } of all.items) {
    open.push(item.title, item.publicSummary);
    const itemShown = shownItems.get(item.id)?.reduced === false;
    const count = new Map<string, number>();
    for (const block of blocks) {
      const n = (count.get(block.kind) ?? 0) + 1;
      count.set(block.kind, n);
      const field = `item ${number} ${block.kind === 'note' ? 'post-meeting note' : block.kind} ${String(n)}`;
      const blockShown = shownBlocks.has(block.id);
      const put = (text: string, isShown: boolean, where = field) => {
        if (isShown) open.push(text);
        else confidential.push({ field: where, text });
      };
      if (block.kind === 'paragraph' || block.kind === 'note') put(block.text, blockShown);
      if (block.kind === 'decisions') {
        block.decisions.forEach((d, i) => {
          const where = `item ${number} decision ${String(i + 1)} of block ${String(n)}`;
          const isShown = blockShown && itemShown && !d.confidential;
          // A shown decision is printed after the body's name ("The Panel NOTED …").
          if (isShown) open.push(`${body.minutesName} ${d.verb} ${d.text}`);
          put(`${d.verb} ${d.text}`, isShown, where);
        });
      }
    }
  }
  const shownActions = new Set(shown.actions.map((a) => a.id));
  const shownUpdates = new Set(shown.updates.map((u) => u.update.id));
  for (const action of body.actions) {
    const where = `action ${action.reference}`;
    if (action.meetingId !== meeting.id && !all.updates.some((u) => u.action.id === action.id)) {
      continue;
    }
    const isShown =
      shownActions.has(action.id) || shown.updates.some((u) => u.action.id === action.id);
    if (isShown) open.push(action.text);
    else confidential.push({ field: where, text: action.text });
  }
  for (const { update, action } of all.updates) {
    if (shownUpdates.has(update.id)) open.push(update.text);
    else confidential.push({ field: `the update to ${action.reference}`, text: update.text });
  }
  return { confidential, public: open };
}

/** The words of a text: lower case, letters and digits only, so punctuation never hides a match. */
export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** Phrases are runs of this many words; shorter texts of at least three words count whole. */
export const phraseWords = 6;
const shortest = 3;

/** The phrases of one text: every run of {@link phraseWords} words, or the whole if shorter. */
export function phrases(text: string): string[] {
  const all = words(text);
  if (all.length < shortest) return [];
  if (all.length <= phraseWords) return [all.join(' ')];
  const out: string[] = [];
  for (let i = 0; i + phraseWords <= all.length; i += 1)
    out.push(all.slice(i, i + phraseWords).join(' '));
  return out;
}

/** Every run of 1 to {@link phraseWords} words of each text, for look-up in one step. */
function index(texts: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const text of texts) {
    const all = words(text);
    for (let i = 0; i < all.length; i += 1) {
      for (let n = shortest; n <= phraseWords && i + n <= all.length; n += 1) {
        set.add(all.slice(i, i + n).join(' '));
      }
    }
  }
  return set;
}

/** Every text a document would show, field by field. */
export function documentText(doc: MinutesDocument): string[] {
  const parts: string[] = [
    doc.classificationLabel,
    doc.metadata.title,
    doc.metadata.author,
    doc.metadata.subject,
    doc.header.bodyName,
    doc.header.title,
    ...doc.header.lines,
  ];
  for (const block of doc.blocks) parts.push(...blockText(block));
  return parts;
}

function blockText(block: DocBlock): string[] {
  switch (block.kind) {
    case 'heading':
      return [`${block.number} ${block.text}`];
    case 'paragraph':
    case 'note':
      return [block.text];
    case 'bullets':
      return block.items;
    case 'decisions':
      return [block.lead ?? '', ...block.lines];
    case 'action':
      return [block.reference, block.owner, block.text];
    case 'table':
      return [block.caption, ...block.columns.map((c) => c.title), ...block.rows.flat()];
  }
}

/** Throws {@link LeakError} when a confidential phrase appears in the document. */
export function guardAgainstLeaks(
  doc: MinutesDocument,
  texts: { confidential: readonly ConfidentialText[]; public: readonly string[] },
): void {
  const said = index(texts.public);
  const shown = index(documentText(doc));
  for (const { field, text } of texts.confidential) {
    for (const phrase of phrases(text)) {
      if (!said.has(phrase) && shown.has(phrase)) throw new LeakError(field);
    }
  }
}
