/** A change the data layer refuses, with a message fit to show the user. */
export class DataError extends Error {
  constructor(
    message: string,
    readonly code: 'not-found' | 'locked' | 'invalid' | 'conflict',
  ) {
    super(message);
    // Not "DataError": Dexie rewraps any error thrown in a transaction whose name matches an
    // IndexedDB exception name, which would drop `code` and double the message.
    this.name = 'MinutebookDataError';
  }
}
