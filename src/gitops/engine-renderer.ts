import { GitOpsTarget } from './targets';

/** The label on every generated Argo CD Application that carries its target's wave. */
export const WAVE_LABEL = 'cdk8s-superedge.io/wave';

/** What an engine renderer is given, checked and with defaults applied. Internal. */
export interface EngineSettings {
  /** Name of the engine's own objects (ApplicationSet, GitRepository). */
  readonly name: string;
  /** The namespace of the engine's objects, when the props set it. */
  readonly namespace?: string;
  readonly repoUrl: string;
  readonly revision: string;
  /** The layout's folder inside the repository (forward slashes, no leading or trailing '/'; '' for the root). */
  readonly repoPath: string;
  readonly progressive: boolean;
  /** Waves in delivery order; every target's wave is one of them. */
  readonly waves: number[];
  readonly argoCdProject: string;
  /** Flux: the target Flux runs in (applied without a kubeconfig). */
  readonly fluxLocalTarget?: string;
  /** Flux: kubeconfig Secret name per remote target. */
  readonly kubeConfigSecrets: Map<string, string>;
  /** Flux: the Secret with the repository credentials. */
  readonly repoSecretName?: string;
}

/** The engine's objects, written as `<folder>/<kind>.<group>.<name>.yaml` with a `kustomization.yaml`. */
export interface EngineOutput {
  readonly folder: string;
  readonly objects: any[];
}

/** One GitOps engine: turns the targets into the engine's objects. Internal: the seam behind GitOpsEngine. */
export interface EngineRenderer {
  render(targets: GitOpsTarget[], settings: EngineSettings): EngineOutput | undefined;
}

/** A target's path in the repository. */
export function repoPathOf(target: GitOpsTarget, settings: EngineSettings): string {
  return settings.repoPath === '' ? target.folder : `${settings.repoPath}/${target.folder}`;
}
