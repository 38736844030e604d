import type { Circulation } from '../../domain';
import { variantNames } from './produce';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** What was circulated of the meeting, newest first: when, by whom, which files, to whom. */
export function CirculationHistory({ circulations }: { circulations: readonly Circulation[] }) {
  if (circulations.length === 0) return <p className="empty">Nothing circulated yet.</p>;
  return (
    <div>
      <h3>Circulated</h3>
      <ul className="circulation-history" aria-label="Circulated">
        {circulations.toReversed().map((c) => (
          <li key={c.id} data-testid="circulation">
            <strong>
              {variantNames[c.variant]} papers, {when.format(new Date(c.at))}
            </strong>
            {c.by && <span className="muted"> by {c.by}</span>}
            <div>{c.documents.join(', ')}</div>
            <div className="muted">
              To {c.recipients.map((r) => `${r.name} <${r.email}>`).join(', ')}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
