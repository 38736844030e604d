import type { Decision, Id } from './model';

/** What a new body starts with; each is editable in the body's settings. */

/** The decision verbs offered, in this order, as in published minutes. */
export const defaultDecisionVerbs: readonly string[] = [
  'NOTED',
  'APPROVED',
  'AGREED',
  'SUPPORTED',
  'ENDORSED',
  'RECOMMENDED',
  'RESOLVED',
  'RECEIVED',
  'REJECTED',
  'DEFERRED',
];

/** The sentence public minutes add after a confidential item's summary. */
export const defaultPublicSummarySentence =
  'Further details on this agenda item can be found in the confidential minutes.';

/** A new decision: no vote recorded, no dissent. */
export function newDecision(id: Id, verb: string, text = ''): Decision {
  return { id, verb, text, confidential: false, vote: null, dissent: [] };
}
