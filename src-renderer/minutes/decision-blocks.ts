import { phraseDecisions, type ArchiveBody, type Decision } from '../domain';
import type { DocBlock } from './document';
import { voteLines, withVoteCount } from './vote-lines';

/** Typesets what the user typed (curly quotes, when the body says so); identity otherwise. */
type Typeset = (text: string) => string;

/**
 * The blocks of a meeting's decisions, shown ones only, in the body's decision form
 * (domain/decisions.ts): "The Panel NOTED …" or "The Panel:" and a list; "RESOLVED that …"
 * or "RESOLVED that:" and its numbered paragraphs "(1) …", "(2) …" (numbered, so not set as
 * bullets); plain sentences. Each named vote and dissent follows, as vote-lines.ts words it.
 */
export function decisionBlocks(
  body: Pick<ArchiveBody, 'minutesName' | 'decisionForm'>,
  decisions: readonly Decision[],
  typeset: Typeset,
): DocBlock[] {
  const phrase = phraseDecisions(body.minutesName, decisions.map(withVoteCount), body.decisionForm);
  if (phrase.kind === 'none') return [];
  const votes = voteLines(decisions).map((text) => ({
    kind: 'paragraph' as const,
    text: typeset(text),
  }));
  if (phrase.kind === 'sentence')
    return [{ kind: 'decisions', lead: null, lines: [typeset(phrase.text)] }, ...votes];
  if (phrase.numbered === true)
    return [
      {
        kind: 'decisions',
        lead: typeset(phrase.lead),
        lines: phrase.lines.map(typeset),
        numbered: true,
      },
      ...votes,
    ];
  return [
    { kind: 'decisions', lead: typeset(phrase.lead), lines: phrase.lines.map(typeset) },
    ...votes,
  ];
}
