import { describe, expect, it } from 'vitest';
import {
  confidentialityCorrections,
  parseArchive,
  serializeArchive,
  type Archive,
  type FlaggedRecords,
} from '../../../src-renderer/domain';
import { referenceArchive } from '../reference-archive';

// A declassified action was made public on purpose: the archive reader and the database's
// upgrade, which hold flags to the rule of confidentiality, leave it and its updates public.

type Body = Archive['bodies'][number];

/** The reference archive with one change, read again as a file would be. */
function readChanged(change: (body: Body) => void) {
  const archive = referenceArchive();
  const body = archive.bodies[0];
  if (!body) throw new Error('no body');
  change(body);
  return parseArchive(serializeArchive(archive));
}

function action(body: Body, reference: string) {
  const found = body.actions.find((a) => a.reference === reference);
  if (!found) throw new Error(`no ${reference}`);
  return found;
}

function entryOf(body: Body, actionId: string) {
  const found = body.meetings
    .flatMap((m) => m.minuteBlocks)
    .find((b) => b.kind === 'action' && b.actionId === actionId);
  if (!found) throw new Error('no entry');
  return found;
}

describe('the archive reader and a declassified action', () => {
  const declassified = { on: '2016-04-14', by: 'the Panel Chair' };

  it('leaves a declassified action and its public updates public, with no notice', () => {
    const read = readChanged((body) => {
      const secp28_03 = action(body, 'SECP28/03');
      expect(secp28_03.confidential).toBe(true);
      secp28_03.declassified = declassified;
      for (const update of body.actionUpdates)
        if (update.actionId === secp28_03.id) update.confidential = false;
    });
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(read.notices).toEqual([]);
    const body = read.archive.bodies[0];
    if (!body) throw new Error('no body');
    const secp28_03 = action(body, 'SECP28/03');
    expect(secp28_03.declassified).toEqual(declassified);
    const updates = body.actionUpdates.filter((u) => u.actionId === secp28_03.id);
    expect(updates.length).toBeGreaterThan(0);
    expect(updates.every((u) => !u.confidential)).toBe(true);
  });

  it('still makes its entry inside a confidential item confidential, and only that', () => {
    const read = readChanged((body) => {
      const secp30_09 = action(body, 'SECP30/09');
      secp30_09.confidential = false;
      secp30_09.declassified = declassified;
      entryOf(body, secp30_09.id).confidential = false;
    });
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(read.notices).toEqual([
      'SEC Panel: The entry of SECP30/09 in the minutes is now confidential, as its item is.',
    ]);
    const body = read.archive.bodies[0];
    if (!body) throw new Error('no body');
    expect(action(body, 'SECP30/09').confidential).toBe(false);
    expect(entryOf(body, action(body, 'SECP30/09').id).confidential).toBe(true);
  });
});

describe('confidentialityCorrections, as the database upgrade runs it', () => {
  // Meeting 30: item i2 confidential; action a9 raised there, with its entry b9 and an update
  // u9 at meeting 31, all flagged public by mistake.
  const records = (
    declassified?: { on: string; by: string } | null,
    entryConfidential = false,
  ): FlaggedRecords => ({
    items: [{ id: 'i2', parentId: null, classification: 'confidential' }],
    actions: [
      {
        id: 'a9',
        itemId: 'i2',
        confidential: false,
        reference: 'SECP30/09',
        ...(declassified === undefined ? {} : { declassified }),
      },
    ],
    actionBlocks: [{ id: 'b9', actionId: 'a9', confidential: entryConfidential }],
    updates: [{ id: 'u9', actionId: 'a9', confidential: false, meetingId: 'm31' }],
  });
  const corrected = (
    declassified?: { on: string; by: string } | null,
    entryConfidential = false,
  ) => {
    const fixes = confidentialityCorrections(
      records(declassified, entryConfidential),
      () => 'meeting 31',
    );
    return [...fixes.actions.keys(), ...fixes.blocks.keys(), ...fixes.updates.keys()];
  };

  it('corrects a row without the field (stored before it existed) as never declassified', () => {
    expect(corrected()).toEqual(['a9', 'b9', 'u9']);
    expect(corrected(null)).toEqual(['a9', 'b9', 'u9']);
  });

  it('does not make a declassified action or its update confidential again', () => {
    const chair = { on: '2016-04-14', by: 'the Panel Chair' };
    expect(corrected(chair)).toEqual(['b9']);
    // Not even when its entry is marked confidential, which makes any other action so.
    expect(corrected(null, true)).toEqual(['a9', 'u9']);
    expect(corrected(chair, true)).toEqual([]);
  });
});
