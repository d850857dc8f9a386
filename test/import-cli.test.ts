import { spawnSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { BIN, ROOT, scratch, writeIn, removeScratch } from './support/import-roundtrip';

afterAll(removeScratch);
import { patchesFor } from '../src/importer/json-diff';

/** `cdk8s-superedge import` through the real binary (lib/cli/main.js, built by `npx projen compile`). */
const FIXTURES = join(__dirname, 'fixtures', 'manifests');

function cli(...args: string[]) {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npx projen compile first`);
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cdk8s-superedge import (binary)', () => {
  test('--help describes the command, its flags and the report format; exit 0', () => {
    const r = cli('import', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: cdk8s-superedge import [options] <paths...>');
    for (const flag of ['--out <file.ts>', '--library <module>', '--cluster <id>', '--platform <platform>', '--pool-metadata-crds']) {
      expect(r.stdout).toContain(flag);
    }
    expect(r.stdout).toContain('FILE#DOC Kind name: not imported: why');
  });

  test('writes the program, exit 0; JSON patches and left-out fields are reported on stderr', () => {
    const out = join(scratch('import-cli'), 'main.ts');
    const r = cli('import', join(FIXTURES, 'upstream-style'), join(FIXTURES, 'kubectl-export'), '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`wrote ${out}: 19 object(s)\n`);
    const program = readFileSync(out, 'utf8');
    expect(program).toContain("from 'cdk8s-superedge';");
    expect(program).toContain("const cluster = new EdgeCluster(app, 'edge');");
    const kubectl = join(FIXTURES, 'kubectl-export', 'nodeunit.yaml');
    expect(r.stderr.split('\n')).toEqual(expect.arrayContaining([
      `${kubectl}#1 NodeUnit beijing: not imported: the same object as ${join(FIXTURES, 'upstream-style', 'sites.yaml')}#1 (the first one is imported)`,
      `${kubectl}#2 StatefulSetGrid cache: not imported: its serviceName "cache-svc" is the Service of no ServiceGrid in the files (a StatefulSetGrid construct needs its ServiceGrid); kept as a plain ApiObject`,
      `${join(FIXTURES, 'upstream-style', 'echo.yaml')}#1 DeploymentGrid default/deploymentgrid-demo: kept as JSON patches: /spec/template/strategy`,
    ]));
    // Each line of the report names FILE#DOC Kind name.
    for (const line of r.stderr.trim().split('\n')) expect(line).toMatch(/^\S+#\d+ \w+ \S+: (not imported|kept as JSON patches|written as)/);
  });

  test('the cluster flags go on the EdgeCluster', () => {
    const out = join(scratch('import-cli'), 'main.ts');
    const r = cli('import', join(FIXTURES, 'upstream-style', 'sites.yaml'), '--out', out, '--cluster', 'fleet', '--platform', 'tke-edge',
      '--pod-cidr', '10.32.0.0/16', '--service-cidr', '10.40.0.0/16', '--library', '../src');
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain([
      "const cluster = new EdgeCluster(app, 'fleet', {",
      '  platform: Platform.TKE_EDGE,',
      "  podCidr: '10.32.0.0/16',",
      "  serviceCidr: '10.40.0.0/16',",
      '});',
    ].join('\n'));
    expect(readFileSync(out, 'utf8')).toContain("from '../src';");
  });

  test('exit 1: the program is written, and the errors the rules find are listed', () => {
    const dir = scratch('import-cli');
    writeIn(dir, 'bad.yaml', 'apiVersion: site.superedge.io/v1alpha2\nkind: NodeUnit\nmetadata:\n  name: Beijing\nspec:\n  nodes: [n-1]\n');
    const r = cli('import', join(dir, 'bad.yaml'), '--out', join(dir, 'main.ts'));
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'main.ts'))).toBe(true);
    expect(r.stderr).toContain("the library's rules find errors in the imported topology");
    expect(r.stderr).toContain('[edge/Beijing] SE-U01: NodeUnit name "Beijing" is not usable');
  });

  test('exit 2: unreadable input (with file:line:col), nothing written', () => {
    const dir = scratch('import-cli');
    const r = cli('import', join(FIXTURES, 'broken'), '--out', join(dir, 'main.ts'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cdk8s-superedge: cannot read every manifest, so nothing is written:');
    expect(r.stderr).toMatch(new RegExp(`${join(FIXTURES, 'broken', 'broken.yaml').replace(/[.]/g, '\\.')}:12:1: document 2: `));
    expect(existsSync(join(dir, 'main.ts'))).toBe(false);
  });

  test('exit 2: bad usage, each with the reason', () => {
    const dir = scratch('import-cli');
    const missing = cli('import', join(dir, 'nothing-here'), '--out', join(dir, 'main.ts'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`cannot read ${join(dir, 'nothing-here')}: no such file or folder`);
    const noOut = cli('import', join(FIXTURES, 'upstream-style'));
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("required option '-o, --out <file.ts>' not specified");
    const notTs = cli('import', join(FIXTURES, 'upstream-style'), '--out', join(dir, 'main.js'));
    expect(notTs.code).toBe(2);
    expect(notTs.stderr).toContain('the program is TypeScript. Fix: name a .ts file');
    const noFolder = cli('import', join(FIXTURES, 'upstream-style'), '--out', join(dir, 'no', 'main.ts'));
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toContain('does not exist. Fix: create it first');
    const platform = cli('import', join(FIXTURES, 'upstream-style'), '--out', join(dir, 'main.ts'), '--platform', 'k3s');
    expect(platform.code).toBe(2);
    expect(platform.stderr).toContain('Allowed choices are superedge, tke-edge');
    const empty = writeIn(dir, 'empty.yaml', '# nothing\n---\n');
    const none = cli('import', empty, '--out', join(dir, 'main.ts'));
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(`no Kubernetes objects in ${empty}`);
  });
});

describe('the patches the importer adds', () => {
  test('missing members are added, differing values replaced, set-like lists compared as sets, null means unset', () => {
    expect(patchesFor(
      { spec: { nodes: ['b', 'a'], a: { 'x/y': 1, 'keep': 2 }, list: [{ n: 1 }, { n: 2 }], args: ['x'], gone: null } },
      { spec: { nodes: ['a', 'b'], a: { keep: 3 }, list: [{ n: 1 }, { n: 3, extra: true }], args: ['y', 'x'] } },
    )).toEqual([
      { op: 'add', path: '/spec/a/x~1y', value: 1 },
      { op: 'replace', path: '/spec/a/keep', value: 2 },
      { op: 'replace', path: '/spec/list/1/n', value: 2 },
      { op: 'replace', path: '/spec/args', value: ['x'] },
    ]);
    expect(patchesFor({ spec: { nodes: ['a', 'c'] } }, { spec: { nodes: ['a', 'b'] } })).toEqual([{ op: 'replace', path: '/spec/nodes', value: ['a', 'c'] }]);
  });
});
