import { initialsError, personError, styleRowDefaults, tidyName } from '../../domain';
import { memberDefaults } from '../../domain/body-settings';
import type { Id, Member, PersonInput } from '../../domain';
import { emailError, memberRoleError, tidyEmail } from '../../domain/email';
import { created, touched, type DataContext } from '../context';
import { DataError } from '../errors';

export type MemberPatch = Partial<PersonInput & Pick<Member, 'email' | 'role' | 'initials'>>;

function refuseInvalid(
  input: PersonInput & Partial<Pick<Member, 'email' | 'role' | 'initials'>>,
): void {
  const error =
    personError(input) ??
    (input.initials === undefined ? undefined : initialsError(input.initials)) ??
    (input.email === undefined ? undefined : emailError(input.email)) ??
    (input.role === undefined ? undefined : memberRoleError(input.role));
  if (error !== undefined) throw new DataError(error, 'invalid');
}

/** Adds a member to a body ("Panel Chair", "Large Supplier Member"); returns the id. */
export async function addMember(ctx: DataContext, bodyId: Id, input: PersonInput): Promise<Id> {
  refuseInvalid(input);
  const { db } = ctx;
  return db.transaction('rw', db.bodies, db.members, async () => {
    if (!(await db.bodies.get(bodyId))) {
      throw new DataError('That body no longer exists.', 'not-found');
    }
    const member: Member = {
      id: ctx.newId(),
      bodyId,
      name: tidyName(input.name),
      organisation: tidyName(input.organisation),
      ...memberDefaults,
      ...styleRowDefaults.member,
      ...created(ctx),
    };
    await db.members.add(member);
    return member.id;
  });
}

/**
 * Changes a member's name, organisation, e-mail address (one address, or "" for none), role
 * or initials as typed. Attendance already recorded keeps the name it was taken with, as approved
 * minutes must.
 */
export async function updateMember(ctx: DataContext, id: Id, patch: MemberPatch): Promise<void> {
  const changes: MemberPatch = {};
  if ('name' in patch) changes.name = patch.name;
  if ('organisation' in patch) changes.organisation = patch.organisation;
  if (typeof patch.email === 'string') changes.email = tidyEmail(patch.email);
  else if ('email' in patch) changes.email = patch.email;
  if ('role' in patch) changes.role = patch.role;
  if (typeof patch.initials === 'string') changes.initials = patch.initials.trim();
  else if ('initials' in patch) changes.initials = patch.initials;
  const { db } = ctx;
  await db.transaction('rw', db.members, async () => {
    const member = await db.members.get(id);
    if (!member) throw new DataError('That member no longer exists.', 'not-found');
    refuseInvalid({ ...member, ...changes });
    await db.members.update(id, { ...changes, ...touched(ctx) });
  });
}

/**
 * Removes a member from the body; returns the record, so that an undo can put it back.
 * Attendance rows keep their copy of the name, so past minutes still read the same.
 */
export async function removeMember(ctx: DataContext, id: Id): Promise<Member | null> {
  const { db } = ctx;
  return db.transaction('rw', db.members, async () => {
    const member = await db.members.get(id);
    if (!member) return null;
    await db.members.delete(id);
    return member;
  });
}

/** Puts back a member that {@link removeMember} removed, exactly as it was. */
export async function restoreMember(ctx: DataContext, member: Member): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', db.bodies, db.members, async () => {
    if (!(await db.bodies.get(member.bodyId))) {
      throw new DataError('That body no longer exists.', 'not-found');
    }
    await db.members.put(member);
  });
}
