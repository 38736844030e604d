// `npm run test:crash -- [--cycles N] [--output DIR]`: the kill tests of tests/e2e/crash.spec.ts
// (a paragraph and an agenda title typed into, the browser killed, reopened) for N cycles each
// (50 unless told), and, last, "crash: N cycles, C characters lost older than 300 ms".
// The renderer is built first when it is missing or older than a source file: into
// MINUTEBOOK_E2E_DIST when that is set (served on MINUTEBOOK_E2E_PORT, see
// playwright.config.ts), else dist/renderer. Exits 1 when a test failed or C is not 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const usage = 'Usage: npm run test:crash -- [--cycles N] [--output DIR]';

function parse(argv) {
  const options = { cycles: 50, output: undefined };
  for (let i = 0; i < argv.length; i += 2) {
    const [name, value] = [argv[i], argv[i + 1]];
    if (name === '--cycles' && /^\d+$/.test(value ?? '') && Number(value) > 0)
      options.cycles = Number(value);
    else if (name === '--output' && value) options.output = path.resolve(value);
    else throw new Error(`Unknown or incomplete argument "${name}".`);
  }
  return options;
}

/** The newest modification time of the files under `dir`, 0 when there are none. */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  const stat = statSync(dir);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(dir).reduce((most, name) => Math.max(most, newest(path.join(dir, name))), 0);
}

function buildIfNeeded(dist) {
  const built = path.join(dist, 'index.html');
  const sources = ['src-renderer', 'assets', 'index.html', 'vite.config.ts', 'package.json'];
  const latest = Math.max(...sources.map((s) => newest(path.join(root, s))));
  if (existsSync(built) && statSync(built).mtimeMs >= latest) {
    console.log(`crash: the renderer in ${dist} is up to date`);
    return true;
  }
  console.log(`crash: building the renderer into ${dist}`);
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--outDir', dist, '--emptyOutDir'], {
    cwd: root,
    stdio: 'inherit',
  });
  return result.status === 0;
}

function main(argv) {
  let options;
  try {
    options = parse(argv);
  } catch (error) {
    console.error(error.message);
    console.error(usage);
    return 2;
  }
  const dist = process.env.MINUTEBOOK_E2E_DIST
    ? path.resolve(process.env.MINUTEBOOK_E2E_DIST)
    : path.join(root, 'dist', 'renderer');
  if (!buildIfNeeded(dist)) {
    console.error('crash: the renderer did not build');
    return 1;
  }
  const work = mkdtempSync(path.join(tmpdir(), 'minutebook-crash-run-'));
  const log = path.join(work, 'cycles.jsonl');
  const playwright = path.join(root, 'node_modules', '@playwright', 'test', 'cli.js');
  const args = [
    playwright,
    'test',
    'tests/e2e/crash.spec.ts',
    '--project',
    'crash',
    // The crash project waits for the web tests in a full run; here it runs on its own.
    '--no-deps',
    // The list only: the JSON report of playwright.config.ts is the full run's to write.
    '--reporter',
    'list',
    '--output',
    options.output ?? path.join(work, 'playwright'),
  ];
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      MINUTEBOOK_CRASH_CYCLES: String(options.cycles),
      MINUTEBOOK_CRASH_LOG: log,
    },
  });
  const records = existsSync(log)
    ? readFileSync(log, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line))
    : [];
  if (result.status === 0) rmSync(work, { recursive: true, force: true });
  else console.log(`crash: the run's files are kept in ${work}`);
  const lost = records.reduce((sum, r) => sum + r.lostOlderThanSafe, 0);
  const garbled = records.filter((r) => !r.keptAsTyped).length;
  for (const scenario of [...new Set(records.map((r) => r.scenario))]) {
    const mine = records.filter((r) => r.scenario === scenario);
    const sum = (key) => mine.reduce((total, r) => total + r[key], 0);
    console.log(
      `crash: ${scenario}: ${mine.length} cycles, ${sum('typed')} keys typed, ` +
        `${sum('lost')} not kept (typed within 300 ms of the kill or older), ` +
        `${sum('lostOlderThanSafe')} older than 300 ms`,
    );
  }
  if (garbled > 0) console.log(`crash: ${garbled} cycles kept text other than what was typed`);
  if (result.status !== 0) console.log('crash: playwright reported a failure (see above)');
  console.log(`crash: ${records.length} cycles, ${lost} characters lost older than 300 ms`);
  return result.status === 0 && lost === 0 && garbled === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
