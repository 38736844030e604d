import type { ArchiveBody, ArchiveMeeting } from '../domain';
import type { ActionLogTable } from './action-log-export';
import {
  findHits,
  findingsOf,
  guardSources,
  isAccepted,
  type Finding,
  type GuardSources,
  type GuardText,
  type OutputUnit,
} from './guard';

/**
 * The leak guard of the public minutes, run over the public action log. The log spans every
 * meeting of the body, so the guard's own sources (its own rule of what is confidential, the
 * public texts, the writers' wording) are gathered from each meeting in turn and its
 * comparison runs once over the table's cells (and whatever else the written file carries).
 * Nothing of the guard is copied here: only its sources are put together.
 */

/** Refusal of the public action log, with every finding that stopped it. */
export class ActionLogLeakError extends Error {
  constructor(
    readonly findings: readonly Finding[],
    /** Place key → the id of the meeting it belongs to, for links. */
    readonly meetingOf: ReadonlyMap<string, string>,
  ) {
    const count = findings.length;
    const first = findings[0]?.message ?? '';
    super(
      count === 1
        ? `The public action log was not exported. ${first}`
        : `The public action log was not exported: ${String(count)} passages repeat confidential wording. ${first}`,
    );
    this.name = 'ActionLogLeakError';
  }
}

/** Places that name a record of the whole body, the same at every meeting. */
const bodyWide = (key: string) => key === 'body' || key.startsWith('action:');

/**
 * Earlier actions (recorded by hand) belong to no meeting, and the guard reads actions
 * meeting by meeting: they are read as if raised at a meeting of their own, with nothing else
 * in it, so that the guard's rule decides them as it decides every other action.
 */
function earlierActionsMeeting(body: ArchiveBody): { body: ArchiveBody; meeting: ArchiveMeeting } {
  const id = `earlier-actions-of-${body.id}`;
  const base = body.meetings[0];
  const meeting: ArchiveMeeting = {
    ...(base ?? ({} as ArchiveMeeting)),
    id,
    number: 0,
    date: base?.date ?? '1970-01-01',
    venue: '',
    agendaItems: [],
    minuteBlocks: [],
    attendance: [],
    amendments: [],
    acceptedFindings: [],
  };
  const actions = body.actions.map((a) => (a.meetingId === null ? { ...a, meetingId: id } : a));
  return { body: { ...body, actions }, meeting };
}

/**
 * The body as the guard needs it to read one meeting: besides the meeting itself, the
 * meetings that raised the actions raised or updated there, whose items and action entries
 * decide those actions. Reading every meeting of a body of fifteen years for each of its
 * meetings took seconds; and an item the guard cannot find counts as confidential, so a
 * meeting left out could only make it stricter, never blind.
 */
function scopedTo(body: ArchiveBody) {
  const raisedAt = new Map(body.actions.map((a) => [a.id, a.meetingId]));
  const updatedAt = new Map<string, string[]>();
  for (const u of body.actionUpdates) {
    const ids = updatedAt.get(u.meetingId) ?? [];
    ids.push(u.actionId);
    updatedAt.set(u.meetingId, ids);
  }
  return (meetingId: string): ArchiveBody => {
    const raising = new Set((updatedAt.get(meetingId) ?? []).map((id) => raisedAt.get(id)));
    return { ...body, meetings: body.meetings.filter((m) => raising.has(m.id)) };
  };
}

/**
 * The guard's sources over every meeting of the body, each text once; a place of one meeting
 * says which in its label ("paragraph 1 of item 2 (meeting 30)").
 */
function bodySources(body: ArchiveBody) {
  const all: GuardSources = { confidential: [], public: [], generated: [] };
  const meetingOf = new Map<string, string>();
  /** Place key → the texts already taken from it (the strings themselves, hashed once). */
  const seen = new Map<string, Set<string>>();
  const earlier = earlierActionsMeeting(body);
  const scoped = scopedTo(body);
  const readings = [
    ...body.meetings.map((meeting) => ({ body: scoped(meeting.id), meeting, named: true })),
    { ...earlier, named: false },
  ];
  for (const { body: records, meeting, named } of readings) {
    const sources = guardSources(records, meeting);
    const add = (list: GuardText[], text: GuardText) => {
      const taken = seen.get(text.place.key) ?? new Set<string>();
      if (taken.has(text.text)) return;
      taken.add(text.text);
      seen.set(text.place.key, taken);
      const local = named && !bodyWide(text.place.key);
      if (local) meetingOf.set(text.place.key, meeting.id);
      const label = local
        ? `${text.place.label} (meeting ${String(meeting.number)})`
        : text.place.label;
      list.push({ ...text, place: { ...text.place, label } });
    };
    for (const t of sources.confidential) add(all.confidential, t);
    for (const t of sources.public) add(all.public, t);
    all.generated.push(...sources.generated);
  }
  return { sources: all, meetingOf };
}

/** The table's cells as the guard reads a document: a row runs on, the titles stand apart. */
export function tableUnits(table: ActionLogTable): OutputUnit[] {
  const units: OutputUnit[] = table.columns.map((c, i) => ({
    text: c.title,
    part: 'the column titles',
    breakBefore: i === 0,
  }));
  for (const row of table.rows) {
    const part = `the row of ${row[0]?.text ?? 'an action'}`;
    row.forEach((cell, i) => units.push({ text: cell.text, part, breakBefore: i === 0 }));
  }
  return units;
}

// The guard's messages speak of the minutes; here the document is the action log.
const inTheLog = (finding: Finding): Finding => ({
  ...finding,
  message: finding.message.replace('in the public minutes', 'in the public action log'),
});

/**
 * Every finding of the public table that the secretary has not accepted (an acceptance kept
 * with any meeting of the body counts while its texts are unchanged). `extra` holds what else
 * the written file carries and the wording the writer put there (a workbook's title).
 */
export function actionLogFindings(
  body: ArchiveBody,
  table: ActionLogTable,
  extra: { units?: readonly OutputUnit[]; wording?: readonly string[] } = {},
): { findings: Finding[]; meetingOf: ReadonlyMap<string, string> } {
  const { sources, meetingOf } = bodySources(body);
  sources.generated.push(...table.wording, ...(extra.wording ?? []));
  const units = [...tableUnits(table), ...(extra.units ?? [])];
  const accepted = body.meetings.flatMap((m) => m.acceptedFindings);
  const findings = findingsOf(findHits(sources, units))
    .filter((f) => !isAccepted(f, accepted))
    .map(inTheLog);
  return { findings, meetingOf };
}

/** Throws {@link ActionLogLeakError} unless the public table is free of unaccepted findings. */
export function guardActionLog(
  body: ArchiveBody,
  table: ActionLogTable,
  extra: { units?: readonly OutputUnit[]; wording?: readonly string[] } = {},
): void {
  const { findings, meetingOf } = actionLogFindings(body, table, extra);
  if (findings.length > 0) throw new ActionLogLeakError(findings, meetingOf);
}
