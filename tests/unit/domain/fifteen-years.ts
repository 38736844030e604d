/// <reference types="node" />
/**
 * A body minuted monthly for fifteen years, the size the archive limits are drawn from: 180
 * meetings with 30 items, 280 blocks and 15 attendance rows each (5,400 items, 50,400 blocks),
 * 22 actions raised at each meeting (3,960) and 50 updates given at each but the first
 * (8,950). Built from the reference body's settings and members, as JSON text.
 */
import { readFileSync } from 'node:fs';

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/sec-panel-30.archive.json', import.meta.url), 'utf8'),
) as { bodies: Record<string, unknown>[] } & Record<string, unknown>;

const audit = {
  createdAt: '2016-03-10T10:00:00.000Z',
  updatedAt: '2016-03-10T10:00:00.000Z',
  updatedBy: 'Laura Kemp',
};

const paragraph =
  'SECAS provided the Panel with an update on the programme, noting that most of the ' +
  'milestones had been met and that the remaining ones would be reported next month.';

const pad = (n: number, width = 4) => String(n).padStart(width, '0');
const position = (n: number) => `a${pad(n)}`;

/** The archive's text; `meetings` defaults to fifteen years of them. */
export function fifteenYearArchive(meetings = 180): string {
  const [template] = fixture.bodies;
  if (template === undefined) throw new Error('no body');
  const bodyId = template.id as string;
  const members = template.members as { id: string }[];
  const body: Record<string, unknown> = {
    ...template,
    meetings: [],
    actions: [],
    actionUpdates: [],
  };
  const allMeetings: unknown[] = [];
  const actions: { id: string }[] = [];
  const updates: unknown[] = [];
  for (let m = 1; m <= meetings; m += 1) {
    const meetingId = `meeting-${pad(m)}`;
    const year = 2010 + Math.floor((m - 1) / 12);
    const date = `${String(year)}-${pad(((m - 1) % 12) + 1, 2)}-10`;
    const items = Array.from({ length: 30 }, (_, i) => ({
      id: `${meetingId}-item-${pad(i)}`,
      meetingId,
      parentId: null,
      position: position(i),
      title: `Item ${String(i + 1)}`,
      presenter: 'SECAS',
      paperRefs: [],
      classification: 'public',
      exemption: '',
      plannedMinutes: 10,
      status: 'done',
      publicSummary: '',
      kind: 'standard',
      standing: false,
      startedAt: null,
      spentSeconds: 600,
      ...audit,
    }));
    const blocks: unknown[] = [];
    for (let b = 0; b < 280; b += 1) {
      const itemId = `${meetingId}-item-${pad(b % 30)}`;
      const base = { id: `${meetingId}-block-${pad(b)}`, meetingId, itemId };
      const at = { position: position(b), confidential: false };
      if (b < 22) {
        const actionId = `${meetingId}-action-${pad(b)}`;
        actions.push({
          id: actionId,
          bodyId,
          meetingId,
          itemId,
          raisedOn: date,
          sequence: b + 1,
          reference: `SECP${String(m)}/${pad(b + 1, 2)}`,
          owner: 'SECAS',
          ownerMemberId: null,
          text: 'report back to the Panel',
          dueDate: null,
          status: 'open',
          confidential: false,
          declassified: null,
          ...audit,
        } as { id: string });
        blocks.push({ ...base, ...at, kind: 'action', actionId, ...audit });
      } else {
        blocks.push({ ...base, ...at, kind: 'paragraph', text: paragraph, ...audit });
      }
    }
    if (m > 1) {
      for (let u = 0; u < 50; u += 1) {
        const action = actions[(m * 50 + u) % ((m - 1) * 22)];
        updates.push({
          id: `${meetingId}-update-${pad(u)}`,
          actionId: action?.id,
          meetingId,
          text: 'In progress.',
          closes: false,
          confidential: false,
          ...audit,
        });
      }
    }
    const attendance = Array.from({ length: 15 }, (_, i) => ({
      id: `${meetingId}-attendance-${pad(i)}`,
      meetingId,
      memberId: i < members.length ? (members[i]?.id ?? null) : null,
      name: `Person ${String(i)}`,
      organisation: 'SEC',
      role: 'present',
      note: '',
      position: position(i),
      forMemberId: null,
      ...audit,
    }));
    allMeetings.push({
      id: meetingId,
      bodyId,
      number: m,
      date,
      startTime: '10:00',
      venue: 'London',
      status: 'approved',
      startedAt: null,
      closedAt: null,
      lastActionSequence: 22,
      acceptedFindings: [],
      approval: null,
      circulations: [],
      ...audit,
      agendaItems: items,
      minuteBlocks: blocks,
      attendance,
      amendments: [],
      interests: [],
    });
  }
  body.meetings = allMeetings;
  body.actions = actions;
  body.actionUpdates = updates;
  return JSON.stringify({ ...fixture, bodies: [body] });
}
