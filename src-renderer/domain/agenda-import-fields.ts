/**
 * What an agenda line says besides its title: who presents, which papers, when and how long,
 * whether it is confidential. Pieces are peeled off the ends of the line (after a dash, in
 * brackets, in a table column) only when they read as such a field; anything else stays in
 * the title.
 */
import { readsAsPresenter, type PresenterPlace } from './agenda-import-people';
import { splitCells } from './agenda-import-text';
import { minutesBetween, readDuration, readTimeOfDay, readTimeRange } from './agenda-import-time';

/** The fields read from one line (or gathered from an item's lines). */
export interface LineFields {
  title: string;
  presenter: string;
  /** 0 none, 1 inferred (a dash, "Report of"), 2 labelled ("Presenter:", a column). */
  presenterWeight: number;
  paperRefs: string[];
  minutes: number | null;
  /** Start time in minutes after midnight, when shown. */
  start: number | null;
  confidential: boolean;
  /** Pieces read but not stored on the item ("For decision"). */
  notes: string[];
}

/** Where a piece sits in its line; the place decides how much it must prove. */
type Place = 'round' | 'square' | 'dash' | 'colon' | 'comma' | 'column' | 'line' | 'tail';

type Piece =
  | { kind: 'presenter'; value: string; weight: number }
  | { kind: 'papers'; values: string[] }
  | { kind: 'minutes'; value: number }
  | { kind: 'start'; value: number; minutes: number | null }
  | { kind: 'confidential' }
  | { kind: 'note'; value: string };

/** Fields with nothing read yet. */
export function emptyFields(title = ''): LineFields {
  return {
    title,
    presenter: '',
    presenterWeight: 0,
    paperRefs: [],
    minutes: null,
    start: null,
    confidential: false,
    notes: [],
  };
}

const confidentialMarker =
  /^(?:strictly\s+)?(?:confidential|restricted|closed|private(?:\s+session)?|exempt(?:\s+(?:information|item|report))?|not\s+for\s+publication|part\s+(?:b|ii|2)|closed\s+session|in\s+camera|commercial\s+in\s+confidence)(?:\s*[-–—:,]?\s*(?:para(?:graph)?s?\.?\s*[\d\s,&and]+|item|report|appendix\s*\w*))?$/iu;
const presenterLabel =
  /^(?:(?:presented|introduced|led|moved)\s+by|presenters?\s*:?|presenting\s*:|speakers?\s*:|(?:lead|lead\s+officer|lead\s+member|lead\s+director|owner|sponsor|responsible(?:\s+officer)?|cabinet\s+member|portfolio\s+holder|contact(?:\s+officer)?)\s*:)\s*(.+)$/iu;
const reportOf = /^(?:joint\s+)?report\s+(?:of|by|from)\s+(?:the\s+)?(.+)$/iu;
const papersLabel =
  /^(papers?|paper\s+refs?\.?|refs?\.?|references?|docs?\.?|documents?|report\s+(?:no\.?|ref\.?)|enclosures?|encl\.?)\s*(?:no\.?\s*)?[:\-–]?\s*(.+)$/iu;
const refLike = /^[\p{Lu}\d][\p{L}\d_/.-]*(?:\s\d[\p{L}\d_/.-]*)?$/u;
const pages = /^pages?\s+\d{1,4}(?:\s*(?:-|–|to)\s*\d{1,4})?$/iu;
const timeLabel =
  /^(?:time|timing|start|starts|duration|length|allow|mins?|minutes)\s*[:\-–]\s*(.+)$/iu;
const purpose =
  /^(?:for\s+|to\s+)?(?:decision|approval|approve|information|noting|note|discussion|discuss|assurance|agreement|agree|endorsement|endorse|comment|consideration|consider|ratification|ratify|receive)$/iu;

/** A paper code such as SECP_30_1003_04, CAB/24/017 or PC/23/02. */
export function isPaperCode(text: string): boolean {
  return (
    (/^\p{Lu}{2,}[\p{L}\d]*(?:[_/.-][\p{L}\d]+)+$/u.test(text) ||
      /^\p{Lu}{2,}\s\d+[_/][\p{L}\d_/]+$/u.test(text)) &&
    /\d/u.test(text) &&
    /[_/]/u.test(text)
  );
}

