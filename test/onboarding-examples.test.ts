/**
 * Both parts of issue 13 on the examples' topologies: every example program is loaded
 * as `tke create-cluster --program` loads it, its nodes are onboarded (scripts checked
 * with shellcheck when it is installed), and its CreateTKEEdgeCluster request is built
 * through the real binary.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { NodeOnboarding } from '../src';
import { loadProgramClusters } from '../src/tke/program-loader';

// The examples run through ts-node, some through the binary: slow on a busy machine.
jest.setTimeout(60_000);

const ROOT = path.join(__dirname, '..');
const EXAMPLES = path.join(ROOT, 'examples');
const BIN = path.join(ROOT, 'lib', 'cli', 'main.js');
const examples = fs.readdirSync(EXAMPLES).filter(d => fs.existsSync(path.join(EXAMPLES, d, 'main.ts'))).sort();
const shellcheck = spawnSync('shellcheck', ['--version']).status === 0;
if (!shellcheck) {
  // eslint-disable-next-line no-console
  console.log('onboarding-examples: not running shellcheck on the scripts: shellcheck is not installed (apt-get install -y shellcheck)');
}

/** Loads an example in a scratch working folder (its own writes land there), quietly. */
function clustersOf(name: string): any[] {
  const cwd = process.cwd();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `example-${name}-`));
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  process.chdir(scratch);
  try {
    return loadProgramClusters(path.join(EXAMPLES, name, 'main.ts'));
  } finally {
    process.chdir(cwd);
    spy.mockRestore();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

test('there are examples', () => {
  expect(examples).toEqual(expect.arrayContaining(['edge-apps', 'edge-network', 'edge-topology']));
});

describe.each(examples)('example %s', name => {
  test('its nodes are onboarded: one script per site with listed nodes, each node once', () => {
    const clusters = clustersOf(name);
    expect(clusters.length).toBeGreaterThan(0);
    for (const cluster of clusters) {
      const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'example-onboarding-')), 'o');
      const spy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
      let files: string[];
      try {
        files = NodeOnboarding.write(cluster, dir);
      } finally {
        spy.mockRestore();
      }
      const units = cluster.node.findAll().filter((c: any) => typeof c.unitName === 'string' && Array.isArray(c.nodeNames));
      const declared = new Set<string>(units.flatMap((u: any) => u.nodeNames));
      const scripts = files.filter(f => f.endsWith('/install.sh'));
      const onboarded: string[] = [];
      for (const s of scripts) {
        const text = fs.readFileSync(path.join(dir, s), 'utf-8');
        onboarded.push(...[...text.matchAll(/run '([^']+)' install --node-name/g)].map(m => m[1]));
      }
      expect(onboarded.sort()).toEqual([...declared].sort()); // every declared node, once
      if (shellcheck && scripts.length > 0) {
        const r = spawnSync('shellcheck', ['--shell=sh', ...scripts.map(s => path.join(dir, s))], { encoding: 'utf-8' });
        expect(r.stdout + r.stderr).toBe('');
      }
    }
  });
});

describe('the examples\' CreateTKEEdgeCluster requests, through the binary', () => {
  function dryRun(name: string) {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), `example-${name}-`));
    const r = spawnSync(process.execPath, [BIN, 'tke', 'create-cluster', '--program', path.join(EXAMPLES, name, 'main.ts'), '--dry-run'], { cwd, encoding: 'utf-8' });
    fs.rmSync(cwd, { recursive: true, force: true });
    return r;
  }

  test('edge-topology', () => {
    const r = dryRun('edge-topology');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      ClusterName: 'edge',
      K8SVersion: '1.22.5',
      VpcId: 'vpc-e55paxnt',
      PodCIDR: '10.33.0.0/16',
      ServiceCIDR: '10.44.0.0/16',
      MaxNodePodNum: 64,
      ClusterAdvancedSettings: { Runtime: 'containerd' },
    });
  });

  test('edge-apps', () => {
    const r = dryRun('edge-apps');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      ClusterName: 'edge-apps', K8SVersion: '1.22.5', VpcId: 'vpc-2k9ma8x1', PodCIDR: '10.33.0.0/16', ServiceCIDR: '10.44.0.0/16',
    });
  });

  test('edge-network is an open-source SuperEdge cluster (it runs its own ingress controllers): refused, naming what is missing', () => {
    const r = dryRun('edge-network');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[edge-network] SE-T02: the cluster is declared for platform "superedge"');
    expect(r.stderr).toContain('[edge-network] SE-T01: CreateTKEEdgeCluster needs VpcId, but the EdgeCluster does not declare vpcId');
  });
});
