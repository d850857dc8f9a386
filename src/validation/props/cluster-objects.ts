/**
 * SE-C09: no two objects the library writes share a kind, namespace and name (the
 * later would overwrite the earlier on apply), and SE-M03 / SE-M01 for the chart's own
 * namespace and labels. NodeUnits and NodeGroups are SE-C07's, edge-health-config
 * SE-H08's; the user's own cdk8s objects are left to cdk8s (KustomizeLayout refuses two
 * on one file). Internal: reads ApiObjects through the cdk8s API only.
 */
import { ApiObject, Chart } from 'cdk8s';
import type { IConstruct } from 'constructs';
import type { CheckResult } from '../findings';
import { labelProblems, namespaceProblem } from './prop-values';
import { ManifestObject } from '../../internal/manifest-object';

const CLUSTER_SCOPED = new Set([
  'Namespace', 'ClusterRole', 'ClusterRoleBinding', 'IngressClass', 'PriorityClass', 'StorageClass',
  'CustomResourceDefinition', 'NodeUnit', 'NodeGroup', 'PersistentVolume', 'RuntimeClass',
]);
/** Reported by their own rules: SE-C07 (units, groups) and SE-H08 (edge-health-config). */
const REPORTED_ELSEWHERE = (kind: string, name: string) => kind === 'NodeUnit' || kind === 'NodeGroup' || (kind === 'ConfigMap' && name === 'edge-health-config');

/** Where an object was declared: its construct, or the construct it is the `Resource` of. */
function declaredAt(o: ApiObject): string {
  return o.node.id === 'Resource' && o.node.scope ? o.node.scope.node.path : o.node.path;
}

export function checkClusterObjects(chart: Chart, namespace: string | undefined, labels: { [key: string]: string } | undefined): CheckResult[] {
  const out: CheckResult[] = [];
  const ns = namespaceProblem('namespace', namespace);
  if (ns) out.push({ ruleId: 'SE-M03', message: `EdgeCluster "${chart.node.id}": ${ns}`, fix: "pass a lower-case namespace such as 'apps'" });
  const lp = labelProblems('labels', labels);
  if (lp.length > 0) out.push({ ruleId: 'SE-M01', message: `EdgeCluster "${chart.node.id}": ${lp.join('; ')}`, fix: "use label keys such as 'app' or 'example.com/team' and values of at most 63 letters, digits, '-', '_' and '.'" });

  const byKey = new Map<string, string[]>();
  for (const c of chart.node.findAll() as IConstruct[]) {
    if (!(c instanceof ApiObject) || !ManifestObject.prototype.isPrototypeOf(c) || Chart.of(c) !== chart) continue;
    if (REPORTED_ELSEWHERE(c.kind, c.name)) continue;
    const where = CLUSTER_SCOPED.has(c.kind) ? '' : (c.metadata.namespace ?? '');
    const key = `${c.apiVersion.split('/').slice(0, -1).join('/')}|${c.kind}|${where}|${c.name}`;
    byKey.set(key, [...(byKey.get(key) ?? []), declaredAt(c)]);
  }
  for (const [key, paths] of byKey) {
    if (paths.length < 2) continue;
    const [, kind, where, name] = key.split('|');
    out.push({
      ruleId: 'SE-C09',
      message: `${paths.length} objects are ${kind} "${name}"${where ? ` in namespace "${where}"` : ''} (${paths.join(', ')}); the later would overwrite the earlier on apply`,
      fix: 'give each a distinct name (the name prop), or put them in different namespaces',
    });
  }
  return out;
}
