import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { ImportLine } from '../../domain';

/** An agenda in Word is a few hundred kilobytes; far more is not an agenda. */
const maxDocxBytes = 20 * 1024 * 1024;

export type DocxRead = { ok: true; lines: ImportLine[] } | { ok: false; message: string };

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/**
 * Reads a Word agenda into lines for the agenda reader. Word keeps a list's numbers out of its
 * text, so the document goes through mammoth to HTML, where numbered and bulleted lists
 * arrive as nested <ol>/<ul>: each list paragraph becomes a line with its level. mammoth is
 * loaded on first use, so the app's first download does not carry it.
 */
export async function readDocxAgenda(file: File): Promise<DocxRead> {
  const name = `“${file.name}”`;
  if (file.size > maxDocxBytes) {
    return {
      ok: false,
      message: `${name} is ${(file.size / 1024 / 1024).toFixed(0)} MB, too large for an agenda; nothing was added.`,
    };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return {
      ok: false,
      message: `${name} is an older Word document (.doc). Save it as .docx in Word and open that; nothing was added.`,
    };
  }
  // A .docx file is a ZIP archive, which starts "PK\x03\x04".
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return {
      ok: false,
      message: `${name} is not a Word document (.docx); nothing was added. Open a .docx file, or paste the agenda as text.`,
    };
  }
  let html: string;
  try {
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.convertToHtml(
      { arrayBuffer: bytes.buffer },
      // Pictures are no part of an agenda: leave them out rather than inline megabytes.
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    html = result.value;
  } catch {
    return {
      ok: false,
      message: `${name} could not be read as a Word document (.docx): it may be damaged, or another kind of file. Nothing was added.`,
    };
  }
  return { ok: true, lines: linesFromHtml(html) };
}

/** The lines of mammoth's HTML: paragraphs, list items with their levels, table rows. */
export function linesFromHtml(html: string): ImportLine[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // A line break inside a paragraph separates words, not lines of the agenda.
  for (const br of Array.from(doc.querySelectorAll('br'))) br.replaceWith(' ');
  const lines: ImportLine[] = [];
  blocks(doc.body, 0, lines);
  return lines;
}

const listTags = new Set(['OL', 'UL']);
const containerTags = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'BLOCKQUOTE',
  'TBODY',
  'THEAD',
  'TFOOT',
]);

function blocks(parent: Element, depth: number, out: ImportLine[]): void {
  for (const el of Array.from(parent.children)) {
    if (listTags.has(el.tagName)) {
      const list = el.tagName === 'OL' ? 'ordered' : 'bullet';
      for (const li of Array.from(el.children)) {
        if (li.tagName === 'LI') listItem(li, list, depth, out);
      }
    } else if (el.tagName === 'TABLE') {
      for (const row of Array.from(el.querySelectorAll('tr'))) tableRow(row, depth, out);
    } else if (containerTags.has(el.tagName)) {
      blocks(el, depth, out);
    } else {
      out.push({ text: el.textContent });
    }
  }
}

function listItem(li: Element, list: 'ordered' | 'bullet', depth: number, out: ImportLine[]) {
  // mammoth puts the item's words straight into the <li>, and its sub-list after them.
  const own = Array.from(li.childNodes)
    .filter((node) => !(node instanceof Element && listTags.has(node.tagName)))
    .map((node) => node.textContent ?? '')
    .join('');
  out.push({ text: own, level: depth, list });
  for (const child of Array.from(li.children)) {
    if (listTags.has(child.tagName)) {
      const wrapper = child.ownerDocument.createElement('div');
      wrapper.append(child.cloneNode(true));
      blocks(wrapper, depth + 1, out);
    }
  }
}

/**
 * A table row becomes one line with its cells separated by tabs (as a table pasted from Word
 * does), from the first paragraph of each cell; a cell's further paragraphs follow it as lines
 * of their own ("Presenter: …" under a title).
 */
function tableRow(row: Element, depth: number, out: ImportLine[]) {
  const cells = Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
  const firsts: ImportLine[] = [];
  const rest: ImportLine[] = [];
  for (const cell of cells) {
    const lines: ImportLine[] = [];
    blocks(cell, depth, lines);
    if (lines.length === 0) lines.push({ text: cell.textContent });
    const [first, ...more] = lines.filter((l) => l.text.trim() !== '');
    if (first) firsts.push(first);
    rest.push(...more);
  }
  const text = firsts.map((l) => l.text.trim()).join('\t');
  if (text === '') return;
  const listed =
    firsts[0]?.level === undefined ? {} : { level: firsts[0].level, list: firsts[0].list };
  out.push({ text, ...listed }, ...rest);
}

/**
 * "Open a Word file…": a button (the way in for keyboard and screen reader alike) with a
 * hidden file input, and the message when the file cannot be read.
 */
export function DocxPicker(props: {
  busy: boolean;
  onLines: (lines: ImportLine[], fileName: string) => void;
  onError: (message: string) => void;
  describedBy?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [reading, setReading] = useState(false);
  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setReading(true);
    try {
      const read = await readDocxAgenda(file);
      if (read.ok) props.onLines(read.lines, file.name);
      else props.onError(read.message);
    } catch {
      props.onError(`“${file.name}” could not be read; nothing was added.`);
    } finally {
      setReading(false);
    }
  };
  return (
    <>
      <button
        type="button"
        onClick={() => input.current?.click()}
        disabled={props.busy || reading}
        aria-describedby={props.describedBy}
      >
        {reading ? 'Reading the Word file…' : 'Open a Word file…'}
      </button>
      <input
        id={id}
        ref={input}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        className="agenda-import-file"
        aria-label="Word agenda to import"
        aria-hidden="true"
        tabIndex={-1}
        onChange={(e) => void pick(e)}
      />
    </>
  );
}
