import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { archiveSchema, archiveVersion } from '../src-renderer/domain/archive-schema';

/** Writes the JSON Schema of the archive format, generated from the validator itself. */
export function main(): number {
  const schema = {
    ...z.toJSONSchema(archiveSchema, { unrepresentable: 'any' }),
    $id: 'https://minutebook.example/archive.schema.json',
    title: `Minutebook archive, version ${String(archiveVersion)}`,
  };
  writeFileSync('docs/archive.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
  console.log('Wrote docs/archive.schema.json');
  return 0;
}
