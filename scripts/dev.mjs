// `npm run dev`: Vite dev server with hot reload for the renderer, esbuild watch for the main
// process and preload (Electron restarts when they change), Electron pointed at Vite.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { createServer } from 'vite';
import { builds } from './build-main.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const devPort = 5173;

/**
 * The Electron executable, found without importing the `electron` package: its index.js
 * tries to download a missing binary, which hangs or fails obscurely on an offline machine.
 */
function findElectronBinary() {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return path.join(override, relative ?? 'electron');
  if (relative === null) return null;
  const binary = path.join(packageDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}

const electronBinary = findElectronBinary();
if (electronBinary === null || !existsSync(electronBinary)) {
  console.error(
    [
      'npm run dev: the Electron binary is not installed (node_modules/electron/dist is missing).',
      "It is downloaded by `npm install` from Electron's release host; on a machine without",
      'access to it, run `npm run web` to develop the renderer in a browser instead, or set',
      'ELECTRON_OVERRIDE_DIST_PATH to a folder holding an Electron build.',
    ].join('\n'),
  );
  process.exit(1);
}

/** @type {import('node:child_process').ChildProcess | null} */
let electron = null;
let restarting = false;
/** @type {esbuild.BuildContext[]} */
let contexts = [];
/** @type {import('vite').ViteDevServer | null} */
let vite = null;

async function shutdown(code) {
  await Promise.allSettled([...contexts.map((context) => context.dispose()), vite?.close()]);
  process.exit(code);
}

function launchElectron(devUrl) {
  electron = spawn(electronBinary, ['.'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MINUTEBOOK_DEV_URL: devUrl },
  });
  electron.on('error', (error) => {
    console.error(`npm run dev: could not start Electron (${error.message}).`);
    void shutdown(1);
  });
  electron.on('exit', (code) => {
    if (restarting) return;
    void shutdown(code ?? 0);
  });
}

function restartElectron(devUrl) {
  if (electron === null) return;
  restarting = true;
  electron.once('exit', () => {
    restarting = false;
    launchElectron(devUrl);
  });
  electron.kill();
}

const devUrl = `http://localhost:${devPort}/`;
let firstBuild = true;
/** @type {esbuild.Plugin} */
const restartOnRebuild = {
  name: 'restart-electron',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length === 0 && !firstBuild) restartElectron(devUrl);
    });
  },
};

try {
  contexts = await Promise.all(
    builds.map((options) => esbuild.context({ ...options, plugins: [restartOnRebuild] })),
  );
  await Promise.all(contexts.map((context) => context.rebuild()));
  firstBuild = false;
  await Promise.all(contexts.map((context) => context.watch()));
  vite = await createServer({
    configFile: path.join(root, 'vite.config.ts'),
    server: { port: devPort, strictPort: true },
  });
  await vite.listen();
  vite.printUrls();
  launchElectron(devUrl);
} catch (error) {
  console.error('npm run dev failed:', error instanceof Error ? error.message : error);
  await shutdown(1);
}

process.on('SIGINT', () => {
  electron?.kill();
  void shutdown(130);
});
