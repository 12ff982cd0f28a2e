// `npm run schema`: rewrites public/data/dataset.schema.json from src/data/schema.ts. The test
// src/data/schema-export.test.ts fails while the file is stale.
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '@/data/schema';

const file = new URL('../../public/data/dataset.schema.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file.pathname}`);
