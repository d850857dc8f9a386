import { IConstruct } from 'constructs';
import { reportValidation } from './findings-report';
import { RULES } from './rules';
import { Severity } from './severity';
import { endAllPasses, startWalk } from '../internal/cache';

export { Severity };

/**
 * One problem found in a declared topology.
 */
export interface Finding {
  /** Stable rule identifier, e.g. `SE-U01` (the README lists them all). */
  readonly ruleId: string;
  /** Error or warning. */
  readonly severity: Severity;
  /** Construct path of the construct the finding is about. */
  readonly path: string;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
  /**
   * Whether the finding is suppressed with `Findings.suppress()`: it neither fails
   * synthesis nor is printed.
   * @default false
   */
  readonly suppressed?: boolean;
  /**
   * Why it is suppressed, as given to `Findings.suppress()`.
   * @default - not suppressed
   */
  readonly suppressionReason?: string;
}

/** What a check returns: a finding without its path (the construct gives that). Internal. */
export interface CheckResult {
  readonly ruleId: string;
  readonly severity?: Severity;
  readonly message: string;
  readonly fix: string;
}

type Check = () => CheckResult[];

const CHECKS = new WeakMap<IConstruct, { checks: Check[]; strict: () => boolean }>();
/** Suppressions by the construct they were declared on: rule id -> reason. */
const SUPPRESSIONS = new WeakMap<IConstruct, Map<string, string>>();

/**
 * Reads the findings of a topology.
 */
export class Findings {
  /**
   * Runs every check of the constructs under `scope` (inclusive) and returns all
   * findings, errors and warnings, in construct-tree order.
   */
  public static of(scope: IConstruct): Finding[] {
    endAllPasses(); // the tree may have changed since an earlier call in this task
    const out: Finding[] = [];
    for (const c of scope.node.findAll()) {
      const entry = CHECKS.get(c);
      if (!entry) continue;
      for (const check of entry.checks) {
        for (const r of check()) {
          const finding: Finding = { ruleId: r.ruleId, severity: r.severity ?? Severity.ERROR, path: c.node.path, message: r.message, fix: r.fix };
          const reason = suppressionOf(c, r.ruleId);
          out.push(reason === undefined ? finding : { ...finding, suppressed: true, suppressionReason: reason });
        }
      }
    }
    return out;
  }

  /**
   * Suppresses the findings of rule `ruleId` on `scope` and every construct under it,
   * with the reason why that is right (e.g. `'lab nodes are not health-checked on
   * purpose'`). Suppressed findings do not fail synthesis and are not printed;
   * `Findings.of()` still lists them, with `suppressed: true` and the reason.
   *
   * @param scope the construct whose findings (and those of its children) are suppressed
   * @param ruleId a rule identifier of docs/rules.md, e.g. `SE-H04`
   * @param reason why the finding is acceptable here (not empty)
   * @throws when the rule id is unknown or the reason is missing
   */
  public static suppress(scope: IConstruct, ruleId: string, reason: string): void {
    if (scope === null || typeof scope !== 'object' || typeof (scope as any).node?.path !== 'string') {
      throw new Error(`Findings.suppress: scope must be a construct, got ${scope === null ? 'null' : typeof scope}. Fix: pass the construct whose findings to suppress.`);
    }
    const where = scope.node.path || '<root>';
    if (typeof ruleId !== 'string' || !Object.prototype.hasOwnProperty.call(RULES, ruleId)) {
      throw new Error(`[${where}] Findings.suppress: unknown rule id ${JSON.stringify(ruleId)}. Fix: use a rule id listed in docs/rules.md, e.g. 'SE-H04'.`);
    }
    if (typeof reason !== 'string' || reason.trim() === '') {
      throw new Error(`[${where}] Findings.suppress: the suppression of ${ruleId} has no reason. Fix: say why the finding is acceptable here, e.g. Findings.suppress(scope, '${ruleId}', 'lab nodes are not health-checked on purpose').`);
    }
    let mine = SUPPRESSIONS.get(scope);
    if (!mine) {
      mine = new Map();
      SUPPRESSIONS.set(scope, mine);
    }
    mine.set(ruleId, reason.trim());
  }

