/**
 * Where the scheduler may place a DaemonSet's pods, decided from what is declared: the
 * pod's `nodeSelector`, required node affinity (`In`, `NotIn`, `Exists`, `DoesNotExist`,
 * `Gt`, `Lt`, and `matchFields` on `metadata.name`) and tolerations against the nodes'
 * `NoSchedule` / `NoExecute` taints. Labels the library cannot know (set outside it)
 * are absent, so a pod that needs them is placed nowhere. Internal.
 */

/** A node as the placement sees it. */
export interface PlacementNode {
  readonly name: string;
  readonly labels: { [key: string]: string };
  readonly taints: ReadonlyArray<{ key: string; value?: string; effect: string }>;
}

/** The nodes a pod spec may run on, among `nodes` (`byLabel` indexes them by `key=value`). */
export function placeableNodes(spec: any, nodes: PlacementNode[], byLabel: Map<string, PlacementNode[]>): PlacementNode[] {
  const selector: { [k: string]: string } = spec?.nodeSelector ?? {};
  const pairs = Object.entries(selector);
  let candidates = nodes;
  for (const [k, v] of pairs) {
    const list = byLabel.get(`${k}=${v}`) ?? [];
    if (list.length < candidates.length) candidates = list;
  }
  const terms: any[] = spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  const tolerations: any[] = spec?.tolerations ?? [];
  return candidates.filter(n =>
    pairs.every(([k, v]) => n.labels[k] === v)
    && (terms.length === 0 || terms.some(t => termMatches(t, n)))
    && n.taints.every(t => (t.effect !== 'NoSchedule' && t.effect !== 'NoExecute') || tolerations.some(tol => tolerates(tol, t))));
}

function termMatches(term: any, n: PlacementNode): boolean {
  const exprs: any[] = term?.matchExpressions ?? [];
  const fields: any[] = term?.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return false; // an empty term matches nothing
  return exprs.every(e => expressionMatches(e, n.labels[e.key]))
    && fields.every(f => f.key === 'metadata.name' && expressionMatches(f, n.name));
}

function expressionMatches(e: any, value: string | undefined): boolean {
  const values: string[] = e.values ?? [];
  switch (e.operator) {
    case 'In': return value !== undefined && values.includes(value);
    case 'NotIn': return value === undefined || !values.includes(value);
    case 'Exists': return value !== undefined;
    case 'DoesNotExist': return value === undefined;
    case 'Gt': return value !== undefined && Number(value) > Number(values[0]);
    case 'Lt': return value !== undefined && Number(value) < Number(values[0]);
    default: return false;
  }
}

function tolerates(tol: any, taint: { key: string; value?: string; effect: string }): boolean {
  if (tol.effect && tol.effect !== taint.effect) return false;
  if (tol.operator === 'Exists') return tol.key === undefined || tol.key === '' || tol.key === taint.key;
  return tol.key === taint.key && (tol.value ?? '') === (taint.value ?? '');
}
