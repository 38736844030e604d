import { Link } from 'wouter';
import { useBodies } from '../../db';
import { bodiesKeys } from '../shared/screen-keys';
import { ScreenShortcuts } from '../shared/shortcuts-dialog';
import { useServices } from '../shell/app-context';
import { NewBodyForm } from './new-body-form';

/** Home: the bodies this secretariat serves, and a way to add one. */
export function BodiesPage() {
  const { db } = useServices();
  const bodies = useBodies(db);
  return (
    <div className="page two-columns">
      <section aria-labelledby="bodies-heading">
        <h1 id="bodies-heading">Bodies</h1>
        {bodies === undefined ? (
          <p aria-busy="true">Loading…</p>
        ) : bodies.length === 0 ? (
          <p className="empty">No body yet. Create the panel, committee or board you minute.</p>
        ) : (
          <ul className="card-list">
            {bodies.map((b) => (
              <li key={b.id}>
                <Link href={`/bodies/${b.id}`} className="card link-card">
                  <strong>{b.name}</strong>
                  <span className="muted">
                    {b.minutesName} · secretariat {b.secretariat}
                    {b.actionPrefix ? ` · actions ${b.actionPrefix}` : ''}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <NewBodyForm />
      <ScreenShortcuts keys={bodiesKeys} />
    </div>
  );
}
