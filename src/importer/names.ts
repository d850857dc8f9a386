/** Words a variable of the printed program cannot be. */
const RESERVED = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum',
  'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null',
  'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield',
  'let', 'static', 'implements', 'interface', 'package', 'private', 'protected', 'public', 'await', 'async',
  'arguments', 'eval', 'undefined', 'NaN', 'Infinity', 'require', 'module', 'exports', 'process', 'console',
  // the program's own names and imports
  'app', 'cluster', 'kplus', 'ApiObject', 'App', 'Duration', 'JsonPatch', 'Size',
]);

/** `guangzhou-2` -> `guangzhou2`, `edge.site_a` -> `edgeSiteA`; never empty, never starting with a digit. */
export function camelCase(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(w => w.length > 0);
  const joined = words.map((w, i) => i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1)).join('');
  if (joined === '') return 'object';
  return /^[0-9]/.test(joined) ? `n${joined}` : joined;
}

/** Hands out unique variable names and construct ids, in the order asked. */
export class NameAllocator {
  private readonly vars = new Set<string>();
  private readonly ids = new Set<string>();

  /** A variable for an object called `name`; `suffix` (e.g. `Grid`) disambiguates. */
  public variable(name: string, suffix: string): string {
    const base = camelCase(name);
    for (const candidate of [base, `${base}${suffix}`]) {
      if (!RESERVED.has(candidate) && !this.vars.has(candidate)) return this.takeVar(candidate);
    }
    for (let i = 2; ; i++) {
      const candidate = `${base}${suffix}${i}`;
      if (!this.vars.has(candidate)) return this.takeVar(candidate);
    }
  }

  /** A construct id (unique in the cluster): the preferred one, else with a prefix, else numbered. */
  public id(preferred: string, prefix: string): string {
    for (const candidate of [preferred, `${prefix}-${preferred}`]) {
      if (!this.ids.has(candidate)) return this.takeId(candidate);
    }
    for (let i = 2; ; i++) {
      const candidate = `${prefix}-${preferred}-${i}`;
      if (!this.ids.has(candidate)) return this.takeId(candidate);
    }
  }

  private takeVar(v: string): string {
    this.vars.add(v);
    return v;
  }

  private takeId(v: string): string {
    this.ids.add(v);
    return v;
  }
}
