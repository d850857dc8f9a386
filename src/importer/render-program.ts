import { Expr, PatchOp, Statement } from './program';

/** Names of the cdk8s module the program may use. */
export const CDK8S_NAMES = new Set(['ApiObject', 'App', 'Duration', 'JsonPatch', 'Size']);

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const INDENT = '  ';
/** Lines longer than this are broken over several lines. */
const WIDTH = 110;

/** What the printed program needs besides its statements. */
export interface RenderOptions {
  /** Comment lines at the top. */
  readonly header: string[];
  /** The module the library is imported from (`cdk8s-superedge`, or a path). */
  readonly library: string;
}

/** Prints the program as TypeScript, 2-space indented, imports first. */
export function renderProgram(statements: readonly Statement[], options: RenderOptions): string {
  const used = new Set<string>(['App']);
  for (const s of statements) collectSymbols(s, used);
  const cdk8s = [...used].filter(n => CDK8S_NAMES.has(n)).sort();
  const library = [...used].filter(n => n !== 'kplus' && !CDK8S_NAMES.has(n)).sort();
  const lines: string[] = [...options.header.map(h => `// ${h}`.trimEnd())];
  lines.push(`import { ${cdk8s.join(', ')} } from 'cdk8s';`);
  if (used.has('kplus')) lines.push("import * as kplus from 'cdk8s-plus-27';");
  lines.push(`import { ${library.join(', ')} } from ${quote(options.library)};`);
  lines.push('');
  for (const s of statements) lines.push(...renderStatement(s));
  return lines.join('\n') + '\n';
}

function collectSymbols(s: Statement, used: Set<string>): void {
  const visit = (e: Expr) => {
    if ('call' in e) {
      used.add(e.call.split('.')[0]);
      e.args.forEach(visit);
    } else if ('sym' in e) {
      used.add(e.sym.split('.')[0]);
    } else if ('obj' in e) {
      e.obj.forEach(([, v]) => visit(v));
    } else if ('arr' in e) {
      e.arr.forEach(visit);
    }
  };
  switch (s.kind) {
    case 'new': used.add(s.cls.split('.')[0]); s.args.forEach(visit); break;
    case 'const': visit(s.value); break;
    case 'call': s.args.forEach(visit); break;
    case 'patch': used.add('ApiObject'); used.add('JsonPatch'); break;
    case 'comment': break;
  }
}

function renderStatement(s: Statement): string[] {
  switch (s.kind) {
    case 'comment': return [s.text === '' ? '' : `// ${s.text}`];
    case 'new': {
      const head = `${s.name ? `const ${s.name} = ` : ''}new ${s.cls}(`;
      return [...commentLines(s.comment), ...callLines(head, s.args, ');')];
    }
    case 'const': return [...commentLines(s.comment), ...exprLines(`const ${s.name} = `, s.value, ';', '')];
    case 'call': return callLines(`${s.target}.${s.method}(`, s.args, ');');
    case 'patch': return [...commentLines(s.comment), ...patchLines(s.target, s.ops)];
  }
}

function commentLines(comment: string | undefined): string[] {
  return comment ? comment.split('\n').map(c => `// ${c}`) : [];
}

/** `head` + arguments + `tail`, on one line when short, else the last argument spread over lines. */
function callLines(head: string, args: readonly Expr[], tail: string, indent = ''): string[] {
  const flat = args.map(a => flatExpr(a));
  const one = `${indent}${head}${flat.join(', ')}${tail}`;
  if (one.length <= WIDTH && !one.includes('\n')) return [one];
  if (args.length === 0) return [one];
  const first = flat.slice(0, -1);
  const last = args[args.length - 1];
  const prefix = `${head}${first.map(f => `${f}, `).join('')}`;
  return exprLines(prefix, last, tail, indent);
}

/** `prefix` + expression + `suffix`, broken over lines at object and array literals. */
function exprLines(prefix: string, e: Expr, suffix: string, indent: string): string[] {
  const flat = flatExpr(e);
  if (`${indent}${prefix}${flat}${suffix}`.length <= WIDTH) return [`${indent}${prefix}${flat}${suffix}`];
  if ('obj' in e && e.obj.length > 0) {
    const out = [`${indent}${prefix}{`];
    for (const [k, v] of e.obj) out.push(...exprLines(`${key(k)}: `, v, ',', indent + INDENT));
    out.push(`${indent}}${suffix}`);
    return out;
  }
  if ('arr' in e && e.arr.length > 0) {
    const out = [`${indent}${prefix}[`];
    for (const v of e.arr) out.push(...exprLines('', v, ',', indent + INDENT));
    out.push(`${indent}]${suffix}`);
    return out;
  }
  if ('lit' in e && e.lit !== null && typeof e.lit === 'object') {
    return exprLines(prefix, literalExpr(e.lit), suffix, indent);
  }
  if ('call' in e && e.args.length > 0) return callLines(`${prefix}${e.call}(`, e.args, `)${suffix}`, indent);
  return [`${indent}${prefix}${flat}${suffix}`];
}

function patchLines(target: string, ops: readonly PatchOp[]): string[] {
  const out = [`ApiObject.of(${target}).addJsonPatch(`];
  for (const op of ops) {
    out.push(...exprLines(`JsonPatch.${op.op}(${quote(op.path)}, `, literalExpr(op.value), '),', INDENT));
  }
  out.push(');');
  return out;
}

/** A JSON value as object/array expressions, so that long ones break over lines too. */
function literalExpr(v: unknown): Expr {
  if (Array.isArray(v)) return { arr: v.map(literalExpr) };
  if (v !== null && typeof v === 'object') {
    return { obj: Object.entries(v as object).filter(([, x]) => x !== undefined).map(([k, x]) => [k, literalExpr(x)] as const) };
  }
  return { lit: v };
}

function flatExpr(e: Expr): string {
  if ('lit' in e) return flatLiteral(e.lit);
  if ('ref' in e) return e.ref;
  if ('sym' in e) return e.sym;
  if ('call' in e) return `${e.call}(${e.args.map(flatExpr).join(', ')})`;
  if ('arr' in e) return `[${e.arr.map(flatExpr).join(', ')}]`;
  if (e.obj.length === 0) return '{}';
  return `{ ${e.obj.map(([k, v]) => `${key(k)}: ${flatExpr(v)}`).join(', ')} }`;
}

function flatLiteral(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return quote(v);
  if (Array.isArray(v)) return `[${v.map(flatLiteral).join(', ')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v as object).filter(([, x]) => x !== undefined);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([k, x]) => `${key(k)}: ${flatLiteral(x)}`).join(', ')} }`;
  }
  return JSON.stringify(v);
}

function key(k: string): string {
  return IDENT.test(k) ? k : quote(k);
}

/** A single-quoted TypeScript string literal. */
export function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')
    .replace(/[\u0000-\u001f\u2028\u2029]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
}
