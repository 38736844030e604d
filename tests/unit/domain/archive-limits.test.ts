/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArchive, parseArchiveValue } from '../../../src-renderer/domain';
import { archiveLimits } from '../../../src-renderer/domain/archive-limits';
import { archiveSchema } from '../../../src-renderer/domain/archive-schema';
import { formatPath, validateArchive } from '../../../src-renderer/domain/archive-validate';
import { fifteenYearArchive } from './fifteen-years';

const fixtureText = readFileSync(
  new URL('../../fixtures/sec-panel-30.archive.json', import.meta.url),
  'utf8',
);

/** Far above the 2 s the reader is meant to take: a guard against hanging, not a benchmark. */
const guard = 5_000;

/** Reads `text` and returns its errors and how long the reader took. */
function refusal(text: string, maxErrors?: number): { errors: string[]; ms: number } {
  const started = performance.now();
  const result = parseArchive(text, maxErrors);
  const ms = performance.now() - started;
  if (result.ok) throw new Error('read, but should have been refused');
  return { errors: result.errors, ms };
}

/** The reference archive's text with the part `["bodies"][0]…` replaced by raw JSON `raw`. */
function withRaw(change: (body: Record<string, unknown>) => void, raw: string): string {
  const value = JSON.parse(fixtureText) as { bodies: Record<string, unknown>[] };
  const body = value.bodies[0];
  if (body === undefined) throw new Error('no body');
  change(body);
  return JSON.stringify(value).replace('"@RAW@"', raw);
}

const firstMeeting = (body: Record<string, unknown>) =>
  (body.meetings as Record<string, unknown>[])[0] ?? {};

