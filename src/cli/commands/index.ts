import { Command } from 'commander';
import { registerTke } from './tke';
import { registerVersion } from './version';

/**
 * Every command of the command line, one file each. Add a command by writing
 * `commands/<name>.ts` with a `register<Name>(program)` function and calling it here.
 */
export function registerCommands(program: Command): void {
  registerVersion(program);
  registerTke(program);
}
