import type { Action, ActionUpdate, Meeting } from '../../../src-renderer/domain';

/** A small deterministic PRNG (mulberry32), so each seed gives the same log. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const audit = { createdAt: '2016-01-01T10:00:00.000Z', updatedAt: '', updatedBy: 'SECAS' };

export interface RandomLog {
  meetings: Meeting[];
  actions: Action[];
  updates: ActionUpdate[];
}

/**
 * A varied action log of two bodies: meetings 1–14 of body "a" and 1–5 of body "b"; actions
 * raised at meetings or recorded as earlier ones, with references whose numbers sort
 * differently as text (A9/02 and A10/01); updates given at later meetings, some closing (one
 * action closed twice, at two meetings), some at a meeting that is not among the meetings;
 * actions marked closed with no closing update, and open ones with one; updates shuffled.
 */
export function randomLog(seed: number): RandomLog {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const meetings: Meeting[] = [];
  for (const [bodyId, count] of [
    ['a', 14],
    ['b', 5],
  ] as const) {
    for (let n = 1; n <= count; n++) {
      const month = String(n).padStart(2, '0');
      meetings.push({
        id: `${bodyId}-m${String(n)}`,
        bodyId,
        number: n,
        date: `20${String(10 + Math.floor(n / 13))}-${month}-10`,
      } as Meeting);
    }
  }
  const actions: Action[] = [];
  const updates: ActionUpdate[] = [];
  for (let i = 0; i < 120; i++) {
    const bodyId = next() < 0.8 ? 'a' : 'b';
    const own = meetings.filter((m) => m.bodyId === bodyId);
    const raised = next() < 0.15 ? null : pick(own);
    const sequence = 1 + Math.floor(next() * 12);
    const id = `act${String(i)}`;
    const action: Action = {
      id,
      bodyId,
      meetingId: raised?.id ?? null,
      itemId: null,
      raisedOn: raised?.date ?? '2009-12-01',
      sequence,
      reference: `${bodyId.toUpperCase()}${String(raised?.number ?? 0)}/${String(sequence).padStart(2, '0')}`,
      owner: pick(['SECAS', 'DCC', 'Chair']),
      ownerMemberId: null,
      text: `Action ${String(i)}`,
      dueDate: null,
      status: 'open',
      confidential: false,
      declassified: null,
      ...audit,
    };
    let closes = 0;
    for (const m of own.filter((m) => m.number > (raised?.number ?? 0))) {
      if (next() < 0.3) {
        const closing = next() < 0.3;
        closes += closing ? 1 : 0;
        updates.push({
          id: `u${String(updates.length)}`,
          actionId: id,
          meetingId: next() < 0.05 ? 'gone' : m.id,
          text: closing ? 'Done.' : 'In hand.',
          closes: closing,
          confidential: false,
          ...audit,
        });
      }
    }
    // Mostly as the app keeps them; now and then closed outside a meeting, or left open.
    const odd = next();
    action.status = closes > 0 ? (odd < 0.1 ? 'open' : 'closed') : odd < 0.15 ? 'closed' : 'open';
    actions.push(action);
  }
  // Updates arrive in any order.
  for (let i = updates.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [updates[i], updates[j]] = [updates[j] as ActionUpdate, updates[i] as ActionUpdate];
  }
  return { meetings, actions, updates };
}
