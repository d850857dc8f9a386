import { PlannedFile, replaceFolder } from './atomic-folder';
import { throwValidationErrors, validationErrors } from './cluster-validation';
import { installScript } from './install-script';
import { planOnboarding } from './plan';
import { siteReadme, topReadme } from './readme';
import { ONBOARDING_RULES } from './rules/index';
import { runRules } from './run-rules';
import { hasControlCharacter } from './shell-quote';
import { byString } from '../internal/util';
import { modelFromConstructs } from '../model/from-constructs';
import { EdgeCluster } from '../topology/edge-cluster';
import { Finding, Severity, suppressionOf } from '../validation/findings';

/**
 * Options of `NodeOnboarding.write`.
 */
export interface NodeOnboardingOptions {
  /**
   * How the scripts call edgectl on the node: a path relative to the folder the script
   * runs in, or absolute.
   * @default './edgectl'
   */
  readonly edgectlPath?: string;

  /**
   * Whether the README of a Kins site notes that its nodes join the unit's K3s cluster
   * after installation.
   * @default true
   */
  readonly kinsNote?: boolean;
}

/** Marks a folder written by NodeOnboarding, so that the next write may replace it. */
const MARKER = '.cdk8s-superedge-onboarding';
const OWNER = 'NodeOnboarding';

/**
 * A node-onboarding runbook per site, for TKE Edge: the `edgectl` commands that install
 * each declared node, as a POSIX sh script and a README per site.
 *
 * ```
 * <outdir>/README.md            # the sites; units whose members are unknown (not onboarded)
 * <outdir>/<site>/install.sh    # sh install.sh NODE: edgectl check, then edgectl install
 * <outdir>/<site>/README.md     # for the person on site: what check verifies, what install clears
 * ```
 *
 * Nothing in the folder holds a token: the edgectl download is the user's (from the
 * console, valid for an hour).
 */
export class NodeOnboarding {
  /**
   * Checks the cluster (every check synthesis runs, plus the onboarding checks) and, when
   * nothing is wrong, writes the onboarding folder; nothing is written otherwise. A node
   * in several units is onboarded once, by the first of its units in name order; units
   * given by selector only are listed as not onboarded. The folder is replaced whole and
   * atomically; a folder holding other files is refused. Returns the written files,
   * relative to `outdir`, sorted.
   *
   * @param cluster the cluster whose declared nodes to onboard
   * @param outdir the folder to write (created when missing)
   * @param options edgectl path and notes
   */
  public static write(cluster: EdgeCluster, outdir: string, options: NodeOnboardingOptions = {}): string[] {
    const edgectl = checkArguments(cluster, outdir, options);
    const findings = NodeOnboarding.findings(cluster);
    const errors = validationErrors(cluster);
    const asErrors = cluster.warningsAsErrors;
    for (const f of findings.filter(x => !x.suppressed)) {
      if (f.severity === Severity.ERROR || asErrors) errors.push(`[${f.path}] ${f.ruleId}: ${f.message}. Fix: ${f.fix}`);
    }
    throwValidationErrors(errors);
    for (const f of findings.filter(x => !x.suppressed)) {
      if (f.severity === Severity.WARNING && !asErrors) process.stderr.write(`cdk8s-superedge: [${f.path}] warning ${f.ruleId}: ${f.message}. Fix: ${f.fix}\n`);
    }

    const plan = planOnboarding(modelFromConstructs(cluster));
    const kinsNote = options.kinsNote ?? true;
    const files: PlannedFile[] = [
      { path: 'README.md', content: topReadme(cluster.clusterName ?? cluster.node.id, plan), executable: false },
    ];
    for (const site of plan.sites) {
      if (site.nodes.length === 0) {
        files.push({ path: `${site.site}/README.md`, content: siteReadmeWithoutNodes(site.site, site.elsewhere), executable: false });
        continue;
      }
      files.push({ path: `${site.site}/install.sh`, content: installScript(site.site, site.nodes, edgectl), executable: true });
      files.push({ path: `${site.site}/README.md`, content: siteReadme(site, edgectl, kinsNote), executable: false });
    }
    files.sort((a, b) => byString(a.path, b.path));
    replaceFolder(outdir, files, MARKER, OWNER);
    return files.map(f => f.path);
  }

  /**
   * The onboarding findings of a cluster (rules SE-O01, SE-O02), without writing
   * anything: warnings for nodes whose default interface is unknown, errors for
   * interfaces that are no Linux interface name.
   */
  public static findings(cluster: EdgeCluster): Finding[] {
    if (!EdgeCluster.isEdgeCluster(cluster)) throw new Error(`${OWNER}.findings: cluster must be an EdgeCluster, got ${describe(cluster)}`);
    const byPath = new Map(cluster.node.findAll().map(c => [c.node.path, c]));
    return runRules(ONBOARDING_RULES, modelFromConstructs(cluster)).map(f => {
      const finding: Finding = { ruleId: f.ruleId, severity: f.severity, path: f.origin, message: f.message, fix: f.fix };
      const at = byPath.get(f.origin);
      const reason = at ? suppressionOf(at, f.ruleId) : undefined;
      return reason === undefined ? finding : { ...finding, suppressed: true, suppressionReason: reason };
    });
  }

  private constructor() {}
}

function siteReadmeWithoutNodes(site: string, elsewhere: ReadonlyArray<{ node: string; site: string }>): string {
  return [
    `# Site \`${site}\`: node onboarding`,
    '',
    'Generated by cdk8s-superedge (`NodeOnboarding.write`): regenerate it, do not edit it.',
    '',
    'Every member of this site is onboarded by another site\'s script (each node is installed once):',
    '',
    ...elsewhere.map(e => `- \`${e.node}\`: \`../${e.site}/install.sh\``),
    '',
  ].join('\n');
}

/** Checks what a caller from any language may pass; returns the edgectl path. */
function checkArguments(cluster: unknown, outdir: unknown, options: unknown): string {
  if (!EdgeCluster.isEdgeCluster(cluster)) {
    throw new Error(`${OWNER}.write: cluster must be an EdgeCluster, got ${describe(cluster)}`);
  }
  const where = `${OWNER}.write(${cluster.node.path})`;
  if (typeof outdir !== 'string' || outdir.trim() === '') {
    throw new Error(`${where}: outdir must be a folder path, got ${describe(outdir)}. Fix: pass e.g. 'onboarding'`);
  }
  if (options === null || typeof options !== 'object') {
    throw new Error(`${where}: options must be an object, got ${describe(options)}. Fix: pass {} or leave it out`);
  }
  const o = options as NodeOnboardingOptions;
  if (o.kinsNote !== undefined && typeof o.kinsNote !== 'boolean') {
    throw new Error(`${where}: kinsNote must be true or false, got ${describe(o.kinsNote)}`);
  }
  const edgectl = o.edgectlPath ?? './edgectl';
  if (typeof edgectl !== 'string' || edgectl === '' || hasControlCharacter(edgectl)) {
    throw new Error(`${where}: edgectlPath must be a non-empty path without control characters, got ${describe(edgectl)}. Fix: leave it out for './edgectl'`);
  }
  return edgectl;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}
