import type { DecisionForm } from './model';

/**
 * How a block of decisions reads in minutes, in the body's decision form:
 *
 * - 'verbs' (the SEC Panel's): one decision is a sentence, "The Panel NOTED the contents of the
 *   paper."; several are a list under "The Panel:", each line ending "; and" except the last,
 *   which ends with a full stop.
 * - 'resolved' (a council's): the verb leads, and RESOLVED (or no verb) is followed by "that":
 *   "RESOLVED that the report be noted.", "NOTED the update."; several with one verb are
 *   numbered under it, "RESOLVED that:" then "(1) the report be noted;" … "(2) the budget be
 *   approved."; several with different verbs are a sentence each. A vote's count stands after
 *   the verb: "RESOLVED (6 for, 2 against) that …".
 * - 'plain': one plain sentence per decision, the verb lower-cased as stored (past tense):
 *   "The Committee noted the report. The Committee agreed to meet in May."
 */
export interface DecisionText {
  verb: string;
  text: string;
}

export type DecisionsPhrase =
  | { kind: 'none' }
  | { kind: 'sentence'; text: string }
  /** `numbered`: the lines carry their own "(1)", to be printed as paragraphs, not bullets. */
  | { kind: 'list'; lead: string; lines: string[]; numbered?: boolean };

/** The decision's own words without the closing punctuation the phrasing adds. */
function words(decision: DecisionText): string {
  return decision.text.trim().replace(/(?:\s*(?:;\s*and|[.;,]))+$/u, '');
}

function verbOf(decision: DecisionText): string {
  return decision.verb.trim().toLocaleUpperCase();
}

/** "NOTED the contents of the paper". */
function clause(decision: DecisionText): string {
  const text = words(decision);
  const verb = verbOf(decision);
  return text === '' ? verb : `${verb} ${text}`;
}

/** A vote's count, "(6 for, 2 against)", that withVoteCount put before the words. */
const leadingCount = /^(\(\d+ for[^)]*\))\s*/u;

const resolved = 'RESOLVED';

/** The verb in the 'resolved' form: RESOLVED when none was chosen. */
function resolvedVerb(decision: DecisionText): string {
  return verbOf(decision) || resolved;
}

/**
 * The words after the verb: the count taken out (it stands after the verb) and, after
 * RESOLVED, no "that" of their own (the phrasing adds it once).
 */
function afterVerb(decision: DecisionText): { count: string; text: string } {
  const text = words(decision);
  const match = leadingCount.exec(text);
  const rest = match === null ? text : text.slice(match[0].length);
  const bare = resolvedVerb(decision) === resolved ? rest.replace(/^that\b\s*/iu, '') : rest;
  return { count: match?.[1] ?? '', text: bare };
}

/** "RESOLVED (6 for, 2 against) that the budget be approved", "NOTED the update". */
function resolvedClause(decision: DecisionText): string {
  const verb = resolvedVerb(decision);
  const { count, text } = afterVerb(decision);
  const lead = count === '' ? verb : `${verb} ${count}`;
  if (text === '') return lead;
  return verb === resolved ? `${lead} that ${text}` : `${lead} ${text}`;
}

/** "The Committee noted the report": the verb lower-cased, as stored. */
function plainClause(minutesName: string, decision: DecisionText): string {
  const verb = decision.verb.trim().toLocaleLowerCase();
  const text = words(decision);
  return [minutesName, verb, text].filter((part) => part !== '').join(' ');
}

/**
 * Phrases a body's decisions in its decision form (`verbs` when not given); `minutesName` is
 * how the minutes name the body ("The Panel"). Empty decisions are left out.
 */
export function phraseDecisions(
  minutesName: string,
  decisions: readonly DecisionText[],
  form: DecisionForm = 'verbs',
): DecisionsPhrase {
  const used = decisions.filter((d) => d.verb.trim() !== '' || d.text.trim() !== '');
  const [only] = used;
  if (only === undefined) return { kind: 'none' };
  const last = used.length - 1;
  switch (form) {
    case 'plain':
      return {
        kind: 'sentence',
        text: used.map((d) => `${plainClause(minutesName, d)}.`).join(' '),
      };
    case 'resolved': {
      if (used.length === 1) return { kind: 'sentence', text: `${resolvedClause(only)}.` };
      const verb = resolvedVerb(only);
      const oneVerb = used.every((d) => resolvedVerb(d) === verb);
      if (!oneVerb)
        return { kind: 'sentence', text: used.map((d) => `${resolvedClause(d)}.`).join(' ') };
      return {
        kind: 'list',
        lead: verb === resolved ? `${verb} that:` : `${verb}:`,
        lines: used.map((d, i) => {
          const { count, text } = afterVerb(d);
          const body = [count, text].filter((part) => part !== '').join(' ');
          return `(${String(i + 1)}) ${body}${i === last ? '.' : ';'}`;
        }),
        numbered: true,
      };
    }
    case 'verbs':
      if (used.length === 1) return { kind: 'sentence', text: `${minutesName} ${clause(only)}.` };
      return {
        kind: 'list',
        lead: `${minutesName}:`,
        lines: used.map((d, i) => `${clause(d)}${i === last ? '.' : '; and'}`),
      };
  }
}
