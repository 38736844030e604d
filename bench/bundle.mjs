// The app's own TypeScript, bundled by esbuild for a benchmark in Node (packages stay in
// node_modules) and imported; the bundle file is removed once loaded.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(import.meta.dirname, '..');

/** Imports `source` (esbuild's entryPoints or stdin options) bundled as `name`. */
export async function importBundled(name, source) {
  const outfile = join(root, 'dist', 'bench', `${name}-${String(process.pid)}.mjs`);
  await esbuild.build({
    absWorkingDir: root,
    ...source,
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}
