import { describe, expect, it } from 'vitest';
import {
  actionAge,
  closingMeeting,
  daysBetween,
  indexMeetings,
  outstandingAt,
  updateRowsAt,
  type Action,
  type ActionUpdate,
  type MeetingPoint,
} from '../../../src-renderer/domain';

const audit = { createdAt: '2016-01-01T10:00:00.000Z', updatedAt: '', updatedBy: 'SECAS' };

const m28: MeetingPoint = { id: 'm28', bodyId: 'sec', number: 28, date: '2016-01-14' };
const m29: MeetingPoint = { id: 'm29', bodyId: 'sec', number: 29, date: '2016-02-11' };
const m30: MeetingPoint = { id: 'm30', bodyId: 'sec', number: 30, date: '2016-03-10' };
const m31: MeetingPoint = { id: 'm31', bodyId: 'sec', number: 31, date: '2016-04-14' };
const meetings = indexMeetings([m28, m29, m30, m31]);

function action(reference: string, fields: Partial<Action> = {}): Action {
  return {
    id: reference,
    bodyId: 'sec',
    meetingId: null,
    itemId: null,
    raisedOn: '2015-06-11',
    sequence: 0,
    reference,
    owner: 'SECAS',
    ownerMemberId: null,
    text: `Do ${reference}`,
    dueDate: null,
    status: 'open',
    confidential: false,
    declassified: null,
    ...audit,
    ...fields,
  };
}

let count = 0;
function update(actionId: string, meetingId: string, fields: Partial<ActionUpdate> = {}) {
  const u: ActionUpdate = {
    id: `u${String(++count)}`,
    actionId,
    meetingId,
    text: 'An update.',
    closes: false,
    confidential: false,
    ...audit,
    ...fields,
  };
  return u;
}

const refs = (actions: readonly Action[]) => actions.map((a) => a.reference);

describe('outstandingAt', () => {
  const raised29 = action('SECP29/01', { meetingId: 'm29', sequence: 1, raisedOn: m29.date });
  const raised30 = action('SECP30/01', { meetingId: 'm30', sequence: 1, raisedOn: m30.date });
  const earlier = action('SECP22/08', { raisedOn: '2015-08-13' });

  it('lists actions raised at earlier meetings and earlier actions entered by hand', () => {
    expect(refs(outstandingAt(m30, [raised30, raised29, earlier], [], meetings))).toEqual([
      'SECP22/08',
      'SECP29/01',
    ]);
    // At meeting 29 its own action is not yet outstanding; the earlier one is.
    expect(refs(outstandingAt(m29, [raised30, raised29, earlier], [], meetings))).toEqual([
      'SECP22/08',
    ]);
  });

  it('drops an action closed at an earlier meeting, and keeps it at the closing meeting', () => {
    const closedStatus = { ...earlier, status: 'closed' as const };
    const closing = update(earlier.id, 'm30', { closes: true });
    const updates = [update(earlier.id, 'm29'), closing];
    expect(refs(outstandingAt(m29, [closedStatus], updates, meetings))).toEqual(['SECP22/08']);
    expect(refs(outstandingAt(m30, [closedStatus], updates, meetings))).toEqual(['SECP22/08']);
    expect(refs(outstandingAt(m31, [closedStatus], updates, meetings))).toEqual([]);
    expect(closingMeeting(closedStatus, updates, meetings)?.number).toBe(30);
  });

  it('keeps an open action that an earlier update says it closed (an archive from elsewhere)', () => {
    // The app reopens an action only by taking its closing update away; the log shows this
    // one open, so it is carried forward.
    const updates = [update(raised29.id, 'm30', { closes: true })];
    expect(refs(outstandingAt(m31, [raised29], updates, meetings))).toEqual(['SECP29/01']);
    const closed = { ...raised29, status: 'closed' as const };
    expect(refs(outstandingAt(m31, [closed], updates, meetings))).toEqual([]);
  });

  it('keeps an action that only had updates that did not close it', () => {
    const updates = [update(raised29.id, 'm30'), update(raised29.id, 'm31')];
    expect(refs(outstandingAt(m31, [raised29], updates, meetings))).toEqual(['SECP29/01']);
  });

  it('leaves out an action closed outside any meeting, and other bodies’ actions', () => {
    const closedByHand = action('SECP10/01', { status: 'closed' });
    const otherBody = action('TAG1/01', { bodyId: 'tag' });
    expect(outstandingAt(m30, [closedByHand, otherBody], [], meetings)).toEqual([]);
  });

  it('orders earlier actions first, then references read as numbers', () => {
    const a = action('SECP9/02', { raisedOn: '2015-01-01' });
    const b = action('SECP10/01', { raisedOn: '2015-01-01' });
    const c = action('SECP2/01', { raisedOn: '2015-02-01' });
    expect(refs(outstandingAt(m30, [c, b, a], [], meetings))).toEqual([
      'SECP9/02',
      'SECP10/01',
      'SECP2/01',
    ]);
  });
});

