import { describe, expect, it, vi } from 'vitest';
import { buildMinutes, LeakError } from '../../../src-renderer/minutes';
import { classifyTexts, guardAgainstLeaks } from '../../../src-renderer/minutes/leak-guard';
import { loadFixture, meetingOf } from './minutes-support';

// Redaction broken on purpose: the public variant shows everything but the decisions flagged
// confidential, so confidential items, their paragraphs and their actions are printed in full.
// The guard decides what is confidential on its own, so it still refuses.
vi.mock('../../../src-renderer/minutes/redact', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src-renderer/minutes/redact')>();
  return {
    ...real,
    redact: (...[body, meeting]: Parameters<typeof real.redact>) =>
      real.redact(body, meeting, 'confidential'),
  };
});

describe('the leak guard, whatever redaction does', () => {
  it('refuses public minutes that a broken redaction filled with confidential text', () => {
    const archive = loadFixture();
    const { meeting } = meetingOf(archive);
    expect(() => buildMinutes(archive, meeting.id, 'public')).toThrow(LeakError);
  });

  it('finds what lies inside a confidential item although no flag of its own says so', () => {
    const archive = loadFixture();
    const { body, meeting } = meetingOf(archive);
    const item2 = meeting.agendaItems.find((i) => i.title === 'Event of Default Update');
    if (!item2) throw new Error('the fixture has changed');
    const sub = { ...item2, id: 'sub-2-1', parentId: item2.id, classification: 'public' as const };
    meeting.agendaItems.push({ ...sub, title: 'Northwind default notice' });
    meeting.minuteBlocks.push({
      id: 'sub-2-1-p1',
      meetingId: meeting.id,
      itemId: sub.id,
      position: 'a0',
      confidential: false,
      kind: 'paragraph',
      text: 'Northwind Energy Supply Ltd remained in default of its charges.',
      createdAt: sub.createdAt,
      updatedAt: sub.updatedAt,
      updatedBy: sub.updatedBy,
    });
    const texts = classifyTexts(body, meeting);
    expect(texts.confidential).toContainEqual({
      field: 'item 2.1 paragraph 1',
      text: 'Northwind Energy Supply Ltd remained in default of its charges.',
    });
    expect(texts.confidential).toContainEqual({
      field: 'the title of item 2.1',
      text: 'Northwind default notice',
    });
    const doc = buildMinutes(archive, meeting.id, 'confidential');
    expect(() => guardAgainstLeaks({ ...doc, variant: 'public' }, texts)).toThrow(LeakError);
  });
});
