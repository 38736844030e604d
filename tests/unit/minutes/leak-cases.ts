import fc from 'fast-check';
import {
  archiveFromRows,
  parseArchive,
  serializeArchive,
  type Action,
  type ActionUpdate,
  type AgendaItem,
  type BodyRows,
  type MinuteBlock,
  styleUpgradeDefaults,
} from '../../../src-renderer/domain';
import {
  meetingPapersDefaults,
  minutesStyleDefaults,
} from '../../../src-renderer/domain/body-settings';
import { LeakError } from '../../../src-renderer/minutes';
import { itemRow, meetingRow } from '../rows';
import { docxText, pdfText, writtenFiles } from './written';

/**
 * Random meetings for the leak property test and `npm run fuzz:leaks`: trees of items and
 * sub-items, random flags, actions raised anywhere and updated at the next meeting, any
 * Unicode. Each text carries a marker word of its own, so where it went can be found whatever
 * Unicode surrounds it.
 */

const at = '2016-03-10T10:00:00.000Z';
const audit = { createdAt: at, updatedAt: at, updatedBy: 'SECAS' };

export interface ItemPlan {
  parent: number; // index of an earlier item, or -1
  confidential: boolean;
  /** A deferred or withdrawn item prints the body's line under its heading. */
  status: 'done' | 'deferred' | 'withdrawn';
  paragraph: { confidential: boolean; text: string } | null;
  decision: { confidential: boolean; text: string } | null;
  action: {
    confidential: boolean;
    text: string;
    update: { confidential: boolean; text: string } | null;
  } | null;
}

const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const flagged = (allow: boolean) =>
  fc.record({ confidential: allow ? fc.boolean() : fc.constant(false), text });
export const itemPlan = (allow: boolean) =>
  fc.record({
    parent: fc.integer({ min: -1, max: 7 }),
    confidential: allow ? fc.boolean() : fc.constant(false),
    status: fc.constantFrom('done' as const, 'deferred' as const, 'withdrawn' as const),
    paragraph: fc.option(flagged(allow), { nil: null }),
    decision: fc.option(flagged(allow), { nil: null }),
    action: fc.option(
      fc.record({
        confidential: allow ? fc.boolean() : fc.constant(false),
        text,
        update: fc.option(flagged(allow), { nil: null }),
      }),
      { nil: null },
    ),
  });

export interface Built {
  rows: BodyRows;
  /** Marker words of texts that must not reach the public minutes. */
  secret: string[];
  /** Marker words of texts that must. */
  open: string[];
}

