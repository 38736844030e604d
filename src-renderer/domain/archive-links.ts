import type { Archive, ArchiveBody, ArchiveMeeting } from './archive-schema';

/**
 * Checks what a schema cannot: that every id is unique and every reference points at a
 * record of the same body or meeting. An archive that passed would otherwise be written into
 * the database with dangling links. Each error names the path of the bad field; at most
 * `max` are kept, the rest not even written.
 */
export function checkArchiveLinks(archive: Archive, max = Infinity): string[] {
  const errors: string[] = [];
  const report: Report = (error) => {
    if (errors.length < max) errors.push(error());
  };
  const seen = new Map<string, string>();
  const unique = (id: string, path: string) => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, path);
    else report(() => `${path}.id: the id "${id}" is also used at ${first}`);
  };
  archive.bodies.forEach((body, b) => {
    checkBody(body, `bodies[${String(b)}]`, unique, report);
  });
  return errors;
}

type Unique = (id: string, path: string) => void;
/** Takes an error, written only if it is kept. */
type Report = (error: () => string) => void;

function checkBody(body: ArchiveBody, at: string, unique: Unique, report: Report): void {
  const wrong = (path: string, what: string) => report(() => `${at}.${path}: ${what}`);
  unique(body.id, at);
  const memberIds = new Set(body.members.map((m) => m.id));
  const meetingIds = new Set(body.meetings.map((m) => m.id));
  const actionIds = new Set(body.actions.map((a) => a.id));
  const actions = new Map(body.actions.map((a) => [a.id, a]));
  const itemsOf = new Map(
    body.meetings.map((m) => [m.id, new Set(m.agendaItems.map((i) => i.id))]),
  );

  body.members.forEach((m, i) => {
    unique(m.id, `${at}.members[${String(i)}]`);
    if (m.bodyId !== body.id) wrong(`members[${String(i)}].bodyId`, 'not this body');
  });
  const numbers = new Set<number>();
  body.meetings.forEach((m, i) => {
    const path = `meetings[${String(i)}]`;
    unique(m.id, `${at}.${path}`);
    if (m.bodyId !== body.id) wrong(`${path}.bodyId`, 'not this body');
    if (numbers.has(m.number)) wrong(`${path}.number`, `meeting ${String(m.number)} appears twice`);
    numbers.add(m.number);
    checkMeeting(m, `${at}.${path}`, { memberIds, actions }, unique, report);
  });
  const references = new Set<string>();
  body.actions.forEach((a, i) => {
    const path = `actions[${String(i)}]`;
    unique(a.id, `${at}.${path}`);
    if (a.bodyId !== body.id) wrong(`${path}.bodyId`, 'not this body');
    if (references.has(a.reference)) wrong(`${path}.reference`, `"${a.reference}" is used twice`);
    references.add(a.reference);
    if (a.ownerMemberId !== null && !memberIds.has(a.ownerMemberId))
      wrong(`${path}.ownerMemberId`, 'no such member of this body');
    if (a.meetingId !== null && !meetingIds.has(a.meetingId)) {
      wrong(`${path}.meetingId`, 'no such meeting in this body');
    } else if (
      a.meetingId !== null &&
      a.itemId !== null &&
      !itemsOf.get(a.meetingId)?.has(a.itemId)
    ) {
      wrong(`${path}.itemId`, 'no such item in that meeting');
    } else if (a.meetingId === null && a.itemId !== null) {
      wrong(`${path}.itemId`, 'an item without a meeting');
    }
  });
  body.actionUpdates.forEach((u, i) => {
    const path = `actionUpdates[${String(i)}]`;
    unique(u.id, `${at}.${path}`);
    if (!actionIds.has(u.actionId)) wrong(`${path}.actionId`, 'no such action in this body');
    if (!meetingIds.has(u.meetingId)) wrong(`${path}.meetingId`, 'no such meeting in this body');
  });
}

