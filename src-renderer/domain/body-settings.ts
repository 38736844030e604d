import type { Body, Member } from './model';
import type { FieldErrors } from './validation';
import { templateHasSequence } from './action-ref';
import { limits, tidyName } from './text';

/** Bounds on a body's settings: generous for any real body, small enough to show on one screen. */
export const bodySettingsLimits = {
  maxVerbs: 30,
  maxVerbLength: 40,
  maxTemplateLength: 100,
  maxQuorum: 500,
  maxUnplannedItemMinutes: 240,
} as const;

/**
 * What a new body starts with for the settings archive format 3 added, and what an earlier
 * archive or database is given when it is upgraded.
 */
export const minutesStyleDefaults = {
  deferredItemLine: 'This item was deferred to a later meeting.',
  withdrawnItemLine: 'This item was withdrawn.',
  curlyQuotes: true,
  unplannedItemMinutes: 10,
} as const;

/**
 * What a new body starts with for the settings archive format 4 added (the public agenda,
 * declarations of interest, circulation e-mails), and what an earlier archive or database is
 * given when it is upgraded.
 */
export const meetingPapersDefaults = {
  agendaConfidentialItems: 'title',
  interestWithdrawal: false,
  circulationSubject: '{body} meeting {meeting} on {date}',
  circulationMessage:
    'Dear colleagues,\n\nPlease find attached the papers of {body} meeting {meeting} on {date}.\n\nWith kind regards,\nThe Secretariat',
} as const satisfies Partial<Body>;

/** What a member added before archive format 4 is given: no e-mail address, a member. */
export const memberDefaults = { email: '', role: 'member' } as const satisfies Partial<Member>;

/** The settings of a body that shape its minutes (beyond its name) and its meetings. */
export interface BodySettingsInput {
  decisionVerbs: readonly string[];
  actionRefTemplate: string;
  publicSummarySentence: string;
  quorum: number;
  deferredItemLine: string;
  withdrawnItemLine: string;
  curlyQuotes: boolean;
  unplannedItemMinutes: number;
}

/**
 * A decision verb as the minutes print it: white space tidied, upper case ("agreed " →
 * "AGREED"). Locale-independent, so "noted" is "NOTED" on every machine.
 */
export function normaliseVerb(verb: string): string {
  return tidyName(verb).toUpperCase();
}

/** What is wrong with one verb among the others the body uses, or undefined when it is fine. */
export function verbError(verb: string, others: readonly string[]): string | undefined {
  const normal = normaliseVerb(verb);
  if (normal === '') return 'A decision verb cannot be empty.';
  if (characterCount(normal) > bodySettingsLimits.maxVerbLength)
    return `A decision verb is at most ${String(bodySettingsLimits.maxVerbLength)} characters.`;
  if (others.some((o) => normaliseVerb(o) === normal)) return `${normal} is already in the list.`;
  return undefined;
}

/** Characters as a reader counts them: "Ŵ" and "🗳️" are one each. */
function characterCount(text: string): number {
  return Array.from(graphemes.segment(text)).length;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Checks the whole list of verbs: at least one, at most 30, each valid and used once. */
export function decisionVerbsError(verbs: readonly string[]): string | undefined {
  // The list may come from an archive or a replayed edit, whatever the types say.
  const list: unknown = verbs;
  if (!Array.isArray(list) || !list.every((v): v is string => typeof v === 'string'))
    return 'The decision verbs must be a list of words.';
  if (verbs.length === 0) return 'Keep at least one decision verb.';
  if (verbs.length > bodySettingsLimits.maxVerbs)
    return `A body uses at most ${String(bodySettingsLimits.maxVerbs)} decision verbs.`;
  for (let i = 0; i < verbs.length; i++) {
    const error = verbError(verbs[i] ?? '', verbs.slice(0, i));
    if (error !== undefined) return error;
  }
  return undefined;
}

/**
 * Checks an action reference template. It must number its actions ({seq}, {seq:3} or {n}):
 * without the sequence, every action would get the same reference, and references are unique.
 * A body whose minutes name actions by owner alone says so in its action label instead.
 */
export function actionRefTemplateError(template: string): string | undefined {
  if (typeof template !== 'string') return 'The reference template must be text.';
  if (template.length > bodySettingsLimits.maxTemplateLength)
    return `The reference template is at most ${String(bodySettingsLimits.maxTemplateLength)} characters.`;
  if (!templateHasSequence(template))
    return 'The reference template needs {seq}, {seq:3} or {n}, so that each action gets its own reference.';
  return undefined;
}

/** Checks a quorum: a whole number of members, 0 when the body has none. */
export function quorumError(quorum: number): string | undefined {
  return Number.isInteger(quorum) && quorum >= 0 && quorum <= bodySettingsLimits.maxQuorum
    ? undefined
    : `The quorum is a whole number from 0 (none) to ${String(bodySettingsLimits.maxQuorum)}.`;
}

/** Checks the sentence public minutes add after a confidential item's summary. */
export function publicSummarySentenceError(sentence: string): string | undefined {
  if (typeof sentence !== 'string') return 'The public summary sentence must be text.';
  return sentence.length > limits.longText ? 'The public summary sentence is too long.' : undefined;
}

/**
 * Checks the line printed under a deferred or withdrawn item: text on one line, not too long.
 * It may be empty, when the body wants the heading alone.
 */
export function itemLineError(line: string, which: 'deferred' | 'withdrawn'): string | undefined {
  const name = `The line for a ${which} item`;
  if (typeof line !== 'string') return `${name} must be text.`;
  if (/[\r\n]/.test(line)) return `${name} is one line.`;
  return line.length > limits.shortText ? `${name} is too long.` : undefined;
}

/** Checks the curly-quotes choice, which may come from an archive, whatever the types say. */
export function curlyQuotesError(value: boolean): string | undefined {
  return typeof value === 'boolean' ? undefined : 'Curly quotes are either on or off.';
}

/** Checks the minutes counted for an item with no planned time: a whole number, 0 to 240. */
export function unplannedItemMinutesError(minutes: number): string | undefined {
  const max = bodySettingsLimits.maxUnplannedItemMinutes;
  return Number.isInteger(minutes) && minutes >= 0 && minutes <= max
    ? undefined
    : `The minutes for an item with no planned time are a whole number from 0 to ${String(max)}.`;
}

/** Checks a body's settings; returns an empty object when they are fine. */
export function validateBodySettings(
  input: BodySettingsInput,
): FieldErrors<keyof BodySettingsInput> {
  const errors: FieldErrors<keyof BodySettingsInput> = {};
  const found = {
    decisionVerbs: decisionVerbsError(input.decisionVerbs),
    actionRefTemplate: actionRefTemplateError(input.actionRefTemplate),
    publicSummarySentence: publicSummarySentenceError(input.publicSummarySentence),
    quorum: quorumError(input.quorum),
    deferredItemLine: itemLineError(input.deferredItemLine, 'deferred'),
    withdrawnItemLine: itemLineError(input.withdrawnItemLine, 'withdrawn'),
    curlyQuotes: curlyQuotesError(input.curlyQuotes),
    unplannedItemMinutes: unplannedItemMinutesError(input.unplannedItemMinutes),
  };
  for (const [key, message] of Object.entries(found) as [keyof BodySettingsInput, string?][]) {
    if (message !== undefined) errors[key] = message;
  }
  return errors;
}