describe('actionAge', () => {
  it('counts whole days open from the date raised', () => {
    expect(daysBetween('2016-02-11', '2016-03-10')).toBe(28);
    expect(actionAge({ raisedOn: '2016-02-11', dueDate: null }, '2016-03-10', null)).toEqual({
      daysOpen: 28,
      overdue: false,
      daysOverdue: 0,
    });
  });

  it('is overdue while open after the due date, not on it', () => {
    const a = { raisedOn: '2016-01-14', dueDate: '2016-03-01' };
    expect(actionAge(a, '2016-03-01', null).overdue).toBe(false);
    expect(actionAge(a, '2016-03-10', null)).toEqual({
      daysOpen: 56,
      overdue: true,
      daysOverdue: 9,
    });
  });

  it('stops counting when closed, and a closed action is never overdue', () => {
    const a = { raisedOn: '2016-01-14', dueDate: '2016-02-01' };
    expect(actionAge(a, '2016-04-14', '2016-03-10')).toEqual({
      daysOpen: 56,
      overdue: false,
      daysOverdue: 0,
    });
    // Asked about a date before it closed, it was still open and overdue then.
    expect(actionAge(a, '2016-02-11', '2016-03-10').overdue).toBe(true);
  });
});

describe('updateRowsAt', () => {
  it('prints updates with the same words on one row, in the order given', () => {
    const policy = 'The three actions on the Panel Information Policy will be covered in April.';
    // Raised in a different order from their references: the row still reads in reference order.
    const raised: Record<string, string> = { 'SECP23/08': '2015-08-13', 'SECP28/06': '2015-06-11' };
    const actions = ['SECP22/04', 'SECP20/04', 'SECP23/08', 'SECP28/06', 'SECP22/08'].map((r) =>
      action(r, { raisedOn: raised[r] ?? '2015-04-09' }),
    );
    const at = (minute: number) => `2016-03-10T10:${String(minute).padStart(2, '0')}:00.000Z`;
    const updates = [
      update('SECP22/04', 'm30', { text: 'Guidance will be produced.', createdAt: at(1) }),
      update('SECP28/06', 'm30', { text: policy, createdAt: at(2) }),
      update('SECP20/04', 'm30', { text: policy, createdAt: `${at(2)}1` }),
      update('SECP23/08', 'm30', { text: `${policy} `, createdAt: at(4), confidential: true }),
      update('SECP22/08', 'm30', { text: 'Published.', createdAt: at(3), closes: true }),
      update('SECP22/08', 'm29', { text: 'Given at another meeting.', createdAt: at(0) }),
    ];
    const rows = updateRowsAt('m30', actions, updates);
    // The confidential update with the same words has a row of its own, in the order given.
    expect(rows.map((r) => [r.label, r.text])).toEqual([
      ['SECP22/04', 'Guidance will be produced.'],
      ['SECP20/04 & 28/06', policy],
      ['SECP22/08', 'Published.'],
      ['SECP23/08', policy],
    ]);
    expect(rows.map((r) => r.confidential)).toEqual([false, false, false, true]);
    expect(rows.map((r) => r.closes)).toEqual([[], [], ['SECP22/08'], []]);
    expect(rows[1]?.updates.map((u) => u.actionId)).toEqual(['SECP20/04', 'SECP28/06']);
  });

  it('puts confidential updates with the same words on one row of their own', () => {
    const actions = ['SECP20/04', 'SECP23/08', 'SECP28/06'].map((r) => action(r));
    const updates = [
      update('SECP23/08', 'm30', { text: 'In hand.', confidential: true }),
      update('SECP20/04', 'm30', { text: 'In hand.', confidential: true }),
      update('SECP28/06', 'm30', { text: 'In hand.' }),
    ];
    const rows = updateRowsAt('m30', actions, updates);
    expect(rows.map((r) => [r.label, r.confidential])).toEqual([
      ['SECP20/04 & 23/08', true],
      ['SECP28/06', false],
    ]);
  });
});
