import * as kplus from 'cdk8s-plus-27';
import { CheckResult, Severity } from './findings';
import { isDns1035Label, isDns1123Subdomain, isLabelValue } from './names';
import type { EdgeHealth } from '../addons/edge-health';
import { isDeclaredGroup, isDeclaredUnit, isEdgeHealth, isEniAddOn, isMultiRegionIngress, servicePortFor } from '../internal/brands';
import type { MultiRegionIngress } from '../networking/multi-region-ingress';
import { ALL_NODES_UNIT_NAME, GPU_RESOURCE } from '../superedge/labels';
import { Platform } from '../topology/cluster-options';
import type { EdgeCluster } from '../topology/edge-cluster';
import type { INodeUnit } from '../topology/node-unit';
import { TopologyIndex } from '../topology/topology-index';

/**
 * The rules of the add-ons and edge networking (edge-health `SE-H`, ingress `SE-I`,
 * ENI `SE-E`, GPU and cross-region proxy `SE-X`), as pure functions of the declared
 * constructs or of rendered pod specs. Internal.
 */

const WARNING = Severity.WARNING;

function list(names: string[], max = 5): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

// ---------------------------------------------------------------- edge-health

export function checkEdgeHealth(h: EdgeHealth): CheckResult[] {
  const out: CheckResult[] = [];
  const cluster = h.cluster;
  const mode = h.mode;
  const listed = h.listedUnits;
  const switchedOn = h.switchedOnUnits;

  if (mode === 'no-eviction') {
    const what: string[] = [];
    if (listed.length > 0) what.push(`checkUnits (${list(listed.map(u => u.unitName))})`);
    if (switchedOn.length > 0) what.push(`units with edgeHealth: true (${list(switchedOn.map(u => u.unitName))})`);
    if (h.daemonSet) what.push('daemonSet: true');
    if (what.length > 0) {
      out.push({
        ruleId: 'SE-H01',
        message: `global no-eviction excludes health checking, but ${what.join(' and ')} ask for it; the platform refuses the two together`,
        fix: 'choose one: drop mode NO_EVICTION, or drop checkUnits, the units\' edgeHealth switch and daemonSet',
      });
    }
  }

  if (mode === 'units' && h.checkUnitNames.length === 0) {
    out.push({
      ruleId: 'SE-H02',
      message: 'multi-region edge-health with no unit to check: edge-health reads an empty check-units as "check nothing"',
      fix: 'list units in checkUnits (or set edgeHealth: true on NodeUnits), or use mode ALL_NODES',
    });
  }

  if ((mode === 'all-nodes' || mode === 'off') && listed.length > 0) {
    out.push({
      ruleId: 'SE-H03',
      message: `checkUnits (${list(listed.map(u => u.unitName))}) are only read in multi-region mode, but the mode is ${mode}`,
      fix: 'use mode UNITS (or leave mode out), or drop checkUnits',
    });
  }
  for (const u of listed) {
    if (isDeclaredUnit(u) && u.edgeHealth === false) {
      out.push({
        ruleId: 'SE-H03',
        message: `NodeUnit "${u.unitName}" is listed in checkUnits but switches edge-health off (edgeHealth: false)`,
        fix: `remove "${u.unitName}" from checkUnits, or set edgeHealth: true (or leave it out) on the unit`,
      });
    }
  }

  if (mode === 'units' && h.checkUnitNames.length > 0 && !h.checkUnitNames.includes(ALL_NODES_UNIT_NAME)) {
    const index = TopologyIndex.of(cluster);
    const checked = new Set(h.checkUnitNames);
    const outside: string[] = [];
    const several: string[] = [];
    for (const n of index.nodeNames) {
      const units = index.unitsOfNode(n).filter(u => checked.has(u.unitName));
      if (units.length === 0) outside.push(n);
      else if (new Set(units.map(u => u.unitName)).size > 1) several.push(`${n} (${units.map(u => u.unitName).sort().join(' and ')})`);
    }
    if (outside.length > 0) {
      out.push({
        ruleId: 'SE-H04',
        severity: WARNING,
        message: `nodes in no checked unit are not health-checked in multi-region mode: ${list(outside)} (units checked: ${list(h.checkUnitNames)})`,
        fix: 'add their units to checkUnits (or set edgeHealth: true on them) if they should be checked; otherwise this is expected',
      });
    }
    if (several.length > 0) {
      out.push({
        ruleId: 'SE-H05',
        severity: WARNING,
        message: `nodes in several checked units only probe peers that are in all of those units (edge-health ANDs the unit selectors): ${list(several)}`,
        fix: 'check only one of the units such a node belongs to, or accept the smaller peer set',
      });
    }
  }

  if (h.daemonSet && cluster.platform === Platform.TKE_EDGE) {
    out.push({
      ruleId: 'SE-H06',
      message: 'on TKE Edge the edge-health add-on runs the edge-health DaemonSet; a second one would fight it',
      fix: 'drop daemonSet: true (the library still emits edge-health-config), or use Platform.SUPEREDGE',
    });
  }

  if (h.daemonSet && mode !== 'no-eviction' && mode !== 'off' && !h.hmacKey) {
    out.push({
      ruleId: 'SE-H07',
      severity: WARNING,
      message: 'the edge-health DaemonSet has no HMAC key, so peers sign their votes with the default key published in the SuperEdge source code: anyone on the network can forge votes',
      fix: 'pass hmacKey: { secret: kplus.Secret.fromSecretName(this, \'hmac\', \'edge-health-hmac\'), key: \'hmackey\' } (a Secret you create outside the manifests)',
    });
  }

  const others = cluster.node.findAll().filter(c => c !== h && isEdgeHealth(c) && c.namespace === h.namespace);
  if (others.length > 0) {
    out.push({
      ruleId: 'SE-H08',
      message: `another EdgeHealth (${others.map(o => o.node.path).join(', ')}) also writes edge-health-config in namespace "${h.namespace}"; edge-health reads one such ConfigMap`,
      fix: 'declare a single EdgeHealth per cluster',
    });
  }
  return out;
}

