import { useCallback, useId } from 'react';
import { useMembers, type ActionPatch } from '../../db';
import { limits, type Action } from '../../domain';
import { DraftConflict } from '../shared/draft-conflict';
import { useFieldDraft } from '../shared/use-field-draft';
import { useReportError } from '../shared/use-report-error';
import { useServices } from '../shell/app-context';

interface Props {
  action: Action;
  save: (patch: ActionPatch, expected?: ActionPatch) => Promise<void>;
}

/**
 * The action's owner: the body's members are offered as the user types; a member's name
 * chosen (or typed in full) makes that member the owner, so the minutes can show their
 * initials; any other name is an outsider, typed as it is.
 */
export function OwnerField({ action, save }: Props) {
  const { db } = useServices();
  const members = useMembers(db, action.bodyId);
  const report = useReportError();
  const id = useId();
  const commit = useCallback(
    (owner: string, was: string) => {
      const member = (members ?? []).find((m) => m.name === owner.trim());
      return save(
        { owner: member ? member.name : owner, ownerMemberId: member ? member.id : null },
        { owner: was },
      );
    },
    [members, save],
  );
  const field = useFieldDraft(action.owner, commit, report);
  return (
    <div className="field">
      <label htmlFor={id}>Owner</label>
      <input
        id={id}
        className="action-owner"
        list={`${id}-members`}
        value={field.value}
        maxLength={limits.shortText}
        onFocus={field.focus}
        onBlur={field.blur}
        onChange={(e) => field.change(e.target.value)}
      />
      <datalist id={`${id}-members`}>
        {(members ?? []).map((m) => (
          <option key={m.id} value={m.name}>
            {m.organisation}
          </option>
        ))}
      </datalist>
      <DraftConflict conflict={field.conflict} label="Owner" onResolve={field.resolve} />
    </div>
  );
}
