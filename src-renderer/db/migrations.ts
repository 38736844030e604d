import type { Transaction } from 'dexie';
import {
  confidentialityCorrections,
  noUpdates,
  positionsFor,
  styleRowDefaults,
  styleUpgradeDefaults,
  tallyUpdates,
} from '../domain';
import type {
  Action,
  ActionUpdate,
  AgendaItem,
  Amendment,
  Attendance,
  Body,
  Meeting,
  Member,
  MinuteBlock,
} from '../domain';
import { printOrderBeforePositions } from '../domain/attendance';
import { itemMinutesOf, type ItemMinutes } from './block-store';
import {
  meetingPapersDefaults,
  memberDefaults,
  minutesStyleDefaults,
} from '../domain/body-settings';

/**
 * Version 2 holds the stored flags to the rule of confidentiality, as the archive reader does:
 * an action raised inside a confidential item, or whose entry in the minutes is confidential,
 * is marked confidential, and so are its entry and every update to it. Nothing is ever made
 * public. The schema itself is unchanged.
 */
export async function flagsAgreeWithConfidentiality(tx: Transaction): Promise<void> {
  const [items, actions, blocks, updates, meetings] = await Promise.all([
    tx.table<AgendaItem, string>('agendaItems').toArray(),
    tx.table<Action, string>('actions').toArray(),
    tx.table<MinuteBlock, string>('minuteBlocks').toArray(),
    tx.table<ActionUpdate, string>('actionUpdates').toArray(),
    tx.table<Meeting, string>('meetings').toArray(),
  ]);
  const numbers = new Map(meetings.map((m) => [m.id, m.number]));
  const fixes = confidentialityCorrections(
    {
      items,
      actions,
      actionBlocks: blocks.flatMap((b) => (b.kind === 'action' ? [b] : [])),
      updates,
    },
    (id) => `meeting ${String(numbers.get(id) ?? '?')}`,
  );
  const mark = async (table: string, ids: Iterable<string>) => {
    const keys = [...ids];
    if (keys.length > 0)
      await tx.table(table).where('id').anyOf(keys).modify({ confidential: true });
  };
  await mark('actions', fixes.actions.keys());
  await mark('minuteBlocks', fixes.blocks.keys());
  await mark('actionUpdates', fixes.updates.keys());
}

/**
 * Version 3 adds two fields, as archive format 2 does: every meeting gets `acceptedFindings`
 * (none accepted yet) and every action `declassified` (never declassified). Nothing else
 * changes, the audit fields included; the schema itself is unchanged.
 */
export async function acceptedFindingsAndDeclassification(tx: Transaction): Promise<void> {
  await tx
    .table<Partial<Meeting>, string>('meetings')
    .toCollection()
    .modify((meeting) => {
      meeting.acceptedFindings ??= [];
    });
  await tx
    .table<Partial<Action>, string>('actions')
    .toCollection()
    .modify((action) => {
      action.declassified ??= null;
    });
}

/**
 * Version 4 adds what archive format 3 adds: every body gets the minutes-style settings at
 * their defaults (item lines, curly quotes, minutes for an unplanned item), and each
 * meeting's attendance a position in the order it printed until then (by role, then as
 * added), with the Chair first within a role. Nothing else changes, the audit fields
 * included; the schema itself is unchanged.
 */
export async function minutesStyleAndAttendanceOrder(tx: Transaction): Promise<void> {
  await tx
    .table<Partial<Body>, string>('bodies')
    .toCollection()
    .modify((body) => {
      body.deferredItemLine ??= minutesStyleDefaults.deferredItemLine;
      body.withdrawnItemLine ??= minutesStyleDefaults.withdrawnItemLine;
      body.curlyQuotes ??= minutesStyleDefaults.curlyQuotes;
      body.unplannedItemMinutes ??= minutesStyleDefaults.unplannedItemMinutes;
    });
  const table = tx.table<Attendance, string>('attendance');
  const byMeeting = new Map<string, Attendance[]>();
  for (const row of await table.toArray()) {
    const list = byMeeting.get(row.meetingId) ?? [];
    list.push(row);
    byMeeting.set(row.meetingId, list);
  }
  const positions = new Map<string, string>();
  for (const rows of byMeeting.values()) {
    const ordered = printOrderBeforePositions(rows);
    const keys = positionsFor(ordered.length);
    ordered.forEach((row, i) => positions.set(row.id, keys[i] as string));
  }
  await table.toCollection().modify((row) => {
    // Partial: a row of version 3 has no position yet, whatever the type says.
    const stored = row as Partial<Attendance>;
    stored.position ??= positions.get(row.id);
  });
}

