/** The minutes: one document model per variant, rendered as DOCX and PDF. */
export type * from './document';
export { fetchPdfFonts, loadPdfFonts, pdfFontFiles, type PdfFonts } from './fonts';
export { renderPdf, fixedPdfDate, type PdfRendering } from './pdf/render';
export type { DrawOp, LaidOutPage, PdfLayout } from './pdf/types';
export { buildMinutes, findMeeting, longDate, actionSentence } from './build';
export { renderDocx } from './docx';
export { fixedDocxDate } from './docx-zip';
export { LeakError, classifyTexts, documentText, type ConfidentialText } from './leak-guard';
export { sanitizeText, sanitizeLine } from './sanitize';
