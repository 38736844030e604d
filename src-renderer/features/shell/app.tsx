import { useEffect } from 'react';
import { Link, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ActionLogPage } from '../actions/action-log-page';
import { AgendaPage } from '../agenda/agenda-page';
import { AttendancePage } from '../attendance/attendance-page';
import { BodiesPage } from '../bodies/bodies-page';
import { BodyPage } from '../bodies/body-page';
import { BodySettingsPage } from '../bodies/body-settings-page';
import { BackupsPage } from '../backups/backups-page';
import { useBackupSchedule } from '../backups/use-backup-schedule';
import { ChairPage } from '../chair/chair-page';
import { ExportPage } from '../export/export-page';
import { MinutesPage } from '../minutes-editor/minutes-page';
import { installPasteGuard } from '../shared/paste-guard';
import { installFlushOnHide } from '../shared/pending-writes';
import { Notices } from '../shared/notices';
import { SearchDialog } from '../search/search-dialog';
import { useServices } from './app-context';
import { useScreenForNotices } from './screen';
import { UserName } from './user-name';

/** The window: a header, the screen for the current route, and the notices. */
export function App() {
  const { store } = useServices();
  useEffect(() => installFlushOnHide(window), []);
  useEffect(
    () =>
      installPasteGuard(window, (message) => store.getState().notify({ tone: 'error', message })),
    [store],
  );
  useBackupSchedule();
  useScreenForNotices(store);
  return (
    <Router hook={useHashLocation}>
      <header className="app-header">
        <Link href="/" className="brand">
          Minutebook
        </Link>
        <nav aria-label="App" className="app-nav">
          <SearchDialog />
          <Link href="/backups">Backups</Link>
          <UserName />
        </nav>
      </header>
      <main className="app-main">
        <Switch>
          <Route path="/" component={BodiesPage} />
          <Route path="/backups" component={BackupsPage} />
          <Route path="/bodies/:bodyId">{(p) => <BodyPage bodyId={p.bodyId} />}</Route>
          <Route path="/bodies/:bodyId/settings">
            {(p) => <BodySettingsPage bodyId={p.bodyId} />}
          </Route>
          <Route path="/bodies/:bodyId/actions">{(p) => <ActionLogPage bodyId={p.bodyId} />}</Route>
          <Route path="/meetings/:meetingId">{(p) => <AgendaPage meetingId={p.meetingId} />}</Route>
          <Route path="/meetings/:meetingId/attendance">
            {(p) => <AttendancePage meetingId={p.meetingId} />}
          </Route>
          <Route path="/meetings/:meetingId/minutes">
            {(p) => <MinutesPage meetingId={p.meetingId} />}
          </Route>
          <Route path="/meetings/:meetingId/chair">
            {(p) => <ChairPage meetingId={p.meetingId} />}
          </Route>
          <Route path="/meetings/:meetingId/export">
            {(p) => <ExportPage meetingId={p.meetingId} />}
          </Route>
          <Route>
            <p>
              Nothing here. <Link href="/">Back to the bodies</Link>
            </p>
          </Route>
        </Switch>
      </main>
      <Notices />
    </Router>
  );
}