  /** One line for a finding: `[path] RULE: message. Fix: fix`. */
  public static format(finding: Finding): string {
    return `[${finding.path}] ${describe(finding)}`;
  }

  private constructor() {}
}

/**
 * Registers a check on a construct. Errors become construct-tree validation errors,
 * which cdk8s reports all at once (prefixed with the construct path) before it writes
 * anything; warnings are errors when `strict()` says so. What a person sees of them, one
 * block per synthesis, is printed by ./findings-report.ts from a validation of the root,
 * which cdk8s runs first. Internal: not exported from the package.
 */
export function addCheck(construct: IConstruct, check: Check, strict: () => boolean = () => false): void {
  let entry = CHECKS.get(construct);
  if (!entry) {
    entry = { checks: [], strict };
    CHECKS.set(construct, entry);
    addRootReport(construct.node.root);
    construct.node.addValidation({
      // The root's validation ran the checks of this pass already; else run them now.
      validate: () => takePassResults(construct)?.errors ?? checkResults(construct).errors,
    });
  }
  entry.checks.push(check);
}

/** A construct's checks, as cdk8s' error lines (errors, and warnings when strict) and findings. */
function checkResults(construct: IConstruct): { errors: string[]; findings: Finding[] } {
  const entry = CHECKS.get(construct);
  const errors: string[] = [];
  const findings: Finding[] = [];
  if (!entry) return { errors, findings };
  const asErrors = entry.strict();
  for (const c of entry.checks) {
    for (const r of c()) {
      if (suppressionOf(construct, r.ruleId) !== undefined) continue;
      const severity = asErrors ? Severity.ERROR : r.severity ?? Severity.ERROR;
      if (severity === Severity.ERROR) errors.push(describe({ ...r, severity }));
      findings.push({ ruleId: r.ruleId, severity, path: construct.node.path, message: r.message, fix: r.fix });
    }
  }
  return { errors, findings };
}

/** Results of the root's validation for the constructs validated after it, in the same pass. */
let passResults: Map<IConstruct, { errors: string[] }> | undefined;

function takePassResults(construct: IConstruct): { errors: string[] } | undefined {
  const r = passResults?.get(construct);
  passResults?.delete(construct);
  return r;
}

const ROOTS_REPORTING = new WeakSet<IConstruct>();

/** Once per root: a validation that runs every check of the app and reports them as one block. */
function addRootReport(root: IConstruct): void {
  if (ROOTS_REPORTING.has(root)) return;
  ROOTS_REPORTING.add(root);
  root.node.addValidation({
    validate: () => {
      startWalk(root); // cdk8s validates the root first: a new pass of the whole app (src/internal/cache.ts)
      const results = new Map<IConstruct, { errors: string[] }>();
      const findings: Finding[] = [];
      const lines: string[] = [];
      for (const c of root.node.findAll()) {
        if (!CHECKS.has(c)) continue;
        const r = checkResults(c);
        results.set(c, r);
        findings.push(...r.findings);
        lines.push(...r.errors.map(e => `[${c.node.path}] ${e}`));
      }
      passResults = results;
      queueMicrotask(() => {
        if (passResults === results) passResults = undefined;
      });
      reportValidation(root, findings, lines);
      return [];
    },
  });
}

/** The reason a finding of `ruleId` on `construct` is suppressed (nearest scope wins), if it is. Internal. */
export function suppressionOf(construct: IConstruct, ruleId: string): string | undefined {
  for (let c: IConstruct | undefined = construct; c; c = c.node.scope) {
    const reason = SUPPRESSIONS.get(c)?.get(ruleId);
    if (reason !== undefined) return reason;
  }
  return undefined;
}

function describe(f: { ruleId: string; message: string; fix: string; severity?: Severity }): string {
  const kind = f.severity === Severity.WARNING ? 'warning ' : '';
  return `${kind}${f.ruleId}: ${oneLine(f.message)}. Fix: ${oneLine(f.fix)}`;
}

/** A finding is one line: line breaks inside the values it quotes are written as `\n`. */
function oneLine(text: string): string {
  return text.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

