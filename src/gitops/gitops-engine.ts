import { argoCdRenderer } from './argo-cd';
import { EngineOutput, EngineRenderer, EngineSettings } from './engine-renderer';
import { fluxRenderer } from './flux';
import { GitOpsTarget } from './targets';

/** Kustomize only: the per-target trees, no engine objects. */
const kustomizeOnly: EngineRenderer = { render: () => undefined };

/**
 * The GitOps engine a `GitOpsLayout` writes objects for. Each engine lives in a file
 * of its own behind one internal interface, so another can be added beside them.
 */
export class GitOpsEngine {
  /**
   * Argo CD: an ApplicationSet (`argoproj.io/v1alpha1`, in `argocd/`) generating one
   * Application per target; with `progressive`, a RollingSync strategy by wave.
   */
  public static readonly ARGO_CD = new GitOpsEngine('argo-cd', argoCdRenderer);

  /**
   * Flux: a GitRepository and one Kustomization per target (in `flux/`), `dependsOn`
   * following the waves, `kubeConfig.secretRef` for remote targets.
   */
  public static readonly FLUX = new GitOpsEngine('flux', fluxRenderer);

  /** Only the kustomize trees of the targets, for a tool of your own. */
  public static readonly KUSTOMIZE = new GitOpsEngine('kustomize', kustomizeOnly);

  /** The engine's id: `argo-cd`, `flux` or `kustomize`. */
  public readonly id: string;

  private constructor(id: string, private readonly renderer: EngineRenderer) {
    this.id = id;
  }

  /** @internal */
  public _render(targets: GitOpsTarget[], settings: EngineSettings): EngineOutput | undefined {
    return this.renderer.render(targets, settings);
  }
}
