/** Limits on what a user may type into one field; generous, but bounded. */
export const limits = {
  shortText: 500,
  longText: 100_000,
} as const;

/** Trims a name-like field and collapses internal runs of white space. */
export function tidyName(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** True for a calendar date written "YYYY-MM-DD" that exists. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** True for a 24-hour time written "HH:MM". */
export function isTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}
