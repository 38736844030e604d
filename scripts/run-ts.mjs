// Runs a TypeScript entry point of the repo in Node: esbuild bundles it (the app's own
// renderer code and its packages) once, and the bundle is kept until a file that went into it
// changes (scripts/cli/bundle-cache.mjs); then it is run and its `main(argv, { root })`
// decides the exit code.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCached } from './cli/bundle-cache.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs `entry` (relative to the repo) and returns the exit code of its `main(argv, { root })`. */
export async function runTs(entry, argv) {
  const { exports, keepCodeCache } = await loadCached(root, entry);
  try {
    return await exports.main(argv, { root });
  } finally {
    keepCodeCache();
  }
}