describe('archive limits', () => {
  it('refuses a million agenda items in one meeting, naming them and the limit', () => {
    const text = withRaw(
      (body) => (firstMeeting(body).agendaItems = '@RAW@'),
      `[${Array.from({ length: 1_000_000 }, () => '{}').join(',')}]`,
    );
    const { errors, ms } = refusal(text);
    expect(errors).toEqual([
      'This archive has 1,000,000 agenda items in one meeting (bodies[0].meetings[0].agendaItems); ' +
        'Minutebook reads at most 5,000. It was not read.',
    ]);
    expect(ms).toBeLessThan(guard);
  });

  it('refuses a file of a million empty records or three million numbers', () => {
    const records = refusal(`[${Array.from({ length: 1_000_000 }, () => '{}').join(',')}]`);
    expect(records.errors).toEqual([
      'This archive has a list of 1,000,000 entries at the top level; Minutebook reads at most 10,000 there. It was not read.',
    ]);
    expect(records.ms).toBeLessThan(guard);
    const numbers = refusal(`[${Array.from({ length: 3_000_000 }, () => '7').join(',')}]`);
    expect(numbers.errors).toEqual([
      'This archive has a list of 3,000,000 entries at the top level; Minutebook reads at most 10,000 there. It was not read.',
    ]);
    expect(numbers.ms).toBeLessThan(guard);
  });

  it('refuses three million numbers as the paper references of an item, saying where', () => {
    const text = withRaw(
      (body) => {
        const items = firstMeeting(body).agendaItems as Record<string, unknown>[];
        if (items[3]) items[3].paperRefs = '@RAW@';
      },
      `[${Array.from({ length: 3_000_000 }, () => '0').join(',')}]`,
    );
    const { errors, ms } = refusal(text);
    expect(errors).toEqual([
      'This archive has a list of 3,000,000 entries at bodies[0].meetings[0].agendaItems[3].paperRefs; ' +
        'Minutebook reads at most 10,000 there. It was not read.',
    ]);
    expect(ms).toBeLessThan(guard);
  });

  it('refuses nesting three million deep, and nesting just past the limit', () => {
    const deep = 3_000_000;
    const message = `This archive nests deeper than any Minutebook archive (more than ${String(archiveLimits.depth)} levels). It was not read.`;
    const { errors, ms } = refusal(`${'['.repeat(deep)}${']'.repeat(deep)}`);
    expect(errors).toEqual([message]);
    expect(ms).toBeLessThan(guard);
    const past = archiveLimits.depth + 1;
    expect(refusal(`${'['.repeat(past)}${']'.repeat(past)}`).errors).toEqual([message]);
    // Within the limit it is JSON, and simply not an archive.
    const within = archiveLimits.depth;
    expect(refusal(`${'['.repeat(within)}${']'.repeat(within)}`).errors[0]).toMatch(
      /no archive object/,
    );
  });

  it('refuses a 30-million-character paragraph before parsing it, saying where', () => {
    const text = withRaw(
      (body) => {
        const blocks = firstMeeting(body).minuteBlocks as Record<string, unknown>[];
        if (blocks[1]) blocks[1].text = '@RAW@';
      },
      `"${'\\u00e9'.repeat(10)}${'x'.repeat(30_000_000)}"`,
    );
    const { errors, ms } = refusal(text);
    expect(errors).toEqual([
      'This archive has a text of 30,000,010 characters at bodies[0].meetings[0].minuteBlocks[1].text; ' +
        'Minutebook reads texts of at most 100,000 characters. It was not read.',
    ]);
    expect(ms).toBeLessThan(guard);
  });

  it('counts a text as read: escapes are one character each, an escaped quote does not end it', () => {
    const atLimit = `"${'\\"'.repeat(archiveLimits.text)}"`;
    const text = withRaw((body) => {
      const blocks = firstMeeting(body).minuteBlocks as Record<string, unknown>[];
      if (blocks[1]) blocks[1].text = '@RAW@';
    }, atLimit);
    expect(parseArchive(text).ok).toBe(true);
  });

  it('refuses a field name of a million characters and a record of a thousand fields', () => {
    const name = refusal(`{"${'k'.repeat(1_000_000)}":1}`);
    expect(name.errors[0]).toMatch(/^This archive has a field name of 1,000,000 characters/);
    expect(name.ms).toBeLessThan(guard);
    const fields = Array.from({ length: 1_000 }, (_, i) => `"f${String(i)}":0`).join(',');
    expect(refusal(`{${fields}}`).errors[0]).toMatch(
      /^This archive has a record of more than 100 fields at the top level/,
    );
  });

  it('stops at the first problems of a million and says there are more', () => {
    // 40,000 actions with an impossible date and nothing else, 100,000 empty updates: about
    // 1.7 million problems, of which the reader writes 21 lines.
    const actions = Array.from({ length: 40_000 }, () => '{"raisedOn":"2016-02-30"}').join(',');
    const updates = Array.from({ length: 100_000 }, () => '{}').join(',');
    const text = withRaw((body) => {
      body.actions = '@RAW@';
      body.actionUpdates = [];
    }, `[${actions}]`).replace('"actionUpdates":[]', `"actionUpdates":[${updates}]`);
    const { errors, ms } = refusal(text);
    expect(errors).toHaveLength(21);
    expect(errors[0]).toMatch(/^bodies\[0\]\.actions\[0\]\.id: /);
    expect(errors).toContain('bodies[0].actions[0].raisedOn: not a calendar date');
    expect(errors[20]).toBe('There are more problems; only the first 20 are listed.');
    expect(ms).toBeLessThan(guard);
    expect(refusal(text, 100).errors).toHaveLength(101);
  });

  it('stops at the first of many broken links too', () => {
    const value = JSON.parse(fixtureText) as { bodies: { actionUpdates: object[] }[] };
    const body = value.bodies[0];
    const [update] = body?.actionUpdates ?? [];
    if (!body || !update) throw new Error('fixture changed');
    body.actionUpdates = Array.from({ length: 90_000 }, (_, i) => ({
      ...update,
      id: `update-${String(i)}`,
      actionId: 'nowhere',
    }));
    const { errors, ms } = refusal(JSON.stringify(value));
    expect(errors).toHaveLength(21);
    expect(errors[0]).toMatch(/actionUpdates\[0\]\.actionId: no such action in this body$/);
    expect(errors[20]).toBe('There are more problems; only the first 20 are listed.');
    expect(ms).toBeLessThan(guard);
  });

  it('holds a value already parsed to the same limits', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    const result = parseArchiveValue(deep);
    expect(!result.ok && result.errors[0]).toMatch(/nests deeper than any Minutebook archive/);
    const many = parseArchiveValue(Array.from({ length: 1_000_000 }, () => ({})));
    expect(!many.ok && many.errors[0]).toMatch(/a list of 1,000,000 entries at the top level/);
  });

  it('checks row by row exactly as the whole schema does', () => {
    const good: unknown = JSON.parse(fixtureText);
    const whole = archiveSchema.parse(good);
    const rows = validateArchive(good, 20);
    expect(rows.ok && JSON.stringify(rows.archive)).toBe(JSON.stringify(whole));
    const bad = JSON.parse(fixtureText) as { bodies: Record<string, unknown>[] };
    const body = bad.bodies[0] ?? {};
    body.quorum = -1;
    body.extra = true;
    body['constructor'] = 'a field named like a property of every object';
    firstMeeting(body).date = '2016-02-30';
    (firstMeeting(body).minuteBlocks as Record<string, unknown>[]).push({ kind: 'picture' });
    body.actionUpdates = 'none';
    const expected = archiveSchema
      .safeParse(bad)
      .error?.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    const found = validateArchive(bad, 100);
    expect(found.ok ? [] : [...found.errors].sort()).toEqual([...(expected ?? [])].sort());
  });

  it('still reads fifteen years of monthly meetings', () => {
    const result = parseArchive(fifteenYearArchive());
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const [body] = result.archive.bodies;
    expect(body?.meetings).toHaveLength(180);
    expect(body?.meetings.reduce((n, m) => n + m.agendaItems.length, 0)).toBe(5_400);
    expect(body?.meetings.reduce((n, m) => n + m.minuteBlocks.length, 0)).toBe(50_400);
    expect(body?.actions).toHaveLength(3_960);
    expect(body?.actionUpdates).toHaveLength(8_950);
  }, 60_000);
});
