/**
 * The checks the constructs used to register themselves (SE-C08, C09, M01-M04, W12-W15,
 * S11, I11, I12, H10, and SE-P01 on a rollout) are rule objects of the catalogue now
 * (issue 7): reported once, at the same construct paths, suppressible like every rule,
 * and run by `lint` on hand-written manifests too. The rules themselves are tested case
 * by case in test/rule-catalogue.test.ts.
 */
import { spawnSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { DeploymentGrid, EdgeCluster, Findings, MultiRegionIngress, NodeGroup, NodeUnit, ServiceGrid } from '../src';
import { BIN, ROOT, removeScratch, scratch, SRC, writeIn } from './support/import-roundtrip';
import { seedSites } from './support/programs';
import { appOf, cluster, synthError } from './support/synth';

afterAll(removeScratch);

const ids = (c: EdgeCluster, id: string) => Findings.of(c).filter(f => f.ruleId === id);

describe('reported once, at the construct path, and suppressible', () => {
  test('a grid namespace that is no namespace: one SE-M03 at the grid; suppressed, synthesis goes on', () => {
    const c = cluster();
    const { location } = seedSites(c);
    const web = new DeploymentGrid(c, 'web', { nodeGroup: location, metadata: { namespace: 'Edge' }, containers: [{ image: 'nginx:1.25' }] });
    expect(ids(c, 'SE-M03').map(f => [f.path, f.message])).toEqual([
      ['edge/web', 'DeploymentGrid "web": metadata.namespace "Edge" is not a namespace name (a DNS-1123 label: at most 63 lower-case letters, digits and \'-\', alphanumeric at both ends)'],
    ]);
    expect(synthError(c)).toContain('[edge/web] SE-M03: ');
    Findings.suppress(web, 'SE-M03', 'the namespace is renamed by a kustomize overlay');
    expect(synthError(c)).not.toContain('SE-M03');
    expect(ids(c, 'SE-M03')).toEqual([expect.objectContaining({ path: 'edge/web', suppressed: true, suppressionReason: 'the namespace is renamed by a kustomize overlay' })]);
  });

  test('SE-C08 on a grid of another cluster\'s group, suppressed on that grid only', () => {
    const app = appOf(cluster());
    const a = new EdgeCluster(app, 'a');
    const b = new EdgeCluster(app, 'b');
    const far = new NodeGroup(b, 'far', { nodeUnits: [new NodeUnit(b, 'gz', { nodes: ['gz-1'] })] });
    const web = new DeploymentGrid(a, 'web', { nodeGroup: far, containers: [{ image: 'nginx:1.25' }] });
    new DeploymentGrid(a, 'api', { nodeGroup: far, containers: [{ image: 'nginx:1.25' }] });
    Findings.suppress(web, 'SE-C08', 'the group is mirrored into cluster a by hand');
    expect(ids(a, 'SE-C08').map(f => [f.path, f.suppressed ?? false])).toEqual([['a/web', true], ['a/api', false]]);
  });

  test('SE-C09 at the cluster, and SE-I11 at the ingress, each once', () => {
    const c = cluster();
    const { bj, location } = seedSites(c);
    new ServiceGrid(c, 'a', { name: 'web', nodeGroup: location, ports: [{ port: 80 }] });
    new ServiceGrid(c, 'b', { name: 'web', nodeGroup: location, ports: [{ port: 80 }] });
    new MultiRegionIngress(c, 'echo', { nodeUnits: [bj, bj], rules: [{ serviceName: 'web', port: 80 }] });
    expect(ids(c, 'SE-C09').map(f => [f.path, f.message])).toEqual([
      ['edge', '2 objects are ServiceGrid "web" (edge/a, edge/b); the later would overwrite the earlier on apply'],
    ]);
    expect(ids(c, 'SE-I11').map(f => f.path)).toEqual(['edge/echo']);
  });
});

describe('lint runs them on hand-written manifests', () => {
  function lint(file: string) {
    if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npx projen compile first`);
    const r = spawnSync(process.execPath, [BIN, 'lint', file, '--json'], { cwd: ROOT, encoding: 'utf8' });
    return { code: r.status, findings: r.stdout.trimEnd().split('\n').filter(Boolean).map(l => JSON.parse(l)).filter(f => f.ruleId !== null) };
  }
  const grid = (labels: string, port: number) => [
    'apiVersion: superedge.io/v1', 'kind: DeploymentGrid', 'metadata:', '  name: probe', `  labels: ${labels}`, 'spec:', '  gridUniqKey: location',
    '  template:', '    selector: {matchLabels: {app: probe}}', '    template:', '      metadata: {labels: {app: probe}}', '      spec:',
    `        containers: [{name: probe, image: "example/probe:1", ports: [{containerPort: ${port}}]}]`,
  ].join('\n');
  const serviceGrid = (ports: string) => [
    'apiVersion: superedge.io/v1', 'kind: ServiceGrid', 'metadata:', '  name: probe', 'spec:', '  gridUniqKey: location', '  template:',
    '    selector: {app: probe}', `    ports: ${ports}`,
  ].join('\n');

  test('SE-M01 and SE-W13 on a DeploymentGrid; exit 1', () => {
    const dir = scratch('lint-rules');
    const r = lint(writeIn(dir, 'grid.yaml', grid('{"team name": a}', 70000)));
    expect(r.code).toBe(1);
    expect(r.findings.map(f => [f.ruleId, f.doc, f.kind, f.name])).toEqual([['SE-W13', 1, 'DeploymentGrid', 'probe'], ['SE-M01', 1, 'DeploymentGrid', 'probe']]);
    expect(r.findings[1].message).toBe('DeploymentGrid "probe": metadata.labels key "team name" is not a label key (an optional DNS-subdomain prefix and \'/\', then at most 63 of [A-Za-z0-9._-], alphanumeric at both ends)');
    expect(lint(writeIn(dir, 'quiet.yaml', grid('{team: a}', 8080))).findings).toEqual([]);
  });

  test('SE-S11 on a ServiceGrid (a named target port is left alone)', () => {
    const dir = scratch('lint-rules');
    const r = lint(writeIn(dir, 'svc.yaml', serviceGrid('[{name: a, port: 80, targetPort: http}, {name: b, port: 80, protocol: TCP}]')));
    expect(r.findings.map(f => [f.ruleId, f.message])).toEqual([['SE-S11', 'ServiceGrid "probe": ports[1] repeats port 80/TCP']]);
    expect(lint(writeIn(dir, 'quiet.yaml', serviceGrid('[{name: a, port: 80, targetPort: http}, {name: b, port: 443, targetPort: 8443}]'))).findings).toEqual([]);
  });
});

test('rule files load no construct class at run time (types only): they read the model', () => {
  const seen = new Set<string>();
  const constructModules: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf-8');
    if (/\bclass\s+\w+\s+extends\s+(Construct|Chart|ApiObject|ManifestObject|GridWorkload|kplus\.\w+)\b/.test(text)) constructModules.push(file.slice(SRC.length + 1));
    for (const m of text.matchAll(/^import\s+(type\s+)?[^'";]*?\s*from\s+'(\.[^']+)'/gms)) {
      if (m[1]) continue;
      const base = resolve(dirname(file), m[2]);
      const target = [`${base}.ts`, join(base, 'index.ts')].find(f => existsSync(f));
      if (target) visit(target);
    }
  };
  visit(join(SRC, 'validation', 'rules', 'index.ts'));
  visit(join(SRC, 'validation', 'rules', 'props', 'index.ts'));
  expect(seen.size).toBeGreaterThan(150);
  expect(constructModules).toEqual([]);
});
