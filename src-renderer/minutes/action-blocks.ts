import { defaultActionLabel, formatActionLabel, ownerShown } from '../domain';
import type { Action, ArchiveBody, ArchiveMeeting } from '../domain';
import type { DocBlock } from './document';
import { actionSentence, shortDate } from './wording';

/** Typesets what the user typed (curly quotes, when the body says so); identity otherwise. */
type Typeset = (text: string) => string;

/**
 * An action in the minutes, set apart from the text around it, labelled as the body's style
 * says: "ACTION SECP30/01: SECAS to …", or "Circulate the report. Action: Head of Legal
 * Services." when the label names the owner.
 */
export function actionBlock(action: Action, typeset: Typeset, body?: ArchiveBody): DocBlock {
  const owner = ownerOf(body, action);
  const { label, after } = actionLabelOf(action, owner, body);
  return {
    kind: 'action',
    reference: action.reference,
    owner: typeset(owner),
    text: typeset(after ? ownWords(action.text) : actionSentence({ owner, text: action.text })),
    label: typeset(label),
    labelAfter: after,
  };
}

/** The action's label and where it stands, in the body's style ("ACTION {ref}:" by default). */
function actionLabelOf(action: Action, owner: string, body: ArchiveBody | undefined) {
  return formatActionLabel(body?.actionLabel ?? defaultActionLabel, action.reference, owner);
}

/** The action as a sentence of its own: "to circulate the report" → "Circulate the report." */
function ownWords(text: string): string {
  const trimmed = capitalise(text.trim().replace(/^to\s+/iu, ''));
  return trimmed === '' || /[.!?]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The action as the public minutes print it, for the leak guard's list of generated text. */
export function actionLine(action: Action, body?: ArchiveBody): string {
  const block = actionBlock(action, (t) => t, body);
  if (block.kind !== 'action') return '';
  return block.labelAfter ? `${block.text} ${block.label}` : `${block.label} ${block.text}`;
}

/** The owner as the body's style names people: the owning member's initials, or as typed. */
function ownerOf(body: ArchiveBody | undefined, action: Action): string {
  return body ? ownerShown(body.peopleDisplay, body.members, action) : action.owner;
}

/** The closing summary: a table of the actions the meeting raised, as the minutes show them. */
export function summaryBlocks(
  meeting: ArchiveMeeting,
  actions: readonly Action[],
  typeset: Typeset,
  body?: ArchiveBody,
): DocBlock[] {
  if (actions.length === 0) return [];
  return [
    { kind: 'heading', level: 1, number: '', text: 'Summary of actions' },
    {
      kind: 'table',
      caption: `Actions arising from Meeting ${String(meeting.number)}`,
      columns: [
        { title: 'Reference', width: 0.16 },
        { title: 'Owner', width: 0.14 },
        { title: 'Action', width: 0.52 },
        { title: 'Due', width: 0.18 },
      ],
      rows: actions.map((a) => [
        a.reference,
        typeset(ownerOf(body, a)),
        typeset(capitalise(a.text.trim())),
        shortDate(a.dueDate),
      ]),
    },
  ];
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en') + text.slice(1);
}
