import type { ActionAge, Declassification } from '../../domain';
import { formatLongDate } from '../shared/dates';

const shortDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "10 Mar 2016" for "2016-03-10"; the text itself if it is not a date. */
export function formatShortDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : shortDate.format(date);
}

function days(n: number): string {
  return `${n.toLocaleString('en-GB')} day${n === 1 ? '' : 's'}`;
}

/** "12 days open". */
export function describeDaysOpen(age: ActionAge): string {
  return `${days(age.daysOpen)} open`;
}

/** "Overdue by 9 days", or the empty string when not overdue: said in words, not only colour. */
export function describeOverdue(age: ActionAge): string {
  return age.overdue ? `Overdue by ${days(age.daysOverdue)}` : '';
}

/** "Declassified on 14 April 2016 by the Panel Chair". */
export function describeDeclassification(declassified: Declassification): string {
  return `Declassified on ${formatLongDate(declassified.on)} by ${declassified.by}`;
}
