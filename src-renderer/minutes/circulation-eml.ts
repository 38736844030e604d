import { createMimeMessage } from 'mimetext/browser';
import { oneLine } from '../domain/circulation';
import { emailError } from '../domain/email';
import type { Classification } from '../domain';

/** Someone the e-mail is from or to. */
export interface MailPerson {
  name: string;
  email: string;
}

/** A document to attach: its file name, its bytes and the variant it was produced as. */
export interface MailAttachment {
  fileName: string;
  bytes: Uint8Array;
  variant: Classification;
}

export interface CirculationMail {
  from: MailPerson;
  to: readonly MailPerson[];
  /** The subject as the body's template gives it (see circulationSubjectLine). */
  subject: string;
  text: string;
  /** Public: every attachment must be public. */
  variant: Classification;
  attachments: readonly MailAttachment[];
}

const types: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ics: 'text/calendar',
};

/** The MIME type of a document by its file name's extension. */
export function mimeTypeOf(fileName: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return types[extension] ?? 'application/octet-stream';
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** A person as a header may carry them: the address checked, the name on one line. */
function mailbox(person: MailPerson): { name?: string; addr: string } {
  const error = person.email === '' ? 'There is no e-mail address.' : emailError(person.email);
  if (error !== undefined) {
    throw new Error(`${oneLine(person.name) || 'Someone'}: ${error}`);
  }
  // Quotes and backslashes are dropped: the library encodes names but some readers unquote them.
  const name = oneLine(person.name).replace(/["\\]/g, '');
  return name === '' ? { addr: person.email.trim() } : { name, addr: person.email.trim() };
}

/**
 * The circulation e-mail as an .eml file (RFC 5322, multipart with the documents attached),
 * ready for a mail program to open and send. Every address is checked, every name and the
 * subject are put on one line (a line break typed into a name cannot start a header) and the
 * library encodes them; a public e-mail refuses a confidential document.
 */
export function buildCirculationEml(mail: CirculationMail): string {
  if (mail.to.length === 0) throw new Error('Choose at least one recipient.');
  if (mail.variant === 'public') {
    const confidential = mail.attachments.find((a) => a.variant !== 'public');
    if (confidential !== undefined) {
      throw new Error(`A public e-mail cannot carry ${confidential.fileName}: it is confidential.`);
    }
  }
  const message = createMimeMessage();
  message.setSender(mailbox(mail.from));
  message.setTo(mail.to.map(mailbox));
  message.setSubject(oneLine(mail.subject));
  // Mail programs open an unsent message ready to send (Outlook reads this header).
  message.setHeader('X-Unsent', '1');
  message.addMessage({
    contentType: 'text/plain',
    charset: 'UTF-8',
    encoding: 'base64',
    data: base64(new TextEncoder().encode(mail.text.replace(/\r?\n/g, '\r\n'))),
  });
  for (const attachment of mail.attachments) {
    message.addAttachment({
      filename: oneLine(attachment.fileName).replace(/["\\]/g, ''),
      contentType: mimeTypeOf(attachment.fileName),
      data: base64(attachment.bytes),
    });
  }
  return message.asRaw();
}
