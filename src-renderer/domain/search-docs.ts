import type { Confidentiality } from './confidentiality';
import type {
  Action,
  ActionUpdate,
  AgendaItem,
  Amendment,
  Attendance,
  DecisionsBlock,
  Id,
  Interest,
  MinuteBlock,
} from './model';

/**
 * What search finds, one document per thing a secretary would look for: an agenda item (its
 * title, presenter, papers and public summary), a paragraph or post-meeting note, each
 * decision, each action and each update to one, each line of the attendance, each
 * declaration of interest and each amendment to approved minutes. Each
 * document has a heading (boosted: a word in a title counts for more than a passing mention)
 * and a text, and knows where it stands (body, meeting, item, block) and which record decides
 * whether it is confidential.
 */
export type SearchKind =
  | 'item'
  | 'paragraph'
  | 'note'
  | 'decision'
  | 'action'
  | 'update'
  | 'attendance'
  | 'interest'
  | 'amendment';

/** The kinds in the order the filter offers them, with their names there. */
export const searchKinds: readonly { kind: SearchKind; label: string }[] = [
  { kind: 'item', label: 'Item titles' },
  { kind: 'paragraph', label: 'Paragraphs' },
  { kind: 'note', label: 'Post-meeting notes' },
  { kind: 'decision', label: 'Decisions' },
  { kind: 'action', label: 'Actions' },
  { kind: 'update', label: 'Action updates' },
  { kind: 'attendance', label: 'Attendance' },
  { kind: 'interest', label: 'Declarations of interest' },
  { kind: 'amendment', label: 'Amendments' },
];

/** The record whose confidentiality a document shares, asked of the one rule. */
export type Secrecy =
  | { of: 'item'; itemId: Id }
  | { of: 'block'; block: MinuteBlock }
  | { of: 'decision'; block: DecisionsBlock; index: number }
  | { of: 'action'; action: Action; block: MinuteBlock | null }
  | { of: 'update'; update: ActionUpdate }
  /** A declaration or an amendment: its own flag, or the item it concerns. */
  | { of: 'flagged'; confidential: boolean; itemId: Id | null }
  | { of: 'none' };

export interface SearchDoc {
  /** "item:<id>", "block:<id>", "decision:<block id>:<decision id>", "action:<id>" … */
  id: string;
  kind: SearchKind;
  bodyId: Id;
  /** The meeting it belongs to; null for an earlier action entered by hand. */
  meetingId: Id | null;
  itemId: Id | null;
  blockId: Id | null;
  /** The row it was built from (an item, block, action, update or attendance line). */
  rowId: Id;
  heading: string;
  text: string;
  secrecy: Secrecy;
  /**
   * The index's note of what the rule last said of this document, for the rule it asked (a
   * new rule after an item or action changes); absent until first asked.
   */
  memo?: { rule: Confidentiality; secret: boolean };
}

/** Whether a document is confidential, by the app's one rule (confidentiality.ts). */
export function isConfidentialDoc(doc: SearchDoc, rule: Confidentiality): boolean {
  const s = doc.secrecy;
  switch (s.of) {
    case 'item':
      return rule.item(s.itemId);
    case 'block':
      return rule.block(s.block);
    case 'decision': {
      const decision = s.block.decisions[s.index];
      return decision === undefined ? rule.block(s.block) : rule.decision(s.block, decision);
    }
    case 'action':
      // The action and its entry in the minutes: either one confidential hides it.
      return rule.action(s.action) || (s.block !== null && rule.block(s.block));
    case 'update':
      return rule.update(s.update);
    case 'flagged':
      return s.confidential || rule.item(s.itemId);
    case 'none':
      return false;
  }
}

/** An agenda item's document: its title, then presenter, papers and public summary. */
export function itemDoc(item: AgendaItem, bodyId: Id): SearchDoc {
  return {
    id: `item:${item.id}`,
    kind: 'item',
    bodyId,
    meetingId: item.meetingId,
    itemId: item.id,
    blockId: null,
    rowId: item.id,
    heading: item.title,
    text: [item.presenter, item.paperRefs.join(' '), item.publicSummary]
      .filter((t) => t !== '')
      .join('\n'),
    secrecy: { of: 'item', itemId: item.id },
  };
}

