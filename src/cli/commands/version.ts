import { readFileSync } from 'fs';
import { join } from 'path';
import { Command } from 'commander';

/** `cdk8s-superedge version`: the installed library's version. */
export function registerVersion(program: Command): void {
  program
    .command('version')
    .description('Print the version of cdk8s-superedge')
    .action(() => {
      const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
      process.stdout.write(`${pkg.version}\n`);
    });
}
