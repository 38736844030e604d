import type { MinuteBlock } from '../domain';
import type { DocBlock } from './document';

/**
 * Paragraph numbers inside an item ("5.1", "5.2" …), when the body numbers its paragraphs:
 * each paragraph, decisions block and action of item 5 in turn. The number is part of the
 * document model, so both writers print it: a paragraph's or a decision's text begins with it;
 * an action carries it in `number`, printed before its label. The bullet list of a paragraph
 * and the vote lines under a decision belong to it and are not numbered; nor are notes. An
 * unnumbered item (a body that prints no numbers) numbers no paragraphs.
 */
export function paragraphNumberer(
  on: boolean,
  itemNumber: string,
): (source: MinuteBlock['kind'], blocks: DocBlock[]) => DocBlock[] {
  let count = 0;
  const next = () => `${itemNumber}.${String(++count)}`;
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
