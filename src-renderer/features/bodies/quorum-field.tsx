import { bodySettingsLimits, quorumError } from '../../domain';
import { useSaveField } from '../shell/app-context';
import { WholeNumberField } from './whole-number-field';

/** Members needed for a quorate meeting; 0 (or empty) means the body sets none. */
export function QuorumField({ bodyId, quorum }: { bodyId: string; quorum: number }) {
  const saveField = useSaveField();
  return (
    <WholeNumberField
      label="Quorum (members)"
      value={quorum}
      max={bodySettingsLimits.maxQuorum}
      error={quorumError}
      hint="Members who must be present; 0 for none."
      onCommit={(value) => saveField({ op: 'updateBody', id: bodyId, patch: { quorum: value } })}
    />
  );
}
