import fc from 'fast-check';
import {
  archiveFromRows,
  type Action,
  type ActionUpdate,
  type AgendaItem,
  type Archive,
  type BodyRows,
  type MinuteBlock,
  styleUpgradeDefaults,
} from '../../src-renderer/domain';
import {
  meetingPapersDefaults,
  minutesStyleDefaults,
} from '../../src-renderer/domain/body-settings';
import { limits } from '../../src-renderer/domain/text';
import { itemRow, meetingRow } from '../../tests/unit/rows';

/**
 * Random archives for `npm run fuzz` and its unit test: one body whose meeting 30 has a tree
 * of items (sub-items at any depth), paragraphs, post-meeting notes, decisions and actions,
 * and an Actions Outstanding item with updates to actions raised at meeting 29. Texts hold any
 * Unicode — astral characters, right-to-left scripts, combining marks, U+FFFE, lone
 * surrogates, control characters, quotes, "- " bullets — and a few cases are big: a paragraph
 * of 100 000 characters, 500 items, hundreds of actions.
 */

const at = '2016-03-10T10:00:00.000Z';
const audit = { createdAt: at, updatedAt: at, updatedBy: 'SECAS' };

/** The meeting whose minutes are written. */
export const fuzzMeetingId = 'm30';

const charIn = (min: number, max: number) =>
  fc.integer({ min, max }).map((code) => String.fromCodePoint(code));

/** One piece of text: a character of some kind, or something writers treat specially. */
const unit: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc.constantFrom('a', 'e', 'panel', 'noted', 'SECP', '2016', ' ', ' ', '.'),
    weight: 12,
  },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 4 },
  // Right to left: Hebrew, Arabic (shaped in the PDF), Arabic presentation forms.
  { arbitrary: charIn(0x05d0, 0x05ea), weight: 2 },
  { arbitrary: charIn(0x0621, 0x064a), weight: 2 },
  { arbitrary: charIn(0xfe70, 0xfefc), weight: 1 },
  // Combining marks, on whatever precedes them.
  { arbitrary: charIn(0x0300, 0x036f), weight: 2 },
  // Astral: emoji, mathematical letters, CJK extension B.
  { arbitrary: charIn(0x1f300, 0x1f64f), weight: 1 },
  { arbitrary: charIn(0x1d400, 0x1d7ff), weight: 1 },
  { arbitrary: charIn(0x20000, 0x2a6df), weight: 1 },
  // What XML cannot carry: controls, non-characters, lone surrogates.
  { arbitrary: charIn(0x0000, 0x001f), weight: 2 },
  { arbitrary: charIn(0x007f, 0x009f), weight: 1 },
  {
    arbitrary: fc.constantFrom('\uFFFE', '\uFFFF', '\uFDD0', '\u{1FFFE}', '\u{10FFFF}'),
    weight: 1,
  },
  { arbitrary: charIn(0xd800, 0xdfff), weight: 2 },
  // Line structure, quotes, direction and invisible characters.
  {
    arbitrary: fc.constantFrom(
      '\n',
      '\r\n',
      '\r',
      '\t',
      '\n- ',
      '\n\n',
      "'",
      '"',
      '\u00AD',
      '\u200B',
      '\u200F',
      '\u202E',
      '\u2028',
      '\uFEFF',
      '&',
      '<',
      ']]>',
    ),
    weight: 3,
  },
);

/** A text of up to `max` pieces. */
const text = (max: number) => fc.string({ unit, maxLength: max });

/**
 * A long text: a random chunk repeated up to 100 000 UTF-16 units (the longest a field may
 * be), cut there even if that splits a surrogate pair.
 */
const longText = text(2000).map((chunk) => {
  const base = chunk === '' ? 'x' : chunk;
  return base.repeat(Math.ceil(limits.longText / base.length)).slice(0, limits.longText);
});

/** A title: at most 500 UTF-16 units, as the archive allows. */
const title = text(12).map((t) => t.slice(0, limits.shortText));

export interface BlockPlan {
  kind: 'paragraph' | 'note' | 'decisions' | 'action';
  confidential: boolean;
  texts: string[];
}

export interface ItemPlan {
  /** Back from this item to its parent: 0 for a top-level item, 1 for the item before, … */
  parentBack: number;
  confidential: boolean;
  status: AgendaItem['status'];
  title: string;
  publicSummary: string;
  blocks: BlockPlan[];
}

