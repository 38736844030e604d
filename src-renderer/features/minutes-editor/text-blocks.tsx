import { memo, useCallback, useRef } from 'react';
import { limits, splitParagraph, type NoteBlock, type ParagraphBlock } from '../../domain';
import { useReportError } from '../shared/use-report-error';
import { useSaveField } from '../shell/app-context';
import { DraftConflict } from '../shared/draft-conflict';
import { useFieldDraft } from '../shared/use-field-draft';
import { insertItemRef } from '../../domain/item-refs';
import { ItemRefPicker, RefPreview } from './item-ref-picker';

/** The paragraph's bullet lists as they will read, shown when it has any. */
export const ParagraphPreview = memo(function ParagraphPreview(props: {
  text: string;
  label?: string;
}) {
  const parts = splitParagraph(props.text);
  return (
    <div className="paragraph-preview" role="note" aria-label={props.label}>
      {parts.map((part, i) =>
        part.kind === 'text' ? (
          <p key={i}>{part.text}</p>
        ) : (
          <ul key={i}>
            {part.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
});

/** A text block's field, saved as typed through the journal. */
function BlockTextarea(props: {
  block: ParagraphBlock | NoteBlock;
  label: string;
  placeholder: string;
}) {
  const { block } = props;
  const saveField = useSaveField();
  const report = useReportError();
  const commit = useCallback(
    (text: string, was: string) =>
      saveField({ op: 'updateBlock', id: block.id, patch: { text }, expected: { text: was } }),
    [saveField, block.id],
  );
  const field = useFieldDraft(block.text, commit, report);
  const area = useRef<HTMLTextAreaElement>(null);
  const insertRef = (itemId: string) => {
    const at = area.current;
    const end = field.value.length;
    const next = insertItemRef(field.value, itemId, at?.selectionStart ?? end, at?.selectionEnd);
    field.change(next.text);
    requestAnimationFrame(() => {
      at?.focus();
      at?.setSelectionRange(next.caret, next.caret);
    });
  };
  return (
    <>
      <textarea
        ref={area}
        className="block-text"
        aria-label={props.label}
        data-first-field
        value={field.value}
        maxLength={limits.longText}
        placeholder={props.placeholder}
        rows={2}
        onFocus={field.focus}
        onBlur={field.blur}
        onChange={(e) => field.change(e.target.value)}
      />
      <DraftConflict conflict={field.conflict} label={props.label} onResolve={field.resolve} />
      {props.block.kind === 'paragraph' && /^\s*- /mu.test(field.value) && (
        <ParagraphPreview text={field.value} label="How the bullet points read" />
      )}
      {props.block.kind === 'paragraph' && (
        <>
          <RefPreview text={field.value} meetingId={block.meetingId} />
          <ItemRefPicker meetingId={block.meetingId} where={props.label} onPick={insertRef} />
        </>
      )}
    </>
  );
}

export function ParagraphEditor(props: { block: ParagraphBlock; where: string }) {
  return (
    <BlockTextarea
      block={props.block}
      label={`Paragraph, ${props.where}`}
      placeholder="Type the discussion. Start a line with “- ” for a bullet point."
    />
  );
}

export function NoteEditor(props: { block: NoteBlock; where: string }) {
  return (
    <BlockTextarea
      block={props.block}
      label={`Post meeting note, ${props.where}`}
      placeholder="Following the meeting, …"
    />
  );
}
