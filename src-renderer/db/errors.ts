/** A change the data layer refuses, with a message fit to show the user. */
export class DataError extends Error {
  constructor(
    message: string,
    /** 'stale': a field write whose `expected` value is no longer the stored one. */
    readonly code: 'not-found' | 'locked' | 'invalid' | 'conflict' | 'stale',
  ) {
    super(message);
    // Not "DataError": Dexie rewraps any error thrown in a transaction whose name matches an
    // IndexedDB exception name, which would drop `code` and double the message.
    this.name = 'MinutebookDataError';
  }
}

/**
 * True for a field write refused because the field changed in another window (its `expected`
 * value is no longer stored): the field merges and writes again; it is not an error to show.
 */
export function isStaleWrite(error: unknown): boolean {
  return dataErrorOf(error)?.code === 'stale';
}

/** The DataError a failure is, or carries (Dexie may wrap one thrown in a transaction). */
export function dataErrorOf(error: unknown): DataError | undefined {
  if (error instanceof DataError) return error;
  const inner: unknown = (error as { inner?: unknown } | null)?.inner;
  return inner instanceof DataError ? inner : undefined;
}
