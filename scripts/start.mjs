// `npm start`: builds the app (`npm run build`) and runs it in Electron, as `electron .` would.
// The Electron binary is looked for first, without loading the `electron` package (its
// index.js tries to download a missing binary and then advises `npx install-electron`, which
// fails again offline): where it is missing, one line says so and names `npm run web`.
// MINUTEBOOK_ELECTRON_PACKAGE names another folder to look in than node_modules/electron.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The Electron executable as the `electron` package finds it (path.txt names it inside the
 * package's dist/, ELECTRON_OVERRIDE_DIST_PATH replaces that folder), or null when absent.
 */
function findElectronBinary() {
  const packageDir =
    process.env.MINUTEBOOK_ELECTRON_PACKAGE || path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override
    ? path.join(override, relative || 'electron')
    : relative && path.join(packageDir, 'dist', relative);
  return binary && existsSync(binary) ? binary : null;
}

const electron = findElectronBinary();
if (electron === null) {
  console.error(
    'Minutebook: the Electron runtime is not installed here (it could not be downloaded); run `npm run web` to use Minutebook in a browser instead.',
  );
  process.exit(1);
}

// The npm that runs this script runs the build too; run by hand, the npm on the PATH does.
const npm = process.env.npm_execpath;
const built = npm
  ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, stdio: 'inherit' })
  : spawnSync('npm', ['run', 'build'], {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
if (built.status !== 0) process.exit(built.status ?? 1);

const app = spawn(electron, ['.', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  windowsHide: false,
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!app.killed) app.kill(signal);
  });
}
app.on('error', (error) => {
  console.error(`Minutebook: Electron could not be started (${error.message}).`);
  process.exit(1);
});
app.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
