import {
  approveMinutes,
  closeMeeting,
  deferItem,
  nextItem,
  reopenMeeting,
  startMeeting,
  takeUpItem,
  withdrawItem,
} from '../../db';
import type { AgendaItem, Id } from '../../domain';
import { useAction } from '../shared/use-action';
import { useServices } from '../shell/app-context';

/**
 * The Chair's commands over the run repository, each guarded against a double press and
 * reporting a refusal as a notice. Setting the current item aside can be undone at once.
 */
export function useRunCommands(meetingId: Id) {
  const { data, store } = useServices();
  const setAside = (how: 'defer' | 'withdraw') => async (item: AgendaItem, number: string) => {
    await (how === 'defer' ? deferItem(data, item.id) : withdrawItem(data, item.id));
    const done = how === 'defer' ? 'deferred' : 'withdrawn';
    store.getState().notify({
      tone: 'info',
      message: `Item ${number} “${item.title}” ${done}.`,
      // Taking it up again restores it as current with its time kept.
      undo: item.status === 'current' ? () => takeUpItem(data, item.id) : undefined,
    });
  };
  return {
    start: useAction(() => startMeeting(data, meetingId)),
    next: useAction((current: Id | null) => nextItem(data, meetingId, current)),
    defer: useAction(setAside('defer')),
    withdraw: useAction(setAside('withdraw')),
    takeUp: useAction((itemId: Id) => takeUpItem(data, itemId)),
    close: useAction(() => closeMeeting(data, meetingId)),
    reopen: useAction(() => reopenMeeting(data, meetingId)),
    approve: useAction(() => approveMinutes(data, meetingId)),
  };
}

export type RunCommands = ReturnType<typeof useRunCommands>;
