/**
 * NodeOnboarding.write: the per-site runbook. The scripts are run for real with `sh`
 * against a fake edgectl (a small sh script that records its arguments and fails on
 * demand), as the person on site would run them.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EdgeCluster, EdgeNode, Findings, KinsMode, KinsUnit, NodeGroup, NodeOnboarding, NodeUnit } from '../src';
import { cluster } from './support/synth';

function tmp(prefix = 'onboarding-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Runs `fn` with stderr captured; returns what it printed. */
function quiet<T>(fn: () => T): { value: T; stderr: string } {
  let stderr = '';
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((s: any) => {
    stderr += String(s);
    return true;
  });
  try {
    return { value: fn(), stderr };
  } finally {
    spy.mockRestore();
  }
}

function write(c: EdgeCluster, dir: string, options = {}): string[] {
  return quiet(() => NodeOnboarding.write(c, dir, options)).value;
}

function errorOf(fn: () => unknown): string {
  try {
    quiet(fn);
  } catch (e: any) {
    return e.message;
  }
  return '';
}

function sites(c: EdgeCluster) {
  const bj = new NodeUnit(c, 'beijing', {
    edgeNodes: [new EdgeNode({ name: 'bj-1', defaultInterface: 'eth0' }), new EdgeNode({ name: 'bj-2', defaultInterface: 'ens5' })],
  });
  const gz = new NodeUnit(c, 'guangzhou', { edgeNodes: [new EdgeNode({ name: 'gz-1', defaultInterface: 'eth1' })] });
  new NodeGroup(c, 'location', { nodeUnits: [bj, gz] });
  return { bj, gz };
}

/** A fake edgectl: appends its arguments to calls.log, fails when FAIL_ON matches them. */
function fakeEdgectl(dir: string, name = 'edgectl'): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, [
    '#!/bin/sh',
    'echo "$*" >> "$CALLS"',
    'case "$*" in',
    '  ${FAIL_ON:-no-such-call}) echo "edgectl: $1 failed" >&2; exit 3 ;;',
    'esac',
    'exit 0',
    '',
  ].join('\n'), { mode: 0o755 });
  return file;
}

function runScript(script: string, cwd: string, args: string[], env: { [k: string]: string } = {}) {
  const calls = path.join(cwd, 'calls.log');
  fs.rmSync(calls, { force: true });
  const r = spawnSync('sh', [script, ...args], { cwd, encoding: 'utf-8', env: { PATH: process.env.PATH ?? '', CALLS: calls, ...env } });
  const log = fs.existsSync(calls) ? fs.readFileSync(calls, 'utf-8').trim().split('\n') : [];
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, calls: log };
}

