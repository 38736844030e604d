import { memo, useMemo } from 'react';
import type { ActionBlock, Body, MinuteBlock } from '../../domain';
import { ActionEditor, useBlockAction } from './action-editor';
import { BlockFrame, type BlockCommands } from './block-frame';
import { DecisionsEditor } from './decisions-editor';
import { ActionSentence, DecisionsPreview, ParagraphRead } from './read-views';
import { NoteEditor, ParagraphEditor } from './text-blocks';

export interface BlockActions {
  move: (id: string, direction: -1 | 1) => void;
  toggleConfidential: (block: MinuteBlock) => void;
  remove: (block: MinuteBlock) => void;
}

interface Props {
  block: MinuteBlock;
  body: Body;
  /** "item 4, block 2" */
  where: string;
  first: boolean;
  last: boolean;
  locked: boolean;
  actions: BlockActions;
  /** The block lies inside a confidential item, so it is confidential whatever its flag. */
  inItemConfidential: boolean;
}

const titles = { paragraph: 'Paragraph', decisions: 'Decisions', note: 'Post Meeting Note' };

/** One block of minutes in its frame: an editor, or how it reads once the minutes are locked. */
export const BlockView = memo(function BlockView(props: Props) {
  const { block, body, where, locked, actions, inItemConfidential } = props;
  const commands = useMemo<BlockCommands | null>(
    () =>
      locked
        ? null
        : {
            moveUp: props.first ? null : () => actions.move(block.id, -1),
            moveDown: props.last ? null : () => actions.move(block.id, 1),
            toggleConfidential: inItemConfidential ? null : () => actions.toggleConfidential(block),
            remove: () => actions.remove(block),
          },
    [locked, props.first, props.last, actions, block, inItemConfidential],
  );
  if (block.kind === 'action')
    return (
      <ActionBlockView
        block={block}
        where={where}
        locked={locked}
        commands={commands}
        inherited={inItemConfidential}
      />
    );
  return (
    <BlockFrame
      blockId={block.id}
      kind={block.kind}
      title={titles[block.kind]}
      where={where}
      confidential={block.confidential || inItemConfidential}
      inherited={inItemConfidential}
      commands={commands}
    >
      {block.kind === 'paragraph' ? (
        locked ? (
          <ParagraphRead text={block.text} />
        ) : (
          <ParagraphEditor block={block} where={where} />
        )
      ) : block.kind === 'note' ? (
        locked ? (
          <p>Post Meeting Note: {block.text}</p>
        ) : (
          <NoteEditor block={block} where={where} />
        )
      ) : locked ? (
        <DecisionsPreview
          minutesName={body.minutesName}
          form={body.decisionForm}
          decisions={block.decisions}
        />
      ) : (
        <DecisionsEditor
          block={block}
          body={body}
          where={where}
          confidential={block.confidential || inItemConfidential}
        />
      )}
    </BlockFrame>
  );
});

function ActionBlockView(props: {
  block: ActionBlock;
  where: string;
  locked: boolean;
  commands: BlockCommands | null;
  inherited: boolean;
}) {
  const { block, locked } = props;
  const action = useBlockAction(block);
  return (
    <BlockFrame
      blockId={block.id}
      kind="action"
      title={action ? `ACTION ${action.reference}` : 'ACTION'}
      where={props.where}
      confidential={block.confidential || props.inherited}
      inherited={props.inherited}
      commands={props.commands}
    >
      {action === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : action === null ? (
        <p className="error">This action is no longer in the action log.</p>
      ) : locked ? (
        <ActionSentence action={action} />
      ) : (
        <ActionEditor action={action} />
      )}
    </BlockFrame>
  );
}
