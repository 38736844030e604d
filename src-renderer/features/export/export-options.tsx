import type { DocumentKind, Variant } from '../../minutes';
import { documentNames, formatNames, variantNames, type Format } from './produce';

export type Choice<K extends string> = Record<K, boolean>;

function Checkboxes<K extends string>(props: {
  legend: string;
  names: Record<K, string>;
  value: Choice<K>;
  onChange: (value: Choice<K>) => void;
  disabled: boolean;
}) {
  return (
    <fieldset className="export-choice" disabled={props.disabled}>
      <legend>{props.legend}</legend>
      {(Object.keys(props.names) as K[]).map((key) => (
        <label key={key}>
          <input
            type="checkbox"
            checked={props.value[key]}
            onChange={(e) => props.onChange({ ...props.value, [key]: e.target.checked })}
          />
          {props.names[key]}
        </label>
      ))}
    </fieldset>
  );
}

/** Which documents (minutes, agenda), which variants (confidential, public), which formats. */
export function ExportOptions(props: {
  documents: Choice<DocumentKind>;
  variants: Choice<Variant>;
  formats: Choice<Format>;
  onDocuments: (value: Choice<DocumentKind>) => void;
  onVariants: (value: Choice<Variant>) => void;
  onFormats: (value: Choice<Format>) => void;
  onPrepare: () => void;
  busy: boolean;
}) {
  const none = [props.documents, props.variants, props.formats].some(
    (choice) => !Object.values(choice).some(Boolean),
  );
  return (
    <form
      aria-label="Documents to prepare"
      className="export-options card"
      onSubmit={(e) => {
        e.preventDefault();
        props.onPrepare();
      }}
    >
      <div className="row">
        <Checkboxes
          legend="Documents"
          names={documentNames}
          value={props.documents}
          onChange={props.onDocuments}
          disabled={props.busy}
        />
        <Checkboxes
          legend="Variants"
          names={variantNames}
          value={props.variants}
          onChange={props.onVariants}
          disabled={props.busy}
        />
        <Checkboxes
          legend="Formats"
          names={formatNames}
          value={props.formats}
          onChange={props.onFormats}
          disabled={props.busy}
        />
      </div>
      {none && <p className="hint">Choose at least one document, one variant and one format.</p>}
      <button type="submit" className="primary" disabled={props.busy || none}>
        {props.busy ? 'Preparing…' : 'Prepare documents'}
      </button>
    </form>
  );
}
