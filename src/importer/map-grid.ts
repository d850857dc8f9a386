import { ImportContext } from './import-context';
import { PodMappingContext, podProps, resourcesExpr } from './map-pod';
import { Mapped } from './map-topology';
import { arr, call, Expr, lit, obj, objOrUndefined, ref, Statement, sym } from './program';
import { Json, list, num, rec, str, strMap, strs, without } from './read-json';
import { KubeObject } from '../manifests';
import { isDefaultTemplateName } from '../superedge/templates';

/** The label the library selects a grid's pods by, unless the grid adopts its own selector. */
export function defaultSelectorKey(kind: string): string {
  return `cdk8s-superedge.io/${kind === 'DeploymentGrid' ? 'deployment' : 'statefulset'}-grid`;
}

/** The match labels of a grid manifest's pod selector. */
export function gridSelectorLabels(o: KubeObject): { [k: string]: string } {
  return strMap(rec(rec(rec(o.spec)?.template)?.selector)?.matchLabels) ?? {};
}

/** Why a grid cannot be a construct, or undefined when it can. */
export function gridProblem(o: KubeObject, serviceGridVar: string | undefined): string | undefined {
  const spec = rec(o.spec);
  if (!spec || !str(spec.gridUniqKey)) return 'it has no spec.gridUniqKey (the NodeGroup it is stamped out on); kept as a plain ApiObject';
  const podSpec = rec(rec(rec(spec.template)?.template)?.spec);
  const containers = list(podSpec?.containers).map(rec);
  if (containers.length === 0 || !containers.every(c => c && str(c.image))) {
    return 'its pod template has no containers with an image; kept as a plain ApiObject';
  }
  if (o.kind === 'StatefulSetGrid' && !serviceGridVar) {
    const serviceName = str(rec(spec.template)?.serviceName);
    return `its serviceName ${serviceName === undefined ? '(none)' : JSON.stringify(serviceName)} is the Service of no ServiceGrid `
      + 'in the files (a StatefulSetGrid construct needs its ServiceGrid); kept as a plain ApiObject';
  }
  return undefined;
}

/**
 * `new DeploymentGrid(...)` / `new StatefulSetGrid(...)`: the pod template as
 * cdk8s-plus props, the adopted selector (`select: false` + `matchLabel`) unless it is
 * the library's own, and `overrideSite` for each `templates` entry.
 */
export function mapGrid(o: KubeObject, variable: string, id: string, ctx: ImportContext, serviceGridVar: string | undefined): Mapped {
  const kind = o.kind;
  const spec = rec(o.spec)!;
  const template = rec(spec.template) ?? {};
  const podTemplate = rec(template.template) ?? {};
  const podMeta = rec(podTemplate.metadata) ?? {};
  const selector = rec(template.selector) ?? {};
  const labels = strMap(selector.matchLabels) ?? {};
  const expressions = list(selector.matchExpressions).map(rec);
  const key = defaultSelectorKey(kind);
  const ownSelector = !(Object.keys(labels).length === 1 && labels[key] === o.metadata.name && expressions.length === 0);
  const selected = ownSelector ? labels : { [key]: o.metadata.name };
  const pool = rec(spec.templatePool);
  const templates = strMap(spec.templates);
  const usesPool = pool !== undefined && templates !== undefined && Object.keys(templates).length > 0;

  const pod = podProps(rec(podTemplate.spec) ?? {}, podContext(ctx), o.metadata.name);
  const props = obj({
    name: id !== o.metadata.name ? lit(o.metadata.name) : undefined,
    nodeGroup: ctx.groupRef(str(spec.gridUniqKey)!),
    replicas: num(template.replicas) !== undefined ? lit(template.replicas) : undefined,
    select: ownSelector ? lit(false) : undefined,
    gridCrd: usesPool || ctx.options.poolMetadataCrds ? sym('GridCrd.POOL_METADATA_PRESERVED') : undefined,
    metadata: objOrUndefined({
      namespace: str(o.metadata.namespace) !== undefined ? lit(o.metadata.namespace) : undefined,
      labels: strMap(o.metadata.labels) ? lit(o.metadata.labels) : undefined,
      annotations: strMap(o.metadata.annotations) ? lit(o.metadata.annotations) : undefined,
    }),
    podMetadata: objOrUndefined({
      labels: maybeLit(without(strMap(podMeta.labels), (k, v) => selected[k] === v)),
      annotations: maybeLit(strMap(podMeta.annotations)),
    }),
    ...pod.props,
    ...(kind === 'DeploymentGrid' ? deploymentProps(template) : statefulSetProps(template, serviceGridVar!)),
  });

  const statements: Statement[] = [...pod.statements, { kind: 'new', name: variable, cls: kind, args: [ref('cluster'), lit(id), props] }];
  if (ownSelector) {
    for (const k of Object.keys(labels).sort()) statements.push({ kind: 'call', target: variable, method: 'matchLabel', args: [lit(k), lit(labels[k])] });
    const mapped = expressions.map(labelExpression);
    if (mapped.length > 0 && mapped.every(e => e !== undefined)) {
      statements.push({ kind: 'call', target: variable, method: 'select', args: [call('kplus.LabelSelector.of', obj({ expressions: arr(mapped as Expr[]) }))] });
    }
  }
  statements.push(...tolerations(rec(podTemplate.spec) ?? {}, variable));
  if (usesPool) {
    for (const unit of Object.keys(templates!).sort()) {
      const name = templates![unit];
      const entry = rec(pool![name]);
      if (isDefaultTemplateName(name) || !entry) continue; // `default` is spec.template itself; kept by the patches
      statements.push({ kind: 'call', target: variable, method: 'overrideSite', args: [ctx.unitRef(unit), siteOverride(template, entry, name !== unit ? name : undefined)] });
    }
  }
  return { statements, id, variable };
}

