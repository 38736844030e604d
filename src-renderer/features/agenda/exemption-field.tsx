import { limits } from '../../domain';
import { EditableText } from '../shared/editable-text';

/**
 * Why a confidential item is exempt, as the private part's resolution cites it: the paragraph
 * number(s) of the exemption ("3", "1, 3"). Short text, saved as typed like the card's other
 * fields; the minutes gather the distinct paragraphs of all the private items.
 */
export function ExemptionField(props: {
  value: string;
  onCommit: (value: string, was: string) => Promise<void>;
}) {
  return (
    <EditableText
      label="Exemption paragraph"
      value={props.value}
      maxLength={limits.shortText}
      onCommit={props.onCommit}
      placeholder="e.g. 3 — cited in the private part’s resolution"
    />
  );
}
