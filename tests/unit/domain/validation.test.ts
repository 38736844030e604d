import { describe, expect, it } from 'vitest';
import {
  isIsoDate,
  isTime,
  limits,
  tidyName,
  validateBodyInput,
  validateItemInput,
  validateMeetingInput,
  type BodyInput,
  type Classification,
  type ItemInput,
  type MeetingInput,
} from '../../../src-renderer/domain';
import { dateMessage, exampleDate } from '../../../src-renderer/domain/validation';

const secPanel: BodyInput = {
  name: 'SEC Panel',
  minutesName: 'The Panel',
  actionPrefix: 'SECP',
  secretariat: 'SECAS',
};

const meeting30: MeetingInput = {
  number: 30,
  date: '2016-03-10',
  startTime: '10:00',
  venue: 'Elexon, 350 Euston Road, London',
};

const item: ItemInput = {
  title: 'Actions outstanding',
  presenter: 'SECAS',
  paperRefs: ['SECP(16)01'],
  classification: 'public',
  plannedMinutes: 10,
  status: 'pending',
  publicSummary: '',
};

/** Control characters a paste from another program may bring (not white space). */
const controls = 'Panel\u0000\u0007\u001b[0m\u007f\u200b\u202e';

describe('tidyName', () => {
  it('trims and collapses runs of white space of every kind', () => {
    expect(tidyName('  SEC \t\n Panel\u00a0\u2003 30  ')).toBe('SEC Panel 30');
  });

  it('keeps Unicode letters and marks as typed', () => {
    expect(tidyName('Pwyllgor Ŵyŷ')).toBe('Pwyllgor Ŵyŷ');
    expect(tidyName('Comité d’Évaluation — 会議 🗳️')).toBe('Comité d’Évaluation — 会議 🗳️');
  });

  it('leaves control characters that are not white space alone (they are sanitised on export)', () => {
    expect(tidyName(controls)).toBe(controls);
  });

  it('gives an empty string for white space only', () => {
    expect(tidyName(' \t\r\n ')).toBe('');
  });
});

describe('isIsoDate', () => {
  it.each(['2016-03-10', '2016-02-29', '2000-02-29', '2019-12-31', '1999-01-01'])(
    'accepts %s',
    (value) => expect(isIsoDate(value)).toBe(true),
  );

  it.each([
    '2016-02-30',
    '2015-02-29',
    '1900-02-29',
    '2016-04-31',
    '2016-13-01',
    '2016-00-10',
    '2016-03-00',
    '2016-3-10',
    '10/03/2016',
    '2016-03-10T10:00',
    ' 2016-03-10',
    '２０１６-03-10',
    '',
  ])('refuses %j', (value) => expect(isIsoDate(value)).toBe(false));
});

describe('isTime', () => {
  it.each(['00:00', '09:30', '10:00', '23:59'])('accepts %s', (value) =>
    expect(isTime(value)).toBe(true),
  );

  it.each(['24:00', '23:60', '9:00', '10:0', '10:00:00', '10.00', '1000', ' 10:00', ''])(
    'refuses %j',
    (value) => expect(isTime(value)).toBe(false),
  );
});

describe('validateBodyInput', () => {
  it('accepts the SEC Panel', () => {
    expect(validateBodyInput(secPanel)).toEqual({});
  });

  it('accepts Welsh and other Unicode names and prefixes', () => {
    expect(
      validateBodyInput({
        name: 'Pwyllgor Ŵyŷ',
        minutesName: 'Y Pwyllgor',
        actionPrefix: 'PŴY',
        secretariat: 'Ysgrifenyddiaeth',
      }),
    ).toEqual({});
  });

  it('accepts text with control characters rather than losing what was typed', () => {
    expect(validateBodyInput({ ...secPanel, name: controls, secretariat: `SEC\u0000AS` })).toEqual(
      {},
    );
  });

  it('requires name, minutes name and secretariat, white space not counting', () => {
    const errors = validateBodyInput({
      name: '   ',
      minutesName: '',
      actionPrefix: 'SECP',
      secretariat: '\t\n',
    });
    expect(errors).toEqual({
      name: 'Name is required.',
      minutesName: 'How the minutes name the body is required.',
      secretariat: 'Secretariat is required.',
    });
  });

  it(`refuses a name longer than ${limits.shortText} characters and says so`, () => {
    expect(validateBodyInput({ ...secPanel, name: 'x'.repeat(limits.shortText) })).toEqual({});
    const errors = validateBodyInput({ ...secPanel, name: 'x'.repeat(limits.shortText + 1) });
    expect(errors.name).toBe('Name is too long (500 characters at most).');
    expect(Object.keys(errors)).toEqual(['name']);
  });

  it('refuses a 200 KB name', () => {
    expect(validateBodyInput({ ...secPanel, name: 'x'.repeat(200 * 1024) }).name).toMatch(
      /too long/,
    );
  });

  it.each(['SECP', 'SEC-P', 'SEC_P', 'P2', 'ŴYŶ', '  SECP  ', '', 'A'.repeat(20)])(
    'accepts the action prefix %j',
    (actionPrefix) => expect(validateBodyInput({ ...secPanel, actionPrefix })).toEqual({}),
  );

  it.each(['SEC P', 'SECP/', '{prefix}', 'SECP\u0000', 'A'.repeat(21), 'SE.CP'])(
    'refuses the action prefix %j',
    (actionPrefix) =>
      expect(validateBodyInput({ ...secPanel, actionPrefix })).toEqual({
        actionPrefix: 'The action prefix is up to 20 letters, digits, "-" or "_".',
      }),
  );
});

