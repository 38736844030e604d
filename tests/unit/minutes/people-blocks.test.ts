import { describe, expect, it } from 'vitest';
import type { Action, ArchiveBody, Attendance } from '../../../src-renderer/domain';
import { actionBlock, summaryBlocks } from '../../../src-renderer/minutes/action-blocks';
import { attendanceBlocks } from '../../../src-renderer/minutes/attendance-blocks';
import { loadFixture, meetingOf } from './minutes-support';

const same = (text: string) => text;
const archive = loadFixture();
const fixtureBody = archive.bodies[0] as ArchiveBody;
const { meeting } = meetingOf(archive);
const member = { ...fixtureBody.members[0], id: 'jm', name: 'Jane Moss', initials: 'JM' };
const alternate = { ...member, id: 'alt', name: 'Al Ternate', initials: 'AT', role: 'alternate' };
const body = (peopleDisplay: 'names' | 'initials'): ArchiveBody =>
  ({ ...fixtureBody, peopleDisplay, members: [member, alternate] }) as ArchiveBody;
const action = {
  ...fixtureBody.actions[0],
  reference: 'TCMP-2016-001',
  owner: 'Jane Moss',
  ownerMemberId: 'jm',
  text: 'circulate the paper',
} as Action;
const row = (over: Partial<Attendance>): Attendance =>
  ({
    id: 'r',
    meetingId: meeting.id,
    memberId: 'jm',
    name: 'Jane Moss',
    organisation: 'DCC',
    role: 'present',
    note: '',
    forMemberId: null,
    position: 'a0',
    ...over,
  }) as Attendance;

describe('people in the minutes', () => {
  it('names a member owner by initials when the style says so, by name otherwise', () => {
    expect(actionBlock(action, same, body('initials'))).toMatchObject({
      reference: 'TCMP-2016-001',
      owner: 'JM',
      text: 'JM to circulate the paper',
    });
    expect(actionBlock(action, same, body('names'))).toMatchObject({
      text: 'Jane Moss to circulate the paper',
    });
    const summary = summaryBlocks(meeting, [action], same, body('initials'));
    expect(summary[1]).toMatchObject({
      rows: [['TCMP-2016-001', 'JM', 'Circulate the paper', '—']],
    });
  });

  it('keys the initials in an Initials column and notes whom an alternate votes for', () => {
    const rows = [
      row({}),
      row({
        id: 'a',
        memberId: 'alt',
        name: 'Al Ternate',
        forMemberId: 'jm',
        position: 'a1',
      }),
    ];
    const [, table] = attendanceBlocks(rows, same, body('initials'));
    expect(table).toMatchObject({
      columns: [
        { title: 'Name' },
        { title: 'Initials' },
        { title: 'Organisation' },
        { title: 'Note' },
      ],
      rows: [
        ['Jane Moss', 'JM', 'DCC', ''],
        ['Al Ternate', 'AT', 'DCC', '(alternate for Jane Moss)'],
      ],
    });
    const [, names] = attendanceBlocks(rows, same, body('names'));
    expect(names).toMatchObject({
      columns: [{ title: 'Name' }, { title: 'Organisation' }, { title: 'Note' }],
      rows: [
        ['Jane Moss', 'DCC', ''],
        ['Al Ternate', 'DCC', '(alternate for Jane Moss)'],
      ],
    });
  });
});
