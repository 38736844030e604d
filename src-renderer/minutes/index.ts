/** The minutes and the agenda: one document model per variant, rendered as DOCX and PDF. */
export type * from './document';
export { fetchPdfFonts, loadPdfFonts, pdfFontFiles, type PdfFonts } from './fonts';
export { renderPdf, fixedPdfDate, type PdfRendering } from './pdf/render';
export type { DrawOp, LaidOutPage, PdfLayout } from './pdf/types';
export { buildMinutes } from './build';
export { agendaConfidentialItemsOf, buildAgenda, type AgendaOptions } from './agenda';
export { agendaTimes, clockTime, type ItemTime } from './agenda-times';
export { findMeeting } from './find';
export { longDate, actionSentence } from './wording';
export { renderDocx } from './docx';
export { fixedDocxDate } from './docx-zip';
export { writeMinutes, type Format, type WrittenMinutes } from './write';
export {
  LeakError,
  acceptanceOf,
  findingsIn,
  isAccepted,
  notProduced,
  type Finding,
  type Place,
} from './guard';
export { sanitizeText, sanitizeLine } from './sanitize';
export {
  writeActionLog,
  actionLogTitle,
  type LogFormat,
  type WrittenLog,
} from './action-log-write';
export { ActionLogLeakError } from './action-log-guard';
export type { LogRowSource } from './action-log-export';
