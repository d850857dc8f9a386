/**
 * Summarizes a V8 CPU profile of bench/profile.ts: self time by package (yaml, cdk8s,
 * constructs, cdk8s-plus, this library by folder), garbage collection and the rest,
 * over the samples taken while its `measured()` runs (from its first sample to its last).
 *
 *   node --cpu-prof --cpu-prof-dir=bench/out/prof --require ts-node/register/transpile-only bench/profile.ts 20000 [mode]
 *   node --require ts-node/register/transpile-only bench/profile-summary.ts bench/out/prof/*.cpuprofile
 */
import * as fs from 'fs';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

function category(url: string, fn: string): string {
  if (fn === '(garbage collector)') return 'GC';
  if (fn === '(idle)' || fn === '(program)' || fn === '(root)') return fn;
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?:.*node_modules\/((?:@[^/]+\/)?[^/]+)\/)?/.exec(url);
  if (m) return m[2] ?? m[1];
  const src = /\/src\/([^/]+)\//.exec(url);
  if (src) return `library: src/${src[1]}`;
  if (/\/bench\//.test(url)) return 'benchmark driver';
  if (url.startsWith('node:') || url === '') return 'node internals';
  return 'other';
}

function summarize(file: string): void {
  const p = JSON.parse(fs.readFileSync(file, 'utf-8'));
  const byId = new Map<number, ProfileNode>(p.nodes.map((n: ProfileNode) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inMeasured = (id: number): boolean => {
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) if (byId.get(x)!.callFrame.functionName === 'measured') return true;
    return false;
  };
  const hits = p.samples.map((s: number, i: number) => (inMeasured(s) ? i : -1)).filter((i: number) => i >= 0);
  const [first, last] = hits.length > 0 ? [hits[0], hits[hits.length - 1]] : [0, p.samples.length - 1];
  const self = new Map<number, number>();
  for (let i = first; i <= last; i++) {
    const dt = p.timeDeltas[i] ?? 0;
    self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + dt);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const cats = new Map<string, number>();
  const fns = new Map<string, number>();
  for (const [id, t] of self) {
    const n = byId.get(id)!;
    const c = category(n.callFrame.url, n.callFrame.functionName);
    cats.set(c, (cats.get(c) ?? 0) + t);
    const name = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/.*node_modules\//, '').replace(/.*\/src\//, 'src/')}:${n.callFrame.lineNumber + 1}`;
    fns.set(name, (fns.get(name) ?? 0) + t);
  }
  console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled`);
  console.log('| where | self ms | % |');
  console.log('| --- | ---: | ---: |');
  for (const [c, t] of [...cats].sort((a, b) => b[1] - a[1]).slice(0, 14)) {
    console.log(`| ${c} | ${(t / 1000).toFixed(0)} | ${(100 * t / total).toFixed(1)} |`);
  }
  console.log('');
  console.log('| function (top 15 by self time) | self ms | % |');
  console.log('| --- | ---: | ---: |');
  for (const [f, t] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`| ${f} | ${(t / 1000).toFixed(0)} | ${(100 * t / total).toFixed(1)} |`);
  }
}

for (const f of process.argv.slice(2)) summarize(f);
