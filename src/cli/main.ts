#!/usr/bin/env node
/**
 * The `cdk8s-superedge` command line. Each command lives in its own file under
 * `commands/` and is registered in `commands/index.ts`.
 *
 * Exit codes shared by every command: 0 success, 1 the command's own "found a
 * problem" result (e.g. lint found an error), 2 bad usage or unreadable input (with
 * the reason on stderr), other codes as the command documents (plan: 3).
 */
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands';
import { UsageError } from './usage-error';

export const EXIT_USAGE = 2;

/** Builds the program (exported for tests that want to inspect the help texts). */
export function buildProgram(): Command {
  const program = new Command('cdk8s-superedge')
    .description('Lint, import, plan and draw SuperEdge / TKE Edge topologies')
    .showHelpAfterError()
    .exitOverride();
  registerCommands(program);
  for (const c of program.commands) c.exitOverride().showHelpAfterError();
  return program;
}

/** Runs the command line with `argv` (user arguments only) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end with exit code 0; every other parse error is usage.
      return e.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`cdk8s-superedge: ${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}

/**
 * A reader that closes the pipe early (`cdk8s-superedge lint . | head`) is not an error
 * of the command: stop quietly, as other command-line tools do, with the exit code so far.
 */
function exitOnClosedStdout(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

if (require.main === module) {
  exitOnClosedStdout();
  main(process.argv.slice(2)).then(
    code => { process.exitCode = code; },
    err => {
      process.stderr.write(`cdk8s-superedge: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
