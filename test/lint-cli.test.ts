import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';
import { BIN, ROOT, scratch, writeIn, removeScratch } from './support/import-roundtrip';

afterAll(removeScratch);

/** `cdk8s-superedge lint` through the real binary, on hand-written YAML the library did not write. */
const FIXTURES = join(__dirname, 'fixtures', 'manifests');
const BROKEN = join('test', 'fixtures', 'manifests', 'lint', 'broken-topology.yaml');

function cli(...args: string[]) {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npx projen compile first`);
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const unit = (name: string, nodes: string) => `apiVersion: site.superedge.io/v1alpha2\nkind: NodeUnit\nmetadata:\n  name: ${name}\nspec:\n  nodes: ${nodes}\n`;

describe('cdk8s-superedge lint (binary)', () => {
  test('--help describes the output, the flags and the exit codes', () => {
    const r = cli('lint', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: cdk8s-superedge lint [options] <paths...>');
    for (const flag of ['--json', '--pool-metadata-crds', '--pod-cidr <cidr>', '--service-cidr <cidr>', '--kubernetes-version <version>', '--platform <platform>']) {
      expect(r.stdout).toContain(flag);
    }
    expect(r.stdout).toContain('FILE#DOC Kind name: SE-XNN: message. Fix: fix');
  });

  test('triggering: one line per finding at its FILE#DOC, unknown units and groups as notes; exit 1', () => {
    const r = cli('lint', BROKEN);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      `${BROKEN}#1 NodeUnit Beijing: SE-U01: NodeUnit name "Beijing" is not usable: it has upper-case letters; SuperEdge writes it on nodes as the label key "Beijing" and as the value of each group's label. Fix: pass a lower-case name of at most 63 characters, e.g. name: 'beijing'`,
      `${BROKEN}#4 NodeGroup zones: SE-G03: node "shared-1" is in units "zone-a" and "zone-b" of NodeGroup "zones"; its "zones" label would flap between them. Fix: remove "shared-1" from one of the units, or put one of them in another group`,
      `${BROKEN}#4 NodeGroup zones: note: NodeUnit "elsewhere" is not defined in the given files: unknown, so its nodes are not checked`,
      `${BROKEN}#5 NodeUnit factory: SE-K03: THREE_MASTERS needs at least 3 nodes, but the unit has 2; a unit with 1-2 nodes can only run a single-master K3s cluster. Fix: use mode: KinsMode.SINGLE_MASTER, or add nodes`,
      `${BROKEN}#6 DeploymentGrid probe: note: NodeGroup "somebody-elses-group" is not defined in the given files: unknown, so the grid's units are not checked`,
    ]);
  });

  test('--json: one object per line with ruleId, severity, file, doc, kind, name, message, fix', () => {
    const r = cli('lint', BROKEN, '--json');
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map(l => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toEqual({
      ruleId: 'SE-U01',
      severity: 'error',
      file: BROKEN,
      doc: 1,
      kind: 'NodeUnit',
      name: 'Beijing',
      message: 'NodeUnit name "Beijing" is not usable: it has upper-case letters; SuperEdge writes it on nodes as the label key "Beijing" and as the value of each group\'s label',
      fix: "pass a lower-case name of at most 63 characters, e.g. name: 'beijing'",
    });
    expect(lines.filter(l => l.severity === 'note').map(l => [l.ruleId, l.kind, l.name])).toEqual([[null, 'NodeGroup', 'zones'], [null, 'DeploymentGrid', 'probe']]);
  });

  test('quiet: the upstream-style manifests have no finding on pool-metadata CRDs; exit 0', () => {
    const r = cli('lint', join(FIXTURES, 'upstream-style'), '--pool-metadata-crds');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });

  test('a warning alone keeps exit 0', () => {
    const dir = scratch('lint');
    const f = writeIn(dir, 'empty-group.yaml', 'apiVersion: site.superedge.io/v1alpha2\nkind: NodeGroup\nmetadata:\n  name: nothing\nspec: {}\n');
    const r = cli('lint', f, '--json');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map(l => JSON.parse(l));
    expect(lines.map(l => [l.ruleId, l.severity, l.doc, l.kind, l.name])).toEqual([['SE-G05', 'warning', 1, 'NodeGroup', 'nothing']]);
  });

  test('cluster facts come from flags, and are not checked without them', () => {
    const dir = scratch('lint');
    const f = writeIn(dir, 'site.yaml', unit('site-a', '[n-1]'));
    expect(cli('lint', f)).toMatchObject({ code: 0, stdout: '' });
    const overlap = cli('lint', f, '--pod-cidr', '10.0.0.0/16', '--service-cidr', '10.0.0.0/20');
    expect(overlap.code).toBe(1);
    expect(overlap.stdout).toContain('EdgeCluster (flags): SE-C03: Pod CIDR 10.0.0.0/16 overlaps Service CIDR 10.0.0.0/20. Fix: ');
    expect(cli('lint', f, '--pod-cidr', '10.32.0.0/16', '--service-cidr', '10.40.0.0/16')).toMatchObject({ code: 0, stdout: '' });
    // Kins needs Kubernetes 1.22: checked only when the version is given.
    const kins = writeIn(dir, 'kins.yaml', 'apiVersion: site.superedge.io/v1alpha2\nkind: NodeUnit\nmetadata:\n  name: k\nspec:\n  autonomyLevel: L4\n  nodes: [k-1]\n');
    expect(cli('lint', kins).code).toBe(0);
    const old = cli('lint', kins, '--kubernetes-version', '1.20.6', '--json');
    expect(old.stdout.trimEnd().split('\n').map(l => JSON.parse(l).ruleId)).toContain('SE-K01');
  });

  test('exit 2: unreadable input, a field of the wrong shape, bad flags; each with the reason', () => {
    const dir = scratch('lint');
    const missing = cli('lint', join(dir, 'nope.yaml'));
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toContain(`cannot read ${join(dir, 'nope.yaml')}: no such file or folder`);
    const broken = cli('lint', join(FIXTURES, 'broken'));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.yaml:12:1: document 2: /);
    const shape = writeIn(dir, 'shape.yaml', unit('site-a', '"n-1"'));
    const s = cli('lint', shape);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain(`${shape}#1`);
    expect(s.stderr).toContain('spec.nodes');
    expect(cli('lint', shape, '--max-pods-per-node', 'many').code).toBe(2);
    expect(cli('lint', join(FIXTURES, 'upstream-style'), '--platform', 'k8s').code).toBe(2);
    expect(cli('lint').code).toBe(2);
  });

  test('the grid CRD flavour: per-site templates on the upstream CRDs are SE-P01, unless --pool-metadata-crds', () => {
    const canary = join('test', 'fixtures', 'manifests', 'upstream-style', 'canary.yaml');
    const r = cli('lint', canary, '--json');
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n').map(l => JSON.parse(l)).map(l => [l.ruleId, l.severity, l.file, l.doc, l.kind, l.name]))
      .toEqual([['SE-P01', 'error', canary, 1, 'DeploymentGrid', 'api'], [null, 'note', canary, 1, 'DeploymentGrid', 'api']]);
    const preserved = cli('lint', canary, '--pool-metadata-crds');
    expect(preserved.code).toBe(0);
    expect(preserved.stdout).toBe(`${canary}#1 DeploymentGrid api: note: NodeGroup "location" is not defined in the given files: unknown, so the grid's units are not checked\n`);
  });
  test('a reader that closes the pipe early (lint | head -1) ends it quietly, without EPIPE', () => {
    if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npx projen compile first`);
    // 3,000 units with upper-case names: far more findings than a pipe buffers.
    const docs = Array.from({ length: 3000 }, (_, i) => unit(`Site${i}`, '[]')).join('---\n');
    const dir = scratch('epipe');
    const file = writeIn(dir, 'many.yaml', docs);
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" lint "${file}" | head -1`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\S+#1 NodeUnit Site0: SE-U01: /);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  });
});