/** The body the plans describe, and which marker words the public minutes may carry. */
export function build(plans: readonly ItemPlan[]): Built {
  const secret: string[] = [];
  const open: string[] = [];
  let count = 0;
  const marked = (words: string, isSecret: boolean) => {
    const marker = `mkr${String((count += 1))}x`;
    (isSecret ? secret : open).push(marker);
    return `${marker} ${words}`;
  };
  const items: AgendaItem[] = [];
  const blocks: MinuteBlock[] = [];
  const actions: Action[] = [];
  const updates: ActionUpdate[] = [];
  const inside: boolean[] = [];
  plans.forEach((plan, i) => {
    const parent = plan.parent >= 0 && plan.parent < i ? plan.parent : -1;
    const under = parent >= 0 && (inside[parent] ?? false);
    const secretItem = under || plan.confidential;
    inside.push(secretItem);
    const id = `i${String(i)}`;
    items.push({
      ...itemRow(
        {
          id,
          meetingId: 'm30',
          parentId: parent >= 0 ? `i${String(parent)}` : null,
          position: `a${String(i)}`,
          title: '',
        },
        audit,
      ),
      classification: plan.confidential ? 'confidential' : 'public',
      status: plan.status,
      title: marked('title', under),
      publicSummary: plan.confidential && !under ? marked('summary', false) : '',
    });
    const base = { ...audit, meetingId: 'm30', itemId: id, position: 'a0' };
    if (plan.paragraph) {
      blocks.push({
        ...base,
        id: `${id}p`,
        confidential: plan.paragraph.confidential,
        kind: 'paragraph',
        text: marked(plan.paragraph.text, secretItem || plan.paragraph.confidential),
      });
    }
    if (plan.decision) {
      blocks.push({
        ...base,
        id: `${id}d`,
        position: 'a1',
        confidential: false,
        kind: 'decisions',
        decisions: [
          {
            id: `${id}d1`,
            verb: 'NOTED',
            confidential: plan.decision.confidential,
            vote: null,
            dissent: [],
            text: marked(plan.decision.text, secretItem || plan.decision.confidential),
          },
        ],
      });
    }
    if (plan.action) {
      const secretAction = secretItem || plan.action.confidential;
      const sequence = actions.length + 1;
      actions.push({
        ...audit,
        id: `${id}a`,
        bodyId: 'body',
        meetingId: 'm30',
        itemId: id,
        raisedOn: '2016-03-10',
        sequence,
        reference: `SECP30/${String(sequence).padStart(2, '0')}`,
        owner: 'SECAS',
        ownerMemberId: null,
        text: marked(plan.action.text, secretAction),
        dueDate: null,
        status: 'open',
        confidential: plan.action.confidential,
        declassified: null,
      });
      blocks.push({
        ...base,
        id: `${id}b`,
        position: 'a2',
        confidential: plan.action.confidential,
        kind: 'action',
        actionId: `${id}a`,
      });
      if (plan.action.update) {
        updates.push({
          ...audit,
          id: `${id}u`,
          actionId: `${id}a`,
          meetingId: 'm31',
          text: marked(plan.action.update.text, secretAction || plan.action.update.confidential),
          closes: false,
          confidential: plan.action.update.confidential,
        });
      }
    }
  });
  const outstanding = itemRow(
    { id: 'o31', meetingId: 'm31', position: 'a0', title: 'Actions', kind: 'actions-outstanding' },
    audit,
  );
  return {
    rows: {
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
        meetingRow({ id: 'm30', bodyId: 'body', number: 30, date: '2016-03-10' }, audit),
        meetingRow({ id: 'm31', bodyId: 'body', number: 31, date: '2016-04-14' }, audit),
      ],
      agendaItems: [...items, outstanding],
      minuteBlocks: blocks,
      attendance: [],
      amendments: [],
      interests: [],
      actions,
      actionUpdates: updates,
    },
    secret,
    open,
  };
}

/**
 * The public minutes of both meetings, read through the archive reader, written as DOCX and
 * PDF (the leak guard checks each file) and read back from the files: one text.
 */
export async function publicText(rows: BodyRows): Promise<string> {
  const parsed = parseArchive(serializeArchive(archiveFromRows([rows], at)));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const texts: string[] = [];
  for (const id of ['m30', 'm31']) {
    const files = await writtenFiles(parsed.archive, id, 'public');
    texts.push(await docxText(files.docx), pdfText(files.pdf));
  }
  return texts.join('\n');
}

/**
 * What became of one random body's public minutes: as promised; confidential text printed;
 * public text left out; refused by the leak guard although it had nothing confidential to
 * find; or refused with confidential matter in the body (texts are unique, so redaction let
 * some through and the guard caught it).
 */
export type Outcome = 'ok' | 'leak' | 'missing' | 'refused' | 'caught';

/** Builds the public minutes of the plans and says whether they kept every promise. */
export async function outcomeOf(plans: readonly ItemPlan[]): Promise<Outcome> {
  const built = build(plans);
  let printed: string;
  try {
    printed = await publicText(built.rows);
  } catch (error) {
    if (error instanceof LeakError) return built.secret.length === 0 ? 'refused' : 'caught';
    throw error;
  }
  // pdftotext may break a marker over two lines; the DOCX holds it whole.
  const found = (m: string) => new RegExp(`\\b${m}\\b`).test(printed);
  if (built.secret.some(found)) return 'leak';
  if (built.open.some((m) => !found(m))) return 'missing';
  return 'ok';
}

/** Random bodies: with confidential matter when `allow`, with none otherwise. */
export const randomPlans = (allow: boolean) =>
  fc.array(itemPlan(allow), { minLength: 1, maxLength: 8 });
