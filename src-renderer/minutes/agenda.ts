import type { AgendaConfidentialItems, ArchiveBody, Archive } from '../domain';
import { agendaTimes, type ItemTime } from './agenda-times';
import type { CellStyle, MinutesDocument, TableColumn, Variant } from './document';
import { findMeeting } from './find';
import { agendaTitle, emphasis, headingNumber, houseWords, type Emphasis } from './house-style';
import { redact, type ShownItem } from './redact';
import { typesetter } from './typography';
import { longDate } from './wording';

export interface AgendaOptions {
  /** How the public agenda shows a confidential item; the body's setting when not given. */
  confidentialItems?: AgendaConfidentialItems;
}

/**
 * The body's choice of how the public agenda shows a confidential item. The setting
 * (`Body.agendaConfidentialItems`) comes with archive format 4; a body stored before it has
 * no such field and is read as 'title', the setting's default, so this works with and
 * without the field.
 */
export function agendaConfidentialItemsOf(body: ArchiveBody): AgendaConfidentialItems {
  const mode = (body as { agendaConfidentialItems?: AgendaConfidentialItems })
    .agendaConfidentialItems;
  return mode === 'omit' ? 'omit' : 'title';
}

/** The columns of the agenda: the title gets most of the width, the time two short lines. */
const agendaColumns: TableColumn[] = [
  { title: 'Item', width: 0.08 },
  { title: 'Title', width: 0.43 },
  { title: 'Presenter', width: 0.17 },
  { title: 'Papers', width: 0.21 },
  { title: 'Time', width: 0.11 },
];

/** "15 min": the planned minutes as the time column prints them under the start. */
function plannedWords(minutes: number): string {
  return `${String(minutes)} min`;
}

/** "10:15" over "15 min"; the start alone when nothing is planned; nothing when it does not run. */
function timeCell(time: ItemTime | undefined): string {
  if (time?.start == null) return '';
  return time.plannedMinutes === null
    ? time.start
    : `${time.start}\n${plannedWords(time.plannedMinutes)}`;
}

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/**
 * Builds the agenda of one meeting in one variant, through the same document model as the
 * minutes, so that the same writers print it and the same leak guard checks it: the title
 * block ("Agenda of Meeting 30", date, time, venue), then a table of the items, numbered as
 * the minutes number them, each with its presenter, its paper references and the time it
 * starts over its planned minutes (agenda-times.ts).
 *
 * The confidential agenda shows every item, a confidential one (or one inside it) marked
 * "CONFIDENTIAL" in bold under its title, as the minutes mark it. The public agenda shows a
 * confidential item by its title and public summary only, with its time, or leaves it out
 * when the body (or `options`) says 'omit'; the items inside it are left out either way, as
 * in the public minutes (redact.ts decides which items a variant shows). A deferred or
 * withdrawn item carries the body's line for it and no time.
 */
export function buildAgenda(
  archive: Archive,
  meetingId: string,
  variant: Variant,
  options: AgendaOptions = {},
): MinutesDocument {
  const found = findMeeting(archive, meetingId);
  if (found === undefined) throw new Error('That meeting is not in the archive.');
  const { body, meeting } = found;
  const mode = options.confidentialItems ?? agendaConfidentialItemsOf(body);
  const typeset = typesetter(body.curlyQuotes);
  const times = agendaTimes(meeting.agendaItems, meeting.startTime, body.unplannedItemMinutes);
  const shown = redact(body, meeting, variant).items.filter((s) => !(s.reduced && mode === 'omit'));
  const date = longDate(meeting.date);
  const kindName = variant === 'public' ? 'Public' : 'Confidential';
  const rows = shown.map((s) => itemRow(body, s, variant, times.get(s.item.id), typeset));
  return {
    kind: 'agenda',
    variant,
    classificationLabel: houseWords.classification[variant],
    draft: meeting.status === 'draft',
    metadata: {
      title: `${body.name} Meeting ${String(meeting.number)} Agenda`,
      author: body.secretariat,
      subject: `${kindName} agenda of the ${body.name} meeting on ${date}`,
    },
    header: {
      bodyName: typeset(body.name),
      title: typeset(
        agendaTitle(
          { meeting: meeting.number, body: body.name, date: meeting.date, time: meeting.startTime },
          body.agendaTitle,
        ),
      ),
      lines: [
        date,
        `Time: ${meeting.startTime}`,
        ...(meeting.venue ? [`Venue: ${typeset(meeting.venue)}`] : []),
      ],
    },
    blocks: [
      {
        kind: 'table',
        caption: '',
        columns: agendaColumns,
        rows: rows.map((r) => r.cells),
        styles: rows.map((r) => [undefined, r.title]),
      },
    ],
  };
}

function itemRow(
  body: ArchiveBody,
  shown: ShownItem,
  variant: Variant,
  time: ItemTime | undefined,
  typeset: (text: string) => string,
): { cells: string[]; title: CellStyle } {
  const { item, number, depth, reduced } = shown;
  // An item's title in bold, as the minutes' headings are; a sub-item's in the regular face.
  const lines: { text: string; face: Emphasis }[] = [
    { text: typeset(oneLine(item.title)), face: depth === 0 ? emphasis.heading : 'regular' },
  ];
  if (variant === 'confidential' && shown.confidential !== false)
    lines.push({ text: houseWords.confidentialMark, face: emphasis.mark });
  const status =
    item.status === 'deferred'
      ? body.deferredItemLine
      : item.status === 'withdrawn'
        ? body.withdrawnItemLine
        : '';
  if (status.trim() !== '') lines.push({ text: typeset(oneLine(status)), face: 'regular' });
  // The public agenda says of a confidential item only what the public minutes say of it.
  if (reduced && item.publicSummary.trim() !== '')
    lines.push({ text: typeset(oneLine(item.publicSummary)), face: 'regular' });
  return {
    cells: [
      headingNumber(depth === 0 ? 1 : 2, number),
      lines.map((l) => l.text).join('\n'),
      reduced ? '' : typeset(item.presenter.trim()),
      // References are printed exactly as issued, one a line.
      reduced
        ? ''
        : item.paperRefs
            .map((r) => oneLine(r))
            .filter((r) => r !== '')
            .join('\n'),
      timeCell(time),
    ],
    title: { emphasis: lines.map((l) => l.face), indent: depth },
  };
}
