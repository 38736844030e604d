// Runs a TypeScript entry point of the repo in Node: esbuild bundles it (the app's own
// renderer code included, packages left to node_modules) into dist/cli, then it is imported
// and its `main(argv, { root })` decides the exit code. Each run writes its own bundle file, so two runs
// at once do not overwrite each other's.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles `entry` (relative to the repo) and returns the exit code of its `main(argv, { root })`. */
export async function runTs(entry, argv) {
  const name = `${path.basename(entry, '.ts')}-${String(process.pid)}-${String(Date.now())}.mjs`;
  const outfile = path.join(root, 'dist', 'cli', name);
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  try {
    const module = await import(pathToFileURL(outfile).href);
    return await module.main(argv, { root });
  } finally {
    await rm(outfile, { force: true });
  }
}
