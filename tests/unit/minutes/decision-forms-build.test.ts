import { describe, expect, it } from 'vitest';
import type { DecisionForm } from '../../../src-renderer/domain';
import { buildMinutes, type DocBlock, type Variant } from '../../../src-renderer/minutes';
import { loadFixture, meetingOf } from './minutes-support';

/** The blocks of the item titled `title`, up to the next item's heading. */
function itemBlocks(form: DecisionForm, variant: Variant, title: string): DocBlock[] {
  const archive = loadFixture();
  const { body, meeting } = meetingOf(archive);
  body.decisionForm = form;
  const blocks = buildMinutes(archive, meeting.id, variant).blocks;
  const at = blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith(title));
  const next = blocks.findIndex((b, i) => i > at && b.kind === 'heading');
  return blocks.slice(at + 1, next);
}

const texts = (blocks: DocBlock[]) =>
  blocks.flatMap((b) =>
    b.kind === 'decisions'
      ? [...(b.lead === null ? [] : [b.lead]), ...b.lines]
      : b.kind === 'paragraph'
        ? [b.text]
        : [],
  );

describe('decisions in the built minutes', () => {
  it("'resolved': the lead, then numbered paragraphs (not bullets)", () => {
    const archive = loadFixture();
    const { body, meeting } = meetingOf(archive);
    body.decisionForm = 'resolved';
    for (const block of meeting.minuteBlocks)
      if (block.kind === 'decisions') for (const d of block.decisions) d.verb = 'RESOLVED';
    const all = buildMinutes(archive, meeting.id, 'public').blocks;
    const at = all.findIndex((b) => b.kind === 'heading' && b.text.startsWith('Privacy'));
    const blocks = all.slice(
      at,
      all.findIndex((b, i) => i > at && b.kind === 'action'),
    );
    // One block, so the lead keeps with its first numbered line across a page break.
    const resolved = blocks.find((b) => b.kind === 'decisions' && b.lead === 'RESOLVED that:');
    expect(resolved).toMatchObject({ kind: 'decisions', numbered: true });
    expect(resolved?.kind === 'decisions' ? resolved.lines.length : 0).toBe(3);
    expect(texts(blocks)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\(1\) /u),
        expect.stringMatching(/^\(3\) the Full User Privacy Assessment Report Template/u),
      ]),
    );
  });

  it('filter confidential decisions out of the public minutes in every form', () => {
    for (const form of ['verbs', 'resolved', 'plain'] as const) {
      const open = texts(itemBlocks(form, 'confidential', 'Event of Default'));
      const shown = texts(itemBlocks(form, 'public', 'Event of Default'));
      expect(open.join(' ')).toContain('CANARY-4');
      expect(shown.join(' ')).not.toContain('CANARY-4');
    }
    // The public sees one decision: a plain sentence, lower-cased verb.
    const plain = itemBlocks('plain', 'public', 'Event of Default');
    expect(texts(plain).join(' ')).not.toContain('CANARY');
  });

  it("'plain': one sentence per decision", () => {
    const blocks = itemBlocks('plain', 'confidential', 'DCC Update');
    expect(texts(blocks)).toContain('The Panel noted the contents of the update.');
  });
});
