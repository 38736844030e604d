/**
 * The house style of the minutes, in one place: the words the writers print around what was
 * typed, and the emphasis and shading they give each part. The DOCX writer (docx.ts,
 * docx-styles.ts) and the PDF writer (pdf/) both read it, so the two formats carry the same
 * titles, the same running head and foot, the same action panel and the same note style; the
 * leak guard's list of the writers' own wording (guard/sources.ts, `fixedWording`) follows it.
 *
 * Emphasis is regular or bold only: the PDF is set in DejaVu Sans regular and bold, so an
 * italic the PDF cannot show is not used in the DOCX either.
 */

import { longDate } from './wording';

/** A face of the text: the two both writers have. */
export type Emphasis = 'regular' | 'bold';

/** The words the writers print themselves. */
export const houseWords = {
  /** The classification printed on every page of each variant. */
  classification: { confidential: 'CONFIDENTIAL', public: 'PUBLIC' },
  draft: 'DRAFT',
  /** Between the parts of the running head: "PUBLIC — DRAFT". */
  separator: ' \u2014 ',
  attendance: 'Attendance',
  noteLabel: 'Post Meeting Note:',
  /** Under the heading of a confidential item in the confidential minutes. */
  confidentialMark: 'CONFIDENTIAL',
  /** Before the summary that the public minutes print for a confidential item. */
  publicSummaryLabel: 'Public summary:',
  /** Instead of "DRAFT" once a later meeting approved the minutes: "Approved at meeting 30 on …". */
  approvedAt: 'Approved at meeting',
  /** Before an amendment agreed where the minutes were approved: "Amended at meeting 30 on …:". */
  amendedAt: 'Amended at meeting',
  /** Before a later amendment: "Amended on 14 April 2016:". */
  amendedOn: 'Amended on',
  reasonLabel: 'Reason:',
  /** The heading of the amendments to the minutes as a whole, after the minutes. */
  amendments: 'Amendments to these minutes',
} as const;

/** What a title template's tokens stand for: the meeting's number, the body, its date and time. */
export interface TitleFacts {
  meeting: number;
  /** The body's name: {body}. */
  body: string;
  /** "2025-10-02": {weekday} prints "Thursday", {date} "2 October 2025". */
  date: string;
  /** "14:00": {time} prints "2.00 pm". */
  time: string;
}

/** The SEC Panel's titles, the templates of a body stored before titles were data. */
export const defaultTitles = {
  minutes: 'Minutes of Meeting {meeting}',
  agenda: 'Agenda of Meeting {meeting}',
} as const;

/**
 * "14:00" → "2.00 pm", "09:30" → "9.30 am", "12:00" → "12.00 pm", as councils print a meeting's
 * time in their titles; anything that is not a 24-hour time is printed as it stands.
 */
export function twelveHourTime(time: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (match === null) return time.trim();
  const hours = Number(match[1]);
  if (hours > 23) return time.trim();
  const hour = hours % 12 === 0 ? 12 : hours % 12;
  return `${String(hour)}.${match[2] ?? '00'} ${hours < 12 ? 'am' : 'pm'}`;
}

/**
 * A title template filled in: {meeting} the meeting's number, {body} the body's name,
 * {weekday} "Thursday", {date} "2 October 2025", {time} "2.00 pm" (12-hour, as titles print
 * it; the title block's "Time:" line keeps the 24-hour time). Any other braces stay as typed;
 * a token with nothing to print leaves no double space behind.
 */