function list(text: string): string[] {
  return text
    .split(/\s*(?:,|;|&|\band\b)\s*/iu)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function papersIn(text: string): string[] | null {
  const labelled = papersLabel.exec(text);
  if (labelled) {
    const label = (labelled[1] ?? '').replace(/s$/iu, '');
    const refs = list(labelled[2] ?? '');
    const fit = refs.every((r) => refLike.test(r) && (/\d/u.test(r) || r.length <= 3));
    if (refs.length > 0 && fit) {
      const named = label.charAt(0).toUpperCase() + label.slice(1).toLowerCase();
      return refs.map((r) => (/[_/]/u.test(r) ? r : `${named} ${r}`));
    }
  }
  if (pages.test(text)) return [text];
  const codes = list(text);
  return codes.length > 0 && codes.every(isPaperCode) ? codes : null;
}

function timing(text: string, loose: boolean): Piece | null {
  const range = readTimeRange(text);
  if (range)
    return { kind: 'start', value: range.start, minutes: minutesBetween(range.start, range.end) };
  const minutes = readDuration(text);
  if (minutes !== null) return { kind: 'minutes', value: minutes };
  const start = readTimeOfDay(text, loose);
  return start === null ? null : { kind: 'start', value: start, minutes: null };
}

const presenterPlaces: Partial<Record<Place, PresenterPlace>> = {
  round: 'strict',
  square: 'column',
  dash: 'dash',
  colon: 'strict',
  column: 'column',
  line: 'dash',
};

/** What `text`, found at `place`, is as a field, or null when it is part of the title. */
function classify(text: string, place: Place, known: readonly string[]): Piece | null {
  const t = text.trim().replace(/[.;,]$/u, '');
  if (t === '' || t.length > 200) return null;
  if (confidentialMarker.test(t)) return { kind: 'confidential' };
  const labelled = presenterLabel.exec(t);
  if (labelled && place !== 'tail')
    return { kind: 'presenter', value: labelled[1] ?? '', weight: 2 };
  const report = reportOf.exec(t);
  if (
    report &&
    place !== 'tail' &&
    place !== 'comma' &&
    readsAsPresenter(report[1] ?? '', 'dash', known)
  ) {
    return { kind: 'presenter', value: report[1] ?? '', weight: 1 };
  }
  const papers = papersIn(t);
  if (papers) return { kind: 'papers', values: papers };
  const timeLabelled = timeLabel.exec(t);
  const timed = timing(
    timeLabelled?.[1] ?? t,
    timeLabelled !== null || place === 'column' || place === 'round' || place === 'square',
  );
  if (timed) return timed;
  if (purpose.test(t)) return { kind: 'note', value: t };
  const presenterPlace = presenterPlaces[place];
  if (presenterPlace && readsAsPresenter(t, presenterPlace, known)) {
    return {
      kind: 'presenter',
      value: t,
      weight: place === 'column' || place === 'square' ? 2 : 1,
    };
  }
  return null;
}

function apply(fields: LineFields, piece: Piece): void {
  switch (piece.kind) {
    case 'presenter':
      if (piece.weight > fields.presenterWeight) {
        fields.presenter = piece.value.trim();
        fields.presenterWeight = piece.weight;
      }
      return;
    case 'papers':
      // Pieces come off the end of the line first: put each batch in front to keep the order.
      fields.paperRefs.unshift(...piece.values.filter((p) => !fields.paperRefs.includes(p)));
      return;
    case 'minutes':
      fields.minutes ??= piece.value;
      return;
    case 'start':
      fields.start ??= piece.value;
      fields.minutes ??= piece.minutes;
      return;
    case 'confidential':
      fields.confidential = true;
      return;
    case 'note':
      fields.notes.unshift(piece.value);
  }
}

/** The bracketed group that ends `text`: "(…)" or "[…]", or null. */
function trailingBracket(text: string): { before: string; inner: string; square: boolean } | null {
  const close = text[text.length - 1];
  if (close !== ')' && close !== ']') return null;
  const open = close === ')' ? '(' : '[';
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === close) depth++;
    else if (text[i] === open && --depth === 0) {
      return { before: text.slice(0, i), inner: text.slice(i + 1, -1), square: close === ']' };
    }
  }
  return null;
}

const separator = /\s+[-–—|]\s+|—|:\s+|,\s+/gu;

/** Tries the last few separators, rightmost first, for a tail that reads as a field. */
function trailingSegment(text: string, known: readonly string[]) {
  const cuts = [...text.matchAll(separator)].slice(-4).reverse();
  for (const cut of cuts) {
    const mark = cut[0].trim();
    const place: Place = mark === ':' ? 'colon' : mark === ',' ? 'comma' : 'dash';
    const piece = classify(text.slice(cut.index + cut[0].length), place, known);
    if (piece) return { before: text.slice(0, cut.index), piece };
  }
  return null;
}

const tailCode = /(?:^|\s)(\p{Lu}{2,}\s\d+[_/][\p{L}\d_/]+|\S+)$/u;
const tailPapers =
  /(?:^|\s)((?:papers?|paper\s+refs?|refs?\.?)\s*:?\s*(?:\p{Lu}{2,}\s\d+[_/][\p{L}\d_/]+|\S+))$/iu;
const tailTiming =
  /(?:^|[\s)])(\d{1,3}\s*(?:mins?\.?|minutes|hrs?\.?|hours?)|\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[-–—]\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?)$/iu;

