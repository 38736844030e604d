import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useRef, useState } from 'react';
import type { Id, Meeting } from '../../domain';
import { DeclassifyForm } from './declassify-form';
import { EarlierActionForm } from './earlier-action-form';
import type { LogEntry } from './log-entries';
import { LogRow, UpdatesRow, logColumns, type LogRowProps } from './log-row';
import { declassifyButtonId, declassifyFormRowId } from './reference-cell';

interface Props {
  entries: readonly LogEntry[];
  /** The body's meetings by id, for the updates of a row opened. */
  meetings: ReadonlyMap<Id, Meeting>;
  bodyId: Id;
  prefix: string;
}

/** What is open below the rows: updates shown, an earlier action corrected, one declassified. */
interface Opened {
  expanded: ReadonlySet<Id>;
  editing: Id | null;
  declassifying: Id | null;
  declassified: Id | null;
}

/** A first guess of an action's height before it is measured: one row with a second line. */
const estimatedHeight = 64;

/** The columns, for their widths. */
const columnClasses = [
  'col-ref',
  'col-owner',
  'col-action',
  'col-raised',
  'col-due',
  'col-status',
  'col-days',
  'col-updates',
] as const;

/** Up to this many actions, every one is in the page (as a log of a few years has). */
const allShownUpTo = 60;

/**
 * The log as a table; each action opens to show its updates meeting by meeting, an earlier
 * action (recorded by hand) opens a form to correct it, and a confidential one a form to
 * declassify it. A body of fifteen years holds 4,000 actions: only the actions in view (and a
 * few either side) are in the page, each in a row group of its own that is measured as it
 * shows; the table scrolls in its own frame, its header kept in view.
 */
export function ActionLogTable({ entries, meetings, bodyId, prefix }: Props) {
  const [opened, setOpened] = useState<Opened>({
    expanded: new Set(),
    editing: null,
    declassifying: null,
    declassified: null,
  });
  const scroller = useRef<HTMLDivElement>(null);
  // The app is not built with the React Compiler, which is what this rule guards: the
  // virtualizer renders this component again itself as the table scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimatedHeight,
    getItemKey: (index) => entries[index]?.action.id ?? index,
    // A short log is all in the page, as before; a long one only what is in view and three
    // actions either side (eight made each change of a filter draw a third more rows).
    overscan: entries.length <= allShownUpTo ? entries.length : 3,
  });
  const onToggle = useCallback(
    (id: Id) =>
      setOpened((o) => {
        const expanded = new Set(o.expanded);
        if (!expanded.delete(id)) expanded.add(id);
        return { ...o, expanded };
      }),
    [],
  );
  const onEdit = useCallback(
    (id: Id) => setOpened((o) => ({ ...o, editing: o.editing === id ? null : id })),
    [],
  );
  const onDeclassify = useCallback(
    (id: Id) => setOpened((o) => ({ ...o, declassifying: o.declassifying === id ? null : id })),
    [],
  );
  const shown = virtualizer.getVirtualItems();
  const above = shown[0]?.start ?? 0;
  const below = virtualizer.getTotalSize() - (shown[shown.length - 1]?.end ?? 0);

  return (
    <div
      ref={scroller}
      className="table-scroll log-scroll"
      role="region"
      aria-label="Actions of the body, scrolling"
      tabIndex={0}
    >
      <table className="log-table log-fixed" aria-rowcount={entries.length + 1}>
        <caption className="visually-hidden">Actions of the body</caption>
        <colgroup>
          {columnClasses.map((c) => (
            <col key={c} className={c} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Reference</th>
            <th scope="col">Owner</th>
            <th scope="col">Action</th>
            <th scope="col">Raised at</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
            <th scope="col" className="act-number">
              Days open
            </th>
            <th scope="col">Updates</th>
          </tr>
        </thead>
        <Spacer height={above} />
        {shown.map((row) => {
          const entry = entries[row.index];
          if (entry === undefined) return null;
          const id = entry.action.id;
          return (
            <tbody key={row.key} ref={virtualizer.measureElement} data-index={row.index}>
              <EntryRows
                entry={entry}
                rowIndex={row.index + 2}
                open={opened.expanded.has(id)}
                editing={opened.editing === id}
                declassifying={opened.declassifying === id}
                focusNote={opened.declassified === id}
                meetings={meetings}
                bodyId={bodyId}
                prefix={prefix}
                onToggle={onToggle}
                onEdit={onEdit}
                onDeclassify={onDeclassify}
                setOpened={setOpened}
              />
            </tbody>
          );
        })}
        <Spacer height={below} />
      </table>
    </div>
  );
}

/** The height of the actions not in the page, above or below those shown. */
function Spacer({ height }: { height: number }) {
  if (height <= 0) return null;
  return (
    <tbody aria-hidden="true" className="log-spacer">
      <tr>
        <td colSpan={logColumns} style={{ height }} />
      </tr>
    </tbody>
  );
}

/** One action's row and whatever is open below it. */
const EntryRows = memo(function EntryRows(
  props: LogRowProps & {
    meetings: ReadonlyMap<Id, Meeting>;
    bodyId: Id;
    prefix: string;
    setOpened: (change: (o: Opened) => Opened) => void;
  },
) {
  const { entry, setOpened } = props;
  const { action } = entry;
  return (
    <>
      <LogRow
        entry={entry}
        rowIndex={props.rowIndex}
        open={props.open}
        editing={props.editing}
        declassifying={props.declassifying}
        focusNote={props.focusNote}
        onToggle={props.onToggle}
        onEdit={props.onEdit}
        onDeclassify={props.onDeclassify}
      />
      {props.declassifying && (
        <tr className="edit-row" id={declassifyFormRowId(action)}>
          <td colSpan={logColumns}>
            <DeclassifyForm
              action={action}
              onClose={(how) => {
                // Focus goes to the line that says it was declassified, or back.
                setOpened((o) => ({
                  ...o,
                  declassifying: null,
                  declassified: how === 'declassified' ? action.id : o.declassified,
                }));
                if (how === 'declassified') return;
                const id = declassifyButtonId(action);
                requestAnimationFrame(() => document.getElementById(id)?.focus());
              }}
            />
          </td>
        </tr>
      )}
      {/* Its last update removed (in this window or another), the row has none to show. */}
      {props.open && entry.updateCount > 0 && (
        <UpdatesRow entry={entry} meetings={props.meetings} />
      )}
      {props.editing && (
        <tr className="edit-row" id={`edit-${action.id}`}>
          <td colSpan={logColumns}>
            <EarlierActionForm
              bodyId={props.bodyId}
              prefix={props.prefix}
              editing={action}
              onClose={(how) => {
                setOpened((o) => ({ ...o, editing: null }));
                // Focus goes back where it came from, or to the log when the row went.
                const id = how === 'deleted' ? 'log-heading' : `correct-${action.id}`;
                requestAnimationFrame(() => document.getElementById(id)?.focus());
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
});
