import { mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'fs';
import { basename, dirname, join } from 'path';
import { Command, Option } from 'commander';
import { importManifests } from '../../importer/importer';
import { formatReadError, readManifests } from '../../manifests';
import { UsageError } from '../usage-error';

interface ImportFlags {
  readonly out: string;
  readonly library: string;
  readonly cluster: string;
  readonly platform?: string;
  readonly podCidr?: string;
  readonly serviceCidr?: string;
  readonly kubernetesVersion?: string;
  readonly poolMetadataCrds?: boolean;
}

/**
 * `cdk8s-superedge import PATH... --out FILE.ts`: writes a TypeScript program that
 * synthesizes the same objects with this library (see docs/import.md). Exit codes: 0
 * written; 1 written, but the library's rules refuse the imported topology (listed on
 * stderr); 2 bad usage, or input that cannot be read (nothing is written).
 */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('Write a cdk8s-superedge TypeScript program that synthesizes the objects of existing YAML/JSON manifests')
    .argument('<paths...>', 'manifest files or folders (*.yaml, *.yml, *.json, read recursively)')
    .requiredOption('-o, --out <file.ts>', 'the program to write (replaced atomically)')
    .option('--library <module>', 'the module the program imports the library from', 'cdk8s-superedge')
    .option('--cluster <id>', 'construct id of the EdgeCluster, hence the output file <id>.k8s.yaml', 'edge')
    .addOption(new Option('--platform <platform>', 'the platform written on the EdgeCluster').choices(['superedge', 'tke-edge']))
    .option('--pod-cidr <cidr>', 'the cluster\'s Pod CIDR, written on the EdgeCluster (checked by the rules)')
    .option('--service-cidr <cidr>', 'the cluster\'s Service CIDR, written on the EdgeCluster (checked by the rules)')
    .option('--kubernetes-version <version>', 'the cluster\'s Kubernetes version, e.g. 1.22.5')
    .option('--pool-metadata-crds', 'the cluster runs grid CRDs that keep templatePool metadata (GridCrd.POOL_METADATA_PRESERVED on every grid)')
    .addHelpText('after', [
      '',
      'Every field of every object is reproduced: what the constructs do not say is kept as a JSON patch in the',
      'program; what is left out (status, server-written metadata) is listed on stderr as',
      '  FILE#DOC Kind name: not imported: why',
      'Exit codes: 0 written; 1 written, but the library\'s rules find errors in the topology (listed);',
      '2 bad usage or unreadable input (nothing written).',
      '',
      'Example: cdk8s-superedge import manifests/ --out main.ts',
    ].join('\n'))
    .action((paths: string[], flags: ImportFlags) => runImport(paths, flags));
}

function runImport(paths: string[], flags: ImportFlags): void {
  const { documents, errors } = readManifests(paths);
  if (errors.length > 0) {
    throw new UsageError(`cannot read every manifest, so nothing is written:\n${errors.map(formatReadError).join('\n')}`);
  }
  if (documents.length === 0) throw new UsageError(`no Kubernetes objects in ${paths.join(', ')}`);
  checkOut(flags.out);
  const result = importManifests(documents, {
    library: flags.library,
    clusterId: flags.cluster,
    platform: flags.platform,
    podCidr: flags.podCidr,
    serviceCidr: flags.serviceCidr,
    kubernetesVersion: flags.kubernetesVersion,
    poolMetadataCrds: flags.poolMetadataCrds ?? false,
    sources: paths,
  });
  writeAtomically(flags.out, result.program);
  for (const line of result.report) process.stderr.write(`${line}\n`);
  process.stdout.write(`wrote ${flags.out}: ${documents.length} object(s)\n`);
  if (result.errors.length > 0) {
    process.stderr.write(`the library's rules find errors in the imported topology; the program will not synthesize until they are fixed:\n${result.errors.map(e => `  ${e}`).join('\n')}\n`);
    process.exitCode = 1;
  }
}

function checkOut(out: string): void {
  if (!out.endsWith('.ts')) throw new UsageError(`--out ${out}: the program is TypeScript. Fix: name a .ts file, e.g. --out main.ts`);
  let st;
  try {
    st = statSync(dirname(out));
  } catch {
    throw new UsageError(`--out ${out}: the folder ${dirname(out)} does not exist. Fix: create it first`);
  }
  if (!st.isDirectory()) throw new UsageError(`--out ${out}: ${dirname(out)} is not a folder`);
}

/** Writes to a scratch folder beside the file, then renames over it: never a half-written program. */
function writeAtomically(file: string, text: string): void {
  const scratch = mkdtempSync(join(dirname(file), `.${basename(file)}-`));
  try {
    const tmp = join(scratch, basename(file));
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
