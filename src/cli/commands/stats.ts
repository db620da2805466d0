// `rolegraph stats`: counts by label and relationship type, split by origin.
import type { Command } from 'commander';
import { out } from '../output.js';
import { formatStats, graphStats } from '../stats.js';
import { withGraph } from '../withGraph.js';

export function statsCommand(program: Command): void {
  program
    .command('stats')
    .summary('Count nodes by label, relationships by type, both by origin')
    .description('Counts nodes by label and relationships by type, each split by origin (curated, esco, onet, ...).')
    .usage('[--json]')
    .option('--json', 'print the counts as JSON on stdout')
    .action(async (opts: { json?: boolean }) => {
      const stats = await withGraph(graphStats);
      if (opts.json) out(JSON.stringify(stats, null, 2));
      else for (const line of formatStats(stats)) out(line);
    });
}
