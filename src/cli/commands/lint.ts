import { Command, Option } from 'commander';
import { lintManifests, LintResult, ManifestShapeError } from '../../lint/lint-manifests';
import { formatReadError, readManifests } from '../../manifests';
import { UsageError } from '../usage-error';

interface LintFlags {
  readonly json?: boolean;
  readonly poolMetadataCrds?: boolean;
  readonly platform?: string;
  readonly podCidr?: string;
  readonly serviceCidr?: string;
  readonly vpcCidr?: string;
  readonly kubernetesVersion?: string;
  readonly containerRuntime?: string;
  readonly maxPodsPerNode?: string;
}

/**
 * `cdk8s-superedge lint PATH...`: the rules synthesis runs, on hand-written manifests.
 * Exit codes: 0 no error (warnings and notes allowed), 1 at least one error, 2 bad usage
 * or unreadable input.
 */
export function registerLint(program: Command): void {
  program
    .command('lint')
    .description('Check YAML/JSON manifests of a SuperEdge topology with the rules synthesis runs')
    .argument('<paths...>', 'manifest files or folders (*.yaml, *.yml, *.json, read recursively)')
    .option('--json', 'one JSON object per line: ruleId, severity, file, doc, kind, name, message, fix')
    .option('--pool-metadata-crds', 'the cluster runs grid CRDs that keep templatePool metadata (default: the upstream CRDs)')
    .addOption(new Option('--platform <platform>', 'the platform (default superedge)').choices(['superedge', 'tke-edge']))
    .option('--pod-cidr <cidr>', 'the cluster\'s Pod CIDR (not checked when not given)')
    .option('--service-cidr <cidr>', 'the cluster\'s Service CIDR (not checked when not given)')
    .option('--vpc-cidr <cidr>', 'the VPC CIDR of a TKE Edge cluster (not checked when not given)')
    .option('--kubernetes-version <version>', 'e.g. 1.22.5 (not checked when not given)')
    .addOption(new Option('--container-runtime <runtime>', 'the nodes\' container runtime (not checked when not given)').choices(['containerd', 'docker']))
    .option('--max-pods-per-node <n>', 'pods per node, which bounds the nodes the Pod CIDR holds (not checked when not given)')
    .addHelpText('after', [
      '',
      'Output: one line per finding, FILE#DOC Kind name: SE-XNN: message. Fix: fix',
      'Units, groups and grids the files refer to but do not define are unknown, not wrong: a note, never an error.',
      'Exit codes: 0 no error; 1 at least one error; 2 bad usage or unreadable input.',
      '',
      'Example: cdk8s-superedge lint manifests/ --pod-cidr 10.32.0.0/16 --service-cidr 10.40.0.0/16',
    ].join('\n'))
    .action((paths: string[], flags: LintFlags) => runLint(paths, flags));
}

function runLint(paths: string[], flags: LintFlags): void {
  const { documents, errors } = readManifests(paths);
  if (errors.length > 0) throw new UsageError(`cannot read every manifest:\n${errors.map(formatReadError).join('\n')}`);
  const maxPods = flags.maxPodsPerNode === undefined ? undefined : Number(flags.maxPodsPerNode);
  if (maxPods !== undefined && (!Number.isInteger(maxPods) || maxPods <= 0)) {
    throw new UsageError(`--max-pods-per-node ${flags.maxPodsPerNode}: not a positive whole number`);
  }
  let results: LintResult[];
  try {
    results = lintManifests(documents, {
      gridCrd: flags.poolMetadataCrds ? 'pool-metadata-preserved' : 'upstream',
      cluster: {
        platform: flags.platform,
        podCidr: flags.podCidr,
        serviceCidr: flags.serviceCidr,
        vpcCidr: flags.vpcCidr,
        kubernetesVersion: flags.kubernetesVersion,
        containerRuntime: flags.containerRuntime,
        maxPodsPerNode: maxPods,
      },
    });
  } catch (e) {
    if (e instanceof ManifestShapeError) throw new UsageError(`cannot read ${e.message}`);
    throw e;
  }
  for (const r of results) process.stdout.write(`${flags.json ? JSON.stringify(jsonOf(r)) : textOf(r)}\n`);
  if (results.some(r => r.severity === 'error')) process.exitCode = 1;
}

function where(r: LintResult): string {
  return r.file === undefined ? `${r.kind} ${r.name}` : `${r.file}#${r.doc} ${r.kind} ${r.name}`;
}

function textOf(r: LintResult): string {
  if (r.severity === 'note') return `${where(r)}: note: ${r.message}`;
  return `${where(r)}: ${r.ruleId}: ${r.message}. Fix: ${r.fix}`;
}

function jsonOf(r: LintResult) {
  return {
    ruleId: r.ruleId ?? null,
    severity: r.severity,
    file: r.file ?? null,
    doc: r.doc ?? null,
    kind: r.kind,
    name: r.name,
    message: r.message,
    fix: r.fix,
  };
}
