import type { DocBlock } from '../document';
import { startsRtl } from './bidi';
import {
  baseline,
  bodyLeft,
  keepTogether,
  moved,
  paragraphBoxes,
  textBoxes,
  type Box,
} from './box';
import type { Faces } from './metrics';
import { tableBoxes } from './table';
import { oneLine, pdfText } from './text';
import { action, body, bullet, heading, textWidth } from './style';
import { emphasis, headingNumber } from '../house-style';

// Running text: a right-to-left paragraph is set flush right (see textBoxes).
const bodyStyle = {
  size: body.size,
  leading: body.leading,
  x: bodyLeft,
  width: textWidth,
  align: 'start' as const,
};

function headingBoxes(block: Extract<DocBlock, { kind: 'heading' }>, faces: Faces, space: number) {
  const style = heading[block.level];
  // "4." for an item, "4.1" for a sub-item: the house style's numbers, as the DOCX prints them.
  const number = headingNumber(block.level, oneLine(block.number));
  const indent = number === '' ? 0 : style.indent;
  const boxes = textBoxes(
    [{ text: oneLine(block.text), face: emphasis.heading }],
    { size: style.size, leading: style.leading, x: bodyLeft + indent, width: textWidth - indent },
    faces,
  );
  const first = boxes[0];
  if (first !== undefined && number !== '') {
    first.ops.unshift({
      kind: 'text',
      x: bodyLeft,
      y: baseline(style),
      text: number,
      face: emphasis.heading,
      size: style.size,
      width: faces[emphasis.heading].width(number, style.size),
      gray: 0,
    });
  }
  if (first !== undefined) first.spaceBefore = space;
  for (const op of boxes.flatMap((box) => box.ops)) if (op.kind === 'text') op.heading = true;
  // A heading always stands with the first line of what follows it.
  return boxes.map((box) => ({ ...box, keepWithNext: true }));
}

/**
 * A list; an item that reads right to left has its bullet at the right, as it is read. It
 * never leaves one line alone across a page break: its first two lines stand together and so
 * do its last two (a one-line first or last item keeps with its neighbour), and each item's
 * own lines hold two together (paragraphBoxes).
 */
function bulletBoxes(items: readonly string[], faces: Faces, space: number): Box[] {
  const boxes = itemBoxes(items, faces, space);
  const [first] = boxes;
  if (first !== undefined && boxes.length >= 2) first.keepWithNext = true;
  const beforeLast = boxes.at(-2);
  if (beforeLast !== undefined) beforeLast.keepWithNext = true;
  return boxes;
}

function itemBoxes(items: readonly string[], faces: Faces, space: number): Box[] {
  const width = textWidth - bullet.textIndent;
  const dot = faces.regular.width('•', body.size);
  return items.flatMap((item, i) => {
    const text = pdfText(item);
    const rtl = startsRtl(text);
    const boxes = paragraphBoxes(
      [{ text, face: 'regular' }],
      { ...bodyStyle, x: rtl ? bodyLeft : bodyLeft + bullet.textIndent, width },
      faces,
      i === 0 ? space : bullet.gap,
    );
    // The bullet is drawn before its text, so that text extraction reads "• item".
    boxes[0]?.ops.unshift({
      kind: 'text',
      x: rtl ? bodyLeft + textWidth - bullet.indent - dot : bodyLeft + bullet.indent,
      y: baseline(bodyStyle),
      text: '•',
      face: 'regular',
      size: body.size,
      width: dot,
      gray: 0,
    });
    return boxes;
  });
}

/** The label in bold before the sentence, or after the action's own words, as the style says. */
function actionSpans(block: Extract<DocBlock, { kind: 'action' }>) {
  const number = block.number ? `${block.number} ` : '';
  const label = oneLine(block.label);
  const text = pdfText(block.text.trim());
  return block.labelAfter
    ? [
        { text: `${number}${text} `, face: emphasis.actionText },
        { text: label, face: emphasis.actionLabel },
      ]
    : [
        { text: `${number}${label}`, face: emphasis.actionLabel },
        { text: ` ${text}`, face: emphasis.actionText },
      ];
}

/**
 * The action panel: shaded, a rule on its left, "ACTION SECP30/01:" in bold, then the
 * sentence, which carries its owner ("SECAS to look into …"), as the house style says.
 */
function actionBoxes(block: Extract<DocBlock, { kind: 'action' }>, faces: Faces, space: number) {
  const inset = action.ruleWidth + action.padX;
  const lines = textBoxes(
    actionSpans(block),
    { ...bodyStyle, x: bodyLeft + inset, width: textWidth - 2 * inset },
    faces,
  );
  const last = lines.length - 1;
  const boxes = lines.map((line, i) => {
    const top = i === 0 ? action.padY : 0;
    const height = line.height + top + (i === last ? action.padY : 0);
    const ops = line.ops.map((op) => moved(op, top));
    return {
      ...line,
      height,
      spaceBefore: i === 0 ? space + 2 : 0,
      ops: [
        {
          kind: 'rect' as const,
          x: bodyLeft,
          y: 0,
          width: textWidth,
          height,
          fill: action.fill,
          stroke: null,
        },
        {
          kind: 'rect' as const,
          x: bodyLeft,
          y: 0,
          width: action.ruleWidth,
          height,
          fill: action.rule,
          stroke: null,
        },
        ...ops,
      ],
    };
  });
  return keepTogether(boxes);
}

/** The boxes of one block; `space` is the gap above it. */
export function blockBoxes(block: DocBlock, faces: Faces, space: number): Box[] {
  switch (block.kind) {
    case 'heading':
      return headingBoxes(block, faces, space);
    case 'paragraph':
      return paragraphBoxes(
        [{ text: pdfText(block.text), face: 'regular' }],
        bodyStyle,
        faces,
        space,
      );
    case 'bullets':
      return bulletBoxes(block.items, faces, space);
    case 'decisions': {
      if (block.lead === null) {
        return paragraphBoxes(
          [{ text: pdfText(block.lines.join(' ')), face: 'regular' }],
          bodyStyle,
          faces,
          space,
        );
      }
      const lead = paragraphBoxes(
        [{ text: pdfText(block.lead), face: 'regular' }],
        bodyStyle,
        faces,
        space,
      );
      const lastLead = lead.at(-1);
      if (lastLead !== undefined) lastLead.keepWithNext = true;
      if (block.numbered === true) {
        const lines = block.lines.flatMap((line) =>
          paragraphBoxes([{ text: pdfText(line), face: 'regular' }], bodyStyle, faces, space),
        );
        return [...lead, ...lines];
      }
      return [...lead, ...bulletBoxes(block.lines, faces, bullet.gap + 1)];
    }
    case 'action':
      return actionBoxes(block, faces, space);
    case 'note': {
      const spans = [
        { text: oneLine(block.label), face: emphasis.noteLabel },
        { text: ` ${pdfText(block.text.trim())}`, face: emphasis.noteText },
      ];
      return paragraphBoxes(spans, bodyStyle, faces, space);
    }
    case 'mark': {
      const boxes = paragraphBoxes(
        [{ text: oneLine(block.text), face: emphasis.mark }],
        bodyStyle,
        faces,
        space,
      );
      // The mark stands with what it marks.
      return boxes.map((box) => ({ ...box, keepWithNext: true }));
    }
    case 'table':
      return tableBoxes(block, faces, space);
  }
}
