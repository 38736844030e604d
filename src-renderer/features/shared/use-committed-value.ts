import { useEffect } from 'react';
import { useServices } from '../shell/app-context';
import { useFieldDraft } from './use-field-draft';

/**
 * The editing model (use-field-draft.ts) for a small field with no room beside it for both
 * versions (a number, a tick, a short setting): when another window's change cannot be merged
 * with this field's, the user is told in a notice that keeps the other version's words, and
 * this field's own change stands.
 */
export function useCommittedValue<T>(
  stored: T,
  /** Writes `value` in place of `previous`, the stored value it replaces (the write's `expected`). */
  commit: (value: T, previous: T) => Promise<void>,
  onError: (error: unknown) => void,
) {
  const { store } = useServices();
  const field = useFieldDraft(stored, commit, onError);
  const { conflict, resolve } = field;
  useEffect(() => {
    if (conflict === null) return;
    store.getState().notify({
      tone: 'error',
      message: `A field you were editing was changed in another window meanwhile; yours is kept. The other version was: “${String(conflict.theirs)}”.`,
    });
    resolve('mine');
  }, [conflict, resolve, store]);
  return field;
}
