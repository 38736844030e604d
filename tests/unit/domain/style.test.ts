import { describe, expect, it } from 'vitest';
import {
  houseStyleError,
  houseStyleKeys,
  presetStyle,
  styleOf,
  stylePresets,
  type HouseStyle,
} from '../../../src-renderer/domain';
import {
  actionRefTemplateError,
  decisionVerbsError,
} from '../../../src-renderer/domain/body-settings';

describe('house styles', () => {
  it('offers four complete presets, each valid, the SEC Panel first', () => {
    expect(stylePresets.map((p) => p.id)).toEqual([
      'sec-panel',
      'council',
      'code-panel',
      'committee',
    ]);
    for (const { style } of stylePresets) {
      expect(Object.keys(style).sort()).toEqual([...houseStyleKeys].sort());
      expect(houseStyleError(style)).toBeUndefined();
      expect(actionRefTemplateError(style.actionRefTemplate)).toBeUndefined();
      expect(decisionVerbsError(style.decisionVerbs)).toBeUndefined();
    }
  });

  it('gives each preset what its kind of body does', () => {
    expect(presetStyle('council')).toMatchObject({
      minuteNumbering: 'running',
      privatePart: true,
      actionLabel: 'Action: {owner}.',
      decisionForm: 'resolved',
    });
    expect(presetStyle('council').privatePartResolution).toContain('{paragraphs}');
    expect(presetStyle('code-panel')).toMatchObject({
      actionRefTemplate: '{prefix}-{yyyy}-{seq:3}',
      actionRefCounter: 'year',
      peopleDisplay: 'initials',
      paragraphNumbers: true,
      outstandingPlacement: 'appendix',
    });
    expect(presetStyle('committee')).toMatchObject({
      minuteNumbering: 'none',
      decisionForm: 'plain',
    });
  });

  it('hands out a copy: changing it leaves the preset as it was', () => {
    const style = presetStyle('sec-panel');
    style.decisionVerbs.push('WAVED');
    style.styleName = 'Changed';
    expect(presetStyle('sec-panel').decisionVerbs).not.toContain('WAVED');
    expect(presetStyle('sec-panel').styleName).toBe('SEC Panel');
  });

  it('takes only the style fields of a body', () => {
    const body = { ...presetStyle('council'), id: 'b1', name: 'Cabinet', quorum: 3 };
    const style = styleOf(body);
    expect(style).not.toHaveProperty('id');
    expect(style).not.toHaveProperty('quorum');
    expect(style).toEqual(presetStyle('council'));
  });

  it.each<[Partial<HouseStyle>, RegExp]>([
    [{ minuteNumbering: 'roman' as never }, /in each meeting, running on, or not at all/],
    [{ firstMinuteNumber: -1 }, /whole number from 0/],
    [{ firstMinuteNumber: 1.5 }, /whole number from 0/],
    [{ paragraphNumbers: 'yes' as never }, /on or off/],
    [{ privatePartHeading: 'two\nlines' }, /one line/],
    [{ actionRefCounter: 'month' as never }, /each meeting, each year/],
    [{ closedActionLabel: 'CLOSED' }, /needs \{ref\}/],
    [{ peopleDisplay: 'nicknames' as never }, /name or by initials/],
    [{ outstandingPlacement: 'footnote' as never }, /appendix/],
    [{ minutesTitle: 'x'.repeat(600) }, /too long/],
    [{ decisionForm: 'poetry' as never }, /RESOLVED that/],
  ])('refuses %o with a sentence a secretary reads', (change, message) => {
    expect(houseStyleError({ ...presetStyle('sec-panel'), ...change })).toMatch(message);
  });
});
