/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { parseArchive, type Archive } from '../../src-renderer/domain';

/** The reference archive (SEC Panel, meeting 30), parsed and validated; a fresh copy each call. */
export function referenceArchive(): Archive {
  const text = readFileSync(
    new URL('../fixtures/sec-panel-30.archive.json', import.meta.url),
    'utf8',
  );
  const parsed = parseArchive(text);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.archive;
}
