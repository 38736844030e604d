/**
 * The private part's resolution: a council excludes the press and public by a resolution that
 * cites the exemption paragraphs of the items taken in private. `{paragraphs}` in the body's
 * resolution becomes the distinct paragraphs of those items ("3", "1 and 3", "1, 3 and 5"),
 * and "paragraph" before it becomes "paragraphs" when there are several.
 */

/** The distinct exemption paragraphs of the private items, in natural order. */
export function exemptionParagraphs(exemptions: readonly string[]): string[] {
  const parts = exemptions
    .flatMap((e) => e.split(/,|\band\b|&/i))
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return [...new Set(parts)].sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' }),
  );
}

/** "3", "1 and 3", "1, 3 and 5". */
export function listWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

/**
 * The resolution as printed. With no paragraph given on any private item, the citation goes
 * whole — "paragraph {paragraphs} of" with it, when the resolution says it that way — so the
 * sentence still reads ("… as defined in Part 1 of Schedule 12A …"), with no gap or dangling
 * word.
 */
export function privatePartResolutionText(template: string, exemptions: readonly string[]): string {
  const paragraphs = exemptionParagraphs(exemptions);
  if (paragraphs.length === 0)
    return tidy(template.replace(/(\bparagraphs?\s+)?\{paragraphs\}(\s+of\b)?/gi, ''));
  const words = listWords(paragraphs);
  return template.replace(/(\bparagraph)(s?)(\s+)\{paragraphs\}|\{paragraphs\}/gi, (...m) => {
    const [, word, , space] = m as [string, string | undefined, string, string | undefined];
    if (word === undefined) return words;
    return `${word}${paragraphs.length > 1 ? 's' : ''}${space ?? ' '}${words}`;
  });
}

function tidy(text: string): string {
  return text
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([.,;:])/g, '$1')
    .trim();
}
