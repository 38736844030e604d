import { describe, expect, it } from 'vitest';
import {
  confidentialityOf,
  newDecision,
  type ClassifiedAction,
  type ClassifiedItem,
  type MinuteBlock,
} from '../../../src-renderer/domain';

const item = (
  id: string,
  parentId: string | null = null,
  classification: 'public' | 'confidential' = 'public',
): ClassifiedItem => ({ id, parentId, classification });

const action = (id: string, itemId: string | null, confidential = false): ClassifiedAction => ({
  id,
  itemId,
  confidential,
});

const audit = { createdAt: '', updatedAt: '', updatedBy: '' };
const paragraph = (itemId: string, confidential = false): MinuteBlock => ({
  id: `p-${itemId}`,
  meetingId: 'm30',
  itemId,
  position: 'a0',
  confidential,
  kind: 'paragraph',
  text: 'Text',
  ...audit,
});
const actionBlock = (itemId: string, actionId: string, confidential = false): MinuteBlock => ({
  id: `b-${actionId}`,
  meetingId: 'm30',
  itemId,
  position: 'a1',
  confidential,
  kind: 'action',
  actionId,
  ...audit,
});

// Meeting 30: item 1 public; item 2 confidential with 2.1 and 2.1.1 under it; item 3 public
// with a confidential sub-item 3.1.
const items = [
  item('i1'),
  item('i2', null, 'confidential'),
  item('i2.1', 'i2'),
  item('i2.1.1', 'i2.1'),
  item('i3'),
  item('i3.1', 'i3', 'confidential'),
];

describe('confidentialityOf', () => {
  it('makes every sub-item of a confidential item confidential, at any depth', () => {
    const rule = confidentialityOf(items, []);
    expect(items.map((i) => [i.id, rule.itemBy(i.id)])).toEqual([
      ['i1', false],
      ['i2', 'own'],
      ['i2.1', 'inherited'],
      ['i2.1.1', 'inherited'],
      ['i3', false],
      ['i3.1', 'own'],
    ]);
    expect(rule.item(null)).toBe(false);
    expect(rule.item('unknown')).toBe(false);
  });

  it('makes every block inside a confidential item confidential, whatever its flag', () => {
    const rule = confidentialityOf(items, []);
    expect(rule.blockBy(paragraph('i2.1.1'))).toBe('inherited');
    expect(rule.blockBy(paragraph('i1', true))).toBe('own');
    expect(rule.block(paragraph('i1'))).toBe(false);
    const decisions: MinuteBlock = {
      ...paragraph('i1'),
      kind: 'decisions',
      decisions: [newDecision('d', 'NOTED', 'the update')],
    };
    const [decision] = decisions.decisions;
    if (decision === undefined) throw new Error('no decision');
    expect(rule.decision(decisions, decision)).toBe(false);
    expect(rule.decision(decisions, { ...decision, confidential: true })).toBe(true);
    expect(rule.decision({ ...decisions, itemId: 'i2.1' }, decision)).toBe(true);
  });

  it('makes an action raised inside a confidential item, and every update to it, confidential', () => {
    const raised = action('a10', 'i2.1');
    const open = action('a1', 'i1');
    const earlier = action('a0', null, true);
    const rule = confidentialityOf(items, [raised, open, earlier]);
    expect(rule.actionBy(raised)).toBe('inherited');
    expect(rule.actionBy(open)).toBe(false);
    expect(rule.actionBy(earlier)).toBe('own');
    // An update given at a later meeting, flagged public by mistake, is still confidential.
    expect(rule.update({ actionId: 'a10', confidential: false })).toBe(true);
    expect(rule.update({ actionId: 'a1', confidential: false })).toBe(false);
    expect(rule.update({ actionId: 'a1', confidential: true })).toBe(true);
    expect(rule.update({ actionId: 'a0', confidential: false })).toBe(true);
    // An action block is as confidential as its action, wherever it stands.
    expect(rule.blockBy(actionBlock('i1', 'a0'))).toBe('inherited');
    expect(rule.block(actionBlock('i1', 'a1'))).toBe(false);
  });

  it('survives a cycle of parents and a missing parent without hiding or looping', () => {
    const looped = [item('x', 'y'), item('y', 'x'), item('z', 'gone')];
    const rule = confidentialityOf(looped, []);
    expect(rule.item('x')).toBe(false);
    expect(rule.item('z')).toBe(false);
    const secret = confidentialityOf([item('x', 'y', 'confidential'), item('y', 'x')], []);
    expect(secret.itemBy('y')).toBe('inherited');
    expect(secret.itemBy('x')).toBe('own');
  });
});

describe('a declassified action', () => {
  const declassified = { on: '2016-04-14', by: 'the Panel Chair' };

  it('is public with its updates, even raised inside a confidential item, but its entry there is not', () => {
    const raised: ClassifiedAction = { ...action('a10', 'i2.1', true), declassified };
    const rule = confidentialityOf(items, [raised]);
    expect(rule.actionBy(raised)).toBe(false);
    expect(rule.action(raised)).toBe(false);
    expect(rule.update({ actionId: 'a10', confidential: false })).toBe(false);
    // An update flagged confidential itself stays so.
    expect(rule.update({ actionId: 'a10', confidential: true })).toBe(true);
    // Its entry at the raising meeting stands inside the confidential item, whatever its flag.
    expect(rule.blockBy(actionBlock('i2.1', 'a10'))).toBe('inherited');
    expect(rule.block(actionBlock('i2.1', 'a10', true))).toBe(true);
  });

  it('flagged confidential in a public item, is public; its entry keeps its own flag', () => {
    const flagged: ClassifiedAction = { ...action('a1', 'i1', true), declassified };
    const rule = confidentialityOf(items, [flagged]);
    expect(rule.action(flagged)).toBe(false);
    expect(rule.update({ actionId: 'a1', confidential: false })).toBe(false);
    expect(rule.blockBy(actionBlock('i1', 'a1', true))).toBe('own');
    expect(rule.block(actionBlock('i1', 'a1'))).toBe(false);
  });

  it('counts a missing field (a row from before it existed) as never declassified', () => {
    const old = action('a10', 'i2.1');
    expect('declassified' in old).toBe(false);
    const never: ClassifiedAction = { ...action('a0', null, true), declassified: null };
    const rule = confidentialityOf(items, [old, never]);
    expect(rule.actionBy(old)).toBe('inherited');
    expect(rule.actionBy(never)).toBe('own');
    expect(rule.update({ actionId: 'a10', confidential: false })).toBe(true);
    expect(rule.update({ actionId: 'a0', confidential: false })).toBe(true);
  });
});
