// The CLI's commands, in the order `rolegraph --help` lists them. A new command is a module beside these
// that adds itself to the program (commander), and one line here.
import type { Command } from 'commander';
import { crosswalkCommand } from './crosswalk.js';
import { importCommand } from './import.js';
import { linkCommand } from './link.js';
import { seedCommand } from './seed.js';
import { statsCommand } from './stats.js';
import { textCommands } from './text.js';

export const COMMANDS: ((program: Command) => void)[] = [importCommand, seedCommand, crosswalkCommand, linkCommand, textCommands, statsCommand];
