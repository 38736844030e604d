/**
 * The laid-out pages: what the PDF writer draws and what the export screen previews, so the
 * preview shows exactly the PDF's layout. Lengths are PDF points; y runs down from the top
 * of the page (the writer flips it for PDF).
 */

export type Face = 'regular' | 'bold';

/** A run of text on one line; y is its baseline, width is measured with the face. */
export interface TextOp {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  face: Face;
  size: number;
  width: number;
  /** Gray level, 0 black … 1 white. */
  gray: number;
  /** Set on the lines of a heading: the text around a heading does not run on into it. */
  heading?: true;
  /**
   * Right-to-left text (Arabic, Hebrew), in logical order as typed: shaped and drawn right to
   * left from x to x + width. A line's ops stay in logical order, each at its visual place.
   */
  rtl?: true;
}

/** A filled and/or stroked rectangle; y is its top edge. */
export interface RectOp {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: number | null;
  stroke: number | null;
}

export interface LineOp {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  thickness: number;
  gray: number;
}

export type DrawOp = TextOp | RectOp | LineOp;

/** Which part of the page an op belongs to, for the margin checks of the tests. */
export interface LaidOutPage {
  width: number;
  height: number;
  /** The body text and tables. */
  body: DrawOp[];
  /** Running header and footer: classification, DRAFT, "Page X of Y". */
  furniture: DrawOp[];
}

export interface PdfLayout {
  pages: LaidOutPage[];
  /** Characters a face lacks, each once, in order of first use: shown as an empty box. */
  missingCharacters: string[];
}
