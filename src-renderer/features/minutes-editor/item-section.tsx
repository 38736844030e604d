import {
  memo,
  useCallback,
  useEffect,
  useRef,
  type KeyboardEvent,
  type SyntheticEvent,
} from 'react';
import { useItemBlocks, type ItemPatch } from '../../db';
import type { AgendaItem, Body, ConfidentialBy, Meeting } from '../../domain';
import { OutstandingActions } from '../actions/outstanding-actions';
import { EditableText } from '../shared/editable-text';
import { useSaveField, useServices } from '../shell/app-context';
import { ApproveMinutesCommands } from './approve-minutes-dialog';
import { BlockView } from './block-view';
import { commandOf } from './shortcuts';
import { ItemStatus } from './follow-chair';
import { PendingBlockView } from './pending-block-view';
import { useTypeAhead } from './type-ahead';
import { useItemCommands, type AddKind } from './use-item-commands';
import { blockElementId, itemElementId, pendingReveal } from '../shared/reveal';
import { useNearView } from '../shared/use-near-view';

interface Props {
  item: AgendaItem;
  number: string;
  depth: number;
  body: Body;
  meeting: Meeting;
  locked: boolean;
  /** Marked confidential ('own'), inside a confidential item ('inherited'), or public. */
  confidentialBy: ConfidentialBy;
  /** The meetings whose minutes this meeting may approve, looked up once for the page. */
  approvable: readonly Meeting[];
  /** The meeting is short enough to draw every item in full, wherever it is. */
  drawAll: boolean;
}

const addButtons: readonly { kind: AddKind; label: string; keys: string }[] = [
  { kind: 'paragraph', label: 'Paragraph', keys: 'Alt+P' },
  { kind: 'decisions', label: 'Decisions', keys: 'Alt+D' },
  { kind: 'action', label: 'Action', keys: 'Alt+A' },
  { kind: 'note', label: 'Post-meeting note', keys: 'Alt+N' },
];