function podContext(ctx: ImportContext): PodMappingContext {
  return {
    secretRef: n => ctx.secretRef(n),
    configMapRef: n => ctx.configMapRef(n),
    serviceAccountRef: n => ctx.serviceAccountRef(n),
    claimRef: n => ctx.claimRef(n),
    variable: (n, suffix) => ctx.names.variable(n, suffix),
    id: (preferred, prefix) => ctx.names.id(preferred, prefix),
  };
}

const EFFECTS: { [v: string]: string } = { NoSchedule: 'NO_SCHEDULE', PreferNoSchedule: 'PREFER_NO_SCHEDULE', NoExecute: 'NO_EXECUTE' };

/** `grid.scheduling.tolerate(...)` per toleration, when every one maps (a key, Equal or Exists, an effect). */
function tolerations(podSpec: Json, variable: string): Statement[] {
  const items = list(podSpec.tolerations).map(rec);
  const queries: Expr[] = [];
  for (const t of items) {
    const key = str(t?.key);
    const effect = str(t?.effect);
    const seconds = num(t?.tolerationSeconds);
    if (!t || key === undefined || (effect !== undefined && !EFFECTS[effect])
      || !Object.keys(t).every(k => ['key', 'operator', 'value', 'effect', 'tolerationSeconds'].includes(k))) return [];
    const options = objOrUndefined({
      effect: effect !== undefined ? sym(`kplus.TaintEffect.${EFFECTS[effect]}`) : undefined,
      evictAfter: seconds !== undefined ? call('Duration.seconds', lit(seconds)) : undefined,
    });
    const operator = t.operator ?? 'Equal';
    if (operator === 'Equal' && str(t.value) !== undefined) queries.push(call('kplus.NodeTaintQuery.is', lit(key), lit(t.value), ...(options ? [options] : [])));
    else if (operator === 'Exists' && t.value === undefined) queries.push(call('kplus.NodeTaintQuery.exists', lit(key), ...(options ? [options] : [])));
    else return [];
  }
  return queries.map(q => ({ kind: 'call', target: `${variable}.scheduling`, method: 'tolerate', args: [call('kplus.Node.tainted', q)] }));
}

function maybeLit(v: unknown): Expr | undefined {
  return v === undefined ? undefined : lit(v);
}

function labelExpression(e: Json | undefined): Expr | undefined {
  const key = str(e?.key);
  const values = strs(e?.values) ?? [];
  switch (e?.operator) {
    case 'In': return key ? call('kplus.LabelExpression.in', lit(key), lit(values)) : undefined;
    case 'NotIn': return key ? call('kplus.LabelExpression.notIn', lit(key), lit(values)) : undefined;
    case 'Exists': return key ? call('kplus.LabelExpression.exists', lit(key)) : undefined;
    case 'DoesNotExist': return key ? call('kplus.LabelExpression.doesNotExist', lit(key)) : undefined;
    default: return undefined;
  }
}

