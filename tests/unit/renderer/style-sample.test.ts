import { describe, expect, it } from 'vitest';
import {
  parseArchive,
  presetStyle,
  type Body,
  type StylePresetId,
} from '../../../src-renderer/domain';
import { sampleArchive, sampleMeeting } from '../../../src-renderer/features/bodies/style-sample';
import { buildMinutes, type DocBlock } from '../../../src-renderer/minutes';

const at = '2025-01-01T00:00:00.000Z';

/** A body in a preset's style, as the database would hold one. */
function bodyIn(preset: StylePresetId): Body {
  return {
    id: 'b',
    name: 'Cabinet',
    minutesName: 'The Cabinet',
    actionPrefix: 'CAB',
    secretariat: 'Democratic Services',
    quorum: 0,
    unplannedItemMinutes: 10,
    interestWithdrawal: false,
    circulationSubject: '',
    circulationMessage: '',
    actionSequences: {},
    createdAt: at,
    updatedAt: at,
    updatedBy: 'Test',
    ...presetStyle(preset),
  };
}

const texts = (blocks: readonly DocBlock[]) =>
  blocks
    .map((b) =>
      b.kind === 'decisions' ? [b.lead ?? '', ...b.lines].join(' ') : 'text' in b ? b.text : '',
    )
    .join('\n');

describe('the house-style preview’s sample meeting', () => {
  it('is a valid archive in every preset', () => {
    for (const preset of ['sec-panel', 'council', 'code-panel', 'committee'] as const) {
      const parsed = parseArchive(JSON.stringify(sampleArchive(bodyIn(preset))));
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    }
  });

  it('shows each style’s title and decision form through the document builder', () => {
    const minutes = (preset: StylePresetId) =>
      buildMinutes(sampleArchive(bodyIn(preset)), sampleMeeting.id, 'confidential');
    const council = minutes('council');
    expect(council.header.title).toBe(
      'Minutes of the meeting of the Cabinet held on Thursday 2 October 2025 at 2.00 pm',
    );
    expect(texts(council.blocks)).toContain('RESOLVED that:');
    expect(texts(minutes('sec-panel').blocks)).toContain('NOTED the contents of the report; and');
    expect(texts(minutes('committee').blocks)).toContain(
      'The Cabinet noted the contents of the report.',
    );
    expect(minutes('sec-panel').header.title).toBe('Minutes of Meeting 39');
  });

  it('gives the action a reference in the style’s scheme', () => {
    const action = (preset: StylePresetId) =>
      sampleArchive(bodyIn(preset)).bodies[0]?.actions[0]?.reference;
    expect(action('sec-panel')).toBe('CAB39/01');
    expect(action('code-panel')).toBe('CAB-2025-001');
    expect(action('committee')).toBe('39.1');
  });
});
