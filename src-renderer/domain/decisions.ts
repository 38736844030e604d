/**
 * How a block of decisions reads in minutes. One decision is a sentence:
 * "The Panel NOTED the contents of the paper." Several are a list under "The Panel:", each
 * line ending "; and" except the last, which ends with a full stop.
 */
export interface DecisionText {
  verb: string;
  text: string;
}

export type DecisionsPhrase =
  | { kind: 'none' }
  | { kind: 'sentence'; text: string }
  | { kind: 'list'; lead: string; lines: string[] };

/** The decision's own words without the closing punctuation the phrasing adds. */
function clause(decision: DecisionText): string {
  const words = decision.text.trim().replace(/(?:\s*(?:;\s*and|[.;,]))+$/u, '');
  const verb = decision.verb.trim().toLocaleUpperCase();
  return words === '' ? verb : `${verb} ${words}`;
}

/** Phrases a body's decisions; `minutesName` is how the minutes name the body ("The Panel"). */
export function phraseDecisions(
  minutesName: string,
  decisions: readonly DecisionText[],
): DecisionsPhrase {
  const used = decisions.filter((d) => d.verb.trim() !== '' || d.text.trim() !== '');
  const [only] = used;
  if (only === undefined) return { kind: 'none' };
  if (used.length === 1) return { kind: 'sentence', text: `${minutesName} ${clause(only)}.` };
  const last = used.length - 1;
  return {
    kind: 'list',
    lead: `${minutesName}:`,
    lines: used.map((d, i) => `${clause(d)}${i === last ? '.' : '; and'}`),
  };
}
