/**
 * A body and its members: who meets, and the house style its documents are written in (the
 * style's fields are listed in style.ts).
 */
import type { Audit, Id } from './model';

export interface Body extends Audit {
  id: Id;
  /** "SEC Panel" */
  name: string;
  /** How the minutes name the body: "The Panel". */
  minutesName: string;
  /** "SECP" */
  actionPrefix: string;
  /** "SECAS" */
  secretariat: string;
  /** Template for action references; see {@link formatActionRef}. */
  actionRefTemplate: string;
  /** The decision verbs the body uses, in the order offered: ["NOTED", "APPROVED", …]. */
  decisionVerbs: string[];
  /** What public minutes add to a confidential item's summary. */
  publicSummarySentence: string;
  /** Members who must be present for the meeting to be quorate; 0 when none is set. */
  quorum: number;
  /** Printed under the heading of a deferred item: "This item was deferred to a later meeting." */
  deferredItemLine: string;
  /** Printed under the heading of a withdrawn item: "This item was withdrawn." */
  withdrawnItemLine: string;
  /** Documents print straight quotes typed (' and ") as curly ones (’ ‘ “ ”). */
  curlyQuotes: boolean;
  /** What the Chair's projected finish counts for an item with no planned minutes (0–240). */
  unplannedItemMinutes: number;
  /** How the public agenda shows a confidential item: by its title only, or not at all. */
  agendaConfidentialItems: AgendaConfidentialItems;
  /** A member who declared an interest in an item is shown as withdrawn for that item. */
  interestWithdrawal: boolean;
  /** Subject of a circulation e-mail; {body}, {meeting} and {date} are filled in. */
  circulationSubject: string;
  /** Body of a circulation e-mail, with the same placeholders. */
  circulationMessage: string;
  // The house style (archive format 5): how this body's minutes read. See style.ts, which
  // lists the fields a style carries, its presets and its checks.
  /** The style's name, as the settings and a shared style file show it: "Council committee". */
  styleName: string;
  /** How items are numbered: from the first number in each meeting, running on, or not at all. */
  minuteNumbering: MinuteNumbering;
  /**
   * The first number: of each meeting's first item ('meeting'), or of the first item of the
   * body's earliest meeting, the others running on from it ('running').
   */
  firstMinuteNumber: number;
  /** Paragraphs, decisions and actions inside an item are numbered 5.1, 5.2 … */
  paragraphNumbers: boolean;
  /** Confidential items are taken after the others, in a private part of the minutes. */
  privatePart: boolean;
  /** The heading of the private part: "Exclusion of the press and public". */
  privatePartHeading: string;
  /** The resolution that opens the private part; {paragraphs} is its items' exemption paragraphs. */
  privatePartResolution: string;
  /** What the sequence of action references counts over: each meeting, each year, or ever. */
  actionRefCounter: ActionRefCounter;
  /**
   * The highest sequence issued for each running counter (year or body scope): keyed by the
   * year ("2016") or "body". Kept when an action is deleted, so its reference is never reused.
   */
  actionSequences: Record<string, number>;
  /** The label before an action's sentence: "ACTION {ref}:"; "Action: {owner}." when none has a reference. */
  actionLabel: string;
  /** A closed action's reference in the Actions Outstanding: "{ref} – CLOSED"; "{ref}" as it is. */
  closedActionLabel: string;
  /** Owners and people in the minutes by name, or by initials with a key in the attendance. */
  peopleDisplay: PeopleDisplay;
  /** Where the actions outstanding of earlier meetings go: in their agenda item, an appendix, or nowhere. */
  outstandingPlacement: OutstandingPlacement;
  /** The minutes' title: "Minutes of Meeting {meeting}"; {body}, {weekday}, {date}, {time} too. */
  minutesTitle: string;
  /** The agenda's title, with the same placeholders: "Agenda of Meeting {meeting}". */
  agendaTitle: string;
  /** Decisions as "The Panel NOTED …", as "RESOLVED that …", or as plain sentences. */
  decisionForm: DecisionForm;
}

export type MinuteNumbering = 'meeting' | 'running' | 'none';
export type ActionRefCounter = 'meeting' | 'year' | 'body';
export type PeopleDisplay = 'names' | 'initials';
export type OutstandingPlacement = 'item' | 'appendix' | 'none';
export type DecisionForm = 'verbs' | 'resolved' | 'plain';

export type AgendaConfidentialItems = 'title' | 'omit';

/** What a member is to the body: voting member, alternate, observer or secretariat. */
export type MemberRole = 'member' | 'alternate' | 'observer' | 'secretariat';

export interface Member extends Audit {
  id: Id;
  bodyId: Id;
  name: string;
  /** Organisation or role, e.g. "Panel Chair" or "Large Supplier Member". */
  organisation: string;
  /** E-mail address for circulation, or "" when none is known. */
  email: string;
  role: MemberRole;
  /** "JM": how the minutes name them when the body's style uses initials; "" when not set. */
  initials: string;
}
