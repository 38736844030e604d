import { singleMeetingOf, type Archive } from '../../domain';
// The modules themselves, not db/index: this runs in the import worker too, which should not
// load the hooks (and React) that db/index also exports.
import type { DataContext } from '../../db/context';
import { importMeeting } from '../../db/repos/meeting-import';

/**
 * Imports the file of one meeting whose body is already here, adding the meeting to it.
 * Returns null when the archive is anything else (a whole body, several bodies, or a body
 * not here), which is imported as a whole archive instead.
 */
export async function importOneMeeting(
  ctx: DataContext,
  archive: Archive,
): Promise<{ meetingId: string; message: string } | null> {
  const single = singleMeetingOf(archive);
  if (single === null || (await ctx.db.bodies.get(single.bodyId)) === undefined) return null;
  await importMeeting(ctx, archive);
  const body = archive.bodies[0];
  const number = String(body?.meetings[0]?.number ?? '');
  return {
    meetingId: single.meetingId,
    message: `Added meeting ${number} to “${body?.name ?? ''}”.`,
  };
}
