import type { AgendaItem, Decision, Member, MinuteBlock } from '../../src-renderer/domain';
import { positionsFor } from '../../src-renderer/domain';
import type { Random } from './random';
import {
  decisionText,
  itemTitle,
  note,
  paragraph,
  secretSubjectOf,
  subjectOf,
  type Context,
} from './text';

/**
 * One generated meeting's agenda and minutes: standing items first and last, about thirty
 * items with sub-items, a tenth of them confidential (with a public summary), and about nine
 * entries of minutes each — paragraphs, decisions with the body's verbs, post-meeting notes —
 * with room left for the actions raised (see actions.ts).
 */

/** What the meeting's builders share: the stream, the clock and who is speaking. */
export interface MeetingContext {
  random: Random;
  meetingId: string;
  minutesName: string;
  verbs: readonly string[];
  present: readonly Member[];
  /** Audit fields, a second later each time. */
  audit: () => { createdAt: string; updatedAt: string; updatedBy: string };
}

/** An item and the subject its minutes speak of. */
export interface PlannedItem {
  item: AgendaItem;
  subject: string;
  /** Items that raise actions: not the standing ones. */
  raises: boolean;
}

function newItem(
  ctx: MeetingContext,
  fields: Pick<
    AgendaItem,
    'title' | 'parentId' | 'position' | 'classification' | 'kind' | 'standing'
  >,
): AgendaItem {
  const { random } = ctx;
  const confidential = fields.classification === 'confidential';
  const planned = random.pick([5, 10, 10, 15, 20, 30]);
  return {
    id: random.id(),
    meetingId: ctx.meetingId,
    ...fields,
    presenter: random.chance(0.7) ? random.pick(ctx.present).name : '',
    paperRefs: random.chance(0.6) ? [`P${String(random.int(100, 9999))}`] : [],
    exemption: '',
    plannedMinutes: planned,
    status: 'done',
    publicSummary:
      confidential && fields.parentId === null
        ? `${ctx.minutesName} considered a commercially confidential matter.`
        : '',
    startedAt: null,
    spentSeconds: planned * 60 + random.int(-120, 300),
    ...ctx.audit(),
  };
}

/** The agenda: items in reading order, each with its subject. */
export function makeAgenda(ctx: MeetingContext): PlannedItem[] {
  const { random } = ctx;
  const planned: PlannedItem[] = [];
  const count = random.int(15, 20);
  const top = positionsFor(count + 2);
  const standing = (title: string, position: string, kind: AgendaItem['kind']) => {
    const fields = {
      title,
      parentId: null,
      position,
      classification: 'public',
      kind,
      standing: true,
    } as const;
    planned.push({
      item: newItem(ctx, fields),
      subject: 'the minutes',
      raises: false,
    });
  };
  standing(
    'Minutes of the last meeting and actions outstanding',
    top[0] ?? 'a0',
    'actions-outstanding',
  );
  for (let n = 1; n <= count; n += 1) {
    const classification = random.chance(0.1) ? 'confidential' : 'public';
    // A confidential matter has a subject of its own, which no public entry repeats.
    const secret = classification === 'confidential';
    const subject = secret ? secretSubjectOf(random) : subjectOf(random);
    const people: Context = { people: ctx.present.map((m) => m.name), subject };
    const fields = {
      title: itemTitle(random, people),
      parentId: null,
      position: top[n] ?? 'a0',
      classification,
      kind: 'standard',
      standing: false,
    } as const;
    const parent = newItem(ctx, fields);
    planned.push({ item: parent, subject, raises: true });
    const subs = random.chance(0.33) ? random.int(1, 3) : 0;
    positionsFor(subs).forEach((position) => {
      const sub = secret ? secretSubjectOf(random) : subjectOf(random);
      const title = itemTitle(random, { ...people, subject: sub });
      const fields = {
        ...{ title, parentId: parent.id, position },
        classification,
        kind: 'standard',
        standing: false,
      } as const;
      planned.push({ item: newItem(ctx, fields), subject: sub, raises: true });
    });
  }
  standing('Any other business', top[count + 1] ?? 'a0', 'standard');
  return planned;
}

function decisions(ctx: MeetingContext, context: Context, confidential: boolean): Decision[] {
  const { random } = ctx;
  return Array.from({ length: random.pick([1, 1, 2, 3]) }, () => {
    const secret = confidential || random.chance(0.03);
    return {
      id: random.id(),
      verb: random.pick(ctx.verbs),
      text: decisionText(random, context, secret),
      confidential: secret,
      vote: null,
      dissent: [],
    };
  });
}

/**
 * The entries of one item's minutes, without its actions: their kinds and positions are
 * chosen with the places of `actions` action blocks left among them.
 */
export function makeBlocks(
  ctx: MeetingContext,
  planned: PlannedItem,
  actionCount: number,
): { blocks: MinuteBlock[]; actionPositions: string[] } {
  const { random } = ctx;
  const { item } = planned;
  const context: Context = { people: ctx.present.map((m) => m.name), subject: planned.subject };
  const inside = item.classification === 'confidential';
  const kinds: ('paragraph' | 'decisions' | 'note' | 'action')[] = [];
  const paragraphs = planned.raises ? random.int(5, 11) : 1;
  for (let n = 0; n < paragraphs; n += 1) kinds.push('paragraph');
  if (planned.raises) {
    const decided = random.pick([0, 1, 1, 1, 2, 2]);
    for (let n = 0; n < decided; n += 1) kinds.splice(random.int(1, kinds.length), 0, 'decisions');
    for (let n = 0; n < actionCount; n += 1) kinds.splice(random.int(1, kinds.length), 0, 'action');
    if (random.chance(0.1)) kinds.push('note');
  }
  const keys = positionsFor(kinds.length);
  const blocks: MinuteBlock[] = [];
  const actionPositions: string[] = [];
  kinds.forEach((kind, n) => {
    const position = keys[n] ?? 'a0';
    if (kind === 'action') {
      actionPositions.push(position);
      return;
    }
    const base = { id: random.id(), meetingId: ctx.meetingId, itemId: item.id, position };
    const confidential = inside || random.chance(0.03);
    if (kind === 'decisions') {
      const list = decisions(ctx, context, inside);
      blocks.push({ ...base, confidential: inside, kind, decisions: list, ...ctx.audit() });
    } else if (kind === 'note') {
      blocks.push({
        ...base,
        confidential,
        kind,
        text: note(random, context, confidential),
        ...ctx.audit(),
      });
    } else {
      blocks.push({
        ...base,
        confidential,
        kind,
        text: paragraph(random, context, confidential),
        ...ctx.audit(),
      });
    }
  });
  return { blocks, actionPositions };
}
