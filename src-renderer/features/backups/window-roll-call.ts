/**
 * Which other windows of the app are open (the Chair window, other tabs): each window answers
 * a roll call on a BroadcastChannel, which reaches every window of the same origin. A restore
 * asks first, because a window left open could write its unsaved text over what is restored.
 */

const channelName = 'minutebook-windows';
const thisWindow = crypto.randomUUID();

type Message = { kind: 'who'; from: string } | { kind: 'here'; to: string; from: string };

/** Answers other windows' roll calls; returns the uninstall. */
export function answerRollCall(): () => void {
  const channel = new BroadcastChannel(channelName);
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message.kind === 'who' && message.from !== thisWindow) {
      channel.postMessage({ kind: 'here', to: message.from, from: thisWindow } satisfies Message);
    }
  };
  return () => channel.close();
}

/** How many other windows of the app answer within `waitMs`. */
export async function otherWindows(waitMs = 300): Promise<number> {
  const channel = new BroadcastChannel(channelName);
  const answered = new Set<string>();
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message.kind === 'here' && message.to === thisWindow) answered.add(message.from);
  };
  channel.postMessage({ kind: 'who', from: thisWindow } satisfies Message);
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  channel.close();
  return answered.size;
}
