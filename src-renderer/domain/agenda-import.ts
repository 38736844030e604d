/**
 * Reads an agenda pasted as text, or taken from a Word file, into items with sub-items,
 * presenters, paper references, planned minutes and confidentiality, for the secretary to
 * check before anything is stored. Pure: lines in, a tree out.
 *
 * How lines nest: a number or bullet of a style not seen yet opens a level under the item
 * above ("1." then "a)" then "(i)"); one of a style already open closes the levels below it;
 * "2.1" goes under item 2; indentation (or a Word list's level) settles the rest. A line with
 * no number joins the title above when it continues it ("…Decision Making" / "Principles"),
 * fills a field when it is one ("Presenter: J. Smith"), and is otherwise kept as a note on
 * the item — never dropped unseen.
 */
import { mergeFields, readFieldLine, readItemText, type LineFields } from './agenda-import-fields';
import { readMarker, type Marker } from './agenda-import-marker';
import { readsAsPresenter } from './agenda-import-people';
import {
  agendaImportLimits,
  cleanLines,
  columnAt,
  importRefusal,
  textLines,
  type CleanLine,
  type ImportLine,
} from './agenda-import-text';
import { formatClock, minutesBetween } from './agenda-import-time';
import {
  continuesTitle,
  isHeading,
  isPreamble,
  openLevel,
  placeItem,
  sectionChange,
  titleLike,
  type OpenLevel,
} from './agenda-import-lines';

export type { ImportLine } from './agenda-import-text';

/** One item read from the agenda, with its sub-items. */
export interface ImportedItem {
  title: string;
  presenter: string;
  paperRefs: string[];
  plannedMinutes: number | null;
  /** The start time shown beside it ("10:30"), or null. */
  startTime: string | null;
  confidential: boolean;
  /** Why it is confidential: a marker in its own text, or a heading such as "Part B" above it. */
  confidentialBy: 'marker' | 'section' | null;
  /** The number or bullet as written: "2.1", "a)", "•"; "" for a Word list item or none. */
  marker: string;
  /** How the text numbered it: a number or letter, a bullet, a Word list, or nothing. */
  numbering: 'number' | 'bullet' | 'list' | 'none';
  /** The lines (counted from 1) it was read from. */
  lines: number[];
  /** Lines taken into the title after its first: a title wrapped over several lines. */
  joined: number;
  /** Text under the item that is not part of it (a purpose, a description), shown, not stored. */
  notes: string[];
  children: ImportedItem[];
}

/** A line that became no item and no part of one, and why. */
export interface LeftOutLine {
  line: number;
  text: string;
  reason: 'before the first item' | 'heading' | 'too long' | 'number without a title';
}

export type AgendaImport =
  | { ok: true; items: ImportedItem[]; count: number; leftOut: LeftOutLine[] }
  | { ok: false; message: string };

export interface AgendaImportOptions {
  /** Names the body uses (members, their roles, its secretariat), recognised as presenters. */
  knownNames?: readonly string[];
}

interface Node {
  item: ImportedItem;
  fields: LineFields;
  parent: Node | null;
  depth: number;
  indent: number;
  /** The column where its title starts: a line indented to it belongs to this item. */
  content: number;
}

function listMarker(line: CleanLine): Marker {
  return {
    raw: line.list === 'bullet' ? '•' : '',
    style: `list-${line.list ?? 'ordered'}`,
    alternative: null,
    value: null,
    alternativeValue: null,
    path: null,
    weak: false,
    rest: line.text,
  };
}

/** The column where the text after a line's number starts. */
function contentColumn(line: CleanLine, rest: string): number {
  const at = rest === '' ? -1 : line.raw.lastIndexOf(rest);
  return at < 0 ? line.indent : columnAt(line.raw, at);
}

