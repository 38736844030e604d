import type { Action, Member, PeopleDisplay } from './model';

/**
 * A suggestion for a member's initials, from their name: the first letter of each word,
 * capitals, titles and particles dropped ("Dr Jane van der Berg" gives "JB"; "Jane Mary Smith"
 * gives "JMS"). A hyphenated name gives a letter for each part ("Anne Smith-Jones": "ASJ").
 */
export function suggestInitials(name: string): string {
  const skip = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'prof', 'sir', 'dame', 'cllr', 'rev']);
  const particles = new Set(['van', 'der', 'de', 'den', 'von', 'da', 'di', 'du', 'la', 'le']);
  return name
    .split(/[\s-]+/u)
    .map((word) => word.replace(/[^\p{L}]/gu, ''))
    .filter((word) => word !== '' && !skip.has(word.toLowerCase()))
    .filter((word) => !particles.has(word))
    .map((word) => word.charAt(0).toLocaleUpperCase())
    .join('');
}

/**
 * How the documents name an action's owner: by the owning member's initials when the body's
 * style shows people by initials and the member has them; as typed otherwise (an outsider, a
 * member without initials, or a body that shows names).
 */
export function ownerShown(
  display: PeopleDisplay,
  members: readonly Pick<Member, 'id' | 'initials'>[],
  action: Pick<Action, 'owner' | 'ownerMemberId'>,
): string {
  if (display !== 'initials' || action.ownerMemberId === null) return action.owner;
  const initials = members.find((m) => m.id === action.ownerMemberId)?.initials.trim() ?? '';
  return initials === '' ? action.owner : initials;
}

/**
 * Why `alternate` cannot hold `forMember`'s vote at a meeting, or undefined when they can: only
 * a member of the body whose role is alternate votes for another, and only for a voting
 * member of the same body.
 */
export function alternateForError(
  alternate: Pick<Member, 'id' | 'bodyId' | 'role'> | undefined,
  forMember: Pick<Member, 'id' | 'bodyId' | 'role' | 'name'> | undefined,
): string | undefined {
  if (alternate?.role !== 'alternate') return 'Only an alternate votes for another member.';
  if (forMember?.bodyId !== alternate.bodyId) return 'That member is not on this body.';
  if (forMember.id === alternate.id) return 'An alternate cannot vote for themselves.';
  if (forMember.role !== 'member') return `${forMember.name} is not a voting member.`;
  return undefined;
}

/** The most characters a member's initials may have (the archive's limit). */
export const maxInitials = 20;

/** Why `initials` cannot be a member's initials, or undefined when they can. */
export function initialsError(initials: unknown): string | undefined {
  if (typeof initials !== 'string') return 'Initials must be text.';
  if (/[\r\n]/.test(initials)) return 'Initials are one line.';
  return initials.trim().length > maxInitials
    ? `Initials are ${String(maxInitials)} characters at most.`
    : undefined;
}
