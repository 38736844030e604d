import { AlignmentType, LevelFormat, type IStylesOptions } from 'docx';
import type { INumberingOptions } from 'docx';

/**
 * The Word styles of the minutes, named as Word names its own, so a secretary who edits the
 * DOCX finds Heading 1, Heading 2, List Bullet and a table style in the styles pane rather
 * than direct formatting. Sizes are in half-points, spacing in twentieths of a point.
 */

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
      paragraph: { spacing: { before: 320, after: 120 }, keepNext: true, keepLines: true },
    },
    heading2: {
      run: { font: fontName, size: 22, bold: true, color: text },
      paragraph: { spacing: { before: 240, after: 100 }, keepNext: true, keepLines: true },
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
      id: 'ListBullet',
      name: 'List Bullet',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { spacing: { after: 80 }, indent: { left: 720, hanging: 360 } },
    },
    {
      id: 'MinutesAction',
      name: 'Action',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { bold: true },
      paragraph: { spacing: { before: 120, after: 200 }, keepLines: true },
    },
    {
      id: 'MinutesNote',
      name: 'Post Meeting Note',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { italics: true },
      paragraph: { keepLines: true },
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
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      paragraph: { spacing: { before: 40, after: 40 } },
    },
    {
      id: 'HeaderText',
      name: 'Page Header Text',
      basedOn: 'Normal',
      run: { size: 18, bold: true },
      paragraph: { spacing: { after: 0 }, alignment: AlignmentType.RIGHT },
    },
    {
      id: 'FooterText',
      name: 'Page Footer Text',
      basedOn: 'Normal',
      run: { size: 18 },
      paragraph: { spacing: { after: 0 }, alignment: AlignmentType.CENTER },
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
export const tableStyleXml = `<w:style w:type="table" w:styleId="${tableStyleId}"><w:name w:val="Minutes Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/></w:tcPr></w:tblStylePr></w:style>`;
