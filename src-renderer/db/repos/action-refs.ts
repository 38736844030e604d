import { actionCounterKey, formatActionRef, nextActionSequence } from '../../domain';
import type { Body, Id, Meeting } from '../../domain';
import { touched, type DataContext } from '../context';
import { DataError } from '../errors';

/** Formats the reference of the meeting's action number `sequence` with the body's template. */
export function referenceFor(body: Body, meeting: Meeting, sequence: number): string {
  return formatActionRef(body.actionRefTemplate, {
    prefix: body.actionPrefix,
    meetingNumber: meeting.number,
    meetingDate: meeting.date,
    sequence,
  });
}

/** Refuses a template that would give every action the same reference. */
export function refuseFixedTemplate(body: Body, meeting: Meeting): void {
  if (referenceFor(body, meeting, 1) === referenceFor(body, meeting, 2))
    throw new DataError(
      `The action reference template “${body.actionRefTemplate}” has no {seq} or {n}, so every action would get the same reference. Change it in the body's settings.`,
      'invalid',
    );
}

/** The meeting and its body, for a write that assigns references. Call inside the transaction. */
export async function meetingAndBody(
  ctx: DataContext,
  meetingId: Id,
): Promise<{ meeting: Meeting; body: Body }> {
  const meeting = await ctx.db.meetings.get(meetingId);
  if (!meeting) throw new DataError('That meeting no longer exists.', 'not-found');
  const body = await ctx.db.bodies.get(meeting.bodyId);
  if (!body) throw new DataError('That body no longer exists.', 'not-found');
  refuseFixedTemplate(body, meeting);
  return { meeting, body };
}

/** Every reference the body's actions hold, but those of `except`. */
export async function takenReferences(
  ctx: DataContext,
  bodyId: Id,
  except: ReadonlySet<Id> = new Set(),
): Promise<Set<string>> {
  const actions = await ctx.db.actions.where('bodyId').equals(bodyId).toArray();
  return new Set(actions.filter((a) => !except.has(a.id)).map((a) => a.reference));
}

/** The first sequence from `from` whose reference is free. */
export function firstFree(
  body: Body,
  meeting: Meeting,
  from: number,
  taken: ReadonlySet<string>,
): { sequence: number; reference: string } {
  let sequence = from;
  // A template without the meeting number ("Action-SC-{yyyy}-{n}") shares references with
  // other meetings of the year: step past the ones they hold.
  while (taken.has(referenceFor(body, meeting, sequence))) sequence++;
  return { sequence, reference: referenceFor(body, meeting, sequence) };
}

/**
 * Takes the meeting's next action reference: one past the highest sequence its counter has
 * ever issued (a deleted action's included), skipping any reference the body already uses.
 * The counter is the meeting's own (Meeting.lastActionSequence) or, when the body's sequence
 * runs on through the year or the body's life, the body's running counter for the meeting's
 * year or for the body (Body.actionSequences), which records the new highest sequence. Call
 * inside a transaction over meetings, bodies, actions.
 */
export async function freeReference(
  ctx: DataContext,
  meetingId: Id,
): Promise<{ sequence: number; reference: string }> {
  const { meeting, body } = await meetingAndBody(ctx, meetingId);
  const taken = await takenReferences(ctx, body.id);
  const key = actionCounterKey(body.actionRefCounter, meeting.date);
  if (key !== null) {
    const free = firstFree(body, meeting, (body.actionSequences[key] ?? 0) + 1, taken);
    await ctx.db.bodies.update(body.id, {
      actionSequences: { ...body.actionSequences, [key]: free.sequence },
      ...touched(ctx),
    });
    return free;
  }
  const own = await ctx.db.actions.where('meetingId').equals(meetingId).toArray();
  const next = nextActionSequence([meeting.lastActionSequence, ...own.map((a) => a.sequence)]);
  const free = firstFree(body, meeting, next, taken);
  await ctx.db.meetings.update(meetingId, { lastActionSequence: free.sequence, ...touched(ctx) });
  return free;
}
