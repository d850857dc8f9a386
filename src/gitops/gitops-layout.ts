import * as path from 'path';
import { App } from 'cdk8s';
import { chartsOf } from './app-charts';
import { fileNameFor, writeTreeAtomically } from './atomic-tree';
import { EngineSettings } from './engine-renderer';
import { GitOpsEngine } from './gitops-engine';
import { chartTree, validateApp } from './kustomize-layout';
import { CLUSTERS_FOLDER, GitOpsTarget, KINS_FOLDER, PREVIEWS_FOLDER, collectTargets, waveOrder } from './targets';
import { byString, canonical } from '../internal/util';
import { toYamlDocument } from '../render/yaml-writer';
import { isDns1123Label, isDns1123Subdomain } from '../validation/names';

/** The index of a GitOps layout: engine and targets, for tools that read the tree back. */
const INDEX_FILE = '.cdk8s-superedge-gitops.yaml';
/** The top-level entries a GitOps layout owns in its folder; everything else there is kept. */
const OWNED_ENTRIES = new Set([CLUSTERS_FOLDER, KINS_FOLDER, PREVIEWS_FOLDER, 'argocd', 'flux', INDEX_FILE]);

/**
 * Options of `GitOpsLayout.write()`.
 */
export interface GitOpsLayoutProps {
  /** The engine to write objects for. */
  readonly engine: GitOpsEngine;

  /**
   * The Git repository the engine reads, without credentials: `https://...` or
   * `ssh://git@...`. A URL with a password or token in it is refused; give Flux the
   * credentials as a Secret (`repoSecretName`) and configure Argo CD's repository
   * credentials in Argo CD.
   * @default - required for Argo CD and Flux; not used by `GitOpsEngine.KUSTOMIZE`
   */
  readonly repoUrl?: string;

  /**
   * The revision to deliver: a branch, a tag or commit (Argo CD `targetRevision`); for
   * Flux a 40-hex commit SHA becomes `ref.commit`, a `refs/...` name `ref.name`, anything
   * else `ref.branch`.
   * @default 'main'
   */
  readonly revision?: string;

  /**
   * Where the layout's folder is inside the repository (forward slashes), the prefix of
   * every target's path (e.g. `gitops/clusters/edge`). `''` for the repository's root.
   * @default - `dir` as given, when it is a relative path (run from the repository's root); required when `dir` is absolute
   */
  readonly repoPath?: string;

  /**
   * Argo CD: roll out by wave with a `RollingSync` strategy (one step per wave, in
   * order). Argo CD then turns auto-sync off for the generated Applications: each step
   * is synced by the ApplicationSet controller (its progressive syncs feature must be
   * enabled). Without it, every Application syncs automatically and waves are ignored.
   * Flux always orders targets by wave (`dependsOn`).
   * @default false
   */
  readonly progressive?: boolean;

  /**
   * The waves, in delivery order; every target's wave must be one of them (a target in
   * no step is refused: Argo CD would silently never sync it).
   * @default - every wave a target has, ascending
   */
  readonly waves?: number[];

  /**
   * The name of the engine's own objects: the ApplicationSet, the Flux GitRepository.
   * @default 'fleet'
   */
  readonly name?: string;

  /**
   * The namespace of the engine's objects (where Argo CD or Flux runs).
   * @default - 'argocd' for Argo CD, 'flux-system' for Flux
   */
  readonly namespace?: string;

  /**
   * Argo CD: the project of the generated Applications.
   * @default 'default'
   */
  readonly argoCdProject?: string;

  /**
   * Flux: the target Flux itself runs in, applied without a kubeconfig; every other
   * target is remote and gets `kubeConfig.secretRef`.
   * @default - the EdgeCluster, when the app has exactly one; otherwise every target is remote
   */
  readonly fluxCluster?: string;

  /**
   * Flux: the kubeconfig Secret of remote targets, by target name. The Secrets are
   * yours (in Flux's namespace): they are named, never written.
   * @default - `<target>-kubeconfig` for every remote target
   */
  readonly kubeConfigSecrets?: { [target: string]: string };

  /**
   * Flux: the Secret with the repository's credentials (`GitRepository.spec.secretRef`).
   * @default - none (a public repository)
   */
  readonly repoSecretName?: string;
}

/**
 * Writes an app as a GitOps repository layout: one kustomize tree per target (every
 * `EdgeCluster`, and every `KinsUnit` with a `unitChart`), plus the engine's objects.
 *
 * ```
 * <dir>/clusters/<target>/...        # an EdgeCluster's tree, as KustomizeLayout writes a chart
 * <dir>/kins/<target>/...            # a Kins unit cluster's tree (its unitChart)
 * <dir>/previews/<chart>/...         # controller previews: review only, no target
 * <dir>/argocd/...                   # Argo CD: the ApplicationSet, and a kustomization.yaml
 * <dir>/flux/...                     # Flux: the GitRepository, one Kustomization per target
 * <dir>/.cdk8s-superedge-gitops.yaml # the index: engine, targets, paths, waves
 * ```
 *
 * A target's name is its `gitOpsName` (default: an EdgeCluster's construct id; for a
 * Kins unit `<cluster>-<unit name>`): the Application and Kustomization name, the Argo
 * CD destination name and the folder. See docs/gitops.md.
 */
