import { describe, expect, it } from 'vitest';
import { formatActionLabel } from '../../../src-renderer/domain';
import { buildMinutes, type DocBlock } from '../../../src-renderer/minutes';
import { loadFixture, meetingOf } from './minutes-support';
import { docxText, pdfText, writtenFiles } from './written';

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the action label in the body’s style', () => {
  it('leads the sentence when it names the reference, follows the action’s own words when it names the owner', () => {
    expect(formatActionLabel('ACTION {ref}:', 'SECP30/01', 'SECAS')).toEqual({
      label: 'ACTION SECP30/01:',
      after: false,
    });
    expect(formatActionLabel('Action: {owner}.', 'SECP30/01', ' Head of Legal ')).toEqual({
      label: 'Action: Head of Legal.',
      after: true,
    });
  });

  it('prints "ACTION SECP30/01: SECAS to …" by default, as the published minutes do', () => {
    const archive = loadFixture();
    const { meeting } = meetingOf(archive);
    const doc = buildMinutes(archive, meeting.id, 'confidential');
    const first = doc.blocks.find(
      (b): b is Extract<DocBlock, { kind: 'action' }> =>
        b.kind === 'action' && b.reference === 'SECP30/01',
    );
    expect(first).toMatchObject({ label: 'ACTION SECP30/01:', labelAfter: false });
    expect(first?.text).toMatch(/^SECAS to look into making/);
  });

  it('prints actions by owner alone in both formats: the action’s words, then "Action: SECAS."', async () => {
    const archive = loadFixture();
    const { body, meeting } = meetingOf(archive);
    body.actionLabel = 'Action: {owner}.';
    const doc = buildMinutes(archive, meeting.id, 'public');
    const first = doc.blocks.find(
      (b): b is Extract<DocBlock, { kind: 'action' }> => b.kind === 'action',
    );
    expect(first).toMatchObject({ label: 'Action: SECAS.', labelAfter: true });
    expect(first?.text).toBe(
      'Look into making the Full User Privacy Assessment Report Template non-confidential and circulating it to Parties.',
    );
    // An action typed as "to …" reads as a sentence of its own.
    const second = archive.bodies[0]?.actions.find((a) => a.reference === 'SECP30/02');
    if (!second) throw new Error('the fixture has changed');
    second.text = 'to draft a response.';
    const again = buildMinutes(archive, meeting.id, 'public').blocks.find(
      (b): b is Extract<DocBlock, { kind: 'action' }> =>
        b.kind === 'action' && b.reference === 'SECP30/02',
    );
    expect(again?.text).toBe('Draft a response.');
    const files = await writtenFiles(archive, meeting.id, 'public');
    const sentence = 'circulating it to Parties. Action: SECAS. ';
    for (const text of [flat(await docxText(files.docx)), flat(pdfText(files.pdf))]) {
      expect(text).toContain(sentence.trim());
      expect(text).not.toContain('ACTION SECP30/01');
      expect(text).not.toContain('SECAS to look into');
    }
  });
});
