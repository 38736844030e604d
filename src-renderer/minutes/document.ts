import type { Emphasis } from './house-style';

/**
 * The minutes document: what one variant (confidential or public) of a meeting's minutes
 * says, in reading order, before any format is chosen. It is built once per variant
 * (redaction happens there) and rendered by the DOCX and the PDF writers alike, so both
 * formats always carry the same words.
 *
 * How the builder (build.ts) uses the blocks, so both writers render them alike:
 * - `heading` with `number: ''` is an unnumbered section heading ("Attendance", "Summary of
 *   actions"): print the text alone, without "number. ".
 * - Attendance is one `table` per role, captioned "Present", "Apologies", "In attendance",
 *   columns Name / Organisation / Note; a role nobody had is left out.
 * - The Actions Outstanding table is a `table` captioned "Actions Outstanding" with columns
 *   "Action Reference" / "Update", placed inside that item after its paragraphs.
 * - The closing summary is a level-1 heading "Summary of actions" and a `table` captioned
 *   "Actions arising from Meeting 30" (Reference / Owner / Action / Due).
 * - `action.text` is the whole sentence after the label, owner included ("SECAS to look
 *   into …"): print `label` ("ACTION SECP30/01:") in bold, then the text; or, with
 *   `labelAfter`, the action's own words then the label ("… Action: Head of Legal Services.");
 *   `owner` is there for styling only.
 * - `header.title` is printed as it stands ("Minutes of Meeting 30"); `header.lines` are
 *   "Thursday 10 March 2016", "Time: 10:00", "Venue: …" in that order.
 * - A deferred or withdrawn item has the body's line for it ("This item was withdrawn.") as a
 *   paragraph right under its heading. In the confidential minutes a confidential item has a
 *   `mark` ("CONFIDENTIAL") under its heading, then a `note` labelled "Public summary:" giving
 *   what the public minutes print for it.
 * - Wording, emphasis and shading of every block come from house-style.ts, read by both
 *   writers; text typed by the user has been typeset (curly quotes) already.
 *
 * The agenda of a meeting (agenda.ts) is a document of the same model, written by the same
 * writers and checked by the same leak guard: the same title block ("Agenda of Meeting 30"),
 * then one `table` with no caption, a row per item (Item / Title / Presenter / Papers /
 * Time). Its title cells are styled ({@link CellStyle}): the title, set in by the item's depth,
 * then the confidential mark in bold, the body's line for a deferred or withdrawn item, or
 * the public summary of an item the public agenda shows by its title.
 */

/** Which document of a meeting: its minutes, or its agenda. */
export type DocumentKind = 'minutes' | 'agenda';

export type Variant = 'confidential' | 'public';

export interface TableColumn {
  title: string;
  /** Share of the text width, 0–1; the shares of a table add up to 1. */
  width: number;
}

/**
 * How a table cell is set beyond plain text. Its text is then read as paragraphs, one a line,
 * each in its own face: an item's title, then "CONFIDENTIAL" in bold under it.
 */
export interface CellStyle {
  /** The face of each line of the cell's text, in order; a line past the list is regular. */
  emphasis?: Emphasis[];
  /**
   * Steps (house-style.ts, `cellIndent`) the cell is set in from its column's edge: a
   * sub-item's depth. Never more than half the column.
   */
  indent?: number;
}

export type DocBlock =
  /**
   * An item heading, "4. Privacy Assessment — Decision Making Principles" (level 1), or a
   * sub-item (2); `number` is '' for an unnumbered section heading.
   */
  | { kind: 'heading'; level: 1 | 2; number: string; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  /** One decision: lead null and one line, the whole sentence. Several: "The Panel:" and the list. */
  | {
      kind: 'decisions';
      lead: string | null;
      lines: string[];
      /** The lines are numbered paragraphs ("(1) …"), not bullets; the lead keeps with the first. */
      numbered?: boolean;
    }
  /**
   * "ACTION SECP30/01: SECAS to …", set apart from the text around it. `number`, when the body
   * numbers paragraphs ("5.3"), is printed before the label.
   */
  | {
      kind: 'action';
      reference: string;
      owner: string;
      text: string;
      number?: string;
      /** The label in bold, "ACTION SECP30/01:", as the body's style words it. */
      label: string;
      /** The label follows the text ("… Action: Head of Legal Services.") instead of leading. */
      labelAfter: boolean;
    }
  /** A labelled paragraph: "Post Meeting Note: …", "Public summary: …". */
  | { kind: 'note'; label: string; text: string }
  /** A marked line under a heading: "CONFIDENTIAL". */
  | { kind: 'mark'; text: string }
  /**
   * A table; an empty caption is not printed. `styles`, when given, sets cells apart, row by
   * row and cell by cell as `rows` (a missing entry is plain text).
   */
  | {
      kind: 'table';
      caption: string;
      columns: TableColumn[];
      rows: string[][];
      styles?: (CellStyle | undefined)[][];
    };

export interface MinutesDocument {
  /** The agenda, or (when absent) the minutes: the leak guard checks each for what it prints. */
  kind?: DocumentKind;
  variant: Variant;
  /** "CONFIDENTIAL" or "PUBLIC": printed in every page header or footer. */
  classificationLabel: string;
  /** True until the minutes are approved: "DRAFT" is printed on every page. */
  draft: boolean;
  /**
   * "Approved at meeting 30 on 10 March 2016": printed instead of "DRAFT" once a later meeting
   * approved the minutes; absent or null otherwise.
   */
  approved?: string | null;
  /** Document properties set by the app (title, author, subject). */
  metadata: { title: string; author: string; subject: string };
  /** The header block: body, meeting number, date, time, venue. */
  header: { bodyName: string; title: string; lines: string[] };
  /** The document's blocks in reading order: attendance, items, the closing action summary. */
  blocks: DocBlock[];
}
