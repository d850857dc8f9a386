import { execFileSync } from 'child_process';
import { readdirSync } from 'fs';
import { join } from 'path';
import { importManifests } from '../src/importer/importer';
import { readManifests } from '../src/manifests';
import { counterpart, missingFields, ROOT, runProgram, scratch, SRC, writeIn, removeScratch } from './support/import-roundtrip';

afterAll(removeScratch);

/**
 * The round trip: import manifests, run the program with ts-node, and every field of
 * every input object (its spec, and the body of plain objects) comes out with the same value.
 */
jest.setTimeout(180_000);

const FIXTURES = join(__dirname, 'fixtures', 'manifests');
const programs: string[] = [];

/** Imports `paths`, runs the program, and returns the inputs with their outputs. */
function roundTrip(paths: string[], name: string) {
  const { documents, errors } = readManifests(paths);
  expect(errors).toEqual([]);
  const result = importManifests(documents, { library: SRC });
  expect(result.errors).toEqual([]);
  const dir = scratch(`import-${name}`);
  programs.push(writeIn(dir, 'main.ts', result.program));
  const output = runProgram(dir, 'main.ts');
  return { documents, output, result };
}

/** Every field of the input's body (spec, data, ...) and its labels/annotations are in the output. */
function expectReproduced(documents: ReturnType<typeof readManifests>['documents'], output: any[], skip: (o: any) => any = o => o) {
  for (const d of documents) {
    const input = skip(JSON.parse(JSON.stringify(d.object)));
    const out = counterpart(output, input);
    expect({ object: `${d.file}#${d.doc} ${input.kind} ${input.metadata.name}`, found: out !== undefined }).toEqual({ object: expect.any(String), found: true });
    const { apiVersion, kind, metadata, status, ...body } = input;
    void apiVersion; void kind; void status;
    const problems = [
      ...missingFields(body, out),
      ...missingFields(metadata.labels ?? {}, out.metadata.labels ?? {}, '/metadata/labels'),
      ...missingFields(metadata.annotations ?? {}, out.metadata.annotations ?? {}, '/metadata/annotations'),
    ];
    expect({ object: `${d.file}#${d.doc} ${input.kind} ${input.metadata.name}`, problems }).toEqual({ object: expect.any(String), problems: [] });
  }
}

