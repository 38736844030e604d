import { defaultActionRefTemplate } from './action-ref';
import { defaultDecisionVerbs, defaultPublicSummarySentence } from './defaults';
import type { Body } from './model';

/**
 * A body's house style: how its minutes and agenda read — numbering, the private part, action
 * references and labels, how people are named, where outstanding actions go, titles and fixed
 * wording. It is data on the body (these fields of Body), read by the document builder, which
 * has no body-specific branches; it travels in the archive with the body, and on its own as a
 * style file (style-file.ts) that a secretariat can share.
 */
export const houseStyleKeys = [
  'styleName',
  'minuteNumbering',
  'firstMinuteNumber',
  'paragraphNumbers',
  'privatePart',
  'privatePartHeading',
  'privatePartResolution',
  'actionRefTemplate',
  'actionRefCounter',
  'actionLabel',
  'closedActionLabel',
  'peopleDisplay',
  'outstandingPlacement',
  'minutesTitle',
  'agendaTitle',
  'decisionForm',
  'decisionVerbs',
  'publicSummarySentence',
  'deferredItemLine',
  'withdrawnItemLine',
  'curlyQuotes',
  'agendaConfidentialItems',
] as const satisfies readonly (keyof Body)[];

export type HouseStyle = Pick<Body, (typeof houseStyleKeys)[number]>;

/** The style of a body: its house-style fields and nothing else. */
export function styleOf(body: HouseStyle): HouseStyle {
  const style: Partial<Record<keyof HouseStyle, unknown>> = {};
  for (const key of houseStyleKeys) {
    const value = body[key];
    style[key] = Array.isArray(value) ? [...value] : value;
  }
  return style as HouseStyle;
}

/**
 * The SEC Panel's style, the one every body had before styles were data: items numbered from 1
 * in each meeting, references SECP30/01 restarting each meeting, "The Panel NOTED …".
 */
const secPanel: HouseStyle = {
  styleName: 'SEC Panel',
  minuteNumbering: 'meeting',
  firstMinuteNumber: 1,
  paragraphNumbers: false,
  privatePart: false,
  privatePartHeading: 'Confidential items',
  privatePartResolution: '',
  actionRefTemplate: defaultActionRefTemplate,
  actionRefCounter: 'meeting',
  actionLabel: 'ACTION {ref}:',
  closedActionLabel: '{ref}',
  peopleDisplay: 'names',
  outstandingPlacement: 'item',
  minutesTitle: 'Minutes of Meeting {meeting}',
  agendaTitle: 'Agenda of Meeting {meeting}',
  decisionForm: 'verbs',
  decisionVerbs: [...defaultDecisionVerbs],
  publicSummarySentence: defaultPublicSummarySentence,
  deferredItemLine: 'This item was deferred to a later meeting.',
  withdrawnItemLine: 'This item was withdrawn.',
  curlyQuotes: true,
  agendaConfidentialItems: 'title',
};

/**
 * A council's cabinet or committee: minute numbers running on from meeting to meeting,
 * "RESOLVED that …", exempt items after a resolution excluding the press and public, and
 * actions printed by owner alone ("Action: Head of Legal Services."): the label names no
 * reference, though the action log still gives each action one to be tracked by.
 */
const council: HouseStyle = {
  styleName: 'Council cabinet or committee',
  minuteNumbering: 'running',
  firstMinuteNumber: 1,
  paragraphNumbers: false,
  privatePart: true,
  privatePartHeading: 'Exclusion of the press and public',
  privatePartResolution:
    'RESOLVED that under Section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting for the following items of business on the grounds that they involve the likely disclosure of exempt information as defined in paragraph {paragraphs} of Part 1 of Schedule 12A to the Act.',
  actionRefTemplate: '{prefix}{meeting}/{seq}',
  actionRefCounter: 'meeting',
  actionLabel: 'Action: {owner}.',
  closedActionLabel: '{ref}',
  peopleDisplay: 'names',
  outstandingPlacement: 'none',
  minutesTitle: 'Minutes of the meeting of the {body} held on {weekday} {date} at {time}',
  agendaTitle: 'Agenda for the meeting of the {body} on {weekday} {date} at {time}',
  decisionForm: 'resolved',
  decisionVerbs: ['RESOLVED', 'NOTED', 'AGREED', 'RECOMMENDED'],
  publicSummarySentence:
    'This item was considered in private as it involved the likely disclosure of exempt information.',
  deferredItemLine: 'This item was deferred.',
  withdrawnItemLine: 'This item was withdrawn.',
  curlyQuotes: true,
  agendaConfidentialItems: 'title',
};

