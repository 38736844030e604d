import { useId } from 'react';
import {
  type ActionRefCounter,
  actionRefTemplateError,
  bodySettingsLimits,
  formatActionRef,
  type ActionRefParts,
  type Body,
} from '../../domain';
import { useCommittedValue } from '../shared/use-committed-value';
import { useReportError } from '../shared/use-report-error';
import { useSaveField } from '../shell/app-context';

/** Formats other bodies use, offered in one click; each shows what it gives. */
const examples: readonly { template: string; parts: Omit<ActionRefParts, 'prefix'> }[] = [
  {
    template: '{prefix}{meeting}/{seq}',
    parts: { meetingNumber: 30, sequence: 1, meetingDate: '2016-03-10' },
  },
  {
    template: 'Action-SC-{yyyy}-{n}',
    parts: { meetingNumber: 12, sequence: 77, meetingDate: '2017-06-14' },
  },
  {
    template: '{prefix}-{yyyy}-{seq:3}',
    parts: { meetingNumber: 30, sequence: 14, meetingDate: '2025-03-10' },
  },
  {
    template: '{seq}/{dd}{mm}{yy}',
    parts: { meetingNumber: 4, sequence: 1, meetingDate: '2019-12-20' },
  },
];

const tokens: readonly [string, string][] = [
  ['{prefix}', 'action prefix'],
  ['{meeting}', 'meeting number'],
  ['{seq}', 'sequence, 2 digits'],
  ['{seq:3}', 'sequence, 3 digits'],
  ['{n}', 'sequence as is'],
  ['{yyyy}', 'year'],
  ['{yy}', 'year, 2 digits'],
  ['{mm}', 'month'],
  ['{dd}', 'day'],
];

/**
 * How the body's action references read. The example below the field follows what is typed,
 * for the first action of `sample` (the latest meeting, or an imagined first one).
 */
export function ActionRefTemplate({
  body,
  sample,
}: {
  body: Body;
  sample: Omit<ActionRefParts, 'prefix'>;
}) {
  const saveField = useSaveField();
  const report = useReportError();
  const id = useId();
  const field = useCommittedValue(
    body.actionRefTemplate,
    (template) =>
      actionRefTemplateError(template) === undefined
        ? saveField({ op: 'updateBody', id: body.id, patch: { actionRefTemplate: template } })
        : Promise.resolve(),
    report,
  );
  const error = actionRefTemplateError(field.value);
  const example = formatActionRef(field.value, { ...sample, prefix: body.actionPrefix });
  const choose = (template: string) => {
    field.change(template);
    field.flush();
  };
  return (
    <section className="card form settings-card" aria-labelledby="refs-heading">
      <h2 id="refs-heading">Action references</h2>
      <div className="field">
        <label htmlFor={id}>Reference template</label>
        <input
          id={id}
          className="mono"
          value={field.value}
          maxLength={bodySettingsLimits.maxTemplateLength}
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-example${error ? ` ${id}-error` : ''}`}
          onFocus={field.focus}
          onBlur={field.blur}
          onChange={(e) => field.change(e.target.value)}
        />
        {error && (
          <small id={`${id}-error`} className="error">
            {error} Not saved.
          </small>
        )}
      </div>
      <p className="ref-example" id={`${id}-example`}>
        <span className="muted">The first action of meeting {sample.meetingNumber} reads</span>{' '}
        <output className="ref-sample" data-testid="ref-example">
          {example}
        </output>
      </p>
      <dl className="token-legend" aria-label="Tokens">
        {tokens.map(([token, meaning]) => (
          <div key={token}>
            <dt className="mono">{token}</dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <div className="ref-examples" role="group" aria-label="Use a common format">
        <span className="hint">Common formats:</span>
        {examples.map((e) => (
          <button
            key={e.template}
            type="button"
            aria-pressed={field.value === e.template}
            onClick={() => choose(e.template)}
          >
            <strong className="mono">
              {formatActionRef(e.template, { ...e.parts, prefix: body.actionPrefix || 'SECP' })}
            </strong>
            <small className="mono muted">{e.template}</small>
          </button>
        ))}
      </div>
      <CounterSelect body={body} />
      <p className="hint">New actions take this format. References already given never change.</p>
    </section>
  );
}

const counters: readonly { value: ActionRefCounter; label: string }[] = [
  { value: 'meeting', label: 'Each meeting (starts at 1 every meeting)' },
  { value: 'year', label: 'Each year (runs on across the year’s meetings)' },
  { value: 'body', label: 'The body’s life (never starts again)' },
];

/** What the sequence counts over; a running one is kept on the body and never reused. */
function CounterSelect({ body }: { body: Body }) {
  const saveField = useSaveField();
  const report = useReportError();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>The sequence counts over</label>
      <select
        id={id}
        value={body.actionRefCounter}
        onChange={(e) => {
          const counter = counters.find((c) => c.value === e.target.value)?.value;
          if (counter === undefined) return;
          saveField({
            op: 'updateBody',
            id: body.id,
            patch: { actionRefCounter: counter },
            expected: { actionRefCounter: body.actionRefCounter },
          }).catch(report);
        }}
      >
        {counters.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