describe('validateMeetingInput', () => {
  it('accepts meeting 30 of the SEC Panel', () => {
    expect(validateMeetingInput(meeting30, [28, 29])).toEqual({});
  });

  it('refuses a number the body already uses, naming it', () => {
    expect(validateMeetingInput(meeting30, [29, 30])).toEqual({
      number: 'Meeting 30 already exists for this body.',
    });
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 100_000])(
    'refuses the meeting number %s',
    (number) =>
      expect(validateMeetingInput({ ...meeting30, number }, [])).toEqual({
        number: 'The meeting number is a whole number from 1.',
      }),
  );

  it.each([1, 99_999])('accepts the meeting number %i', (number) =>
    expect(validateMeetingInput({ ...meeting30, number }, [])).toEqual({}),
  );

  it.each(['2016-02-30', '2015-02-29', '2016-13-01', '10/03/2016', ''])(
    'refuses the date %j',
    (date) =>
      expect(validateMeetingInput({ ...meeting30, date }, [])).toEqual({
        date: dateMessage(),
      }),
  );

  it('says what date to enter, in the order the locale’s date fields take it', () => {
    expect(dateMessage('en-GB')).toBe('Enter a date such as 11/03/2016.');
    expect(exampleDate('en-GB')).toBe('11/03/2016');
    expect(exampleDate('en-US')).toBe('03/11/2016');
    expect(exampleDate('de-DE')).toBe('11.03.2016');
    expect(dateMessage()).toBe(`Enter a date such as ${exampleDate()}.`);
  });

  it.each(['24:00', '9:00', '10:60', '10am', ''])('refuses the time %j', (startTime) =>
    expect(validateMeetingInput({ ...meeting30, startTime }, [])).toEqual({
      startTime: 'The time is written HH:MM, e.g. 10:00.',
    }),
  );

  it('accepts an empty venue and "Teleconference"', () => {
    expect(validateMeetingInput({ ...meeting30, venue: '' }, [])).toEqual({});
    expect(validateMeetingInput({ ...meeting30, venue: 'Teleconference' }, [])).toEqual({});
  });

  it('refuses a venue that is too long', () => {
    expect(
      validateMeetingInput({ ...meeting30, venue: 'v'.repeat(limits.shortText + 1) }, []),
    ).toEqual({ venue: 'The venue is too long.' });
  });

  it('reports every bad field at once', () => {
    const errors = validateMeetingInput(
      { number: 30, date: '2016-02-30', startTime: '24:00', venue: 'v'.repeat(600) },
      [30],
    );
    expect(Object.keys(errors).sort()).toEqual(['date', 'number', 'startTime', 'venue']);
  });
});

describe('validateItemInput', () => {
  it('refuses too many or too long paper references, an unknown status, a huge summary', () => {
    const refs = Array.from({ length: 51 }, (_, i) => `P${String(i)}`);
    expect(validateItemInput({ ...item, paperRefs: refs }).paperRefs).toMatch(/at most 50/);
    expect(validateItemInput({ ...item, paperRefs: ['r'.repeat(501)] }).paperRefs).toBeDefined();
    expect(validateItemInput({ ...item, status: 'archived' as 'done' }).status).toBe(
      'That item status is unknown.',
    );
    expect(
      validateItemInput({ ...item, publicSummary: 's'.repeat(limits.longText + 1) }).publicSummary,
    ).toMatch(/too long/);
  });

  it('accepts an ordinary item', () => {
    expect(validateItemInput(item)).toEqual({});
  });

  it('accepts Unicode and control characters in the title and presenter', () => {
    expect(
      validateItemInput({ ...item, title: 'Pwyllgor Ŵyŷ — 会議 🗳️', presenter: controls }),
    ).toEqual({});
  });

  it('requires a title', () => {
    expect(validateItemInput({ ...item, title: ' \n ' })).toEqual({
      title: 'Title is required.',
    });
  });

  it('refuses a title of more than 500 characters, and a 200 KB one', () => {
    expect(validateItemInput({ ...item, title: 't'.repeat(limits.shortText) })).toEqual({});
    expect(validateItemInput({ ...item, title: 't'.repeat(limits.shortText + 1) }).title).toBe(
      'Title is too long (500 characters at most).',
    );
    expect(validateItemInput({ ...item, title: 't'.repeat(200 * 1024) }).title).toMatch(/too long/);
  });

  it('allows an empty presenter but not a too-long one', () => {
    expect(validateItemInput({ ...item, presenter: '' })).toEqual({});
    expect(validateItemInput({ ...item, presenter: 'p'.repeat(501) })).toEqual({
      presenter: 'The presenter is too long.',
    });
  });

  it('refuses a classification other than public or confidential', () => {
    expect(validateItemInput({ ...item, classification: 'confidential' })).toEqual({});
    expect(
      validateItemInput({ ...item, classification: 'secret' as unknown as Classification }),
    ).toEqual({ classification: 'The classification is public or confidential.' });
  });

  it.each([null, 0, 1, 45, 24 * 60])('accepts %j planned minutes', (plannedMinutes) =>
    expect(validateItemInput({ ...item, plannedMinutes })).toEqual({}),
  );

  it.each([-1, 1.5, 24 * 60 + 1, Number.NaN])('refuses %j planned minutes', (plannedMinutes) =>
    expect(validateItemInput({ ...item, plannedMinutes })).toEqual({
      plannedMinutes: 'Planned time is a whole number of minutes.',
    }),
  );
});