describe('NodeOnboarding.write', () => {
  test('writes a script and a README per site with known nodes, and an index', () => {
    const c = cluster();
    sites(c);
    const dir = path.join(tmp(), 'onboarding');
    const files = write(c, dir);
    expect(files).toEqual(['README.md', 'beijing/README.md', 'beijing/install.sh', 'guangzhou/README.md', 'guangzhou/install.sh']);
    const script = fs.readFileSync(path.join(dir, 'beijing', 'install.sh'), 'utf-8');
    expect(script.startsWith('#!/bin/sh\n')).toBe(true);
    expect(script).toContain('\nset -eu\n');
    expect(script).toContain("run 'bj-1' install --node-name 'bj-1' --interface 'eth0'");
    expect(script).toContain("run 'bj-2' install --node-name 'bj-2' --interface 'ens5'");
    expect((fs.statSync(path.join(dir, 'beijing', 'install.sh')).mode % 0o1000).toString(8)).toBe('755');
    expect((fs.statSync(path.join(dir, 'beijing', 'README.md')).mode % 0o1000).toString(8)).toBe('644');
    const readme = fs.readFileSync(path.join(dir, 'beijing', 'README.md'), 'utf-8');
    expect(readme).toContain('ports 1443, 10249-10259 and 51000-51020 are free');
    expect(readme).toContain('`edgectl install` runs `edgectl clear` first');
    expect(readme).toContain('removes **every container and Pod on the node**');
    expect(readme).toContain('/tmp/tke-edge-install.log');
    expect(fs.readFileSync(path.join(dir, 'README.md'), 'utf-8')).toContain('| [`guangzhou`](guangzhou/README.md) | `gz-1` |');
  });

  test('no script or README holds a token or secret, whatever the cluster declares', () => {
    const c = cluster({ vpcId: 'vpc-e55paxnt', region: 'ap-guangzhou' });
    sites(c);
    const dir = path.join(tmp(), 'o');
    const prev = process.env.TENCENTCLOUD_SECRET_KEY;
    process.env.TENCENTCLOUD_SECRET_KEY = 'super-secret-key-value';
    try {
      write(c, dir);
    } finally {
      if (prev === undefined) delete process.env.TENCENTCLOUD_SECRET_KEY;
      else process.env.TENCENTCLOUD_SECRET_KEY = prev;
    }
    for (const f of ['beijing/install.sh', 'beijing/README.md', 'README.md']) {
      const text = fs.readFileSync(path.join(dir, f), 'utf-8');
      expect(text).not.toContain('super-secret-key-value');
      expect(text).not.toMatch(/--token|TENCENTCLOUD_SECRET/);
    }
  });

  test('output is the same bytes whatever the declaration order', () => {
    const a = cluster();
    sites(a);
    const b = cluster();
    const gz = new NodeUnit(b, 'guangzhou', { edgeNodes: [new EdgeNode({ name: 'gz-1', defaultInterface: 'eth1' })] });
    const bj = new NodeUnit(b, 'beijing', {
      edgeNodes: [new EdgeNode({ name: 'bj-2', defaultInterface: 'ens5' }), new EdgeNode({ name: 'bj-1', defaultInterface: 'eth0' })],
    });
    new NodeGroup(b, 'location', { nodeUnits: [gz, bj] });
    const da = path.join(tmp(), 'o');
    const db = path.join(tmp(), 'o');
    const files = write(a, da);
    expect(write(b, db)).toEqual(files);
    for (const f of files) expect(fs.readFileSync(path.join(db, f), 'utf-8')).toBe(fs.readFileSync(path.join(da, f), 'utf-8'));
  });

  test('a node in several units is onboarded once, by the first unit in name order, and mentioned by the others', () => {
    const c = cluster();
    const { bj } = sites(c);
    const gpu = new NodeUnit(c, 'a-gpu', { edgeNodes: [new EdgeNode({ name: 'bj-2', defaultInterface: 'ens5' })] });
    new NodeGroup(c, 'hardware', { nodeUnits: [gpu] });
    void bj;
    const dir = path.join(tmp(), 'o');
    write(c, dir);
    const first = fs.readFileSync(path.join(dir, 'a-gpu', 'install.sh'), 'utf-8');
    const second = fs.readFileSync(path.join(dir, 'beijing', 'install.sh'), 'utf-8');
    expect(first).toContain("run 'bj-2' install --node-name 'bj-2'");
    expect(second).not.toContain("'bj-2'");
    expect(second).toContain("run 'bj-1' install");
    expect(fs.readFileSync(path.join(dir, 'beijing', 'README.md'), 'utf-8')).toContain('- `bj-2`: `../a-gpu/install.sh`');
    expect(fs.readFileSync(path.join(dir, 'a-gpu', 'README.md'), 'utf-8')).toContain('| `bj-2` | `ens5` | not declared | `beijing` |');
  });

  test('units known by selector only are listed as not onboarded, and get no folder', () => {
    const c = cluster();
    sites(c);
    new NodeUnit(c, 'shops', { selector: { matchLabels: { kind: 'shop' } } });
    const dir = path.join(tmp(), 'o');
    const files = write(c, dir);
    expect(files.some(f => f.startsWith('shops/'))).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'README.md'), 'utf-8')).toContain('- `shops`: members unknown (selected by label only): not onboarded.');
  });

  test('a Kins site notes that its nodes join the K3s cluster after installation, unless kinsNote is false', () => {
    const c = cluster();
    new KinsUnit(c, 'factory', { edgeNodes: ['k-1', 'k-2', 'k-3'].map(name => new EdgeNode({ name, defaultInterface: 'eth0' })), mode: KinsMode.THREE_MASTERS });
    const dir = path.join(tmp(), 'o');
    write(c, dir);
    const readme = fs.readFileSync(path.join(dir, 'factory', 'README.md'), 'utf-8');
    expect(readme).toContain('This site is a Kins unit (autonomy level L5): after installation its nodes join the');
    expect(fs.readFileSync(path.join(dir, 'README.md'), 'utf-8')).toContain("Kins (L5): its nodes join the unit's K3s cluster after installation");
    write(c, dir, { kinsNote: false });
    expect(fs.readFileSync(path.join(dir, 'factory', 'README.md'), 'utf-8')).not.toContain('Kins unit');
  });

  test('refuses a node name the platform does not accept (SE-N01) and writes nothing', () => {
    const c = cluster();
    new NodeUnit(c, 'beijing', { nodes: ["bj-1'; rm -rf / #"] });
    const dir = path.join(tmp(), 'o');
    const message = errorOf(() => NodeOnboarding.write(c, dir));
    expect(message).toContain('[edge/beijing] SE-N01: node name "bj-1\'; rm -rf / #" is not a DNS-1123 subdomain');
    expect(fs.existsSync(dir)).toBe(false);
  });

  test('refuses other topology errors too (the checks synthesis runs), all at once', () => {
    const c = cluster({ podCidr: '10.33.0.0/16', serviceCidr: '10.33.0.0/20' });
    new NodeUnit(c, 'Beijing', { nodes: ['bj-1'] });
    const message = errorOf(() => NodeOnboarding.write(c, path.join(tmp(), 'o')));
    expect(message).toContain('Validation failed with the following errors:');
    expect(message).toContain('[edge] SE-C03:');
    expect(message).toContain('[edge/Beijing] SE-U01:');
  });

  test('SE-O02: refuses an interface that is no Linux interface name, and writes nothing', () => {
    const c = cluster();
    new NodeUnit(c, 'beijing', { edgeNodes: [new EdgeNode({ name: 'bj-1', defaultInterface: "eth0' --token x" })] });
    const dir = path.join(tmp(), 'o');
    expect(errorOf(() => NodeOnboarding.write(c, dir))).toContain(
      '[edge/beijing] SE-O02: the default interface "eth0\' --token x" of node "bj-1" is not a Linux interface name');
    expect(fs.existsSync(dir)).toBe(false);
    const ok = cluster();
    new NodeUnit(ok, 'beijing', { edgeNodes: [new EdgeNode({ name: 'bj-1', defaultInterface: 'enp0s31f6.100' })] });
    expect(NodeOnboarding.findings(ok).filter(f => f.ruleId === 'SE-O02')).toEqual([]);
  });

  test('SE-O01: warns about nodes whose default interface is unknown, and the script leaves --interface out', () => {
    const c = cluster();
    new NodeUnit(c, 'beijing', { nodes: ['bj-2'], edgeNodes: [new EdgeNode({ name: 'bj-1', defaultInterface: 'eth0' })] });
    const dir = path.join(tmp(), 'o');
    const { stderr } = quiet(() => NodeOnboarding.write(c, dir));
    expect(stderr).toContain('cdk8s-superedge: [edge/beijing] warning SE-O01: the default network interface of node "bj-2" of site "beijing" is not declared');
    expect(stderr).not.toContain('"bj-1"');
    expect(fs.readFileSync(path.join(dir, 'beijing', 'install.sh'), 'utf-8')).toContain("run 'bj-2' install --node-name 'bj-2'\n");
    expect(fs.readFileSync(path.join(dir, 'beijing', 'README.md'), 'utf-8')).toContain("| `bj-2` | not declared: the platform's default applies |");

    const known = cluster();
    sites(known);
    expect(NodeOnboarding.findings(known)).toEqual([]);
  });

  test('a suppressed SE-O01 is neither printed nor an error, and findings() says why', () => {
    const c = cluster({ warningsAsErrors: true });
    const unit = new NodeUnit(c, 'beijing', { nodes: ['bj-1'] });
    Findings.suppress(unit, 'SE-O01', 'the platform default is right on these machines');
    const dir = path.join(tmp(), 'o');
    const { stderr } = quiet(() => NodeOnboarding.write(c, dir));
    expect(stderr).not.toContain('SE-O01');
    expect(fs.existsSync(path.join(dir, 'beijing', 'install.sh'))).toBe(true);
    expect(NodeOnboarding.findings(c)).toEqual([expect.objectContaining({
      ruleId: 'SE-O01', path: 'edge/beijing', suppressed: true, suppressionReason: 'the platform default is right on these machines',
    })]);
  });

  test('SE-O01 is an error with warningsAsErrors', () => {
    const c = cluster({ warningsAsErrors: true });
    new NodeUnit(c, 'beijing', { nodes: ['bj-1'] });
    const dir = path.join(tmp(), 'o');
    expect(errorOf(() => NodeOnboarding.write(c, dir))).toContain('[edge/beijing] SE-O01:');
    expect(fs.existsSync(dir)).toBe(false);
  });

  test('replaces its own earlier folder whole; refuses a folder holding other files', () => {
    const c = cluster();
    sites(c);
    const dir = path.join(tmp(), 'o');
    write(c, dir);
    fs.mkdirSync(path.join(dir, 'removed-site'));
    const c2 = cluster();
    new NodeUnit(c2, 'beijing', { edgeNodes: [new EdgeNode({ name: 'bj-1', defaultInterface: 'eth0' })] });
    write(c2, dir);
    expect(fs.readdirSync(dir).sort()).toEqual(['.cdk8s-superedge-onboarding', 'README.md', 'beijing']);
    expect(fs.readdirSync(path.dirname(dir))).toEqual(['o']); // no temporary sibling left behind

    const foreign = tmp();
    fs.writeFileSync(path.join(foreign, 'notes.txt'), 'mine');
    expect(errorOf(() => NodeOnboarding.write(c, foreign))).toContain('holds files that NodeOnboarding did not write');
    expect(fs.readdirSync(foreign)).toEqual(['notes.txt']);
  });

  test('bad arguments from any language get a clear error', () => {
    const c = cluster();
    sites(c);
    expect(errorOf(() => NodeOnboarding.write(null as any, 'o'))).toBe('NodeOnboarding.write: cluster must be an EdgeCluster, got null');
    expect(errorOf(() => NodeOnboarding.write(c, 5 as any))).toContain('NodeOnboarding.write(edge): outdir must be a folder path, got number 5');
    expect(errorOf(() => NodeOnboarding.write(c, 'o', { edgectlPath: './edge\nctl' }))).toContain('edgectlPath must be a non-empty path without control characters');
    expect(errorOf(() => NodeOnboarding.write(c, 'o', { kinsNote: 'yes' as any }))).toContain('kinsNote must be true or false, got "yes"');
  });
});

