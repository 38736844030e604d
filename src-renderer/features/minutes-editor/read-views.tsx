import { memo } from 'react';
import { phraseDecisions, type Action, type Decision, type DecisionForm } from '../../domain';
// The module itself, not the minutes' index, which would pull the DOCX and PDF writers in.
import { voteLines, withVoteCount } from '../../minutes/vote-lines';
import { ParagraphPreview } from './text-blocks';

/**
 * How a list of decisions reads in the minutes, e.g. "The Panel AGREED (6 for, 2 against) the
 * budget.", then each decision's named vote and recorded dissent, in the minutes' own words.
 */
export const DecisionsPreview = memo(function DecisionsPreview(props: {
  minutesName: string;
  decisions: readonly Decision[];
  /** The body's decision form: "The Panel NOTED …", "RESOLVED that …" or plain sentences. */
  form: DecisionForm;
  label?: string;
}) {
  const phrase = phraseDecisions(props.minutesName, props.decisions.map(withVoteCount), props.form);
  const votes = props.decisions.flatMap((d) =>
    voteLines([d]).map((line) => ({ line, confidential: d.confidential })),
  );
  return (
    <div
      className="decisions-preview"
      role="note"
      aria-label={props.label ?? 'How the decisions read'}
    >
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
      {phrase.kind !== 'none' &&
        votes.map((v, i) => (
          <p key={i} className={v.confidential ? 'is-confidential' : undefined}>
            {v.line}
          </p>
        ))}
    </div>
  );
});

/** "SECAS to look into …": what follows "ACTION SECP30/01: ". */
export function actionWords(action: Pick<Action, 'owner' | 'text'>): string {
  const who = action.owner.trim();
  const what = action.text.trim();
  return who && what ? `${who} to ${what}` : who || what || '…';
}

/** "ACTION SECP30/01: SECAS to look into …", the reference in bold as minutes print it. */
export function ActionSentence(props: {
  action: Pick<Action, 'reference' | 'owner' | 'text'>;
  className?: string;
}) {
  return (
    <p className={props.className}>
      <strong>ACTION {props.action.reference}:</strong> {actionWords(props.action)}
    </p>
  );
}

/** A paragraph as it reads, for approved (locked) minutes. */
export function ParagraphRead(props: { text: string }) {
  return props.text.trim() === '' ? (
    <p className="empty">Empty paragraph.</p>
  ) : (
    <ParagraphPreview text={props.text} />
  );
}
