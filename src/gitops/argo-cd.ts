import { EngineOutput, EngineRenderer, EngineSettings, WAVE_LABEL, repoPathOf } from './engine-renderer';
import { GitOpsTarget } from './targets';

/** The namespace Argo CD is installed in by default. */
export const ARGO_CD_NAMESPACE = 'argocd';

/**
 * Argo CD: one ApplicationSet (`argoproj.io/v1alpha1`) whose list generator has one
 * element per target (name, destination name, path, wave) and whose template makes one
 * Application per element. With `progressive`, a `RollingSync` strategy has one step
 * per wave, in order, selecting the Applications by the wave label; Argo CD turns
 * auto-sync off for Applications of a rolling sync, so the template then has no
 * `automated` sync policy. Internal.
 */
export const argoCdRenderer: EngineRenderer = {
  render(targets: GitOpsTarget[], s: EngineSettings): EngineOutput {
    const elements = targets.map(t => ({
      name: t.name,
      destination: t.name,
      path: repoPathOf(t, s),
      wave: String(t.wave),
    }));
    const appSet = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'ApplicationSet',
      metadata: { name: s.name, namespace: s.namespace ?? ARGO_CD_NAMESPACE },
      spec: {
        goTemplate: true,
        goTemplateOptions: ['missingkey=error'],
        generators: [{ list: { elements } }],
        strategy: s.progressive ? {
          type: 'RollingSync',
          rollingSync: {
            steps: s.waves.map(w => ({ matchExpressions: [{ key: WAVE_LABEL, operator: 'In', values: [String(w)] }] })),
          },
        } : undefined,
        template: {
          metadata: { name: '{{.name}}', labels: { [WAVE_LABEL]: '{{.wave}}' } },
          spec: {
            project: s.argoCdProject,
            source: { repoURL: s.repoUrl, targetRevision: s.revision, path: '{{.path}}' },
            destination: { name: '{{.destination}}' },
            syncPolicy: s.progressive ? undefined : { automated: { prune: true, selfHeal: true } },
            // Fields the SuperEdge controllers own (see the README): never a diff.
            ignoreDifferences: [
              { group: 'site.superedge.io', kind: 'NodeUnit', jsonPointers: ['/metadata/finalizers', '/spec/unitCredentialConfigMapRef'] },
              { group: 'site.superedge.io', kind: 'NodeGroup', jsonPointers: ['/metadata/finalizers'] },
            ],
          },
        },
      },
    };
    return { folder: 'argocd', objects: [appSet] };
  },
};
