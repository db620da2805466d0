// The Cypher derived from the relationship table is committed as Browser files; they must match the code
// (like schema.graphql).
import { describe, expect, it } from 'vitest';
import { RELATIONSHIPS } from '../../../src/relationships.js';
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
});
