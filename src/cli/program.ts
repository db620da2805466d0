// The `rolegraph` program on commander: the commands of commands/index.ts, one help style, and usage
// mistakes turned into UsageError so the entry point prints them as one line.
import { Command, CommanderError, type Help } from 'commander';
import { UsageError } from '../importers/errors.js';
import { COMMANDS } from './commands/index.js';

const ROOT_BEFORE = 'rolegraph - a knowledge graph of technology roles in Neo4j\n';
const ROOT_AFTER = `
Run "rolegraph <command> --help" for the options of a command.

Connection: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD (and NEO4J_DATABASE). Without NEO4J_URI a local
Neo4j is started (NEO4J_BOLT_PORT, NEO4J_HTTP_PORT, NEO4J_HOME_DIR) and left running; stop it with
"npm run db:stop".`;

/** The full name of a command, e.g. "import esco". */
function fullName(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Commands are listed by what a user types: a command with subcommands (import) by each of them, with
 * its arguments as <placeholders> (a command that checks them itself declares them optional). */
const help: Partial<Help> = {
  visibleCommands: (cmd) => cmd.commands.flatMap((c) => (c.commands.length > 0 ? c.commands : [c])),
  subcommandTerm: (cmd) => [fullName(cmd), ...cmd.registeredArguments.map((a) => `<${a.name()}>`)].join(' '),
  showGlobalOptions: true,
};

export function buildProgram(): Command {
  const program = new Command('rolegraph')
    .usage('<command> [options]')
    .helpOption('-h, --help', 'show this help')
    .configureHelp(help)
    // Commander's own message and exit give way to the entry point's one line and exit code.
    .configureOutput({ outputError: () => {} })
    .exitOverride()
    .addHelpText('before', ROOT_BEFORE)
    .addHelpText('after', ROOT_AFTER);
  for (const add of COMMANDS) add(program);
  return program;
}

/** Commander's message in the CLI's own wording: one line, options bare, names in double quotes. */
export function usageError(e: CommanderError): UsageError {
  const message = e.message
    .replace(/^error: /, '')
    .replace(/'(-[^']*)'/g, '$1')
    .replace(/'([^']*)'/g, '"$1"')
    .replace(/\s*\n\s*/g, ' ');
  return new UsageError(message);
}

/** The command path argv names ("import esco"), for the "see rolegraph … --help" hint. */
export function commandNamed(program: Command, argv: readonly string[]): string {
  let cmd = program;
  for (const arg of argv) {
    const sub = cmd.commands.find((c) => c.name() === arg);
    if (!sub) break;
    cmd = sub;
  }
  return fullName(cmd);
}
