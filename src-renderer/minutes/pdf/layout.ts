import type { DocBlock, MinutesDocument } from '../document';
import { mayBeRtl } from './bidi';
import { bodyLeft, keepTogether, textBoxes, type Box } from './box';
import { blockBoxes } from './blocks';
import type { Faces } from './metrics';
import { paginate } from './paginate';
import { body, furniture, heading, margin, page, textWidth, title } from './style';
import { oneLine, pdfText } from './text';
import type { DrawOp, Face, LaidOutPage, PdfLayout, TextOp } from './types';
import { wrap, type WrappedLine } from './wrap';
import { emphasis, pageNumberText, runningFoot, runningHead, shades } from '../house-style';

/** The header block: body name, meeting title, date/time/venue lines, then a rule. */
function titleBoxes(document: MinutesDocument, faces: Faces): Box[] {
  const at = { x: bodyLeft, width: textWidth };
  const boxes = [
    ...textBoxes(
      [{ text: oneLine(document.header.bodyName), face: emphasis.bodyName }],
      { ...at, size: title.bodySize, leading: 21 },
      faces,
    ),
    ...textBoxes(
      [{ text: oneLine(document.header.title), face: emphasis.title }],
      { ...at, size: title.titleSize, leading: 17 },
      faces,
    ),
    ...document.header.lines.flatMap((line, i) => {
      const lines = textBoxes(
        [{ text: pdfText(line), face: 'regular' }],
        { ...at, size: title.lineSize, leading: 14 },
        faces,
      );
      if (i === 0 && lines[0] !== undefined) lines[0].spaceBefore = 4;
      return lines;
    }),
  ];
  const rule: Box = {
    height: 1,
    spaceBefore: title.ruleGap,
    keepWithNext: false,
    ops: [
      {
        kind: 'line',
        x1: bodyLeft,
        y1: 0.5,
        x2: bodyLeft + textWidth,
        y2: 0.5,
        thickness: 0.75,
        gray: shades.titleRule,
      },
    ],
  };
  return keepTogether([...boxes, rule]);
}

/** Space above a block: more above a heading, less right under one. */
function spaceAbove(block: DocBlock, previous: DocBlock | undefined): number {
  if (previous?.kind === 'heading') return heading[previous.level].after;
  if (block.kind === 'heading') return heading[block.level].before;
  return body.gap;
}

/** A line of page furniture; one with right-to-left text is put in visual order (bidi.ts). */
function furnitureLine(value: string, face: Face, faces: Faces): WrappedLine {
  if (mayBeRtl(value)) {
    const [line] = wrap([{ text: value, face }], Number.POSITIVE_INFINITY, furniture.size, faces);
    return line ?? { runs: [], width: 0, rtl: false };
  }
  const width = faces[face].width(value, furniture.size);
  return { runs: [{ text: value, face, x: 0, width }], width, rtl: false };
}

function text(
  x: number,
  y: number,
  value: string,
  face: Face,
  faces: Faces,
  align: 'left' | 'centre' | 'right',
): DrawOp[] {
  const line = furnitureLine(value, face, faces);
  const left = align === 'left' ? x : align === 'right' ? x - line.width : x - line.width / 2;
  return line.runs.map((run) => {
    const op: TextOp = {
      kind: 'text',
      x: left + run.x,
      y,
      text: run.text,
      face: run.face,
      size: furniture.size,
      width: run.width,
      gray: 0.15,
    };
    if (run.rtl === true) op.rtl = true;
    return op;
  });
}

/**
 * The house style's running head centred at the top of every page ("PUBLIC — DRAFT" while
 * draft), and at the foot the running foot on the left and "Page X of Y" on the right.
 */
function pageFurniture(document: MinutesDocument, n: number, of: number, faces: Faces): DrawOp[] {
  const labels = {
    classificationLabel: oneLine(document.classificationLabel),
    draft: document.draft,
    approved: document.approved ? oneLine(document.approved) : null,
  };
  const right = page.width - margin.right;
  const top = furniture.headerBaseline;
  const foot = furniture.footerBaseline;
  const rule = (y: number): DrawOp => ({
    kind: 'line',
    x1: bodyLeft,
    y1: y,
    x2: right,
    y2: y,
    thickness: 0.5,
    gray: shades.pageRule,
  });
  return [
    ...text(page.width / 2, top, runningHead(labels), emphasis.runningHead, faces, 'centre'),
    rule(top + 7),
    rule(foot - 11),
    ...text(bodyLeft, foot, runningFoot(labels), emphasis.runningFoot, faces, 'left'),
    ...text(right, foot, pageNumberText(n, of), emphasis.pageNumber, faces, 'right'),
  ];
}

/** Each character a face lacks, once, in order of first use. */
function missingCharacters(pages: readonly LaidOutPage[], faces: Faces): string[] {
  const missing = new Set<string>();
  for (const laid of pages) {
    for (const op of [...laid.furniture, ...laid.body]) {
      // DejaVu has every printable ASCII character: only other text needs looking at.
      if (op.kind !== 'text' || !/[^\x20-\x7e]/.test(op.text)) continue;
      for (const char of op.text) {
        if (char !== ' ' && !faces[op.face].has(char.codePointAt(0) ?? 0)) missing.add(char);
      }
    }
  }
  return [...missing];
}

/** Lays out the minutes on A4 pages in the house style. Pure: the same input, the same pages. */
export function layoutDocument(document: MinutesDocument, faces: Faces): PdfLayout {
  const boxes = titleBoxes(document, faces);
  document.blocks.forEach((block, i) => {
    const previous = i === 0 ? undefined : document.blocks[i - 1];
    boxes.push(...blockBoxes(block, faces, i === 0 ? 14 : spaceAbove(block, previous)));
  });
  const bodies = paginate(boxes);
  const pages = bodies.map((ops, i) => ({
    width: page.width,
    height: page.height,
    body: ops,
    furniture: pageFurniture(document, i + 1, bodies.length, faces),
  }));
  return { pages, missingCharacters: missingCharacters(pages, faces) };
}
