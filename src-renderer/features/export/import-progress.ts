import { recordsWritten } from '../shared/records-written';

/**
 * What the Archive card says while an archive is imported, in steps the user can follow: the
 * file read, then checked, then written record by record. A fifteen-year body takes seconds,
 * so the count moves on screen rather than the page standing still.
 */
export type ImportStep =
  { step: 'reading' } | { step: 'checking' } | { step: 'writing'; written: number; total: number };

/** "Importing… 40% (28,000 of 71,000 records written)". */
export function describeImportStep(at: ImportStep): string {
  if (at.step === 'reading') return 'Importing… reading the file';
  if (at.step === 'checking') return 'Importing… checking the archive';
  return `Importing… ${recordsWritten(at.written, at.total)}`;
}

/**
 * Resolves after the browser has painted what is on screen: a step's message shows before
 * the work of that step holds the page.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
