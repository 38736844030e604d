import {
  actionRefTemplateError,
  curlyQuotesError,
  decisionVerbsError,
  itemLineError,
  normaliseVerb,
  publicSummarySentenceError,
} from './body-settings';
import { houseStyleKeys, type HouseStyle } from './style';
import { houseStyleError } from './style-checks';

/**
 * A style file: a body's house style on its own, for a secretariat to share —
 * `{ "format": "minutebook-style", "version": 1, "style": { …every HouseStyle field… } }`.
 * Reading one checks every field with the same checks a body's settings pass, so a style
 * that reads is one any body can take as it stands.
 */
export const styleFileFormat = 'minutebook-style';
export const styleFileVersion = 1;

/** The most a style file may weigh: a style is a few kilobytes; anything larger is not one. */
export const maxStyleFileLength = 200_000;

/** The style file of `style`, as its JSON text (indented, so it can be read and diffed). */
export function serializeStyle(style: HouseStyle): string {
  const fields: Partial<Record<keyof HouseStyle, unknown>> = {};
  for (const key of houseStyleKeys) fields[key] = style[key];
  const file = { format: styleFileFormat, version: styleFileVersion, style: fields };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name for a style: "council-cabinet-or-committee.minutebook-style.json". */
export function styleFileName(style: Pick<HouseStyle, 'styleName'>): string {
  const stem = style.styleName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60);
  return `${stem === '' ? 'style' : stem}.minutebook-style.json`;
}

export type StyleFileResult = { ok: true; style: HouseStyle } | { ok: false; error: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first thing wrong with the fields every body had before styles (body-settings.ts). */
function olderFieldsError(style: HouseStyle): string | undefined {
  return (
    actionRefTemplateError(style.actionRefTemplate) ??
    decisionVerbsError(style.decisionVerbs) ??
    publicSummarySentenceError(style.publicSummarySentence) ??
    itemLineError(style.deferredItemLine, 'deferred') ??
    itemLineError(style.withdrawnItemLine, 'withdrawn') ??
    curlyQuotesError(style.curlyQuotes)
  );
}

/**
 * Reads a style file's text: the style, or the sentence that says what is wrong with it (not
 * JSON, not a style file, a newer version, a field missing or out of bounds). Fields it does
 * not know are ignored; decision verbs are stored as the minutes print them.
 */
export function parseStyleFile(text: string): StyleFileResult {
  const fail = (error: string): StyleFileResult => ({ ok: false, error });
  if (text.length > maxStyleFileLength) return fail('This file is too large to be a style file.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('This file is not a style file: it is not JSON.');
  }
  if (!isRecord(data) || data.format !== styleFileFormat)
    return fail('This file is not a Minutebook style file.');
  if (typeof data.version !== 'number' || data.version > styleFileVersion)
    return fail('This style file comes from a newer Minutebook; update the app to read it.');
  if (data.version !== styleFileVersion) return fail('This style file’s version is not known.');
  const fields = data.style;
  if (!isRecord(fields)) return fail('This style file has no style in it.');
  const missing = houseStyleKeys.find((key) => !(key in fields));
  if (missing !== undefined) return fail(`This style file lacks the field “${missing}”.`);
  const style = Object.fromEntries(houseStyleKeys.map((key) => [key, fields[key]])) as HouseStyle;
  const error = olderFieldsError(style) ?? houseStyleError(style);
  if (error !== undefined) return fail(`This style file cannot be used: ${error}`);
  return { ok: true, style: { ...style, decisionVerbs: style.decisionVerbs.map(normaliseVerb) } };
}

/** What a style field is called on the settings page, for the list of what a change changes. */
export const styleFieldLabels: Record<keyof HouseStyle, string> = {
  styleName: 'Style name',
  minuteNumbering: 'Item numbers',
  firstMinuteNumber: 'First number',
  paragraphNumbers: 'Paragraph numbers',
  privatePart: 'Private part',
  privatePartHeading: 'Private part heading',
  privatePartResolution: 'Private part resolution',
  actionRefTemplate: 'Action reference template',
  actionRefCounter: 'Reference counter',
  actionLabel: 'Action label',
  closedActionLabel: 'Closed action label',
  peopleDisplay: 'People shown by',
  outstandingPlacement: 'Outstanding actions',
  minutesTitle: 'Minutes title',
  agendaTitle: 'Agenda title',
  decisionForm: 'Decision form',
  decisionVerbs: 'Decision verbs',
  publicSummarySentence: 'Public summary sentence',
  deferredItemLine: 'Line under a deferred item',
  withdrawnItemLine: 'Line under a withdrawn item',
  curlyQuotes: 'Curly quotes',
  agendaConfidentialItems: 'Confidential items in the public agenda',
};

export interface StyleChange {
  key: keyof HouseStyle;
  label: string;
  from: string;
  to: string;
}

const shown = (value: unknown): string =>
  Array.isArray(value)
    ? value.join(', ')
    : typeof value === 'boolean'
      ? value
        ? 'on'
        : 'off'
      : String(value);

/** The fields `to` would change in `from`, each with its label and both values as words. */
export function styleChanges(from: HouseStyle, to: HouseStyle): StyleChange[] {
  return houseStyleKeys
    .filter((key) => shown(from[key]) !== shown(to[key]))
    .map((key) => ({
      key,
      label: styleFieldLabels[key],
      from: shown(from[key]),
      to: shown(to[key]),
    }));
}

/**
 * The body patch that makes a body's style `to`, and what it expects the body to hold now
 * (`from`'s values of the same fields), so that a change made meanwhile elsewhere is not lost.
 */
export function stylePatch(
  from: HouseStyle,
  to: HouseStyle,
): { patch: Partial<HouseStyle>; expected: Partial<HouseStyle> } {
  const keys = styleChanges(from, to).map((c) => c.key);
  const pick = (style: HouseStyle) =>
    Object.fromEntries(keys.map((key) => [key, style[key]])) as Partial<HouseStyle>;
  return { patch: pick(to), expected: pick(from) };
}
