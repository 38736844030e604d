import { byPosition } from '../domain';
import type { Attendance } from '../domain';
import type { DocBlock } from './document';
import { houseWords } from './house-style';

/** Typesets what the user typed (curly quotes, when the body says so); identity otherwise. */
type Typeset = (text: string) => string;

const roles: { role: Attendance['role']; caption: string }[] = [
  { role: 'present', caption: 'Present' },
  { role: 'apologies', caption: 'Apologies' },
  { role: 'in-attendance', caption: 'In attendance' },
];

/** One table per role, each in the order set on the Attendance screen (position). */
export function attendanceBlocks(attendance: readonly Attendance[], typeset: Typeset): DocBlock[] {
  const ordered = [...attendance].sort(byPosition);
  const tables: DocBlock[] = roles.flatMap(({ role, caption }) => {
    const people = ordered.filter((a) => a.role === role);
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
        rows: people.map((p) => [p.name, p.organisation, p.note].map(typeset)),
      },
    ];
  });
  if (tables.length === 0) return [];
  return [{ kind: 'heading', level: 1, number: '', text: houseWords.attendance }, ...tables];
}
