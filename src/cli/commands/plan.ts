import * as fs from 'fs';
import { Command } from 'commander';
import { Interner, fleetStateOf } from '../../plan/fleet-state';
import { computePlan } from '../../plan/plan-diff';
import { planJson, planMarkdown, planText } from '../../plan/plan-report';
import { readOutput } from '../../plan/read-output';
import { UsageError } from '../usage-error';

/** Exit code when more sites change than `--max-sites` allows. */
export const EXIT_TOO_MANY_SITES = 3;

/**
 * `cdk8s-superedge plan BASE HEAD`: which sites a change touches, and how, from two
 * synthesized outputs (a cdk8s dist/ folder or a GitOps layout each), with what the
 * grid controllers will create at every site expanded.
 */
export function registerPlan(program: Command): void {
  program
    .command('plan')
    .description('Compare two synthesized outputs (dist/ folders or GitOps layouts) site by site')
    .argument('<base>', 'the output before the change (e.g. the main branch\'s)')
    .argument('<head>', 'the output after the change (e.g. the pull request\'s)')
    .option('--json', 'print the plan as JSON: { "sitesChanged": N, "sites": {...}, "objects": {...} }')
    .option('--markdown <file>', 'also write a summary for a pull-request comment to FILE')
    .option('--max-sites <n>', 'exit 3 when more than N sites change (a blast-radius gate for CI)')
    .action((base: string, head: string, opts: { json?: boolean; markdown?: string; maxSites?: string }) => {
      let max: number | undefined;
      if (opts.maxSites !== undefined) {
        max = Number(opts.maxSites);
        if (!/^\d+$/.test(opts.maxSites) || !Number.isSafeInteger(max)) throw new UsageError(`--max-sites ${JSON.stringify(opts.maxSites)} is not a whole number of at least 0. Fix: pass e.g. --max-sites 50`);
      }
      const interner = new Interner(); // one for both sides: equal contents, equal ids
      const plan = computePlan(fleetStateOf(readOutput(base), interner), fleetStateOf(readOutput(head), interner));
      if (opts.markdown) {
        try {
          fs.writeFileSync(opts.markdown, planMarkdown(plan));
        } catch (e: any) {
          throw new UsageError(`cannot write ${opts.markdown}: ${e?.code ?? e?.message ?? e}`);
        }
      }
      process.stdout.write(opts.json ? planJson(plan) : planText(plan));
      if (max !== undefined && plan.sitesChanged > max) {
        process.stderr.write(`cdk8s-superedge: ${plan.sitesChanged} sites change, more than --max-sites ${max}\n`);
        process.exitCode = EXIT_TOO_MANY_SITES;
      }
    });
}
