import { memo, useId, useState, type KeyboardEvent } from 'react';
import {
  canIndent,
  canOutdent,
  flattenTree,
  insideConfidential,
  limits,
  tidyName,
  validateItemInput,
  type FieldErrors,
  type ImportedItem,
} from '../../domain';
import { parsePaperRefs } from './paper-refs';

/** One imported item as the preview edits it: the fields as typed, and what the reader saw. */
export interface PreviewRow {
  key: string;
  level: number;
  title: string;
  presenter: string;
  /** Paper references as typed, separated by commas. */
  papers: string;
  /** Planned minutes as typed; empty for none. */
  minutes: string;
  confidential: boolean;
  /** Read-only: the number or bullet in the text, and how the title was read. */
  marker: string;
  numbering: ImportedItem['numbering'];
  joined: number;
  startTime: string | null;
  confidentialBy: ImportedItem['confidentialBy'];
  /** Lines under the item that are not part of it; one can be added to the title. */
  notes: string[];
  /** The line of the text it starts on (for placing a left-out line added back). */
  line: number;
}

let nextKey = 0;

/** The reader's tree as preview rows, depth first. */
export function rowsFromImport(items: readonly ImportedItem[]): PreviewRow[] {
  return flattenTree(items).map(({ item, level }) => ({
    key: `row-${String(nextKey++)}`,
    level,
    title: item.title,
    presenter: item.presenter,
    papers: item.paperRefs.join(', '),
    minutes: item.plannedMinutes === null ? '' : String(item.plannedMinutes),
    confidential: item.confidential,
    marker: item.marker,
    numbering: item.numbering,
    joined: item.joined,
    startTime: item.startTime,
    confidentialBy: item.confidentialBy,
    notes: item.notes,
    line: item.lines[0] ?? 0,
  }));
}

/** A row with only a title, for a line taken in that reads as no item. */
export function emptyRow(title: string, level: number, line: number): PreviewRow {
  return {
    key: `row-${String(nextKey++)}`,
    level,
    title,
    presenter: '',
    papers: '',
    minutes: '',
    confidential: false,
    marker: '',
    numbering: 'none',
    joined: 0,
    startTime: null,
    confidentialBy: null,
    notes: [],
    line,
  };
}

type RowField = 'title' | 'presenter' | 'papers' | 'minutes';

/** Planned minutes typed as text: null for none, a number, or undefined when it is no number. */
export function typedMinutes(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  return /^\d{1,4}$/.test(t) ? Number(t) : undefined;
}

/** What is wrong with a row's fields, in the words the agenda's own forms use. */
export function rowErrors(row: PreviewRow): FieldErrors<RowField> {
  const minutes = typedMinutes(row.minutes);
  const errors = validateItemInput({
    title: tidyName(row.title),
    presenter: tidyName(row.presenter),
    paperRefs: parsePaperRefs(row.papers),
    classification: row.confidential ? 'confidential' : 'public',
    plannedMinutes: minutes ?? null,
    status: 'pending',
    publicSummary: '',
  });
  const out: FieldErrors<RowField> = {};
  if (errors.title) out.title = errors.title;
  if (errors.presenter) out.presenter = errors.presenter;
  if (errors.paperRefs) out.papers = errors.paperRefs;
  if (minutes === undefined || errors.plannedMinutes) {
    out.minutes = 'Planned minutes are a whole number from 0 to 1440, or empty.';
  }
  return out;
}

export type RowCommand = 'indent' | 'outdent' | 'remove';

export interface RowFocus {
  key: string;
  field: 'title' | 'indent' | 'outdent';
}

interface Props {
  rows: readonly PreviewRow[];
  numbers: readonly string[];
  /** Set once an import was refused for bad fields: then every error is shown. */
  showErrors: boolean;
  idPrefix: string;
  /** Must keep its identity between renders: each row redraws only when its own props change. */
  onChange: (index: number, patch: Partial<PreviewRow>) => void;
  /**
   * `focus`: the row and field to focus afterwards, as the button pressed may be disabled or
   * gone; null for the preview's heading (the last row removed); absent to leave focus be.
   */
  onCommand: (index: number, command: RowCommand, focus?: RowFocus | null) => void;
}

/**
 * The imported items in a table, one row each, every field editable: title, presenter,
 * papers, planned minutes, confidential. Indent, outdent and remove buttons (and Alt+→,
 * Alt+← in a row's fields) change the shape; numbers show what each item will become.
 */
export function ImportPreviewTable(props: Props) {
  const { rows, numbers } = props;
  const inherited = insideConfidential(rows);
  return (
    <table className="agenda-import-table">
      <thead>
        <tr>
          <th scope="col">No.</th>
          <th scope="col">Title</th>
          <th scope="col">Presenter</th>
          <th scope="col">Papers</th>
          <th scope="col">Minutes</th>
          <th scope="col">Confidential</th>
          <th scope="col">
            <span className="visually-hidden">Commands</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <PreviewTableRow
            key={row.key}
            row={row}
            index={index}
            number={numbers[index] ?? ''}
            inherited={inherited[index] ?? false}
            indentable={canIndent(rows, index)}
            outdentable={canOutdent(rows, index)}
            neighbour={(rows[index + 1] ?? rows[index - 1])?.key ?? null}
            showErrors={props.showErrors}
            idPrefix={props.idPrefix}
            onChange={props.onChange}
            onCommand={props.onCommand}
          />
        ))}
      </tbody>
    </table>
  );
}

