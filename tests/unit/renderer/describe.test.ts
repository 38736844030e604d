import { describe, expect, it } from 'vitest';
import { describeDeclassification } from '../../../src-renderer/features/actions/describe';
import { formatLongDate, formatMeetingDate } from '../../../src-renderer/features/shared/dates';

describe('describeDeclassification', () => {
  it('says when and by whom, the date in words', () => {
    expect(describeDeclassification({ on: '2016-04-14', by: 'the Panel Chair' })).toBe(
      'Declassified on 14 April 2016 by the Panel Chair',
    );
  });
});

describe('formatLongDate', () => {
  it('writes the day, the month in words and the year, and leaves a non-date as it is', () => {
    expect(formatLongDate('2016-03-01')).toBe('1 March 2016');
    expect(formatLongDate('not a date')).toBe('not a date');
    // The meeting's date, built from the same parts, is unchanged.
    expect(formatMeetingDate('2016-03-10')).toBe('Thursday 10 March 2016');
  });
});
