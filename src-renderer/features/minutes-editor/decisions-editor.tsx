import { Fragment, useCallback, useRef, type KeyboardEvent } from 'react';
import {
  addDecision,
  moveDecision,
  removeDecision,
  restoreDecision,
  type DecisionPatch,
} from '../../db';
import { limits, type Body, type Decision, type DecisionsBlock } from '../../domain';
import { useAction } from '../shared/use-action';
import { useReportError } from '../shared/use-report-error';
import { useSaveField, useServices } from '../shell/app-context';
import { PendingDecisionRow, useDecisionTypeAhead, waitingAfter } from './decision-type-ahead';
import { DecisionsPreview } from './read-views';
import { useFocusLater } from './use-focus-later';
import { DraftConflict } from '../shared/draft-conflict';
import { useFieldDraft } from '../shared/use-field-draft';
import { VoteEditor } from './vote-editor';

interface Props {
  block: DecisionsBlock;
  body: Body;
  where: string;
  /** The block is confidential (itself or by its item): so is every decision in it. */
  confidential: boolean;
}

/** A list of decisions — verb and words each — with a live preview of how it reads. */
export function DecisionsEditor({ block, body, where, confidential }: Props) {
  const { data } = useServices();
  const container = useRef<HTMLDivElement>(null);
  const focusLater = useFocusLater(container);
  const report = useReportError();
  const add = useCallback(
    (afterId: string | undefined) => {
      const adding = addDecision(data, block.id, afterId === undefined ? {} : { afterId });
      adding.catch(report);
      return adding;
    },
    [data, block.id, report],
  );
  const typeAhead = useDecisionTypeAhead(block.decisions, container, add);
  const stored = new Set(block.decisions.map((d) => d.id));
  const waitingRows = (anchor: string | undefined) =>
    waitingAfter(typeAhead.waiting, stored, anchor).map((pending) => (
      <PendingDecisionRow
        key={`pending-${String(pending.key)}`}
        pending={pending}
        where={where}
        typeAhead={typeAhead}
      />
    ));
  const count = block.decisions.length;
  return (
    <div className="decisions-editor" ref={container}>
      <ol className="decision-list">
        {block.decisions.map((decision, index) => (
          <Fragment key={decision.id}>
            <DecisionRow
              blockId={block.id}
              meetingId={block.meetingId}
              decision={decision}
              verbs={body.decisionVerbs}
              name={`Decision ${String(index + 1)}, ${where}`}
              first={index === 0}
              last={index === count - 1}
              inherited={confidential}
              onEnter={() => typeAhead.after(decision.id)}
              focusLater={focusLater}
            />
            {waitingRows(decision.id)}
          </Fragment>
        ))}
        {waitingRows(undefined)}
      </ol>
      <button type="button" className="link-button" onClick={() => typeAhead.after(undefined)}>
        + Add a decision
      </button>
      <DecisionsPreview
        minutesName={body.minutesName}
        form={body.decisionForm}
        decisions={block.decisions}
      />
    </div>
  );
}

function DecisionRow(props: {
  blockId: string;
  meetingId: string;
  decision: Decision;
  /** Confidential by its block or item, whatever its own flag. */
  inherited: boolean;
  verbs: readonly string[];
  name: string;
  first: boolean;
  last: boolean;
  onEnter: () => void;
  focusLater: (target: string) => void;
}) {
  const { blockId, decision, name } = props;
  const { data, store } = useServices();
  const saveField = useSaveField();
  const report = useReportError();
  const save = useCallback(
    (patch: DecisionPatch, expected?: DecisionPatch) =>
      saveField({ op: 'updateDecision', id: blockId, decisionId: decision.id, patch, expected }),
    [saveField, blockId, decision.id],
  );
  const commitText = useCallback(
    (text: string, was: string) => save({ text }, { text: was }),
    [save],
  );
  const text = useFieldDraft(decision.text, commitText, report);
  const move = useAction(async (direction: -1 | 1) => {
    await moveDecision(data, blockId, decision.id, direction);
    props.focusLater(`[data-decision-id="${decision.id}"] .decision-text`);
  });
  const remove = useAction(async () => {
    const removed = await removeDecision(data, blockId, decision.id);
    store.getState().notify({
      tone: 'info',
      message: `${name.split(',')[0] ?? 'Decision'} removed.`,
      undo: () => restoreDecision(data, removed),
    });
  });
  // The body's verbs, plus this decision's own if the body no longer offers it.
  const verbs = props.verbs.includes(decision.verb) ? props.verbs : [decision.verb, ...props.verbs];
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    text.flush();
    props.onEnter();
  };
  return (
    <li className="decision-row" data-decision-id={decision.id}>
      <select
        aria-label={`Verb of ${name}`}
        value={decision.verb}
        onChange={(e) => void save({ verb: e.target.value }).catch(report)}
      >
        {verbs.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
      {/* A text area that grows with the decision, so a long one stays in sight; Enter adds
          the next decision rather than a line break. */}
      <textarea
        className="decision-text"
        rows={1}
        aria-label={name}
        data-first-field={props.first ? true : undefined}
        value={text.value}
        maxLength={limits.longText}
        placeholder="the contents of the paper"
        onFocus={text.focus}
        onBlur={text.blur}
        onChange={(e) => text.change(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <label className="decision-confidential">
        <input
          type="checkbox"
          checked={decision.confidential || props.inherited}
          disabled={props.inherited}
          onChange={(e) => void save({ confidential: e.target.checked }).catch(report)}
          aria-label={`${name}: confidential`}
        />
        <span aria-hidden="true">Confidential</span>
      </label>
      <span className="decision-commands">
        <button
          type="button"
          className="icon-button"
          aria-label={`Move ${name} up`}
          disabled={props.first || move.busy}
          onClick={() => move.act(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Move ${name} down`}
          disabled={props.last || move.busy}
          onClick={() => move.act(1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button danger"
          aria-label={`Remove ${name}`}
          disabled={remove.busy}
          onClick={() => remove.act()}
        >
          ×
        </button>
      </span>
      <DraftConflict conflict={text.conflict} label={name} onResolve={text.resolve} />
      <VoteEditor meetingId={props.meetingId} blockId={blockId} decision={decision} name={name} />
    </li>
  );
}
