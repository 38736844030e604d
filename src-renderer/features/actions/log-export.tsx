import { useId, useState } from 'react';
import type { Id } from '../../domain';
import type { Place, Variant } from '../../minutes';
import { FindingsList, type PlaceTarget } from '../shared/findings-list';
import { blockElementId, itemElementId } from '../shared/reveal';
import type { LogFilter } from './log-entries';
import { useLogExport, type LogRefusal } from './use-log-export';

/**
 * Export the log as the filters leave it, as CSV or an Excel workbook: the public variant
 * (the default) leaves out what the public minutes leave out and passes the leak guard; the
 * confidential one holds everything and says what is confidential.
 */
export function LogExport(props: {
  bodyId: Id;
  bodyName: string;
  filter: LogFilter;
  shown: number;
}) {
  const { busy, refusal, cut, exportLog } = useLogExport(
    props.bodyId,
    props.bodyName,
    props.filter,
  );
  const [variant, setVariant] = useState<Variant>('public');
  const id = useId();
  const choice = (value: Variant, label: string, hint: string) => (
    <label>
      <input
        type="radio"
        name={`${id}-variant`}
        value={value}
        checked={variant === value}
        onChange={() => setVariant(value)}
      />
      {label}
      <span className="muted"> — {hint}</span>
    </label>
  );
  return (
    <section className="log-export" aria-labelledby={`${id}-heading`} aria-busy={busy}>
      <h3 id={`${id}-heading`}>Export the log</h3>
      <p className="muted">
        The {props.shown.toLocaleString('en-GB')} action{props.shown === 1 ? '' : 's'} shown, as the
        filters leave them, with their updates meeting by meeting.
      </p>
      <div className="row log-export-row">
        <fieldset className="log-export-variant">
          <legend>Variant</legend>
          {choice('public', 'Public', 'without confidential actions and updates')}
          {choice('confidential', 'Confidential', 'everything')}
        </fieldset>
        <button type="button" disabled={busy} onClick={() => void exportLog(variant, 'csv')}>
          Export CSV
        </button>
        <button type="button" disabled={busy} onClick={() => void exportLog(variant, 'xlsx')}>
          Export XLSX
        </button>
      </div>
      {cut.length > 0 && (
        <p className="log-export-warning" role="status">
          The texts of {cut.join(', ')} were cut at 32,767 characters, the most a spreadsheet cell
          holds; the cut ends with a note saying so, and the whole texts stay in Minutebook.
        </p>
      )}
      {refusal && <Refusal refusal={refusal} />}
    </section>
  );
}

/** Where a place of a finding opens: the minutes of its meeting, at the block or item. */
function minutesTarget(place: Place, meetingId: string | undefined): PlaceTarget | null {
  if (meetingId === undefined) return null;
  const element =
    place.blockId !== null
      ? blockElementId(place.blockId)
      : place.itemId !== null
        ? itemElementId(place.itemId)
        : null;
  return { href: `/meetings/${meetingId}/minutes`, element };
}

/** Why the public log was refused: each finding in the guard's words, with links. */
function Refusal({ refusal }: { refusal: LogRefusal }) {
  const count = refusal.findings.length;
  return (
    <div role="alert" className="log-export-refusal">
      <p>
        <strong>The public action log was not exported:</strong>{' '}
        {count === 1 ? 'one passage repeats' : `${String(count)} passages repeat`} confidential
        wording.
      </p>
      <FindingsList
        findings={refusal.findings}
        targetOf={(place) => minutesTarget(place, refusal.meetingOf.get(place.key))}
      />
      <p className="muted">
        Reword the public text, or export the confidential log. A finding accepted on a meeting’s
        Documents screen is honoured here too while its texts are unchanged.
      </p>
    </div>
  );
}
