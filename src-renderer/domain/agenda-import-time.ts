/** Times an agenda may show: a start ("10:30", "2.15pm"), a range, or a length ("15 mins"). */

const clock = /^(\d{1,2})(?:([:.])(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/i;

/**
 * Minutes after midnight for a time of day, or null. "10:30", "10.30am" and "2pm" are times
 * anywhere; "10.30" only where a time is expected on its own (`loose`: a table cell), since
 * elsewhere it reads as a version or an item number.
 */
export function readTimeOfDay(text: string, loose = false): number | null {
  const m = clock.exec(text.trim());
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = m[3] === undefined ? 0 : Number(m[3]);
  const half = m[4]?.toLowerCase().replace(/\./g, '');
  if (half === undefined && (m[2] === undefined || (m[2] === '.' && !loose))) return null;
  if (minutes > 59) return null;
  if (half === undefined) return hours <= 23 ? hours * 60 + minutes : null;
  if (hours < 1 || hours > 12) return null;
  return ((hours % 12) + (half === 'pm' ? 12 : 0)) * 60 + minutes;
}

/** "10:00–10:15", "10.00 - 10.30am", "2-3pm": start and end in minutes after midnight. */
export function readTimeRange(text: string): { start: number; end: number } | null {
  const m = /^(.+?)\s*(?:[-–—]|to|until)\s*(.+)$/i.exec(text.trim());
  if (!m) return null;
  const endText = m[2] ?? '';
  const end = readTimeOfDay(endText, true);
  if (end === null) return null;
  // "10.30-11.00am", "2-3pm": the end's am or pm is the start's too.
  const half = /(am|pm|a\.m\.|p\.m\.)$/i.exec(endText)?.[1] ?? '';
  const startText = m[1] ?? '';
  const start =
    readTimeOfDay(startText, true) ??
    (/[ap]\.?m\.?$/i.test(startText) ? null : readTimeOfDay(`${startText}${half}`, true));
  if (start === null) return null;
  const length = minutesBetween(start, end);
  return length === null ? null : { start, end };
}

/**
 * The minutes from one time of day to a later one, or null when there is no sensible gap.
 * "12:45" to "1:30" written without am/pm is three quarters of an hour, not minus eleven hours.
 */
export function minutesBetween(start: number, end: number): number | null {
  let gap = end - start;
  if (gap <= 0 && gap + 12 * 60 > 0 && gap + 12 * 60 <= 6 * 60) gap += 12 * 60;
  return gap > 0 && gap <= 12 * 60 ? gap : null;
}

const lengthPrefix = /^(?:allow|approx\.?|approximately|about|around|c\.|ca\.|~)\s*/i;

/** Minutes in a length of time: "15 mins", "1 hour", "1h30", "1.5 hrs", "½ hour", "20'". */
export function readDuration(text: string): number | null {
  const t = text.trim().replace(lengthPrefix, '').toLowerCase();
  let m = /^(\d{1,3})\s*(?:m|mins?\.?|minutes?|['′])$/.exec(t);
  if (m) return inRange(Number(m[1]));
  m = /^(\d{1,2}(?:\.\d{1,2})?|½|\d{1,2}½)\s*(?:h|hrs?\.?|hours?)$/.exec(t);
  if (m) {
    const hours = (m[1] ?? '').replace('½', '.5');
    return inRange(Math.round(Number(hours.startsWith('.') ? `0${hours}` : hours) * 60));
  }
  m = /^(\d{1,2})\s*(?:h|hrs?\.?|hours?)\s*(?:and\s+)?(\d{1,2})\s*(?:m|mins?\.?|minutes?)?$/.exec(
    t,
  );
  if (m) return inRange(Number(m[1]) * 60 + Number(m[2]));
  if (t === 'half an hour' || t === 'half hour') return 30;
  if (t === 'an hour' || t === 'one hour') return 60;
  return null;
}

function inRange(minutes: number): number | null {
  return Number.isInteger(minutes) && minutes > 0 && minutes <= 24 * 60 ? minutes : null;
}

/** "10:30" for 630 minutes after midnight. */
export function formatClock(minutes: number): string {
  const hours = Math.floor(minutes / 60) % 24;
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
