/**
 * Turns a plan (plain data, see arbitraries.ts) into constructs, in the given order or
 * in reverse (every list of declarations and every map reversed), so that a run can
 * compare the output of the same topology declared in two orders.
 */
import { App, Duration, Size, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { Plan } from './arbitraries';
import {
  ClusterSpecification, ControllerPreview, CrossRegionAccess, DeploymentGrid, EdgeCluster, EdgeHealth, EdgeNode, Eni, EniAddOn,
  GpuPlacement, GridWorkload, INodeGroup, INodeUnit, KinsUnit, KubernetesVersion, MultiRegionIngress, NodeGroup, NodeUnit,
  ServiceGrid, StatefulSetGrid,
} from '../../src';

/** Thrown when a token of the plan is refused by cdk8s itself (e.g. `Duration.seconds(NaN)`): the caller's code fails, not the library's. */
export class CallerSideError extends Error {}

/** Where the library was being called when something was thrown. */
export class BuildStep {
  public what = 'start';
}

interface Ctx {
  readonly scope: Construct;
  readonly reversed: boolean;
  secrets: number;
}

function rev<T>(list: T[], ctx: Ctx): T[] {
  return ctx.reversed ? [...list].reverse() : list;
}

/** The value of a token, or the plain value, recursively. */
function value(v: any, ctx: Ctx): any {
  if (Array.isArray(v)) return v.map(x => value(x, ctx));
  if (v === null || typeof v !== 'object') return v;
  if (!('$' in v)) {
    const out: any = {};
    for (const k of Object.keys(v)) out[k] = value(v[k], ctx);
    return out;
  }
  try {
    switch (v.$) {
      case 'map':
      case 'orderedMap': {
        const out: any = {};
        // One entry per key (an object literal has each key once), then in declaration order or reversed.
        const entries = (v.entries as Array<[any, any]>).filter(([k], i, all) => all.findIndex(([k2]) => String(k2) === String(k)) === i);
        for (const [k, x] of v.$ === 'map' ? rev(entries, ctx) : entries) {
          Object.defineProperty(out, String(k), { value: value(x, ctx), enumerable: true, writable: true, configurable: true });
        }
        return out;
      }
      case 'cyclic': {
        const o: any = { a: 'b' };
        o.self = o;
        return o;
      }
      case 'secret':
        return { secret: kplus.Secret.fromSecretName(ctx.scope, `secret-${ctx.secrets++}`, v.name), key: v.key };
      case 'secretRef':
        return kplus.Secret.fromSecretName(ctx.scope, `secret-${ctx.secrets++}`, v.name);
      case 'cpu': return kplus.Cpu.millis(v.n);
      case 'mib': return Size.mebibytes(v.n);
      case 'seconds': return Duration.seconds(v.n);
      case 'k8s': return KubernetesVersion.of(v.v);
      case 'spec': return (ClusterSpecification as any)[v.v];
      case 'env': return kplus.EnvValue.fromValue(v.v);
      default: throw new Error(`unknown token ${v.$}`);
    }
  } catch (e: any) {
    throw new CallerSideError(`cdk8s refuses the caller's ${v.$} token: ${e.message}`);
  }
}

function pick<T>(list: T[], i: unknown, other: T | undefined): T | undefined {
  if (i === -1) return other;
  if (typeof i !== 'number') return i as any; // null / undefined as a JS caller would pass them
  return list.length === 0 ? undefined : list[i % list.length];
}

function picks<T>(list: T[], is: unknown, other: T | undefined): any {
  if (!Array.isArray(is)) return is;
  return is.map(i => pick(list, i, other));
}

function uniqueId(used: Set<string>, id: string): string {
  let out = id;
  for (let n = 2; used.has(out); n++) out = `${id}-${n}`;
  used.add(out);
  return out;
}

/** Builds the plan into a fresh app; returns the app. Throws what the library throws. */
export function build(p: Plan, reversed: boolean, step: BuildStep = new BuildStep()): App {
  const app = Testing.app();
  // A second cluster, whose unit and group a wrong reference (index -1) points at.
  const other = new EdgeCluster(app, 'other');
  const otherUnit = new NodeUnit(other, 'far', { nodes: ['far-1'] });
  const otherGroup = new NodeGroup(other, 'far-group', { nodeUnits: [otherUnit] });
  const otherGrid = new DeploymentGrid(other, 'far-app', { nodeGroup: otherGroup, containers: [{ image: 'nginx:1.25' }] });
  const otherSvc = new ServiceGrid(other, 'far-svc', { nodeGroup: otherGroup, ports: [{ port: 80 }] });

  const ctx: Ctx = { scope: app, reversed, secrets: 0 };
  step.what = 'EdgeCluster';
  const c = new EdgeCluster(app, 'edge', value(p.cluster, ctx));
  const cctx: Ctx = { scope: c, reversed, secrets: 0 };
  // Construct ids are given in plan order whatever the declaration order (they become names).
  const ids = new Set<string>();
  const idOf = new Map<object, string>();
  for (const list of [p.units, p.groups, p.grids.filter(g => g.kind === 'deployment'), p.serviceGrids, p.grids.filter(g => g.kind === 'statefulset'), p.ingresses, p.edgeHealths]) {
    for (const x of list as Array<{ id: string }>) idOf.set(x, uniqueId(ids, x.id));
  }

  // Units.
  const units: INodeUnit[] = new Array(p.units.length);
  const unitOrder = rev(p.units.map((u, i) => [u, i] as const), ctx);
  for (const [u, i] of unitOrder) {
    const id = idOf.get(u)!;
    step.what = `${u.kind} ${id}`;
    const props: any = 'props' in u ? value(u.props, cctx) : undefined;
    if (props && Array.isArray(props.nodes)) props.nodes = rev(props.nodes, ctx);
    if (props && Array.isArray(props.edgeNodes)) props.edgeNodes = props.edgeNodes.map((n: any) => (n && typeof n === 'object' ? new EdgeNode(n) : n));
    switch (u.kind) {
      case 'unit': units[i] = new NodeUnit(c, id, props); break;
      case 'kins': units[i] = new KinsUnit(c, id, props); break;
      case 'ref': units[i] = NodeUnit.fromName(c, id, (u as any).name); break;
      default: units[i] = NodeUnit.allNodes(c, id); break;
    }
    const later: any = (u as any).later;
    if (later && units[i] instanceof NodeUnit) {
      const declared = units[i] as NodeUnit;
      step.what = `${id}.addNode`;
      if (later.nodes) declared.addNode(...later.nodes);
      step.what = `${id}.addNodeLabel`;
      for (const [k, v] of later.labels ?? []) declared.addNodeLabel(k, value(v, cctx));
      step.what = `${id}.addNodeTaint`;
      for (const t of later.taints ?? []) declared.addNodeTaint(value(t, cctx));
    }
  }

  // Groups.
  const groups: INodeGroup[] = new Array(p.groups.length);
  for (const [g, i] of rev(p.groups.map((x, j) => [x, j] as const), ctx)) {
    const id = idOf.get(g)!;
    step.what = `group ${id}`;
    if (g.kind === 'ref') {
      groups[i] = NodeGroup.fromName(c, id, (g as any).name);
      continue;
    }
    const gg = g as any;
    const props: any = { ...value(gg.props, cctx) };
    const members = picks(units, gg.units, otherUnit);
    if (members !== undefined) props.nodeUnits = Array.isArray(members) ? rev(members, ctx) : members;
    const group = new NodeGroup(c, id, props);
    for (const a of gg.addUnits ?? []) {
      step.what = `group ${id}.addNodeUnit`;
      group.addNodeUnit(pick(units, a, otherUnit) as INodeUnit);
    }
    groups[i] = group;
  }

  // Deployment grids first (ServiceGrids select them), then ServiceGrids, then StatefulSetGrids (they name one).
  const grids: GridWorkload[] = [];
  const deployments: DeploymentGrid[] = [];
  const serviceGrids: ServiceGrid[] = new Array(p.serviceGrids.length);
  const declareGrid = (g: any) => {
    const id = idOf.get(g)!;
    step.what = `${g.kind} grid ${id}`;
    const props: any = { ...value(g.props, cctx), nodeGroup: pick(groups, g.group, otherGroup) };
    for (const k of ['minReady', 'progressDeadline', 'podManagementPolicy']) if (props[k] === undefined) delete props[k];
    let grid: GridWorkload;
    if (g.kind === 'deployment') {
      delete props.podManagementPolicy;
      grid = new DeploymentGrid(c, id, props);
      deployments[p.grids.filter(x => x.kind === 'deployment').indexOf(g)] = grid as DeploymentGrid;
    } else {
      delete props.minReady;
      delete props.progressDeadline;
      props.serviceGrid = pick(serviceGrids, g.serviceGrid, otherSvc);
      grid = new StatefulSetGrid(c, id, props);
    }
    grids.push(grid);
    for (const cont of (g.addContainers ?? []) as any[]) {
      step.what = `${id}.addContainer`;
      grid.addContainer(value(cont, cctx));
    }
    for (const o of (g.overrides ?? []) as any[]) {
      step.what = `${id}.overrideSite`;
      grid.overrideSite(pick(units, o.unit, otherUnit) as INodeUnit, value(o.changes, cctx));
    }
    if (g.crossRegion) {
      step.what = `CrossRegionAccess.enable(${id})`;
      const opts: any = value(g.crossRegion, cctx);
      CrossRegionAccess.enable(grid, opts);
    }
    if (g.eni) {
      step.what = `Eni.enable(${id})`;
      Eni.enable(grid, { nodeUnits: picks(units, g.eni.nodeUnits, otherUnit), nodes: value(g.eni.nodes, cctx) } as any);
    }
    if (g.gpu !== undefined) {
      step.what = `GpuPlacement.check(${id})`;
      GpuPlacement.check(grid, picks(units, g.gpu, otherUnit));
    }
  };
  for (const g of rev(p.grids, ctx)) if (g.kind === 'deployment') declareGrid(g);
  for (const [s, i] of rev(p.serviceGrids.map((x, j) => [x, j] as const), ctx)) {
    const id = idOf.get(s)!;
    step.what = `ServiceGrid ${id}`;
    const props: any = { ...value(s.props, cctx), nodeGroup: pick(groups, s.group, otherGroup) };
    if (s.selector !== undefined && deployments.length > 0) props.selector = pick(deployments, s.selector, otherGrid);
    serviceGrids[i] = new ServiceGrid(c, id, props);
    for (const port of ((s as any).addPorts ?? []) as any[]) {
      step.what = `${id}.addPort`;
      serviceGrids[i].addPort(value(port, cctx));
    }
  }
  const firstSet = p.grids.find(g => g.kind === 'statefulset');
  if (firstSet && serviceGrids.length === 0) {
    // A StatefulSetGrid needs a ServiceGrid: declare one on the first one's group when the plan has none.
    step.what = 'ServiceGrid for the StatefulSetGrids';
    serviceGrids.push(new ServiceGrid(c, uniqueId(ids, 'sts-service'), { nodeGroup: pick(groups, firstSet.group, otherGroup) as INodeGroup, ports: [{ port: 5432 }] }));
  }
  for (const g of rev(p.grids, ctx)) if (g.kind === 'statefulset') declareGrid(g);

  // Ingress, edge-health, ENI add-on, preview.
  for (const ing of rev(p.ingresses, ctx)) {
    const id = idOf.get(ing)!;
    step.what = `MultiRegionIngress ${id}`;
    const props: any = { ...value(ing.props, cctx), nodeUnits: picks(units, ing.units, otherUnit) };
    if (Array.isArray(props.rules)) {
      props.rules = props.rules.map((r: any, k: number) => (r && typeof r === 'object' && 'serviceGrid' in r
        ? { ...r, serviceGrid: r.serviceGrid === undefined ? undefined : pick(serviceGrids, (ing.props.rules as any)[k].serviceGrid, otherSvc) }
        : r));
    }
    new MultiRegionIngress(c, id, props);
  }
  for (const h of rev(p.edgeHealths, ctx)) {
    const id = idOf.get(h)!;
    step.what = `EdgeHealth ${id}`;
    const props: any = { ...value(h.props, cctx) };
    if (h.checkUnits !== undefined) props.checkUnits = picks(units, h.checkUnits, otherUnit);
    new EdgeHealth(c, id, props);
  }
  if (p.eniAddOn) {
    step.what = 'EniAddOn';
    new EniAddOn(c, uniqueId(ids, 'eni'), {
      secretId: { secret: kplus.Secret.fromSecretName(c, 'eni-id', 'eni-keys'), key: 'id' },
      secretKey: { secret: kplus.Secret.fromSecretName(c, 'eni-key', 'eni-keys'), key: 'key' },
    });
  }
  if (p.preview) {
    step.what = 'ControllerPreview';
    ControllerPreview.of(c).addChart();
  }
  step.what = 'synth';
  return app;
}