/** A block's documents: one for a paragraph or note, one per decision, none for an action's entry. */
export function blockDocs(block: MinuteBlock, bodyId: Id): SearchDoc[] {
  const place = {
    bodyId,
    meetingId: block.meetingId,
    itemId: block.itemId,
    blockId: block.id,
    rowId: block.id,
  };
  switch (block.kind) {
    case 'paragraph':
    case 'note':
      return [
        {
          ...place,
          id: `block:${block.id}`,
          kind: block.kind,
          heading: '',
          text: block.text,
          secrecy: { of: 'block', block },
        },
      ];
    case 'decisions':
      return block.decisions.map((decision, index) => ({
        ...place,
        id: `decision:${block.id}:${decision.id}`,
        kind: 'decision',
        heading: decision.verb,
        text: decision.text,
        secrecy: { of: 'decision', block, index },
      }));
    case 'action':
      return [];
  }
}

/**
 * An action's document: its reference and owner as the heading, its words as the text. It
 * stands where it was raised, at its entry in the minutes when it has one.
 */
export function actionDoc(action: Action, entry: MinuteBlock | null): SearchDoc {
  return {
    id: `action:${action.id}`,
    kind: 'action',
    bodyId: action.bodyId,
    meetingId: action.meetingId,
    itemId: action.itemId,
    blockId: entry?.id ?? null,
    rowId: action.id,
    heading: `${action.reference} ${action.owner}`.trim(),
    text: action.text,
    secrecy: { of: 'action', action, block: entry },
  };
}

/**
 * An update's document, at the meeting it was given; its heading is the reference of the
 * action it updates.
 */
export function updateDoc(update: ActionUpdate, action: Action | undefined): SearchDoc {
  return {
    id: `update:${update.id}`,
    kind: 'update',
    bodyId: action?.bodyId ?? '',
    meetingId: update.meetingId,
    itemId: null,
    blockId: null,
    rowId: update.id,
    heading: action?.reference ?? '',
    text: update.text,
    secrecy: { of: 'update', update },
  };
}

const roleNames: Readonly<Record<Attendance['role'], string>> = {
  present: 'Present',
  apologies: 'Apologies',
  'in-attendance': 'In attendance',
};

/** A line of the attendance: the name, then organisation, role and note. */
export function attendanceDoc(row: Attendance, bodyId: Id): SearchDoc {
  return {
    id: `attendance:${row.id}`,
    kind: 'attendance',
    bodyId,
    meetingId: row.meetingId,
    itemId: null,
    blockId: null,
    rowId: row.id,
    heading: row.name,
    text: [row.organisation, roleNames[row.role], row.note].filter((t) => t !== '').join(' · '),
    secrecy: { of: 'none' },
  };
}

/** A declaration of interest: the name, then what the interest is and whether they withdrew. */
export function interestDoc(row: Interest, bodyId: Id): SearchDoc {
  return {
    id: `interest:${row.id}`,
    kind: 'interest',
    bodyId,
    meetingId: row.meetingId,
    itemId: row.itemId,
    blockId: null,
    rowId: row.id,
    heading: row.name,
    text: [row.interest, row.withdrew ? 'Withdrew' : ''].filter((t) => t !== '').join(' · '),
    secrecy: { of: 'flagged', confidential: row.confidential, itemId: row.itemId },
  };
}

/** An amendment to approved minutes: why, then the wording as it now reads. */
export function amendmentDoc(row: Amendment, bodyId: Id): SearchDoc {
  return {
    id: `amendment:${row.id}`,
    kind: 'amendment',
    bodyId,
    meetingId: row.meetingId,
    itemId: row.itemId,
    blockId: null,
    rowId: row.id,
    heading: row.reason,
    text: row.text,
    secrecy: { of: 'flagged', confidential: row.confidential, itemId: row.itemId },
  };
}
