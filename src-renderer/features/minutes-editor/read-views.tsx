import { memo } from 'react';
import { phraseDecisions, type Action, type Decision } from '../../domain';
import { ParagraphPreview } from './text-blocks';

/** How a list of decisions reads in the minutes, e.g. "The Panel NOTED the contents of the paper." */
export const DecisionsPreview = memo(function DecisionsPreview(props: {
  minutesName: string;
  decisions: readonly Decision[];
  label?: string;
}) {
  const phrase = phraseDecisions(props.minutesName, props.decisions);
  return (
    <div className="decisions-preview" aria-label={props.label ?? 'How the decisions read'}>
      {phrase.kind === 'none' ? (
        <p className="muted">Choose a verb and type the decision.</p>
      ) : phrase.kind === 'sentence' ? (
        <p>{phrase.text}</p>
      ) : (
        <>
          <p>{phrase.lead}</p>
          <ul>
            {phrase.lines.map((line, i) => (
              <li key={i} className={props.decisions[i]?.confidential ? 'is-confidential' : ''}>
                {line}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
});

/** "ACTION SECP30/01: SECAS to look into …" */
export function actionSentence(action: Pick<Action, 'reference' | 'owner' | 'text'>): string {
  const who = action.owner.trim();
  const what = action.text.trim();
  const rest = who && what ? `${who} to ${what}` : who || what || '…';
  return `ACTION ${action.reference}: ${rest}`;
}

/** A paragraph as it reads, for approved (locked) minutes. */
export function ParagraphRead(props: { text: string }) {
  return props.text.trim() === '' ? (
    <p className="empty">Empty paragraph.</p>
  ) : (
    <ParagraphPreview text={props.text} />
  );
}
