import { Command } from 'commander';
import { CallSetupError, callCreateTkeEdgeCluster } from '../../tke/create-cluster-call';
import { loadProgramClusters, pickCluster, ProgramFailedError, ProgramLoadError } from '../../tke/program-loader';
import { UsageError } from '../usage-error';

/**
 * `cdk8s-superedge tke create-cluster --program FILE [--cluster ID] [--dry-run]`: runs the
 * user's cdk8s program (as `cdk8s synth` would, its output going to a temporary folder),
 * takes the EdgeCluster it declares (by construct id with --cluster when there are
 * several), builds its CreateTKEEdgeCluster body (`EdgeCluster.tkeCreateRequest()`, which
 * checks the topology first) and prints it (--dry-run) or sends it through the official
 * SDK with the credentials of the environment, printing the new ClusterId.
 *
 * Exit codes: 0 done; 1 the topology or the request was refused, or the API call failed;
 * 2 usage, an unloadable program or missing credentials.
 */
export function registerTke(program: Command): void {
  const tke = program
    .command('tke')
    .description('Tencent TKE Edge: create the cluster a program declares');
  tke
    .command('create-cluster')
    .description('Build the CreateTKEEdgeCluster request of the EdgeCluster a cdk8s program declares, and print it (--dry-run) or send it')
    .requiredOption('--program <file>', 'the cdk8s app (main.ts through ts-node, or main.js) that declares the EdgeCluster')
    .option('--cluster <id>', 'construct id (or path) of the EdgeCluster, when the program declares several')
    .option('--dry-run', 'print the request body as JSON instead of sending it')
    .option('--endpoint <url>', 'another API endpoint than https://tke.tencentcloudapi.com')
    .action(async (opts: { program: string; cluster?: string; dryRun?: boolean; endpoint?: string }) => {
      let cluster: any;
      try {
        cluster = pickCluster(loadProgramClusters(opts.program), opts.cluster, opts.program);
      } catch (e) {
        if (e instanceof ProgramLoadError) throw new UsageError(e.message);
        if (e instanceof ProgramFailedError) return fail(e.message);
        throw e;
      }
      let body: any;
      try {
        body = cluster.tkeCreateRequest();
      } catch (e) {
        return fail(e instanceof Error ? e.message : String(e));
      }
      if (opts.dryRun) {
        process.stdout.write(`${JSON.stringify(body, undefined, 2)}\n`);
        return;
      }
      try {
        const id = await callCreateTkeEdgeCluster(body, { region: cluster.region, endpoint: opts.endpoint, env: process.env });
        process.stdout.write(`${id}\n`);
      } catch (e: any) {
        if (e instanceof CallSetupError) throw new UsageError(e.message);
        const code = e?.code ? `${e.code}: ` : '';
        const request = e?.requestId ? ` (RequestId ${e.requestId})` : '';
        return fail(`CreateTKEEdgeCluster failed: ${code}${e?.message ?? String(e)}${request}`);
      }
    });
}

function fail(message: string): void {
  process.stderr.write(`cdk8s-superedge: ${message}\n`);
  process.exitCode = 1;
}
