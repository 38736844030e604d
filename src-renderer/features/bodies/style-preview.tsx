import { useMemo, useState } from 'react';
import type { Body } from '../../domain';
// The builder itself, not the minutes' index, which would pull the DOCX and PDF writers in.
import { buildMinutes } from '../../minutes/build';
import type { DocBlock, Variant } from '../../minutes/document';
import { headingNumber } from '../../minutes/house-style';
import { sampleArchive, sampleMeeting } from './style-sample';

function Block({ block }: { block: DocBlock }) {
  switch (block.kind) {
    case 'heading': {
      const number = headingNumber(block.level, block.number);
      const Tag = block.level === 1 ? 'h4' : 'h5';
      return (
        <Tag>
          {number !== '' && <span className="preview-number">{number}</span>}
          {block.text}
        </Tag>
      );
    }
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'bullets':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'decisions':
      return block.lead === null ? (
        <p>{block.lines.join(' ')}</p>
      ) : (
        <>
          <p>{block.lead}</p>
          {block.numbered === true ? (
            block.lines.map((line, i) => <p key={i}>{line}</p>)
          ) : (
            <ul>
              {block.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </>
      );
    case 'action': {
      // The builder words the label and says whether it follows the text, as the writers print it.
      const label = block.label;
      return (
        <p className="preview-action">
          {block.number !== undefined && <span className="preview-number">{block.number}</span>}
          {block.labelAfter ? (
            <>
              {block.text} <strong>{label}</strong>
            </>
          ) : (
            <>
              <strong>{label}</strong> {block.text}
            </>
          )}
        </p>
      );
    }
    case 'note':
      return (
        <p>
          <strong>{block.label}</strong> {block.text}
        </p>
      );
    case 'mark':
      return <p className="preview-mark">{block.text}</p>;
    case 'table':
      return (
        <table className="preview-table">
          {block.caption !== '' && <caption>{block.caption}</caption>}
          <thead>
            <tr>
              {block.columns.map((c) => (
                <th key={c.title}>{c.title}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

/**
 * A sample page of minutes in the body's style, built by the same document builder as the
 * exported minutes from a fixed sample meeting (style-sample.ts), in either variant; it
 * follows every change of the body's fields as soon as it is stored.
 */
export function StylePreview({ body }: { body: Body }) {
  const [variant, setVariant] = useState<Variant>('confidential');
  const document = useMemo(() => {
    try {
      return buildMinutes(sampleArchive(body), sampleMeeting.id, variant);
    } catch {
      return null;
    }
  }, [body, variant]);
  return (
    <div className="style-preview-wrap">
      <div className="choice-group" role="radiogroup" aria-label="Preview of">
        {(['confidential', 'public'] as const).map((v) => (
          <label key={v}>
            <input
              type="radio"
              name={`preview-${body.id}`}
              checked={variant === v}
              onChange={() => setVariant(v)}
            />
            {v === 'confidential' ? 'Confidential minutes' : 'Public minutes'}
          </label>
        ))}
      </div>
      {/* It scrolls: focusable so that the keyboard can scroll it too. */}
      <figure className="style-preview" aria-label="Preview of a sample page" tabIndex={0}>
        {document === null ? (
          <p className="muted">This style cannot be previewed.</p>
        ) : (
          <>
            <p className="preview-head">{document.classificationLabel}</p>
            <p className="preview-body-name">{document.header.bodyName}</p>
            <p className="preview-title">{document.header.title}</p>
            {document.header.lines.map((line) => (
              <p key={line} className="preview-line">
                {line}
              </p>
            ))}
            {document.blocks.map((block, i) => (
              <Block key={i} block={block} />
            ))}
          </>
        )}
      </figure>
    </div>
  );
}
