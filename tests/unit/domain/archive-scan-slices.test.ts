import { describe, expect, it } from 'vitest';
import { serializeArchive } from '../../../src-renderer/domain';
import { archiveLimits } from '../../../src-renderer/domain/archive-limits';
import {
  archiveTextProblem,
  archiveTextProblemInSlices,
} from '../../../src-renderer/domain/archive-scan';
import { generateArchive } from '../../../scripts/archive-gen/generate';

const noRest = () => Promise.resolve();

/** The texts of the scan's cases: an archive, and one past each kind of limit. */
function cases(): string[] {
  const archive = generateArchive({ years: 1, bodies: 1, seed: 3 });
  const text = serializeArchive(archive);
  const [body] = archive.bodies;
  if (body === undefined) throw new Error('no body');
  const tooManyMembers = serializeArchive({
    ...archive,
    bodies: [
      {
        ...body,
        members: Array.from({ length: archiveLimits.lists['bodies.members'] + 1 }, (_, i) => ({
          ...(body.members[0] as (typeof body.members)[number]),
          id: `member-${String(i)}`,
        })),
      },
    ],
  });
  const deep = archiveLimits.depth + 1;
  return [
    text,
    // A paragraph past the limit, with escapes in it, in the middle of the archive.
    text.replace(
      /"text": "[^"]*"/,
      `"text": "${'\\"x\\u00e9 '.repeat(archiveLimits.text / 4 + 1)}"`,
    ),
    tooManyMembers,
    `${'['.repeat(deep)}${']'.repeat(deep)}`,
    '{"format": "minutebook-archive", "bodies": [1, 2, true, null, "a\\"b"]}',
  ];
}

describe("an archive's scan in slices", () => {
  it('finds what the scan at once finds, wherever the slices end', async () => {
    const texts = cases();
    const found = texts.map((text) => archiveTextProblem(text));
    // Clean texts and one past each kind of limit are among the cases.
    expect(found.map((problem) => problem?.replace(/ .*/s, '') ?? null)).toEqual([
      null,
      'This',
      'This',
      'This',
      null,
    ]);
    for (const [i, text] of texts.entries()) {
      // A slice of no character is read as one: the scan still ends.
      for (const slice of [0, 1, 7, 4096, 1 << 20]) {
        // Slices of one character only on the short cases: the scan is the same code.
        if (slice < 4096 && text.length > 200_000) continue;
        expect(await archiveTextProblemInSlices(text, text.length, noRest, slice)).toBe(found[i]);
      }
    }
  }, 60_000);

  it('rests between slices, and counts the size as given', async () => {
    const text = serializeArchive(generateArchive({ years: 1, bodies: 1, seed: 3 }));
    let rests = 0;
    const rest = () => {
      rests += 1;
      return Promise.resolve();
    };
    expect(await archiveTextProblemInSlices(text, text.length, rest, 65_536)).toBeNull();
    expect(rests).toBe(Math.ceil(text.length / 65_536));
    expect(await archiveTextProblemInSlices(text, archiveLimits.size + 1, rest)).toMatch(
      /^The file is too large/,
    );
  }, 60_000);
});
