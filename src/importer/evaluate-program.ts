import * as cdk8s from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Expr, Statement } from './program';
import { CDK8S_NAMES } from './render-program';
import * as library from '../index';

/**
 * Runs the program's statements in memory, against the very modules the printed
 * program imports (cdk8s, cdk8s-plus-27 and this library), and returns its variables.
 * Patch statements are applied too. Throws what the constructs throw, with the
 * statement that threw.
 */
export function evaluateProgram(statements: readonly Statement[], vars: Map<string, unknown>): Map<string, unknown> {
  for (const s of statements) {
    try {
      runStatement(s, vars);
    } catch (e) {
      const what = s.kind === 'new' || s.kind === 'const' ? s.name ?? (s.kind === 'new' ? s.cls : '') : s.kind === 'comment' ? '' : s.target;
      throw new EvaluationError(what, e instanceof Error ? e.message : String(e));
    }
  }
  return vars;
}

/** A statement of the program threw. */
export class EvaluationError extends Error {
  constructor(public readonly statementVariable: string, message: string) {
    super(message);
    this.name = 'EvaluationError';
  }
}

function runStatement(s: Statement, vars: Map<string, unknown>): void {
  switch (s.kind) {
    case 'comment': return;
    case 'new': {
      const Cls = resolve(s.cls) as new (...args: unknown[]) => unknown;
      const value = new Cls(...s.args.map(a => evaluate(a, vars)));
      if (s.name) vars.set(s.name, value);
      return;
    }
    case 'const': vars.set(s.name, evaluate(s.value, vars)); return;
    case 'call': {
      // `grid.scheduling`: a variable, then properties.
      const [head, ...props] = s.target.split('.');
      let target = variable(head, vars) as Record<string, unknown>;
      for (const p of props) target = target[p] as Record<string, unknown>;
      (target[s.method] as (...args: unknown[]) => unknown).apply(target, s.args.map(a => evaluate(a, vars)));
      return;
    }
    case 'patch': {
      const o = cdk8s.ApiObject.of(variable(s.target, vars) as cdk8s.ApiObject);
      o.addJsonPatch(...s.ops.map(op => op.op === 'add' ? cdk8s.JsonPatch.add(op.path, clone(op.value)) : cdk8s.JsonPatch.replace(op.path, clone(op.value))));
      return;
    }
  }
}

function evaluate(e: Expr, vars: Map<string, unknown>): unknown {
  if ('lit' in e) return clone(e.lit);
  if ('ref' in e) return variable(e.ref, vars);
  if ('sym' in e) return resolve(e.sym);
  if ('arr' in e) return e.arr.map(x => evaluate(x, vars));
  if ('call' in e) {
    const path = e.call.split('.');
    const owner = path.length > 1 ? resolve(path.slice(0, -1).join('.')) as Record<string, unknown> : undefined;
    const fn = resolve(e.call) as (...args: unknown[]) => unknown;
    return fn.apply(owner, e.args.map(a => evaluate(a, vars)));
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of e.obj) out[k] = evaluate(v, vars);
  return out;
}

function variable(name: string, vars: Map<string, unknown>): unknown {
  if (!vars.has(name)) throw new Error(`the program uses ${name} before declaring it`);
  return vars.get(name);
}

/** Resolves `kplus.X.y`, a cdk8s name (`Duration.seconds`) or a library name (`NodeUnitType.EDGE`). */
function resolve(path: string): unknown {
  const [head, ...rest] = path.split('.');
  let v: unknown = head === 'kplus' ? kplus : CDK8S_NAMES.has(head) ? (cdk8s as Record<string, unknown>)[head] : (library as Record<string, unknown>)[head];
  if (v === undefined) throw new Error(`unknown name ${head}`);
  for (const p of rest) {
    v = (v as Record<string, unknown>)[p];
    if (v === undefined) throw new Error(`unknown name ${path}`);
  }
  return v;
}

function clone<T>(v: T): T {
  return v === undefined ? v : JSON.parse(JSON.stringify(v));
}
