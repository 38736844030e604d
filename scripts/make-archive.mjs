// Writes a generated archive of realistic size (see scripts/make-archive.ts for the
// arguments), with the app's own TypeScript code, bundled once by scripts/run-ts.mjs.
import { runTs } from './run-ts.mjs';

process.exitCode = await runTs('scripts/make-archive.ts', process.argv.slice(2));
