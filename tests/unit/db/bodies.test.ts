import { describe, expect, it } from 'vitest';
import {
  addDecisionVerb,
  createBody,
  moveDecisionVerb,
  removeDecisionVerb,
  updateBody,
  WriteJournal,
} from '../../../src-renderer/db';
import { defaultActionRefTemplate, limits } from '../../../src-renderer/domain';
import {
  expectDataError,
  fakeContext,
  MemoryStorage,
  secPanel,
  snapshot,
  start,
  useTestDatabases,
} from './support';

const open = useTestDatabases();

describe('createBody', () => {
  it('stores the body with the default action reference template and audit fields', async () => {
    const ctx = fakeContext(open(), { user: 'SECAS', idPrefix: 'body' });
    const id = await createBody(ctx, secPanel);
    expect(id).toBe('body-0001');
    expect(await ctx.db.bodies.get(id)).toEqual({
      id: 'body-0001',
      name: 'SEC Panel',
      minutesName: 'The Panel',
      actionPrefix: 'SECP',
      secretariat: 'SECAS',
      actionRefTemplate: defaultActionRefTemplate,
      decisionVerbs: [
        'NOTED',
        'APPROVED',
        'AGREED',
        'SUPPORTED',
        'ENDORSED',
        'RECOMMENDED',
        'RESOLVED',
        'RECEIVED',
        'REJECTED',
        'DEFERRED',
      ],
      publicSummarySentence:
        'Further details on this agenda item can be found in the confidential minutes.',
      quorum: 0,
      deferredItemLine: 'This item was deferred to a later meeting.',
      withdrawnItemLine: 'This item was withdrawn.',
      curlyQuotes: true,
      unplannedItemMinutes: 10,
      agendaConfidentialItems: 'title',
      interestWithdrawal: false,
      circulationSubject: '{body} meeting {meeting} on {date}',
      circulationMessage:
        'Dear colleagues,\n\nPlease find attached the papers of {body} meeting {meeting} on {date}.\n\nWith kind regards,\nThe Secretariat',
      // A new body starts in the SEC Panel's house style unless another preset is chosen.
      styleName: 'SEC Panel',
      minuteNumbering: 'meeting',
      firstMinuteNumber: 1,
      paragraphNumbers: false,
      privatePart: false,
      privatePartHeading: 'Confidential items',
      privatePartResolution: '',
      actionRefCounter: 'meeting',
      actionSequences: {},
      actionLabel: 'ACTION {ref}:',
      closedActionLabel: '{ref}',
      peopleDisplay: 'names',
      outstandingPlacement: 'item',
      minutesTitle: 'Minutes of Meeting {meeting}',
      agendaTitle: 'Agenda of Meeting {meeting}',
      decisionForm: 'verbs',
      createdAt: start,
      updatedAt: start,
      updatedBy: 'SECAS',
    });
  });

  it('tidies white space in names and trims the prefix', async () => {
    const ctx = fakeContext(open());
    const id = await createBody(ctx, {
      name: '  SEC \t Panel ',
      minutesName: 'The\nPanel',
      actionPrefix: ' SECP ',
      secretariat: ' SECAS',
    });
    expect(await ctx.db.bodies.get(id)).toMatchObject({
      name: 'SEC Panel',
      minutesName: 'The Panel',
      actionPrefix: 'SECP',
      secretariat: 'SECAS',
    });
  });

  it('stores Unicode and non-space control characters exactly as typed', async () => {
    const ctx = fakeContext(open());
    const name = 'Pwyllgor Ŵyŷ — 会議 🗳️ \u0007\u0000\u200b\u202eend';
    const id = await createBody(ctx, {
      ...secPanel,
      name,
      minutesName: 'Y Pwyllgor',
      actionPrefix: 'PŴY',
    });
    const body = await ctx.db.bodies.get(id);
    expect(body?.name).toBe(name);
    expect(body?.actionPrefix).toBe('PŴY');
  });

  it('refuses a body without a name, with a clear message, writing nothing', async () => {
    const ctx = fakeContext(open());
    await expectDataError(
      createBody(ctx, { ...secPanel, name: '  ' }),
      'invalid',
      'Name is required.',
    );
    expect(await ctx.db.bodies.count()).toBe(0);
  });

  it('refuses a bad action prefix', async () => {
    const ctx = fakeContext(open());
    await expectDataError(
      createBody(ctx, { ...secPanel, actionPrefix: 'SEC P' }),
      'invalid',
      /action prefix/,
    );
    expect(await ctx.db.bodies.count()).toBe(0);
  });

  it('refuses a 200 KB name', async () => {
    const ctx = fakeContext(open());
    await expectDataError(
      createBody(ctx, { ...secPanel, name: 'x'.repeat(200 * 1024) }),
      'invalid',
      /too long/,
    );
    expect(await ctx.db.bodies.count()).toBe(0);
  });

  it('survives closing and reopening the database', async () => {
    const name = crypto.randomUUID();
    const first = fakeContext(open(name));
    const id = await createBody(first, { ...secPanel, name: 'Pwyllgor Ŵyŷ' });
    const stored = await first.db.bodies.get(id);
    first.db.close();
    const second = open(name);
    expect(await second.bodies.get(id)).toEqual(stored);
    expect(stored?.name).toBe('Pwyllgor Ŵyŷ');
  });
});

