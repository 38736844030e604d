/**
 * Whether a piece of an agenda line names who presents the item. Titles carry dashes and
 * brackets too ("Operations Report — February 2016", "Certified Products List (CPL)"), so a
 * piece counts only when it reads as people: a role ("Panel Chair", "Director of Finance"),
 * a person ("Cllr A. Patel", "J. Smith"), an organisation's initials ("SECAS") where the
 * layout allows them, or a name the body already knows.
 */

/** How much the place of the piece already says it is a presenter. */
export type PresenterPlace =
  /** After a dash, or in round brackets: only a role, a person or a known name. */
  | 'strict'
  /** After a dash: initials too ("– DCC"); round brackets exclude them ("(CPL)"). */
  | 'dash'
  /** A table column or square brackets: any short name-like text. */
  | 'column';

const honorific =
  /^(?:cllr|councillor|dr|mr|mrs|ms|mx|miss|prof|professor|sir|dame|lord|lady|baroness|rev|revd|the rev(?:erend)?|hon)\.?\s+\S/iu;
const initialsAndName = /^(?:\p{Lu}\.?\s?){1,3}\s?\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
const acronym = /^\p{Lu}[\p{Lu}&]{1,9}$/u;
// A role is the head of its phrase: "Director of Finance", "Cabinet Member for Housing", "Panel
// Chair" — not "Role of the Chair" or "New Member Induction".
const role =
  /\b(?:chair(?:man|person|woman)?|vice[- ]chair|co-chair|secretary|secretariat|clerk|director|officer|manager|head|lead|leader|member|treasurer|president|chief executive|executive director|controller|counsel|solicitor|auditor|advis[oe]r|co-?ordinator|convenor|convener|rapporteur|registrar|dean|principal|commissioner|mayor|minister|ceo|cfo|coo|cto|cio|portfolio holder|owner|sponsor|representative)$/iu;
const roleTail = /\s+(?:of|for|to|at|on|in)\s+/iu;
const nameWord =
  /^(?:[\p{Lu}\p{Lt}][\p{L}\p{M}'’.-]*|of|for|the|and|&|de|van|von|der|den|da|di|du|le|la|bin|al|el)$/u;

/** Splits "J. Smith and K. Jones", "SECAS / DCC", "Panel Chair & SECAS" into people. */
function people(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\/|&|\band\b|\+)\s*/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function nameLike(part: string): boolean {
  const words = part.split(/\s+/u);
  return (
    words.length <= 8 &&
    !/\d/u.test(part) &&
    /^[\p{Lu}\p{Lt}]/u.test(part) &&
    words.every((w) => nameWord.test(w))
  );
}

function isKnown(part: string, known: readonly string[]): boolean {
  const lower = part.toLowerCase();
  return known.some((name) => {
    const k = name.trim().toLowerCase();
    return (
      k !== '' && (lower === k || (lower.startsWith(k) && /^[\s(,]/u.test(lower.slice(k.length))))
    );
  });
}

/** True when `part` alone is enough to say "a person or role": not just capitalised words. */
function strong(part: string, place: PresenterPlace, known: readonly string[]): boolean {
  if (isKnown(part, known)) return true;
  if (/['’]s\b/u.test(part)) return false;
  if (honorific.test(part) || initialsAndName.test(part)) return true;
  if (place !== 'strict' && acronym.test(part)) return true;
  return role.test(part.split(roleTail)[0] ?? '');
}

/**
 * True when `text`, found at `place` in an agenda line, names who presents the item.
 * `known` holds names the body already uses: its members, their roles, its secretariat.
 */
export function readsAsPresenter(
  text: string,
  place: PresenterPlace,
  known: readonly string[] = [],
): boolean {
  const t = text.trim();
  if (t === '' || t.length > 120) return false;
  if (isKnown(t, known)) return true;
  const parts = people(t);
  if (parts.length === 0 || parts.length > 6) return false;
  if (place === 'column') {
    return !/\d/u.test(t) && t.split(/\s+/u).length <= 10 && /^[\p{L}(]/u.test(t);
  }
  const eachLikeAName = parts.every(
    (p) => nameLike(p) || isKnown(p, known) || (place !== 'strict' && acronym.test(p)),
  );
  return eachLikeAName && parts.some((p) => strong(p, place, known));
}