/**
 * An industry code's panel: references padded and running through the year
 * ("TCMP-2025-014"), paragraphs numbered 5.1, owners by initials, closed actions marked, and
 * the outstanding actions in an appendix.
 */
const codePanel: HouseStyle = {
  ...secPanel,
  styleName: 'Industry code panel',
  paragraphNumbers: true,
  actionRefTemplate: '{prefix}-{yyyy}-{seq:3}',
  actionRefCounter: 'year',
  closedActionLabel: '{ref} – CLOSED',
  peopleDisplay: 'initials',
  outstandingPlacement: 'appendix',
  decisionVerbs: [...defaultDecisionVerbs],
};

/** A committee that numbers nothing: headings alone, decisions in plain sentences. */
const committee: HouseStyle = {
  ...secPanel,
  styleName: 'Committee without numbers',
  minuteNumbering: 'none',
  actionRefTemplate: '{meeting}.{n}',
  actionLabel: 'Action {ref}:',
  minutesTitle: 'Minutes of the {body} meeting, {weekday} {date}',
  agendaTitle: 'Agenda of the {body} meeting, {weekday} {date}',
  decisionForm: 'plain',
  decisionVerbs: ['AGREED', 'NOTED', 'APPROVED', 'DECIDED'],
  agendaConfidentialItems: 'omit',
};

export type StylePresetId = 'sec-panel' | 'council' | 'code-panel' | 'committee';

/** The styles a new body can start from, in the order offered; the first is the default. */
export const stylePresets: readonly { id: StylePresetId; style: HouseStyle }[] = [
  { id: 'sec-panel', style: secPanel },
  { id: 'council', style: council },
  { id: 'code-panel', style: codePanel },
  { id: 'committee', style: committee },
];

/** A preset's style, as a fresh copy a body may keep. */
export function presetStyle(id: StylePresetId): HouseStyle {
  const preset = stylePresets.find((p) => p.id === id) ?? stylePresets[0];
  return styleOf((preset ?? { style: secPanel }).style);
}

/** The style fields archive format 5 (database version 6) added to a body. */
const stylesNewInFormat5 = [
  'minuteNumbering',
  'firstMinuteNumber',
  'paragraphNumbers',
  'privatePart',
  'privatePartHeading',
  'privatePartResolution',
  'actionRefCounter',
  'actionLabel',
  'closedActionLabel',
  'peopleDisplay',
  'outstandingPlacement',
  'minutesTitle',
  'agendaTitle',
  'decisionForm',
] as const satisfies readonly (keyof HouseStyle)[];

/** The named fields of a style. */
function fieldsFrom<K extends keyof HouseStyle>(
  style: HouseStyle,
  keys: readonly K[],
): Pick<HouseStyle, K> {
  return Object.fromEntries(keys.map((key) => [key, style[key]])) as Pick<HouseStyle, K>;
}

/**
 * What archive format 5 (database version 6) gives a body stored before styles were data: the
 * SEC Panel's style for every new field, so that its documents read exactly as before. The
 * fields a body already had (its template, verbs, lines) are kept as they are.
 */
export const styleUpgradeDefaults = {
  ...fieldsFrom(secPanel, stylesNewInFormat5),
  styleName: 'Custom',
  actionSequences: {},
} satisfies Partial<Body>;

/** What a member, an item, an action and an attendance row stored before format 5 are given. */
export const styleRowDefaults = {
  member: { initials: '' },
  item: { exemption: '' },
  action: { ownerMemberId: null },
  attendance: { forMemberId: null },
} as const;
