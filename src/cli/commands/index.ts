import { Command } from 'commander';
import { registerGraph } from './graph';
import { registerImport } from './import';
import { registerLint } from './lint';
import { registerPlan } from './plan';
import { registerTke } from './tke';
import { registerVersion } from './version';

/**
 * Every command of the command line, one file each. Add a command by writing
 * `commands/<name>.ts` with a `register<Name>(program)` function and calling it here.
 */
export function registerCommands(program: Command): void {
  registerVersion(program);
  registerImport(program);
  registerLint(program);
  registerTke(program);
  registerPlan(program);
  registerGraph(program);
}
