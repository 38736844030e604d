import type { ReactNode } from 'react';
import { blockElementId } from '../shared/reveal';

export interface BlockCommands {
  moveUp: (() => void) | null;
  moveDown: (() => void) | null;
  /** Null inside a confidential item, where every block is confidential. */
  toggleConfidential: (() => void) | null;
  remove: () => void;
}

interface Props {
  blockId: string;
  /** "Paragraph", "Decisions", "ACTION SECP30/01", "Post Meeting Note". */
  title: ReactNode;
  /** "block 2 of item 4", for the commands' accessible names. */
  where: string;
  confidential: boolean;
  /** Confidential because its item is: no command makes it public. */
  inherited?: boolean;
  kind: string;
  /** Null when the minutes are locked: the block is read only. */
  commands: BlockCommands | null;
  children: ReactNode;
}

/** The frame of every block: what it is, its confidentiality, its commands. */
export function BlockFrame(props: Props) {
  const { commands, confidential, where } = props;
  return (
    <li
      className={`minute-block block-${props.kind}${confidential ? ' is-confidential' : ''}`}
      id={blockElementId(props.blockId)}
      data-block-id={props.blockId}
      data-testid="minute-block"
      aria-label={`${capitalise(where)}${confidential ? ' (confidential)' : ''}`}
    >
      <div className="block-head">
        <span className="block-title">{props.title}</span>
        {confidential && (
          <span className="confidential-badge">
            {props.inherited === true ? 'Confidential, as its item is' : 'Confidential'}
          </span>
        )}
        {commands && (
          <span className="block-commands" role="group" aria-label={`Commands for ${where}`}>
            {commands.toggleConfidential !== null && (
              <button
                type="button"
                className={`toggle-confidential${confidential ? ' on' : ''}`}
                aria-pressed={confidential}
                aria-label={`Confidential: ${where}`}
                title="Confidential (Alt+C)"
                onClick={commands.toggleConfidential}
              >
                {confidential ? 'Confidential ✓' : 'Mark confidential'}
              </button>
            )}
            <button
              type="button"
              className="icon-button"
              aria-label={`Move ${where} up`}
              title="Move up (Alt+↑)"
              disabled={commands.moveUp === null}
              onClick={commands.moveUp ?? undefined}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Move ${where} down`}
              title="Move down (Alt+↓)"
              disabled={commands.moveDown === null}
              onClick={commands.moveDown ?? undefined}
            >
              ↓
            </button>
            <button
              type="button"
              className="icon-button danger"
              aria-label={`Delete ${where}`}
              title="Delete (Alt+Delete)"
              onClick={commands.remove}
            >
              ×
            </button>
          </span>
        )}
      </div>
      {props.children}
    </li>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