/** True for a line with nothing to read: blank, or a rule drawn with dashes or bars. */
function isBlank(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

function numberingOf(marker: Marker | null): ImportedItem['numbering'] {
  if (marker === null) return 'none';
  if (marker.style.startsWith('list-')) return 'list';
  return marker.style.startsWith('bullet') ? 'bullet' : 'number';
}

const tooMany =
  `That agenda has more than ${String(agendaImportLimits.items)} items; an import takes at most ` +
  `${String(agendaImportLimits.items)} at a time. Nothing was added — split it and import it in parts.`;

/** The reader's state while it goes through the lines. */
class Reader {
  readonly roots: ImportedItem[] = [];
  readonly nodes: Node[] = [];
  readonly leftOut: LeftOutLine[] = [];
  readonly stack: OpenLevel<Node>[] = [];
  last: Node | null = null;
  /**
   * What the previous line gave `last`: its title (the next line may continue it), a note
   * (the next line may continue that), or nothing (a blank line came between).
   */
  follows: 'title' | 'note' | null = null;
  confidentialSection = false;
  /** The last number of the top-level list ("7" after "7."), for a bare "8 Title". */
  lastNumber = 0;

  constructor(
    readonly structured: boolean,
    readonly known: readonly string[],
  ) {}

  leave(line: CleanLine, reason: LeftOutLine['reason']): void {
    this.leftOut.push({ line: line.number, text: line.text, reason });
    this.follows = null;
  }

  /** Adds an item for a line; false when the import would hold too many. */
  add(marker: Marker | null, line: CleanLine, text: string): boolean {
    if (this.nodes.length >= agendaImportLimits.items) return false;
    const fields = readItemText(text, this.known);
    const { parent, level } = placeItem(this.stack, marker, line.indent, this.structured);
    // Deeper than an agenda goes: kept beside the deepest level instead.
    let host = parent;
    while (host !== null && host.depth + 1 >= agendaImportLimits.depth) host = host.parent;
    const item: ImportedItem = {
      title: fields.title,
      presenter: '',
      paperRefs: [],
      plannedMinutes: null,
      startTime: null,
      confidential: false,
      confidentialBy: this.confidentialSection ? 'section' : null,
      marker: marker?.raw ?? '',
      numbering: numberingOf(marker),
      lines: [line.number],
      joined: 0,
      notes: [],
      children: [],
    };
    const node: Node = {
      item,
      fields,
      parent: host,
      depth: host === null ? 0 : host.depth + 1,
      indent: line.indent,
      content: line.level !== undefined ? line.indent : contentColumn(line, text),
    };
    (host === null ? this.roots : host.item.children).push(item);
    openLevel(this.stack, level, node);
    const number = marker?.path?.length === 1 ? marker.path[0] : undefined;
    if (node.depth === 0 && number !== undefined) this.lastNumber = number;
    this.nodes.push(node);
    this.last = node;
    this.follows = 'title';
    return true;
  }

  /**
   * A line with no number: a heading, a field or the rest of the title of the item above,
   * an item of its own, or a note on the item above. False when there are too many items.
   */
  unnumbered(line: CleanLine): boolean {
    const { text } = line;
    const section = sectionChange(text);
    if (section !== null) {
      this.confidentialSection = section;
      this.leave(line, 'heading');
      return true;
    }
    const last = this.last;
    if (last === null && (this.structured || isPreamble(text))) {
      this.leave(line, 'before the first item');
      return true;
    }
    if (isHeading(text)) {
      this.leave(line, 'heading');
      return true;
    }
    const owner = this.owner(line);
    if (owner !== null) {
      const fields = readFieldLine(text, this.known);
      if (fields !== null) {
        mergeFields(owner.fields, fields);
        owner.item.lines.push(line.number);
        return true;
      }
    }
    if (last !== null) {
      if (this.follows === 'title' && continuesTitle(last.fields.title, text, this.structured)) {
        const more = readItemText(text, this.known);
        const title = `${last.fields.title} ${more.title}`.trim();
        mergeFields(last.fields, more);
        last.fields.title = title;
        last.item.joined++;
        last.item.lines.push(line.number);
        return true;
      }
    }
    const deeper = last !== null && this.structured && line.indent > last.indent;
    if (titleLike(text) && !deeper) return this.add(null, line, text);
    if (owner === null) {
      this.leave(line, 'before the first item');
      return true;
    }
    const notes = owner.fields.notes;
    const lastNote = notes.at(-1);
    if (this.follows === 'note' && lastNote !== undefined)
      notes[notes.length - 1] = `${lastNote} ${text}`;
    else notes.push(text);
    owner.item.lines.push(line.number);
    this.follows = 'note';
    return true;
  }

  /**
   * The item a line under the items belongs to: the last one, or — when the line is indented
   * to where an item's title starts, as "Lead: …" under "6.→Housing" after its "(b)" — that
   * item.
   */
  owner(line: CleanLine): Node | null {
    if (line.indent === 0) return this.last;
    for (let node = this.last; node !== null; node = node.parent) {
      if (node.content <= line.indent + 1) return node;
    }
    return this.last;
  }

  /** "1. Minutes" then "– Panel Chair" on the next line: that names the presenter. */
  presenterBullet(marker: Marker): boolean {
    const last = this.last;
    if (
      last === null ||
      this.follows !== 'title' ||
      !marker.style.startsWith('bullet') ||
      !'-–—'.includes(marker.raw) ||
      last.fields.presenterWeight > 0 ||
      !readsAsPresenter(marker.rest, 'strict', this.known)
    ) {
      return false;
    }
    last.fields.presenter = marker.rest;
    last.fields.presenterWeight = 1;
    return true;
  }
}

interface Pending {
  marker: Marker;
  line: CleanLine;
}

/** Reads lines (from a paste, or a Word file's paragraphs with their list levels). */
export function parseAgendaLines(
  input: readonly ImportLine[],
  options: AgendaImportOptions = {},
): AgendaImport {
  const refusal = importRefusal(input);
  if (refusal !== null) return { ok: false, message: refusal };
  const lines = cleanLines(input);
  const marks = lines.map((line) =>
    isBlank(line.text) ? null : line.level !== undefined ? listMarker(line) : readMarker(line.text),
  );
  const structured = marks.some((m) => m !== null && (!m.weak || m.value === 1));
  const reader = new Reader(structured, options.knownNames ?? []);
  // A number alone on its line ("1" above "Minutes", as a table copied from a PDF gives it).
  const hold: { pending: Pending | null } = { pending: null };

  for (const [index, line] of lines.entries()) {
    if (isBlank(line.text)) {
      reader.follows = null;
      continue;
    }
    if (line.text.length > agendaImportLimits.lineCharacters) {
      reader.leave(line, 'too long');
      continue;
    }
    let marker: Marker | null = marks[index] ?? null;
    if (marker?.weak && !expectsBare(reader, marker.value)) {
      marker = null;
    }
    const held = hold.pending;
    hold.pending = null;
    if (held !== null) {
      if (marker === null) marker = { ...held.marker, rest: line.text };
      else reader.leave(held.line, 'number without a title');
    }
    if (marker !== null && marker.rest === '') {
      hold.pending = { marker, line };
      continue;
    }
    let fits: boolean;
    if (marker === null) fits = reader.unnumbered(line);
    else fits = reader.presenterBullet(marker) || reader.add(marker, line, marker.rest);
    if (!fits) return { ok: false, message: tooMany };
  }
  if (hold.pending !== null) reader.leave(hold.pending.line, 'number without a title');
  if (reader.nodes.length === 0) {
    return {
      ok: false,
      message:
        'No agenda items were found in that text. Paste one item a line, numbered (1., 2.1, a)) or not.',
    };
  }
  finish(reader.nodes);
  return { ok: true, items: reader.roots, count: reader.nodes.length, leftOut: reader.leftOut };
}

/** Reads an agenda pasted as plain text. */
export function parseAgendaText(text: string, options: AgendaImportOptions = {}): AgendaImport {
  return parseAgendaLines(textLines(text), options);
}

/** Whether a bare "3 Title" continues a list here (else "2016 Budget" would be item 2016). */
function expectsBare(reader: Reader, value: number | null): boolean {
  if (value === null) return false;
  if (value === reader.lastNumber + 1 || value === reader.roots.length + 1) return true;
  const open = reader.stack.filter((s) => s.style === 'decimal.');
  return (
    open.some((s) => s.value !== null && s.value + 1 === value) ||
    (value === 1 && open.length === 0)
  );
}

/**
 * Copies each node's fields onto its item, and works out planned minutes from start times:
 * an item that starts at 10:30 has until the next item at its level or above starts.
 */
function finish(nodes: readonly Node[]): void {
  for (const [index, node] of nodes.entries()) {
    const { item, fields } = node;
    item.title = fields.title;
    item.presenter = fields.presenter;
    item.paperRefs = fields.paperRefs;
    item.notes = fields.notes;
    item.startTime = fields.start === null ? null : formatClock(fields.start);
    if (fields.confidential) {
      item.confidential = true;
      item.confidentialBy = 'marker';
    } else if (item.confidentialBy === 'section') item.confidential = true;
    let minutes = fields.minutes;
    if (minutes === null && fields.start !== null) {
      // The next item at this level or above, if it shows its start.
      const next = nodes.slice(index + 1).find((n) => n.depth <= node.depth);
      const nextStart = next?.fields.start ?? null;
      minutes = nextStart === null ? null : minutesBetween(fields.start, nextStart);
    }
    item.plannedMinutes = minutes;
  }
}