function checkMeeting(
  meeting: ArchiveMeeting,
  at: string,
  body: {
    memberIds: Set<string>;
    actions: Map<string, { meetingId: string | null; itemId: string | null }>;
  },
  unique: Unique,
  report: Report,
): void {
  const wrong = (path: string, what: string) => report(() => `${at}.${path}: ${what}`);
  const parents = new Map(meeting.agendaItems.map((i) => [i.id, i.parentId]));
  meeting.agendaItems.forEach((item, i) => {
    const path = `agendaItems[${String(i)}]`;
    unique(item.id, `${at}.${path}`);
    if (item.meetingId !== meeting.id) wrong(`${path}.meetingId`, 'not this meeting');
    if (item.parentId !== null && !parents.has(item.parentId)) {
      wrong(`${path}.parentId`, 'no such item in this meeting');
    } else if (inCycle(item.id, parents)) wrong(`${path}.parentId`, 'the item is its own ancestor');
  });
  meeting.minuteBlocks.forEach((block, i) => {
    const path = `minuteBlocks[${String(i)}]`;
    unique(block.id, `${at}.${path}`);
    if (block.meetingId !== meeting.id) wrong(`${path}.meetingId`, 'not this meeting');
    if (!parents.has(block.itemId)) wrong(`${path}.itemId`, 'no such item in this meeting');
    if (block.kind === 'action') {
      // An action's entry stands in the minutes of the item that raised it, and nowhere else:
      // elsewhere it could take a confidential action into public minutes, or the reverse.
      const action = body.actions.get(block.actionId);
      if (action === undefined) wrong(`${path}.actionId`, 'no such action in this body');
      else if (action.meetingId !== meeting.id) {
        wrong(`${path}.actionId`, 'an action raised at another meeting');
      } else if (action.itemId !== block.itemId) {
        wrong(`${path}.actionId`, 'an action raised under another item');
      }
    }
    if (block.kind === 'decisions') {
      block.decisions.forEach((d, j) => unique(d.id, `${at}.${path}.decisions[${String(j)}]`));
    }
  });
  meeting.attendance.forEach((a, i) => {
    const path = `attendance[${String(i)}]`;
    unique(a.id, `${at}.${path}`);
    if (a.meetingId !== meeting.id) wrong(`${path}.meetingId`, 'not this meeting');
    if (a.memberId !== null && !body.memberIds.has(a.memberId)) {
      wrong(`${path}.memberId`, 'no such member of this body');
    }
    if (a.forMemberId !== null && !body.memberIds.has(a.forMemberId))
      wrong(`${path}.forMemberId`, 'no such member of this body');
  });
  // An approval and an amendment name the later meeting that agreed them, which a single
  // meeting's archive does not hold: those links are not checked (the approval keeps the
  // number it prints).
  meeting.amendments.forEach((a, i) => {
    const path = `amendments[${String(i)}]`;
    unique(a.id, `${at}.${path}`);
    if (a.meetingId !== meeting.id) wrong(`${path}.meetingId`, 'not this meeting');
    if (a.itemId !== null && !parents.has(a.itemId))
      wrong(`${path}.itemId`, 'no such item in this meeting');
  });
  meeting.interests.forEach((d, i) => {
    const path = `interests[${String(i)}]`;
    unique(d.id, `${at}.${path}`);
    if (d.meetingId !== meeting.id) wrong(`${path}.meetingId`, 'not this meeting');
    if (d.itemId !== null && !parents.has(d.itemId))
      wrong(`${path}.itemId`, 'no such item in this meeting');
    if (d.memberId !== null && !body.memberIds.has(d.memberId))
      wrong(`${path}.memberId`, 'no such member of this body');
  });
  meeting.circulations.forEach((c, i) => unique(c.id, `${at}.circulations[${String(i)}]`));
}

function inCycle(id: string, parents: Map<string, string | null>): boolean {
  let current = parents.get(id) ?? null;
  for (let steps = 0; current !== null && steps <= parents.size; steps += 1) {
    if (current === id) return true;
    current = parents.get(current) ?? null;
  }
  return false;
}
