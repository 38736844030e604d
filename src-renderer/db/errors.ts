/** A change the data layer refuses, with a message fit to show the user. */
export class DataError extends Error {
  constructor(
    message: string,
    readonly code: 'not-found' | 'locked' | 'invalid' | 'conflict',
  ) {
    super(message);
    this.name = 'DataError';
  }
}
