/// <reference types="node" />
/**
 * The reference body (SEC Panel, meeting 30) with a meeting 31 added: one item, a paragraph,
 * an action raised at 31, and updates given at 31 to SECP30/01 and to the earlier SECP20/04.
 */
import {
  rowsFromArchiveBody,
  type Action,
  type ActionUpdate,
  type BodyRows,
} from '../../src-renderer/domain';
import { referenceArchive } from './reference-archive';
import { itemRow, meetingRow } from './rows';

export const at = '2016-04-14T10:00:00.000Z';
const audit = { createdAt: at, updatedAt: at, updatedBy: 'SECAS' };

export function referenceRows(): BodyRows {
  const body = referenceArchive().bodies[0];
  if (body === undefined) throw new Error('no body');
  return rowsFromArchiveBody(body);
}

export function actionByRef(rows: BodyRows, reference: string): Action {
  const action = rows.actions.find((a) => a.reference === reference);
  if (action === undefined) throw new Error(`no action ${reference}`);
  return action;
}

/** The reference rows plus meeting 31. */
export function twoMeetingRows(): BodyRows {
  const rows = referenceRows();
  const bodyId = rows.body.id;
  const meetingId = 'meeting-31';
  rows.meetings.push(
    meetingRow(
      {
        id: meetingId,
        bodyId,
        number: 31,
        date: '2016-04-14',
        venue: 'Teleconference',
        lastActionSequence: 1,
      },
      audit,
    ),
  );
  rows.agendaItems.push(
    itemRow(
      {
        id: 'item-31-1',
        meetingId,
        position: 'a0',
        title: 'Actions outstanding',
        presenter: 'SECAS',
      },
      audit,
    ),
  );
  rows.minuteBlocks.push(
    {
      ...audit,
      id: 'block-31-1',
      meetingId,
      itemId: 'item-31-1',
      position: 'a0',
      confidential: false,
      kind: 'paragraph',
      text: 'The Panel reviewed the actions.',
    },
    {
      ...audit,
      id: 'block-31-2',
      meetingId,
      itemId: 'item-31-1',
      position: 'a1',
      confidential: false,
      kind: 'action',
      actionId: 'action-31-1',
    },
  );
  const member = rows.members[0];
  if (member === undefined) throw new Error('no member');
  rows.attendance.push({
    ...audit,
    id: 'attendance-31-1',
    meetingId,
    memberId: member.id,
    name: member.name,
    organisation: member.organisation,
    role: 'present',
    note: '',
    forMemberId: null,
    position: 'a0',
  });
  rows.actions.push({
    ...audit,
    id: 'action-31-1',
    bodyId,
    meetingId,
    itemId: 'item-31-1',
    raisedOn: '2016-04-14',
    sequence: 1,
    reference: 'SECP31/01',
    owner: 'SECAS',
    ownerMemberId: null,
    text: 'Circulate the revised plan.',
    dueDate: null,
    status: 'open',
    confidential: false,
    declassified: null,
  });
  const update = (id: string, actionId: string): ActionUpdate => ({
    ...audit,
    id,
    actionId,
    meetingId,
    text: 'In progress.',
    closes: false,
    confidential: false,
  });
  rows.actionUpdates.push(
    update('update-31-1', actionByRef(rows, 'SECP30/01').id),
    update('update-31-2', actionByRef(rows, 'SECP20/04').id),
  );
  return rows;
}
