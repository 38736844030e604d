/** Placeholder while this screen is being built; replaced by its real component. */
export function AttendancePage(props: { meetingId: string }) {
  return <p>This screen is not built yet ({props.meetingId}).</p>;
}