export interface CasePlan {
  size: 'small' | 'long-text' | 'many-items' | 'many-actions';
  items: ItemPlan[];
  /** Actions raised at meeting 29, each with its update given at meeting 30. */
  outstanding: { text: string; update: string; confidential: boolean }[];
}

const blockPlan = (long: boolean) =>
  fc.record({
    kind: fc.constantFrom(
      'paragraph' as const,
      'note' as const,
      'decisions' as const,
      'action' as const,
    ),
    confidential: fc.boolean(),
    texts: fc.array(long ? fc.oneof(text(60), longText) : text(60), { minLength: 1, maxLength: 3 }),
  });

const itemPlan = (maxBlocks: number, long = false) =>
  fc.record({
    // Mostly the item before or top level, so that chains of sub-items run deep.
    parentBack: fc.oneof(
      { arbitrary: fc.constant(0), weight: 2 },
      { arbitrary: fc.constant(1), weight: 3 },
      { arbitrary: fc.integer({ min: 2, max: 6 }), weight: 1 },
    ),
    confidential: fc.boolean(),
    status: fc.constantFrom(
      'pending' as const,
      'current' as const,
      'done' as const,
      'deferred' as const,
      'withdrawn' as const,
    ),
    title,
    publicSummary: text(30),
    blocks: fc.array(blockPlan(long), { maxLength: maxBlocks }),
  });

const outstanding = (max: number) =>
  fc.array(fc.record({ text: text(30), update: text(60), confidential: fc.boolean() }), {
    maxLength: max,
  });

/**
 * A case: mostly small; a few with a 100 000-character text, 500 items or hundreds of
 * actions, kept rare so that a thousand cases run in reasonable time.
 */
export const casePlan: fc.Arbitrary<CasePlan> = fc.oneof(
  {
    arbitrary: fc.record({
      size: fc.constant('small' as const),
      items: fc.array(itemPlan(4), { minLength: 1, maxLength: 14 }),
      outstanding: outstanding(6),
    }),
    weight: 94,
  },
  {
    arbitrary: fc.record({
      size: fc.constant('long-text' as const),
      items: fc.array(itemPlan(2, true), { minLength: 1, maxLength: 3 }),
      outstanding: outstanding(2),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      size: fc.constant('many-items' as const),
      items: fc.array(itemPlan(1), { minLength: 500, maxLength: 500 }),
      outstanding: outstanding(2),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      size: fc.constant('many-actions' as const),
      items: fc.array(
        itemPlan(0).chain((item) =>
          fc
            .array(
              fc.record({
                kind: fc.constant('action' as const),
                confidential: fc.boolean(),
                texts: fc.array(text(20), { minLength: 1, maxLength: 1 }),
              }),
              { minLength: 10, maxLength: 20 },
            )
            .map((blocks) => ({ ...item, blocks })),
        ),
        { minLength: 10, maxLength: 20 },
      ),
      outstanding: outstanding(150),
    }),
    weight: 2,
  },
);

/** A text the confidential minutes must carry, and where it came from (for a report). */
export interface ExpectedText {
  place: string;
  kind: 'title' | 'summary' | 'paragraph' | 'note' | 'decision' | 'action' | 'update';
  text: string;
}

export interface FuzzCase {
  archive: Archive;
  expected: ExpectedText[];
}

// Sub-items nest this deep at most: deep enough to number "1.1.1.1…" far past any real agenda.
const maxDepth = 12;

