// `rolegraph crosswalk`: (re)applies data/crosswalk.yaml; import and seed apply it too, when curated
// roles are loaded. The crosswalk module (zod, yaml) is loaded only when a command applies it.
import type { Command } from 'commander';
import type { Graph } from '../../store/graph.js';
import { err, printReport } from '../output.js';
import { withGraph } from '../withGraph.js';

export interface CrosswalkAfter {
  crosswalk: boolean;
  json?: boolean;
}

const crosswalkModule = () => import('../../importers/crosswalk.js');

/** The crosswalk after an import or a seed, unless --no-crosswalk, and only once curated roles exist. */
export async function crosswalkAfter(graph: Graph, opts: CrosswalkAfter): Promise<void> {
  if (!opts.crosswalk) return;
  const { applyCrosswalk, curatedRolesExist, loadCrosswalk } = await crosswalkModule();
  if (!(await curatedRolesExist(graph))) {
    err('crosswalk: no curated roles loaded yet (run "rolegraph seed"), skipped');
    return;
  }
  printReport(await applyCrosswalk(graph, loadCrosswalk()), Boolean(opts.json));
}

export function crosswalkCommand(program: Command): void {
  program
    .command('crosswalk')
    .summary('Link curated roles to their nearest ESCO and O*NET occupations (data/crosswalk.yaml)')
    .description(
      "Writes (:Role)-[:MAPS_TO {basis, match, origin: 'crosswalk'}]->(:Role) from curated roles to ESCO and O*NET occupations listed in data/crosswalk.yaml. " +
        'Links whose ends are not loaded are skipped and reported; links no longer in the file are removed.',
    )
    .usage('[--file <crosswalk.yaml>] [--json]')
    .option('--file <crosswalk.yaml>', 'the crosswalk file (default data/crosswalk.yaml)')
    .option('--json', 'print the summary as JSON on stdout')
    .action(async (opts: { file?: string; json?: boolean }) => {
      const { applyCrosswalk, loadCrosswalk, CROSSWALK_FILE } = await crosswalkModule();
      const file = opts.file ?? CROSSWALK_FILE;
      const links = loadCrosswalk(file);
      await withGraph(async (graph) => printReport(await applyCrosswalk(graph, links, file), Boolean(opts.json)));
    });
}