interface RowProps {
  row: PreviewRow;
  index: number;
  number: string;
  inherited: boolean;
  indentable: boolean;
  outdentable: boolean;
  /** The row to focus when this one is removed. */
  neighbour: string | null;
  showErrors: boolean;
  idPrefix: string;
  onChange: Props['onChange'];
  onCommand: Props['onCommand'];
}

const PreviewTableRow = memo(function PreviewTableRow(props: RowProps) {
  const { row, index, number, onChange, onCommand } = props;
  const hintId = useId();
  const errors = rowErrors(row);
  const [touched, setTouched] = useState<Partial<Record<RowField, boolean>>>({});
  const shown = (field: RowField) =>
    props.showErrors || touched[field] ? errors[field] : undefined;
  const id = (field: string) => `${props.idPrefix}-${field}-${row.key}`;
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) return;
    e.preventDefault();
    onCommand(index, e.key === 'ArrowRight' ? 'indent' : 'outdent');
  };
  const hints = [
    row.numbering === 'none' ? 'No number in the text' : null,
    row.joined > 0 ? `Title joined from ${String(row.joined + 1)} lines` : null,
    row.startTime === null ? null : `Starts ${row.startTime}`,
    row.confidentialBy === 'section' ? 'Confidential: under a confidential heading' : null,
  ].filter((h) => h !== null);

  const field = (name: RowField, label: string, extra: { maxLength?: number } = {}) => {
    const error = shown(name);
    const errorId = `${id(name)}-error`;
    const describedBy = [name === 'title' && hints.length > 0 ? hintId : '', error ? errorId : '']
      .filter(Boolean)
      .join(' ');
    return (
      <>
        <input
          id={id(name)}
          type="text"
          value={row[name]}
          aria-label={`${label} of item ${number}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          inputMode={name === 'minutes' ? 'numeric' : undefined}
          maxLength={extra.maxLength}
          onChange={(e) => onChange(index, { [name]: e.target.value })}
          onBlur={() => setTouched((t) => ({ ...t, [name]: true }))}
        />
        {error && (
          <small id={errorId} className="error">
            {error}
          </small>
        )}
      </>
    );
  };
  return (
    <tr className={`level-${String(row.level)}`} onKeyDown={onKeyDown}>
      <td className="import-number">
        <span>{number}</span>
        {row.marker !== '' && <small className="muted">was “{row.marker}”</small>}
      </td>
      <td className="import-title">
        {field('title', 'Title', { maxLength: limits.shortText })}
        {hints.length > 0 && (
          <small id={hintId} className="hint">
            {hints.join(' · ')}
          </small>
        )}
        {row.notes.length > 0 && (
          <ul className="import-notes" aria-label={`Not imported, under item ${number}`}>
            {row.notes.map((note, n) => (
              <li key={`${String(n)}:${note}`}>
                <span className="note-text">Not imported: {note}</span>{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Add to the title of item ${number}: ${note.slice(0, 60)}`}
                  onClick={() =>
                    onChange(index, {
                      title: `${row.title} ${note}`.trim(),
                      notes: row.notes.filter((_, i) => i !== n),
                    })
                  }
                >
                  Add to title
                </button>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>{field('presenter', 'Presenter', { maxLength: limits.shortText })}</td>
      <td>{field('papers', 'Papers')}</td>
      <td className="import-minutes">{field('minutes', 'Planned minutes', { maxLength: 4 })}</td>
      <td className="import-confidential">
        <input
          id={id('confidential')}
          type="checkbox"
          checked={row.confidential || props.inherited}
          disabled={props.inherited}
          aria-label={`Item ${number} is confidential${props.inherited ? ' (inside a confidential item)' : ''}`}
          onChange={(e) => onChange(index, { confidential: e.target.checked })}
        />
      </td>
      <td className="import-commands">
        <button
          id={id('outdent')}
          type="button"
          className="icon-button"
          aria-label={`Outdent item ${number}`}
          title="Outdent (Alt+←)"
          disabled={!props.outdentable}
          onClick={() => onCommand(index, 'outdent', { key: row.key, field: 'outdent' })}
        >
          ←
        </button>
        <button
          id={id('indent')}
          type="button"
          className="icon-button"
          aria-label={`Indent item ${number}`}
          title="Indent (Alt+→)"
          disabled={!props.indentable}
          onClick={() => onCommand(index, 'indent', { key: row.key, field: 'indent' })}
        >
          →
        </button>
        <button
          type="button"
          className="icon-button danger"
          aria-label={`Remove item ${number}`}
          title="Remove from the import"
          onClick={() =>
            onCommand(
              index,
              'remove',
              props.neighbour === null ? null : { key: props.neighbour, field: 'title' },
            )
          }
        >
          ✕
        </button>
      </td>
    </tr>
  );
});

/**
 * Moves focus to a field of a row once a command has changed the rows (its button may now be
 * disabled or gone): in the next frame, after React has drawn the change.
 */
export function focusRowField(idPrefix: string, key: string, field: string): void {
  requestAnimationFrame(() => {
    const wanted = document.getElementById(`${idPrefix}-${field}-${key}`);
    const usable =
      wanted instanceof HTMLButtonElement && wanted.disabled
        ? document.getElementById(`${idPrefix}-title-${key}`)
        : wanted;
    usable?.focus();
  });
}
