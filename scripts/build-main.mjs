// Bundles the Electron main process and the preload with esbuild.
//   node scripts/build-main.mjs           one build
//   node scripts/build-main.mjs --watch   rebuild on change (used by scripts/dev.mjs)
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist-electron');

/** @type {esbuild.BuildOptions} */
const shared = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'info',
  absWorkingDir: root,
};

/** @type {esbuild.BuildOptions[]} */
export const builds = [
  {
    ...shared,
    entryPoints: ['src-main/main.ts'],
    outfile: path.join(outdir, 'main.js'),
    format: 'esm',
    // Bundled CommonJS dependencies (ajv, via electron-store → conf) call require() for
    // Node built-ins; an ES module has no require of its own, so one is made here.
    banner: {
      js: "import { createRequire as __minutebookCreateRequire } from 'node:module';\nconst require = __minutebookCreateRequire(import.meta.url);",
    },
  },
  {
    ...shared,
    entryPoints: ['src-main/preload.ts'],
    outfile: path.join(outdir, 'preload.cjs'),
    // A sandboxed preload runs as a single CommonJS script that may require only 'electron'.
    format: 'cjs',
  },
];

/** Builds once, or starts watching; returns the contexts when watching. */
export async function buildMain({ watch = false } = {}) {
  if (!watch) {
    await Promise.all(builds.map((options) => esbuild.build(options)));
    return [];
  }
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  return contexts;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildMain({ watch: process.argv.includes('--watch') }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
