// Writes cypher/seed/curated.cypher from data/curated/*.yaml (`npm run seed:cypher`);
// `--check` exits 1 when the committed file is out of date instead of writing it.
import fs from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR, cypher } from '../src/store/cypherFiles.js';
import { loadCuratedData } from '../src/importers/curated/index.js';
import { renderCuratedCypher } from '../src/importers/curated/cypherScript.js';

const target = path.join(CYPHER_DIR, 'seed', 'curated.cypher');
const text = renderCuratedCypher(loadCuratedData(), cypher('schema'));

if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error('cypher/seed/curated.cypher is out of date: run `npm run seed:cypher`');
    process.exit(1);
  }
  console.log('cypher/seed/curated.cypher is up to date');
} else {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
  console.log(`wrote ${path.relative(process.cwd(), target)} (${text.length} bytes)`);
}
