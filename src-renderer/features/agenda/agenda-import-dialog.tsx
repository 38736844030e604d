import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  addItemTrees,
  useAgendaItems,
  useBody,
  useMembers,
  userMessage,
  type NewItemTree,
} from '../../db';
import {
  indentRow,
  outdentRow,
  parseAgendaLines,
  parseAgendaText,
  removeRow,
  rowNumbers,
  rowTree,
  tidyName,
  type AgendaImport,
  type ImportLine,
  type LeftOutLine,
  type Meeting,
  type RowNode,
} from '../../domain';
import { useServices } from '../shell/app-context';
import { DocxPicker } from './agenda-import-docx';
import {
  emptyRow,
  ImportPreviewTable,
  rowErrors,
  rowsFromImport,
  typedMinutes,
  focusRowField,
  type PreviewRow,
  type RowCommand,
  type RowFocus,
} from './agenda-import-preview';
import { parsePaperRefs } from './paper-refs';
import './agenda-import.css';

interface Preview {
  /** "the pasted text" or the Word file's name. */
  source: string;
  rows: PreviewRow[];
  leftOut: LeftOutLine[];
}

function toTree(node: RowNode<PreviewRow>): NewItemTree {
  const { row } = node;
  return {
    title: tidyName(row.title),
    presenter: tidyName(row.presenter),
    paperRefs: parsePaperRefs(row.papers),
    classification: row.confidential ? 'confidential' : 'public',
    plannedMinutes: typedMinutes(row.minutes) ?? null,
    children: node.children.map(toTree),
  };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${String(n)} ${n === 1 ? one : many}`;
}

/**
 * Import an agenda: paste a list or open a Word file, check and correct what was read in a
 * preview, then add every item (after the agenda's own) in one write. Cancel, Escape or an
 * error leaves the agenda as it was.
 */
export function AgendaImportDialog(props: { meeting: Meeting; onClose: () => void }) {
  const { meeting } = props;
  const { db, data, store } = useServices();
  const dialog = useRef<HTMLDialogElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const textId = useId();
  const hintId = useId();
  const errorId = useId();
  const idPrefix = useId().replace(/:/g, '');
  const members = useMembers(db, meeting.bodyId);
  const body = useBody(db, meeting.bodyId);
  const items = useAgendaItems(db, meeting.id);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  // Names the body uses, so "– Jane Smith" reads as a presenter when she is a member.
  const known = useMemo(
    () =>
      [...(members ?? []).flatMap((m) => [m.name, m.organisation]), body?.secretariat ?? ''].filter(
        (name) => name.trim() !== '',
      ),
    [members, body],
  );
  const topLevel = (items ?? []).filter((i) => i.parentId === null).length;

  const show = (result: AgendaImport, source: string) => {
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setError(null);
    setShowErrors(false);
    setPreview({ source, rows: rowsFromImport(result.items), leftOut: result.leftOut });
    // Where the preview starts, for the keyboard and the screen reader alike.
    requestAnimationFrame(() => previewHeading.current?.focus());
  };
  const read = (lines: ImportLine[], source: string) =>
    show(parseAgendaLines(lines, { knownNames: known }), source);
  const readText = () => show(parseAgendaText(text, { knownNames: known }), 'the pasted text');

  const change = useCallback(
    (index: number, patch: Partial<PreviewRow>) =>
      setPreview((p) =>
        p === null
          ? p
          : { ...p, rows: p.rows.map((r, i) => (i === index ? { ...r, ...patch } : r)) },
      ),
    [],
  );
  const command = useCallback(
    (index: number, what: RowCommand, focus?: RowFocus | null) => {
      const apply = what === 'indent' ? indentRow : what === 'outdent' ? outdentRow : removeRow;
      setPreview((p) => (p === null ? p : { ...p, rows: apply(p.rows, index) }));
      if (focus) focusRowField(idPrefix, focus.key, focus.field);
      else if (focus === null) requestAnimationFrame(() => previewHeading.current?.focus());
    },
    [idPrefix],
  );

  /** A left-out line taken in after all, as an item where it stood in the text. */
  const addLeftOut = (line: LeftOutLine) => {
    if (preview === null) return;
    const { rows } = preview;
    const read = parseAgendaText(line.text, { knownNames: known });
    const [row] = rowsFromImport(read.ok ? read.items.slice(0, 1) : []);
    const at = rows.findIndex((r) => r.line > line.line);
    const index = at < 0 ? rows.length : at;
    const level = Math.min(rows[index]?.level ?? 0, (rows[index - 1]?.level ?? -1) + 1);
    const added: PreviewRow = row
      ? { ...row, level, line: line.line, numbering: 'none', marker: '' }
      : emptyRow(line.text, level, line.line);
    setPreview({
      ...preview,
      rows: [...rows.slice(0, index), added, ...rows.slice(index)],
      leftOut: preview.leftOut.filter((l) => l !== line),
    });
    focusRowField(idPrefix, added.key, 'title');
  };

  const add = async () => {
    if (preview === null || preview.rows.length === 0) return;
    const bad = preview.rows.find((r) => Object.keys(rowErrors(r)).length > 0);
    if (bad) {
      setShowErrors(true);
      setError('Some fields need correcting first (marked below); nothing was added.');
      const field = (['title', 'presenter', 'papers', 'minutes'] as const).find(
        (f) => rowErrors(bad)[f] !== undefined,
      );
      focusRowField(idPrefix, bad.key, field ?? 'title');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await addItemTrees(data, meeting.id, rowTree(preview.rows).map(toTree));
      const count = preview.rows.length;
      store.getState().notify({
        tone: 'info',
        message: `${plural(count, 'item')} added to the agenda from ${preview.source}.`,
      });
      dialog.current?.close();
    } catch (e) {
      // Said here, in the dialog: the app's notices sit behind it while it is open.
      setError(`Nothing was added: ${userMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const errorMessage = error !== null && (
    <p id={errorId} role="alert" className="error agenda-import-error">
      {error}
    </p>
  );

  return (
    <dialog
      ref={dialog}
      className="agenda-import-dialog"
      aria-labelledby={headingId}
      onClose={props.onClose}
    >
      <h2 id={headingId}>Import an agenda</h2>
      {preview === null ? (
        <div className="agenda-import-source">
          <p className="muted">
            Paste the agenda as a list, or open it from a Word file. You check and correct what was
            read before anything is added.
          </p>
          <div className="field">
            <label htmlFor={textId}>Agenda text</label>
            <textarea
              id={textId}
              rows={12}
              value={text}
              aria-describedby={[hintId, error === null ? '' : errorId].join(' ').trim()}
              placeholder={
                '1. Minutes and Actions Outstanding – Panel Chair\n2. Finance SECP_30_1003_02\n   a) Budget (15 mins)'
              }
              onChange={(e) => setText(e.target.value)}
            />
            <small id={hintId} className="hint">
              One item a line, numbered (1., 2.1, a), (i), Item 3:) or not; bullets and indenting
              make sub-items. Presenters, papers, times and “Confidential” are read where the text
              shows them.
            </small>
          </div>
          {errorMessage}
          <div className="agenda-import-buttons">
            <button
              type="button"
              className="primary"
              disabled={text.trim() === ''}
              onClick={readText}
            >
              Read the list
            </button>
            <DocxPicker
              busy={busy}
              describedBy={error === null ? undefined : errorId}
              onLines={(lines, name) => read(lines, `“${name}”`)}
              onError={setError}
            />
            <button type="button" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="agenda-import-preview">
          <h3 ref={previewHeading} tabIndex={-1}>
            Check the items read from {preview.source}
          </h3>
          <p className="muted">
            {plural(preview.rows.length, 'item')}
            {topLevel > 0 ? `, to follow item ${String(topLevel)} of this agenda` : ''}. Correct any
            field, indent or outdent a row to change what it sits under, or remove it. Nothing is
            added until you choose “Add”.
          </p>
          {errorMessage}
          {preview.rows.length === 0 ? (
            <p className="empty">Every row was removed; go back to the text, or cancel.</p>
          ) : (
            <div className="agenda-import-scroll">
              <ImportPreviewTable
                rows={preview.rows}
                numbers={rowNumbers(preview.rows, topLevel + 1)}
                showErrors={showErrors}
                idPrefix={idPrefix}
                onChange={change}
                onCommand={command}
              />
            </div>
          )}
          {preview.leftOut.length > 0 && (
            <details className="agenda-import-left-out">
              <summary>{plural(preview.leftOut.length, 'line')} not imported</summary>
              <ul>
                {preview.leftOut.map((l) => (
                  <li key={l.line}>
                    Line {l.line} ({l.reason}): “{l.text}”{' '}
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Add line ${String(l.line)} as an item`}
                      onClick={() => addLeftOut(l)}
                    >
                      Add as an item
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div className="agenda-import-buttons">
            <button
              type="button"
              className="primary"
              disabled={busy || preview.rows.length === 0}
              onClick={() => void add()}
            >
              Add {plural(preview.rows.length, 'item')}
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                setPreview(null);
                setError(null);
              }}
            >
              Back to the text
            </button>
            <button type="button" disabled={busy} onClick={() => dialog.current?.close()}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
