import { Link } from 'wouter';
import type { Finding, Place } from '../../minutes';
import { revealOnArrival } from './reveal';

/** Where a place of a finding opens: a screen, and the element there to bring into view. */
export interface PlaceTarget {
  href: string;
  /** The DOM id of the block or item to reveal on arrival, or null for the screen's top. */
  element: string | null;
}

function PlaceLink(props: { target: PlaceTarget | null; what: string; label: string }) {
  const { target } = props;
  if (target === null) return null;
  return (
    <Link
      href={target.href}
      onClick={() => target.element !== null && revealOnArrival(target.element)}
    >
      Open {props.what} {props.label}
    </Link>
  );
}

/**
 * What the leak guard found, one finding a list item in the guard's words, with a link to
 * each public place and to the confidential source (where `targetOf` knows a screen for it).
 * Given `onAccept`, a finding that a public text says too can be accepted after reading it;
 * one that no public text says cannot, and says so. Without it nothing is offered (the action
 * log honours acceptances made on the Documents screen but makes none).
 */
export function FindingsList(props: {
  findings: readonly Finding[];
  targetOf: (place: Place) => PlaceTarget | null;
  className?: string;
  accept?: { busy: boolean; onAccept: (finding: Finding) => void };
}) {
  const { targetOf, accept } = props;
  return (
    <ol className={props.className} aria-label="What the leak guard found">
      {props.findings.map((finding, i) => (
        <li key={`${finding.source.key}-${finding.phrase}-${String(i)}`}>
          <p>{finding.message}</p>
          <div className="row">
            {finding.places.map((place) => (
              <PlaceLink
                key={place.key}
                target={targetOf(place)}
                what="public"
                label={place.label}
              />
            ))}
            <PlaceLink
              target={targetOf(finding.source)}
              what="confidential"
              label={finding.source.label}
            />
            {accept &&
              (finding.acceptable ? (
                <button
                  type="button"
                  disabled={accept.busy}
                  onClick={() => accept.onAccept(finding)}
                >
                  Accept: this wording may be published
                </button>
              ) : (
                <span className="muted">
                  This cannot be accepted: make the text public or take it out of the document.
                </span>
              ))}
          </div>
        </li>
      ))}
    </ol>
  );
}
