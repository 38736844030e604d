import { Link } from 'wouter';
import type { Finding, Place } from '../../minutes';
import { blockElementId, itemElementId, revealOnArrival } from '../shared/reveal';

/** Where a place of a finding is opened in the app, or null when it has no screen of its own. */
function placeLink(place: Place, meetingId: string, bodyId: string) {
  // An item's presenter and paper references are set on the agenda.
  if (place.key.startsWith('presenter:') || place.key.startsWith('paper:'))
    return { href: `/meetings/${meetingId}`, element: null };
  if (place.itemId !== null) {
    const element =
      place.blockId !== null ? blockElementId(place.blockId) : itemElementId(place.itemId);
    return { href: `/meetings/${meetingId}/minutes`, element };
  }
  if (place.actionId !== null) return { href: `/bodies/${bodyId}/actions`, element: null };
  if (place.key.startsWith('attendance:'))
    return { href: `/meetings/${meetingId}/attendance`, element: null };
  return null;
}

function PlaceLink(props: { place: Place; meetingId: string; bodyId: string; what: string }) {
  const link = placeLink(props.place, props.meetingId, props.bodyId);
  if (link === null) return null;
  return (
    <Link href={link.href} onClick={() => link.element !== null && revealOnArrival(link.element)}>
      Open {props.what} {props.place.label}
    </Link>
  );
}

/**
 * Why the public minutes or agenda were refused: each finding in the guard's words, a link to each
 * place, and — where a public text says the wording too — a button to accept it after
 * reading it. Confidential wording that no public text says cannot be accepted.
 */
export function FindingsList(props: {
  findings: readonly Finding[];
  meetingId: string;
  bodyId: string;
  busy: boolean;
  onAccept: (finding: Finding) => void;
}) {
  const { meetingId, bodyId } = props;
  return (
    <ol className="export-findings" aria-label="What the leak guard found">
      {props.findings.map((finding, i) => (
        <li key={`${finding.source.key}-${finding.phrase}-${String(i)}`}>
          <p>{finding.message}</p>
          <div className="row">
            {finding.places.map((place) => (
              <PlaceLink
                key={place.key}
                place={place}
                meetingId={meetingId}
                bodyId={bodyId}
                what="public"
              />
            ))}
            <PlaceLink
              place={finding.source}
              meetingId={meetingId}
              bodyId={bodyId}
              what="confidential"
            />
            {finding.acceptable ? (
              <button type="button" disabled={props.busy} onClick={() => props.onAccept(finding)}>
                Accept: this wording may be published
              </button>
            ) : (
              <span className="muted">
                This cannot be accepted: make the text public or take it out of the document.
              </span>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
