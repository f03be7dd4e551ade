/**
 * npm run schemas: writes public/schemas/<name>.schema.json from the Zod schemas, for editors
 * (see src/lib/json-schema.ts). Run it after changing a schema and commit the result; a test fails
 * while the committed files are out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { editorSchemaFiles } from '../src/lib/json-schema.ts';

const directory = path.resolve('public/schemas');
mkdirSync(directory, { recursive: true });
for (const [name, text] of Object.entries(editorSchemaFiles())) {
  writeFileSync(path.join(directory, name), text);
  console.log(`wrote public/schemas/${name}`);
}
