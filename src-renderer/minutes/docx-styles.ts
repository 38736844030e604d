import { AlignmentType, BorderStyle, LevelFormat, ShadingType, type IStylesOptions } from 'docx';
import type { INumberingOptions } from 'docx';
import { hexGrey, shades } from './house-style';

/**
 * The Word styles of the minutes, named as Word names its own, so a secretary who edits the
 * DOCX finds Heading 1, Heading 2, List Bullet and a table style in the styles pane rather
 * than direct formatting. Sizes are in half-points, spacing in twentieths of a point. Shading
 * and emphasis follow the house style the PDF shares (house-style.ts).
 */

/** A4 with 2.5 cm margins, in twentieths of a point. */
export const page = { width: 11906, height: 16838, margin: 1418 } as const;
export const textWidth = page.width - 2 * page.margin;

/** Where a heading's title starts after its number (the PDF's indent, 28 and 34 pt). */
const headingIndent = { 1: 560, 2: 680 } as const;

const rule = (level: number, eighths: number, space: number) => ({
  style: BorderStyle.SINGLE,
  size: eighths,
  color: hexGrey(level),
  space,
});

export const fontName = 'Arial';
export const bulletReference = 'minutes-bullets';
export const tableStyleId = 'MinutesTable';

const text = '1F1F1F';

export const styles: IStylesOptions = {
  default: {
    document: {
      run: { font: fontName, size: 22, color: text },
      paragraph: { spacing: { after: 160, line: 264 } },
    },
    title: {
      run: { font: fontName, size: 36, bold: true, color: text },
      paragraph: { spacing: { after: 60 } },
    },
    heading1: {
      run: { font: fontName, size: 24, bold: true, color: text },
      paragraph: {
        spacing: { before: 320, after: 120 },
        indent: { left: headingIndent[1], hanging: headingIndent[1] },
        keepNext: true,
        keepLines: true,
      },
    },
    heading2: {
      run: { font: fontName, size: 22, bold: true, color: text },
      paragraph: {
        spacing: { before: 240, after: 100 },
        indent: { left: headingIndent[2], hanging: headingIndent[2] },
        keepNext: true,
        keepLines: true,
      },
    },
  },
  paragraphStyles: [
    {
      id: 'Subtitle',
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: 28, bold: true },
      paragraph: { spacing: { after: 120 } },
    },
    {
      id: 'HeaderLine',
      name: 'Meeting Details',
      basedOn: 'Normal',
      next: 'Normal',
      paragraph: { spacing: { after: 0 } },
    },
    {
      id: 'HeaderLineLast',
      name: 'Meeting Details Last',
      basedOn: 'HeaderLine',
      next: 'Normal',
      paragraph: {
        spacing: { after: 280 },
        border: { bottom: rule(shades.titleRule, 6, 8) },
      },
    },
    {
      id: 'ListBullet',
      name: 'List Bullet',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { spacing: { after: 80 }, indent: { left: 720, hanging: 360 } },
    },
    {
      // The action panel: shaded, a rule on its left, text inset from both.
      id: 'MinutesAction',
      name: 'Action',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      paragraph: {
        spacing: { before: 200, after: 200 },
        // Text inset 12.5 pt from the rule and 10 pt from the right edge, as in the PDF; the
        // borders in the fill colour widen the shading to the margins and pad it.
        indent: { left: 250, right: 200 },
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: hexGrey(shades.actionFill) },
        border: {
          left: rule(shades.actionRule, 20, 10),
          right: rule(shades.actionFill, 4, 10),
          top: rule(shades.actionFill, 4, 5),
          bottom: rule(shades.actionFill, 4, 5),
        },
        keepLines: true,
      },
    },
    {
      id: 'MinutesNote',
      name: 'Post Meeting Note',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      paragraph: { keepLines: true },
    },
    {
      id: 'MinutesMark',
      name: 'Classification Mark',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { bold: true },
      paragraph: { spacing: { after: 80 }, keepNext: true },
    },
    {
      id: 'TableCaption',
      name: 'Table Caption',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { bold: true },
      paragraph: { spacing: { before: 120, after: 80 }, keepNext: true },
    },
    {
      // Smaller than the body, as in the PDF (8.5 pt DejaVu Sans sets about as wide as 9.5 pt Arial).
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: 19 },
      paragraph: { spacing: { before: 40, after: 40 } },
    },
    {
      id: 'HeaderText',
      name: 'Page Header Text',
      basedOn: 'Normal',
      run: { size: 17 },
      paragraph: {
        spacing: { after: 0 },
        alignment: AlignmentType.CENTER,
        border: { bottom: rule(shades.pageRule, 4, 4) },
      },
    },
    {
      id: 'FooterText',
      name: 'Page Footer Text',
      basedOn: 'Normal',
      run: { size: 17 },
      paragraph: {
        spacing: { after: 0 },
        alignment: AlignmentType.LEFT,
        rightTabStop: textWidth,
        border: { top: rule(shades.pageRule, 4, 4) },
      },
    },
  ],
};

export const numbering: INumberingOptions = {
  config: [
    {
      reference: bulletReference,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '\u2022',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 720, hanging: 360 } } },
        },
      ],
    },
  ],
};

/**
 * A real Word table style (grid lines, shaded bold header row, cell margins) that every table
 * of the minutes uses. docx writes no table styles of its own, and giving it one through
 * `importedStyles` drops its default styles, so this is added to word/styles.xml after packing.
 */
export const tableStyleXml = `<w:style w:type="table" w:styleId="${tableStyleId}"><w:name w:val="Minutes Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${hexGrey(shades.tableBorder)}"/>`).join('')}</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${hexGrey(shades.tableHeader)}"/></w:tcPr></w:tblStylePr></w:style>`;
