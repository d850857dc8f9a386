import type { ModelUnit, TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-K01: Kins needs Kubernetes 1.22. */
export const KinsKubernetesVersion: TopologyRule = {
  id: 'SE-K01',
  severity: Severity.ERROR,
  area: RuleArea.KINS,
  summary: 'Kins needs Kubernetes 1.22',
  explanation: 'The Kins unit clusters (K3s) are built for Kubernetes 1.22 parent clusters only.',
  check(model: TopologyModel): RuleFinding[] {
    const c = model.cluster;
    if (c.kubernetesVersion === undefined || c.kubernetesMinor === 22) return [];
    return model.units.filter(u => u.kins !== undefined).map((u: ModelUnit) => ({
      origin: u.origin,
      message: `Kins needs Kubernetes 1.22, but the cluster declares ${c.kubernetesVersion}`,
      fix: 'use KubernetesVersion.V1_22_5 for the cluster, or declare the unit as a normal NodeUnit',
    }));
  },
};
