import type { Random } from './random';

/**
 * The words of the generated minutes: the subjects a regulated panel or board deals with, and
 * sentences built from them, so that fifteen years of minutes read as varied as real ones and
 * give search something to find.
 */

const subjects = [
  'the annual budget',
  'the risk register',
  'the quarterly performance report',
  'the Modification Proposal',
  'the security assessment',
  'the consultation response',
  'the release schedule',
  'the supplier audit',
  'the data protection review',
  'the incident report',
  'the service desk statistics',
  'the testing strategy',
  'the migration plan',
  'the terms of reference',
  'the procurement of the new contract',
  'the stakeholder engagement plan',
  'the independent assurance report',
  'the firmware upgrade programme',
  'the disaster recovery test',
  'the charging statement',
  'the workshop on meter installation',
  'the code of practice',
  'the transition arrangements',
  'the business plan',
  'the annual report',
] as const;

const papers = [
  'the paper',
  'the draft report',
  'the proposal',
  'the update provided by the Secretariat',
  'the recommendations of the working group',
  'the revised timetable',
] as const;

const openings = [
  '{who} introduced {subject}, noting that',
  '{who} provided an update on {subject} and explained that',
  'The Chair reminded members that',
  '{who} reported that',
  'Members discussed {subject}; it was noted that',
  'In response to a question from {who}, the Secretariat confirmed that',
  '{who} raised a concern that',
  'It was agreed that',
  'The Panel heard that',
  '{who} observed that',
] as const;

const findings = [
  'most of the milestones had been met and the remaining ones were on track',
  'the costs were within the approved budget for the year',
  'two risks had increased since the last meeting and would be monitored closely',
  'the work would be completed by the end of the quarter',
  'the consultation had received {n} responses, most of them supportive',
  'further analysis was needed before a decision could be taken',
  'the delay had been caused by late delivery of the test equipment',
  'a revised plan would be brought back to the next meeting',
  'the findings of the audit had been accepted in full',
  'the service had met its performance targets in {n} of the last twelve months',
  'the proposal would reduce costs for smaller parties',
  'the dependencies on other programmes were now better understood',
  'the working group would meet again in {month}',
  'the guidance would be published on the website once agreed',
  'no objections had been received during the review period',
  'the estimate of {n} days of effort had been reviewed independently',
] as const;

const tails = [
  '',
  ' Members welcomed the progress made.',
  ' The Chair thanked {who} for the update.',
  ' Several members asked that the wording be clarified before publication.',
  ' This would be reflected in the next version of the document.',
  ' A fuller report would follow.',
] as const;

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const decisionTexts = [
  'the contents of {paper}',
  '{subject} as presented',
  'to publish {subject} on the website',
  'the recommendation to proceed with {subject}',
  'to defer {subject} to the next meeting',
  'that the Secretariat should consult on {subject}',
  'the revised timetable for {subject}',
  'the updated terms of reference',
] as const;

const actionTexts = [
  'circulate {subject} to members by correspondence',
  'report back on {subject} at the next meeting',
  'update {subject} to reflect the comments made',
  'arrange a workshop on {subject}',
  'confirm the timetable for {subject}',
  'write to the parties concerned about {subject}',
  'publish {subject} on the website',
  'review {subject} with the working group',
] as const;

const updateTexts = [
  'Work is in progress and an update will be given at the next meeting.',
  'The document has been circulated to members for comment.',
  'A workshop has been arranged for {month}.',
  'The Secretariat is awaiting a response from the parties concerned.',
  'Delayed by the late delivery of the draft; now expected in {month}.',
  'Discussed with the working group, who will report back.',
] as const;

/**
 * What only confidential entries say. A public entry never repeats it, as in real minutes:
 * the public minutes of a generated meeting pass the leak guard, which refuses a public text
 * that repeats confidential wording. `{code}` is a counterparty's code, `{amount}` thousands.
 */
const secretSentences = [
  'in confidence, {who} reported that counterparty {code} quoted £{amount}k for the work',
  'the legal advice received under privilege, reference {code}, was summarised by {who}',
  'counterparty {code} has disclosed a security weakness that is not yet remediated',
  'the settlement offer of £{amount}k to {code} remains under negotiation',
  'personal data of {n} customers affected by incident {code} was reviewed in closed session',
  'the commercially sensitive tender scores for {code} were tabled and not minuted in full',
] as const;

