import { withdrawFinding } from '../../db';
import type { Meeting } from '../../domain';
import { useServices } from '../shell/app-context';
import { useAction } from '../shared/use-action';

/**
 * The leak-guard findings accepted for this meeting: what wording the public minutes may
 * repeat, who accepted it and when, and a way to withdraw the acceptance.
 */
export function AcceptedFindings({ meeting }: { meeting: Meeting }) {
  const { data } = useServices();
  const withdraw = useAction((index: number) => {
    const finding = meeting.acceptedFindings[index];
    return finding === undefined ? Promise.resolve() : withdrawFinding(data, meeting.id, finding);
  });
  if (meeting.acceptedFindings.length === 0) return null;
  return (
    <section className="card" aria-labelledby="accepted-findings">
      <h2 id="accepted-findings">Accepted findings</h2>
      <p className="muted">
        The public minutes may repeat this confidential wording where it was accepted. An acceptance
        lapses by itself when either text changes.
      </p>
      <ul className="export-findings">
        {meeting.acceptedFindings.map((finding, index) => (
          <li key={`${finding.source}-${finding.phrase}`}>
            <p>
              “{finding.phrase}”, accepted by {finding.acceptedBy || 'someone unnamed'} on{' '}
              {new Date(finding.acceptedAt).toLocaleString('en-GB')}
            </p>
            <button type="button" disabled={withdraw.busy} onClick={() => withdraw.act(index)}>
              Withdraw acceptance of “{finding.phrase}”
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
