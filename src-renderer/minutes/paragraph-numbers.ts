import type { MinuteBlock } from '../domain';
import type { DocBlock } from './document';

/** "a" … "z", "aa", "ab" …: the letter of the `n`-th paragraph (from 1). */
function letter(n: number): string {
  const rest = Math.floor((n - 1) / 26);
  return (rest > 0 ? letter(rest) : '') + String.fromCharCode(97 + ((n - 1) % 26));
}

/**
 * Paragraph numbers inside an item ("5.1", "5.2" …), when the body numbers its paragraphs:
 * each paragraph, decisions block and action of item 5 in turn. The number is part of the
 * document model, so both writers print it: a paragraph's or a decision's text begins with it;
 * an action carries it in `number`, printed before its label. The bullet list of a paragraph
 * and the vote lines under a decision belong to it and are not numbered; nor are notes. An
 * unnumbered item (a body that prints no numbers) numbers no paragraphs. An item with
 * sub-items letters its own paragraphs ("5(a)", "5(b)" …), so that none reads as the number of
 * its sub-item 5.1.
 */
export function paragraphNumberer(
  on: boolean,
  itemNumber: string,
  hasSubItems = false,
): (source: MinuteBlock['kind'], blocks: DocBlock[]) => DocBlock[] {
  let count = 0;
  const next = () =>
    hasSubItems ? `${itemNumber}(${letter(++count)})` : `${itemNumber}.${String(++count)}`;
  return (source, blocks) => {
    if (!on || itemNumber === '' || source === 'note') return blocks;
    return blocks.map((block) => {
      if (block.kind === 'paragraph' && source === 'paragraph')
        return { ...block, text: `${next()} ${block.text}` };
      if (block.kind === 'decisions') {
        if (block.lead !== null) return { ...block, lead: `${next()} ${block.lead}` };
        const [first = '', ...rest] = block.lines;
        return { ...block, lines: [`${next()} ${first}`, ...rest] };
      }
      if (block.kind === 'action') return { ...block, number: next() };
      return block;
    });
  };
}
