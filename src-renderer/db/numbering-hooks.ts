import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { numberAgenda, type AgendaItem, type Id, type NumberedItem } from '../domain';
import { numberMeeting, withMinuteNumbers } from '../domain/minute-numbering';
import type { MinutebookDb } from './database';
import { useAgendaItems } from './hooks';
import { readFirstMinuteNumber } from './minute-numbers';

/**
 * The numbers a meeting's items print in its documents ({@link numberMeeting}, the body's
 * style), by item id, so that the screens show the same numbers as the minutes and the agenda
 * pack: running numbers, a private part numbered after the public items, or '' when the body
 * prints none. `undefined` while loading. The first number is its own query: it reads the
 * earlier meetings' items (running numbers), so an edit in this meeting does not read them
 * again.
 */
export function useMinuteNumbers(
  db: MinutebookDb,
  meetingId: Id,
): ReadonlyMap<Id, string> | undefined {
  return useMinuteNumbersOf(db, meetingId, useAgendaItems(db, meetingId));
}

/**
 * {@link useMinuteNumbers} of the meeting's `items` as the caller already reads them, so that
 * a screen does not query the same rows twice.
 */
export function useMinuteNumbersOf(
  db: MinutebookDb,
  meetingId: Id,
  items: readonly AgendaItem[] | undefined,
): ReadonlyMap<Id, string> | undefined {
  const start = useLiveQuery(async () => {
    const meeting = await db.meetings.get(meetingId);
    const body = meeting && (await db.bodies.get(meeting.bodyId));
    return meeting && body ? { body, start: await readFirstMinuteNumber(db, body, meeting) } : null;
  }, [db, meetingId]);
  return useMemo(() => {
    if (start === undefined || items === undefined) return undefined;
    if (start === null) return new Map<Id, string>();
    return new Map(numberMeeting(start.body, items, start.start).map((n) => [n.item.id, n.number]));
  }, [start, items]);
}

/**
 * A meeting's agenda in stored reading order, each item with the number its documents print
 * ({@link useMinuteNumbers}): what a screen lists when it offers the items to choose from.
 * `undefined` while loading.
 */
export function useNumberedAgenda(
  db: MinutebookDb,
  meetingId: Id,
): NumberedItem<AgendaItem>[] | undefined {
  const items = useAgendaItems(db, meetingId);
  const numbers = useMinuteNumbersOf(db, meetingId, items);
  return useMemo(
    () =>
      items === undefined || numbers === undefined
        ? undefined
        : withMinuteNumbers(numberAgenda(items), numbers),
    [items, numbers],
  );
}
