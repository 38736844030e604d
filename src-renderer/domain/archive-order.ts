import {
  acceptedFindingSchema,
  actionSchema,
  actionUpdateSchema,
  agendaItemSchema,
  amendmentSchema,
  attendanceSchema,
  bodySchema,
  circulationSchema,
  decisionSchema,
  interestSchema,
  meetingSchema,
  memberSchema,
  minuteBlockSchema,
  voteSchema,
  type Archive,
  type ArchiveBody,
  type ArchiveMeeting,
} from './archive-schema';
import { numberAgenda } from './numbering';

/**
 * The canonical form of an archive: every object's keys in its schema's order and every list
 * of rows in a stable order, so serializing the same data always gives the same text.
 * Orders that carry meaning (decisions in a block, paper references, verbs) are kept.
 */

type Row = Record<string, unknown>;

/** A copy of `row` holding exactly `keys`, in that order. */
function pick<T>(row: T, keys: readonly string[]): T {
  const source = row as Row;
  const out: Row = {};
  for (const key of keys) out[key] = source[key];
  return out as T;
}

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts by each key in turn; ids last make the order total. */
function sortBy<T>(rows: readonly T[], ...keys: ((row: T) => string | number)[]): T[] {
  return [...rows].sort((a, b) => {
    for (const key of keys) {
      const order = compare(key(a), key(b));
      if (order !== 0) return order;
    }
    return 0;
  });
}

const keysOf = (schema: { shape: object }) => Object.keys(schema.shape);
const blockKeys = new Map(
  minuteBlockSchema.options.map((o) => [o.shape.kind.value as string, keysOf(o)]),
);

/** One meeting in canonical key and row order, as {@link canonicalArchive} writes it. */
export function canonicalMeeting(meeting: ArchiveMeeting): ArchiveMeeting {
  const reading = numberAgenda(meeting.agendaItems).map((n) => n.item);
  const itemIndex = new Map(reading.map((item, index) => [item.id, index]));
  const blocks = sortBy(
    meeting.minuteBlocks,
    (b) => itemIndex.get(b.itemId) ?? Number.MAX_SAFE_INTEGER,
    (b) => b.itemId,
    (b) => b.position,
    (b) => b.id,
  ).map((block) => {
    const copy = pick(block, blockKeys.get(block.kind) ?? Object.keys(block));
    if (copy.kind !== 'decisions') return copy;
    return {
      ...copy,
      decisions: copy.decisions.map((d) => ({
        ...pick(d, keysOf(decisionSchema)),
        vote: d.vote === null ? null : pick(d.vote, keysOf(voteSchema)),
        dissent: [...d.dissent],
      })),
    };
  });
  return {
    ...pick(meeting, keysOf(meetingSchema)),
    acceptedFindings: meeting.acceptedFindings.map((f) => ({
      ...pick(f, keysOf(acceptedFindingSchema)),
      places: [...f.places],
    })),
    approval: meeting.approval === null ? null : { ...meeting.approval },
    circulations: meeting.circulations.map((c) => ({
      ...pick(c, keysOf(circulationSchema)),
      documents: [...c.documents],
      recipients: c.recipients.map((r) => ({ name: r.name, email: r.email })),
    })),
    agendaItems: reading.map((item) => ({
      ...pick(item, keysOf(agendaItemSchema)),
      paperRefs: [...item.paperRefs],
    })),
    minuteBlocks: blocks,
    attendance: sortBy(
      meeting.attendance,
      (a) => a.position,
      (a) => a.id,
    ).map((a) => pick(a, keysOf(attendanceSchema))),
    amendments: sortBy(
      meeting.amendments,
      (a) => a.date,
      (a) => a.createdAt,
      (a) => a.id,
    ).map((a) => pick(a, keysOf(amendmentSchema))),
    interests: sortBy(
      meeting.interests,
      (d) => d.position,
      (d) => d.id,
    ).map((d) => pick(d, keysOf(interestSchema))),
  };
}

function canonicalBody(body: ArchiveBody): ArchiveBody {
  return {
    ...pick(body, keysOf(bodySchema)),
    decisionVerbs: [...body.decisionVerbs],
    members: sortBy(
      body.members,
      (m) => m.createdAt,
      (m) => m.id,
    ).map((m) => pick(m, keysOf(memberSchema))),
    meetings: sortBy(
      body.meetings,
      (m) => m.number,
      (m) => m.id,
    ).map(canonicalMeeting),
    actions: sortBy(
      body.actions,
      (a) => a.raisedOn,
      (a) => a.sequence,
      (a) => a.reference,
      (a) => a.id,
    ).map((a) => {
      const copy = pick(a, keysOf(actionSchema));
      const act = copy.declassified;
      return { ...copy, declassified: act && { on: act.on, by: act.by } };
    }),
    actionUpdates: sortBy(
      body.actionUpdates,
      (u) => u.createdAt,
      (u) => u.id,
    ).map((u) => pick(u, keysOf(actionUpdateSchema))),
  };
}

/** The archive in canonical key and row order (a new object; the input is not changed). */
export function canonicalArchive(archive: Archive): Archive {
  return {
    format: archive.format,
    version: archive.version,
    exportedAt: archive.exportedAt,
    bodies: sortBy(
      archive.bodies,
      (b) => b.name,
      (b) => b.id,
    ).map(canonicalBody),
  };
}
