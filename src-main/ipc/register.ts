/**
 * The only way IPC handlers are registered: every call is checked for its sender, then its
 * payload is parsed, and only then does the handler run.
 */
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import type { Channel } from './contract';

/** Who may call: the frame's URL check and the set of windows we created. */
export interface SenderPolicy {
  isAppUrl(url: string): boolean;
  // Electron.BrowserWindow, not the imported subclass: it is what fromWebContents returns.
  isOurWindow(window: Electron.BrowserWindow): boolean;
}

/**
 * Why `event` must be refused, or null when it comes from the app's own page in one of our
 * windows. A sub-frame, a navigated-away page or a window we did not create is refused.
 */
export function senderRefusal(event: IpcMainInvokeEvent, policy: SenderPolicy): string | null {
  const frame = event.senderFrame;
  if (frame === null) return 'the sending frame is gone';
  if (!policy.isAppUrl(frame.url)) return `the sending frame (${frame.url}) is not the app`;
  const owner = BrowserWindow.fromWebContents(event.sender);
  if (owner === null || !policy.isOurWindow(owner)) return 'the sender is not a Minutebook window';
  return null;
}

export type Handler<S extends z.ZodType, R> = (
  input: z.output<S>,
  event: IpcMainInvokeEvent,
) => R | Promise<R>;

/** The `handle` function bound to a sender policy. */
export type Handle = <S extends z.ZodType, R>(
  channel: Channel,
  schema: S,
  handler: Handler<S, R>,
) => void;

/**
 * Returns `handle(channel, schema, handler)`, which registers `ipcMain.handle(channel, …)`.
 * A refused sender, extra arguments or an invalid payload reject with an Error that says
 * which; the handler is never called for them.
 */
export function createHandle(policy: SenderPolicy): Handle {
  return (channel, schema, handler) => {
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      const refusal = senderRefusal(event, policy);
      if (refusal !== null) throw new Error(`Refused ${channel}: ${refusal}.`);
      if (args.length > 1) throw new Error(`Refused ${channel}: expected at most one argument.`);
      const parsed = schema.safeParse(args[0]);
      if (!parsed.success) {
        throw new Error(`Invalid request on ${channel}: ${z.prettifyError(parsed.error)}`);
      }
      return handler(parsed.data, event);
    });
  };
}
