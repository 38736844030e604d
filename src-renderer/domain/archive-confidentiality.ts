import type { Archive, ArchiveBody } from './archive-schema';
import {
  confidentialityOf,
  isDeclassified,
  type ClassifiedAction,
  type ClassifiedItem,
} from './confidentiality';
import type { Id } from './model';

/**
 * Flags that must agree with the rule of confidentiality, and the corrections that make them
 * agree, always towards confidential. An action is confidential when the rule says so (raised
 * inside a confidential item) or when its entry in the minutes is marked so; its block in the
 * minutes then is too; and every update to a confidential action is confidential. The archive
 * reader applies these corrections with a notice, and so does the database's upgrade.
 *
 * A declassified action was made public on purpose: neither it nor its updates are made
 * confidential again, whatever its entry says. Its entry inside a confidential item still is.
 */

/** The records whose flags are compared; ids are unique across a body's meetings. */
export interface FlaggedRecords {
  items: readonly ClassifiedItem[];
  actions: readonly (ClassifiedAction & { reference: string })[];
  actionBlocks: readonly { id: Id; actionId: Id; confidential: boolean }[];
  updates: readonly { id: Id; actionId: Id; confidential: boolean; meetingId: Id }[];
}

/** What to mark confidential, each with the reason a secretary is told. */
export interface Corrections {
  actions: Map<Id, string>;
  blocks: Map<Id, string>;
  updates: Map<Id, string>;
}

/** The flags that contradict the rule; `meetingName` names a meeting by its id ("meeting 31"). */
export function confidentialityCorrections(
  records: FlaggedRecords,
  meetingName: (meetingId: Id) => string,
): Corrections {
  const fixes: Corrections = { actions: new Map(), blocks: new Map(), updates: new Map() };
  const markedBlocks = new Set(
    records.actionBlocks.filter((b) => b.confidential).map((b) => b.actionId),
  );
  const rule = confidentialityOf(records.items, records.actions);
  const confidential = new Set<Id>();
  // Declassified actions whose entry stands inside a confidential item: the entry stays so.
  const enclosed = new Set<Id>();
  for (const action of records.actions) {
    if (isDeclassified(action)) {
      if (rule.item(action.itemId)) enclosed.add(action.id);
      continue;
    }
    if (rule.action(action)) confidential.add(action.id);
    if (action.confidential) continue;
    if (rule.action(action)) {
      fixes.actions.set(
        action.id,
        `${action.reference} is now confidential: it was raised inside a confidential item.`,
      );
    } else if (markedBlocks.has(action.id)) {
      confidential.add(action.id);
      fixes.actions.set(
        action.id,
        `${action.reference} is now confidential, as its entry in the minutes is.`,
      );
    }
  }
  const references = new Map(records.actions.map((a) => [a.id, a.reference]));
  for (const block of records.actionBlocks) {
    if (block.confidential) continue;
    const reference = references.get(block.actionId) ?? 'an action';
    if (confidential.has(block.actionId)) {
      fixes.blocks.set(
        block.id,
        `The entry of ${reference} in the minutes is now confidential, as the action is.`,
      );
    } else if (enclosed.has(block.actionId)) {
      fixes.blocks.set(
        block.id,
        `The entry of ${reference} in the minutes is now confidential, as its item is.`,
      );
    }
  }
  for (const update of records.updates) {
    if (!update.confidential && confidential.has(update.actionId)) {
      const reference = references.get(update.actionId) ?? 'an action';
      fixes.updates.set(
        update.id,
        `The update to ${reference} at ${meetingName(update.meetingId)} is now confidential, as the action is.`,
      );
    }
  }
  return fixes;
}

/** The archive with its flags made to agree with the rule, and a notice for each change. */
export function normaliseConfidentiality(archive: Archive): {
  archive: Archive;
  notices: string[];
} {
  const notices: string[] = [];
  const bodies = archive.bodies.map((body) => {
    const fixes = confidentialityCorrections(flaggedRecords(body), (id) => {
      const meeting = body.meetings.find((m) => m.id === id);
      return meeting ? `meeting ${String(meeting.number)}` : 'a meeting';
    });
    const count = fixes.actions.size + fixes.blocks.size + fixes.updates.size;
    if (count === 0) return body;
    notices.push(
      ...[...fixes.actions.values(), ...fixes.blocks.values(), ...fixes.updates.values()].map(
        (n) => `${body.name}: ${n}`,
      ),
    );
    return {
      ...body,
      meetings: body.meetings.map((m) => ({
        ...m,
        minuteBlocks: m.minuteBlocks.map((b) =>
          fixes.blocks.has(b.id) ? { ...b, confidential: true } : b,
        ),
      })),
      actions: body.actions.map((a) =>
        fixes.actions.has(a.id) ? { ...a, confidential: true } : a,
      ),
      actionUpdates: body.actionUpdates.map((u) =>
        fixes.updates.has(u.id) ? { ...u, confidential: true } : u,
      ),
    };
  });
  return { archive: { ...archive, bodies }, notices };
}

function flaggedRecords(body: ArchiveBody): FlaggedRecords {
  return {
    items: body.meetings.flatMap((m) => m.agendaItems),
    actions: body.actions,
    actionBlocks: body.meetings.flatMap((m) =>
      m.minuteBlocks.flatMap((b) => (b.kind === 'action' ? [b] : [])),
    ),
    updates: body.actionUpdates,
  };
}
