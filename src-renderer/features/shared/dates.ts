const longDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The parts of "Thursday 10 March 2016", or null if the text is not a date. */
function longDateParts(isoDate: string) {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return null;
  // Built from parts: the house style has no comma after the weekday, whatever the locale data.
  const parts = longDate.formatToParts(date);
  return (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
}

/** "Thursday 10 March 2016" for "2016-03-10"; the text itself if it is not a date. */
export function formatMeetingDate(isoDate: string): string {
  const part = longDateParts(isoDate);
  return part ? `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}` : isoDate;
}

/** "10 March 2016" for "2016-03-10"; the text itself if it is not a date. */
export function formatLongDate(isoDate: string): string {
  const part = longDateParts(isoDate);
  return part ? `${part('day')} ${part('month')} ${part('year')}` : isoDate;
}

/** Today's calendar date in the user's time zone, "YYYY-MM-DD". */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
