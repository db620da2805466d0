// `rolegraph import esco|onet <dir>`: a dataset release into the graph, then the crosswalk.
import type { Command } from 'commander';
import { findEscoFiles } from '../../importers/esco/files.js';
import { importEsco } from '../../importers/esco/index.js';
import { UsageError } from '../../importers/errors.js';
import { findOnetFiles } from '../../importers/onet/files.js';
import { importOnet } from '../../importers/onet/index.js';
import { Progress } from '../../importers/progress.js';
import { printReport } from '../output.js';
import { withGraph } from '../withGraph.js';
import { crosswalkAfter, type CrosswalkAfter } from './crosswalk.js';
import { linkAfter } from './link.js';

interface ImportFlags extends CrosswalkAfter {
  link: boolean;
  batchSize?: number;
  datasetVersion?: string;
}

/** The release kinds: how to check a folder before a database starts, and how to import it. */
const KINDS = {
  esco: {
    summary: 'Import an ESCO CSV release (v1.1.1 or v1.2 file naming)',
    example: '../shared/datasets/esco-v1.1.1',
    check: findEscoFiles,
    run: importEsco,
  },
  onet: { summary: 'Import an O*NET text/Excel release (e.g. 29.3)', example: '../shared/datasets/onet-29.3', check: findOnetFiles, run: importOnet },
} as const;

const NEEDS_KIND = 'import needs a dataset kind, "esco" or "onet"';

function positiveInt(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} must be a positive integer`);
    return n;
  };
}

export function importCommand(program: Command): void {
  const command = program
    .command('import')
    .summary('Import a dataset release (esco or onet)')
    .description(
      'Imports a dataset release folder into Neo4j. Rows are MERGEd by id in batched transactions, so a second run (or a re-run after an interrupted one) gives the same graph. ' +
        'Rows that refer to concepts missing from the files are skipped and reported. Afterwards the crosswalk is applied if curated roles are loaded, and the sources are linked (rolegraph link).',
    )
    .usage('<esco|onet> <dir> [options]')
    .option('--batch-size <n>', 'rows per transaction (default 5000)', positiveInt('--batch-size'))
    .option('--dataset-version <v>', 'dataset version label, e.g. v1.2.0 (ESCO) or 29.3 (O*NET); defaults from the files')
    .option('--no-crosswalk', 'do not apply data/crosswalk.yaml afterwards')
    .option('--no-link', 'do not run rolegraph link afterwards')
    .option('--json', 'print the summary as JSON on stdout')
    .addHelpText('after', `\nExamples:\n${Object.entries(KINDS).map(([kind, k]) => `  rolegraph import ${kind} ${k.example}`).join('\n')}`)
    // Reached only when no kind matches a subcommand below.
    .argument('[kind]')
    .allowExcessArguments()
    .action((kind?: string) => {
      throw new UsageError(`${NEEDS_KIND} (got ${kind === undefined ? 'nothing' : `"${kind}"`})`);
    });

  for (const [kind, k] of Object.entries(KINDS)) {
    command
      .command(kind)
      .summary(k.summary)
      .usage('<dir> [options]')
      .argument('[dir]')
      .action(async (dir: string | undefined, _opts: unknown, self: Command) => {
        if (!dir) throw new UsageError(`import ${kind} needs the release folder, e.g. rolegraph import ${kind} ${k.example}`);
        const flags = self.optsWithGlobals<ImportFlags>();
        k.check(dir); // a missing folder or file fails before a database starts
        await withGraph(async (graph) => {
          const report = await k.run(graph, dir, { batchSize: flags.batchSize, version: flags.datasetVersion, progress: new Progress() });
          printReport(report, Boolean(flags.json));
          await crosswalkAfter(graph, flags);
          await linkAfter(graph, flags);
        });
      });
  }
}
