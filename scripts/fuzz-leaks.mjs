// Random bodies exported public, counting leaks and false refusals (scripts/fuzz-leaks.ts),
// with the app's own TypeScript code bundled on the fly by scripts/run-ts.mjs.
import { runTs } from './run-ts.mjs';

process.exitCode = await runTs('scripts/fuzz-leaks.ts', process.argv.slice(2));
