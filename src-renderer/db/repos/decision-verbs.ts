import { normaliseVerb } from '../../domain';
import type { Body, Id } from '../../domain';
import { touched, type DataContext } from '../context';
import { DataError } from '../errors';
import { refuseInvalid } from './bodies';

/*
 * Commands on a body's list of decision verbs. Each reads the list inside its transaction, so
 * an add, move or remove in one window never undoes a change just made in another.
 * (Renaming a verb as it is typed is a field edit: updateBody with the whole list.)
 */

async function changeVerbs(
  ctx: DataContext,
  bodyId: Id,
  change: (verbs: string[]) => string[],
): Promise<void> {
  await ctx.db.transaction('rw', ctx.db.bodies, async () => {
    const body = await ctx.db.bodies.get(bodyId);
    if (!body) throw new DataError('That body no longer exists.', 'not-found');
    const decisionVerbs = change([...body.decisionVerbs]);
    if (decisionVerbs.join('\n') === body.decisionVerbs.join('\n')) return;
    const next: Body = { ...body, decisionVerbs };
    refuseInvalid(next);
    await ctx.db.bodies.update(bodyId, { decisionVerbs, ...touched(ctx) });
  });
}

/** Adds a verb (upper case) at `index`, or at the end of the list. */
export function addDecisionVerb(
  ctx: DataContext,
  bodyId: Id,
  verb: string,
  index?: number,
): Promise<void> {
  return changeVerbs(ctx, bodyId, (verbs) => {
    verbs.splice(index ?? verbs.length, 0, normaliseVerb(verb));
    return verbs;
  });
}

/**
 * Removes the verb at `index` (the place, not the word, so a rename still being saved cannot
 * make it miss); returns the verb removed, so that an undo can put it back there.
 */
export async function removeDecisionVerb(
  ctx: DataContext,
  bodyId: Id,
  index: number,
): Promise<string> {
  let removed = '';
  await changeVerbs(ctx, bodyId, (verbs) => {
    const verb = verbs[index];
    if (verb === undefined) throw new DataError('That verb is no longer in the list.', 'not-found');
    removed = verb;
    verbs.splice(index, 1);
    return verbs;
  });
  return removed;
}

/** Moves the verb at `index` one place up (-1) or down (1); at either end nothing moves. */
export function moveDecisionVerb(
  ctx: DataContext,
  bodyId: Id,
  index: number,
  direction: -1 | 1,
): Promise<void> {
  return changeVerbs(ctx, bodyId, (verbs) => {
    const target = index + direction;
    const moving = verbs[index];
    const other = verbs[target];
    if (moving === undefined || other === undefined) return verbs;
    verbs[target] = moving;
    verbs[index] = other;
    return verbs;
  });
}