// ---------------------------------------------------------------- multi-region ingress

const HOST = /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** The nodes a unit's controller of an ingress runs on, or undefined when not known (selector-only or referenced units). */
function controllerNodeSet(ing: MultiRegionIngress, unit: INodeUnit): string[] | undefined {
  const subset = ing.controllerNodesOf(unit);
  if (subset) return subset;
  if (!isDeclaredUnit(unit)) return undefined;
  return unit.nodeNames;
}

export function checkMultiRegionIngress(ing: MultiRegionIngress): CheckResult[] {
  const out: CheckResult[] = [];
  const units = ing.nodeUnits;
  if (units.length === 0) {
    out.push({
      ruleId: 'SE-I01',
      message: `MultiRegionIngress "${ing.name}" has no units, so it has no entry point`,
      fix: 'pass nodeUnits: [unitA, unitB, ...]',
    });
  }

  // Rules.
  const seen = new Map<string, number>();
  ing.rules.forEach((r, i) => {
    const where = `rule ${i + 1} (${r.host ?? '*'}${r.path ?? '/'})`;
    const problems: string[] = [];
    if ((r.serviceGrid ? 1 : 0) + (r.serviceName !== undefined ? 1 : 0) !== 1) problems.push('it needs exactly one of serviceGrid and serviceName');
    if (r.serviceName !== undefined && !isDns1035Label(r.serviceName)) problems.push(`serviceName "${r.serviceName}" is not a Service name (DNS-1035 label)`);
    if (!Number.isInteger(r.port) || r.port < 1 || r.port > 65535) problems.push(`port ${r.port} is not within 1-65535`);
    if (r.path !== undefined && !r.path.startsWith('/')) problems.push(`path "${r.path}" does not start with "/"`);
    if (r.host !== undefined && (r.host.length > 253 || !HOST.test(r.host))) problems.push(`host "${r.host}" is not a lower-case DNS name (a leading "*." is allowed; no port, no IP)`);
    if (problems.length > 0) {
      out.push({
        ruleId: 'SE-I02',
        message: `MultiRegionIngress "${ing.name}" ${where}: ${problems.join('; ')}`,
        fix: "give host (a DNS name), path starting with '/', port 1-65535, and either serviceGrid or serviceName",
      });
    }
    const key = `${r.host ?? ''} ${r.path ?? '/'} ${r.pathType ?? 'Prefix'}`;
    if (seen.has(key)) {
      out.push({
        ruleId: 'SE-I08',
        message: `MultiRegionIngress "${ing.name}" ${where} repeats rule ${seen.get(key)! + 1}: the same host, path and path type can route to one backend only`,
        fix: 'remove one of the rules, or change its host or path',
      });
    } else {
      seen.set(key, i);
    }
    const grid = r.serviceGrid;
    if (grid) {
      const group = grid.nodeGroup;
      // Only a declared group without auto-discovered units has a known member list.
      if (isDeclaredGroup(group) && group.autoFindNodeKeys.length === 0) {
        const members = new Set(group.nodeUnits.map(u => u.unitName));
        const missing = units.filter(u => !members.has(u.unitName)).map(u => u.unitName);
        if (missing.length > 0) {
          out.push({
            ruleId: 'SE-I05',
            message: `ServiceGrid "${grid.gridName}" (${where}) runs on the units of NodeGroup "${group.groupName}", which does not hold ${list(missing)}: the ingress there would keep only that unit's endpoints and find none`,
            fix: `add ${list(missing)} to NodeGroup "${group.groupName}", or leave them out of this ingress's nodeUnits`,
          });
        }
      }
      if ((grid.namespace ?? '') !== (ing.namespace ?? '')) {
        out.push({
          ruleId: 'SE-I06',
          message: `ServiceGrid "${grid.gridName}" (${where}) is in namespace "${grid.namespace ?? '(chart default)'}" but the Ingress objects are in "${ing.namespace ?? '(chart default)'}": an Ingress routes only to Services of its own namespace`,
          fix: 'give the MultiRegionIngress the namespace of its ServiceGrid backends (namespace prop), or split it per namespace',
        });
      }
      const ports = grid.ports.map(p => p.port);
      if (ports.length > 0 && servicePortFor(grid, r.port) === undefined) {
        const byTarget = grid.ports.filter(p => p.targetPort === r.port).map(p => p.port);
        out.push({
          ruleId: 'SE-I09',
          message: byTarget.length > 1
            ? `${where} routes to port ${r.port}, the target port of several ports (${byTarget.join(', ')}) of ServiceGrid "${grid.gridName}", so the Service port is ambiguous`
            : `${where} routes to port ${r.port} of ServiceGrid "${grid.gridName}", whose Service has ports ${ports.join(', ')}`,
          fix: `use one of the Service's ports (${ports.join(', ')})`,
        });
      }
    }
  });
  if (ing.rules.length === 0) {
    out.push({
      ruleId: 'SE-I10',
      severity: WARNING,
      message: `MultiRegionIngress "${ing.name}" has no rules: its Ingress objects route nothing`,
      fix: 'pass rules or call addRule()',
    });
  }

  // Derived names.
  for (const u of units) {
    const bad: string[] = [];
    if (!isDns1123Subdomain(ing.ingressName(u))) bad.push(`Ingress "${ing.ingressName(u)}"`);
    if (!isDns1123Subdomain(ing.ingressClassName(u))) bad.push(`IngressClass "${ing.ingressClassName(u)}"`);
    if (ing.emitsControllers) {
      if (!isDns1123Subdomain(ing.controllerName(u))) bad.push(`DaemonSet "${ing.controllerName(u)}"`);
      if (!isLabelValue(`${ing.name}-${u.unitName}`)) bad.push(`label value "${ing.name}-${u.unitName}" (at most 63 characters)`);
    }
    if (bad.length > 0) {
      out.push({
        ruleId: 'SE-I07',
        message: `MultiRegionIngress "${ing.name}" for unit "${u.unitName}" would create invalid names: ${bad.join(', ')}`,
        fix: 'pass a shorter lower-case name (or ingressClassPrefix)',
      });
    }
  }

  if (!ing.emitsControllers) return out;

  // Controller placement.
  if (ing.controllerNodes) {
    const members = new Set(units.filter(isDeclaredUnit).flatMap(u => u.nodeNames));
    const stray = ing.controllerNodes.filter(n => !members.has(n));
    if (stray.length > 0) {
      out.push({
        ruleId: 'SE-I04',
        message: `controllerNodes ${list(stray)} are in none of the ingress's units (${list(units.map(u => u.unitName))}), so no controller runs there`,
        fix: 'list only nodes of the target units',
      });
    }
    for (const u of units) {
      if (isDeclaredUnit(u) && (ing.controllerNodesOf(u) ?? []).length === 0) {
        out.push({
          ruleId: 'SE-I04',
          message: `none of the controllerNodes is in unit "${u.unitName}", so that unit gets no ingress controller`,
          fix: `add at least one node of "${u.unitName}" (${list(u.nodeNames)}) to controllerNodes`,
        });
      }
    }
  }

  const all = ing.cluster.node.findAll().filter((c): c is MultiRegionIngress => isMultiRegionIngress(c) && c.emitsControllers);
  const reported = new Set<string>();
  for (const u of units) {
    const mine = new Set(controllerNodeSet(ing, u) ?? []);
    if (mine.size === 0) continue;
    for (const other of all) {
      for (const ou of other.nodeUnits) {
        if (other === ing && ou === u) continue;
        const shared = (controllerNodeSet(other, ou) ?? []).filter(n => mine.has(n)).sort();
        if (shared.length === 0) continue;
        const a = `${ing.node.path}/${u.unitName}`;
        const b = `${other.node.path}/${ou.unitName}`;
        const pair = [a, b].sort().join(' ');
        if (reported.has(pair)) continue;
        reported.add(pair);
        out.push({
          ruleId: 'SE-I03',
          message: `the ingress controllers of unit "${u.unitName}" (${ing.name}) and unit "${ou.unitName}" (${other.name}) would both run on ${list(shared)}; each binds host ports 80 and 443, so only one can start there`,
          fix: 'give each controller its own nodes with controllerNodes, or route both sets of rules through one MultiRegionIngress',
        });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- cross-region proxy

/** What CrossRegionAccess.enable() did to a workload. Internal. */
export interface ProxyState {
  readonly proxyUrl: string;
  readonly conflicts: string[];
  readonly containers: kplus.Container[];
  readonly platform: Platform;
  /** The env set on each container (open-source SuperEdge). */
  readonly env?: { [name: string]: string };
}

export function checkCrossRegionProxy(workloadName: string, state: ProxyState, containers: kplus.Container[]): CheckResult[] {
  const out: CheckResult[] = [];
  if (state.platform === Platform.TKE_EDGE) return out;
  if (!/^https?:\/\/[^\s/:]+(:\d{1,5})?\/?$/.test(state.proxyUrl)) {
    out.push({
      ruleId: 'SE-X04',
      message: `cross-region proxy URL "${state.proxyUrl}" of "${workloadName}" is not an http(s)://host[:port] URL`,
      fix: 'pass proxyUrl like http://tunnel-cloud.edge-system.svc.cluster.local:8080',
    });
  }
  if (state.conflicts.length > 0) {
    out.push({
      ruleId: 'SE-X02',
      message: `"${workloadName}" already sets proxy env to other values (${list(state.conflicts)}); cross-region access would override them`,
      fix: 'remove those env variables, or do not enable cross-region access on this workload',
    });
  }
  const late = containers.filter(c => !state.containers.includes(c)).map(c => c.name ?? '(unnamed)');
  if (late.length > 0) {
    out.push({
      ruleId: 'SE-X03',
      message: `containers ${list(late)} of "${workloadName}" were added after CrossRegionAccess.enable() and have no proxy env`,
      fix: 'call CrossRegionAccess.enable() after adding every container',
    });
  }
  return out;
}

// ---------------------------------------------------------------- ENI

export function checkEni(cluster: EdgeCluster, workloadName: string, pinned: string[], now: string[], canPin: boolean): CheckResult[] {
  const out: CheckResult[] = [];
  if (cluster.platform !== Platform.TKE_EDGE) {
    out.push({
      ruleId: 'SE-E03',
      message: `"${workloadName}" asks for an ENI, which only the TKE Edge ENI add-on provides; the cluster's platform is ${cluster.platform}`,
      fix: 'use Platform.TKE_EDGE for a TKE Edge cluster, or drop Eni.enable()',
    });
  }
  if (now.length === 0) {
    out.push({
      ruleId: 'SE-E02',
      message: `"${workloadName}" asks for an ENI but names no nodes: ENI pods must be pinned to CVM nodes`,
      fix: 'pass nodeUnits or nodes whose nodes are declared with cvmInstanceId',
    });
  } else if (!canPin) {
    out.push({
      ruleId: 'SE-E02',
      message: `"${workloadName}" cannot be pinned to nodes (it has no scheduling), and ENI pods must run on CVM nodes`,
      fix: 'enable ENI on a Deployment, StatefulSet, DaemonSet, Job, Pod or grid',
    });
  }
  const index = TopologyIndex.of(cluster);
  const notCvm = now.filter(n => !index.node(n).isCvm);
  if (notCvm.length > 0) {
    out.push({
      ruleId: 'SE-E01',
      message: `"${workloadName}" asks for an ENI on nodes that are not declared as Tencent Cloud CVM instances: ${list(notCvm)}; ENI works on CVM nodes only`,
      fix: "declare them as new EdgeNode({ name, cvmInstanceId: 'ins-...' }), or leave them out of the ENI workload's nodes",
    });
  }
  if (pinned.join(',') !== now.join(',')) {
    out.push({
      ruleId: 'SE-E04',
      message: `the units of "${workloadName}" changed after Eni.enable(): the pods are pinned to ${list(pinned) || 'no node'} but the units now hold ${list(now)}`,
      fix: 'call Eni.enable() after declaring the units\' nodes',
    });
  }
  if (cluster.platform === Platform.TKE_EDGE && !cluster.node.findAll().some(isEniAddOn)) {
    out.push({
      ruleId: 'SE-E05',
      severity: WARNING,
      message: `"${workloadName}" asks for an ENI but the cluster declares no EniAddOn: without the add-on (and its API key pair) the pods get no network card`,
      fix: 'declare new EniAddOn(cluster, \'eni\', { secretId, secretKey }) with references to the Secret holding the key pair',
    });
  }
  return out;
}

// ---------------------------------------------------------------- GPU

const GPU = GPU_RESOURCE;

/** The containers of a rendered workload: a pod, a pod template, or a grid's template. */
export function podContainers(obj: any): any[] {
  const specs = [obj?.spec, obj?.spec?.template?.spec, obj?.spec?.template?.template?.spec, obj?.spec?.jobTemplate?.spec?.template?.spec];
  const found = specs.find(s => s && Array.isArray(s.containers));
  return found ? [...found.containers, ...(found.initContainers ?? [])] : [];
}

/**
 * GPU workloads only on units with GPU nodes (SE-X01). Takes the rendered workload
 * (any object whose pod spec `podContainers` finds) and the units it deploys to.
 */
export function checkGpuRequests(workloadName: string, rendered: any, units: INodeUnit[]): CheckResult[] {
  const asking = podContainers(rendered).filter(c => c?.resources?.limits?.[GPU] !== undefined || c?.resources?.requests?.[GPU] !== undefined);
  if (asking.length === 0) return [];
  const without = units.filter(u => isDeclaredUnit(u) && !u.edgeNodes.some(n => n.gpu)).map(u => u.unitName);
  if (without.length === 0) return [];
  return [{
    ruleId: 'SE-X01',
    message: `"${workloadName}" asks for ${GPU} (containers ${asking.map(c => c.name).join(', ')}) but units ${list(without)} have no GPU node, so its pods there stay Pending`,
    fix: 'deploy it only to units with GPU nodes, or declare their GPU nodes with new EdgeNode({ name, gpu: true })',
  }];
}
