import { readFileSync } from 'node:fs';
import { generateNKeysBetween } from 'fractional-indexing';

/**
 * The reference archive (SEC Panel meeting 30) made a live meeting of any size, for tests and
 * the bench that type into a meeting: items and earlier actions are added, copied from the
 * fixture's own records so that they carry every field of the current archive version.
 */

type Json = Record<string, unknown> & { id: string };
interface Fixture {
  bodies: {
    actions: Json[];
    meetings: (Json & { status: string; agendaItems: Json[] })[];
  }[];
}

/** The reference archive as a live meeting, with items and earlier actions added up to size. */
export function liveArchive(
  items: number,
  actions: number,
  fixture = readFileSync(new URL('../../fixtures/sec-panel-30.archive.json', import.meta.url)),
): { file: Buffer; meetingId: string } {
  const archive = JSON.parse(fixture.toString('utf8')) as Fixture;
  const body = archive.bodies[0];
  const meeting = body?.meetings[0];
  const template = meeting?.agendaItems.find((i) => i.parentId === null);
  const earlier = body?.actions.find((a) => a.meetingId === null);
  if (!body || !meeting || !template || !earlier) throw new Error('the fixture has changed');
  meeting.status = 'live';
  const top = meeting.agendaItems.filter((i) => i.parentId === null);
  const last = [...top].sort((a, b) => (String(a.position) < String(b.position) ? -1 : 1)).at(-1);
  const extra = items - top.length;
  const positions = generateNKeysBetween(String(last?.position), null, Math.max(extra, 0));
  positions.forEach((position, n) => {
    meeting.agendaItems.push({
      ...template,
      id: `extra-item-${String(n)}`,
      title: `Extra item ${String(n + 1)}`,
      position,
      classification: 'public',
      kind: 'standard',
      status: 'pending',
      standing: false,
      publicSummary: '',
    });
  });
  for (let n = body.actions.length; n < actions; n++) {
    body.actions.push({
      ...earlier,
      id: `extra-action-${String(n)}`,
      reference: `SECP${String(10 + Math.floor(n / 90))}/${String((n % 90) + 10)}`,
      text: `Earlier action number ${String(n)}.`,
    });
  }
  return { file: Buffer.from(JSON.stringify(archive)), meetingId: meeting.id };
}