describe('import round trip', () => {
  test('hand-written manifests in the upstream docs\' style: every spec field reproduced', () => {
    const { documents, output, result } = roundTrip([join(FIXTURES, 'upstream-style')], 'upstream');
    expect(documents.length).toBe(16);
    expectReproduced(documents, output);

    // The program is readable: one construct per object, units referenced by variable.
    expect(result.program).toContain("const beijing = new NodeUnit(cluster, 'beijing', {");
    expect(result.program).toContain("const factory1 = new KinsUnit(cluster, 'factory-1', {");
    expect(result.program).toMatch(/const location = new NodeGroup\(cluster, 'location', \{ nodeUnits: \[beijing, guangzhou\] \}\);/);
    expect(result.program).toContain('select: false,');
    expect(result.program).toContain("deploymentgridDemo.matchLabel('app', 'echo');");
    const override = result.program.slice(result.program.indexOf('api.overrideSite(guangzhou, {'));
    expect(override.slice(0, override.indexOf('});'))).toEqual([
      'api.overrideSite(guangzhou, {',
      '  replicas: 1,',
      "  image: 'registry.example.com/api:1.5.0-rc1',",
      "  env: { MODE: 'canary' },",
      "  templateName: 'canary',",
      '',
    ].join('\n'));
    expect(result.program).toContain('selector: deploymentgridDemo,');
    expect(result.program).toContain("new ApiObject(cluster, 'echo-config', {");

    // The adopted selector is kept exactly, and the library's own labels are where the controllers would put them.
    const grid = counterpart(output, { kind: 'DeploymentGrid', metadata: { name: 'deploymentgrid-demo', namespace: 'default' } });
    expect(grid.spec.template.selector).toEqual({ matchLabels: { app: 'echo' } });
    expect(grid.spec.template.template.metadata.labels).toEqual({ app: 'echo', tier: 'web' });
    const svc = counterpart(output, { kind: 'ServiceGrid', metadata: { name: 'servicegrid-demo', namespace: 'default' } });
    expect(svc.spec.template.selector).toEqual({ app: 'echo' });
    const beijing = counterpart(output, { kind: 'NodeUnit', metadata: { name: 'beijing' } });
    expect(beijing.spec.setNode.labels).toEqual({ beijing: 'nodeunits.superedge.io', location: 'beijing', zone: 'north' });
    const kins = counterpart(output, { kind: 'NodeUnit', metadata: { name: 'factory-1' } });
    expect(kins.spec.autonomyLevel).toBe('L5');
    expect(kins.spec.setNode.taints).toEqual([{ effect: 'NoSchedule', key: 'kins' }]);
    const api = counterpart(output, { kind: 'DeploymentGrid', metadata: { name: 'api' } });
    expect(api.spec.templates).toEqual({ guangzhou: 'canary' });
    expect(api.spec.templatePool.canary.template.spec.containers[0].image).toBe('registry.example.com/api:1.5.0-rc1');
  });

  test('kubectl-exported objects: server state left out and reported, the rest reproduced', () => {
    const { documents, output, result } = roundTrip([join(FIXTURES, 'kubectl-export')], 'kubectl');
    expectReproduced(documents, output, o => {
      delete o.metadata.annotations;
      delete o.metadata.finalizers;
      if (o.kind === 'NodeUnit') delete o.spec.unitCredentialConfigMapRef;
      return o;
    });
    const file = join(FIXTURES, 'kubectl-export', 'nodeunit.yaml');
    expect(result.report).toEqual(expect.arrayContaining([
      `${file}#1 NodeUnit beijing: not imported: status, metadata.uid, metadata.resourceVersion, metadata.generation, metadata.creationTimestamp (written by the API server and the controllers)`,
      `${file}#1 NodeUnit beijing: not imported: metadata.finalizers (the controllers own them; tell your GitOps tool to ignore them)`,
      `${file}#1 NodeUnit beijing: not imported: spec.unitCredentialConfigMapRef (site-manager writes it)`,
      `${file}#2 StatefulSetGrid cache: not imported: its serviceName "cache-svc" is the Service of no ServiceGrid in the files (a StatefulSetGrid construct needs its ServiceGrid); kept as a plain ApiObject`,
    ]));
    expect(result.program).toContain("const zones = NodeGroup.fromName(cluster, 'group-zones', 'zones');");
  });

  test('hostile strings survive as literals: quotes, backslashes, newlines, template markers, line separators', () => {
    const dir = scratch('import-hostile');
    const nasty = "it's a \\ \"quote\" ${process.exit(3)} `tick` \u2028 */ // end";
    writeIn(dir, 'hostile.yaml', [
      'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: hostile', '  labels:', '    "we\'ird/key": ok',
      'data:', `  value: ${JSON.stringify(nasty)}`, '  "key\'s": "line1\\nline2"',
      '---',
      'apiVersion: site.superedge.io/v1alpha2', 'kind: NodeUnit', 'metadata:', '  name: site-a', 'spec:', '  nodes: [n-1]',
      '  setNode:', '    annotations:', `      note: ${JSON.stringify(nasty)}`,
    ].join('\n'));
    const { documents, output } = roundTrip([join(dir, 'hostile.yaml')], 'hostile');
    expectReproduced(documents, output);
    expect(counterpart(output, { kind: 'ConfigMap', metadata: { name: 'hostile' } }).data.value).toBe(nasty);
  });

  test('v1alpha1 units and groups are written as v1alpha2 (reported); what the constructs lack is patched', () => {
    const dir = scratch('import-v1alpha1');
    const file = writeIn(dir, 'old.yaml', [
      'apiVersion: site.superedge.io/v1alpha1', 'kind: NodeUnit', 'metadata:', '  name: old-site', 'spec:', '  type: edge', '  nodes: [o-1]',
      '  setNode:', '    taints:', '    - {key: maintenance, effect: NoExecute, timeAdded: "2026-01-01T00:00:00Z"}',
      '---',
      'apiVersion: site.superedge.io/v1alpha1', 'kind: NodeGroup', 'metadata:', '  name: old-group', 'spec:', '  nodeUnits: [old-site]',
    ].join('\n'));
    const { documents, output, result } = roundTrip([file], 'v1alpha1');
    expectReproduced(documents, output);
    expect(counterpart(output, { kind: 'NodeUnit', metadata: { name: 'old-site' } }).apiVersion).toBe('site.superedge.io/v1alpha2');
    expect(result.report).toEqual(expect.arrayContaining([
      `${file}#1 NodeUnit old-site: written as site.superedge.io/v1alpha2 (the only version the library emits; the API server converts)`,
      `${file}#1 NodeUnit old-site: kept as JSON patches: /spec/setNode/taints/0/timeAdded`,
    ]));
    expect(result.program).toContain("JsonPatch.add('/spec/setNode/taints/0/timeAdded', '2026-01-01T00:00:00Z')");
  });

  test('the program does not depend on the order of the files or of the objects', () => {
    const { documents } = readManifests([join(FIXTURES, 'upstream-style')]);
    const forward = importManifests(documents, { library: SRC }).program;
    const backward = importManifests([...documents].reverse(), { library: SRC }).program;
    expect(backward).toBe(forward);
    // Sections in kind order: units, groups, grids, plain objects.
    const at = (s: string) => forward.indexOf(s);
    expect(at('new NodeUnit(')).toBeLessThan(at('new NodeGroup('));
    expect(at('new NodeGroup(')).toBeLessThan(at('new DeploymentGrid('));
    expect(at('new ServiceGrid(')).toBeLessThan(at('new StatefulSetGrid('));
    expect(at('new StatefulSetGrid(')).toBeLessThan(at('new ApiObject('));
  });

  const examples = readdirSync(join(ROOT, 'examples')).filter(d => !d.includes('.')).sort();
  test.each(examples)('the output of examples/%s', name => {
    // Synthesize the example into a scratch folder (its own KustomizeLayout tree lands there too).
    const synthDir = scratch(`example-${name}`);
    runProgram(synthDir, join(ROOT, 'examples', name, 'main.ts'));
    const { documents, output, result } = roundTrip([join(synthDir, 'dist')], name);
    expect(documents.length).toBeGreaterThan(0);
    // The controller preview file is for review only: reported, not imported.
    const preview = documents.filter(d => (d.object.metadata.annotations as Record<string, string> | undefined)?.['cdk8s-superedge.io/preview'] !== undefined);
    for (const d of preview) expect(result.report.some(l => l.startsWith(`${d.file}#${d.doc} `) && l.includes('not imported: a controller preview object'))).toBe(true);
    expectReproduced(documents.filter(d => !preview.includes(d)), output);
  });

  test('the programs compile with tsc against the library', () => {
    expect(programs.length).toBeGreaterThanOrEqual(3);
    execFileSync(process.execPath, [
      join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--ignoreConfig', '--noEmit', '--strict', '--skipLibCheck',
      '--target', 'es2022', '--module', 'node16', '--moduleResolution', 'node16', '--types', 'node', ...programs,
    ], { cwd: ROOT, stdio: 'pipe' });
  });
});
