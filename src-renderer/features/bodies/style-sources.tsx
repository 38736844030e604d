import { useId, useRef, useState, type ChangeEvent } from 'react';
import { presetStyle, styleOf, stylePresets, type Body, type HouseStyle } from '../../domain';
import { parseStyleFile, serializeStyle, styleFileName, stylePatch } from '../../domain/style-file';
import { useReportError } from '../shared/use-report-error';
import { useServices } from '../shell/app-context';
import { StyleChangeConfirm } from './style-change-confirm';
import { useSaveStyle } from './use-save-style';

/** A whole style waiting for the secretary's confirmation, and where it came from. */
interface Pending {
  style: HouseStyle;
  source: string;
}

/**
 * Where a whole style comes from and goes to: a preset to apply ("Apply a preset…"), a style
 * file to export, and one to import. Applying a style, from a preset or a file, asks first and
 * says what changes; a bad file is refused with what is wrong with it.
 */
export function StyleSources({ body }: { body: Body }) {
  const id = useId();
  const { platform, store } = useServices();
  const report = useReportError();
  const save = useSaveStyle(body.id);
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const current = styleOf(body);

  const choosePreset = (value: string) => {
    const preset = stylePresets.find((p) => p.id === value);
    if (preset === undefined) return;
    setError(null);
    setPending({
      style: presetStyle(preset.id),
      source: `the preset “${preset.style.styleName}”`,
    });
  };

  const apply = async () => {
    if (pending === null) return;
    setBusy(true);
    try {
      const { patch, expected } = stylePatch(current, pending.style);
      await save(patch, expected);
      setPending(null);
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  const exportStyle = async () => {
    try {
      const result = await platform.saveFile({
        suggestedName: styleFileName(current),
        bytes: new TextEncoder().encode(serializeStyle(current)),
        filters: [{ name: 'Minutebook style', extensions: ['json'] }],
      });
      if (result.ok) {
        const where = platform.kind === 'browser' ? 'downloaded as' : 'saved to';
        store.getState().notify({ tone: 'info', message: `Style ${where} ${result.path}` });
      } else if (result.reason !== 'cancelled') {
        store.getState().notify({ tone: 'error', message: `Style not saved: ${result.message}` });
      }
    } catch (e) {
      report(e);
    }
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setPending(null);
    const read = parseStyleFile(await file.text());
    if (!read.ok) {
      setError(`${file.name} was not imported; nothing was changed. ${read.error}`);
      return;
    }
    setError(null);
    setPending({ style: read.style, source: `the style file “${file.name}”` });
  };

  return (
    <div className="style-sources">
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-preset`}>Apply a preset…</label>
          <select
            id={`${id}-preset`}
            value=""
            onChange={(e) => choosePreset(e.target.value)}
            disabled={busy}
          >
            <option value="">Choose a preset</option>
            {stylePresets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.style.styleName}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={() => void exportStyle()}>
          Export style
        </button>
        <button type="button" onClick={() => input.current?.click()} disabled={busy}>
          Import style…
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="style-file-input"
          aria-label="Style file to import"
          // The button above is the way in, for the keyboard and for assistive technology alike.
          aria-hidden="true"
          tabIndex={-1}
          onChange={(e) => void importFile(e)}
        />
      </div>
      {error !== null && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {pending !== null && (
        <StyleChangeConfirm
          from={current}
          to={pending.style}
          source={pending.source}
          busy={busy}
          onApply={() => void apply()}
          onCancel={() => setPending(null)}
        />
      )}
    </div>
  );
}
