import { describe, expect, it } from 'vitest';
import {
  addMember,
  createBody,
  removeMember,
  restoreMember,
  updateMember,
} from '../../../src-renderer/db';
import {
  expectDataError,
  fakeContext,
  secPanel,
  snapshot,
  start,
  useTestDatabases,
} from './support';

const open = useTestDatabases();

describe('members', () => {
  it('adds a member with tidied name and organisation, and audit fields', async () => {
    const ctx = fakeContext(open(), { idPrefix: 'm' });
    const bodyId = await createBody(ctx, secPanel);
    const id = await addMember(ctx, bodyId, {
      name: '  Gordon  Hextall ',
      organisation: 'Panel Chair',
    });
    expect(await ctx.db.members.get(id)).toEqual({
      id,
      bodyId,
      name: 'Gordon Hextall',
      organisation: 'Panel Chair',
      email: '',
      role: 'member',
      initials: '',
      createdAt: start,
      updatedAt: start,
      updatedBy: 'SECAS',
    });
  });

  it('edits one field as typed, leaving the other and recording who changed it', async () => {
    const ctx = fakeContext(open());
    const bodyId = await createBody(ctx, secPanel);
    const id = await addMember(ctx, bodyId, { name: 'Jane', organisation: 'Large Supplier' });
    const later = ctx.advance();
    ctx.setUser('Chair');
    await updateMember(ctx, id, { organisation: 'Large Supplier Member ' });
    expect(await ctx.db.members.get(id)).toMatchObject({
      name: 'Jane',
      organisation: 'Large Supplier Member ',
      updatedAt: later,
      updatedBy: 'Chair',
    });
  });

  it('keeps any Unicode as typed', async () => {
    const ctx = fakeContext(open());
    const bodyId = await createBody(ctx, secPanel);
    const name = 'Siân Ŵyn 李明 🗳️ \u202eRTL';
    const id = await addMember(ctx, bodyId, { name, organisation: 'Aelod' });
    expect((await ctx.db.members.get(id))?.name).toBe(name);
  });

  it('refuses an empty name, oversized text and an unknown body, writing nothing', async () => {
    const ctx = fakeContext(open());
    const bodyId = await createBody(ctx, secPanel);
    const id = await addMember(ctx, bodyId, { name: 'Jane', organisation: '' });
    const before = await snapshot(ctx.db);
    await expectDataError(addMember(ctx, bodyId, { name: ' ', organisation: '' }), 'invalid');
    await expectDataError(
      addMember(ctx, bodyId, { name: 'x'.repeat(200 * 1024), organisation: '' }),
      'invalid',
      /too long/,
    );
    await expectDataError(addMember(ctx, 'no-body', { name: 'A', organisation: '' }), 'not-found');
    await expectDataError(updateMember(ctx, id, { name: '' }), 'invalid', /name is required/);
    await expectDataError(
      updateMember(ctx, id, { organisation: 'y'.repeat(10_000) }),
      'invalid',
      /too long/,
    );
    await expectDataError(updateMember(ctx, 'gone', { name: 'B' }), 'not-found');
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('ignores fields a member patch may not change', async () => {
    const ctx = fakeContext(open());
    const bodyId = await createBody(ctx, secPanel);
    const id = await addMember(ctx, bodyId, { name: 'Jane', organisation: '' });
    await updateMember(ctx, id, { name: 'Janet', bodyId: 'other', id: 'x' } as never);
    expect(await ctx.db.members.get(id)).toMatchObject({ id, bodyId, name: 'Janet' });
  });

  it('removes a member and puts them back exactly on undo', async () => {
    const ctx = fakeContext(open());
    const bodyId = await createBody(ctx, secPanel);
    const id = await addMember(ctx, bodyId, { name: 'Jane', organisation: 'Member' });
    const stored = await ctx.db.members.get(id);
    const removed = await removeMember(ctx, id);
    expect(await ctx.db.members.count()).toBe(0);
    expect(removed).toEqual(stored);
    if (!removed) throw new Error('unreachable');
    await restoreMember(ctx, removed);
    expect(await ctx.db.members.get(id)).toEqual(stored);
    expect(await removeMember(ctx, 'gone')).toBeNull();
  });
});
