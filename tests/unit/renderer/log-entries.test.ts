import { describe, expect, it } from 'vitest';
import { indexMeetings, tallyUpdates, type Action } from '../../../src-renderer/domain';
import {
  applyFilter,
  logEntries,
  ownersOf,
  withUpdates,
  type LogFilter,
} from '../../../src-renderer/features/actions/log-entries';
import { randomLog } from '../domain/random-log';

/*
 * The log's entries come from the tallies of the actions' updates, and an export's entries
 * find each action's updates once (grouped by action) instead of scanning every update for
 * every action: on varied seeded logs, each entry must hold what a scan of every update finds
 * — how many updates, the meeting that closed it, and (with its updates) those meeting by
 * meeting.
 */

function viewOf(seed: number) {
  const log = randomLog(seed);
  // The log is one body's: body "a" of the random log.
  const actions = log.actions.filter((a) => a.bodyId === 'a');
  const ids = new Set(actions.map((a) => a.id));
  const meetings = log.meetings.filter((m) => m.bodyId === 'a');
  const confidential = new Set(actions.filter((_, i) => i % 7 === 0).map((a) => a.id));
  return {
    actions,
    updates: log.updates.filter((u) => ids.has(u.actionId)),
    tallies: tallyUpdates(log.updates),
    meetings,
    confidential,
    index: indexMeetings(meetings),
  };
}

describe('logEntries', () => {
  it.each([1, 2, 3, 42, 777])(
    'gives each action what a scan of every update gives (seed %i)',
    (seed) => {
      const view = viewOf(seed);
      const entries = withUpdates(logEntries(view, '2012-06-01'), {
        actionUpdates: view.updates,
        meetings: view.meetings,
      });
      expect(entries.map((e) => e.action.id).sort()).toEqual(view.actions.map((a) => a.id).sort());
      let updated = 0;
      for (const entry of entries) {
        const { action } = entry;
        const scanned = view.updates.filter((u) => u.actionId === action.id);
        const numberOf = (id: string) => view.index.get(id)?.number ?? 0;
        expect(entry.updateCount).toBe(scanned.length);
        expect(entry.updates.map((u) => u.update.id)).toEqual(
          [...scanned]
            .sort((a, b) => numberOf(a.meetingId) - numberOf(b.meetingId))
            .map((u) => u.id),
        );
        for (const { update, meeting } of entry.updates)
          expect(meeting?.id).toBe(view.meetings.find((m) => m.id === update.meetingId)?.id);
        const closing = scanned
          .filter((u) => u.closes && view.index.has(u.meetingId))
          .map((u) => numberOf(u.meetingId));
        // An open action shows no closing meeting, whatever its updates say.
        expect(entry.closedAt?.number).toBe(
          action.status === 'closed' && closing.length ? Math.min(...closing) : undefined,
        );
        expect(entry.confidential).toBe(view.confidential.has(action.id));
        expect(entry.raisedAt?.id ?? null).toBe(action.meetingId);
        if (scanned.length > 0) updated += 1;
      }
      expect(updated).toBeGreaterThan(10);
    },
  );

  it('filters by status, owner and meeting as the table shows them', () => {
    const view = viewOf(9);
    const entries = logEntries(view, '2012-06-01');
    const raisedAt = view.meetings[3]?.id ?? '';
    const cases: [LogFilter, (a: Action) => boolean][] = [
      [{ status: 'open', owner: '', raisedAt: '' }, (a) => a.status === 'open'],
      [{ status: 'all', owner: 'DCC', raisedAt: '' }, (a) => a.owner === 'DCC'],
      [
        { status: 'closed', owner: 'SECAS', raisedAt: '' },
        (a) => a.status === 'closed' && a.owner === 'SECAS',
      ],
      [{ status: 'all', owner: '', raisedAt: 'earlier' }, (a) => a.meetingId === null],
      [{ status: 'all', owner: '', raisedAt }, (a) => a.meetingId === raisedAt],
    ];
    for (const [filter, keep] of cases) {
      const shown = applyFilter(entries, filter);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.map((e) => e.action.id)).toEqual(
        entries.filter((e) => keep(e.action)).map((e) => e.action.id),
      );
    }
    expect(ownersOf(entries)).toEqual(['Chair', 'DCC', 'SECAS']);
  });
});
