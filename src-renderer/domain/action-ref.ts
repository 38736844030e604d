/**
 * Action references. A body's template says how its references read:
 *
 * | token      | meaning                                   | example |
 * | ---------- | ----------------------------------------- | ------- |
 * | `{prefix}` | the body's action prefix                  | SECP    |
 * | `{meeting}`| the meeting number                        | 30      |
 * | `{seq}`    | the action's sequence, two digits at least| 01      |
 * | `{seq:3}`  | the sequence, that many digits at least   | 001     |
 * | `{n}`      | the sequence as it is                     | 1       |
 * | `{yyyy}`   | the meeting's year                        | 2016    |
 * | `{yy}`     | the year, two digits                      | 16      |
 * | `{mm}`     | the month, two digits                     | 03      |
 * | `{dd}`     | the day, two digits                       | 10      |
 *
 * "{prefix}{meeting}/{seq}" gives SECP30/01, the default. A body whose minutes name actions by
 * owner alone ("Action: Head of Legal Services.") still gives each one a reference for its
 * log; its action label (Body.actionLabel) leaves the reference out.
 */

export const defaultActionRefTemplate = '{prefix}{meeting}/{seq}';

export interface ActionRefParts {
  prefix: string;
  meetingNumber: number;
  sequence: number;
  /** The meeting's date, "2016-03-10". */
  meetingDate: string;
}

const tokenPattern = /\{(prefix|meeting|seq(?::[1-9])?|n|yyyy|yy|mm|dd)\}/g;

/** Whether a template numbers its actions ({seq}, {seq:3} or {n}), so each gets its own reference. */
export function templateHasSequence(template: string): boolean {
  return /\{(seq(?::[1-9])?|n)\}/.test(template);
}

/** Formats an action reference from a template; unknown text in the template is kept. */
export function formatActionRef(template: string, parts: ActionRefParts): string {
  const [year = '', month = '', day = ''] = parts.meetingDate.split('-');
  const values: Record<string, string> = {
    prefix: parts.prefix,
    meeting: String(parts.meetingNumber),
    seq: String(parts.sequence).padStart(2, '0'),
    n: String(parts.sequence),
    yyyy: year,
    yy: year.slice(-2),
    mm: month,
    dd: day,
  };
  return template.replace(tokenPattern, (_, token: string) => {
    const width = /^seq:([1-9])$/.exec(token)?.[1];
    return width === undefined
      ? (values[token] ?? '')
      : String(parts.sequence).padStart(Number(width), '0');
  });
}

/** The next sequence number for a meeting: one past the highest already used. */
export function nextActionSequence(usedSequences: readonly number[]): number {
  return usedSequences.reduce((max, n) => Math.max(max, n), 0) + 1;
}

/**
 * The running counter an action of a meeting held on `meetingDate` takes its sequence from:
 * the meeting's year ("2025") or the body's life ("body"); null when each meeting counts its
 * own actions (Meeting.lastActionSequence).
 */
export function actionCounterKey(
  counter: 'meeting' | 'year' | 'body',
  meetingDate: string,
): string | null {
  if (counter === 'body') return 'body';
  if (counter === 'year') return meetingDate.slice(0, 4);
  return null;
}

/** The house style's label when a body says nothing else: "ACTION SECP30/01:". */
export const defaultActionLabel = 'ACTION {ref}:';

/**
 * An action's label as the body's style words it ({ref} the reference, {owner} the owner), and
 * where it stands: a label naming the owner ("Action: Head of Legal Services.") follows the
 * action's own words, which then leave the owner out; any other leads the sentence, which
 * carries the owner ("ACTION SECP30/01: SECAS to …").
 */
export function formatActionLabel(
  template: string,
  reference: string,
  owner: string,
): { label: string; after: boolean } {
  const label = template.replace(/\{ref\}/gu, reference).replace(/\{owner\}/gu, owner.trim());
  return { label: label.trim(), after: template.includes('{owner}') };
}
