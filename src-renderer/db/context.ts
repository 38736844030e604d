import type { Audit, Timestamp } from '../domain';
import type { MinutebookDb } from './database';

/** What every repository function needs: the database, who is editing, and the clock. */
export interface DataContext {
  db: MinutebookDb;
  /** The user's name from settings, recorded as `updatedBy`. */
  user: () => string;
  now: () => Timestamp;
  newId: () => string;
}

/** A context with the real clock and random UUIDs. */
export function createDataContext(db: MinutebookDb, user: () => string): DataContext {
  return {
    db,
    user,
    now: () => new Date().toISOString(),
    newId: () => crypto.randomUUID(),
  };
}

/** Audit fields for a new record. */
export function created(ctx: DataContext): Audit {
  const at = ctx.now();
  return { createdAt: at, updatedAt: at, updatedBy: ctx.user() };
}

/** Audit fields for a change. */
export function touched(ctx: DataContext): Pick<Audit, 'updatedAt' | 'updatedBy'> {
  return { updatedAt: ctx.now(), updatedBy: ctx.user() };
}
