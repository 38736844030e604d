import {
  houseStyleError,
  houseStyleKeys,
  normaliseVerb,
  presetStyle,
  tidyName,
  validateBodyInput,
  validateBodySettings,
} from '../../domain';
import type { Body, BodyInput, Id } from '../../domain';
import { meetingPapersDefaults, minutesStyleDefaults } from '../../domain/body-settings';
import { circulationTemplateError } from '../../domain/circulation';
import { created, touched, type DataContext } from '../context';
import { DataError } from '../errors';

export type BodyPatch = Partial<Pick<Body, (typeof patchKeys)[number]>>;

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
    quorum: 0,
    ...minutesStyleDefaults,
    ...meetingPapersDefaults,
    ...presetStyle(input.preset ?? 'sec-panel'),
    actionSequences: {},
    ...created(ctx),
  };
  await ctx.db.bodies.add(body);
  return body.id;
}

/**
 * Changes the given fields of a body and nothing else, after checking the body as it would
 * then be. Decision verbs are stored as the minutes print them: upper case, tidied.
 */
export async function updateBody(ctx: DataContext, id: Id, patch: BodyPatch): Promise<void> {
  const changes = normalisePatch(patch);
  await ctx.db.transaction('rw', ctx.db.bodies, async () => {
    const body = await ctx.db.bodies.get(id);
    if (!body) throw new DataError('That body no longer exists.', 'not-found');
    refuseInvalid({ ...body, ...changes });
    await ctx.db.bodies.update(id, { ...changes, ...touched(ctx) });
  });
}

/** Throws the first thing wrong with a body, in words for the secretary. */
export function refuseInvalid(body: Body): void {
  const first =
    Object.values(validateBodyInput(body))[0] ??
    Object.values(validateBodySettings(body))[0] ??
    circulationTemplateError('subject', body.circulationSubject) ??
    circulationTemplateError('message', body.circulationMessage) ??
    (typeof body.interestWithdrawal === 'boolean'
      ? undefined
      : 'Withdrawal is either on or off.') ??
    houseStyleError(body);
  if (first !== undefined) throw new DataError(first, 'invalid');
}

/** The fields a body's settings may change, one by one. */
const patchKeys = [
  'name',
  'minutesName',
  'actionPrefix',
  'secretariat',
  'actionRefTemplate',
  'decisionVerbs',
  'publicSummarySentence',
  'quorum',
  'deferredItemLine',
  'withdrawnItemLine',
  'curlyQuotes',
  'interestWithdrawal',
  'unplannedItemMinutes',
  'circulationSubject',
  'circulationMessage',
  ...houseStyleKeys,
] as const satisfies readonly (keyof Body)[];

/**
 * Keeps only the fields a patch may change (a replayed journal entry is data from storage, so
 * an id or an audit field in it must not land), and puts verbs in upper case.
 */
function normalisePatch(patch: BodyPatch): BodyPatch {
  const out: Record<string, unknown> = {};
  for (const key of patchKeys) if (key in patch) out[key] = patch[key];
  const verbs = out.decisionVerbs;
  // Anything but a list of strings is left as it came, for validation to refuse.
  if (Array.isArray(verbs) && verbs.every((v) => typeof v === 'string')) {
    out.decisionVerbs = verbs.map(normaliseVerb);
  }
  return out;
}
