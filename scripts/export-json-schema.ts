// Writes src/shared/model/workspace.schema.json from the zod model. Run after changing src/shared/model:
//   npx tsx scripts/export-json-schema.ts
// test/unit/model/json-schema.test.ts fails while the committed file is stale.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { workspaceJsonSchemaText } from '../src/shared/model/json-schema.js';

const target = fileURLToPath(new URL('../src/shared/model/workspace.schema.json', import.meta.url));
await writeFile(target, workspaceJsonSchemaText());
console.log(`${target} を書き出しました。`);
