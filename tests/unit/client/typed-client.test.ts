// The typed client's generated code (examples/typed-client/src/gql/) is committed; like schema.graphql
// it must match what its sources generate, and its manifest must be one safelist mode accepts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSafelist } from '../../../src/http/persistedOperations.js';
import { checkClient, generatedClient } from '../../../scripts/client.js';

describe('the typed client (GraphQL Code Generator client preset)', () => {
  it('is up to date with schema.graphql and the example\'s documents (npm run client:check)', async () => {
    expect(await checkClient()).toBeNull();
  }, 60_000);

  it('writes a SHA-256 manifest of every operation, loadable as ROLEGRAPH_PERSISTED_OPERATIONS', async () => {
    const manifest = (await generatedClient()).find((o) => o.file.endsWith('persisted-documents.json'))!;
    expect(path.relative(process.cwd(), manifest.file)).toBe(path.join('examples', 'typed-client', 'src', 'gql', 'persisted-documents.json'));
    const safelist = loadSafelist(manifest.file);
    const declared = [...fs.readFileSync('examples/typed-client/src/operations.ts', 'utf8').matchAll(/^\s*query (\w+)/gm)].map((m) => m[1]);
    expect(declared.length).toBeGreaterThanOrEqual(8);
    expect([...safelist.operationNames].sort()).toEqual([...declared].sort());
  }, 60_000);
});
