import { describe, expect, it } from 'vitest';
import { phraseDecisions } from '../../../src-renderer/domain';

describe('phraseDecisions in the body’s decision form', () => {
  it("'verbs' reads as it always did, and is what no form means", () => {
    const one = [{ verb: 'NOTED', text: 'the report' }];
    expect(phraseDecisions('The Panel', one, 'verbs')).toEqual({
      kind: 'sentence',
      text: 'The Panel NOTED the report.',
    });
    expect(phraseDecisions('The Panel', one)).toEqual(phraseDecisions('The Panel', one, 'verbs'));
    expect(
      phraseDecisions(
        'The Panel',
        [
          { verb: 'NOTED', text: 'the report' },
          { verb: 'AGREED', text: 'the budget' },
        ],
        'verbs',
      ),
    ).toEqual({
      kind: 'list',
      lead: 'The Panel:',
      lines: ['NOTED the report; and', 'AGREED the budget.'],
    });
  });

  it("'resolved' leads with the verb and 'that', once, whatever the text starts with", () => {
    expect(
      phraseDecisions(
        'The Cabinet',
        [{ verb: 'RESOLVED', text: 'the report be noted.' }],
        'resolved',
      ),
    ).toEqual({ kind: 'sentence', text: 'RESOLVED that the report be noted.' });
    expect(
      phraseDecisions(
        'The Cabinet',
        [{ verb: 'resolved', text: 'That the report be noted' }],
        'resolved',
      ),
    ).toEqual({ kind: 'sentence', text: 'RESOLVED that the report be noted.' });
    expect(
      phraseDecisions('The Cabinet', [{ verb: '', text: 'the report be noted' }], 'resolved'),
    ).toEqual({ kind: 'sentence', text: 'RESOLVED that the report be noted.' });
  });

  it("'resolved' numbers several with one verb under 'RESOLVED that:'", () => {
    expect(
      phraseDecisions(
        'The Cabinet',
        [
          { verb: 'RESOLVED', text: 'the report be noted; and' },
          { verb: 'RESOLVED', text: 'the budget be approved' },
          { verb: 'RESOLVED', text: 'that the Director be thanked.' },
        ],
        'resolved',
      ),
    ).toEqual({
      kind: 'list',
      lead: 'RESOLVED that:',
      lines: [
        '(1) the report be noted;',
        '(2) the budget be approved;',
        '(3) the Director be thanked.',
      ],
      numbered: true,
    });
  });

  it("'resolved' adds 'that' after RESOLVED only, and gives different verbs a sentence each", () => {
    expect(
      phraseDecisions(
        'The Cabinet',
        [
          { verb: 'NOTED', text: 'the update' },
          { verb: 'RESOLVED', text: 'the plan be adopted' },
          { verb: 'RECOMMENDED', text: 'that Council adopt the plan' },
        ],
        'resolved',
      ),
    ).toEqual({
      kind: 'sentence',
      text: 'NOTED the update. RESOLVED that the plan be adopted. RECOMMENDED that Council adopt the plan.',
    });
    expect(
      phraseDecisions(
        'The Cabinet',
        [
          { verb: 'NOTED', text: 'the update' },
          { verb: 'NOTED', text: 'the risks' },
        ],
        'resolved',
      ),
    ).toEqual({
      kind: 'list',
      lead: 'NOTED:',
      lines: ['(1) the update;', '(2) the risks.'],
      numbered: true,
    });
  });

  it("'resolved' keeps a vote's count, after the verb", () => {
    expect(
      phraseDecisions(
        'The Cabinet',
        [{ verb: 'RESOLVED', text: '(6 for, 2 against) that the budget be approved' }],
        'resolved',
      ),
    ).toEqual({
      kind: 'sentence',
      text: 'RESOLVED (6 for, 2 against) that the budget be approved.',
    });
    const list = phraseDecisions(
      'The Cabinet',
      [
        { verb: 'RESOLVED', text: 'the report be noted' },
        { verb: 'RESOLVED', text: '(5 for, 1 against) the budget be approved' },
      ],
      'resolved',
    );
    expect(list.kind === 'list' && list.lines[1]).toBe(
      '(2) (5 for, 1 against) the budget be approved.',
    );
  });

  it("'plain' writes one sentence per decision, the verb lower-cased as stored", () => {
    expect(
      phraseDecisions('The Committee', [{ verb: 'AGREED', text: 'to meet in May' }], 'plain'),
    ).toEqual({ kind: 'sentence', text: 'The Committee agreed to meet in May.' });
    expect(
      phraseDecisions(
        'The Committee',
        [
          { verb: 'NOTED', text: 'the report;' },
          { verb: 'AGREED', text: 'to meet in May' },
          { verb: '', text: 'thanked the Treasurer' },
        ],
        'plain',
      ),
    ).toEqual({
      kind: 'sentence',
      text: 'The Committee noted the report. The Committee agreed to meet in May. The Committee thanked the Treasurer.',
    });
  });

  it('leaves out empty decisions in every form', () => {
    for (const form of ['verbs', 'resolved', 'plain'] as const)
      expect(phraseDecisions('The Board', [{ verb: ' ', text: ' ' }], form)).toEqual({
        kind: 'none',
      });
  });
});
