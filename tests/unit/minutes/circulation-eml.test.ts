import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import {
  buildCirculationEml,
  circulationWording,
  mimeTypeOf,
  type CirculationMail,
} from '../../../src-renderer/minutes/circulation';

const pdf = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256);
const docx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 255, 13, 10, 46]);

const mail: CirculationMail = {
  from: { name: 'SECAS', email: 'secas@example.org' },
  to: [
    { name: 'Gordon Hextall', email: 'gordon@example.org' },
    { name: 'Sabrina, “Bö” O’Neill', email: 'sabrina@example.org' },
  ],
  subject: 'SEC Panel meeting 30 on 10 March 2016',
  text: 'Dear colleagues,\n\nPlease find attached — ünïcode.\n',
  variant: 'public',
  attachments: [
    { fileName: 'SEC Panel 30 minutes - public.pdf', bytes: pdf, variant: 'public' },
    { fileName: 'SEC Panel 30 agenda - public.docx', bytes: docx, variant: 'public' },
  ],
};

async function parse(raw: string) {
  return PostalMime.parse(raw);
}

describe('buildCirculationEml', () => {
  it('writes the recipients, the subject, the text and the documents byte for byte', async () => {
    const email = await parse(buildCirculationEml(mail));
    expect(email.from).toMatchObject({ address: 'secas@example.org', name: 'SECAS' });
    expect(email.to?.map((t) => [t.name, t.address])).toEqual([
      ['Gordon Hextall', 'gordon@example.org'],
      ['Sabrina, “Bö” O’Neill', 'sabrina@example.org'],
    ]);
    expect(email.subject).toBe(mail.subject);
    expect(email.text?.replace(/\r\n/g, '\n').trim()).toBe(mail.text.trim());
    expect(email.attachments.map((a) => [a.filename, a.mimeType])).toEqual([
      ['SEC Panel 30 minutes - public.pdf', 'application/pdf'],
      [
        'SEC Panel 30 agenda - public.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
    ]);
    expect(new Uint8Array(email.attachments[0]?.content as ArrayBuffer)).toEqual(pdf);
    expect(new Uint8Array(email.attachments[1]?.content as ArrayBuffer)).toEqual(docx);
  });

  it('cannot be given a header through a line break in a name, the subject or a file name', async () => {
    const raw = buildCirculationEml({
      ...mail,
      from: { name: 'SECAS\r\nBcc: thief@evil.example', email: 'secas@example.org' },
      to: [{ name: 'Ann\nBcc: thief@evil.example\n', email: 'ann@example.org' }],
      subject: 'Papers\r\nBcc: thief@evil.example',
      attachments: [{ fileName: 'a\r\nX-Evil: 1.pdf', bytes: docx, variant: 'public' }],
    });
    const email = await parse(raw);
    const keys = email.headers.map((h) => h.key);
    expect(keys).not.toContain('bcc');
    expect(keys).not.toContain('x-evil');
    expect(email.bcc ?? []).toEqual([]);
    expect(raw).not.toMatch(/^Bcc:/im);
    expect(email.to?.map((t) => t.address)).toEqual(['ann@example.org']);
    expect(email.to?.[0]?.name).toBe('Ann Bcc: thief@evil.example');
    expect(email.subject).toBe('Papers Bcc: thief@evil.example');
    expect(email.attachments[0]?.filename).toBe('a X-Evil: 1.pdf');
  });

  it('refuses an address with a line break, two addresses or none', () => {
    const bad = (email: string) => () =>
      buildCirculationEml({ ...mail, to: [{ name: 'Ann', email }] });
    expect(bad('ann@example.org\r\nBcc: thief@evil.example')).toThrow(/line break/);
    expect(bad('a@example.org, b@example.org')).toThrow(/one e-mail address/);
    expect(bad('')).toThrow(/no e-mail address/);
    expect(() => buildCirculationEml({ ...mail, to: [] })).toThrow(/at least one recipient/);
  });

  it('refuses a confidential document in a public e-mail, and carries it in a confidential one', async () => {
    const confidential = {
      fileName: 'SEC Panel 30 minutes - confidential.pdf',
      bytes: pdf,
      variant: 'confidential' as const,
    };
    expect(() =>
      buildCirculationEml({ ...mail, attachments: [...mail.attachments, confidential] }),
    ).toThrow(/public e-mail cannot carry SEC Panel 30 minutes - confidential\.pdf/);
    const email = await parse(
      buildCirculationEml({ ...mail, variant: 'confidential', attachments: [confidential] }),
    );
    expect(email.attachments.map((a) => a.filename)).toEqual([confidential.fileName]);
  });

  it('names the MIME types of the documents it circulates', () => {
    expect(mimeTypeOf('x.PDF')).toBe('application/pdf');
    expect(mimeTypeOf('x.ics')).toBe('text/calendar');
    expect(mimeTypeOf('x')).toBe('application/octet-stream');
  });
});

describe('circulationWording', () => {
  const body = {
    name: 'SEC Panel',
    circulationSubject: '{body} meeting {meeting} on {date} {unknown}',
    circulationMessage: 'Papers of {body} meeting {meeting} ({date}).',
  };
  const meeting = { number: 30, date: '2016-03-10' };

  it('fills the placeholders from the body and the meeting', () => {
    expect(circulationWording(body, meeting, 'public')).toEqual({
      subject: 'SEC Panel meeting 30 on 10 March 2016 {unknown}',
      text: 'Papers of SEC Panel meeting 30 (10 March 2016).',
    });
  });

  it('says CONFIDENTIAL in a confidential subject, once', () => {
    expect(circulationWording(body, meeting, 'confidential').subject).toBe(
      'CONFIDENTIAL: SEC Panel meeting 30 on 10 March 2016 {unknown}',
    );
    const said = { ...body, circulationSubject: 'CONFIDENTIAL papers of {body}' };
    expect(circulationWording(said, meeting, 'confidential').subject).toBe(
      'CONFIDENTIAL papers of SEC Panel',
    );
  });

  it('keeps a body name with a line break on one line in the subject', () => {
    const named = { ...body, name: 'SEC\r\nBcc: x@y.z' };
    expect(circulationWording(named, meeting, 'public').subject).not.toMatch(/[\r\n]/);
  });
});
