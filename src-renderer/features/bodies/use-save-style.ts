import { useCallback } from 'react';
import type { HouseStyle } from '../../domain';
import { useSaveField } from '../shell/app-context';

/**
 * Saves house-style fields of a body through the field-write path: the patch, and what the
 * writer saw stored for each field, so that a change made meanwhile in another window is not
 * silently overwritten.
 */
export function useSaveStyle(bodyId: string) {
  const saveField = useSaveField();
  return useCallback(
    (patch: Partial<HouseStyle>, expected: Partial<HouseStyle>) =>
      saveField({ op: 'updateBody', id: bodyId, patch, expected }),
    [saveField, bodyId],
  );
}
