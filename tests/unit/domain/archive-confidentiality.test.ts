import { describe, expect, it } from 'vitest';
import { parseArchive, serializeArchive, type Archive } from '../../../src-renderer/domain';
import { buildMinutes } from '../../../src-renderer/minutes';
import { documentText } from '../minutes/model-text';
import { referenceArchive } from '../reference-archive';

// The archive reader holds flags to the rule of confidentiality: a contradiction is made
// confidential with a notice, or, where a link itself is wrong, refused with the record named.

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

const publicText = (archive: Archive) =>
  documentText(buildMinutes(archive, archive.bodies[0]?.meetings[0]?.id ?? '', 'public')).join(
    '\n',
  );

describe('the archive reader and the rule of confidentiality', () => {
  it('makes an action confidential when its entry in the minutes is, and says so', () => {
    const read = readChanged((body) => {
      entryOf(body, action(body, 'SECP30/01').id).confidential = true;
    });
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(read.notices).toEqual([
      'SEC Panel: SECP30/01 is now confidential, as its entry in the minutes is.',
    ]);
    const body = read.archive.bodies[0];
    if (!body) throw new Error('no body');
    expect(action(body, 'SECP30/01').confidential).toBe(true);
    expect(publicText(read.archive)).not.toContain('SECP30/01');
  });

  it('makes an entry and the updates of a confidential action confidential, and says so', () => {
    const read = readChanged((body) => {
      const secp28_03 = action(body, 'SECP28/03');
      expect(secp28_03.confidential).toBe(true);
      for (const update of body.actionUpdates)
        if (update.actionId === secp28_03.id) update.confidential = false;
      entryOf(body, action(body, 'SECP30/09').id).confidential = false;
    });
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(read.notices).toContain(
      'SEC Panel: The update to SECP28/03 at meeting 30 is now confidential, as the action is.',
    );
    expect(read.notices).toContain(
      'SEC Panel: The entry of SECP30/09 in the minutes is now confidential, as the action is.',
    );
    expect(publicText(read.archive)).not.toMatch(/SECP28\/03|SECP30\/09/);
  });

  it('refuses an entry that points at an action of another meeting, naming the record', () => {
    const read = readChanged((body) => {
      const meeting = body.meetings[0];
      if (!meeting) throw new Error('no meeting');
      const entry = entryOf(body, action(body, 'SECP30/02').id);
      action(body, 'SECP30/02').meetingId = null;
      action(body, 'SECP30/02').itemId = null;
      expect(entry.meetingId).toBe(meeting.id);
    });
    expect(read.ok).toBe(false);
    expect(!read.ok && read.errors.join('\n')).toMatch(
      /^bodies\[0\]\.meetings\[0\]\.minuteBlocks\[\d+\]\.actionId: an action raised at another meeting$/m,
    );
  });

  it('refuses an entry of a public action standing in another item, a confidential one', () => {
    const read = readChanged((body) => {
      const item2 = body.meetings[0]?.agendaItems.find((i) => i.classification === 'confidential');
      if (!item2) throw new Error('no confidential item');
      entryOf(body, action(body, 'SECP30/01').id).itemId = item2.id;
    });
    expect(read.ok).toBe(false);
    expect(!read.ok && read.errors.join('\n')).toMatch(
      /minuteBlocks\[\d+\]\.actionId: an action raised under another item/,
    );
  });
});
