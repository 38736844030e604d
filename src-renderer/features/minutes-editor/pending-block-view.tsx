import { useCallback } from 'react';
import type { PendingBlock, useTypeAhead } from './type-ahead';
import type { AddKind } from './use-item-commands';

const kindNames: Record<AddKind, string> = {
  paragraph: 'paragraph',
  decisions: 'decision',
  action: 'action',
  note: 'post-meeting note',
};

/** The field of a block being added, in the place the block will take. */
export function PendingBlockView(props: {
  pending: PendingBlock;
  number: string;
  /** Inside a confidential item every block is confidential: no toggle. */
  inItemConfidential: boolean;
  field: ReturnType<typeof useTypeAhead>['field'];
  onToggleConfidential: (key: number) => void;
  onDiscard: (key: number) => void;
}) {
  const { pending, field } = props;
  const name = kindNames[pending.kind];
  const label = `new ${name} for item ${props.number}`;
  const focus = useCallback((element: HTMLTextAreaElement | null) => {
    element?.focus();
  }, []);
  const confidential = pending.confidential || props.inItemConfidential;
  return (
    <li
      className={`minute-block block-${pending.kind} is-pending${confidential ? ' is-confidential' : ''}`}
      data-testid="pending-block"
      data-pending-key={pending.key}
    >
      <div className="block-head">
        <span className="block-title">New {name}</span>
        {confidential && <span className="confidential-badge">Confidential</span>}
        <span className="muted">{pending.error === null ? 'Saving…' : 'Not added'}</span>
        {!props.inItemConfidential && (
          <span className="block-commands">
            <button
              type="button"
              className={`toggle-confidential${pending.confidential ? ' on' : ''}`}
              aria-pressed={pending.confidential}
              aria-label={`Confidential: ${label}`}
              title="Confidential (Alt+C)"
              onClick={() => props.onToggleConfidential(pending.key)}
            >
              {pending.confidential ? 'Confidential ✓' : 'Mark confidential'}
            </button>
          </span>
        )}
      </div>
      <textarea
        ref={focus}
        className="block-text"
        aria-label={`New ${name} for item ${props.number}`}
        aria-invalid={pending.error !== null}
        rows={pending.kind === 'paragraph' || pending.kind === 'note' ? 2 : 1}
        onFocus={() => field.onFocus(pending.key)}
        onBlur={() => field.onBlur(pending.key)}
        onChange={(e) => field.onText(pending.key, e.target.value)}
      />
      {pending.error !== null && (
        <p className="error" role="alert">
          {pending.id === null
            ? `The ${name} was not added: `
            : `The new ${name} could not be marked confidential, so what you typed was not saved in it: `}
          {pending.error} What you typed is still here to copy.{' '}
          <button type="button" onClick={() => props.onDiscard(pending.key)}>
            Discard
          </button>
        </p>
      )}
    </li>
  );
}
