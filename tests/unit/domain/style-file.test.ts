import { describe, expect, it } from 'vitest';
import { presetStyle } from '../../../src-renderer/domain';
import {
  parseStyleFile,
  serializeStyle,
  styleChanges,
  styleFileName,
  stylePatch,
} from '../../../src-renderer/domain/style-file';

const council = presetStyle('council');

/** A style file of the council preset with `change` made to its parsed JSON. */
function edited(
  change: (file: { style: Record<string, unknown> } & Record<string, unknown>) => void,
) {
  const file = JSON.parse(serializeStyle(council)) as { style: Record<string, unknown> };
  change(file);
  return JSON.stringify(file);
}

/** What reading `text` refuses it for, or '' when it reads. */
function errorOf(text: string): string {
  const read = parseStyleFile(text);
  return read.ok ? '' : read.error;
}

describe('style files', () => {
  it('round-trip every preset', () => {
    for (const id of ['sec-panel', 'council', 'code-panel', 'committee'] as const) {
      const style = presetStyle(id);
      expect(parseStyleFile(serializeStyle(style))).toEqual({ ok: true, style });
    }
  });

  it('say what they are, in a fixed format and version', () => {
    const file = JSON.parse(serializeStyle(council)) as Record<string, unknown>;
    expect(file.format).toBe('minutebook-style');
    expect(file.version).toBe(1);
    expect(Object.keys(file.style as object)).toContain('minutesTitle');
  });

  it('refuse what is not a style file, in words', () => {
    expect(parseStyleFile('not json')).toEqual({
      ok: false,
      error: 'This file is not a style file: it is not JSON.',
    });
    expect(parseStyleFile('{"format":"minutebook-archive","version":1}')).toMatchObject({
      ok: false,
      error: 'This file is not a Minutebook style file.',
    });
    expect(errorOf(edited((f) => (f.version = 2)))).toMatch(/newer Minutebook/u);
    expect(errorOf(edited((f) => delete f.style.decisionForm))).toBe(
      'This style file lacks the field “decisionForm”.',
    );
    expect(parseStyleFile('x'.repeat(300_000))).toMatchObject({ ok: false });
  });

  it('refuse a field out of bounds with the settings’ own sentence', () => {
    expect(errorOf(edited((f) => (f.style.decisionForm = 'shouted')))).toMatch(
      /^This style file cannot be used: Decisions read/u,
    );
    expect(errorOf(edited((f) => (f.style.actionRefTemplate = '{prefix}')))).toMatch(
      /needs \{seq\}/u,
    );
    expect(errorOf(edited((f) => (f.style.decisionVerbs = [])))).toMatch(
      /at least one decision verb/u,
    );
    expect(errorOf(edited((f) => (f.style.curlyQuotes = 'yes')))).toMatch(/on or off/u);
    expect(errorOf(edited((f) => (f.style.minutesTitle = 'a\nb')))).toMatch(/one line/u);
  });

  it('ignore fields they do not know and tidy decision verbs', () => {
    const text = edited((f) => {
      f.style.somethingNew = 1;
      f.style.decisionVerbs = ['resolved', 'noted'];
    });
    const read = parseStyleFile(text);
    expect(read.ok && read.style.decisionVerbs).toEqual(['RESOLVED', 'NOTED']);
    expect(read.ok && 'somethingNew' in read.style).toBe(false);
  });

  it('name their file after the style', () => {
    expect(styleFileName(council)).toBe('council-cabinet-or-committee.minutebook-style.json');
    expect(styleFileName({ styleName: '../..' })).toBe('style.minutebook-style.json');
  });
});

describe('what a new style changes', () => {
  it('lists the fields that differ, in words, and patches only them', () => {
    const sec = presetStyle('sec-panel');
    const changes = styleChanges(sec, council);
    expect(changes.map((c) => c.key)).toContain('decisionForm');
    expect(changes.find((c) => c.key === 'privatePart')).toEqual({
      key: 'privatePart',
      label: 'Private part',
      from: 'off',
      to: 'on',
    });
    expect(changes.map((c) => c.key)).not.toContain('curlyQuotes');
    const { patch, expected } = stylePatch(sec, council);
    expect(patch.decisionForm).toBe('resolved');
    expect(expected.decisionForm).toBe('verbs');
    expect('curlyQuotes' in patch).toBe(false);
    expect(styleChanges(council, council)).toEqual([]);
  });
});
