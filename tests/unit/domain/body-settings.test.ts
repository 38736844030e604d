import { describe, expect, it } from 'vitest';
import {
  actionRefTemplateError,
  decisionVerbsError,
  defaultActionRefTemplate,
  defaultDecisionVerbs,
  defaultPublicSummarySentence,
  limits,
  normaliseVerb,
  publicSummarySentenceError,
  quorumError,
  validateBodySettings,
  verbError,
  type BodySettingsInput,
} from '../../../src-renderer/domain';
import {
  curlyQuotesError,
  itemLineError,
  minutesStyleDefaults,
  unplannedItemMinutesError,
} from '../../../src-renderer/domain/body-settings';

const defaults: BodySettingsInput = {
  decisionVerbs: defaultDecisionVerbs,
  actionRefTemplate: defaultActionRefTemplate,
  publicSummarySentence: defaultPublicSummarySentence,
  quorum: 0,
  ...minutesStyleDefaults,
};

describe('validateBodySettings', () => {
  it('accepts the defaults of a new body', () => {
    expect(validateBodySettings(defaults)).toEqual({});
  });

  it('names every field that is wrong', () => {
    expect(
      Object.keys(
        validateBodySettings({
          decisionVerbs: [],
          actionRefTemplate: '{prefix}',
          publicSummarySentence: 'x'.repeat(limits.longText + 1),
          quorum: -1,
          deferredItemLine: 'two\nlines',
          withdrawnItemLine: 'x'.repeat(limits.shortText + 1),
          curlyQuotes: 'yes' as never,
          unplannedItemMinutes: 241,
        }),
      ).sort(),
    ).toEqual([
      'actionRefTemplate',
      'curlyQuotes',
      'decisionVerbs',
      'deferredItemLine',
      'publicSummarySentence',
      'quorum',
      'unplannedItemMinutes',
      'withdrawnItemLine',
    ]);
  });

  it('starts a body with the minutes-style defaults', () => {
    expect(minutesStyleDefaults).toEqual({
      deferredItemLine: 'This item was deferred to a later meeting.',
      withdrawnItemLine: 'This item was withdrawn.',
      curlyQuotes: true,
      unplannedItemMinutes: 10,
    });
  });
});

describe('the minutes-style settings', () => {
  it('take an item line of one line, empty allowed', () => {
    expect(itemLineError('Deferred to the April meeting.', 'deferred')).toBeUndefined();
    expect(itemLineError('', 'withdrawn')).toBeUndefined();
    expect(itemLineError('one\r\ntwo', 'deferred')).toBe(
      'The line for a deferred item is one line.',
    );
    expect(itemLineError('x'.repeat(501), 'withdrawn')).toBe(
      'The line for a withdrawn item is too long.',
    );
    expect(itemLineError(3 as never, 'withdrawn')).toMatch(/must be text/);
  });

  it('count an unplanned item as a whole number of minutes from 0 to 240', () => {
    for (const ok of [0, 10, 240]) expect(unplannedItemMinutesError(ok)).toBeUndefined();
    for (const bad of [-1, 241, 2.5, Number.NaN, '10' as never])
      expect(unplannedItemMinutesError(bad)).toMatch(/whole number from 0 to 240/);
  });

  it('take curly quotes as on or off only', () => {
    expect(curlyQuotesError(true)).toBeUndefined();
    expect(curlyQuotesError(false)).toBeUndefined();
    expect(curlyQuotesError('true' as never)).toMatch(/on or off/);
  });
});

