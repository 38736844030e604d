/**
 * The model of a formal body's meetings, read off real published minutes. Every entity has a
 * stable id and an audit trail; siblings carry a fractional `position` key; displayed numbers
 * are derived, never stored.
 */

export type Id = string;

/** ISO-8601 timestamp, e.g. "2026-03-10T10:00:00.000Z". */
export type Timestamp = string;

/** Who changed a record and when. `updatedBy` is the user's name from settings. */
export interface Audit {
  createdAt: Timestamp;
  updatedAt: Timestamp;
  updatedBy: string;
}

export type Classification = 'public' | 'confidential';

export * from './model-body';

export type MeetingStatus = 'draft' | 'live' | 'held' | 'approved';

export interface Meeting extends Audit {
  id: Id;
  bodyId: Id;
  /** The body's running meeting number: 30. */
  number: number;
  /** Calendar date, "2016-03-10". */
  date: string;
  /** Local start time, "10:00". */
  startTime: string;
  /** Venue or "Teleconference". */
  venue: string;
  status: MeetingStatus;
  /** When the Chair opened the meeting, or null before it starts. */
  startedAt: Timestamp | null;
  /** When the Chair closed the meeting, or null while it has not closed. */
  closedAt: Timestamp | null;
  /**
   * The highest action sequence the meeting has issued (0 before its first action). It is
   * kept when an action is deleted, so that the deleted action's reference is never given
   * to another; renumbering in agenda order resets it.
   */
  lastActionSequence: number;
  /**
   * Findings of the leak guard that the secretary read and accepted: the public minutes may
   * repeat that confidential wording in that public place. An acceptance lapses when either
   * text changes (its fingerprint no longer matches).
   */
  acceptedFindings: AcceptedFinding[];
  /**
   * The later meeting that approved these minutes as a true record, and its date; null while
   * they are not approved (or were approved before approvals were recorded).
   */
  approval: Approval | null;
  /** What was circulated of this meeting, to whom and when, oldest first. */
  circulations: Circulation[];
}

/** The decision of a later meeting that approved a meeting's minutes. */
export interface Approval {
  /**
   * The approving meeting. A single meeting's archive may not hold it: its number is kept
   * here too, so that the approval always prints.
   */
  meetingId: Id;
  number: number;
  /** Its date, "2016-04-14". */
  on: string;
}

/** One circulation e-mail written for a meeting. */
export interface Circulation {
  id: Id;
  at: Timestamp;
  by: string;
  /** The variant of the documents it carried. */
  variant: Classification;
  /** File names of the documents attached. */
  documents: string[];
  recipients: { name: string; email: string }[];
}

/** A public field that repeats confidential wording, accepted as it stands. */
export interface AcceptedFinding {
  /** The repeated wording as the guard compares it: lower-case words, one space apart. */
  phrase: string;
  /** Where the wording is confidential: "block:<id>", "title:<item id>", "action:<id>" … */
  source: string;
  /** Where it appears in the public minutes, the same kind of keys. */
  places: string[];
  /** Fingerprint of the source's and the places' texts when accepted. */
  fingerprint: string;
  acceptedAt: Timestamp;
  acceptedBy: string;
}

/** A change to approved minutes, recorded with its date and reason; never an edit in place. */
export interface Amendment extends Audit {
  id: Id;
  meetingId: Id;
  /** Calendar date of the amendment. */
  date: string;
  reason: string;
  /** The amended wording, as it should now read. */
  text: string;
  /** The item it applies to, or null for the minutes as a whole. */
  itemId: Id | null;
  /** Printed in the confidential minutes only. */
  confidential: boolean;
  /** The meeting that agreed it (when the minutes were approved there), or null. */
  agreedAt: Id | null;
}

export type ItemStatus = 'pending' | 'current' | 'done' | 'deferred' | 'withdrawn';

/** A standard item, or the item that lists the open actions of earlier meetings. */
export type ItemKind = 'standard' | 'actions-outstanding';

export interface AgendaItem extends Audit {
  id: Id;
  meetingId: Id;
  /** Parent item for a sub-item (numbered 1.1), or null for a top-level item. */
  parentId: Id | null;
  /** Fractional ordering key among siblings. */
  position: string;
  title: string;
  presenter: string;
  /** Paper references, e.g. ["SECP_30_1003_04"]. */
  paperRefs: string[];
  classification: Classification;
  /** Why a confidential item is exempt, as the private part cites it: "3", or "" when not said. */
  exemption: string;
  /** Minutes planned for the item, or null when not planned. */
  plannedMinutes: number | null;
  status: ItemStatus;
  /** What the public minutes say of a confidential item. */
  publicSummary: string;
  kind: ItemKind;
  /** Standing items (minutes, actions outstanding, AOB…) are copied to the next meeting. */
  standing: boolean;
  /** When the item last became current in the Chair view, or null when it is not running. */
  startedAt: Timestamp | null;
  /** Seconds spent on the item before `startedAt` (an item can be taken up again). */
  spentSeconds: number;
}

