import { Link } from 'wouter';
import { useAttendance, useBody, useMeeting, useMembers } from '../../db';
import { attendanceGroups, attendanceRoles, isLocked, quorumStatus } from '../../domain';
import { MeetingHeader } from '../meetings/meeting-header';
import { useServices } from '../shell/app-context';
import { AddGuest, AddMemberAttendee } from './add-attendee';
import { AttendanceGroup } from './attendance-group';
import { InterestsSection } from './interests-section';
import { QuorumNotice } from './quorum-notice';
import { Gone } from '../shared/gone';
import './attendance.css';

/** Who is at the meeting: Present, Apologies and In attendance, each with a note. */
export function AttendancePage({ meetingId }: { meetingId: string }) {
  const { db } = useServices();
  const meeting = useMeeting(db, meetingId);
  const body = useBody(db, meeting?.bodyId ?? '');
  const members = useMembers(db, meeting?.bodyId ?? '');
  const rows = useAttendance(db, meetingId);

  if (meeting === undefined) return <p aria-busy="true">Loading…</p>;
  if (meeting === null) return <Gone what="meeting" />;
  const locked = isLocked(meeting.status);
  const loaded = rows !== undefined && members !== undefined && body;
  const groups = attendanceGroups(rows ?? []);
  const listed = new Set((rows ?? []).map((r) => r.memberId));
  const unlisted = (members ?? []).filter((m) => !listed.has(m.id));

  return (
    <div className="page">
      <MeetingHeader meeting={meeting} current="attendance" />
      {!loaded ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <>
          <QuorumNotice
            status={quorumStatus(body.quorum, rows, members)}
            bodyId={body.id}
            locked={locked}
          />
          {locked && <p className="muted">The minutes are approved: the attendance is locked.</p>}
          <div className={locked ? 'attendance-layout locked' : 'attendance-layout'}>
            <div className="attendance-groups">
              {attendanceRoles.map((role) => (
                <AttendanceGroup key={role} role={role} rows={groups[role]} locked={locked} />
              ))}
            </div>
            {!locked && (
              <aside className="attendance-side" aria-label="Add people">
                {members.length === 0 ? (
                  <p className="card hint">
                    The body has no members yet.{' '}
                    <Link href={`/bodies/${body.id}/settings`}>Add them in the settings</Link>.
                  </p>
                ) : (
                  <AddMemberAttendee meetingId={meetingId} unlisted={unlisted} />
                )}
                <AddGuest meetingId={meetingId} />
              </aside>
            )}
          </div>
          <InterestsSection
            meetingId={meetingId}
            members={members}
            withdrawal={body.interestWithdrawal}
            locked={locked}
          />
        </>
      )}
    </div>
  );
}
