// Reads data/curated/ (node files at the top, relationship files under relationships/) into
// { relative path: text }, the input parseCurated() validates.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../paths.js';

export const CURATED_DIR = path.join(PROJECT_ROOT, 'data', 'curated');

export function readCuratedFiles(dir: string = CURATED_DIR): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (/\.ya?ml$/.test(entry.name)) files[rel] = fs.readFileSync(path.join(dir, rel), 'utf8');
    }
  };
  walk('');
  return files;
}
