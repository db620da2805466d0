// `rolegraph seed`: (re)loads the curated graph, then applies the crosswalk. The curated loader (zod,
// yaml) is loaded only when the command runs, so other commands start without it.
import type { Command } from 'commander';
import { err } from '../output.js';
import { withGraph } from '../withGraph.js';
import { crosswalkAfter, type CrosswalkAfter } from './crosswalk.js';
import { linkAfter } from './link.js';

export function seedCommand(program: Command): void {
  program
    .command('seed')
    .summary('Load the curated roles, skills and tools from data/curated')
    .description('Loads the curated graph (data/curated/*.yaml) and then applies the crosswalk to any imported occupations and links the sources (rolegraph link).')
    .option('--no-crosswalk', 'do not apply data/crosswalk.yaml afterwards')
    .option('--no-link', 'do not run rolegraph link afterwards')
    .option('--json', 'print the crosswalk summary as JSON on stdout')
    .action(async (opts: CrosswalkAfter & { link: boolean }) => {
      const { seedCurated } = await import('../../importers/curated/index.js');
      await withGraph(async (graph) => {
        err(`seed: ${JSON.stringify(await seedCurated(graph))}`);
        await crosswalkAfter(graph, opts);
        await linkAfter(graph, opts);
      });
    });
}
