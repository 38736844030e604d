import { useMemo, useState } from 'react';
import { useBody } from '../../db';
import { BodyHeader } from '../bodies/body-header';
import { todayIso } from '../shared/dates';
import { useServices } from '../shell/app-context';
import { ActionLogTable } from './action-log-table';
import { EarlierActionForm } from './earlier-action-form';
import { LogExport } from './log-export';
import { LogFilters } from './log-filters';
import { applyFilter, logEntries, noFilter, ownersOf, type LogFilter } from './log-entries';
import { useActionLog } from './use-action-log';
import { Gone } from '../shared/gone';
import './actions.css';

/** Every action the body has raised: who owns it, how long it has been open, its updates. */
export function ActionLogPage({ bodyId }: { bodyId: string }) {
  const { db } = useServices();
  const body = useBody(db, bodyId);
  const log = useActionLog(db, bodyId);
  const [filter, setFilter] = useState<LogFilter>(noFilter);
  const today = todayIso();
  const entries = useMemo(() => (log ? logEntries(log, today) : undefined), [log, today]);
  // Worked out once per read of the log, not on every change of a filter.
  const summary = useMemo(
    () => ({
      open: entries?.filter((e) => e.action.status === 'open').length ?? 0,
      overdue: entries?.filter((e) => e.age.overdue).length ?? 0,
      owners: entries ? ownersOf(entries) : [],
      meetings: [...(log?.meetings ?? [])].sort((a, b) => b.number - a.number),
      meetingsById: new Map(log?.meetings.map((m) => [m.id, m])),
    }),
    [entries, log],
  );
  const shown = useMemo(() => (entries ? applyFilter(entries, filter) : []), [entries, filter]);

  if (body === undefined) return <p aria-busy="true">Loading…</p>;
  if (body === null) return <Gone what="body" />;
  const { open, overdue, owners, meetings, meetingsById } = summary;

  return (
    <div className="page action-log">
      <BodyHeader body={body} current="actions" />
      <section aria-labelledby="log-heading">
        <div className="log-heading">
          <h2 id="log-heading" tabIndex={-1}>
            Action log
          </h2>
          {entries && entries.length > 0 && (
            <p className="muted log-summary">
              {entries.length} action{entries.length === 1 ? '' : 's'} · {open} open
              {overdue > 0 && <strong className="overdue-text"> · {overdue} overdue</strong>}
            </p>
          )}
        </div>
        {entries === undefined ? (
          <p aria-busy="true">Loading…</p>
        ) : entries.length === 0 ? (
          <p className="empty">
            No action yet. Actions raised in a meeting’s minutes appear here; actions from before
            the body used Minutebook can be recorded below.
          </p>
        ) : (
          <>
            <LogFilters filter={filter} onChange={setFilter} owners={owners} meetings={meetings} />
            <p className="muted" role="status">
              Showing {shown.length} of {entries.length} action{entries.length === 1 ? '' : 's'}.
            </p>
            {shown.length > 0 && (
              <>
                <LogExport
                  bodyId={bodyId}
                  bodyName={body.name}
                  filter={filter}
                  shown={shown.length}
                />
                <ActionLogTable
                  entries={shown}
                  meetings={meetingsById}
                  bodyId={bodyId}
                  prefix={body.actionPrefix}
                />
              </>
            )}
          </>
        )}
      </section>
      <EarlierActionForm bodyId={bodyId} prefix={body.actionPrefix} />
    </div>
  );
}
