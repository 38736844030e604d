import { itemElapsedSeconds, timeState, type AgendaItem } from '../../domain';
import { ItemTimer } from './item-timer';
import './chair-current.css';

/** The item under discussion, large enough to read from the back of the room. */
export function CurrentItem({
  item,
  number,
  now,
}: {
  item: AgendaItem;
  number: string;
  now: number;
}) {
  const elapsed = itemElapsedSeconds(item, now);
  const state = timeState(elapsed, item.plannedMinutes);
  const papers = item.paperRefs.filter((p) => p.trim() !== '');
  return (
    <section
      className="chair-current"
      aria-labelledby="chair-current-title"
      data-testid="current-item"
    >
      {/* On a low screen the head gives way (a long title is cut), never the timer. */}
      <div className="chair-current-head">
        <p className="chair-eyebrow">
          <span>Now</span> <span className="chair-eyebrow-number">Item {number}</span>
          {item.classification === 'confidential' && (
            <span className="chair-confidential">Confidential</span>
          )}
        </p>
        <h2 id="chair-current-title" className="chair-title">
          <span className="visually-hidden">Item {number}: </span>
          {item.title}
        </h2>
        {(item.presenter.trim() !== '' || papers.length > 0) && (
          <dl className="chair-meta">
            {item.presenter.trim() !== '' && (
              <div>
                <dt>Presenter</dt>
                <dd>{item.presenter}</dd>
              </div>
            )}
            {papers.length > 0 && (
              <div>
                <dt>{papers.length === 1 ? 'Paper' : 'Papers'}</dt>
                <dd>{papers.join(', ')}</dd>
              </div>
            )}
          </dl>
        )}
      </div>
      <ItemTimer elapsed={elapsed} plannedMinutes={item.plannedMinutes} state={state} />
    </section>
  );
}