/** One agenda item's minutes: its heading, its blocks, and the commands to add more. */
export const ItemSection = memo(function ItemSection(props: Props) {
  const { item, number, body, locked } = props;
  // How labels name the item: its number, or its title when the body numbers nothing.
  const name = number !== '' ? number : `“${item.title}”`;
  const { db, store } = useServices();
  const blocks = useItemBlocks(db, item.id);
  const container = useRef<HTMLElement>(null);
  const part = useRef<HTMLDivElement>(null);
  // Drawn in full in a short meeting; in a long one near the window only (see useNearView),
  // or when one of its blocks is about to be revealed (a search result, a Documents finding).
  const wanted = pendingReveal();
  const revealing = wanted !== null && (blocks ?? []).some((b) => blockElementId(b.id) === wanted);
  const { shown, height, show } = useNearView(container, part, {
    force: props.drawAll || revealing,
    sized: blocks !== undefined,
  });
  const { add, actions, landing, blocksRef } = useItemCommands(item.id, number, container);
  const typeAhead = useTypeAhead(blocks, container, landing);
  // Drawn at once: the new block's field takes the focus in the frame of the key press.
  const adds = (kind: AddKind) => {
    show();
    typeAhead.start(kind, add(kind));
  };
  useEffect(() => {
    blocksRef.current = blocks ?? [];
  }, [blocks, blocksRef]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const command = commandOf(e);
    if (command === null || locked) return;
    const target = e.target as HTMLElement;
    const blockId = target.closest<HTMLElement>('[data-block-id]')?.dataset.blockId;
    const pendingKey = target.closest<HTMLElement>('[data-pending-key]')?.dataset.pendingKey;
    const list = blocks ?? [];
    const index = list.findIndex((b) => b.id === blockId);
    const block = list[index];
    e.preventDefault();
    if (command === 'add-paragraph') adds('paragraph');
    else if (command === 'add-decisions') adds('decisions');
    else if (command === 'raise-action') adds('action');
    else if (command === 'add-note') adds('note');
    else if (pendingKey !== undefined) {
      // A new block's field, its block not stored yet: the command waits for it.
      if (command === 'toggle-confidential' && confidential) return;
      const refused = typeAhead.command(Number(pendingKey), command);
      if (refused !== null) store.getState().notify({ tone: 'info', message: refused });
    } else if (!block) return;
    else if (command === 'toggle-confidential') {
      if (!confidential) actions.toggleConfidential(block);
    } else if (command === 'delete') actions.remove(block);
    else if (command === 'move-up' && index > 0) actions.move(block.id, -1);
    else if (command === 'move-down' && index < list.length - 1) actions.move(block.id, 1);
  };

  const confidential = props.confidentialBy !== false;
  const headingId = itemElementId(item.id);
  const Heading = props.depth === 0 ? 'h2' : 'h3';
  return (
    <section
      ref={container}
      className={`minutes-item depth-${String(Math.min(props.depth, 2))}${confidential ? ' is-confidential' : ''}${item.status === 'current' ? ' is-current' : ''}`}
      aria-labelledby={headingId}
      data-testid="minutes-item"
      onKeyDown={onKeyDown}
    >
      <header className="minutes-item-head">
        <Heading id={headingId}>
          <span className="minutes-item-number">{number}</span> {item.title}
        </Heading>
        <p className="minutes-item-meta">
          <ItemStatus status={item.status} />
          {item.presenter && <span>Presented by {item.presenter}</span>}
          {item.paperRefs.length > 0 && <span>Papers: {item.paperRefs.join(', ')}</span>}
          {confidential && (
            <span className="confidential-badge">
              {props.confidentialBy === 'own'
                ? 'Confidential item'
                : 'Confidential: inside a confidential item'}
            </span>
          )}
        </p>
      </header>
      {shown ? (
        <div ref={part} className="minutes-item-body">
          {props.confidentialBy === 'own' && (
            <PublicSummary item={item} number={number} body={body} locked={locked} />
          )}
          {item.kind === 'actions-outstanding' && (
            <OutstandingActions meeting={props.meeting} item={item} confidential={confidential} />
          )}
          {!locked && (
            <ApproveMinutesCommands
              meeting={props.meeting}
              item={item}
              number={number}
              approvable={props.approvable}
            />
          )}
          {/*
            Each item's fields sit in a form of their own. Chromium's autofill re-reads the
            whole form of a field on every keystroke, caret move and selection change, and
            fields outside any form make one form of the whole page: 120 items cost ~5 ms a
            keystroke. Nothing submits; Enter in a field does nothing more than before.
          */}
          <form className="minutes-item-fields" onSubmit={preventSubmit} noValidate>
            {blocks === undefined ? (
              <p aria-busy="true" className="muted">
                Loading…
              </p>
            ) : blocks.length === 0 && typeAhead.waiting.length === 0 ? (
              <p className="empty">{locked ? 'No minutes.' : 'No minutes yet for this item.'}</p>
            ) : (
              <ol className="block-list" aria-label={`Minutes of item ${name}`}>
                {blocks.map((block, index) => (
                  <BlockView
                    key={block.id}
                    block={block}
                    body={body}
                    where={`item ${name}, block ${String(index + 1)}`}
                    first={index === 0}
                    last={index === blocks.length - 1}
                    locked={locked}
                    actions={actions}
                    inItemConfidential={confidential}
                  />
                ))}
                {typeAhead.waiting.map((pending) => (
                  <PendingBlockView
                    key={`pending-${String(pending.key)}`}
                    pending={pending}
                    number={number}
                    inItemConfidential={confidential}
                    field={typeAhead.field}
                    onToggleConfidential={(key) => typeAhead.command(key, 'toggle-confidential')}
                    onDiscard={typeAhead.discard}
                  />
                ))}
              </ol>
            )}
          </form>
        </div>
      ) : (
        <div className="minutes-item-later" style={{ height: height ?? estimate(item, blocks) }}>
          <p className="visually-hidden">The minutes of this item show when it is scrolled to.</p>
        </div>
      )}
      {!locked && (
        <div className="add-block" role="group" aria-label={`Add to the minutes of item ${name}`}>
          <span className="add-block-lead" aria-hidden="true">
            Add
          </span>
          {addButtons.map((b) => (
            <button
              key={b.kind}
              type="button"
              data-add={b.kind}
              aria-label={`Add ${b.label.toLowerCase()} to item ${name}`}
              aria-keyshortcuts={b.keys}
              title={`${b.label} (${b.keys})`}
              onClick={() => adds(b.kind)}
            >
              {b.label} <kbd>{b.keys}</kbd>
            </button>
          ))}
        </div>
      )}
    </section>
  );
});

/** A confidential item's public summary, with the sentence public minutes add after it. */
function PublicSummary(props: { item: AgendaItem; number: string; body: Body; locked: boolean }) {
  const { item } = props;
  const saveField = useSaveField();
  const save = useCallback(
    (patch: ItemPatch, expected?: ItemPatch) =>
      saveField({ op: 'updateItem', id: item.id, patch, expected }),
    [saveField, item.id],
  );
  return (
    <form className="public-summary" onSubmit={preventSubmit} noValidate>
      {props.locked ? (
        <p>
          <strong>Public summary:</strong> {item.publicSummary || '—'}
        </p>
      ) : (
        <EditableText
          label={`Public summary of item ${props.number}`}
          multiline
          maxLength={5000}
          value={item.publicSummary}
          placeholder="What the public minutes say of this item"
          onCommit={(publicSummary, was) => save({ publicSummary }, { publicSummary: was })}
        />
      )}
      <p className="hint">
        The public minutes print this summary, then: “{props.body.publicSummarySentence}”
      </p>
    </form>
  );
}

/**
 * Room for an item's minutes not drawn yet: about what a block takes on screen, and more for
 * the list of outstanding actions and the updates given to them.
 */
function estimate(item: AgendaItem, blocks: readonly unknown[] | undefined): number {
  const fixed = item.kind === 'actions-outstanding' ? 1200 : 60;
  return fixed + (blocks?.length ?? 1) * 150;
}

/** The forms of the editor only scope autofill (see ItemSection); none is ever submitted. */
function preventSubmit(e: SyntheticEvent<HTMLFormElement>) {
  e.preventDefault();
}
