import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../../scripts/archive-gen/generate';
import {
  archiveTextWithMeetings,
  meetingArchiveText,
  parseArchive,
  serializeArchive,
  type Archive,
} from '../../../src-renderer/domain';
import { referenceArchive } from '../reference-archive';

const marker = '5d3c9a1e-place-of-a-meeting:';

/** The archive with its meetings' rows taken out, and the text of each meeting with them. */
function inParts(archive: Archive) {
  const texts = new Map<string, string>();
  const bare: Archive = {
    ...archive,
    bodies: archive.bodies.map((body) => ({
      ...body,
      meetings: body.meetings.map((meeting) => {
        texts.set(meeting.id, meetingArchiveText(meeting));
        return {
          ...meeting,
          agendaItems: [],
          minuteBlocks: [],
          attendance: [],
          amendments: [],
          interests: [],
        };
      }),
    })),
  };
  return { bare, texts };
}

describe('an archive written a meeting at a time', () => {
  it('is the text serializeArchive writes, for the reference meeting and for generated bodies', () => {
    for (const archive of [referenceArchive(), generateArchive({ years: 1, bodies: 2, seed: 3 })]) {
      const { bare, texts } = inParts(archive);
      expect(archiveTextWithMeetings(bare, texts, marker)).toBe(serializeArchive(archive));
    }
  });

  it('keeps text with newlines, quotes, braces and indentation word for word', () => {
    const archive = generateArchive({ years: 1, bodies: 1, seed: 4 });
    const [body] = archive.bodies;
    const block = body?.meetings[0]?.minuteBlocks.find((b) => b.kind === 'paragraph');
    if (block?.kind !== 'paragraph' || body === undefined) throw new Error('no paragraph');
    block.text = 'Line one\n        "quoted" {braces} [list]\n\t\u{fdd0} Llŷr 🗳️';
    body.name = '\n        "a name"';
    const { bare, texts } = inParts(archive);
    const text = archiveTextWithMeetings(bare, texts, marker);
    expect(text).toBe(serializeArchive(archive));
    const back = parseArchive(text);
    expect(back.ok && back.archive.bodies[0]?.name).toBe(body.name);
  });

  it('refuses a marker the archive holds, rather than take it for a meeting’s place', () => {
    const archive = generateArchive({ years: 1, bodies: 1, seed: 4 });
    const [body] = archive.bodies;
    if (body === undefined) throw new Error('no body');
    body.name = `${marker}${body.meetings[0]?.id ?? ''}`;
    const { bare, texts } = inParts(archive);
    expect(() => archiveTextWithMeetings(bare, texts, marker)).toThrow(/marker/);
  });

  it('refuses to write an archive without the text of one of its meetings', () => {
    const archive = generateArchive({ years: 1, bodies: 1, seed: 6 });
    const { bare, texts } = inParts(archive);
    const [first] = texts.keys();
    texts.delete(first ?? '');
    expect(() => archiveTextWithMeetings(bare, texts, marker)).toThrow(/is missing/);
  });
});
