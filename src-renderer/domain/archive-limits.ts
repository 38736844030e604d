import { limits } from './text';

/**
 * The most the archive reader reads: whatever the app writes, it reads back. The figures are
 * drawn from the generated archives of `npm run make-archive`: a body minuted monthly for
 * fifteen years has about 180 meetings, 5,500 agenda items, 52,000 minute blocks, 4,000
 * actions and 9,000 updates, nested ten levels deep — 67 million characters, a million values
 * and 110,000 records and lists. Three such bodies in one backup (201 million characters, 2.9
 * million values, 330,000 records and lists) are read with room to spare: the whole-file
 * limits are set at half as much again and more, and the list limits are per body or per
 * meeting, so a body of twenty or forty years is read too. The text of a file beyond any of
 * these is refused before it is parsed, in one pass that builds nothing, so a wrong or hostile
 * file can neither hang the app nor exhaust its memory.
 */
export const archiveLimits = {
  /** Characters of the whole file (320 MiB): three fifteen-year bodies take 201 million. */
  size: 320 * 1024 * 1024,
  /** Objects and lists inside one another. */
  depth: 64,
  /** Values of every kind (records, lists, texts, numbers …) in the whole file. */
  values: 6_000_000,
  /** Records and lists in the whole file: JSON.parse spends most on these. */
  containers: 1_000_000,
  /** Characters of one text: a paragraph's limit. */
  text: limits.longText,
  /** Characters of one field name. */
  fieldName: 100,
  /** Fields of one record. */
  fields: 100,
  /** Entries of a list not named below (paper references, decisions of a block …). */
  list: 10_000,
  /** Entries of each list of records, by the list's place in the archive. */
  lists: {
    bodies: 1_000,
    'bodies.members': 10_000,
    'bodies.meetings': 2_000,
    'bodies.actions': 40_000,
    'bodies.actionUpdates': 100_000,
    'bodies.meetings.agendaItems': 5_000,
    'bodies.meetings.minuteBlocks': 50_000,
    'bodies.meetings.attendance': 5_000,
    'bodies.meetings.amendments': 1_000,
    'bodies.meetings.interests': 5_000,
  },
} as const;

export type ListPlace = keyof typeof archiveLimits.lists;

/** How a message names the rows of each list. */
export const listNames: Record<ListPlace, string> = {
  bodies: 'bodies',
  'bodies.members': 'members in one body',
  'bodies.meetings': 'meetings in one body',
  'bodies.actions': 'actions in one body',
  'bodies.actionUpdates': 'action updates in one body',
  'bodies.meetings.agendaItems': 'agenda items in one meeting',
  'bodies.meetings.minuteBlocks': 'minute blocks in one meeting',
  'bodies.meetings.attendance': 'attendance entries in one meeting',
  'bodies.meetings.amendments': 'amendments in one meeting',
  'bodies.meetings.interests': 'declarations of interest in one meeting',
};

/** A place in the archive's tree of lists; a record inside a list shares its list's place. */
export interface Place {
  list: ListPlace | null;
  children: Map<string, Place>;
}

function placeTree(): Place {
  const root: Place = { list: null, children: new Map() };
  for (const list of Object.keys(archiveLimits.lists) as ListPlace[]) {
    let at = root;
    for (const key of list.split('.')) {
      let next = at.children.get(key);
      if (next === undefined) {
        next = { list: null, children: new Map() };
        at.children.set(key, next);
      }
      at = next;
    }
    at.list = list;
  }
  return root;
}

/** The tree of the lists named in {@link archiveLimits}. */
export const places = placeTree();

/** 1234567 → "1,234,567", the same on every machine. */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
