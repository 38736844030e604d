import { splitParagraph } from '../domain';
import { resolveItemRefs } from '../domain/item-refs';
import type { AgendaItem, Archive, ArchiveBody, Interest, MinuteBlock } from '../domain';
import type { DocBlock, MinutesDocument, Variant } from './document';
import { amendmentNotes, approvalLine, wholeAmendmentBlocks } from './approval-lines';
import { findMeeting } from './find';
import { houseWords, minutesTitle } from './house-style';
import { redact, shownDecisions, type Redacted } from './redact';
import { typesetter } from './typography';
import { longDate } from './wording';
import { actionBlock, summaryBlocks } from './action-blocks';
import { attendanceBlocks } from './attendance-blocks';
import { interestSection, itemInterestLines, shownInterests } from './interest-lines';
import { decisionBlocks } from './decision-blocks';
import { outstandingBlocks } from './outstanding-blocks';
import { privatePartOpening } from './private-part';
import { paragraphNumberer } from './paragraph-numbers';

/** Typesets what the user typed (curly quotes, when the body says so); identity otherwise. */
type Typeset = (text: string) => string;

/**
 * Builds the minutes of one meeting in one variant, in the house style of the body's
 * published minutes: header, attendance, numbered items with their paragraphs, bullet lists,
 * decisions in the body's form ("The Panel NOTED …", "RESOLVED that …", plain sentences),
 * actions, post-meeting notes, the Actions Outstanding table where the body puts it (inside its
 * item, in an appendix after the closing summary of the meeting's actions, or nowhere), and
 * the title the body's template makes.
 * A deferred or withdrawn item says so (the body's wording); in the confidential minutes a
 * confidential item is marked and shows first what the public minutes print for it. Text
 * typed by the user gets curly quotes when the body says so; references never change.
 * Redaction happens in {@link redact}; a public document is checked by the leak guard once it
 * is written (see write.ts), on the file's own text.
 */
export function buildMinutes(
  archive: Archive,
  meetingId: string,
  variant: Variant,
): MinutesDocument {
  const found = findMeeting(archive, meetingId);
  if (found === undefined) throw new Error('That meeting is not in the archive.');
  const { body, meeting } = found;
  const shown = redact(body, meeting, variant);
  const date = longDate(meeting.date);
  const kindName = variant === 'public' ? 'Public' : 'Confidential';
  const typeset = typesetter(body.curlyQuotes);
  const interests = shownInterests(meeting, shown.items, variant);
  const document: MinutesDocument = {
    variant,
    classificationLabel: houseWords.classification[variant],
    draft: meeting.status !== 'approved',
    approved: approvalLine(meeting),
    metadata: {
      title: `${body.name} Meeting ${String(meeting.number)} Minutes`,
      author: body.secretariat,
      subject: `${kindName} minutes of the ${body.name} meeting held on ${date}`,
    },
    header: {
      bodyName: typeset(body.name),
      title: typeset(
        minutesTitle(
          { meeting: meeting.number, body: body.name, date: meeting.date, time: meeting.startTime },
          body.minutesTitle,
        ),
      ),
      lines: [
        date,
        `Time: ${meeting.startTime}`,
        ...(meeting.venue ? [`Venue: ${typeset(meeting.venue)}`] : []),
      ],
    },
    blocks: [
      ...attendanceBlocks(meeting.attendance, typeset, body),
      ...interestSection(interests, shown.items, typeset),
      ...shown.items.flatMap((s, index) => [
        ...privatePartOpening(body, shown.items, index, typeset),
        ...itemBlocks(body, s, shown, variant, typeset, interests),
        ...(s.reduced ? [] : amendmentNotes(meeting, s.item.id, variant, typeset)),
      ]),
      ...summaryBlocks(meeting, shown.actions, typeset, body),
      ...outstandingBlocks(body, 'appendix', shown, typeset),
      ...wholeAmendmentBlocks(meeting, variant, typeset),
    ],
  };
  return document;
}

function itemBlocks(
  body: ArchiveBody,
  shown: Redacted['items'][number],
  all: Redacted,
  variant: Variant,
  typeset: Typeset,
  interests: readonly Interest[],
): DocBlock[] {
  const { item, number, depth, reduced } = shown;
  const out: DocBlock[] = [
    { kind: 'heading', level: depth === 0 ? 1 : 2, number, text: typeset(item.title) },
  ];
  const summary = [item.publicSummary.trim(), body.publicSummarySentence.trim()]
    .filter((s) => s !== '')
    .join(' ');
  if (variant === 'confidential' && shown.confidential !== false) {
    out.push({ kind: 'mark', text: houseWords.confidentialMark });
    // What the public minutes print for it; an item inside a confidential one is not there.
    if (shown.confidential === 'own')
      out.push({ kind: 'note', label: houseWords.publicSummaryLabel, text: typeset(summary) });
  }
  const line = itemLine(body, item.status);
  if (line !== '') out.push({ kind: 'paragraph', text: typeset(line) });
  out.push(...itemInterestLines(interests, item.id, typeset));
  if (reduced) {
    out.push({ kind: 'paragraph', text: typeset(summary) });
    return out;
  }
  const numberer = paragraphNumberer(body.paragraphNumbers, number, shown.hasSubItems);
  for (const block of shown.blocks)
    out.push(...numberer(block.kind, minuteBlock(body, block, all, variant, typeset)));
  if (item.kind === 'actions-outstanding')
    out.push(...outstandingBlocks(body, 'item', all, typeset));
  return out;
}

/** The body's line for a deferred or withdrawn item, or '' for any other status. */
function itemLine(body: ArchiveBody, status: AgendaItem['status']): string {
  if (status === 'deferred') return body.deferredItemLine.trim();
  if (status === 'withdrawn') return body.withdrawnItemLine.trim();
  return '';
}

function minuteBlock(
  body: ArchiveBody,
  block: MinuteBlock,
  all: Redacted,
  variant: Variant,
  typeset: Typeset,
): DocBlock[] {
  // Cross-references print the target item's current number ([[item:…]], item-refs.ts).
  const refs = (text: string) => resolveItemRefs(text, all.refText);
  switch (block.kind) {
    case 'paragraph':
      return splitParagraph(refs(block.text)).map((part) =>
        part.kind === 'text'
          ? { kind: 'paragraph' as const, text: typeset(part.text) }
          : { kind: 'bullets' as const, items: part.items.map(typeset) },
      );
    case 'note': {
      const text = withoutLead(refs(block.text), houseWords.noteLabel);
      return text === ''
        ? []
        : [{ kind: 'note', label: houseWords.noteLabel, text: typeset(text) }];
    }
    case 'decisions':
      return decisionBlocks(
        body,
        shownDecisions(block.decisions, variant).map((d) => ({ ...d, text: refs(d.text) })),
        typeset,
      );
    case 'action': {
      const action = all.actionsById.get(block.actionId);
      return action === undefined ? [] : [actionBlock(action, typeset, body)];
    }
  }
}

/** The text without a lead-in it already carries, so that the label is never printed twice. */
function withoutLead(text: string, lead: string): string {
  const trimmed = text.trim();
  return trimmed.toLowerCase().startsWith(lead.toLowerCase())
    ? trimmed.slice(lead.length).trim()
    : trimmed;
}
