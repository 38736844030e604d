import { z } from 'zod';
import { bodySettingsLimits } from './body-settings';
import { emptyOrOneAddress, maxEmailLength } from './email';
import { maxFirstMinuteNumber } from './style-checks';
import { isIsoDate, isTime, limits } from './text';

/**
 * The archive format, version 5, as zod schemas. Each record carries exactly the fields of
 * its model type (domain/model.ts), ids included; the key order of each object here is the
 * order `serializeArchive` writes. docs/archive-format.md describes it in words and
 * docs/archive.schema.json is generated from it.
 */

export const archiveFormat = 'minutebook-archive';
export const archiveVersion = 5;

const short = z.string().max(limits.shortText, 'too long');
const long = z.string().max(limits.longText, 'too long');
const id = z.string().min(1, 'an id is required').max(200, 'too long');
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'not a calendar date')
  .refine(isIsoDate, 'not a calendar date');
const time = z.string().refine(isTime, 'not a time (HH:MM)');
const timestamp = z.iso.datetime({ message: 'not a timestamp (ISO 8601, UTC)' });
const count = z.int().min(0).max(1_000_000);

const audit = {
  createdAt: timestamp,
  updatedAt: timestamp,
  updatedBy: short,
};

/** An e-mail address as the app keeps it: "" or one address, no display name. */
const email = z
  .string()
  .max(maxEmailLength, 'too long')
  .regex(emptyOrOneAddress, 'not an e-mail address');

const name = short;
const oneLine = short.regex(/^[^\r\n]*$/, 'one line');

export const memberSchema = z.strictObject({
  id,
  bodyId: id,
  name,
  organisation: short,
  email,
  role: z.enum(['member', 'alternate', 'observer', 'secretariat']),
  initials: z.string().max(20, 'too long'),
  ...audit,
});

export const agendaItemSchema = z.strictObject({
  id,
  meetingId: id,
  parentId: id.nullable(),
  position: short.min(1),
  title: short,
  presenter: short,
  paperRefs: z.array(short).max(50),
  classification: z.enum(['public', 'confidential']),
  exemption: short,
  plannedMinutes: z
    .int()
    .min(0)
    .max(24 * 60)
    .nullable(),
  status: z.enum(['pending', 'current', 'done', 'deferred', 'withdrawn']),
  publicSummary: long,
  kind: z.enum(['standard', 'actions-outstanding']),
  standing: z.boolean(),
  startedAt: timestamp.nullable(),
  spentSeconds: count,
  ...audit,
});

const blockBase = {
  id,
  meetingId: id,
  itemId: id,
  position: short.min(1),
  confidential: z.boolean(),
};

const votes = z.int().min(0).max(10_000);
const voters = z.array(name).max(1_000);

export const voteSchema = z.strictObject({
  for: votes,
  against: votes,
  abstain: votes,
  forNames: voters,
  againstNames: voters,
  abstainNames: voters,
});

export const decisionSchema = z.strictObject({
  id,
  verb: short,
  text: long,
  confidential: z.boolean(),
  vote: voteSchema.nullable(),
  dissent: voters,
});

export const minuteBlockSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...blockBase, kind: z.literal('paragraph'), text: long, ...audit }),
  z.strictObject({
    ...blockBase,
    kind: z.literal('decisions'),
    decisions: z.array(decisionSchema).max(200),
    ...audit,
  }),
  z.strictObject({ ...blockBase, kind: z.literal('action'), actionId: id, ...audit }),
  z.strictObject({ ...blockBase, kind: z.literal('note'), text: long, ...audit }),
]);

export const attendanceSchema = z.strictObject({
  id,
  meetingId: id,
  memberId: id.nullable(),
  name: short,
  organisation: short,
  role: z.enum(['present', 'apologies', 'in-attendance']),
  note: short,
  position: short.min(1),
  forMemberId: id.nullable(),
  ...audit,
});

export const amendmentSchema = z.strictObject({
  id,
  meetingId: id,
  date,
  reason: long,
  text: long,
  itemId: id.nullable(),
  confidential: z.boolean(),
  agreedAt: id.nullable(),
  ...audit,
});

export const interestSchema = z.strictObject({
  id,
  meetingId: id,
  itemId: id.nullable(),
  memberId: id.nullable(),
  name,
  interest: long,
  withdrew: z.boolean(),
  confidential: z.boolean(),
  position: short.min(1),
  ...audit,
});