const secretDecisions = [
  'the settlement of £{amount}k with {code} on the terms tabled in closed session',
  'that negotiations with counterparty {code} continue under the agreed mandate',
  'the remediation plan for the weakness disclosed by {code}',
] as const;

const secretActions = [
  '{who} to negotiate revised terms with counterparty {code} in confidence',
  '{who} to brief counsel on matter {code} before the next meeting',
  '{who} to confirm the remediation of the weakness disclosed by {code}',
] as const;

const secretUpdates = [
  'Terms with {code} are agreed in principle; figures held by the secretariat',
  'Counsel has advised on matter {code}; the advice is held in confidence',
  'Remediation for {code} is in test, with {n} findings still open',
] as const;

/** What a sentence may name: a person present, a subject, a paper. */
export interface Context {
  people: readonly string[];
  subject: string;
}

/** The subject of a confidential item: a matter named by a counterparty's code. */
export function secretSubjectOf(random: Random): string {
  const matter = random.pick([
    'the dispute with counterparty',
    'the commercial terms of contract',
    'the security incident',
    'the legal claim',
  ]);
  return `${matter} ${random.pick(['QX', 'RV', 'TN', 'LP', 'KD'])}-${String(random.int(1000, 9999))}`;
}

export function subjectOf(random: Random): string {
  const subject = random.pick(subjects);
  return subject === 'the Modification Proposal'
    ? `Modification Proposal MP${String(random.int(1, 400))}`
    : subject;
}

function fill(random: Random, template: string, context: Context): string {
  return template
    .replace(/\{who\}/g, () => random.pick(context.people))
    .replace(/\{subject\}/g, context.subject)
    .replace(/\{paper\}/g, () => random.pick(papers))
    .replace(/\{month\}/g, () => random.pick(months))
    .replace(/\{n\}/g, () => String(random.int(2, 40)))
    .replace(/\{amount\}/g, () => String(random.int(12, 950)))
    .replace(
      /\{code\}/g,
      () => `${random.pick(['QX', 'RV', 'TN', 'LP', 'KD'])}-${String(random.int(1000, 9999))}`,
    );
}

function sentence(random: Random, context: Context): string {
  const text = `${random.pick(openings)} ${random.pick(findings)}.${random.pick(tails)}`;
  const filled = fill(random, text, context);
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}

/** A sentence only a confidential entry says. */
function secretSentence(random: Random, context: Context): string {
  const filled = fill(random, random.pick(secretSentences), context);
  return `${filled.charAt(0).toUpperCase()}${filled.slice(1)}.`;
}

/**
 * A paragraph of two to five sentences, now and then followed by a list of bullet points; a
 * confidential one (`secret`) of sentences only confidential entries say.
 */
export function paragraph(random: Random, context: Context, secret = false): string {
  if (secret)
    return Array.from({ length: random.int(2, 4) }, () => secretSentence(random, context)).join(
      ' ',
    );
  const sentences = Array.from({ length: random.int(2, 5) }, () => sentence(random, context));
  let text = sentences.join(' ');
  if (random.chance(0.15)) {
    const bullets = Array.from({ length: random.int(2, 4) }, () => `- ${random.pick(findings)}`);
    text += `\n${fill(random, bullets.join('\n'), context)}`;
  }
  return text;
}

/** A post-meeting note. */
export function note(random: Random, context: Context, secret = false): string {
  if (secret) return `After the meeting, ${fill(random, random.pick(secretSentences), context)}.`;
  return `Following the meeting, ${fill(random, random.pick(findings), context)}.`;
}

export function decisionText(random: Random, context: Context, secret = false): string {
  if (secret) return fill(random, random.pick(secretDecisions), context);
  return fill(random, random.pick(decisionTexts), context);
}

export function actionText(random: Random, context: Context, secret = false): string {
  if (secret) return fill(random, random.pick(secretActions), context);
  return fill(random, random.pick(actionTexts), context);
}

export function updateText(
  random: Random,
  context: Context,
  closes: boolean,
  secret = false,
): string {
  if (secret)
    return closes
      ? fill(random, 'Matter {code} is settled and the action closed in confidence.', context)
      : fill(random, random.pick(secretUpdates), context);
  if (closes) return 'Completed. The action is closed.';
  return fill(random, random.pick(updateTexts), context);
}

export function itemTitle(random: Random, context: Context): string {
  const title = context.subject;
  const text = random.chance(0.5) ? title.replace(/^the /, '') : `Update on ${title}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export { months };