describe('the generated script, run with sh against a fake edgectl', () => {
  function setup(options = {}) {
    const c = cluster();
    new NodeUnit(c, 'beijing', { nodes: ['bj-2'], edgeNodes: [new EdgeNode({ name: 'bj-1', defaultInterface: 'eth0' })] });
    const dir = path.join(tmp(), 'o');
    write(c, dir, options);
    const node = tmp('node-'); // the node's folder: install.sh next to edgectl
    fs.copyFileSync(path.join(dir, 'beijing', 'install.sh'), path.join(node, 'install.sh'));
    return { node, script: path.join(node, 'install.sh') };
  }

  test('checks, then installs the node given, with its interface', () => {
    const { node, script } = setup();
    fakeEdgectl(node);
    const r = runScript(script, node, ['bj-1']);
    expect(r.status).toBe(0);
    expect(r.calls).toEqual(['check', 'install --node-name bj-1 --interface eth0']);
    expect(r.stdout).toContain('install.sh: node bj-1: installed');
  });

  test('leaves --interface out for a node whose interface is unknown', () => {
    const { node, script } = setup();
    fakeEdgectl(node);
    expect(runScript(script, node, ['bj-2']).calls).toEqual(['check', 'install --node-name bj-2']);
  });

  test('stops at the first failure, naming the node, the command and the log', () => {
    const { node, script } = setup();
    fakeEdgectl(node);
    const r = runScript(script, node, ['bj-1'], { FAIL_ON: 'check' });
    expect(r.status).toBe(1);
    expect(r.calls).toEqual(['check']); // install never ran
    expect(r.stderr).toContain("install.sh: node bj-1: './edgectl check' failed (exit 3); see /tmp/tke-edge-install.log");

    const later = runScript(script, node, ['bj-1'], { FAIL_ON: 'install*' });
    expect(later.status).toBe(1);
    expect(later.calls).toEqual(['check', 'install --node-name bj-1 --interface eth0']);
    expect(later.stderr).toContain("install.sh: node bj-1: './edgectl install --node-name bj-1 --interface eth0' failed (exit 3); see /tmp/tke-edge-install.log");
    expect(later.stdout).not.toContain('installed');
  });

  test('without edgectl, says where to get it and runs nothing', () => {
    const { node, script } = setup();
    const r = runScript(script, node, ['bj-1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('./edgectl not found: download edgectl for this cluster from the TKE Edge console');
    expect(r.stderr).toContain('valid for one hour');
  });

  test('a non-executable edgectl is named with the chmod to run', () => {
    const { node, script } = setup();
    fs.chmodSync(fakeEdgectl(node), 0o644);
    const r = runScript(script, node, ['bj-1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('./edgectl is not executable: chmod +x ./edgectl');
  });

  test('an unknown node or no node prints the usage with the site\'s nodes and exits 2', () => {
    const { node, script } = setup();
    fakeEdgectl(node);
    for (const args of [['gz-1'], [], ['bj-1', 'bj-2']]) {
      const r = runScript(script, node, args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('usage: sh install.sh NODE, where NODE is one of: bj-1 bj-2');
      expect(r.calls).toEqual([]);
    }
  });

  test('a hostile node argument is a string, never code', () => {
    const { node, script } = setup();
    fakeEdgectl(node);
    const r = runScript(script, node, ['$(touch pwned)']);
    expect(r.status).toBe(2);
    expect(fs.existsSync(path.join(node, 'pwned'))).toBe(false);
  });

  test('an edgectl path with quotes and spaces is quoted, not interpreted', () => {
    const { node, script } = setup({ edgectlPath: "./tools/it's edgectl" });
    fs.mkdirSync(path.join(node, 'tools'));
    fakeEdgectl(path.join(node, 'tools'), "it's edgectl");
    const r = runScript(script, node, ['bj-1']);
    expect(r.status).toBe(0);
    expect(r.calls).toEqual(['check', 'install --node-name bj-1 --interface eth0']);
  });
});

describe('shellcheck', () => {
  const available = spawnSync('shellcheck', ['--version']).status === 0;
  const run = available ? test : test.skip;
  if (!available) {
    // eslint-disable-next-line no-console
    console.log('skipping the shellcheck test: shellcheck is not installed (apt-get install -y shellcheck)');
  }
  run('every generated script passes shellcheck as POSIX sh', () => {
    const c = cluster();
    sites(c);
    new NodeUnit(c, 'shop', { nodes: ['s-1'] });
    const dir = path.join(tmp(), 'o');
    const scripts = write(c, dir, { edgectlPath: "./it's edgectl" }).filter(f => f.endsWith('.sh')).map(f => path.join(dir, f));
    expect(scripts.length).toBe(3);
    const r = spawnSync('shellcheck', ['--shell=sh', '--severity=style', ...scripts], { encoding: 'utf-8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
