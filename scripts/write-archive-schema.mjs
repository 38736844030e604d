// Regenerates docs/archive.schema.json from the archive validator (src-renderer/domain).
import { runTs } from './run-ts.mjs';

process.exitCode = await runTs('scripts/archive-schema.ts', process.argv.slice(2));
