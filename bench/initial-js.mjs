// Initial renderer JavaScript: what index.html makes the browser fetch before any
// interaction (entry scripts and modulepreloads). Lazily imported chunks, such as the
// export libraries, are deliberately left out: DESIGN.md budgets only the first load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Returns { files: [{ file, gzipBytes }], gzipKb } for the built renderer in `root`. */
export function initialJs(root) {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const srcs = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    if (!isScript && !/\brel=["']?modulepreload\b/i.test(tag)) continue;
    const url = /\b(?:src|href)=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    // Inline scripts have no src; absolute URLs would not be ours.
    if (url && !/^[a-z]+:/i.test(url)) srcs.add(url.replace(/^\.?\//, ''));
  }
  if (srcs.size === 0) throw new Error(`no script found in ${join(root, 'index.html')}`);
  const files = [...srcs].map((file) => ({
    file,
    gzipBytes: gzipSync(readFileSync(join(root, file))).length,
  }));
  // kB of 1000 bytes, as vite's build report prints them.
  const gzipKb = files.reduce((sum, f) => sum + f.gzipBytes, 0) / 1000;
  return { files, gzipKb };
}
