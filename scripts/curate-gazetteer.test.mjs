// @vitest-environment node
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { GAZETTEER_FILE, gazetteerJson } from './curate-gazetteer.mjs';

it('src/curation/gazetteer.json is what the generator writes (node scripts/curate-gazetteer.mjs)', async () => {
  expect(readFileSync(GAZETTEER_FILE, 'utf8')).toBe(await gazetteerJson());
});