export type DecisionVerb = string;

export interface Decision {
  id: Id;
  verb: DecisionVerb;
  text: string;
  confidential: boolean;
  /** The vote taken, or null when none was recorded. */
  vote: Vote | null;
  /** Members who asked that their dissent be recorded, by name. */
  dissent: string[];
}

/**
 * A recorded vote: the count of each side, and the names when the vote was named (then each
 * count is the number of its names).
 */
export interface Vote {
  for: number;
  against: number;
  abstain: number;
  forNames: string[];
  againstNames: string[];
  abstainNames: string[];
}

interface BlockBase extends Audit {
  id: Id;
  meetingId: Id;
  itemId: Id;
  position: string;
  confidential: boolean;
}

export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph';
  /** Plain text; lines starting with "- " are bullet points. */
  text: string;
}

export interface DecisionsBlock extends BlockBase {
  kind: 'decisions';
  decisions: Decision[];
}

export interface ActionBlock extends BlockBase {
  kind: 'action';
  actionId: Id;
}

export interface NoteBlock extends BlockBase {
  kind: 'note';
  text: string;
}

export type MinuteBlock = ParagraphBlock | DecisionsBlock | ActionBlock | NoteBlock;

export type ActionStatus = 'open' | 'closed';

export interface Action extends Audit {
  id: Id;
  bodyId: Id;
  /** The meeting that raised it, or null for an earlier action entered by hand. */
  meetingId: Id | null;
  /** The item that raised it, or null for an earlier action entered by hand. */
  itemId: Id | null;
  /** Calendar date the action was raised (the meeting's date); days open count from it. */
  raisedOn: string;
  /** Sequence within the raising meeting: 1 for SECP30/01. */
  sequence: number;
  /** The formatted reference, frozen once the minutes are approved. */
  reference: string;
  owner: string;
  /** The member who owns it, when chosen from the members; null for a name typed (an outsider). */
  ownerMemberId: Id | null;
  text: string;
  /** Calendar date or null. */
  dueDate: string | null;
  status: ActionStatus;
  confidential: boolean;
  /**
   * Set when a confidential action was made public by an explicit act: on which date and by
   * whom. Its text and its updates are public from then on (an update flagged confidential
   * stays so). Null for an action never declassified.
   */
  declassified: Declassification | null;
}

/** The recorded act that made a confidential action public. */
export interface Declassification {
  /** Calendar date of the decision, "2016-04-14". */
  on: string;
  /** Who decided, in words: "the Panel Chair". */
  by: string;
}

export interface ActionUpdate extends Audit {
  id: Id;
  actionId: Id;
  /** The meeting at which the update was given. */
  meetingId: Id;
  text: string;
  /** True when this update closed the action. */
  closes: boolean;
  confidential: boolean;
}

export type AttendanceRole = 'present' | 'apologies' | 'in-attendance';

export interface Attendance extends Audit {
  id: Id;
  meetingId: Id;
  /** The member, or null for a guest named only here. */
  memberId: Id | null;
  name: string;
  organisation: string;
  role: AttendanceRole;
  /** "by teleconference", "for item 5". */
  note: string;
  /** The member whose vote this alternate holds at the meeting, or null. */
  forMemberId: Id | null;
  /**
   * Fractional ordering key among the meeting's attendance: the order set on the Attendance
   * screen, in which each role's table prints.
   */
  position: string;
}

/** A member's declaration of interest at a meeting, in one item or in the meeting as a whole. */
export interface Interest extends Audit {
  id: Id;
  meetingId: Id;
  /** The item the interest concerns, or null for the whole meeting. */
  itemId: Id | null;
  /** The member, or null for someone named only here. */
  memberId: Id | null;
  name: string;
  /** What the interest is: "Director of a supplier named in the paper". */
  interest: string;
  /** The member left the meeting for the item. */
  withdrew: boolean;
  /** Printed in the confidential minutes only. */
  confidential: boolean;
  /** Fractional ordering key among the meeting's declarations. */
  position: string;
}
