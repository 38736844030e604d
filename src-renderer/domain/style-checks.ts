import type { HouseStyle } from './style';
import { limits } from './text';

/** The largest first minute number a style may set: far beyond any body's history. */
export const maxFirstMinuteNumber = 1_000_000;

const oneOf =
  (values: readonly string[], message: string) =>
  (value: unknown): string | undefined =>
    typeof value === 'string' && values.includes(value) ? undefined : message;

const oneLine =
  (name: string, max: number = limits.shortText) =>
  (value: unknown): string | undefined => {
    if (typeof value !== 'string') return `${name} must be text.`;
    if (/[\r\n]/.test(value)) return `${name} is one line.`;
    return value.length > max ? `${name} is too long.` : undefined;
  };

const anyText =
  (name: string) =>
  (value: unknown): string | undefined => {
    if (typeof value !== 'string') return `${name} must be text.`;
    return value.length > limits.longText ? `${name} is too long.` : undefined;
  };

const onOff =
  (name: string) =>
  (value: unknown): string | undefined =>
    typeof value === 'boolean' ? undefined : `${name} is either on or off.`;

/**
 * The checks of the style fields that styles added (format 5), each giving the sentence a
 * secretary reads; the fields a body had before keep their own checks (body-settings.ts).
 * The values may come from an archive, a style file or a replayed edit, whatever the types say.
 */
const checks: Partial<Record<keyof HouseStyle, (value: unknown) => string | undefined>> = {
  styleName: oneLine('The style’s name', 100),
  minuteNumbering: oneOf(
    ['meeting', 'running', 'none'],
    'Items are numbered in each meeting, running on, or not at all.',
  ),
  firstMinuteNumber: (value) =>
    Number.isInteger(value) && (value as number) >= 0 && (value as number) <= maxFirstMinuteNumber
      ? undefined
      : `The first number is a whole number from 0 to ${maxFirstMinuteNumber.toLocaleString('en-GB')}.`,
  paragraphNumbers: onOff('Numbering paragraphs'),
  privatePart: onOff('The private part'),
  privatePartHeading: oneLine('The heading of the private part'),
  privatePartResolution: anyText('The resolution that opens the private part'),
  actionRefCounter: oneOf(
    ['meeting', 'year', 'body'],
    'The action sequence counts over each meeting, each year, or the body’s life.',
  ),
  actionLabel: oneLine('The action label'),
  closedActionLabel: (value) =>
    oneLine('The label of a closed action')(value) ??
    ((value as string).includes('{ref}')
      ? undefined
      : 'The label of a closed action needs {ref}, the action’s reference.'),
  peopleDisplay: oneOf(['names', 'initials'], 'People are shown by name or by initials.'),
  outstandingPlacement: oneOf(
    ['item', 'appendix', 'none'],
    'Outstanding actions go in their item, in an appendix, or nowhere.',
  ),
  minutesTitle: oneLine('The minutes’ title'),
  agendaTitle: oneLine('The agenda’s title'),
  decisionForm: oneOf(
    ['verbs', 'resolved', 'plain'],
    'Decisions read “The Panel NOTED …”, “RESOLVED that …”, or as plain sentences.',
  ),
  agendaConfidentialItems: oneOf(
    ['title', 'omit'],
    'A confidential item is shown in the public agenda by its title, or left out.',
  ),
};

/** The first thing wrong with the style fields of `style`, or undefined when all are fine. */
export function houseStyleError(style: HouseStyle): string | undefined {
  for (const [key, check] of Object.entries(checks)) {
    const error = check(style[key as keyof HouseStyle]);
    if (error !== undefined) return error;
  }
  return undefined;
}
