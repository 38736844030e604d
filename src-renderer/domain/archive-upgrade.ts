/**
 * Upgrade steps of the archive format, one per version, applied to the parsed JSON before the
 * current schema checks it: an archive written by an earlier Minutebook reads the same as if
 * this one had written it. A step only adds what its version introduced; anything it does not
 * recognise is left for the schema to refuse with its usual message.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const each = (value: unknown, visit: (row: Json) => void) => {
  if (Array.isArray(value)) for (const row of value) if (isObject(row)) visit(row);
};

/**
 * Version 1 → 2: meetings gain `acceptedFindings` (none accepted) and actions `declassified`
 * (never declassified). The input is not changed; a copy is returned.
 */
function fromVersion1(archive: Json): Json {
  const copy = structuredClone(archive);
  each(copy.bodies, (body) => {
    each(body.meetings, (meeting) => {
      if (!('acceptedFindings' in meeting)) meeting.acceptedFindings = [];
    });
    each(body.actions, (action) => {
      if (!('declassified' in action)) action.declassified = null;
    });
  });
  return { ...copy, version: 2 };
}

/** The steps, by the version they upgrade from. */
const steps: Record<number, (archive: Json) => Json> = { 1: fromVersion1 };

/**
 * The archive brought up to `target` through each step in turn; the value unchanged when it is
 * already there, or null when no step leads from its version.
 */
export function upgradeArchive(archive: Json, target: number): Json | null {
  let at = archive;
  while (at.version !== target) {
    const step = typeof at.version === 'number' ? steps[at.version] : undefined;
    if (step === undefined) return null;
    at = step(at);
  }
  return at;
}
