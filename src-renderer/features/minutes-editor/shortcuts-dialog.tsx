import { ShortcutsDialog as KeysDialog } from '../shared/shortcuts-dialog';
import { otherKeys, shortcuts } from './shortcuts';

/** The minutes editor's list of keys, in the shared shortcuts dialog. */
export function ShortcutsDialog(props: { open: boolean; onClose: () => void }) {
  return (
    <KeysDialog
      open={props.open}
      onClose={props.onClose}
      intro="While the cursor is anywhere in an agenda item’s minutes:"
      keys={[...shortcuts, ...otherKeys]}
    />
  );
}
