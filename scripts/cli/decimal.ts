/**
 * A whole number written as plain decimal digits ("30", "030"), or null. `Number()` alone
 * reads "0x1E", "3e1", "30.0", " 30" and "+30" as 30 too, so a mistyped option could pick
 * another meeting without a word: here only digits count, and only up to the largest number
 * held exactly.
 */
export function decimalNumber(text: string): number | null {
  if (!/^[0-9]+$/.test(text)) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : null;
}
