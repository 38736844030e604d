import type { MemberRole } from './model';

/** The longest address the archive keeps (RFC 5321's path limit). */
export const maxEmailLength = 320;

/** One bare address: something, one @, something; no space, brackets, quotes, comma or semicolon. */
const address = String.raw`[^\s@<>",;]+@[^\s@<>",;]+`;
const oneAddress = new RegExp(`^${address}$`, 'u');

/**
 * An address as the app keeps it, "" (none known) or one bare address: what the archive schema
 * accepts, so that whatever {@link emailError} lets through can be exported and read back.
 */
export const emptyOrOneAddress = new RegExp(`^(?:${address})?$`, 'u');

export const memberRoles: readonly MemberRole[] = [
  'member',
  'alternate',
  'observer',
  'secretariat',
];

export const memberRoleLabels: Readonly<Record<MemberRole, string>> = {
  member: 'Member',
  alternate: 'Alternate',
  observer: 'Observer',
  secretariat: 'Secretariat',
};

/** An address as stored: the spaces around it dropped. */
export function tidyEmail(text: string): string {
  return text.trim();
}

/**
 * What is wrong with a member's e-mail address as typed, in words for the secretary, or
 * undefined when it is empty (none known) or one bare address. The archive schema accepts the
 * same addresses, so an imported address can always be edited.
 */
export function emailError(text: string): string | undefined {
  if (typeof text !== 'string') return 'An e-mail address is text.';
  const email = tidyEmail(text);
  if (email === '') return undefined;
  if (email.length > maxEmailLength) return 'The e-mail address is too long.';
  if (/[\p{Cc}\p{Zl}\p{Zp}]/u.test(email)) return 'The e-mail address cannot hold a line break.';
  if ((email.match(/@/g) ?? []).length > 1 || /[,;]/.test(email))
    return 'Give one e-mail address only.';
  if (/[<>"]/.test(email)) return 'Give the address alone, without a name or brackets.';
  if (!oneAddress.test(email)) return 'An e-mail address reads like name@example.org.';
  return undefined;
}

/** Checks a member's role, which may come from a replayed edit whatever the types say. */
export function memberRoleError(role: string): string | undefined {
  return (memberRoles as readonly string[]).includes(role)
    ? undefined
    : 'The role is member, alternate, observer or secretariat.';
}
