/**
 * Facts the README states that a test can hold it to: the steps of `npx projen check`
 * in order, the peers of the install line, and the KustomizeLayout folders. (The install
 * line and the first program themselves are run by scripts/check-package.sh.)
 */
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const tasks = JSON.parse(fs.readFileSync(path.join(root, '.projen/tasks.json'), 'utf8')).tasks;

/** The lines between `<!-- name -->` and `<!-- /name -->`. */
function section(name: string): string[] {
  const start = readme.indexOf(`<!-- ${name} -->`);
  const end = readme.indexOf(`<!-- /${name} -->`);
  if (start < 0 || end < start) throw new Error(`README.md has no <!-- ${name} --> ... <!-- /${name} --> section`);
  return readme.slice(start, end).split('\n').slice(1);
}

/** The fenced block after the README line that starts with `<!-- marker`. */
function blockAfter(marker: string): string {
  const lines = readme.split('\n');
  const at = lines.findIndex(l => l.startsWith(`<!-- ${marker}`));
  if (at < 0 || !lines[at + 1].startsWith('```')) throw new Error(`README.md: no fenced block right after <!-- ${marker}`);
  const end = lines.findIndex((l, i) => i > at + 1 && l.startsWith('```'));
  return lines.slice(at + 2, end).join('\n');
}

test('the README lists the steps of `npx projen check` in the order the task runs them', () => {
  const listed = section('check steps')
    .map(l => /^\| `npx projen ([^`]+)` \|/.exec(l)?.[1])
    .filter((x): x is string => x !== undefined);
  const steps = (tasks.check.steps as any[]).map(s => s.spawn ?? s.exec);
  expect(listed).toEqual(steps);
});

test('.ci/run is the README\'s test command', () => {
  const ci = fs.readFileSync(path.join(root, '.ci/run'), 'utf8');
  expect(ci).toContain('npx projen check');
  expect(readme).toMatch(/^npm ci && npx projen check +# /m);
});

test('the install line installs exactly the peer dependencies, at their ranges', () => {
  const line = blockAfter('install');
  expect(line.split('\n')).toHaveLength(1);
  const [npm, i, lib, ...peers] = line.split(/\s+/);
  expect([npm, i, lib]).toEqual(['npm', 'i', 'cdk8s-superedge']);
  const expected = Object.entries(pkg.peerDependencies as Record<string, string>).map(([n, v]) => `${n}@${v}`).sort();
  expect([...peers].sort()).toEqual(expected);
});

test('the first program is the TypeScript block the package check runs', () => {
  const program = blockAfter('first program');
  expect(program).toContain("from 'cdk8s-superedge'");
  expect(program).toContain('app.synth()');
});

test('the README names every folder KustomizeLayout writes besides namespaces', () => {
  const src = fs.readFileSync(path.join(root, 'src/gitops/kustomize-layout.ts'), 'utf8');
  const folders = [...src.matchAll(/_FOLDER = '([^']+)'/g)].map(m => m[1]);
  expect(folders).toEqual(expect.arrayContaining(['_cluster', '_namespaced']));
  const output = readme.slice(readme.indexOf('## Output and GitOps'));
  for (const f of folders) expect(output).toContain(`\`${f}\``);
});

describe('docs/languages.md', () => {
  const doc = fs.readFileSync(path.join(root, 'docs/languages.md'), 'utf8');
  const examples = [...doc.matchAll(/^<!-- example: (\S+) -->\n```\w+\n([\s\S]*?)\n```$/gm)];

  test('shows every example of docs/examples as it is in its file', () => {
    const files = fs.readdirSync(path.join(root, 'docs/examples'), { recursive: true, withFileTypes: true })
      .filter(e => e.isFile())
      .map(e => path.relative(path.join(root, 'docs/examples'), path.join(e.parentPath, e.name)))
      .sort();
    expect(examples.map(m => m[1]).sort()).toEqual(files);
    for (const [, file, shown] of examples) {
      expect(`${shown}\n`).toBe(fs.readFileSync(path.join(root, 'docs/examples', file), 'utf8'));
    }
  });

  test('names the packages the generated bindings are published as', () => {
    const jsii = pkg.jsii.targets;
    expect(doc).toContain(`pip install ${jsii.python.distName}`);
    expect(doc).toContain(`<groupId>${jsii.java.maven.groupId}</groupId>`);
    expect(doc).toContain(`<artifactId>${jsii.java.maven.artifactId}</artifactId>`);
    expect(doc).toContain(`dotnet add package ${jsii.dotnet.packageId}`);
    expect(doc).toContain(`go get ${jsii.go.moduleName}/cdk8ssuperedge`);
    expect(doc).toContain(`"${jsii.go.moduleName}/cdk8ssuperedge"`);
    expect(doc).toContain(`from ${jsii.python.module} import`);
    expect(doc).toContain(`import ${jsii.java.package}.EdgeCluster;`);
    expect(doc).toContain(`using ${jsii.dotnet.namespace};`);
  });
});