export class GitOpsLayout {
  /**
   * Validates the app and the layout (every problem at once, writing nothing when
   * there is one), then writes the layout atomically: into a fresh sibling folder
   * swapped in when complete, so an error leaves the earlier layout as it was. Entries
   * of `dir` that are not the layout's are kept. Returns the written files, relative to
   * `dir`, sorted.
   *
   * @param app the app to write
   * @param dir the layout's folder (created when missing)
   * @param props the engine and its settings
   */
  public static write(app: App, dir: string, props: GitOpsLayoutProps): string[] {
    const problems: string[] = [];
    if (props === null || typeof props !== 'object') throw new Error('GitOpsLayout.write: props are missing. Fix: pass e.g. { engine: GitOpsEngine.ARGO_CD, repoUrl: \'https://git.example.com/fleet.git\' }');
    if (!(props.engine instanceof GitOpsEngine)) throw new Error(`GitOpsLayout.write: engine must be one of GitOpsEngine.ARGO_CD, GitOpsEngine.FLUX, GitOpsEngine.KUSTOMIZE, got ${String(props.engine)}`);
    if (typeof dir !== 'string' || dir === '') throw new Error('GitOpsLayout.write: dir must be a folder path. Fix: pass e.g. \'gitops\'');
    validateApp(app);
    const { targets, previews } = collectTargets(chartsOf(app), problems);
    const settings = settingsOf(dir, props, targets, problems);
    if (problems.length > 0) throw new Error(`GitOpsLayout: cannot write ${dir}:\n  ${problems.join('\n  ')}`);

    const files = new Map<string, string>();
    for (const t of targets) {
      for (const [file, content] of chartTree(t.chart)) files.set(`${t.folder}/${file}`, content);
    }
    for (const p of previews) {
      for (const [file, content] of chartTree(p)) files.set(`${PREVIEWS_FOLDER}/${p.node.id}/${file}`, content);
    }
    const engineOutput = props.engine._render(targets, settings);
    if (engineOutput) {
      const names: string[] = [];
      for (const obj of engineOutput.objects.map(canonical)) {
        const file = fileNameFor(`${obj.kind}.${obj.apiVersion.split('/')[0]}.${obj.metadata.name}`, '.yaml');
        files.set(`${engineOutput.folder}/${file}`, toYamlDocument(obj));
        names.push(file);
      }
      files.set(`${engineOutput.folder}/kustomization.yaml`, toYamlDocument({
        apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: names.sort(byString),
      }));
    }
    files.set(INDEX_FILE, indexOf(props.engine, targets, settings));
    writeTreeAtomically(dir, files, entry => OWNED_ENTRIES.has(entry));
    return [...files.keys()].map(f => f.split('/').join(path.sep)).sort(byString);
  }

  private constructor() {}
}

