/**
 * The imported program as data: the importer builds this, then both prints it as
 * TypeScript (`render-program.ts`) and runs it in memory (`evaluate-program.ts`) to find
 * what the constructs do not reproduce. One description for both, so the program that
 * is written is the program that was checked.
 */

/** An expression of the program. */
export type Expr =
  /** A JSON value, printed as a literal. */
  | { readonly lit: unknown }
  /** An object literal; entries keep their order, undefined values are left out. */
  | { readonly obj: ReadonlyArray<readonly [string, Expr]> }
  /** An array literal. */
  | { readonly arr: readonly Expr[] }
  /** A variable of the program (`app`, `cluster`, or one a statement declared). */
  | { readonly ref: string }
  /** A call of an imported function or static method, e.g. `kplus.Cpu.millis(50)`. */
  | { readonly call: string; readonly args: readonly Expr[] }
  /** An imported value, e.g. `kplus.Protocol.UDP` or `NodeUnitType.CLOUD`. */
  | { readonly sym: string };

/** One JSON patch operation kept as an escape hatch. */
export interface PatchOp {
  readonly op: 'add' | 'replace';
  /** JSON pointer. */
  readonly path: string;
  readonly value: unknown;
}

/** A statement of the program. */
export type Statement =
  /** `const <name> = new <cls>(<args>);` (or without `const` when `name` is unset). */
  | { readonly kind: 'new'; readonly name?: string; readonly cls: string; readonly args: readonly Expr[]; readonly comment?: string }
  /** `const <name> = <expr>;` */
  | { readonly kind: 'const'; readonly name: string; readonly value: Expr; readonly comment?: string }
  /** `<target>.<method>(<args>);` */
  | { readonly kind: 'call'; readonly target: string; readonly method: string; readonly args: readonly Expr[] }
  /** `ApiObject.of(<target>).addJsonPatch(JsonPatch.add(...), ...);` */
  | { readonly kind: 'patch'; readonly target: string; readonly ops: readonly PatchOp[]; readonly comment?: string }
  /** A comment line (or a blank line for an empty text). */
  | { readonly kind: 'comment'; readonly text: string };

export const lit = (v: unknown): Expr => ({ lit: v });
export const ref = (name: string): Expr => ({ ref: name });
export const sym = (path: string): Expr => ({ sym: path });
export const call = (fn: string, ...args: Expr[]): Expr => ({ call: fn, args });
export const arr = (items: Expr[]): Expr => ({ arr: items });

/** An object literal from a record; undefined entries are left out, order kept. */
export function obj(entries: { [key: string]: Expr | undefined }): Expr {
  return { obj: Object.entries(entries).filter((e): e is [string, Expr] => e[1] !== undefined) };
}

/** An object literal, or undefined when it would be empty. */
export function objOrUndefined(entries: { [key: string]: Expr | undefined }): Expr | undefined {
  const o = obj(entries) as { obj: ReadonlyArray<readonly [string, Expr]> };
  return o.obj.length > 0 ? o : undefined;
}
