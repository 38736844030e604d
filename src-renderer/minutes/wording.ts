import type { Action } from '../domain';

/** Wording the minutes print around what was typed: dates and the action sentence. */

const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const months = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
]; // prettier-ignore

/** "2016-03-10" → "Thursday 10 March 2016", the same in every time zone. */
export function longDate(iso: string): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${days[day] ?? ''} ${String(d)} ${months[m - 1] ?? ''} ${String(y)}`;
}

/** "2016-03-24" → "24 March 2016"; no date → "—". */
export function shortDate(iso: string | null): string {
  return iso === null ? '—' : longDate(iso).replace(/^\S+ /, '');
}

/** "SECAS to look into …": the owner, then the action's words after a "to" if they lack one. */
export function actionSentence(action: Pick<Action, 'owner' | 'text'>): string {
  const owner = action.owner.trim();
  const text = action.text.trim();
  if (owner === '') return text;
  return /^to\s/iu.test(text) ? `${owner} ${text}` : `${owner} to ${text}`;
}
