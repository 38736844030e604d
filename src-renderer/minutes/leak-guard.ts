import { byPosition, numberAgenda } from '../domain';
import type { Action, AgendaItem, ArchiveBody, ArchiveMeeting } from '../domain';
import type { DocBlock, MinutesDocument } from './document';

/**
 * The leak guard: the last check before a public document leaves the model. It decides what is
 * confidential on its own, from the raw records, with a deliberately simple and conservative
 * rule that shares no code with redaction (a guard that used the classifier it checks could
 * not see that classifier's bugs): a text is confidential when its own flag says so, when any
 * item around it is confidential, or (an action's text, an entry, an update) when its action
 * is flagged, was raised inside a confidential item, or has a confidential entry anywhere.
 * It cuts each confidential text into phrases (every run of six words; a text of three to six
 * words is one phrase) and refuses the document if any phrase appears anywhere in it —
 * blocks, tables, header or metadata — so a sentence cut short or run into another is still
 * caught. Fewer than three words are not compared (common words would match everywhere), nor
 * are phrases that a public field of the meeting says too: a confidential "NOTED the contents
 * of the paper" must not block every public export that notes a paper.
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

/** The guard's own rule: which items and actions of a body are confidential, conservatively. */
function guardRule(body: ArchiveBody, meeting: ArchiveMeeting) {
  const items = new Map<string, AgendaItem>();
  for (const m of [...body.meetings, meeting]) for (const i of m.agendaItems) items.set(i.id, i);
  /** The item or any item above it is confidential (a broken chain counts as confidential). */
  const itemSecret = (id: string | null): boolean => {
    const seen = new Set<string>();
    for (let at = id; at !== null;) {
      const item = items.get(at);
      if (item === undefined || seen.has(at)) return id !== null;
      if (item.classification === 'confidential') return true;
      seen.add(at);
      at = item.parentId;
    }
    return false;
  };
  const flaggedEntries = new Set(
    [...body.meetings, meeting].flatMap((m) =>
      m.minuteBlocks.flatMap((b) => (b.kind === 'action' && b.confidential ? [b.actionId] : [])),
    ),
  );
  const actionSecret = (action: Action | undefined): boolean =>
    action === undefined ||
    action.confidential ||
    flaggedEntries.has(action.id) ||
    (action.itemId !== null && itemSecret(action.itemId));
  /** Strictly inside a confidential item: an own-confidential item's title stays public. */
  const underSecret = (item: AgendaItem): boolean =>
    item.parentId !== null && itemSecret(item.parentId);
  return { itemSecret, actionSecret, underSecret };
}

/** Every text of the meeting, split into what is confidential and what is public. */
export function classifyTexts(
  body: ArchiveBody,
  meeting: ArchiveMeeting,
): { confidential: ConfidentialText[]; public: string[] } {
  const rule = guardRule(body, meeting);
  const actions = new Map(body.actions.map((a) => [a.id, a]));
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
  const put = (text: string, secret: boolean, field: string) => {
    if (secret) confidential.push({ field, text });
    else open.push(text);
  };
  for (const { item, number } of numberAgenda(meeting.agendaItems)) {
    const under = rule.underSecret(item);
    put(item.title, under, `the title of item ${number}`);
    put(item.publicSummary, under, `the public summary of item ${number}`);
    const itemSecret = rule.itemSecret(item.id);
    const count = new Map<string, number>();
    const blocks = meeting.minuteBlocks.filter((b) => b.itemId === item.id).sort(byPosition);
    for (const block of blocks) {
      const n = (count.get(block.kind) ?? 0) + 1;
      count.set(block.kind, n);
      const field = `item ${number} ${block.kind === 'note' ? 'post-meeting note' : block.kind} ${String(n)}`;
      const blockSecret = itemSecret || block.confidential;
      if (block.kind === 'paragraph' || block.kind === 'note') put(block.text, blockSecret, field);
      if (block.kind === 'decisions') {
        block.decisions.forEach((d, i) => {
          const where = `item ${number} decision ${String(i + 1)} of block ${String(n)}`;
          const secret = blockSecret || d.confidential;
          // A shown decision is printed after the body's name ("The Panel NOTED …").
          if (!secret) open.push(`${body.minutesName} ${d.verb} ${d.text}`);
          put(`${d.verb} ${d.text}`, secret, where);
        });
      }
    }
  }
  const updatedHere = body.actionUpdates.filter((u) => u.meetingId === meeting.id);
  const concerned = new Set([
    ...body.actions.filter((a) => a.meetingId === meeting.id).map((a) => a.id),
    ...updatedHere.map((u) => u.actionId),
  ]);
  for (const id of concerned) {
    const action = actions.get(id);
    if (action) put(action.text, rule.actionSecret(action), `action ${action.reference}`);
  }
  for (const update of updatedHere) {
    const action = actions.get(update.actionId);
    const secret = update.confidential || rule.actionSecret(action);
    put(update.text, secret, `the update to ${action?.reference ?? 'an action'}`);
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
