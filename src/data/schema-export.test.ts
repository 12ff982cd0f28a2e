// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from './schema';

/**
 * public/data/dataset.schema.json is generated from src/data/schema.ts. This test fails while
 * the file is stale; `npm run schema` (scripts/data/write-schema.ts) rewrites it.
 */
const SCHEMA_FILE = resolve(process.cwd(), 'public/data/dataset.schema.json');
const expected = `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;

describe('public/data/dataset.schema.json', () => {
  it('matches the zod schema in src/data/schema.ts', () => {
    let current = '';
    try {
      current = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      // A missing file is stale too; the message below says how to create it.
    }
    expect(
      current === expected,
      'public/data/dataset.schema.json is stale: run `npm run schema` to regenerate it from src/data/schema.ts',
    ).toBe(true);
  });

  it('describes the file format: the fixed top-level keys, all required', () => {
    const schema = datasetJsonSchema() as { required?: string[]; properties?: object };
    expect(Object.keys(schema.properties ?? {})).toEqual([
      'schemaVersion',
      'sources',
      'districts',
      'projects',
      'targets',
      'figures',
      'reports',
      'batches',
    ]);
    expect(schema.required).toEqual(Object.keys(schema.properties ?? {}));
  });

  it('treats fields with defaults as optional, as the file may omit them', () => {
    const defs = (datasetJsonSchema() as { $defs: Record<string, { required?: string[] }> }).$defs;
    expect(defs.Target?.required).not.toContain('projectIds');
    expect(defs.Target?.required).not.toContain('projectIds');
    expect(defs.Target?.required).toContain('deadline');
    expect(defs.Source?.required).not.toContain('dateEvidenceRefs');
  });
});