describe('decision verbs', () => {
  it('are stored upper case with white space tidied, in any script', () => {
    expect(normaliseVerb('  agreed  in principle ')).toBe('AGREED IN PRINCIPLE');
    expect(normaliseVerb('genehmigt')).toBe('GENEHMIGT');
    expect(normaliseVerb('cymeradwywyd ŵ')).toBe('CYMERADWYWYD Ŵ');
  });

  it('refuses an empty verb, a verb over 40 characters and a duplicate', () => {
    expect(verbError('  ', [])).toMatch(/empty/);
    expect(verbError('A'.repeat(40), [])).toBeUndefined();
    expect(verbError('A'.repeat(41), [])).toMatch(/40 characters/);
    expect(verbError('noted', ['NOTED'])).toBe('NOTED is already in the list.');
    expect(verbError('NOTED', ['APPROVED'])).toBeUndefined();
  });

  it('counts characters as a reader does, not UTF-16 units', () => {
    expect(verbError('Ŵ'.repeat(40), [])).toBeUndefined();
    expect(verbError('🗳'.repeat(40), [])).toBeUndefined();
    expect(verbError('🗳️'.repeat(40), [])).toBeUndefined();
    expect(verbError('🗳️'.repeat(41), [])).toMatch(/40 characters/);
  });

  it('refuses an empty list, more than 30, duplicates and non-text', () => {
    expect(decisionVerbsError([])).toMatch(/at least one/);
    const thirty = Array.from({ length: 30 }, (_, i) => `VERB${String(i)}`);
    expect(decisionVerbsError(thirty)).toBeUndefined();
    expect(decisionVerbsError([...thirty, 'ONE MORE'])).toMatch(/at most 30/);
    expect(decisionVerbsError(['NOTED', 'AGREED', 'noted'])).toBe('NOTED is already in the list.');
    expect(decisionVerbsError(['NOTED', ''])).toMatch(/empty/);
    expect(decisionVerbsError(['NOTED', 7] as unknown as string[])).toMatch(/list of words/);
    expect(decisionVerbsError('NOTED' as unknown as string[])).toMatch(/list of words/);
  });
});

describe('action reference template', () => {
  it('accepts templates with {seq}, {seq:3} or {n}', () => {
    expect(actionRefTemplateError('{prefix}{meeting}/{seq}')).toBeUndefined();
    expect(actionRefTemplateError('{prefix}-{yyyy}-{seq:3}')).toBeUndefined();
    expect(actionRefTemplateError('Action-SC-{yyyy}-{n}')).toBeUndefined();
    expect(actionRefTemplateError('{seq}/{dd}{mm}{yy}')).toBeUndefined();
  });

  it('refuses a template without the sequence, since references must be unique', () => {
    expect(actionRefTemplateError('{prefix}{meeting}')).toMatch(/\{seq\}, \{seq:3\} or \{n\}/);
    expect(actionRefTemplateError('')).toMatch(/\{seq\}, \{seq:3\} or \{n\}/);
    expect(actionRefTemplateError('{SEQ}')).toMatch(/\{seq\}, \{seq:3\} or \{n\}/);
    expect(actionRefTemplateError('{seq:0}')).toMatch(/\{seq\}, \{seq:3\} or \{n\}/);
  });

  it('refuses a template over 100 characters', () => {
    expect(actionRefTemplateError(`{seq}${'x'.repeat(95)}`)).toBeUndefined();
    expect(actionRefTemplateError(`{seq}${'x'.repeat(96)}`)).toMatch(/100 characters/);
  });
});

describe('quorum', () => {
  it('is a whole number from 0 to 500', () => {
    for (const ok of [0, 1, 7, 500]) expect(quorumError(ok)).toBeUndefined();
    for (const bad of [-1, 501, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(quorumError(bad)).toMatch(/whole number/);
    }
    expect(quorumError('5' as unknown as number)).toMatch(/whole number/);
  });
});

describe('public summary sentence', () => {
  it('may be empty or long, up to the long-text limit', () => {
    expect(publicSummarySentenceError('')).toBeUndefined();
    expect(publicSummarySentenceError('x'.repeat(limits.longText))).toBeUndefined();
    expect(publicSummarySentenceError('x'.repeat(limits.longText + 1))).toMatch(/too long/);
    expect(publicSummarySentenceError(null as unknown as string)).toMatch(/text/);
  });
});
