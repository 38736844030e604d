/**
 * The faces the PDF minutes are set in: DejaVu Sans regular and bold (wide Latin, Greek and
 * Cyrillic coverage), shipped in assets/fonts. The PDF writer itself never reads files: it
 * receives the bytes, so it runs the same in Node and in the browser. How the bytes are read
 * is the caller's business: `fs` in Node, a Vite `?url` asset and `fetch` in the browser.
 */

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** File names in assets/fonts. */
export const pdfFontFiles = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

/**
 * Loads both faces through `read`, e.g. in Node:
 * `loadPdfFonts((name) => readFile(join(root, 'assets/fonts', name)))`.
 */
export async function loadPdfFonts(
  read: (fileName: string) => Promise<Uint8Array>,
): Promise<PdfFonts> {
  const [regular, bold] = await Promise.all([read(pdfFontFiles.regular), read(pdfFontFiles.bold)]);
  return { regular, bold };
}

/** Fetches both faces from their URLs (in the browser, the URLs Vite gives the assets). */
export async function fetchPdfFonts(
  urls: { regular: string; bold: string },
  fetchFile: (url: string) => Promise<Response> = (url) => fetch(url),
): Promise<PdfFonts> {
  const get = async (url: string): Promise<Uint8Array> => {
    const response = await fetchFile(url);
    if (!response.ok)
      throw new Error(`The font at ${url} could not be loaded (${response.status}).`);
    return new Uint8Array(await response.arrayBuffer());
  };
  const [regular, bold] = await Promise.all([get(urls.regular), get(urls.bold)]);
  return { regular, bold };
}