/** One field peeled from the end of `text`, or null when the end is title. */
function peelEnd(text: string, known: readonly string[]): { before: string; piece: Piece } | null {
  const bracket = trailingBracket(text);
  if (bracket) {
    const piece = classify(bracket.inner, bracket.square ? 'square' : 'round', known);
    if (piece) return { before: bracket.before, piece };
  }
  const segment = trailingSegment(text, known);
  if (segment) return segment;
  if (/\s(?:CONFIDENTIAL|EXEMPT)$/u.test(text)) {
    return { before: text.replace(/\s\S+$/u, ''), piece: { kind: 'confidential' } };
  }
  const labelled = tailPapers.exec(text);
  const papers = labelled ? papersIn(labelled[1] ?? '') : null;
  if (labelled && papers) {
    return { before: text.slice(0, labelled.index), piece: { kind: 'papers', values: papers } };
  }
  const code = tailCode.exec(text);
  if (code && isPaperCode((code[1] ?? '').replace(/,$/u, ''))) {
    const values = [(code[1] ?? '').replace(/,$/u, '')];
    return { before: text.slice(0, code.index), piece: { kind: 'papers', values } };
  }
  const time = tailTiming.exec(text);
  if (time) {
    const piece = classify(time[1] ?? '', 'tail', known);
    if (piece) return { before: text.slice(0, text.length - (time[1] ?? '').length), piece };
  }
  return null;
}

const leadingMarker =
  /^(?:\[(?:confidential|exempt|part\s+b)\]|\((?:confidential|exempt|part\s+b)\)|(?:confidential|exempt|part\s+b)\s*[:\-–—])\s*/iu;
// Capitals only: "Confidential Reporting Policy" is a title, "CONFIDENTIAL Staffing" a marker.
const leadingCapitals = /^(?:CONFIDENTIAL|EXEMPT)\s+/u;
const leadingTime =
  /^(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[-–—]\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?)\s+(?=\S)/iu;

function tidyTitle(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*|__(.+?)__/gu, '$1$2')
    .replace(/\s+/gu, ' ')
    .replace(/[\s,;:–—|-]+$/u, '')
    .replace(/^[\s,;:–—|-]+/u, '')
    .trim();
}

/** Peels fields off both ends of one piece of title text into `fields`; returns the title. */
function peel(text: string, fields: LineFields, known: readonly string[]): string {
  let rest = text.trim();
  for (let round = 0; round < 12; round++) {
    const lead = leadingMarker.exec(rest) ?? leadingCapitals.exec(rest);
    if (lead) {
      fields.confidential = true;
      rest = rest.slice(lead[0].length);
      continue;
    }
    const time = leadingTime.exec(rest);
    const timed = time ? classify(time[1] ?? '', 'column', known) : null;
    if (time && timed) {
      apply(fields, timed);
      rest = rest.slice(time[0].length);
      continue;
    }
    const end = peelEnd(rest, known);
    if (!end) break;
    apply(fields, end.piece);
    rest = end.before.trimEnd();
  }
  if (/\b(?:CONFIDENTIAL|NOT FOR PUBLICATION)\b/u.test(rest)) fields.confidential = true;
  return tidyTitle(rest);
}

/**
 * The title and fields of an item's line (the text after its number). A table row's columns
 * are read one by one: the first that is no field is the title, later ones may name the
 * presenter; a column that is neither joins the title.
 */
export function readItemText(text: string, known: readonly string[] = []): LineFields {
  const fields = emptyFields();
  const cells = splitCells(text);
  if (cells.length <= 1) {
    fields.title = peel(text, fields, known) || tidyTitle(text);
    return fields;
  }
  const titleIndex = cells.findIndex((cell) => {
    const piece = classify(cell, 'column', known);
    return piece === null || piece.kind === 'presenter';
  });
  const extra: string[] = [];
  cells.forEach((cell, index) => {
    if (index === titleIndex) return;
    const piece = classify(cell, 'column', known);
    if (piece && !(piece.kind === 'presenter' && index < titleIndex)) apply(fields, piece);
    else extra.push(cell);
  });
  const title = titleIndex < 0 ? '' : peel(cells[titleIndex] ?? '', fields, known);
  fields.title = [title, ...extra].filter((t) => t !== '').join(' – ') || tidyTitle(text);
  return fields;
}

/**
 * The fields on a line of its own under an item ("Presenter: J. Smith", "Paper SECP 30/04",
 * "15 mins", "Report of the Director of Finance"), or null when the line says something else.
 */
export function readFieldLine(text: string, known: readonly string[] = []): LineFields | null {
  const whole = classify(text, 'line', known);
  const fields = emptyFields();
  if (whole) {
    apply(fields, whole);
    return fields;
  }
  const cells = splitCells(text);
  if (cells.length > 1) {
    const pieces = cells.map((cell) => classify(cell, 'column', known));
    const fit = pieces.filter((p) => p !== null && p.kind !== 'presenter');
    if (fit.length === pieces.length) {
      for (const piece of fit.reverse()) apply(fields, piece);
      return fields;
    }
    return null;
  }
  return peel(text, fields, known) === '' ? fields : null;
}

/** Adds the fields of a later line of the same item to the item's. */
export function mergeFields(into: LineFields, from: LineFields): void {
  if (from.presenterWeight > into.presenterWeight) {
    into.presenter = from.presenter;
    into.presenterWeight = from.presenterWeight;
  }
  for (const ref of from.paperRefs) if (!into.paperRefs.includes(ref)) into.paperRefs.push(ref);
  into.minutes ??= from.minutes;
  into.start ??= from.start;
  into.confidential ||= from.confidential;
  into.notes.push(...from.notes);
}
