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

/** The title under the body's name: "Minutes of Meeting 30". */
export function minutesTitle(meetingNumber: number): string {
  return `Minutes of Meeting ${String(meetingNumber)}`;
}

/** The agenda's title under the body's name, as the minutes' reads: "Agenda of Meeting 30". */
export function agendaTitle(meetingNumber: number): string {
  return `Agenda of Meeting ${String(meetingNumber)}`;
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
