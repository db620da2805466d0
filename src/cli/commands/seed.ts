// `rolegraph seed`: (re)loads the curated graph, then applies the crosswalk.
import type { Command } from 'commander';
import { seedCurated } from '../../importers/curated/index.js';
import { err } from '../output.js';
import { withGraph } from '../withGraph.js';
import { crosswalkAfter, type CrosswalkAfter } from './crosswalk.js';

export function seedCommand(program: Command): void {
  program
    .command('seed')
    .summary('Load the curated roles, skills and tools from data/curated')
    .description('Loads the curated graph (data/curated/*.yaml) and then applies the crosswalk to any imported occupations.')
    .option('--no-crosswalk', 'do not apply data/crosswalk.yaml afterwards')
    .option('--json', 'print the crosswalk summary as JSON on stdout')
    .action(async (opts: CrosswalkAfter) => {
      await withGraph(async (graph) => {
        err(`seed: ${JSON.stringify(await seedCurated(graph))}`);
        await crosswalkAfter(graph, opts);
      });
    });
}
