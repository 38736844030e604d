import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src-renderer/minutes';
import { readDocx } from './minutes-support';
import { sampleDocument } from './pdf-sample';

/** Each body paragraph's properties and text, in order. */
function paragraphs(xml: string): { props: string; text: string }[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/g)].map((m) => {
    const inner = m[1] ?? m[2] ?? '';
    const props = /<w:pPr>(.*?)<\/w:pPr>/.exec(inner)?.[1] ?? '';
    const text = [...inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    return { props, text };
  });
}

describe('DOCX lists across a page break', () => {
  it('keeps the first two and the last two lines of a list together, under widow control', async () => {
    const doc = sampleDocument({
      blocks: [
        { kind: 'paragraph', text: 'Opening line.' },
        { kind: 'bullets', items: ['Bullet A.', 'Bullet B.', 'Bullet C.', 'Bullet D.'] },
        {
          kind: 'decisions',
          lead: 'The Panel:',
          lines: ['APPROVED decision A;', 'NOTED decision B;', 'AGREED decision C.'],
        },
        { kind: 'bullets', items: ['Only bullet.'] },
      ],
    });
    const { files } = await readDocx(await renderDocx(doc));
    const body = paragraphs(files['word/document.xml'] ?? '');
    const keep = (text: string) => {
      const p = body.find((q) => q.text === text);
      expect(p, text).toBeDefined();
      expect(p?.props, text).toContain('<w:widowControl/>');
      return p?.props.includes('<w:keepNext/>') ?? false;
    };
    expect(['Opening line.', 'Bullet A.', 'Bullet B.', 'Bullet C.', 'Bullet D.'].map(keep)).toEqual(
      [false, true, false, true, false],
    );
    // "The Panel:" stands with its first decision, which stands with the second.
    expect(
      ['The Panel:', 'APPROVED decision A;', 'NOTED decision B;', 'AGREED decision C.'].map(keep),
    ).toEqual([true, true, true, false]);
    expect(keep('Only bullet.')).toBe(false);
  });
});
