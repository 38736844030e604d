import type { DrawOp, Face, LaidOutPage } from './types';

/** How the content stream names and encodes a face on a page. */
export interface PageFont {
  /** The font's resource name on the page, "/DejaVuSans-1234". */
  key: string;
  /** Glyph codes of a text, as hex digits. */
  encode: (text: string) => string;
  /** The operators showing right-to-left text shaped, at `size` points. */
  rtl: (text: string, size: number) => string;
}

const num = (n: number) => String(Math.round(n * 100) / 100);

function operators(op: DrawOp, fonts: Record<Face, PageFont>, height: number): string {
  switch (op.kind) {
    case 'text': {
      const font = fonts[op.face];
      const show = op.rtl === true ? font.rtl(op.text, op.size) : `<${font.encode(op.text)}> Tj`;
      return `BT ${font.key} ${num(op.size)} Tf ${num(op.gray)} g ${num(op.x)} ${num(height - op.y)} Td ${show} ET`;
    }
    case 'rect': {
      const box = `${num(op.x)} ${num(height - op.y - op.height)} ${num(op.width)} ${num(op.height)} re`;
      const fill = op.fill === null ? '' : `${num(op.fill)} g ${box} f\n`;
      const stroke = op.stroke === null ? '' : `${num(op.stroke)} G 0.5 w ${box} S\n`;
      return (fill + stroke).trimEnd();
    }
    case 'line':
      return `${num(op.gray)} G ${num(op.thickness)} w ${num(op.x1)} ${num(height - op.y1)} m ${num(op.x2)} ${num(height - op.y2)} l S`;
  }
}

/**
 * The PDF content stream of one laid-out page, written directly: one short line of
 * operators per op. pdf-lib's drawing API validates and wraps every call in its own
 * graphics state, which costs more than the layout itself.
 */
export function pageContent(page: LaidOutPage, fonts: Record<Face, PageFont>): string {
  const lines = ['q'];
  for (const op of page.furniture) lines.push(operators(op, fonts, page.height));
  for (const op of page.body) lines.push(operators(op, fonts, page.height));
  lines.push('Q');
  return lines.join('\n');
}

/** Deflates a stream with the platform's own zlib (CompressionStream), far faster than pdf-lib's JavaScript deflate. */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const compressed = new Blob([bytes.slice()])
    .stream()
    .pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(compressed).arrayBuffer());
}
