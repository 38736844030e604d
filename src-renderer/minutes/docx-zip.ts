import JSZip from 'jszip';
import { tableStyleXml } from './docx-styles';

/**
 * Makes a DOCX byte-for-byte reproducible. docx stamps the creation and modification time in
 * docProps/core.xml and the zip entries carry the time of packing; both are set here to one
 * fixed instant, so two exports of the same minutes can be compared byte for byte. The table
 * style of the minutes is added to the styles part on the way.
 */

/** The instant written as the documents' creation and modification time. */
export const fixedDocxDate = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

const stamp = fixedDocxDate.toISOString().replace(/\.\d{3}Z$/, 'Z');

function fixCore(xml: string): string {
  return xml
    .replace(/(<dcterms:created\b[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
    .replace(/(<dcterms:modified\b[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
}

function addTableStyle(xml: string): string {
  return xml.replace('</w:styles>', `${tableStyleXml}</w:styles>`);
}

/** Rewrites the zip with fixed entry dates and fixed document dates, entries in the same order. */
export async function finishDocx(bytes: Uint8Array): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    let content: string | Uint8Array;
    if (entry.name === 'docProps/core.xml') content = fixCore(await entry.async('string'));
    else if (entry.name === 'word/styles.xml') content = addTableStyle(await entry.async('string'));
    else content = await entry.async('uint8array');
    out.file(entry.name, content, { date: fixedDocxDate, createFolders: false });
  }
  return out.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
  });
}
