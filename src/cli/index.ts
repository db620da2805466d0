// The `rolegraph` command line: import esco|onet, seed, crosswalk, stats. Expected failures (missing
// file, bad header, malformed row, Neo4j unreachable, usage) print one line and exit non-zero.
import { neo4jConfig } from '../config.js';
import { applySchema, connect } from '../store/connect.js';
import { DatabaseUnavailableError, type Graph } from '../store/graph.js';
import { LocalNeo4jError } from '../neo4j-local/localNeo4j.js';
import { applyCrosswalk, curatedRolesExist, loadCrosswalk, CROSSWALK_FILE } from '../importers/crosswalk.js';
import { ImportError, UsageError } from '../importers/errors.js';
import { importEsco } from '../importers/esco/index.js';
import { importOnet } from '../importers/onet/index.js';
import { Progress } from '../importers/progress.js';
import type { ImportReport } from '../importers/report.js';
import { intFlag, parseArgs, type ParsedArgs } from './args.js';
import { CROSSWALK_HELP, IMPORT_HELP, ROOT_HELP, SEED_HELP, STATS_HELP } from './help.js';
import { formatStats, graphStats } from './stats.js';

const err = (line: string) => process.stderr.write(`${line}\n`);
const out = (line: string) => process.stdout.write(`${line}\n`);

/** Import transactions write thousands of rows (and their full-text index entries) each. */
const IMPORT_TX_TIMEOUT_MS = 300_000;

/** Connects (starting the local Neo4j when NEO4J_URI is unset), applies the schema, runs `work`. */
async function withGraph<T>(work: (graph: Graph) => Promise<T>): Promise<T> {
  const cfg = neo4jConfig();
  const { graph, local } = await connect({ ...cfg, queryTimeoutMs: Math.max(cfg.queryTimeoutMs, IMPORT_TX_TIMEOUT_MS) }, err);
  try {
    await applySchema(graph);
    return await work(graph);
  } finally {
    await graph.close();
    if (local && !local.reused) err(`Neo4j keeps running at ${local.uri} (stop it with: npm run db:stop)`);
  }
}

function printReport(report: ImportReport, args: ParsedArgs): void {
  if (args.flags.has('json')) out(JSON.stringify(report.toJSON(), null, 2));
  else for (const line of report.format()) err(line);
}

async function crosswalkAfterImport(graph: Graph, args: ParsedArgs): Promise<void> {
  if (args.flags.has('no-crosswalk')) return;
  if (!(await curatedRolesExist(graph))) {
    err('crosswalk: no curated roles loaded yet (run "rolegraph seed"), skipped');
    return;
  }
  printReport(await applyCrosswalk(graph, loadCrosswalk()), args);
}

async function runImport(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: ['batch-size', 'dataset-version'], booleans: ['no-crosswalk', 'json'] });
  if (args.flags.has('help')) return out(IMPORT_HELP), 0;
  const [kind, dir, ...extra] = args.positionals;
  if (kind !== 'esco' && kind !== 'onet') throw new UsageError(`import needs a dataset kind, "esco" or "onet" (got ${kind === undefined ? 'nothing' : `"${kind}"`})`);
  if (!dir) throw new UsageError(`import ${kind} needs the release folder, e.g. rolegraph import ${kind} ../shared/datasets/${kind === 'esco' ? 'esco-v1.1.1' : 'onet-29.3'}`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const batchSize = intFlag(args, 'batch-size');
  const version = args.flags.get('dataset-version') as string | undefined;
  // Fail on a missing folder or file before starting a database.
  if (kind === 'esco') (await import('../importers/esco/files.js')).findEscoFiles(dir);
  else (await import('../importers/onet/files.js')).findOnetFiles(dir);
  return withGraph(async (graph) => {
    const opts = { batchSize, version, progress: new Progress() };
    const report = kind === 'esco' ? await importEsco(graph, dir, opts) : await importOnet(graph, dir, opts);
    printReport(report, args);
    await crosswalkAfterImport(graph, args);
    return 0;
  });
}

async function runSeed(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: [], booleans: ['no-crosswalk', 'json'] });
  if (args.flags.has('help')) return out(SEED_HELP), 0;
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
  // Imported lazily: the curated loader is a separate module that may evolve on its own.
  const { seedCurated } = (await import('../importers/curated/index.js')) as { seedCurated: (g: Graph) => Promise<unknown> };
  return withGraph(async (graph) => {
    const result = await seedCurated(graph);
    if (result !== undefined) err(`seed: ${typeof result === 'object' ? JSON.stringify(result) : String(result)}`);
    await crosswalkAfterImport(graph, args);
    return 0;
  });
}

async function runCrosswalk(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: ['file'], booleans: ['json'] });
  if (args.flags.has('help')) return out(CROSSWALK_HELP), 0;
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
  const file = (args.flags.get('file') as string | undefined) ?? CROSSWALK_FILE;
  const links = loadCrosswalk(file);
  return withGraph(async (graph) => {
    printReport(await applyCrosswalk(graph, links, file), args);
    return 0;
  });
}

async function runStats(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: [], booleans: ['json'] });
  if (args.flags.has('help')) return out(STATS_HELP), 0;
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0]}"`);
  return withGraph(async (graph) => {
    const stats = await graphStats(graph);
    if (args.flags.has('json')) out(JSON.stringify(stats, null, 2));
    else for (const line of formatStats(stats)) out(line);
    return 0;
  });
}

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  import: runImport,
  seed: runSeed,
  crosswalk: runCrosswalk,
  stats: runStats,
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    out(ROOT_HELP);
    return command === undefined ? 2 : 0;
  }
  const run = COMMANDS[command];
  try {
    if (!run) throw new UsageError(`unknown command "${command}"`);
    return await run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`rolegraph: ${e.message} (see rolegraph ${command in COMMANDS ? `${command} ` : ''}--help)`);
      return 2;
    }
    if (e instanceof ImportError || e instanceof LocalNeo4jError || e instanceof DatabaseUnavailableError) {
      err(`rolegraph: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    err(`rolegraph: unexpected error: ${(e as Error)?.stack ?? String(e)}`);
    process.exit(1);
  },
);
