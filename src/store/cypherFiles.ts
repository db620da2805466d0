// Cypher lives in cypher/*.cypher as files a user can also paste into Neo4j Browser (after `:param`).
// They are read once, on first use, and served from memory after that.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../paths.js';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
const cache = new Map<string, string>();

/** The text of cypher/<name>.cypher (name may include a folder, e.g. "queries/role-by-id"). */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    const file = path.join(CYPHER_DIR, `${name}.cypher`);
    if (!fs.existsSync(file)) throw new Error(`Missing Cypher file ${path.relative(PROJECT_ROOT, file)}`);
    text = fs.readFileSync(file, 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** Splits a multi-statement script (schema.cypher) into statements; `;` ends a statement at line end. */
export function splitStatements(script: string): string[] {
  return script
    .split(/;\s*(?:\r?\n|$)/)
    .map((s) => s.split('\n').filter((l) => !/^\s*\/\//.test(l)).join('\n').trim())
    .filter((s) => s.length > 0);
}
