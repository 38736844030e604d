import type { AgendaItem, Meeting } from '../../domain';

/** Placeholder while this component is being built: the Actions Outstanding item's table. */
export function OutstandingActions(props: { meeting: Meeting; item: AgendaItem }) {
  return <p>Actions outstanding for meeting {props.meeting.number} are not built yet.</p>;
}
