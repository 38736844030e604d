import type { Classification, ItemStatus } from './model';
import type { StylePresetId } from './style';
import { isIsoDate, isTime, limits, tidyName } from './text';

/** Field name → what is wrong with it, in words a secretary understands. */
export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export interface BodyInput {
  name: string;
  minutesName: string;
  actionPrefix: string;
  secretariat: string;
  /** The house style the body starts with; the SEC Panel's when not said. */
  preset?: StylePresetId;
}

export interface MeetingInput {
  number: number;
  date: string;
  startTime: string;
  venue: string;
}

export interface ItemInput {
  title: string;
  presenter: string;
  paperRefs: readonly string[];
  classification: Classification;
  plannedMinutes: number | null;
  status: ItemStatus;
  publicSummary: string;
}

const itemStatuses: readonly string[] = ['pending', 'current', 'done', 'deferred', 'withdrawn'];
const maxPaperRefs = 50;

function required(value: string, label: string): string | undefined {
  if (tidyName(value) === '') return `${label} is required.`;
  if (value.length > limits.shortText)
    return `${label} is too long (${String(limits.shortText)} characters at most).`;
  return undefined;
}

function compact<K extends string>(errors: Record<K, string | undefined>): FieldErrors<K> {
  const out: FieldErrors<K> = {};
  for (const key of Object.keys(errors) as K[]) {
    const message = errors[key];
    if (message !== undefined) out[key] = message;
  }
  return out;
}

/**
 * 11 March 2016 written as `locale` writes a date in figures ("11/03/2016" in en-GB,
 * "03/11/2016" in en-US), which is the order a browser's date field takes the figures in.
 * Without a locale, the runtime's own (in the app: the one its date fields use).
 */
export function exampleDate(locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(2016, 2, 11));
}

/** What a bad or missing date is told: what to enter, e.g. "Enter a date such as 11/03/2016." */
export function dateMessage(locale?: string): string {
  return `Enter a date such as ${exampleDate(locale)}.`;
}

/** The same for a named date: "Enter the due date as a date such as 11/03/2016." */
export function namedDateMessage(what: string, locale?: string): string {
  return `Enter ${what} as a date such as ${exampleDate(locale)}.`;
}

/** Checks a new body; returns an empty object when it is fine. */
export function validateBodyInput(input: BodyInput): FieldErrors<keyof BodyInput> {
  return compact({
    name: required(input.name, 'Name'),
    minutesName: required(input.minutesName, 'How the minutes name the body'),
    actionPrefix: /^[\p{L}\p{N}_-]{0,20}$/u.test(input.actionPrefix.trim())
      ? undefined
      : 'The action prefix is up to 20 letters, digits, "-" or "_".',
    secretariat: required(input.secretariat, 'Secretariat'),
  });
}

/** Checks a new meeting against the numbers the body already uses. */
export function validateMeetingInput(
  input: MeetingInput,
  usedNumbers: readonly number[],
): FieldErrors<keyof MeetingInput> {
  let number: string | undefined;
  if (!Number.isInteger(input.number) || input.number < 1 || input.number > 99_999) {
    number = 'The meeting number is a whole number from 1.';
  } else if (usedNumbers.includes(input.number)) {
    number = `Meeting ${String(input.number)} already exists for this body.`;
  }
  return compact({
    number,
    date: isIsoDate(input.date) ? undefined : dateMessage(),
    startTime: isTime(input.startTime) ? undefined : 'The time is written HH:MM, e.g. 10:00.',
    venue: input.venue.length > limits.shortText ? 'The venue is too long.' : undefined,
  });
}

/** Checks an agenda item's editable fields. */
export function validateItemInput(input: ItemInput): FieldErrors<keyof ItemInput> {
  const planned = input.plannedMinutes;
  return compact({
    title: required(input.title, 'Title'),
    presenter: input.presenter.length > limits.shortText ? 'The presenter is too long.' : undefined,
    // Input may come from an archive written elsewhere, whatever the types say.
    classification: (['public', 'confidential'] as readonly string[]).includes(input.classification)
      ? undefined
      : 'The classification is public or confidential.',
    plannedMinutes:
      planned === null || (Number.isInteger(planned) && planned >= 0 && planned <= 24 * 60)
        ? undefined
        : 'Planned time is a whole number of minutes.',
    paperRefs:
      input.paperRefs.length <= maxPaperRefs &&
      input.paperRefs.every((r) => typeof r === 'string' && r.length <= limits.shortText)
        ? undefined
        : `Paper references are at most ${String(maxPaperRefs)}, each up to ${String(limits.shortText)} characters.`,
    status: itemStatuses.includes(input.status) ? undefined : 'That item status is unknown.',
    publicSummary:
      input.publicSummary.length > limits.longText ? 'The public summary is too long.' : undefined,
  });
}
