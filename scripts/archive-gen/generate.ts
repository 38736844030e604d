import {
  archiveFormat,
  archiveVersion,
  presetStyle,
  type Archive,
  type ArchiveBody,
  type ArchiveMeeting,
} from '../../src-renderer/domain';
import { giveUpdates, raiseActions, shareActions, type ActionLog } from './actions';
import { makeAgenda, makeBlocks, type MeetingContext } from './meeting';
import { makeAttendance, makeMembers } from './people';
import { Random } from './random';
import { makeExtras } from './extras';

/**
 * A realistic archive in the current format, for benchmarks, tests and trying the app at
 * scale: per body a meeting each month for `years` years, ending in 2025 (15 years: 180
 * meetings, about 5,400 agenda items, 50,000 entries of minutes, 4,000 actions and 9,000
 * updates). The same options always give the same archive.
 */
export interface ArchiveOptions {
  years: number;
  bodies: number;
  seed: number;
}

const bodyNames = [
  ['SEC Panel', 'The Panel', 'SECP', 'SECAS'],
  ['Change Board', 'The Board', 'CHB', 'Code Secretariat'],
  ['Audit and Risk Committee', 'The Committee', 'ARC', 'Governance Team'],
] as const;

const lastYear = 2025;
const editor = 'Laura Kemp';

/** The second Thursday of a month, "2016-03-10". */
function secondThursday(year: number, month: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const day = 1 + ((4 - first + 7) % 7) + 7;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Audit fields at `date` 09:00 UTC plus a second for each record made so far that day. */
function clock(date: string) {
  let tick = 0;
  return () => {
    const at = new Date(Date.parse(`${date}T09:00:00Z`) + 1000 * tick).toISOString();
    tick += 1;
    return { createdAt: at, updatedAt: at, updatedBy: editor };
  };
}

function makeBody(random: Random, index: number, years: number): ArchiveBody {
  const [name, minutesName, prefix, secretariat] =
    bodyNames[index % bodyNames.length] ?? bodyNames[0];
  const suffix =
    index >= bodyNames.length ? ` ${String(Math.floor(index / bodyNames.length) + 1)}` : '';
  const bodyId = random.id();
  const firstYear = lastYear - years + 1;
  const founded = clock(`${String(firstYear - 1)}-12-01`);
  const style = presetStyle('sec-panel');
  const members = makeMembers(random, bodyId, index, founded());
  const log: ActionLog = {
    prefix: `${prefix}${suffix.trim()}`,
    template: style.actionRefTemplate,
    secretariat,
    bodyId,
    members,
    actions: [],
    updates: [],
    due: new Map(),
  };
  const count = years * 12;
  const dates = Array.from({ length: count }, (_, m) =>
    secondThursday(firstYear + Math.floor(m / 12), (m % 12) + 1),
  );
  const ids = dates.map(() => random.id());
  const meetings: ArchiveMeeting[] = dates.map((date, m) => {
    const meetingId = ids[m] ?? '';
    const audit = clock(date);
    const present = members.filter((_, i) => i < 14);
    const ctx: MeetingContext = {
      random,
      meetingId,
      minutesName,
      verbs: style.decisionVerbs,
      present,
      audit,
    };
    const attendance = makeAttendance(random, meetingId, members, audit());
    const agenda = makeAgenda(ctx);
    const shares = shareActions(ctx, agenda);
    const minuteBlocks = [];
    let sequence = 0;
    giveUpdates(ctx, log, m);
    for (const [i, planned] of agenda.entries()) {
      const { blocks, actionPositions } = makeBlocks(ctx, planned, shares[i] ?? 0);
      const at = { index: m, number: m + 1, date, sequence };
      minuteBlocks.push(...blocks, ...raiseActions(ctx, log, at, planned, actionPositions));
      sequence += actionPositions.length;
    }
    const next =
      m + 1 < count
        ? { meetingId: ids[m + 1] ?? '', number: m + 2, on: dates[m + 1] ?? date }
        : null;
    const closed = new Date(Date.parse(`${date}T10:00:00Z`) + 3 * 3600_000).toISOString();
    return {
      id: meetingId,
      bodyId,
      number: m + 1,
      date,
      startTime: '10:00',
      venue: random.chance(0.2) ? 'Teleconference' : '8 Fenchurch Place, London EC3M 4AJ',
      status: next === null ? 'held' : 'approved',
      startedAt: `${date}T10:02:00.000Z`,
      closedAt: closed,
      lastActionSequence: sequence,
      acceptedFindings: [],
      approval: next,
      circulations: [],
      ...audit(),
      agendaItems: agenda.map((p) => p.item),
      minuteBlocks,
      attendance,
      ...makeExtras(random, meetingId, agenda, present, audit),
    };
  });
  return {
    id: bodyId,
    name: `${name}${suffix}`,
    minutesName,
    actionPrefix: log.prefix,
    secretariat,
    ...style,
    quorum: 5,
    unplannedItemMinutes: 10,
    interestWithdrawal: false,
    circulationSubject: '{body} meeting {meeting} on {date}',
    circulationMessage:
      'Dear colleagues,\n\nPlease find attached the papers of {body} meeting {meeting} on {date}.',
    actionSequences: {},
    ...founded(),
    members,
    meetings,
    actions: log.actions,
    actionUpdates: log.updates,
  };
}

/** The archive of `bodies` bodies of `years` years each; see {@link ArchiveOptions}. */
export function generateArchive({ years, bodies, seed }: ArchiveOptions): Archive {
  const random = new Random(seed);
  return {
    format: archiveFormat,
    version: archiveVersion,
    exportedAt: `${String(lastYear + 1)}-01-05T09:00:00.000Z`,
    bodies: Array.from({ length: bodies }, (_, i) => makeBody(random, i, years)),
  };
}
