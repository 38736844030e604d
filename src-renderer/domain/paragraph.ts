/**
 * A paragraph of minutes as typed: plain lines, where a line starting "- " is a bullet
 * point. Consecutive bullet lines form one list; other lines run together as text.
 */
export type ParagraphPart = { kind: 'text'; text: string } | { kind: 'bullets'; items: string[] };

const bullet = /^\s*- /u;

/** True when the line is a bullet point ("- " at its start, after any indent). */
export function isBulletLine(line: string): boolean {
  return bullet.test(line);
}

/**
 * Splits a paragraph into text runs and bullet lists, in order. Blank lines end a text run
 * (so two runs are two paragraphs); empty bullets and blank runs are dropped.
 */
export function splitParagraph(text: string): ParagraphPart[] {
  const parts: ParagraphPart[] = [];
  let lines: string[] = [];
  let items: string[] = [];
  const endText = () => {
    const joined = lines.join('\n').trim();
    if (joined !== '') parts.push({ kind: 'text', text: joined });
    lines = [];
  };
  const endBullets = () => {
    if (items.length > 0) parts.push({ kind: 'bullets', items });
    items = [];
  };
  for (const line of text.split(/\r\n|\r|\n/u)) {
    if (isBulletLine(line)) {
      endText();
      const item = line.replace(bullet, '').trim();
      if (item !== '') items.push(item);
    } else if (line.trim() === '') {
      endText();
      endBullets();
    } else {
      endBullets();
      lines.push(line.trim());
    }
  }
  endText();
  endBullets();
  return parts;
}
