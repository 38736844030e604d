import { useCallback } from 'react';
import { useActionRecord, type ActionPatch } from '../../db';
import { limits, type Action, type ActionBlock } from '../../domain';
import { EditableText } from '../shared/editable-text';
import { useReportError } from '../shared/use-report-error';
import { useSaveField, useServices } from '../shell/app-context';
import { ActionSentence } from './read-views';
import { OwnerField } from './owner-field';
import { DraftConflict } from '../shared/draft-conflict';
import { useFieldDraft } from '../shared/use-field-draft';

/** The action an action block raised, read live (it is also edited from the action log). */
export function useBlockAction(block: ActionBlock): Action | null | undefined {
  const { db } = useServices();
  return useActionRecord(db, block.actionId);
}

/** Owner, what is to be done and the due date of an action; the reference is fixed. */
export function ActionEditor({ action }: { action: Action }) {
  const saveField = useSaveField();
  const report = useReportError();
  const save = useCallback(
    (patch: ActionPatch, expected?: ActionPatch) =>
      saveField({ op: 'updateAction', id: action.id, patch, expected }),
    [saveField, action.id],
  );
  const commitText = useCallback(
    (text: string, was: string) => save({ text }, { text: was }),
    [save],
  );
  const text = useFieldDraft(action.text, commitText, report);
  const ref = action.reference;
  return (
    <div className="action-editor">
      <div className="action-fields">
        <OwnerField action={action} save={save} />
        <div className="field action-text">
          <label htmlFor={`action-text-${action.id}`}>
            Action<span className="visually-hidden"> {ref}</span>: to …
          </label>
          <textarea
            id={`action-text-${action.id}`}
            className="block-text"
            data-first-field
            rows={1}
            value={text.value}
            maxLength={limits.longText}
            placeholder="look into …"
            onFocus={text.focus}
            onBlur={text.blur}
            onChange={(e) => text.change(e.target.value)}
          />
          <DraftConflict
            conflict={text.conflict}
            label={`The text of ACTION ${ref}`}
            onResolve={text.resolve}
          />
        </div>
        <EditableText
          label="Due"
          type="date"
          className="action-due"
          value={action.dueDate ?? ''}
          onCommit={(due, was) => save({ dueDate: orNull(due) }, { dueDate: orNull(was) })}
        />
      </div>
      <ActionSentence className="action-preview" action={{ ...action, text: text.value }} />
    </div>
  );
}

/** An empty date field means no due date. */
function orNull(date: string): string | null {
  return date === '' ? null : date;
}
