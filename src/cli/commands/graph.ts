import * as fs from 'fs';
import { Command } from 'commander';
import { TopologyGraph } from '../../graph/topology-graph';
import { fleetStateOf } from '../../plan/fleet-state';
import { graphInputOf } from '../../plan/graph-adapter';
import { readOutput } from '../../plan/read-output';
import { UsageError } from '../usage-error';

const FORMATS = ['mermaid', 'svg', 'html'];

/** `cdk8s-superedge graph DIR`: a picture of the topology of a synthesized output. */
export function registerGraph(program: Command): void {
  program
    .command('graph')
    .description('Draw the topology of a synthesized output (dist/ folder or GitOps layout)')
    .argument('<dir>', 'the output: a cdk8s dist/ folder, a GitOps layout or a YAML file')
    .option('--format <format>', 'mermaid (text), svg, or html (one self-contained page)', 'mermaid')
    .option('--out <file>', 'write the picture to FILE instead of standard output')
    .option('--collapse <n>', 'draw a group of more than N units as one box with counts', '30')
    .option('--title <title>', 'the title of the picture')
    .action(async (dir: string, opts: { format: string; out?: string; collapse: string; title?: string }) => {
      if (!FORMATS.includes(opts.format)) throw new UsageError(`--format ${JSON.stringify(opts.format)} is not one of ${FORMATS.join(', ')}`);
      if (!/^\d+$/.test(opts.collapse) || Number(opts.collapse) < 1) throw new UsageError(`--collapse ${JSON.stringify(opts.collapse)} is not a whole number of at least 1`);
      const output = readOutput(dir);
      const input = graphInputOf(fleetStateOf(output), output.targetWaves, opts.title);
      const options = { collapseThreshold: Number(opts.collapse) };
      const text = opts.format === 'mermaid' ? TopologyGraph.mermaid(input, options)
        : opts.format === 'svg' ? await TopologyGraph.svg(input, options)
          : await TopologyGraph.html(input, options);
      if (opts.out) {
        try {
          fs.writeFileSync(opts.out, text);
        } catch (e: any) {
          throw new UsageError(`cannot write ${opts.out}: ${e?.code ?? e?.message ?? e}`);
        }
      } else {
        process.stdout.write(text);
      }
    });
}
