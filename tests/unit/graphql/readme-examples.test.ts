// Every GraphQL example the README and docs/api.md show is valid against the checked-in schema, so the
// docs cannot drift from the code (an enum renamed, an argument dropped) without a test saying so.
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/paths.js';

const schema = buildSchema(fs.readFileSync(path.join(PROJECT_ROOT, 'schema.graphql'), 'utf8'));

/** The operations of the ```graphql blocks of a Markdown file: one per top-level brace group, with its line. */
function examples(file: string): { line: number; source: string }[] {
  const lines = fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8').split('\n');
  const out: { line: number; source: string }[] = [];
  let inBlock = false;
  let depth = 0;
  let current: { line: number; source: string } | null = null;
  lines.forEach((text, i) => {
    if (/^```/.test(text)) {
      inBlock = !inBlock && text.trim() === '```graphql';
      return;
    }
    if (!inBlock) return;
    const code = text.replace(/#.*$/, '');
    if (!current && code.trim() === '') return;
    current ??= { line: i + 1, source: '' };
    current.source += `${text}\n`;
    for (const ch of code.replace(/"[^"]*"/g, '')) depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
    if (depth === 0 && code.includes('}')) {
      out.push(current);
      current = null;
    }
  });
  return out;
}

describe.each(['README.md', 'docs/api.md'])('the GraphQL examples of %s', (file) => {
  const found = examples(file);

  it('are there', () => {
    expect(found.length).toBeGreaterThan(0);
  });

  it.each(found.map((e) => [e.line, e.source] as const))('line %i is valid against schema.graphql', (_line, source) => {
    expect(validate(schema, parse(source)).map((e) => e.message)).toEqual([]);
  });
});
