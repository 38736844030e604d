import { useCallback } from 'react';
import { Link } from 'wouter';
import { useBody, useMeetings, type BodyPatch } from '../../db';
import { meetingStatusLabels } from '../../domain';
import { EditableText } from '../shared/editable-text';
import { formatMeetingDate } from '../shared/dates';
import { useSaveField, useServices } from '../shell/app-context';
import { NewMeetingForm } from '../meetings/new-meeting-form';
import { BodyHeader } from './body-header';

/** One body: its details, its meetings and a way to add the next meeting. */
export function BodyPage({ bodyId }: { bodyId: string }) {
  const { db } = useServices();
  const saveField = useSaveField();
  const body = useBody(db, bodyId);
  const meetings = useMeetings(db, bodyId);
  const save = useCallback(
    (key: keyof BodyPatch) => (value: string) =>
      saveField({ op: 'updateBody', id: bodyId, patch: { [key]: value } }),
    [saveField, bodyId],
  );

  if (body === undefined) return <p aria-busy="true">Loading…</p>;
  if (body === null)
    return (
      <p>
        This body no longer exists. <Link href="/">Back to the bodies</Link>
      </p>
    );

  return (
    <div className="page">
      <BodyHeader body={body} current="meetings" />
      <div className="two-columns">
        <section aria-labelledby="meetings-heading">
          <h2 id="meetings-heading">Meetings</h2>
          {meetings === undefined ? (
            <p aria-busy="true">Loading…</p>
          ) : meetings.length === 0 ? (
            <p className="empty">No meeting yet.</p>
          ) : (
            <ul className="card-list">
              {meetings.map((m) => (
                <li key={m.id}>
                  <Link href={`/meetings/${m.id}`} className="card link-card">
                    <strong>
                      Meeting {m.number} — {formatMeetingDate(m.date)}
                    </strong>
                    <span className="muted">
                      {m.startTime}
                      {m.venue ? ` · ${m.venue}` : ''} · {meetingStatusLabels[m.status]}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <NewMeetingForm bodyId={bodyId} />
        </section>
        <section className="card form" aria-labelledby="details-heading">
          <h2 id="details-heading">Details</h2>
          <EditableText label="Name" value={body.name} onCommit={save('name')} />
          <EditableText
            label="The minutes call it"
            value={body.minutesName}
            onCommit={save('minutesName')}
          />
          <EditableText
            label="Action prefix"
            value={body.actionPrefix}
            onCommit={save('actionPrefix')}
            maxLength={20}
          />
          <EditableText
            label="Secretariat"
            value={body.secretariat}
            onCommit={save('secretariat')}
          />
        </section>
      </div>
    </div>
  );
}
