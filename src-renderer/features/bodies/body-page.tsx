import { useBody, useMeetings } from '../../db';
import { useServices } from '../shell/app-context';
import { NewMeetingForm } from '../meetings/new-meeting-form';
import { BodyHeader } from './body-header';
import { MeetingsList } from './meetings-list';
import { ArchiveActions } from '../export/archive-actions';
import { Gone } from '../shared/gone';

/** One body: its meetings and a way to add the next one. Its details are on the settings tab. */
export function BodyPage({ bodyId }: { bodyId: string }) {
  const { db } = useServices();
  const body = useBody(db, bodyId);
  const meetings = useMeetings(db, bodyId);

  if (body === undefined) return <p aria-busy="true">Loading…</p>;
  if (body === null) return <Gone what="body" />;

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
            <MeetingsList meetings={meetings} />
          )}
        </section>
        <NewMeetingForm bodyId={bodyId} />
      </div>
      <ArchiveActions body={body} />
    </div>
  );
}
