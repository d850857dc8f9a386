import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { UsageError } from '../src/cli/usage-error';
import { formatReadError, originOf, parseManifestText, readManifests } from '../src/manifests';

/** A scratch folder with the given files (path -> text). */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'manifests-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

const unit = (name: string) => `apiVersion: apps.superedge.io/v1\nkind: NodeUnit\nmetadata:\n  name: ${name}\nspec:\n  type: edge\n`;

describe('manifest reader', () => {
  test('multi-document YAML: one record per object, 1-based doc and start line, empty documents counted', () => {
    const text = `# leading comment\n${unit('a')}---\n---\n# second\n${unit('b')}---\n`;
    const r = parseManifestText('x.yaml', text);
    expect(r.errors).toEqual([]);
    expect(r.documents.map(d => [d.doc, d.line, d.object.metadata.name])).toEqual([[1, 2, 'a'], [3, 11, 'b']]);
    expect(originOf(r.documents[1])).toBe('x.yaml#3');
  });

  test('kind: List items are separate objects with their own line, sharing the document number', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: one}\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: two}\n';
    const r = parseManifestText('l.yml', text);
    expect(r.errors).toEqual([]);
    expect(r.documents.map(d => [d.doc, d.item, d.line, d.object.metadata.name])).toEqual([[1, 1, 4, 'one'], [1, 2, 7, 'two']]);
  });

  test('JSON files: strict JSON, object line located; a syntax error has line and column', () => {
    const ok = parseManifestText('o.json', '\n\n{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}}');
    expect(ok.errors).toEqual([]);
    expect(ok.documents[0]).toMatchObject({ doc: 1, line: 3, object: { kind: 'ConfigMap' } });
    const bad = parseManifestText('b.json', '{\n  "a": [1,\n  "b": 2\n');
    expect(bad.documents).toEqual([]);
    expect(bad.errors).toHaveLength(1);
    expect(formatReadError(bad.errors[0])).toMatch(/^b\.json:[34]:\d+: invalid JSON: /);
  });

  test('errors: syntax, not a mapping, missing apiVersion/kind/metadata.name, duplicate keys; reading goes on', () => {
    const text = [
      'a: [1', // doc 1: syntax error
      '---\n- 1\n- 2', // doc 2: a list
      '---\nkind: NodeUnit\nmetadata: {}', // doc 3: no apiVersion, no name
      '---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\nmetadata: {name: y}', // doc 4: duplicate key
      `---\n${unit('fine')}`, // doc 5
    ].join('\n');
    const r = parseManifestText('e.yaml', text);
    expect(r.documents.map(d => [d.doc, d.object.metadata.name])).toEqual([[5, 'fine']]);
    const lines = r.errors.map(formatReadError);
    expect(lines[0]).toMatch(/^e\.yaml:\d+:\d+: document 1: /);
    expect(lines).toContain('e.yaml:3:1: document 2: is a list, not a Kubernetes object. Fix: each document must be a mapping with apiVersion, kind and metadata.name');
    expect(lines).toContain('e.yaml:6:1: document 3: NodeUnit object without apiVersion, metadata.name. Fix: every object needs a string apiVersion, kind and metadata.name');
    expect(lines.some(l => /^e\.yaml:\d+:\d+: document 4: .*[Uu]nique/.test(l))).toBe(true);
  });

  test('YAML 1.1 scalars as kubectl reads them, but dates and 1:20 stay strings', () => {
    const r = parseManifestText('s.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: s}\nx: {a: yes, b: 0644, c: 2026-01-01, d: 1:20, e: "on"}\n');
    expect(r.documents[0].object.x).toEqual({ a: true, b: 420, c: '2026-01-01', d: '1:20', e: 'on' });
  });

  test('folders: recursive, sorted, only *.yaml/*.yml/*.json, hidden folders and node_modules skipped', () => {
    const dir = tree({
      'b.yaml': unit('b'),
      'a.yml': unit('a'),
      'sub/c.json': JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } }),
      'sub/readme.md': 'not a manifest',
      '.git/x.yaml': unit('hidden'),
      'node_modules/y.yaml': unit('module'),
    });
    const r = readManifests([dir]);
    expect(r.errors).toEqual([]);
    expect(r.documents.map(d => [d.file.slice(dir.length + 1), d.object.metadata.name])).toEqual([
      ['a.yml', 'a'], ['b.yaml', 'b'], ['sub/c.json', 'c'],
    ]);
    // A file named explicitly and inside a named folder is read once.
    expect(readManifests([join(dir, 'b.yaml'), dir]).documents.map(d => d.object.metadata.name)).toEqual(['b', 'a', 'c']);
  });

  test('an unreadable path is a UsageError with the path and the reason', () => {
    expect(() => readManifests(['/nonexistent/x.yaml'])).toThrow(UsageError);
    expect(() => readManifests(['/nonexistent/x.yaml'])).toThrow('cannot read /nonexistent/x.yaml: no such file or folder');
    expect(() => readManifests([])).toThrow(/no manifest path given/);
    expect(() => readManifests([null as any])).toThrow(/is not a path/);
    if (process.getuid?.() !== 0) {
      const dir = tree({ 'locked.yaml': unit('l') });
      chmodSync(join(dir, 'locked.yaml'), 0o000);
      expect(() => readManifests([dir])).toThrow(/locked\.yaml: permission denied/);
    }
  });
});
