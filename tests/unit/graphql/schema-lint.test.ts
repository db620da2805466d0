// schema.graphql passes graphql-eslint's schema-recommended rules (with the deviations docs/api.md
// justifies) and graphql-schema-linter's Relay rules (scripts/lint-schema.ts, npm run lint:schema).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSchema } from '../../../scripts/lint-schema.js';

describe('schema lint', () => {
  it('finds nothing in schema.graphql', async () => {
    expect(await lintSchema()).toEqual([]);
  }, 60_000);

  it('reports what the rules are there for', async () => {
    // A type without an id or description, and a connection that breaks the Relay spec (no edges, no PageInfo, no after).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rolegraph-lint-'));
    const file = path.join(dir, 'bad.graphql');
    fs.writeFileSync(file, '"""Reads."""\ntype Query {\n  """Things."""\n  things(first: Int): ThingConnection!\n}\n\ntype Thing {\n  name: String\n}\n\n"""A page."""\ntype ThingConnection {\n  """Items."""\n  items: [Thing!]!\n}\n');
    try {
      const rules = new Set((await lintSchema(file)).map((f) => f.rule));
      expect(rules).toEqual(new Set(['@graphql-eslint/require-description', '@graphql-eslint/strict-id-in-types', 'relay-connection-types-spec', 'relay-connection-arguments-spec', 'relay-page-info-spec']));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
