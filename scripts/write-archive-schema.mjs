// Regenerates docs/archive.schema.json from the archive validator (src-renderer/domain).
import { spawnSync } from 'node:child_process';
import { runTs } from './run-ts.mjs';

process.exitCode = await runTs('scripts/archive-schema.ts', process.argv.slice(2));
// Formatted as the rest of the repository is (npm run lint checks it).
if (process.exitCode === 0) {
  const formatted = spawnSync('npx', ['prettier', '--write', 'docs/archive.schema.json'], {
    stdio: 'inherit',
  });
  process.exitCode = formatted.status ?? 1;
}
