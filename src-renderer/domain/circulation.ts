import type { Classification } from './model';
import { limits } from './text';

/** What the circulation templates' placeholders stand for. */
export interface CirculationValues {
  /** The body's name: "SEC Panel". */
  body: string;
  /** The meeting's number: "30". */
  meeting: string;
  /** The meeting's date as the e-mail prints it: "10 March 2016". */
  date: string;
}

/** The placeholders of the circulation subject and message, with what each gives. */
export const circulationPlaceholders: readonly [string, string][] = [
  ['{body}', 'the body’s name'],
  ['{meeting}', 'the meeting’s number'],
  ['{date}', 'the meeting’s date'],
];

/** A template with {body}, {meeting} and {date} filled in; other braces are left as typed. */
export function fillCirculationTemplate(template: string, values: CirculationValues): string {
  return template.replace(
    /\{(body|meeting|date)\}/g,
    (_, key: keyof CirculationValues) => values[key],
  );
}

/** One line fit for a header: line breaks and control characters become spaces. */
export function oneLine(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The e-mail's subject from the body's template: one line, and for the confidential papers
 * "CONFIDENTIAL: " in front unless the subject already says so.
 */
export function circulationSubjectLine(
  template: string,
  values: CirculationValues,
  variant: Classification,
): string {
  const subject = oneLine(fillCirculationTemplate(template, values));
  if (variant === 'public' || /\bCONFIDENTIAL\b/.test(subject)) return subject;
  return `CONFIDENTIAL: ${subject}`;
}

/** Checks the subject template (one line) or the message template of a body. */
export function circulationTemplateError(
  which: 'subject' | 'message',
  template: string,
): string | undefined {
  if (typeof template !== 'string') return 'The template is text.';
  if (which === 'subject') {
    if (template.length > limits.shortText) return 'The subject is too long.';
    if (/[\r\n]/.test(template)) return 'The subject is one line.';
    return undefined;
  }
  return template.length > limits.longText ? 'The message is too long.' : undefined;
}
