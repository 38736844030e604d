import { limits, tidyName } from '../../domain';
import { DataError } from '../errors';

/** Refuses a write with a message the form shows as it is. */
export function invalid(message: string): never {
  throw new DataError(message, 'invalid');
}

/** A required one-line field, tidied (spaces collapsed), within the short-text limit. */
export function checkShort(value: string, label: string): string {
  const tidy = tidyName(value);
  if (tidy === '') invalid(`${label} is required.`);
  if (tidy.length > limits.shortText) invalid(`${label} is too long.`);
  return tidy;
}

/** A required text, kept as typed, within the long-text limit. */
export function checkLong(value: string, label: string): void {
  if (value.trim() === '') invalid(`${label} is required.`);
  if (value.length > limits.longText) invalid(`${label} is too long.`);
}