export const circulationSchema = z.strictObject({
  id,
  at: timestamp,
  by: short,
  variant: z.enum(['public', 'confidential']),
  documents: z.array(short.min(1)).max(20),
  recipients: z.array(z.strictObject({ name, email: email.min(1) })).max(1_000),
});

export const acceptedFindingSchema = z.strictObject({
  phrase: long,
  source: short.min(1),
  places: z.array(short.min(1)).min(1).max(100),
  fingerprint: short.min(1),
  acceptedAt: timestamp,
  acceptedBy: short,
});

export const meetingSchema = z.strictObject({
  id,
  bodyId: id,
  number: z.int().min(1).max(99_999),
  date,
  startTime: time,
  venue: short,
  status: z.enum(['draft', 'live', 'held', 'approved']),
  startedAt: timestamp.nullable(),
  closedAt: timestamp.nullable(),
  lastActionSequence: z.int().min(0).max(9_999),
  acceptedFindings: z.array(acceptedFindingSchema).max(10_000),
  approval: z
    .strictObject({ meetingId: id, number: z.int().min(1).max(99_999), on: date })
    .nullable(),
  circulations: z.array(circulationSchema).max(1_000),
  ...audit,
  agendaItems: z.array(agendaItemSchema),
  minuteBlocks: z.array(minuteBlockSchema),
  attendance: z.array(attendanceSchema),
  amendments: z.array(amendmentSchema),
  interests: z.array(interestSchema),
});

export const actionSchema = z.strictObject({
  id,
  bodyId: id,
  meetingId: id.nullable(),
  itemId: id.nullable(),
  raisedOn: date,
  sequence: z.int().min(0).max(999_999),
  reference: short.min(1),
  owner: short,
  ownerMemberId: id.nullable(),
  text: long,
  dueDate: date.nullable(),
  status: z.enum(['open', 'closed']),
  confidential: z.boolean(),
  declassified: z.strictObject({ on: date, by: short }).nullable(),
  ...audit,
});

export const actionUpdateSchema = z.strictObject({
  id,
  actionId: id,
  meetingId: id,
  text: long,
  closes: z.boolean(),
  confidential: z.boolean(),
  ...audit,
});

export const bodySchema = z.strictObject({
  id,
  name: short,
  minutesName: short,
  actionPrefix: short,
  secretariat: short,
  actionRefTemplate: short,
  decisionVerbs: z.array(short).max(100),
  publicSummarySentence: long,
  quorum: z.int().min(0).max(10_000),
  deferredItemLine: short.regex(/^[^\r\n]*$/, 'one line'),
  withdrawnItemLine: short.regex(/^[^\r\n]*$/, 'one line'),
  curlyQuotes: z.boolean(),
  unplannedItemMinutes: z.int().min(0).max(bodySettingsLimits.maxUnplannedItemMinutes),
  agendaConfidentialItems: z.enum(['title', 'omit']),
  interestWithdrawal: z.boolean(),
  circulationSubject: short.regex(/^[^\r\n]*$/, 'one line'),
  circulationMessage: long,
  styleName: short,
  minuteNumbering: z.enum(['meeting', 'running', 'none']),
  firstMinuteNumber: z.int().min(0).max(maxFirstMinuteNumber),
  paragraphNumbers: z.boolean(),
  privatePart: z.boolean(),
  privatePartHeading: oneLine,
  privatePartResolution: long,
  actionRefCounter: z.enum(['meeting', 'year', 'body']),
  actionSequences: z.record(z.string().regex(/^(body|\d{4})$/, 'not a counter'), count),
  actionLabel: oneLine,
  closedActionLabel: oneLine,
  peopleDisplay: z.enum(['names', 'initials']),
  outstandingPlacement: z.enum(['item', 'appendix', 'none']),
  minutesTitle: oneLine,
  agendaTitle: oneLine,
  decisionForm: z.enum(['verbs', 'resolved', 'plain']),
  ...audit,
  members: z.array(memberSchema),
  meetings: z.array(meetingSchema),
  actions: z.array(actionSchema),
  actionUpdates: z.array(actionUpdateSchema),
});

export const archiveSchema = z.strictObject({
  format: z.literal(archiveFormat),
  version: z.literal(archiveVersion),
  exportedAt: timestamp,
  bodies: z.array(bodySchema),
});

export type Archive = z.infer<typeof archiveSchema>;
export type ArchiveBody = z.infer<typeof bodySchema>;
export type ArchiveMeeting = z.infer<typeof meetingSchema>;
