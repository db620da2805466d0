// The `rolegraph` command line (commands in commands/). Expected failures (missing file, bad header,
// malformed row, invalid curated data, Neo4j unreachable) print one line and exit 1; usage mistakes print
// one line pointing at the command's help and exit 2.
import { CommanderError } from 'commander';
import { CuratedDataError, ImportError, UsageError } from '../importers/errors.js';
import { LocalNeo4jError } from '../neo4j-local/localNeo4j.js';
import { DatabaseUnavailableError } from '../store/graph.js';
import { err } from './output.js';
import { buildProgram, commandNamed, usageError } from './program.js';

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  if (argv.length === 0) {
    program.outputHelp();
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError && e.exitCode === 0) return 0; // help shown
    const failure = e instanceof CommanderError ? usageError(e) : e;
    if (failure instanceof UsageError) {
      const cmd = commandNamed(program, argv);
      err(`rolegraph: ${failure.message} (see rolegraph ${cmd ? `${cmd} ` : ''}--help)`);
      return 2;
    }
    if (failure instanceof ImportError || failure instanceof CuratedDataError || failure instanceof LocalNeo4jError || failure instanceof DatabaseUnavailableError) {
      err(`rolegraph: ${failure.message}`);
      return 1;
    }
    throw failure;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    err(`rolegraph: unexpected error: ${(e as Error)?.stack ?? String(e)}`);
    process.exit(1);
  },
);
