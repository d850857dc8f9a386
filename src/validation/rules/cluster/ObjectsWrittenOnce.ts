import type { ModelObject, TopologyModel } from '../../../model/types';
import { isClusterScoped } from '../../../superedge/kinds';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** Reported by their own rules: SE-C07 (units, groups) and SE-H08 (edge-health-config). */
function reportedElsewhere(o: ModelObject): boolean {
  return o.kind === 'NodeUnit' || o.kind === 'NodeGroup' || (o.kind === 'ConfigMap' && o.name === 'edge-health-config');
}

/** SE-C09: no two objects the library writes share a kind, namespace and name. */
export const ObjectsWrittenOnce: TopologyRule = {
  id: 'SE-C09',
  severity: Severity.ERROR,
  area: RuleArea.CLUSTER,
  summary: 'no two objects the library writes share a kind, namespace and name',
  explanation: 'Two objects of one API group, kind, namespace and name are one object to the API server: the later would overwrite the earlier on apply. Checked on the objects the library writes in the cluster\'s own chart (NodeUnits and NodeGroups are SE-C07\'s, edge-health-config SE-H08\'s; the user\'s own objects are left to cdk8s).',
  check(model: TopologyModel): RuleFinding[] {
    const byKey = new Map<string, string[]>();
    for (const o of model.objects) {
      if (!o.ownedByLibrary || o.chartOrigin !== model.cluster.origin || reportedElsewhere(o)) continue;
      const where = isClusterScoped(o.kind) ? '' : (o.namespace ?? '');
      const key = `${o.apiVersion.split('/').slice(0, -1).join('/')}|${o.kind}|${where}|${o.name}`;
      byKey.set(key, [...(byKey.get(key) ?? []), o.origin]);
    }
    const out: RuleFinding[] = [];
    for (const [key, origins] of byKey) {
      if (origins.length < 2) continue;
      const [, kind, where, name] = key.split('|');
      out.push({
        origin: model.cluster.origin,
        message: `${origins.length} objects are ${kind} "${name}"${where ? ` in namespace "${where}"` : ''} (${origins.join(', ')}); the later would overwrite the earlier on apply`,
        fix: 'give each a distinct name (the name prop), or put them in different namespaces',
      });
    }
    return out;
  },
};
