import { outstandingRows, phraseDecisions, splitParagraph } from '../domain';
import type {
  Action,
  Archive,
  ArchiveBody,
  ArchiveMeeting,
  Attendance,
  MinuteBlock,
} from '../domain';
import type { DocBlock, MinutesDocument, Variant } from './document';
import { findMeeting } from './find';
import { redact, shownDecisions, type Redacted } from './redact';
import { actionSentence, longDate, shortDate } from './wording';

/**
 * Builds the minutes of one meeting in one variant, in the house style of the body's
 * published minutes: header, attendance, numbered items with their paragraphs, bullet lists,
 * decisions ("The Panel NOTED …" / "The Panel:" and a list), actions, post-meeting notes, the
 * Actions Outstanding table inside its item, and a closing summary of the meeting's actions.
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
  const document: MinutesDocument = {
    variant,
    classificationLabel: variant === 'public' ? 'PUBLIC' : 'CONFIDENTIAL',
    draft: meeting.status !== 'approved',
    metadata: {
      title: `${body.name} Meeting ${String(meeting.number)} Minutes`,
      author: body.secretariat,
      subject: `${kindName} minutes of the ${body.name} meeting held on ${date}`,
    },
    header: {
      bodyName: body.name,
      title: `Meeting ${String(meeting.number)}`,
      lines: [
        date,
        `Time: ${meeting.startTime}`,
        ...(meeting.venue ? [`Venue: ${meeting.venue}`] : []),
      ],
    },
    blocks: [
      ...attendanceBlocks(meeting.attendance),
      ...shown.items.flatMap((s) => itemBlocks(body, s, shown, variant)),
      ...summaryBlocks(meeting, shown.actions),
    ],
  };
  return document;
}

const roles: { role: Attendance['role']; caption: string }[] = [
  { role: 'present', caption: 'Present' },
  { role: 'apologies', caption: 'Apologies' },
  { role: 'in-attendance', caption: 'In attendance' },
];

function attendanceBlocks(attendance: readonly Attendance[]): DocBlock[] {
  const tables: DocBlock[] = roles.flatMap(({ role, caption }) => {
    const people = attendance.filter((a) => a.role === role);
    if (people.length === 0) return [];
    return [
      {
        kind: 'table' as const,
        caption,
        columns: [
          { title: 'Name', width: 0.34 },
          { title: 'Organisation', width: 0.4 },
          { title: 'Note', width: 0.26 },
        ],
        rows: people.map((p) => [p.name, p.organisation, p.note]),
      },
    ];
  });
  if (tables.length === 0) return [];
  return [{ kind: 'heading', level: 1, number: '', text: 'Attendance' }, ...tables];
}

function itemBlocks(
  body: ArchiveBody,
  shown: Redacted['items'][number],
  all: Redacted,
  variant: Variant,
): DocBlock[] {
  const { item, number, depth, reduced } = shown;
  const out: DocBlock[] = [
    { kind: 'heading', level: depth === 0 ? 1 : 2, number, text: item.title },
  ];
  if (reduced) {
    const summary = [item.publicSummary.trim(), body.publicSummarySentence.trim()];
    out.push({ kind: 'paragraph', text: summary.filter((s) => s !== '').join(' ') });
    return out;
  }
  for (const block of shown.blocks) out.push(...minuteBlock(body, block, all, variant));
  if (item.kind === 'actions-outstanding') {
    const rows = outstandingRows(
      all.updates.map(({ update, action }) => ({ reference: action.reference, text: update.text })),
    );
    if (rows.length > 0) {
      out.push({
        kind: 'table',
        caption: 'Actions Outstanding',
        columns: [
          { title: 'Action Reference', width: 0.25 },
          { title: 'Update', width: 0.75 },
        ],
        rows: rows.map((r) => [r.label, r.text]),
      });
    }
  }
  return out;
}

function minuteBlock(
  body: ArchiveBody,
  block: MinuteBlock,
  all: Redacted,
  variant: Variant,
): DocBlock[] {
  switch (block.kind) {
    case 'paragraph':
      return splitParagraph(block.text).map((part) =>
        part.kind === 'text'
          ? { kind: 'paragraph' as const, text: part.text }
          : { kind: 'bullets' as const, items: part.items },
      );
    case 'note':
      return block.text.trim() === '' ? [] : [{ kind: 'note', text: block.text.trim() }];
    case 'decisions': {
      const phrase = phraseDecisions(body.minutesName, shownDecisions(block.decisions, variant));
      if (phrase.kind === 'none') return [];
      if (phrase.kind === 'sentence')
        return [{ kind: 'decisions', lead: null, lines: [phrase.text] }];
      return [{ kind: 'decisions', lead: phrase.lead, lines: phrase.lines }];
    }
    case 'action': {
      const action = all.actionsById.get(block.actionId);
      if (action === undefined) return [];
      return [
        {
          kind: 'action',
          reference: action.reference,
          owner: action.owner,
          text: actionSentence(action),
        },
      ];
    }
  }
}

function summaryBlocks(meeting: ArchiveMeeting, actions: readonly Action[]): DocBlock[] {
  if (actions.length === 0) return [];
  return [
    { kind: 'heading', level: 1, number: '', text: 'Summary of actions' },
    {
      kind: 'table',
      caption: `Actions arising from Meeting ${String(meeting.number)}`,
      columns: [
        { title: 'Reference', width: 0.16 },
        { title: 'Owner', width: 0.14 },
        { title: 'Action', width: 0.52 },
        { title: 'Due', width: 0.18 },
      ],
      rows: actions.map((a) => [
        a.reference,
        a.owner,
        capitalise(a.text.trim()),
        shortDate(a.dueDate),
      ]),
    },
  ];
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en') + text.slice(1);
}