function settingsOf(dir: string, props: GitOpsLayoutProps, targets: GitOpsTarget[], problems: string[]): EngineSettings {
  const needsRepo = props.engine !== GitOpsEngine.KUSTOMIZE;
  const repoUrl = props.repoUrl;
  if (repoUrl !== undefined || needsRepo) checkRepoUrl(repoUrl, problems);
  const revision = props.revision ?? 'main';
  if (typeof revision !== 'string' || revision.trim() === '' || /\s/.test(revision)) {
    problems.push(`revision ${JSON.stringify(revision)} is not a Git revision. Fix: pass a branch, tag or commit, e.g. revision: 'main'`);
  }
  const name = props.name ?? 'fleet';
  if (typeof name !== 'string' || !isDns1123Label(name)) problems.push(`name ${JSON.stringify(name)} is not a DNS label of at most 63 characters. Fix: pass e.g. name: 'fleet'`);
  if (props.namespace !== undefined && (typeof props.namespace !== 'string' || !isDns1123Label(props.namespace))) {
    problems.push(`namespace ${JSON.stringify(props.namespace)} is not a DNS label. Fix: pass e.g. namespace: 'argocd'`);
  }
  const project = props.argoCdProject ?? 'default';
  if (typeof project !== 'string' || !isDns1123Subdomain(project)) problems.push(`argoCdProject ${JSON.stringify(project)} is not an Argo CD project name. Fix: pass e.g. argoCdProject: 'default'`);
  const waves = waveOrder(targets, props.waves, problems);
  const names = new Set(targets.map(t => t.name));
  const clusters = targets.filter(t => t.kind === 'cluster');
  const fluxLocalTarget = props.fluxCluster ?? (clusters.length === 1 ? clusters[0].name : undefined);
  if (props.fluxCluster !== undefined && !names.has(props.fluxCluster)) {
    problems.push(`fluxCluster "${props.fluxCluster}" is not a target; the targets are ${[...names].join(', ') || '(none)'}. Fix: name one of them`);
  }
  const kubeConfigSecrets = new Map<string, string>();
  for (const [target, secret] of Object.entries(props.kubeConfigSecrets ?? {}).sort(([a], [b]) => byString(a, b))) {
    if (!names.has(target)) problems.push(`kubeConfigSecrets names "${target}", which is not a target; the targets are ${[...names].join(', ') || '(none)'}. Fix: use a target's name`);
    else if (target === fluxLocalTarget) problems.push(`kubeConfigSecrets names "${target}", the target Flux runs in, which needs no kubeconfig. Fix: remove it, or set fluxCluster to another target`);
    if (typeof secret !== 'string' || !isDns1123Subdomain(secret)) problems.push(`kubeConfigSecrets["${target}"] ${JSON.stringify(secret)} is not a Secret name. Fix: pass the name of your kubeconfig Secret`);
    kubeConfigSecrets.set(target, secret);
  }
  if (props.repoSecretName !== undefined && (typeof props.repoSecretName !== 'string' || !isDns1123Subdomain(props.repoSecretName))) {
    problems.push(`repoSecretName ${JSON.stringify(props.repoSecretName)} is not a Secret name. Fix: pass the name of the Secret with the repository's credentials`);
  }
  return {
    name,
    namespace: props.namespace,
    repoUrl: repoUrl ?? '',
    revision,
    repoPath: repoPathOf(dir, props.repoPath, problems),
    progressive: props.progressive ?? false,
    waves,
    argoCdProject: project,
    fluxLocalTarget,
    kubeConfigSecrets,
    repoSecretName: props.repoSecretName,
  };
}

/** Refuses a missing or unparsable URL and one with credentials in it. */
function checkRepoUrl(url: unknown, problems: string[]): void {
  if (typeof url !== 'string' || url.trim() === '') {
    problems.push('repoUrl is missing: Argo CD and Flux need the repository to read. Fix: pass e.g. repoUrl: \'https://git.example.com/edge/fleet.git\'');
    return;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    problems.push(`repoUrl "${url}" is not a URL. Fix: pass https://host/path or ssh://git@host/path`);
    return;
  }
  const isSsh = parsed.protocol === 'ssh:';
  if (!['https:', 'http:', 'ssh:'].includes(parsed.protocol)) {
    problems.push(`repoUrl "${url}" uses ${parsed.protocol}; Argo CD and Flux read https:// or ssh:// repositories. Fix: pass https://host/path or ssh://git@host/path`);
  }
  if (parsed.password !== '' || (!isSsh && parsed.username !== '')) {
    problems.push(`repoUrl has credentials in it (${parsed.protocol}//${parsed.password !== '' ? 'user:***' : '***'}@${parsed.host}...): they would be written to the repository. Fix: pass the URL without them and keep them in a Secret (Flux: repoSecretName; Argo CD: repository credentials configured in Argo CD)`);
  }
}

function repoPathOf(dir: string, repoPath: string | undefined, problems: string[]): string {
  let p: string;
  if (repoPath !== undefined) {
    if (typeof repoPath !== 'string') {
      problems.push(`repoPath must be a string, got ${typeof repoPath}. Fix: pass the layout's folder inside the repository, e.g. repoPath: 'gitops'`);
      return '';
    }
    p = repoPath;
  } else if (path.isAbsolute(dir)) {
    problems.push(`dir "${dir}" is absolute, so the targets' paths in the repository are unknown. Fix: pass repoPath, the layout's folder inside the repository (e.g. repoPath: 'gitops'), or a dir relative to the repository's root`);
    return '';
  } else {
    p = dir;
  }
  const parts = p.split(/[\\/]+/).filter(s => s !== '' && s !== '.');
  if (p.startsWith('/') || parts.includes('..')) {
    problems.push(`repoPath "${p}" must be a folder inside the repository: relative, without '..'. Fix: pass e.g. repoPath: 'gitops'`);
  }
  return parts.join('/');
}

function indexOf(engine: GitOpsEngine, targets: GitOpsTarget[], s: EngineSettings): string {
  return toYamlDocument(canonical({
    engine: engine.id,
    repoPath: s.repoPath,
    targets: targets.map(t => ({ name: t.name, kind: t.kind, folder: t.folder, wave: t.wave })),
    waves: s.waves,
  }));
}
