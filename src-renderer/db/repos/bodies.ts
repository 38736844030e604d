import {
  defaultActionRefTemplate,
  defaultDecisionVerbs,
  defaultPublicSummarySentence,
  tidyName,
  validateBodyInput,
} from '../../domain';
import type { Body, BodyInput, Id } from '../../domain';
import { created, touched, type DataContext } from '../context';
import { DataError } from '../errors';

export type BodyPatch = Partial<
  Pick<Body, 'name' | 'minutesName' | 'actionPrefix' | 'secretariat' | 'actionRefTemplate'>
>;

/** Creates a body after checking its fields; returns its id. */
export async function createBody(ctx: DataContext, input: BodyInput): Promise<Id> {
  const first = Object.values(validateBodyInput(input))[0];
  if (first !== undefined) throw new DataError(first, 'invalid');
  const body: Body = {
    id: ctx.newId(),
    name: tidyName(input.name),
    minutesName: tidyName(input.minutesName),
    actionPrefix: input.actionPrefix.trim(),
    secretariat: tidyName(input.secretariat),
    actionRefTemplate: defaultActionRefTemplate,
    decisionVerbs: [...defaultDecisionVerbs],
    publicSummarySentence: defaultPublicSummarySentence,
    quorum: 0,
    ...created(ctx),
  };
  await ctx.db.bodies.add(body);
  return body.id;
}

/** Changes the given fields of a body and nothing else. */
export async function updateBody(ctx: DataContext, id: Id, patch: BodyPatch): Promise<void> {
  await ctx.db.transaction('rw', ctx.db.bodies, async () => {
    const body = await ctx.db.bodies.get(id);
    if (!body) throw new DataError('That body no longer exists.', 'not-found');
    const first = Object.values(validateBodyInput({ ...body, ...patch }))[0];
    if (first !== undefined) throw new DataError(first, 'invalid');
    await ctx.db.bodies.update(id, { ...patch, ...touched(ctx) });
  });
}
