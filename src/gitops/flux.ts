import { EngineOutput, EngineRenderer, EngineSettings, repoPathOf } from './engine-renderer';
import { GitOpsTarget } from './targets';

/** The namespace Flux is installed in by default. */
export const FLUX_NAMESPACE = 'flux-system';

/** The default name of a remote target's kubeconfig Secret (the Secret is the user's). */
export function defaultKubeConfigSecret(target: string): string {
  return `${target}-kubeconfig`;
}

/**
 * Flux: a GitRepository (`source.toolkit.fluxcd.io/v1`) and one Kustomization
 * (`kustomize.toolkit.fluxcd.io/v1`) per target, with the target's path, `wait` (a
 * wave is ready when its objects are healthy), `dependsOn` every target of the
 * previous wave, and for every target but the one Flux runs in
 * `kubeConfig.secretRef` (the Secret is named, never written). Internal.
 */
export const fluxRenderer: EngineRenderer = {
  render(targets: GitOpsTarget[], s: EngineSettings): EngineOutput {
    const namespace = s.namespace ?? FLUX_NAMESPACE;
    const source = {
      apiVersion: 'source.toolkit.fluxcd.io/v1',
      kind: 'GitRepository',
      metadata: { name: s.name, namespace },
      spec: {
        interval: '1m',
        url: s.repoUrl,
        ref: gitRef(s.revision),
        secretRef: s.repoSecretName ? { name: s.repoSecretName } : undefined,
      },
    };
    const previousWave = new Map<number, GitOpsTarget[]>();
    s.waves.forEach((w, i) => previousWave.set(w, i === 0 ? [] : targets.filter(t => t.wave === s.waves[i - 1])));
    const kustomizations = targets.map(t => {
      const deps = previousWave.get(t.wave) ?? [];
      const secret = t.name === s.fluxLocalTarget ? undefined : s.kubeConfigSecrets.get(t.name) ?? defaultKubeConfigSecret(t.name);
      return {
        apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
        kind: 'Kustomization',
        metadata: { name: t.name, namespace },
        spec: {
          interval: '10m',
          path: `./${repoPathOf(t, s)}`,
          prune: true,
          wait: true,
          timeout: '10m',
          sourceRef: { kind: 'GitRepository', name: s.name },
          dependsOn: deps.length > 0 ? deps.map(d => ({ name: d.name })) : undefined,
          kubeConfig: secret ? { secretRef: { name: secret } } : undefined,
        },
      };
    });
    return { folder: 'flux', objects: [source, ...kustomizations] };
  },
};

/** A revision as a Flux Git reference: a full commit SHA, a `refs/...` name, or a branch. */
function gitRef(revision: string): { [key: string]: string } {
  if (/^[0-9a-f]{40}$/.test(revision)) return { commit: revision };
  if (revision.startsWith('refs/')) return { name: revision };
  return { branch: revision };
}
