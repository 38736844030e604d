// Random archives exported as DOCX and PDF, every file checked (scripts/fuzz.ts), with the
// app's own TypeScript code bundled on the fly by scripts/run-ts.mjs.
import { runTs } from './run-ts.mjs';

process.exitCode = await runTs('scripts/fuzz.ts', process.argv.slice(2));
