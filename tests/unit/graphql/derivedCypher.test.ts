// The Cypher derived from the relationship table is committed as Browser files; they must match the code
// (like schema.graphql), and every writer of name keys must run the same clauses.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/paths.js';
import { RELATIONSHIPS } from '../../../src/relationships.js';
import { SYNC_NAME_KEYS } from '../../../src/store/writes/nameKeys.js';
import { keyedNodeMergeQuery } from '../../../src/importers/writer.js';
import { checkDerived, derivedFiles } from '../../../scripts/cypher.js';

describe('derived Cypher', () => {
  it('is up to date in cypher/queries (npx tsx scripts/cypher.ts write)', () => {
    expect(checkDerived()).toEqual([]);
  });

  it('has one Browser file per relationship list, with its :param lines', () => {
    const files = derivedFiles();
    expect(files.size).toBeGreaterThanOrEqual(RELATIONSHIPS.length);
    for (const text of files.values()) expect(text).toMatch(/^\/\/ :param first => \d+$/m);
  });

  it('keeps name keys with the same clauses in the importers and the curation upsert', () => {
    const upsert = fs.readFileSync(path.join(PROJECT_ROOT, 'cypher/mutations/set-node-keys.cypher'), 'utf8');
    expect(upsert).toContain(SYNC_NAME_KEYS);
    expect(keyedNodeMergeQuery('Skill')).toContain(SYNC_NAME_KEYS);
  });
});
