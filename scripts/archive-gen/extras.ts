import type { Amendment, Interest, Member } from '../../src-renderer/domain';
import type { PlannedItem } from './meeting';
import type { Random } from './random';

/**
 * The rarer records of a generated meeting: a declaration of interest at about one meeting in
 * three, an amendment to the minutes at about one in twenty.
 */
export function makeExtras(
  random: Random,
  meetingId: string,
  agenda: readonly PlannedItem[],
  present: readonly Member[],
  audit: () => { createdAt: string; updatedAt: string; updatedBy: string },
): { amendments: Amendment[]; interests: Interest[] } {
  const interests: Interest[] = [];
  const amendments: Amendment[] = [];
  const raising = agenda.filter((p) => p.raises);
  if (random.chance(0.33) && raising.length > 0) {
    const member = random.pick(present);
    const item = random.pick(raising).item;
    interests.push({
      id: random.id(),
      meetingId,
      itemId: item.id,
      memberId: member.id,
      name: member.name,
      interest: `Employed by a party named in the paper on ${item.title}`,
      withdrew: random.chance(0.5),
      confidential: false,
      position: 'a0',
      ...audit(),
    });
  }
  if (random.chance(0.05)) {
    const at = audit();
    amendments.push({
      id: random.id(),
      meetingId,
      date: at.createdAt.slice(0, 10),
      reason: 'A member’s name was misspelt.',
      text: 'The attendance list is corrected to read as agreed at the meeting.',
      itemId: null,
      confidential: false,
      agreedAt: null,
      ...at,
    });
  }
  return { amendments, interests };
}
