import { ImportContext } from './import-context';
import { arr, Expr, lit, obj, objOrUndefined, Statement, sym } from './program';
import { bool, Json, list, rec, str, strMap, strs, without } from './read-json';
import { KubeObject } from '../manifests';
import { KINS_TAINT_KEY, NODE_GROUP_LABEL_VALUE, NODE_UNIT_LABEL_VALUE } from '../superedge/labels';
import { selectorMatches } from '../topology/selectors';

const UNIT_TYPES: { [v: string]: string } = { cloud: 'CLOUD', master: 'MASTER', other: 'OTHER' };
const OPERATORS: { [v: string]: string } = { In: 'IN', NotIn: 'NOT_IN', Exists: 'EXISTS', DoesNotExist: 'DOES_NOT_EXIST' };
const EFFECTS: { [v: string]: string } = { NoSchedule: 'NO_SCHEDULE', PreferNoSchedule: 'PREFER_NO_SCHEDULE', NoExecute: 'NO_EXECUTE' };
const KINS_PARAMETERS: { [param: string]: string } = {
  'k3s-image': 'k3sImage', 'criw-image': 'criwImage', 'service-cidr': 'serviceCidr', 'node-port-range': 'nodePortRange',
};

/** What a mapper gives for one object. */
export interface Mapped {
  /** The statements that declare it. */
  readonly statements: Statement[];
  /** Its construct id in the cluster (to find it again and patch it). */
  readonly id: string;
  /** The variable that holds it. */
  readonly variable: string;
}

/** Whether a NodeUnit is a Kins unit (autonomy level L4 or L5). */
export function isKinsUnit(o: KubeObject): boolean {
  const level = rec(o.spec)?.autonomyLevel;
  return level === 'L4' || level === 'L5';
}

/** The groups among `groups` that take `unit` as a member: by name or by their selector. */
export function groupsOfUnit(unit: KubeObject, groups: KubeObject[]): string[] {
  const labels = strMap(unit.metadata.labels) ?? {};
  return groups.filter(g => {
    const spec = rec(g.spec) ?? {};
    if ((strs(spec.nodeUnits) ?? []).includes(unit.metadata.name)) return true;
    const selector = rec(spec.selector);
    return selector !== undefined && selectorMatches(selector as never, labels);
  }).map(g => g.metadata.name);
}

/** `new NodeUnit(...)` / `new KinsUnit(...)`, leaving out what the library writes by itself. */
export function mapNodeUnit(o: KubeObject, variable: string, id: string, memberOf: string[]): Mapped {
  const spec = rec(o.spec) ?? {};
  const name = o.metadata.name;
  const kins = isKinsUnit(o);
  const setNode = rec(spec.setNode) ?? {};
  const groupSet = new Set(memberOf);
  const nodeLabels = without(strMap(setNode.labels), (k, v) =>
    (k === name && v === NODE_UNIT_LABEL_VALUE) || (groupSet.has(k) && v === name));
  const unitLabels = without(strMap(o.metadata.labels), (k, v) => groupSet.has(k) && v === NODE_GROUP_LABEL_VALUE);
  const taints = list(setNode.taints).map(rec)
    .filter(t => !(kins && t?.key === KINS_TAINT_KEY && t?.effect === 'NoSchedule' && t?.value === undefined));
  const parameters = strMap(rec(spec.unitClusterInfo)?.parameters) ?? {};
  const kinsProps: { [k: string]: Expr | undefined } = {};
  if (kins) {
    kinsProps.mode = spec.autonomyLevel === 'L5' ? sym('KinsMode.THREE_MASTERS') : undefined;
    for (const [param, prop] of Object.entries(KINS_PARAMETERS)) {
      kinsProps[prop] = parameters[param] !== undefined ? lit(parameters[param]) : undefined;
    }
  }
  const props = objOrUndefined({
    name: id !== name ? lit(name) : undefined,
    type: typeof spec.type === 'string' && UNIT_TYPES[spec.type] ? sym(`NodeUnitType.${UNIT_TYPES[spec.type]}`) : undefined,
    nodes: strs(spec.nodes) && strs(spec.nodes)!.length > 0 ? lit(strs(spec.nodes)) : undefined,
    selector: selectorExpr(rec(spec.selector)),
    nodeLabels: nodeLabels ? lit(nodeLabels) : undefined,
    nodeAnnotations: strMap(setNode.annotations) ? lit(setNode.annotations) : undefined,
    nodeTaints: taints.length > 0 && taints.every(t => t && str(t.key) && EFFECTS[str(t.effect) ?? ''])
      ? arr(taints.map(t => obj({
        key: lit(t!.key),
        value: str(t!.value) !== undefined ? lit(t!.value) : undefined,
        effect: sym(`kplus.TaintEffect.${EFFECTS[str(t!.effect)!]}`),
      })))
      : undefined,
    unschedulable: bool(spec.unschedulable) === true ? lit(true) : undefined,
    unitLabels: unitLabels ? lit(unitLabels) : undefined,
    ...kinsProps,
  });
  const cls = kins ? 'KinsUnit' : 'NodeUnit';
  return {
    statements: [{ kind: 'new', name: variable, cls, args: [{ ref: 'cluster' }, lit(id), ...(props ? [props] : [])] }],
    id,
    variable,
  };
}

/** `new NodeGroup(...)` with its member units as variables. */
export function mapNodeGroup(o: KubeObject, variable: string, id: string, ctx: ImportContext): Mapped {
  const spec = rec(o.spec) ?? {};
  const units = strs(spec.nodeUnits) ?? [];
  const keys = strs(spec.autoFindNodeKeys) ?? [];
  const props = objOrUndefined({
    name: id !== o.metadata.name ? lit(o.metadata.name) : undefined,
    nodeUnits: units.length > 0 ? arr([...new Set(units)].sort().map(u => ctx.unitRef(u))) : undefined,
    unitSelector: selectorExpr(rec(spec.selector)),
    autoFindNodeKeys: keys.length > 0 ? lit(keys) : undefined,
  });
  return {
    statements: [{ kind: 'new', name: variable, cls: 'NodeGroup', args: [{ ref: 'cluster' }, lit(id), ...(props ? [props] : [])] }],
    id,
    variable,
  };
}

/** A library `LabelSelector` for a manifest selector, when every part maps. */
function selectorExpr(s: Json | undefined): Expr | undefined {
  if (!s) return undefined;
  const expressions = list(s.matchExpressions).map(rec);
  if (!expressions.every(e => e && str(e.key) && OPERATORS[str(e.operator) ?? ''] && (e.values === undefined || strs(e.values)))) return undefined;
  return obj({
    matchLabels: strMap(s.matchLabels) ? lit(s.matchLabels) : undefined,
    matchExpressions: expressions.length > 0 ? arr(expressions.map(e => obj({
      key: lit(e!.key),
      operator: sym(`SelectorOperator.${OPERATORS[str(e!.operator)!]}`),
      values: strs(e!.values) ? lit(e!.values) : undefined,
    }))) : undefined,
  });
}

export { Json };
