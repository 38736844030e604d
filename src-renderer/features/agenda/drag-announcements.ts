import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import type { AgendaNode } from './agenda-tree';

/** What a screen reader hears on the drag handle before a drag starts. */
export const dragInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this item among its siblings, press Space or Enter, then the up and down arrow keys; ' +
    'press Space or Enter again to drop it, or Escape to cancel. ' +
    'Alt with the up or down arrow key moves it one place straight away.',
};

/**
 * Spoken updates during a drag, naming the item and its place among its siblings ("position
 * 2 of 5"), because the dragged row itself does not announce where it is.
 */
export function dragAnnouncements(nodes: readonly AgendaNode[]): Announcements {
  const count = String(nodes.length);
  const name = (id: UniqueIdentifier) => {
    const node = nodes.find((n) => n.item.id === id);
    return node ? `item ${node.number}, ${node.item.title}` : 'the item';
  };
  const place = (id: UniqueIdentifier) =>
    `position ${String(nodes.findIndex((n) => n.item.id === id) + 1)} of ${count}`;
  // A drag starts over the item's own place; saying so would drown out "Picked up".
  let moved = false;
  return {
    onDragStart: ({ active }) => {
      moved = false;
      return `Picked up ${name(active.id)}, at ${place(active.id)}.`;
    },
    onDragOver: ({ active, over }) => {
      if (!moved && over?.id === active.id) return undefined;
      moved = true;
      return over
        ? `${capital(name(active.id))} is now at ${place(over.id)}.`
        : `${capital(name(active.id))} is outside the list; dropping it here leaves it in place.`;
    },
    onDragEnd: ({ active, over }) =>
      over
        ? `${capital(name(active.id))} dropped at ${place(over.id)}.`
        : `${capital(name(active.id))} dropped where it was.`,
    onDragCancel: ({ active }) =>
      `Moving cancelled. ${capital(name(active.id))} is back at ${place(active.id)}.`,
  };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
