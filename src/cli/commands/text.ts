// `rolegraph extract FILE` and `rolegraph match FILE`: the skills a CV or job ad names, and the roles it
// fits, from a .txt, .md or .pdf file, on the graph as the API sees it (the same analytics service).
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AnalyticsService } from '../../analytics/service.js';
import { limitsConfig } from '../../config.js';
import { ImportError } from '../../importers/errors.js';
import { out } from '../output.js';
import { pdfText, PdfTextError } from '../pdfText.js';
import { withGraph } from '../withGraph.js';

const READABLE = new Set(['.txt', '.md', '.markdown', '.text', '.pdf']);

/** The file's text (a PDF's text layer), or one line saying why it cannot be read. */
async function readText(file: string): Promise<string> {
  const ext = path.extname(file).toLowerCase();
  if (!READABLE.has(ext)) throw new ImportError(file, undefined, `cannot read ${ext || 'files without an extension'}: give a .txt, .md or .pdf file (save a Word CV as PDF or text first)`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new ImportError(file, undefined, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read it (${(e as Error).message})`);
  }
  let text: string;
  try {
    text = ext === '.pdf' ? await pdfText(bytes) : bytes.toString('utf8');
  } catch (e) {
    throw e instanceof PdfTextError ? new ImportError(file, undefined, e.message) : e;
  }
  const max = limitsConfig().maxTextChars;
  if (text.trim() === '') throw new ImportError(file, undefined, 'the file is empty');
  if (text.length > max) throw new ImportError(file, undefined, `the text has ${text.length} characters, more than ROLEGRAPH_MAX_TEXT_CHARS (${max})`);
  return text;
}

const pct = (x: number) => `${Math.round(100 * x)}%`;

export function textCommands(program: Command): void {
  program
    .command('extract')
    .summary('List the skills and tools a CV or job ad names (a .txt, .md or .pdf file)')
    .description('Finds every skill, tool and practice the text names (labels, aliases, and the meaning of its clauses), one per concept across sources, with where it is named. Nothing is stored.')
    .usage('<file> [--json]')
    .argument('<file>', 'a .txt, .md or .pdf file')
    .option('--json', 'print the skills as JSON on stdout')
    .action(async (file: string, opts: { json?: boolean }) => {
      const text = await readText(file);
      const found = await withGraph((graph) => new AnalyticsService(graph, { warmPaths: false }).extractSkills(text));
      if (opts.json) {
        out(JSON.stringify(found.map((e) => ({ id: e.node.id, name: e.node.name, kind: e.node.kind, origin: e.node.origin, matchedBy: e.by, confidence: e.confidence, mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })), sameAs: e.sameAs })), null, 2));
        return;
      }
      out(`${found.length} skills, tools and practices in ${file}:`);
      for (const e of found) {
        const line = text.normalize('NFKC').slice(0, e.mentions[0].start).split('\n').length;
        out(`  ${e.node.name} (${e.node.kind}, ${e.node.origin}) — ${e.by}, ${e.confidence.toFixed(2)}, ${e.mentions.length}× first on line ${line}: "${e.mentions[0].text}"`);
      }
    });
  program
    .command('match')
    .summary('Rank the roles a CV or profile (a .txt, .md or .pdf file) fits')
    .description('Extracts the skills and tools the text names (as `rolegraph extract` does) and ranks every role by how well they and the whole text fit it (matchRoles(profileText:)). Nothing is stored.')
    .usage('<file> [--first <n>] [--json]')
    .argument('<file>', 'a .txt, .md or .pdf file')
    .option('--first <n>', 'how many roles (default 10)', (v) => Number.parseInt(v, 10), 10)
    .option('--json', 'print the roles as JSON on stdout')
    .action(async (file: string, opts: { first: number; json?: boolean }) => {
      const text = await readText(file);
      const rows = await withGraph(async (graph) => {
        const service = new AnalyticsService(graph, { warmPaths: false });
        const matches = await service.matchRolesFromText(text, Math.max(1, Math.min(100, opts.first || 10)));
        const n = await service.namer();
        return matches.map((m) => ({ ...m, name: n('role', m.id).name, missingNames: m.missing.slice(0, 5).map((id) => n('skill', id).name) }));
      });
      if (opts.json) {
        out(JSON.stringify(rows, null, 2));
        return;
      }
      out(`Roles that fit ${file}:`);
      rows.forEach((r, i) => out(`  ${i + 1}. ${r.name} — score ${r.score.toFixed(2)}, covers ${pct(r.coverage)} of it${r.text === null ? '' : `, the text ${pct(r.text)} close to its description`}${r.missingNames.length ? `; to learn first: ${r.missingNames.join(', ')}` : ''}`));
    });
}
