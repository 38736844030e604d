import type { DocBlock, MinutesDocument } from '../../../src-renderer/minutes';

/** Every text a built document would show, field by field (tests of what redaction keeps). */
export function documentText(doc: MinutesDocument): string[] {
  const parts: string[] = [
    doc.classificationLabel,
    doc.metadata.title,
    doc.metadata.author,
    doc.metadata.subject,
    doc.header.bodyName,
    doc.header.title,
    ...doc.header.lines,
  ];
  for (const block of doc.blocks) parts.push(...blockText(block));
  return parts;
}

function blockText(block: DocBlock): string[] {
  switch (block.kind) {
    case 'heading':
      return [`${block.number} ${block.text}`];
    case 'paragraph':
    case 'mark':
      return [block.text];
    case 'note':
      return [block.label, block.text];
    case 'bullets':
      return block.items;
    case 'decisions':
      return [block.lead ?? '', ...block.lines];
    case 'action':
      return [block.reference, block.owner, block.text];
    case 'table':
      return [block.caption, ...block.columns.map((c) => c.title), ...block.rows.flat()];
  }
}
