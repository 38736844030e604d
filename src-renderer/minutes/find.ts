import type { Archive, ArchiveBody, ArchiveMeeting } from '../domain';

/** The body and meeting with this id, or undefined. */
export function findMeeting(
  archive: Archive,
  meetingId: string,
): { body: ArchiveBody; meeting: ArchiveMeeting } | undefined {
  for (const body of archive.bodies) {
    const meeting = body.meetings.find((m) => m.id === meetingId);
    if (meeting) return { body, meeting };
  }
  return undefined;
}
