import { z } from 'zod';
import {
  actionSchema,
  actionUpdateSchema,
  agendaItemSchema,
  amendmentSchema,
  archiveSchema,
  attendanceSchema,
  bodySchema,
  interestSchema,
  meetingSchema,
  memberSchema,
  minuteBlockSchema,
  type Archive,
} from './archive-schema';

/** "bodies[0].meetings[2].date" from zod's path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${String(key)}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(the archive)' : out;
}

/**
 * A schema checked record by record: `lists` names the fields holding lists of records, each
 * checked on its own, so that checking can stop once enough problems are found. Zod has no
 * such stop of its own: on the whole archive it would build every issue of every row first.
 */
interface Part {
  schema: z.ZodType;
  lists?: Record<string, Part>;
}

const archiveParts: Part = {
  schema: archiveSchema,
  lists: {
    bodies: {
      schema: bodySchema,
      lists: {
        members: { schema: memberSchema },
        meetings: {
          schema: meetingSchema,
          lists: {
            agendaItems: { schema: agendaItemSchema },
            minuteBlocks: { schema: minuteBlockSchema },
            attendance: { schema: attendanceSchema },
            amendments: { schema: amendmentSchema },
            interests: { schema: interestSchema },
          },
        },
        actions: { schema: actionSchema },
        actionUpdates: { schema: actionUpdateSchema },
      },
    },
  },
};

const aList = z.array(z.unknown());

/** A record's schema without its lists of records, and its keys in the schema's order. */
const heads = new Map<Part, { schema: z.ZodType; keys: string[] }>();

function headOf(part: Part, lists: Record<string, Part>) {
  let head = heads.get(part);
  if (head === undefined) {
    const object = part.schema as z.ZodObject;
    const mask: Record<string, true> = {};
    for (const key of Object.keys(lists)) mask[key] = true;
    head = {
      schema: object.omit(mask as Record<string, true> & Record<number, never>),
      keys: Object.keys(object.shape),
    };
    heads.set(part, head);
  }
  return head;
}

/** Problems found so far, as "path: message", at most `max + 1` of them. */
class Problems {
  readonly found: string[] = [];
  constructor(private readonly max: number) {}

  isFull(): boolean {
    return this.found.length > this.max;
  }

  add(issues: readonly z.core.$ZodIssue[], at: readonly PropertyKey[]): void {
    for (const issue of issues) {
      if (this.isFull()) return;
      this.found.push(`${formatPath([...at, ...issue.path])}: ${issue.message}`);
    }
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks `value` against `part`, row by row; its parsed value, or undefined once it fails. */
function check(part: Part, value: unknown, at: PropertyKey[], problems: Problems): unknown {
  const lists = part.lists;
  if (lists === undefined || !isRecord(value)) {
    const parsed = part.schema.safeParse(value);
    if (parsed.success) return parsed.data;
    problems.add(parsed.error.issues, at);
    return undefined;
  }
  const head = headOf(part, lists);
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(value)) if (!Object.hasOwn(lists, key)) rest[key] = value[key];
  const parsed = head.schema.safeParse(rest);
  if (!parsed.success) problems.add(parsed.error.issues, at);
  const rows: Record<string, unknown[]> = {};
  for (const [key, row] of Object.entries(lists)) {
    if (problems.isFull()) return undefined;
    const list = value[key];
    if (!Array.isArray(list)) {
      const wrong = aList.safeParse(list);
      if (!wrong.success) problems.add(wrong.error.issues, [...at, key]);
      continue;
    }
    const out: unknown[] = [];
    for (let i = 0; i < list.length && !problems.isFull(); i += 1) {
      out.push(check(row, list[i], [...at, key, i], problems));
    }
    rows[key] = out;
  }
  if (!parsed.success || problems.found.length > 0) return undefined;
  const data = parsed.data as Record<string, unknown>;
  const whole: Record<string, unknown> = {};
  for (const key of head.keys) whole[key] = Object.hasOwn(lists, key) ? rows[key] : data[key];
  return whole;
}

/**
 * Checks a value against the archive schema as `archiveSchema.safeParse` would, record by
 * record, and stops once more than `max` problems are found: the work and the problems kept
 * stay in proportion to `max`, however many rows are wrong. The errors, at most `max + 1`, are
 * "bodies[0].meetings[2].date: not a calendar date".
 */
export function validateArchive(
  value: unknown,
  max: number,
): { ok: true; archive: Archive } | { ok: false; errors: string[] } {
  const problems = new Problems(max);
  const checked = check(archiveParts, value, [], problems);
  if (problems.found.length > 0 || checked === undefined) {
    return { ok: false, errors: problems.found };
  }
  return { ok: true, archive: checked as Archive };
}
