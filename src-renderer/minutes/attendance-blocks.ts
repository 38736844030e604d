import { byPosition } from '../domain';
import type { ArchiveBody, Attendance } from '../domain';
import type { DocBlock } from './document';
import { houseWords } from './house-style';

/** Typesets what the user typed (curly quotes, when the body says so); identity otherwise. */
type Typeset = (text: string) => string;

/** What the attendance tables need of the body: how people are shown, and its members. */
type People = Pick<ArchiveBody, 'peopleDisplay' | 'members'>;

const roles: { role: Attendance['role']; caption: string }[] = [
  { role: 'present', caption: 'Present' },
  { role: 'apologies', caption: 'Apologies' },
  { role: 'in-attendance', caption: 'In attendance' },
];

/**
 * One table per role, each in the order set on the Attendance screen (position). When the
 * body shows people by initials, each table has an Initials column: the key to the initials
 * the minutes use. An alternate who holds a member's vote is noted "(alternate for Jane Smith)".
 */
export function attendanceBlocks(
  attendance: readonly Attendance[],
  typeset: Typeset,
  body?: People,
): DocBlock[] {
  const ordered = [...attendance].sort(byPosition);
  const members = new Map((body?.members ?? []).map((m) => [m.id, m]));
  const initials = body?.peopleDisplay === 'initials';
  const note = (p: Attendance): string => {
    const heldFor = p.forMemberId === null ? undefined : members.get(p.forMemberId);
    const alternate = heldFor ? `(alternate for ${heldFor.name})` : '';
    return [p.note.trim(), alternate].filter((s) => s !== '').join(' ');
  };
  const tables: DocBlock[] = roles.flatMap(({ role, caption }) => {
    const people = ordered.filter((a) => a.role === role);
    if (people.length === 0) return [];
    const columns = initials
      ? [
          { title: 'Name', width: 0.3 },
          { title: 'Initials', width: 0.1 },
          { title: 'Organisation', width: 0.36 },
          { title: 'Note', width: 0.24 },
        ]
      : [
          { title: 'Name', width: 0.34 },
          { title: 'Organisation', width: 0.4 },
          { title: 'Note', width: 0.26 },
        ];
    return [
      {
        kind: 'table' as const,
        caption,
        columns,
        rows: people.map((p) => {
          const key = p.memberId === null ? '' : (members.get(p.memberId)?.initials.trim() ?? '');
          const cells = initials
            ? [p.name, key, p.organisation, note(p)]
            : [p.name, p.organisation, note(p)];
          return cells.map(typeset);
        }),
      },
    ];
  });
  if (tables.length === 0) return [];
  return [{ kind: 'heading', level: 1, number: '', text: houseWords.attendance }, ...tables];
}
