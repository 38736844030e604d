import { archiveLimits, grouped, listNames, places, type Place } from './archive-limits';

const notRead = 'It was not read.';

/** Character codes the scan looks at. */
const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const OPEN_RECORD = 0x7b;
const CLOSE_RECORD = 0x7d;
const LETTER_U = 0x75;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const endsScalar = (c: number) =>
  c === COMMA || c === CLOSE_LIST || c === CLOSE_RECORD || c === COLON || isSpace(c);

/**
 * Why the text of an archive is beyond {@link archiveLimits}, in a sentence for the user, or
 * null when it is within them. One loop over the characters with an explicit stack of at most
 * `depth` levels: no recursion and nothing built but the few field names it passes. It relies
 * on JSON.parse, run afterwards, to refuse text that is not JSON; on such text it may say
 * nothing, or name a limit, but it always ends. `length` is the length of the text as it will
 * be written, where that differs from `text` by a short field's value only (a backup's export
 * time, filled in after the check).
 */
export function archiveTextProblem(text: string, length = text.length): string | null {
  if (length > archiveLimits.size) {
    const mb = String(Math.round(archiveLimits.size / 1024 / 1024));
    return `The file is too large for an archive (over ${mb} MB).`;
  }
  return new Scan(text).run();
}

/** How many characters {@link archiveTextProblemInSlices} scans between rests. */
const scanSliceChars = 1 << 20;

/**
 * {@link archiveTextProblem}, `sliceChars` of the text at a time with `rest` awaited between
 * slices: for a check beside someone typing (a backup's), where scanning 65 MB at once held a
 * core for half a second.
 */
export async function archiveTextProblemInSlices(
  text: string,
  length: number,
  rest: () => Promise<void>,
  sliceChars = scanSliceChars,
): Promise<string | null> {
  if (length > archiveLimits.size) return archiveTextProblem(text, length);
  const scan = new Scan(text);
  for (let at = 0; ;) {
    await rest();
    const scanned = scan.slice(at, at + Math.max(1, sliceChars));
    if (typeof scanned !== 'number') return scanned;
    at = scanned;
  }
}

class Scan {
  private readonly text: string;
  /** Per level (0 is outside everything): a list or not, entries or fields so far, place. */
  private readonly isList = new Uint8Array(archiveLimits.depth + 1);
  private readonly count = new Int32Array(archiveLimits.depth + 1);
  private readonly place: (Place | null)[] = [places];
  /** The field name under which each level's record or list stands in its record. */
  private readonly keys: string[] = [''];
  private depth = 0;
  private values = 0;
  private containers = 0;
  private expectKey = false;
  private key = '';
  /** The next backslash at or after the scan's position, or -1: found once, not per text. */
  private backslash = -2;
  /** The end of the latest text and its length once read (set by `stringEnd`). */
  private end = 0;
  private length = 0;

  constructor(text: string) {
    this.text = text;
  }

  run(): string | null {
    for (let at = 0; ;) {
      const scanned = this.slice(at, Infinity);
      if (typeof scanned !== 'number') return scanned;
      at = scanned;
    }
  }

