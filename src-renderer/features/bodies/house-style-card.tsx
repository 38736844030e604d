import { useId } from 'react';
import { maxFirstMinuteNumber, type Body } from '../../domain';
import { useSaveStyle } from './use-save-style';
import { StyleChoice, StyleFlag, StyleText } from './style-fields';
import { StylePreview } from './style-preview';
import { StyleSources } from './style-sources';
import { WholeNumberField } from './whole-number-field';
import './house-style.css';

const numbering = [
  { value: 'meeting', label: 'From the first number in each meeting' },
  { value: 'running', label: 'Running on from meeting to meeting' },
  { value: 'none', label: 'Not numbered' },
] as const;
const people = [
  { value: 'names', label: 'Names' },
  { value: 'initials', label: 'Initials' },
] as const;
const placements = [
  { value: 'item', label: 'In their agenda item' },
  { value: 'appendix', label: 'In an appendix after the minutes' },
  { value: 'none', label: 'Not in the minutes' },
] as const;
const forms = [
  { value: 'verbs', label: 'The Panel NOTED …' },
  { value: 'resolved', label: 'RESOLVED that …' },
  { value: 'plain', label: 'Plain sentences: The Committee noted …' },
] as const;

const firstNumberError = (n: number) =>
  n <= maxFirstMinuteNumber
    ? undefined
    : `At most ${maxFirstMinuteNumber.toLocaleString('en-GB')}.`;

/**
 * The body's house style: its name, a preset or a style file to start from, the style fields
 * that have no editor elsewhere on the page (the reference template and its counter are on the
 * Action references card, the verbs and item lines on theirs), and a live preview of a sample
 * page of minutes.
 */
export function HouseStyleCard({ body }: { body: Body }) {
  const id = useId();
  const save = useSaveStyle(body.id);
  return (
    <section className="card form settings-card house-style" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>House style</h2>
      <StyleText body={body} field="styleName" label="Style name" />
      <StyleSources body={body} />
      <fieldset>
        <legend>Numbering</legend>
        <StyleChoice body={body} field="minuteNumbering" label="Item numbers" choices={numbering} />
        <WholeNumberField
          label="First number"
          value={body.firstMinuteNumber}
          max={maxFirstMinuteNumber}
          error={firstNumberError}
          hint="Where numbering starts: in each meeting, or for the first meeting when numbers run on."
          onCommit={(value) =>
            save({ firstMinuteNumber: value }, { firstMinuteNumber: body.firstMinuteNumber })
          }
        />
        <StyleFlag body={body} field="paragraphNumbers" label="Number paragraphs (5.1, 5.2)" />
      </fieldset>
      <fieldset>
        <legend>Private part</legend>
        <StyleFlag body={body} field="privatePart" label="Confidential items in a private part" />
        <StyleText body={body} field="privatePartHeading" label="Heading of the private part" />
        <StyleText
          body={body}
          field="privatePartResolution"
          label="Resolution that opens it"
          multiline
          placeholder="{paragraphs} cites the items’ exemption paragraphs"
        />
      </fieldset>
      <fieldset>
        <legend>Actions and people</legend>
        <StyleText
          body={body}
          field="actionLabel"
          label="Action label"
          placeholder="ACTION {ref}:"
        />
        <StyleText body={body} field="closedActionLabel" label="Closed action label" />
        <StyleChoice body={body} field="peopleDisplay" label="People shown by" choices={people} />
        <StyleChoice
          body={body}
          field="outstandingPlacement"
          label="Outstanding actions"
          choices={placements}
        />
        <p className="hint">
          The reference template and what its sequence counts over are set under Action references.
        </p>
      </fieldset>
      <fieldset>
        <legend>Wording</legend>
        <StyleText body={body} field="minutesTitle" label="Minutes title" />
        <StyleText body={body} field="agendaTitle" label="Agenda title" />
        <p className="hint">
          {'{meeting}'} the number, {'{body}'} the name, {'{weekday}'} Thursday, {'{date}'} 2
          October 2025, {'{time}'} 2.00 pm.
        </p>
        <StyleChoice body={body} field="decisionForm" label="Decisions read" choices={forms} />
      </fieldset>
      <h3>Preview</h3>
      <StylePreview body={body} />
      <p className="hint">
        A made-up meeting in this style: two public items, one with decisions and an action, and a
        confidential item.
      </p>
    </section>
  );
}
