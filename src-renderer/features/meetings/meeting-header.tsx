import { Link } from 'wouter';
import { useBody } from '../../db';
import { meetingStatusLabels, type Meeting } from '../../domain';
import { formatMeetingDate } from '../shared/dates';
import { useServices } from '../shell/app-context';

export type MeetingTab = 'agenda' | 'attendance' | 'minutes' | 'chair' | 'export';

const tabs: readonly { tab: MeetingTab; label: string; path: string }[] = [
  { tab: 'agenda', label: 'Agenda', path: '' },
  { tab: 'attendance', label: 'Attendance', path: '/attendance' },
  { tab: 'minutes', label: 'Minutes', path: '/minutes' },
  { tab: 'chair', label: 'Chair view', path: '/chair' },
  { tab: 'export', label: 'Documents', path: '/export' },
];

/** Breadcrumb, title, date line and the meeting's screens, shared by every meeting screen. */
export function MeetingHeader({ meeting, current }: { meeting: Meeting; current: MeetingTab }) {
  const { db } = useServices();
  const body = useBody(db, meeting.bodyId);
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Bodies</Link> ›{' '}
        {body ? <Link href={`/bodies/${body.id}`}>{body.name}</Link> : '…'} ›{' '}
        <span aria-current="page">Meeting {meeting.number}</span>
      </nav>
      <h1>
        {body?.name ?? ''} meeting {meeting.number}
        <span className={`status status-${meeting.status}`}>
          {meetingStatusLabels[meeting.status]}
        </span>
      </h1>
      <p className="muted">
        {formatMeetingDate(meeting.date)} at {meeting.startTime}
        {meeting.venue ? `, ${meeting.venue}` : ''}
      </p>
      <nav aria-label="Meeting" className="tabs">
        {tabs.map((t) => (
          <Link
            key={t.tab}
            href={`/meetings/${meeting.id}${t.path}`}
            aria-current={t.tab === current ? 'page' : undefined}
          >
            {t.label}
          </Link>
        ))}
      </nav>
    </>
  );
}
