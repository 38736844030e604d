import type { ArchiveMeeting } from '../../domain';
import type { Place } from './sources';

/** One text of a declaration, sorted by the guard's rule. */
export interface InterestText {
  text: string;
  secret: boolean;
  place: Place;
}

/**
 * The declarations of interest of a meeting as the guard sees them: the interest's words are
 * confidential when the declaration is flagged, or its item is confidential or missing (the
 * guard's own rule, `itemSecret`, passed in). The name is the writers' wording: names are
 * public in the attendance. Also the writers' own words around declarations and votes, written
 * out here so the guard shares no code with the builder.
 */
export function interestTexts(
  meeting: Pick<ArchiveMeeting, 'interests'>,
  itemSecret: (id: string | null) => boolean,
): { texts: InterestText[]; generated: string[] } {
  const texts = meeting.interests.map((d) => ({
    text: d.interest,
    secret: d.confidential || itemSecret(d.itemId),
    place: {
      key: `interest:${d.id}`,
      label: `the declaration of interest of ${d.name}`,
      itemId: d.itemId,
      blockId: null,
      actionId: null,
    },
  }));
  const generated = [
    'Declarations of interest',
    'declared an interest and withdrew for this item',
    'declared an interest and withdrew from the meeting',
    'For: Against: Abstained: for against abstention abstentions',
    'asked that their dissent be recorded.',
  ];
  return { texts, generated };
}