describe('updateBody', () => {
  it('changes only the given fields and records who changed it and when', async () => {
    const ctx = fakeContext(open());
    const id = await createBody(ctx, secPanel);
    const before = await ctx.db.bodies.get(id);
    const later = ctx.advance();
    ctx.setUser('Chair');
    await updateBody(ctx, id, { minutesName: 'The SEC Panel', actionRefTemplate: '{prefix}-{n}' });
    expect(await ctx.db.bodies.get(id)).toEqual({
      ...before,
      minutesName: 'The SEC Panel',
      actionRefTemplate: '{prefix}-{n}',
      createdAt: start,
      updatedAt: later,
      updatedBy: 'Chair',
    });
  });

  it('refuses an unknown body with not-found, writing nothing', async () => {
    const ctx = fakeContext(open());
    await createBody(ctx, secPanel);
    const before = await snapshot(ctx.db);
    await expectDataError(updateBody(ctx, 'no-such-body', { name: 'X' }), 'not-found');
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  // The form validates a new body, but an edit through updateBody is stored unchecked.
  describe('validates an edit as createBody validates a new body', () => {
    it('refuses an empty name', async () => {
      const ctx = fakeContext(open());
      const id = await createBody(ctx, secPanel);
      await expectDataError(updateBody(ctx, id, { name: '   ' }), 'invalid', /required/);
      expect((await ctx.db.bodies.get(id))?.name).toBe('SEC Panel');
    });

    it('refuses a bad action prefix', async () => {
      const ctx = fakeContext(open());
      const id = await createBody(ctx, secPanel);
      await expectDataError(updateBody(ctx, id, { actionPrefix: 'SEC P/' }), 'invalid');
      expect((await ctx.db.bodies.get(id))?.actionPrefix).toBe('SECP');
    });

    it(`refuses a 200 KB name (limit ${limits.shortText})`, async () => {
      const ctx = fakeContext(open());
      const id = await createBody(ctx, secPanel);
      await expectDataError(
        updateBody(ctx, id, { name: 'x'.repeat(200 * 1024) }),
        'invalid',
        /too long/,
      );
      expect((await ctx.db.bodies.get(id))?.name).toBe('SEC Panel');
    });
  });
});

describe('body settings', () => {
  it('stores verbs upper case and tidied, in the order given', async () => {
    const ctx = fakeContext(open());
    const id = await createBody(ctx, secPanel);
    await updateBody(ctx, id, { decisionVerbs: ['noted', ' agreed  in principle', 'Approved'] });
    expect((await ctx.db.bodies.get(id))?.decisionVerbs).toEqual([
      'NOTED',
      'AGREED IN PRINCIPLE',
      'APPROVED',
    ]);
  });

  it('saves the template, the summary sentence and the quorum', async () => {
    const ctx = fakeContext(open());
    const id = await createBody(ctx, secPanel);
    await updateBody(ctx, id, {
      actionRefTemplate: 'Action-SC-{yyyy}-{n}',
      publicSummarySentence: 'Siehe vertrauliches Protokoll.',
      quorum: 4,
    });
    expect(await ctx.db.bodies.get(id)).toMatchObject({
      actionRefTemplate: 'Action-SC-{yyyy}-{n}',
      publicSummarySentence: 'Siehe vertrauliches Protokoll.',
      quorum: 4,
    });
  });

  it('saves the item lines, the curly-quotes choice, the minutes for an unplanned item and the public agenda choice', async () => {
    const ctx = fakeContext(open());
    const id = await createBody(ctx, secPanel);
    await updateBody(ctx, id, {
      deferredItemLine: 'Deferred to the next meeting.',
      withdrawnItemLine: '',
      curlyQuotes: false,
      unplannedItemMinutes: 0,
      agendaConfidentialItems: 'omit',
    });
    expect(await ctx.db.bodies.get(id)).toMatchObject({
      deferredItemLine: 'Deferred to the next meeting.',
      withdrawnItemLine: '',
      curlyQuotes: false,
      unplannedItemMinutes: 0,
      agendaConfidentialItems: 'omit',
    });
  });

  it('refuses bad settings with a clear message, writing nothing', async () => {
    const ctx = fakeContext(open());
    const id = await createBody(ctx, secPanel);
    const before = await snapshot(ctx.db);
    const refused: [Parameters<typeof updateBody>[2], RegExp][] = [
      [{ decisionVerbs: [] }, /at least one/],
      [{ decisionVerbs: ['NOTED', 'noted'] }, /already in the list/],
      [{ decisionVerbs: ['NOTED', '  '] }, /empty/],
      [{ decisionVerbs: ['X'.repeat(41)] }, /40 characters/],
      [{ decisionVerbs: Array.from({ length: 31 }, (_, i) => `V${String(i)}`) }, /at most 30/],
      [{ decisionVerbs: 'NOTED' as never }, /list of words/],
      [{ decisionVerbs: [null] as never }, /list of words/],
      [{ actionRefTemplate: '{prefix}{meeting}' }, /\{seq\}, \{seq:3\} or \{n\}/],
      [{ actionRefTemplate: `{seq}${'x'.repeat(100)}` }, /100 characters/],
      [{ quorum: -1 }, /whole number/],
      [{ quorum: 2.5 }, /whole number/],
      [{ quorum: 501 }, /whole number/],
      [{ quorum: '3' as never }, /whole number/],
      [{ publicSummarySentence: 'x'.repeat(limits.longText + 1) }, /too long/],
      [{ deferredItemLine: 'two\nlines' }, /one line/],
      [{ withdrawnItemLine: 'x'.repeat(limits.shortText + 1) }, /too long/],
      [{ curlyQuotes: 'no' as never }, /on or off/],
      [{ unplannedItemMinutes: 241 }, /0 to 240/],
      [{ unplannedItemMinutes: -5 }, /0 to 240/],
      [{ agendaConfidentialItems: 'hide' as never }, /title, or left out/],
    ];
    for (const [patch, message] of refused) {
      await expectDataError(updateBody(ctx, id, patch), 'invalid', message);
    }
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('ignores fields a patch may not change (a replayed journal entry is data)', async () => {
    const ctx = fakeContext(open());
    const id = await createBody(ctx, secPanel);
    await updateBody(ctx, id, { quorum: 3, id: 'other', createdAt: 'x' } as never);
    expect(await ctx.db.bodies.get(id)).toMatchObject({ id, quorum: 3, createdAt: start });
  });
});

describe('decision verb commands', () => {
  it('adds, moves and removes verbs, reading the list as it is now', async () => {
    const ctx = fakeContext(open());
    const id = await createBody(ctx, secPanel);
    await updateBody(ctx, id, { decisionVerbs: ['NOTED', 'APPROVED', 'AGREED'] });
    await addDecisionVerb(ctx, id, 'supported');
    await moveDecisionVerb(ctx, id, 3, -1);
    await moveDecisionVerb(ctx, id, 0, -1); // at the top: nothing moves
    expect((await ctx.db.bodies.get(id))?.decisionVerbs).toEqual([
      'NOTED',
      'APPROVED',
      'SUPPORTED',
      'AGREED',
    ]);
    expect(await removeDecisionVerb(ctx, id, 1)).toBe('APPROVED');
    await addDecisionVerb(ctx, id, 'APPROVED', 1);
    expect((await ctx.db.bodies.get(id))?.decisionVerbs).toEqual([
      'NOTED',
      'APPROVED',
      'SUPPORTED',
      'AGREED',
    ]);
  });

  it('refuses a duplicate, the last verb and a verb no longer there', async () => {
    const ctx = fakeContext(open());
    const id = await createBody(ctx, secPanel);
    await updateBody(ctx, id, { decisionVerbs: ['NOTED'] });
    const before = await snapshot(ctx.db);
    await expectDataError(addDecisionVerb(ctx, id, ' noted '), 'invalid', /already/);
    await expectDataError(removeDecisionVerb(ctx, id, 0), 'invalid', /at least one/);
    await expectDataError(removeDecisionVerb(ctx, id, 1), 'not-found');
    await expectDataError(addDecisionVerb(ctx, 'gone', 'AGREED'), 'not-found');
    expect(await snapshot(ctx.db)).toEqual(before);
  });
});

describe('body settings through the edit journal', () => {
  it('replays a verbs, template and quorum edit that never reached the database', async () => {
    const ctx = fakeContext(open());
    const id = await createBody(ctx, secPanel);
    const storage = new MemoryStorage();
    // As if the page unloaded after the journal entry was written but before IndexedDB had it.
    const journal = new WriteJournal(storage);
    const patch = { decisionVerbs: ['agreed', 'NOTED'], actionRefTemplate: '{n}', quorum: 5 };
    storage.setItem(
      'minutebook.journal.updateBody:x',
      JSON.stringify({ write: { op: 'updateBody', id, patch }, at: ctx.advance() }),
    );
    expect(await journal.replay(ctx)).toEqual({ applied: 1, aside: 0 });
    expect(await ctx.db.bodies.get(id)).toMatchObject({
      decisionVerbs: ['AGREED', 'NOTED'],
      actionRefTemplate: '{n}',
      quorum: 5,
    });
    expect(storage.length).toBe(0);
  });
});