export function fillTitle(template: string, facts: TitleFacts): string {
  const long = facts.date === '' ? '' : longDate(facts.date);
  const values: Record<string, string> = {
    meeting: String(facts.meeting),
    body: facts.body.trim(),
    weekday: long.replace(/ .*$/u, ''),
    date: long.replace(/^\S+ /u, ''),
    time: twelveHourTime(facts.time),
  };
  return template
    .replace(/\{(meeting|body|weekday|date|time)\}/gu, (_, key: string) => values[key] ?? '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The title under the body's name: "Minutes of Meeting 30", or the body's own template. */
export function minutesTitle(
  facts: TitleFacts | number,
  template: string = defaultTitles.minutes,
): string {
  return fillTitle(template, typeof facts === 'number' ? factsOf(facts) : facts);
}

/** The agenda's title under the body's name: "Agenda of Meeting 30", or the body's template. */
export function agendaTitle(
  facts: TitleFacts | number,
  template: string = defaultTitles.agenda,
): string {
  return fillTitle(template, typeof facts === 'number' ? factsOf(facts) : facts);
}

function factsOf(meeting: number): TitleFacts {
  return { meeting, body: '', date: '', time: '' };
}

/**
 * How far a table cell's text is set in for each step of its indent (a sub-item's title in
 * the agenda), in points, and the largest share of its column that may take.
 */
export const cellIndent = { step: 10, maxShare: 0.5 } as const;

/** The set-in, in points, of a cell `steps` deep in a column whose text is `width` points wide. */
export function cellIndentPoints(steps: number, width: number): number {
  const wanted = Number.isFinite(steps) ? Math.max(0, Math.floor(steps)) * cellIndent.step : 0;
  return Math.min(wanted, Math.max(0, width) * cellIndent.maxShare);
}

/**
 * The running head, centred at the top of every page: "PUBLIC — DRAFT", "PUBLIC — Approved at
 * meeting 30 on 10 March 2016" once a later meeting approved the minutes, or "PUBLIC".
 */
export function runningHead(doc: {
  classificationLabel: string;
  draft: boolean;
  approved?: string | null;
}): string {
  if (doc.approved) return `${doc.classificationLabel}${houseWords.separator}${doc.approved}`;
  return doc.draft
    ? `${doc.classificationLabel}${houseWords.separator}${houseWords.draft}`
    : doc.classificationLabel;
}

/** The running foot: the running head on the left, the page number on the right. */
export const runningFoot = runningHead;

/** "Page 2 of 9"; the DOCX writes the same words around Word's page fields. */
export const pageNumberWords = { before: 'Page ', between: ' of ' } as const;

export function pageNumberText(page: number, of: number): string {
  return `${pageNumberWords.before}${String(page)}${pageNumberWords.between}${String(of)}`;
}

/** A heading's number as printed: "4." for an item, "4.1" for a sub-item, nothing when unnumbered. */
export function headingNumber(level: 1 | 2, number: string): string {
  const bare = number.trim();
  if (bare === '') return '';
  return level === 1 && !bare.endsWith('.') ? `${bare}.` : bare;
}

/** "ACTION SECP30/01:", set before the action's sentence. */
export function actionLabel(reference: string): string {
  return `ACTION ${reference}:`;
}

/** Which parts are bold. */
export const emphasis = {
  bodyName: 'bold',
  title: 'bold',
  heading: 'bold',
  runningHead: 'bold',
  /** The classification at the foot; the page number beside it is regular. */
  runningFoot: 'bold',
  pageNumber: 'regular',
  actionLabel: 'bold',
  actionText: 'regular',
  noteLabel: 'bold',
  noteText: 'regular',
  mark: 'bold',
  tableCaption: 'bold',
  tableHeader: 'bold',
} as const satisfies Record<string, Emphasis>;

/**
 * Grey levels (0 black … 1 white) of the shading: the action panel's fill and the rule on its
 * left, the table header row, the rule under the title block and the rules of the page.
 */
export const shades = {
  actionFill: 0.94,
  actionRule: 0.35,
  tableHeader: 0.88,
  tableBorder: 0.55,
  titleRule: 0.3,
  pageRule: 0.6,
} as const;

/** A grey level as the six hex digits Word wants: 0.94 → "F0F0F0". */
export function hexGrey(level: number): string {
  const clamped = Math.min(1, Math.max(0, level));
  const byte = Math.round(clamped * 255)
    .toString(16)
    .padStart(2, '0')
    .toUpperCase();
  return byte.repeat(3);
}