function deploymentProps(t: Json): { [k: string]: Expr | undefined } {
  const minReady = num(t.minReadySeconds);
  const deadline = num(t.progressDeadlineSeconds);
  return {
    strategy: deploymentStrategy(rec(t.strategy)),
    minReady: minReady !== undefined && minReady > 0 ? call('Duration.seconds', lit(minReady)) : undefined,
    progressDeadline: deadline !== undefined && deadline !== 600 ? call('Duration.seconds', lit(deadline)) : undefined,
  };
}

function deploymentStrategy(s: Json | undefined): Expr | undefined {
  if (s?.type === 'Recreate') return call('kplus.DeploymentStrategy.recreate');
  if (s?.type !== 'RollingUpdate') return undefined;
  const ru = rec(s.rollingUpdate) ?? {};
  return call('kplus.DeploymentStrategy.rollingUpdate', obj({ maxSurge: percentOrAbsolute(ru.maxSurge), maxUnavailable: percentOrAbsolute(ru.maxUnavailable) }));
}

function percentOrAbsolute(v: unknown): Expr | undefined {
  if (num(v) !== undefined) return call('kplus.PercentOrAbsolute.absolute', lit(v));
  const m = /^([0-9]+)%$/.exec(str(v) ?? '');
  return m ? call('kplus.PercentOrAbsolute.percent', lit(Number(m[1]))) : undefined;
}

function statefulSetProps(t: Json, serviceGridVar: string): { [k: string]: Expr | undefined } {
  const s = rec(t.updateStrategy);
  const partition = num(rec(s?.rollingUpdate)?.partition);
  return {
    serviceGrid: ref(serviceGridVar),
    podManagementPolicy: t.podManagementPolicy === 'Parallel' ? sym('kplus.PodManagementPolicy.PARALLEL') : undefined,
    strategy: s?.type === 'OnDelete' ? call('kplus.StatefulSetUpdateStrategy.onDelete')
      : s?.type === 'RollingUpdate' ? call('kplus.StatefulSetUpdateStrategy.rollingUpdate', ...(partition !== undefined ? [obj({ partition: lit(partition) })] : []))
        : undefined,
  };
}

/** How a pool entry differs from the template in what `overrideSite` can say (one container). */
function siteOverride(template: Json, entry: Json, templateName: string | undefined): Expr {
  const base = list(rec(rec(template.template)?.spec)?.containers).map(rec);
  const site = list(rec(rec(entry.template)?.spec)?.containers).map(rec);
  const changed = site.findIndex((c, i) => JSON.stringify(pick(c)) !== JSON.stringify(pick(base[i])));
  const c = changed >= 0 ? site[changed] : undefined;
  const b = changed >= 0 ? base[changed] : undefined;
  return obj({
    replicas: num(entry.replicas) !== undefined && entry.replicas !== template.replicas ? lit(entry.replicas) : undefined,
    image: c && c.image !== b?.image ? lit(c.image) : undefined,
    env: c ? envChanges(b, c) : undefined,
    resources: c && JSON.stringify(c.resources) !== JSON.stringify(b?.resources) ? resourcesExpr(rec(c.resources)) : undefined,
    containerName: changed > 0 && str(c?.name) ? lit(c!.name) : undefined,
    templateName: templateName !== undefined ? lit(templateName) : undefined,
  });
}

function pick(c: Json | undefined): unknown {
  return c ? { image: c.image, env: c.env, resources: c.resources } : undefined;
}

/** Plain-value env entries the site sets or changes. */
function envChanges(base: Json | undefined, site: Json): Expr | undefined {
  const before = new Map(list(base?.env).map(rec).filter(e => e && str(e.name)).map(e => [str(e!.name)!, JSON.stringify(e)]));
  const out: { [k: string]: string } = {};
  for (const e of list(site.env).map(rec)) {
    const name = str(e?.name);
    if (!e || name === undefined || before.get(name) === JSON.stringify(e) || str(e.value) === undefined || e.valueFrom !== undefined) continue;
    out[name] = str(e.value)!;
  }
  return Object.keys(out).length > 0 ? lit(out) : undefined;
}