/**
 * Version 5 adds what archive format 4 adds (see archive-upgrade.ts, fromVersion3): the
 * settings of the meeting papers on each body, an e-mail address and a role on each member,
 * no vote and no dissent on each decision, no approval and no circulations on each meeting,
 * and where each amendment applies; the new interests table starts empty. Audit fields are
 * left as they are.
 */
export async function meetingPapers(tx: Transaction): Promise<void> {
  const fill = <T extends object>(row: T, defaults: Partial<T>) => {
    for (const [key, value] of Object.entries(defaults))
      if (!(key in row)) (row as Record<string, unknown>)[key] = value;
  };
  await tx
    .table<Body, string>('bodies')
    .toCollection()
    .modify((body) => fill(body, meetingPapersDefaults));
  await tx
    .table<Member, string>('members')
    .toCollection()
    .modify((member) => fill(member, memberDefaults));
  await tx
    .table<Meeting, string>('meetings')
    .toCollection()
    .modify((meeting) => fill(meeting, { approval: null, circulations: [] }));
  await tx
    .table<Amendment, string>('amendments')
    .toCollection()
    .modify((a) => fill(a, { itemId: null, confidential: false, agreedAt: null }));
  await tx
    .table<MinuteBlock, string>('minuteBlocks')
    .toCollection()
    .modify((block) => {
      if (block.kind !== 'decisions') return;
      for (const decision of block.decisions) fill(decision, { vote: null, dissent: [] });
    });
}

/**
 * Version 6 makes the house style data, as archive format 5 does (archive-upgrade.ts,
 * fromVersion4): each body gets the SEC Panel's style for every style field it did not have,
 * so its documents read as before, and no running action counter yet; members get no
 * initials, items no exemption, actions no owning member, attendance no member whose vote an
 * alternate holds. Audit fields are left as they are.
 */
export async function houseStyles(tx: Transaction): Promise<void> {
  const fill = (row: object, defaults: object) => {
    for (const [key, value] of Object.entries(defaults))
      if (!(key in row)) (row as Record<string, unknown>)[key] = structuredClone(value);
  };
  await tx
    .table<Body, string>('bodies')
    .toCollection()
    .modify((body) => fill(body, styleUpgradeDefaults));
  await tx
    .table<Member, string>('members')
    .toCollection()
    .modify((member) => fill(member, styleRowDefaults.member));
  await tx
    .table<AgendaItem, string>('agendaItems')
    .toCollection()
    .modify((item) => fill(item, styleRowDefaults.item));
  await tx
    .table<Action, string>('actions')
    .toCollection()
    .modify((action) => fill(action, styleRowDefaults.action));
  await tx
    .table<Attendance, string>('attendance')
    .toCollection()
    .modify((row) => fill(row, styleRowDefaults.attendance));
}

/**
 * Version 8 gives every action the tally of its updates (how many, and the meetings of those
 * that close it), which the action log shows without reading 9,000 updates at fifteen years.
 * Nothing else changes, the audit fields included.
 */
export async function actionTallies(tx: Transaction): Promise<void> {
  const updates = await tx.table<ActionUpdate, string>('actionUpdates').toArray();
  const tallies = tallyUpdates(updates);
  await tx
    .table<Action & { tally?: unknown }, string>('actions')
    .toCollection()
    .modify((action) => {
      action.tally = tallies.get(action.id) ?? noUpdates();
    });
}

/**
 * Version 10 moves the blocks of minutes from one row each into one row per item
 * (db/block-store.ts), unchanged, each item's in position order; their old table is then
 * dropped. Nothing else changes.
 */
export async function itemMinutesRows(tx: Transaction): Promise<void> {
  const blocks = await tx.table<MinuteBlock, string>('minuteBlocks').toArray();
  await tx.table<ItemMinutes, string>('itemMinutes').bulkAdd(itemMinutesOf(blocks));
}
