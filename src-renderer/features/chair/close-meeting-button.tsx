import { ConfirmButton } from './confirm-button';
import type { RunCommands } from './use-run-commands';

/** Close meeting, asking first; `currentNumber` is the item that will be marked done. */
export function CloseMeetingButton(props: {
  commands: RunCommands;
  currentNumber: string | null;
  className?: string;
}) {
  const { close } = props.commands;
  return (
    <ConfirmButton
      label="Close meeting"
      question="Close the meeting?"
      className={props.className}
      disabled={close.busy}
      onConfirm={() => close.act()}
    >
      <p>
        {props.currentNumber === null
          ? 'The meeting clock stops.'
          : `Item ${props.currentNumber} is marked done and the meeting clock stops.`}{' '}
        Items not taken stay on the agenda as they are.
      </p>
    </ConfirmButton>
  );
}
