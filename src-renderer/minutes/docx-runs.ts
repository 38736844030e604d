import { Paragraph, Tab, TextRun, type IRunOptions } from 'docx';
import { bulletReference } from './docx-styles';
import type { Emphasis } from './house-style';
import { sanitizeText } from './sanitize';

/** The runs and paragraphs the DOCX writer builds every block from. */
export type RunStyle = Pick<IRunOptions, 'bold' | 'size'>;

/** The run style of a house-style emphasis. */
export const face = (e: Emphasis): RunStyle => ({ bold: e === 'bold' });

/** Runs for text that may hold line breaks and tabs: a Word break or tab for each. */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return sanitizeText(text)
    .split('\n')
    .map(
      (line, i) =>
        new TextRun({
          ...style,
          break: i > 0 ? 1 : undefined,
          children: line.split('\t').flatMap((part, j) => (j > 0 ? [new Tab(), part] : [part])),
        }),
    );
}

/**
 * A paragraph under widow and orphan control: Word never leaves one of its lines alone at the
 * foot or the head of a page (the PDF's paragraphBoxes does the same). `keepNext` stands it on
 * the page of the paragraph after it.
 */
export function paragraph(
  text: string,
  style?: string,
  run: RunStyle = {},
  keepNext = false,
): Paragraph {
  return new Paragraph({
    style,
    widowControl: true,
    keepNext: keepNext || undefined,
    children: runs(text, run),
  });
}

function bullet(text: string, keepNext: boolean): Paragraph {
  return new Paragraph({
    style: 'ListBullet',
    numbering: { reference: bulletReference, level: 0 },
    widowControl: true,
    keepNext: keepNext || undefined,
    children: runs(text),
  });
}

/**
 * A list that never leaves one line alone across a page break, as the PDF sets it: the first
 * item stands with the second and the last with the one before (keepNext), and each item's
 * own lines hold two together (widowControl).
 */
export function list(items: readonly string[]): Paragraph[] {
  const last = items.length - 1;
  return items.map((item, i) => bullet(item, last > 0 && (i === 0 || i === last - 1)));
}
