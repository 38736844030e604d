import { useCallback } from 'react';
import { EditableText } from '../shared/editable-text';
import { useAppState, useServices } from './app-context';

/** The user's name, recorded against every change they make. */
export function UserName() {
  const { platform, store } = useServices();
  const userName = useAppState((s) => s.userName);
  const commit = useCallback(
    async (name: string) => {
      const saved = await platform.updateSettings({ userName: name });
      store.getState().setUserName(saved.userName);
    },
    [platform, store],
  );
  return (
    <div className="user-name">
      <EditableText
        label="Your name"
        value={userName}
        onCommit={commit}
        placeholder="Who is taking the minutes"
        maxLength={200}
      />
    </div>
  );
}
