// Exports the minutes of one meeting from an archive file, with the app's own TypeScript code
// (bundled once and kept until a source changes, by scripts/run-ts.mjs). See
// scripts/export-minutes.ts for the arguments.
import { runTs } from './run-ts.mjs';

process.exitCode = await runTs('scripts/export-minutes.ts', process.argv.slice(2));