  /**
   * Scans on from `from` until at or past `until`: the first problem, null at the end of the
   * text with none, or where to go on from.
   */
  slice(from: number, until: number): string | null | number {
    const { text } = this;
    const n = text.length;
    let i = from;
    while (i < n) {
      if (i >= until) return i;
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        i += 1;
      } else if (c === QUOTE) {
        this.stringEnd(i);
        const problem = this.string(i);
        if (problem !== null) return problem;
        i = this.end + 1;
      } else if (c === OPEN_LIST || c === OPEN_RECORD) {
        const problem = this.value(i) ?? this.open(c === OPEN_LIST);
        if (problem !== null) return problem;
        i += 1;
      } else if (c === CLOSE_LIST || c === CLOSE_RECORD) {
        if (this.depth > 0) this.depth -= 1;
        this.expectKey = false;
        i += 1;
      } else if (c === COMMA) {
        this.expectKey = this.isList[this.depth] === 0 && this.depth > 0;
        i += 1;
      } else if (c === COLON) {
        this.expectKey = false;
        i += 1;
      } else {
        // A number, true, false or null (or not JSON, which JSON.parse will say).
        const problem = this.value(i);
        if (problem !== null) return problem;
        i += 1;
        while (i < n && !endsScalar(text.charCodeAt(i)) && text.charCodeAt(i) !== QUOTE) i += 1;
      }
    }
    return null;
  }

  /** Sets `end` and `length`: where the text opening at `start` ends, and its characters. */
  private stringEnd(start: number): void {
    const { text } = this;
    let from = start + 1;
    let length = 0;
    for (;;) {
      const quote = text.indexOf('"', from);
      if (quote < 0) {
        this.end = text.length;
        this.length = length + text.length - from;
        return;
      }
      if (this.backslash !== -1 && this.backslash < from) {
        this.backslash = text.indexOf('\\', from);
      }
      if (this.backslash < 0 || this.backslash > quote) {
        this.end = quote;
        this.length = length + quote - from;
        return;
      }
      const escape = this.backslash;
      length += escape - from + 1;
      from = escape + (text.charCodeAt(escape + 1) === LETTER_U ? 6 : 2);
    }
  }

  /** A text from `start` to `end`: a field name, or a value. */
  private string(start: number): string | null {
    const { depth, length } = this;
    if (!this.expectKey) {
      const problem = this.value(start);
      if (problem !== null) return problem;
      if (length <= archiveLimits.text) return null;
      return (
        `This archive has a text of ${grouped(length)} characters at ${this.path(depth, true)}; ` +
        `Minutebook reads texts of at most ${grouped(archiveLimits.text)} characters. ${notRead}`
      );
    }
    this.expectKey = false;
    if (length > archiveLimits.fieldName) {
      return (
        `This archive has a field name of ${grouped(length)} characters in ${this.path(depth, false)}; ` +
        `Minutebook's field names are at most ${grouped(archiveLimits.fieldName)} characters. ${notRead}`
      );
    }
    this.key = this.text.slice(start + 1, this.end);
    this.count[depth] = (this.count[depth] ?? 0) + 1;
    if ((this.count[depth] ?? 0) <= archiveLimits.fields) return null;
    return (
      `This archive has a record of more than ${grouped(archiveLimits.fields)} fields at ` +
      `${this.path(depth, false)}; Minutebook's records have far fewer. ${notRead}`
    );
  }

  /** A value begins at `at`: counted in the whole and in its list. */
  private value(at: number): string | null {
    this.values += 1;
    if (this.values > archiveLimits.values) {
      return (
        `This archive holds more than ${grouped(archiveLimits.values)} values (texts, numbers, ` +
        `records and lists); Minutebook reads at most that many. ${notRead}`
      );
    }
    const { depth } = this;
    if (depth === 0 || this.isList[depth] === 0) return null;
    const count = (this.count[depth] ?? 0) + 1;
    this.count[depth] = count;
    const place = this.place[depth];
    const list = place?.list ?? null;
    const most = list === null ? archiveLimits.list : archiveLimits.lists[list];
    if (count <= most) return null;
    const total = count - 1 + entriesFrom(this.text, at);
    const where = this.path(depth, false);
    if (list !== null) {
      return (
        `This archive has ${grouped(total)} ${listNames[list]} (${where}); ` +
        `Minutebook reads at most ${grouped(most)}. ${notRead}`
      );
    }
    return (
      `This archive has a list of ${grouped(total)} entries at ${where}; ` +
      `Minutebook reads at most ${grouped(most)} there. ${notRead}`
    );
  }

  /** A record or list opens inside the current level. */
  private open(list: boolean): string | null {
    this.containers += 1;
    if (this.containers > archiveLimits.containers) {
      return (
        `This archive holds more than ${grouped(archiveLimits.containers)} records and lists; ` +
        `Minutebook reads at most that many. ${notRead}`
      );
    }
    const parent = this.depth;
    if (parent === archiveLimits.depth) {
      return (
        `This archive nests deeper than any Minutebook archive (more than ` +
        `${String(archiveLimits.depth)} levels). ${notRead}`
      );
    }
    const inRecord = parent > 0 && this.isList[parent] === 0;
    const at = this.place[parent] ?? null;
    const depth = parent + 1;
    // A record in a list of records shares its list's place; a list in a list has none.
    if (inRecord) this.place[depth] = at?.children.get(this.key) ?? null;
    else this.place[depth] = parent > 0 && list ? null : at;
    this.keys[depth] = inRecord ? this.key : '';
    this.isList[depth] = list ? 1 : 0;
    this.count[depth] = 0;
    this.depth = depth;
    this.expectKey = !list;
    return null;
  }

  /**
   * "bodies[0].meetings[2]": where the level `depth` stands, or with `last` its latest entry or
   * field.
   */
  private path(depth: number, last: boolean): string {
    let out = '';
    const step = (level: number, parent: number) => {
      if (this.isList[parent] === 1) out += `[${String((this.count[parent] ?? 1) - 1)}]`;
      else out += out === '' ? (this.keys[level] ?? '') : `.${this.keys[level] ?? ''}`;
    };
    for (let level = 2; level <= depth; level += 1) step(level, level - 1);
    if (last && depth > 0) {
      if (this.isList[depth] === 1) out += `[${String((this.count[depth] ?? 1) - 1)}]`;
      else out += out === '' ? this.key : `.${this.key}`;
    }
    return out === '' ? 'the top level' : out;
  }
}

/**
 * How many entries a list holds from the one that begins at `start` to its end: commas at
 * its own level, plus one. Counts without building anything.
 */
function entriesFrom(text: string, start: number): number {
  let entries = 1;
  let level = 0;
  let backslash = -2;
  for (let i = start; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) return entries;
        if (backslash !== -1 && backslash < from) backslash = text.indexOf('\\', from);
        if (backslash < 0 || backslash > quote) {
          i = quote;
          break;
        }
        from = backslash + 2;
      }
    } else if (c === OPEN_LIST || c === OPEN_RECORD) level += 1;
    else if (c === CLOSE_LIST || c === CLOSE_RECORD) {
      if (level === 0) return entries;
      level -= 1;
    } else if (c === COMMA && level === 0) entries += 1;
  }
  return entries;
}
