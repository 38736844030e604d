import { useId, useState } from 'react';
import { limits, type Body } from '../../domain';
import { bodySettingsLimits, unplannedItemMinutesError } from '../../domain';
import { EditableText } from '../shared/editable-text';
import { useReportError } from '../shared/use-report-error';
import { useSaveField } from '../shell/app-context';
import { WholeNumberField } from './whole-number-field';

/**
 * How the body's minutes and meetings read: the line printed under a deferred or withdrawn
 * item, curly quotes in documents, and what the Chair's projected finish counts for an item
 * with no planned time.
 */
export function MinutesStyleSettings({ body }: { body: Body }) {
  const saveField = useSaveField();
  const report = useReportError();
  const id = useId();
  // The box shows the click at once, until the stored value it was clicked against changes.
  const [clicked, setClicked] = useState<{ value: boolean; over: boolean } | null>(null);
  const curly =
    clicked !== null && clicked.over === body.curlyQuotes ? clicked.value : body.curlyQuotes;
  type Patch = Partial<
    Pick<Body, 'deferredItemLine' | 'withdrawnItemLine' | 'curlyQuotes' | 'unplannedItemMinutes'>
  >;
  const save = (patch: Patch, expected?: Patch) =>
    saveField({ op: 'updateBody', id: body.id, patch, expected });
  return (
    <section className="card form settings-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Minutes and timing</h2>
      <EditableText
        label="Line under a deferred item"
        value={body.deferredItemLine}
        maxLength={limits.shortText}
        placeholder="Nothing is printed"
        onCommit={(line, was) => save({ deferredItemLine: line }, { deferredItemLine: was })}
      />
      <EditableText
        label="Line under a withdrawn item"
        value={body.withdrawnItemLine}
        maxLength={limits.shortText}
        placeholder="Nothing is printed"
        onCommit={(line, was) => save({ withdrawnItemLine: line }, { withdrawnItemLine: was })}
      />
      <p className="hint">
        The minutes print these under the heading of an item the Chair deferred or withdrew.
      </p>
      <div className="check-field">
        <input
          id={`${id}-curly`}
          type="checkbox"
          checked={curly}
          aria-describedby={`${id}-curly-hint`}
          onChange={(e) => {
            const value = e.target.checked;
            setClicked({ value, over: body.curlyQuotes });
            save({ curlyQuotes: value }).catch((error: unknown) => {
              setClicked(null);
              report(error);
            });
          }}
        />
        <label htmlFor={`${id}-curly`}>Curly quotes in documents</label>
      </div>
      <p id={`${id}-curly-hint`} className="hint">
        Straight quotes typed (' and ") are printed as ‘ ’ “ ” in the DOCX and PDF; what is stored
        stays as typed.
      </p>
      <WholeNumberField
        label="Minutes for an item with no planned time"
        value={body.unplannedItemMinutes}
        max={bodySettingsLimits.maxUnplannedItemMinutes}
        error={unplannedItemMinutesError}
        hint="The Chair’s projected finish counts each such item at this many minutes."
        onCommit={(unplannedItemMinutes) => save({ unplannedItemMinutes })}
      />
    </section>
  );
}
