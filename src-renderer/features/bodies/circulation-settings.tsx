import { circulationPlaceholders, circulationTemplateError } from '../../domain/circulation';
import { limits, type Body } from '../../domain';
import { EditableText } from '../shared/editable-text';
import { useSaveField } from '../shell/app-context';

/** The subject and message of the e-mail that circulates a meeting's papers. */
export function CirculationSettings({ body }: { body: Body }) {
  const saveField = useSaveField();
  const save = (key: 'circulationSubject' | 'circulationMessage') => (value: string, was: string) =>
    saveField({ op: 'updateBody', id: body.id, patch: { [key]: value }, expected: { [key]: was } });
  const subjectError = circulationTemplateError('subject', body.circulationSubject);
  return (
    <section className="card form settings-card" aria-labelledby="circulation-heading">
      <h2 id="circulation-heading">Circulation e-mail</h2>
      <EditableText
        label="Subject"
        value={body.circulationSubject}
        maxLength={limits.shortText}
        onCommit={save('circulationSubject')}
      />
      {subjectError && <small className="error">{subjectError}</small>}
      <EditableText
        label="Message"
        multiline
        maxLength={limits.longText}
        value={body.circulationMessage}
        onCommit={save('circulationMessage')}
      />
      <dl className="token-legend" aria-label="Placeholders">
        {circulationPlaceholders.map(([token, meaning]) => (
          <div key={token}>
            <dt className="mono">{token}</dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">
        The placeholders are filled in when the papers are circulated from a meeting’s Documents
        screen. An e-mail carrying the confidential papers has “CONFIDENTIAL:” in front of its
        subject unless the subject already says so.
      </p>
    </section>
  );
}
