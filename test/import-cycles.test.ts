import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * No import cycles among src/ files: a depth-first search over the value imports of
 * every src/**\/*.ts (type-only imports and re-exports of types are left out: they
 * vanish at compile time).
 */
const SRC = path.join(__dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The src files a file imports at run time. */
export function valueImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf-8');
  const out: string[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s+'(\.[^']+)'/gms;
  for (const m of text.matchAll(re)) {
    if (m[2]) continue; // import type / export type
    const names = m[3];
    if (/^\{[^}]*\}$/s.test(names.trim()) && names.replace(/[{}\s]/g, '').split(',').filter(Boolean).every(n => n.startsWith('type '))) continue;
    const base = path.resolve(path.dirname(file), m[4]);
    const target = [`${base}.ts`, path.join(base, 'index.ts')].find(f => fs.existsSync(f));
    if (target) out.push(target);
  }
  return out;
}

/** Every cycle found, each as a list of files relative to src/. */
export function importCycles(files: string[]): string[][] {
  const graph = new Map(files.map(f => [f, valueImports(f)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === 'open') cycles.push([...stack.slice(stack.indexOf(g)), g].map(x => path.relative(SRC, x)));
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of [...graph.keys()].sort()) if (!state.has(f)) visit(f);
  return cycles;
}

test('no import cycles among src files', () => {
  expect(importCycles(sourceFiles(SRC)).map(c => c.join(' -> '))).toEqual([]);
});

test('the cycle search finds a cycle', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cycles-'));
  fs.writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a = b;\n");
  fs.writeFileSync(path.join(dir, 'b.ts'), "import { a } from './a';\nimport type { C } from './c';\nexport const b = a;\n");
  fs.writeFileSync(path.join(dir, 'c.ts'), "import { b } from './b';\nexport type C = typeof b;\n");
  const cycles = importCycles(['a.ts', 'b.ts', 'c.ts'].map(f => path.join(dir, f)));
  expect(cycles).toHaveLength(1);
  expect(cycles[0].map(f => path.basename(f))).toEqual(['a.ts', 'b.ts', 'a.ts']);
});