/** The archive a plan describes, and every text its confidential minutes must print. */
export function buildCase(plan: CasePlan): FuzzCase {
  const expected: ExpectedText[] = [];
  const items: AgendaItem[] = [];
  const depths: number[] = [];
  const blocks: MinuteBlock[] = [];
  const actions: Action[] = [];
  const updates: ActionUpdate[] = [];
  const base = { ...audit, meetingId: fuzzMeetingId };
  plan.items.forEach((p, i) => {
    const parentIndex = p.parentBack === 0 ? -1 : i - p.parentBack;
    const parent = parentIndex >= 0 && (depths[parentIndex] ?? 0) < maxDepth ? parentIndex : -1;
    depths.push(parent === -1 ? 0 : (depths[parent] ?? 0) + 1);
    const id = `i${String(i)}`;
    items.push(
      itemRow(
        {
          id,
          meetingId: fuzzMeetingId,
          parentId: parent === -1 ? null : `i${String(parent)}`,
          position: `a${String(i).padStart(4, '0')}`,
          title: p.title,
          classification: p.confidential ? 'confidential' : 'public',
          status: p.status,
          publicSummary: p.publicSummary,
        },
        audit,
      ),
    );
    expected.push({ place: `title of item ${id}`, kind: 'title', text: p.title });
    p.blocks.forEach((b, j) => {
      const blockId = `${id}b${String(j)}`;
      const common = { ...base, itemId: id, position: `a${String(j).padStart(3, '0')}` };
      const place = `${b.kind} ${blockId}`;
      const joined = b.texts.join('').slice(0, limits.longText);
      if (b.kind === 'paragraph' || b.kind === 'note') {
        blocks.push({
          ...common,
          id: blockId,
          confidential: b.confidential,
          kind: b.kind,
          text: joined,
        });
        expected.push({ place, kind: b.kind, text: joined });
      } else if (b.kind === 'decisions') {
        blocks.push({
          ...common,
          id: blockId,
          confidential: false,
          kind: 'decisions',
          decisions: b.texts.map((t, k) => ({
            id: `${blockId}d${String(k)}`,
            verb: 'NOTED',
            confidential: b.confidential && k % 2 === 0,
            text: t,
            vote: null,
            dissent: [],
          })),
        });
        b.texts.forEach((t, k) =>
          expected.push({
            place: `decision ${String(k + 1)} of ${place}`,
            kind: 'decision',
            text: t,
          }),
        );
      } else {
        const sequence = actions.length + 1;
        const actionId = `${blockId}a`;
        actions.push({
          ...audit,
          id: actionId,
          bodyId: 'body',
          meetingId: fuzzMeetingId,
          itemId: id,
          raisedOn: '2016-03-10',
          sequence,
          reference: `SECP30/${String(sequence).padStart(2, '0')}`,
          owner: 'SECAS',
          ownerMemberId: null,
          text: joined,
          dueDate: null,
          status: 'open',
          confidential: b.confidential,
          declassified: null,
        });
        blocks.push({
          ...common,
          id: blockId,
          confidential: b.confidential,
          kind: 'action',
          actionId,
        });
        expected.push({ place: `action ${actionId}`, kind: 'action', text: joined });
      }
    });
  });
  // Only a confidential item's own summary is printed (with the body's sentence).
  items.forEach((item, i) => {
    if (item.classification === 'confidential' && item.parentId === null)
      expected.push({
        place: `public summary of item i${String(i)}`,
        kind: 'summary',
        text: item.publicSummary,
      });
  });
  const outstandingItem = itemRow(
    {
      id: 'outstanding',
      meetingId: fuzzMeetingId,
      position: 'b0000',
      title: 'Actions Outstanding',
      kind: 'actions-outstanding',
      status: 'done',
    },
    audit,
  );
  plan.outstanding.forEach((o, k) => {
    const id = `o${String(k)}`;
    actions.push({
      ...audit,
      id,
      bodyId: 'body',
      meetingId: 'm29',
      itemId: null,
      raisedOn: '2016-02-11',
      sequence: k + 1,
      reference: `SECP29/${String(k + 1).padStart(2, '0')}`,
      owner: 'SECAS',
      ownerMemberId: null,
      text: o.text,
      dueDate: null,
      status: 'open',
      confidential: o.confidential,
      declassified: null,
    });
    updates.push({
      ...audit,
      id: `${id}u`,
      actionId: id,
      meetingId: fuzzMeetingId,
      text: o.update,
      closes: false,
      confidential: false,
    });
    expected.push({ place: `update ${id}u`, kind: 'update', text: o.update });
  });
  const rows: BodyRows = {
    body: {
      ...audit,
      id: 'body',
      name: 'SEC Panel',
      minutesName: 'The Panel',
      actionPrefix: 'SECP',
      secretariat: 'SECAS',
      actionRefTemplate: '{prefix}{meeting}/{seq}',
      decisionVerbs: ['NOTED'],
      publicSummarySentence: 'Further details are in the confidential minutes.',
      quorum: 0,
      ...minutesStyleDefaults,
      ...meetingPapersDefaults,
      ...styleUpgradeDefaults,
    },
    members: [],
    meetings: [
      meetingRow(
        { id: 'm29', bodyId: 'body', number: 29, date: '2016-02-11', status: 'held' },
        audit,
      ),
      meetingRow({ id: fuzzMeetingId, bodyId: 'body', number: 30, date: '2016-03-10' }, audit),
    ],
    agendaItems: [...items, outstandingItem],
    minuteBlocks: blocks,
    attendance: [],
    amendments: [],
    interests: [],
    actions,
    actionUpdates: updates,
  };
  return { archive: archiveFromRows([rows], at), expected };
}
