/**
 * The house style of the PDF minutes, modelled on the reference minutes as Word sets them:
 * A4, 2.54 cm margins, bold numbered item headings, bullets, decisions as a list under
 * "The Panel:", actions set apart, tables with a shaded header row.
 */

import { shades } from '../house-style';

/** A4 in points. */
export const page = { width: 595.28, height: 841.89 } as const;

/** Word's default margins (2.54 cm), and where the running header and footer sit. */
export const margin = { top: 72, bottom: 72, left: 72, right: 72 } as const;
export const furniture = { headerBaseline: 42, footerBaseline: page.height - 34, size: 8.5 };

export const textWidth = page.width - margin.left - margin.right;
export const bodyHeight = page.height - margin.top - margin.bottom;

/** Body text: size, line advance and space between paragraphs. */
export const body = { size: 10, leading: 14, gap: 8 } as const;

export const title = { bodySize: 16, titleSize: 12.5, lineSize: 10, ruleGap: 10 } as const;

export const heading = {
  1: { size: 11.5, leading: 15, before: 16, after: 6, indent: 28 },
  2: { size: 10.5, leading: 14, before: 10, after: 4, indent: 34 },
} as const;

export const bullet = { indent: 14, textIndent: 30, gap: 3 } as const;

/** The action panel: shaded, with a rule on its left (shades from the house style). */
export const action = {
  padX: 10,
  padY: 6,
  fill: shades.actionFill,
  rule: shades.actionRule,
  ruleWidth: 2.5,
} as const;

export const table = {
  size: 8.5,
  leading: 11.5,
  padX: 4,
  padY: 4,
  headerFill: shades.tableHeader,
  border: shades.tableBorder,
  captionSize: 10.5,
} as const;
