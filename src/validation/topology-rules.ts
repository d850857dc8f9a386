import { contains, overlaps, parseCidr, sizeOf, Cidr } from './cidr';
import { CheckResult, Severity } from './findings';
import { isDns1123Subdomain, isIpAddress, isLabelKey, siteNameProblem, suggestName } from './names';
import { KINS_TAINT_KEY, ALL_NODES_UNIT_NAME } from '../superedge/labels';
import { MAX_CLUSTER_NAME, MAX_KINS_L4_UNIT_NAME, MAX_KINS_L5_UNIT_NAME, MAX_STATEFULSET_NAME } from '../superedge/names';
import { ContainerRuntime, Platform } from '../topology/cluster-options';
import type { EdgeCluster } from '../topology/edge-cluster';
import type { KinsUnit } from '../topology/kins-unit';
import type { NodeGroup } from '../topology/node-group';
import { AutonomyLevel, NodeUnit as NodeUnitClass, NodeUnitType } from '../topology/node-unit';
import type { NodeUnit } from '../topology/node-unit';
import { isEmptySelector } from '../topology/selectors';
import { TopologyIndex } from '../topology/topology-index';

/**
 * The topology rules, as pure functions of the declared constructs. Each returns
 * every problem it finds; the constructs register them as validations. Internal.
 */

const WARNING = Severity.WARNING;

// ---------------------------------------------------------------- NodeUnit

export function checkNodeUnit(unit: NodeUnit): CheckResult[] {
  const out: CheckResult[] = [];
  const name = unit.unitName;
  const nameProblem = siteNameProblem(name);
  if (nameProblem) {
    out.push({
      ruleId: 'SE-U01',
      message: `NodeUnit name "${name}" is not usable: ${nameProblem}; SuperEdge writes it on nodes as the label key "${name}" and as the value of each group's label`,
      fix: `pass a lower-case name of at most 63 characters, e.g. name: '${suggestSiteName(name)}'`,
    });
  }
  const usedBy = TopologyIndex.of(unit.cluster).userNodeLabelKeys().get(name);
  if (usedBy) {
    out.push({
      ruleId: 'SE-U08',
      message: `NodeUnit name "${name}" is also a node label key used by ${usedBy}; site-manager labels the unit's nodes "${name}=nodeunits.superedge.io", overwriting that label`,
      fix: 'rename the unit, or use another label key there',
    });
  }
  if (name === ALL_NODES_UNIT_NAME) {
    out.push({
      ruleId: 'SE-U02',
      message: `"${ALL_NODES_UNIT_NAME}" is the platform's default unit, which site-manager creates and owns`,
      fix: 'reference it with NodeUnit.allNodes(scope) instead of declaring it, or choose another name',
    });
  }
  if (unit.selector && isEmptySelector(unit.selector)) {
    out.push({
      ruleId: 'SE-U03',
      message: 'the node selector has neither matchLabels nor matchExpressions, and such a selector selects no node at all',
      fix: "give the selector matchLabels or matchExpressions (e.g. matchLabels: { site: 'beijing' }), or leave it out and list nodes",
    });
  }
  if (!unit.selector && unit.nodeNames.length === 0) {
    out.push({
      ruleId: 'SE-U04',
      severity: WARNING,
      message: `NodeUnit "${name}" has no nodes and no selector, so it has no members`,
      fix: 'list nodes (nodes / edgeNodes / addNode()) or give a selector',
    });
  }
  const seen = new Set<string>();
  for (const d of unit._nodeDeclarations()) {
    if (seen.has(d.name)) {
      out.push({
        ruleId: 'SE-N04',
        message: `node "${d.name}" is listed more than once in NodeUnit "${name}"`,
        fix: 'list each node once',
      });
    }
    seen.add(d.name);
  }
  for (const n of unit.nodeNames) {
    if (isIpAddress(n)) {
      out.push({
        ruleId: 'SE-N02',
        message: `node name "${n}" is a bare IP address; logs and exec break for such nodes`,
        fix: 'install the node with a host name (e.g. edge-beijing-1) and list that name',
      });
    } else if (!isDns1123Subdomain(n)) {
      out.push({
        ruleId: 'SE-N01',
        message: `node name "${n}" is not a DNS-1123 subdomain (lower-case letters, digits, '-' and '.', at most 253 characters)`,
        fix: `use the node's Kubernetes name, e.g. "${suggestSiteName(n)}"`,
      });
    }
  }
  for (const n of unit.edgeNodes) {
    if (n.networkCidr !== undefined && !parseCidr(n.networkCidr)) {
      out.push(cidrParseProblem(`network of node "${n.name}"`, n.networkCidr));
    }
  }
  if (unit.autonomyLevel === AutonomyLevel.L3) {
    for (const t of unit.nodeTaints) {
      if (t.effect === 'NoSchedule' || t.key === KINS_TAINT_KEY) {
        out.push({
          ruleId: 'SE-U05',
          message: `taint "${t.key}${t.value ? '=' + t.value : ''}:${t.effect}" is stripped from a normal (L3) unit by site-manager on every sync (it removes NoSchedule taints and taints with key "kins")`,
          fix: t.key === KINS_TAINT_KEY
            ? 'declare the unit as a KinsUnit if it should be a unit cluster, or use another key'
            : 'use effect PreferNoSchedule or NoExecute instead',
        });
      }
    }
  }
  if (unit.nodeTaints.length > 1) {
    out.push({
      ruleId: 'SE-U06',
      severity: WARNING,
      message: `NodeUnit "${name}" sets ${unit.nodeTaints.length} taints; on nodes that already carry taints site-manager appends new taints inside a loop, producing duplicates that make the node update fail`,
      fix: 'set at most one taint per unit, or make sure the nodes carry no taints beforehand',
    });
  }
  const nodes = unit.edgeNodes;
  const gpu = nodes.filter(n => n.gpu);
  if (gpu.length > 0 && gpu.length < nodes.length) {
    out.push({
      ruleId: 'SE-U07',
      message: `NodeUnit "${name}" mixes GPU nodes (${gpu.map(n => n.name).join(', ')}) with nodes without GPU; a unit labels all its nodes alike, so it cannot label only the GPU nodes nvidia-device-enable=enable`,
      fix: 'put the GPU nodes in a unit of their own (a node may be in several units as long as they are in different groups)',
    });
  }
  return out;
}

// ---------------------------------------------------------------- KinsUnit

export function checkKinsUnit(unit: KinsUnit): CheckResult[] {
  const out: CheckResult[] = [];
  const cluster = unit.cluster;
  const l5 = unit.autonomyLevel === AutonomyLevel.L5;
  if (cluster.kubernetesVersion && cluster.kubernetesVersion.minor !== 22) {
    out.push({
      ruleId: 'SE-K01',
      message: `Kins needs Kubernetes 1.22, but the cluster declares ${cluster.kubernetesVersion.version}`,
      fix: 'use KubernetesVersion.V1_22_5 for the cluster, or declare the unit as a normal NodeUnit',
    });
  }
  if (cluster.containerRuntime && cluster.containerRuntime !== ContainerRuntime.CONTAINERD) {
    out.push({
      ruleId: 'SE-K02',
      message: `Kins needs the containerd runtime, but the cluster declares ${cluster.containerRuntime}`,
      fix: 'use ContainerRuntime.CONTAINERD for the cluster, or declare the unit as a normal NodeUnit',
    });
  }
  const count = unit.nodeNames.length;
  if (!unit.selector || count > 0) {
    if (count === 0) {
      out.push({
        ruleId: 'SE-K03',
        message: 'a unit cluster needs at least one node, and this KinsUnit has none',
        fix: 'list the unit\'s nodes',
      });
    } else if (l5 && count < 3) {
      out.push({
        ruleId: 'SE-K03',
        message: `THREE_MASTERS needs at least 3 nodes, but the unit has ${count}; a unit with 1-2 nodes can only run a single-master K3s cluster`,
        fix: 'use mode: KinsMode.SINGLE_MASTER, or add nodes',
      });
    }
  }
  const max = l5 ? MAX_KINS_L5_UNIT_NAME : MAX_KINS_L4_UNIT_NAME;
  const name = unit.unitName;
  if (name.length > max || !/^[a-z]/.test(name)) {
    out.push({
      ruleId: 'SE-K04',
      message: `Kins unit name "${name}" ${name.length > max ? `has ${name.length} characters, more than the ${max} that ${l5 ? 'L5' : 'L4'} allows (the StatefulSet "${name}-server-kins${l5 ? '-join' : ''}" must stay within ${MAX_STATEFULSET_NAME})` : 'does not start with a letter (the Services "<unit>-svc-kins" must be DNS-1035 labels)'}`,
      fix: `choose a name starting with a letter and of at most ${max} characters`,
    });
  }
  if (unit.serviceCidr !== undefined && !parseCidr(unit.serviceCidr)) {
    out.push({
      ruleId: 'SE-K05',
      message: `Kins service CIDR "${unit.serviceCidr}" does not parse; site-manager would silently fall back to 26.0.0.0/16`,
      fix: 'give an IPv4 CIDR such as 26.1.0.0/16',
    });
  }
  if (unit.nodePortRange !== undefined) {
    const m = /^(\d+)-(\d+)$/.exec(unit.nodePortRange);
    const lo = m ? Number(m[1]) : NaN;
    const hi = m ? Number(m[2]) : NaN;
    if (!m || lo < 1 || hi > 65535 || lo >= hi) {
      out.push({
        ruleId: 'SE-K06',
        message: `Kins NodePort range "${unit.nodePortRange}" is not "low-high" with 1 <= low < high <= 65535`,
        fix: 'give a range such as 40000-41000',
      });
    }
  }
  if (unit.unitType !== NodeUnitType.EDGE) {
    out.push({
      ruleId: 'SE-K07',
      message: `a Kins unit must be of type edge, but this one is "${unit.unitType}"; application-grid-wrapper wires unit clusters only for edge units`,
      fix: 'leave type unset (NodeUnitType.EDGE)',
    });
  }
  return out;
}

// ---------------------------------------------------------------- NodeGroup

export function checkNodeGroup(group: NodeGroup): CheckResult[] {
  const out: CheckResult[] = [];
  const name = group.groupName;
  const index = TopologyIndex.of(group.cluster);
  const nameProblem = siteNameProblem(name) ?? (name === ALL_NODES_UNIT_NAME ? 'it is the name of the platform\'s default unit' : undefined);
  if (nameProblem) {
    out.push({
      ruleId: 'SE-G01',
      message: `NodeGroup name "${name}" is not usable: ${nameProblem}; SuperEdge writes it on nodes as a label key "${name}=<unit>"`,
      fix: `pass a lower-case name of at most 63 characters, e.g. name: '${suggestSiteName(name)}'`,
    });
  }
  const clash = index.units.find(u => u.unitName === name);
  if (clash) {
    out.push({
      ruleId: 'SE-G02',
      message: `NodeGroup "${name}" has the same name as the NodeUnit at ${clash.node.path}; both names are node label keys, so "${name}=nodeunits.superedge.io" and "${name}=<unit>" would overwrite each other`,
      fix: 'rename the group or the unit (e.g. group "location", units "beijing", "guangzhou")',
    });
  }
  const usedBy = index.userNodeLabelKeys().get(name);
  if (usedBy) {
    out.push({
      ruleId: 'SE-G07',
      message: `NodeGroup name "${name}" is also a node label key used by ${usedBy}; site-manager labels member nodes "${name}=<unit>", overwriting that label`,
      fix: 'rename the group (grids use its name as their key), or use another label key there',
    });
  }
  if (group.unitSelector && isEmptySelector(group.unitSelector)) {
    out.push({
      ruleId: 'SE-G04',
      message: `the unit selector of NodeGroup "${name}" is empty, and an empty selector selects every NodeUnit, unit-node-all included, so every node would be in two of its units`,
      fix: 'give the selector matchLabels or matchExpressions on unit labels, or list the units',
    });
  }
  const members = group.nodeUnits;
  if (members.length === 0 && !group.unitSelector && group.autoFindNodeKeys.length === 0) {
    out.push({
      ruleId: 'SE-G05',
      severity: WARNING,
      message: `NodeGroup "${name}" has no units, no selector and no autoFindNodeKeys, so grids on it deploy nowhere`,
      fix: 'add units with nodeUnits / addNodeUnit(), or give a selector',
    });
  }
  for (const k of group.autoFindNodeKeys) {
    if (!isLabelKey(k)) {
      out.push({
        ruleId: 'SE-G06',
        message: `autoFindNodeKeys entry "${k}" is not a label key`,
        fix: 'list node label keys such as "zone" or "topology.kubernetes.io/zone"',
      });
    }
  }
  // A node in two member units: its <group> label would flap between them.
  const owner = new Map<string, string>();
  for (const m of members) {
    if (m.unitName === ALL_NODES_UNIT_NAME && members.length > 1) {
      out.push({
        ruleId: 'SE-G03',
        message: `NodeGroup "${name}" contains unit-node-all, which holds every node, together with other units, so every node of those units is in two units of the group`,
        fix: 'remove unit-node-all from the group, or make it the only member',
      });
      continue;
    }
    if (!(m instanceof NodeUnitClass)) continue; // a reference: its nodes are not known
    for (const n of m.nodeNames) {
      const prev = owner.get(n);
      if (prev !== undefined && prev !== m.unitName) {
        out.push({
          ruleId: 'SE-G03',
          message: `node "${n}" is in units "${prev}" and "${m.unitName}" of NodeGroup "${name}"; its "${name}" label would flap between them`,
          fix: `remove "${n}" from one of the units, or put one of them in another group`,
        });
      } else {
        owner.set(n, m.unitName);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- cluster

export function checkCluster(cluster: EdgeCluster): CheckResult[] {
  const out: CheckResult[] = [];
  const index = TopologyIndex.of(cluster);

  if (cluster.clusterName !== undefined && cluster.clusterName.length > MAX_CLUSTER_NAME) {
    out.push({
      ruleId: 'SE-C06',
      message: `cluster name "${cluster.clusterName}" has ${cluster.clusterName.length} characters (at most ${MAX_CLUSTER_NAME})`,
      fix: 'shorten clusterName',
    });
  }

  for (const [kind, names] of [
    ['NodeUnit', index.units.map(u => ({ name: u.unitName, path: u.node.path }))],
    ['NodeGroup', index.groups.map(g => ({ name: g.groupName, path: g.node.path }))],
  ] as Array<[string, Array<{ name: string; path: string }>]>) {
    const byName = new Map<string, string[]>();
    for (const n of names) byName.set(n.name, [...(byName.get(n.name) ?? []), n.path]);
    for (const [n, paths] of byName) {
      if (paths.length > 1) {
        out.push({
          ruleId: 'SE-C07',
          message: `${paths.length} ${kind}s are named "${n}" (${paths.join(', ')}); the later would overwrite the earlier on apply`,
          fix: 'give each a distinct name (the construct id, or the name prop)',
        });
      }
    }
  }

  for (const n of index.conflictingNodes()) {
    out.push({
      ruleId: 'SE-N03',
      message: `node "${n}" is declared more than once with different facts (in ${index.unitsOfNode(n).map(u => u.node.path).join(', ')})`,
      fix: 'declare the EdgeNode once and pass the same object to every unit',
    });
  }

  // Networks.
  const named: Array<{ what: string; cidr: Cidr }> = [];
  const parse = (what: string, text: string | undefined): Cidr | undefined => {
    if (text === undefined) return undefined;
    const c = parseCidr(text);
    if (!c) out.push(cidrParseProblem(what, text));
    else named.push({ what, cidr: c });
    return c;
  };
  const pod = parse('Pod CIDR', cluster.podCidr);
  const svc = parse('Service CIDR', cluster.serviceCidr);
  parse('VPC CIDR', cluster.vpcCidr);
  cluster.otherClusterCidrs.forEach(c => parse('other cluster CIDR', c));
  cluster.nodeNetworks.forEach(c => parse('node network', c));
  for (const name of index.nodeNames) {
    const node = index.node(name);
    if (node.networkCidr !== undefined) {
      const c = parseCidr(node.networkCidr);
      if (c) named.push({ what: `network of node "${name}"`, cidr: c });
    }
  }
  for (const [what, c] of [['Pod CIDR', pod], ['Service CIDR', svc]] as Array<[string, Cidr | undefined]>) {
    if (c && !inPrivateRange(c)) {
      const tke = cluster.platform === Platform.TKE_EDGE;
      out.push({
        ruleId: 'SE-C02',
        severity: tke ? Severity.ERROR : WARNING,
        message: `${what} ${c.text} is not in the ranges TKE Edge allows (10.0.0.0/8 with a /14-/24 prefix, 172.16.0.0/12 with /16-/24, 192.168.0.0/16 with /16-/24, 9.0.0.0/8 with /14-/24)`,
        fix: tke ? 'choose a CIDR in one of those ranges (it cannot be changed later)' : 'choose a CIDR in one of those ranges if the cluster may move to TKE Edge, or ignore this warning',
      });
    }
  }
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 1; j < named.length; j++) {
      const a = named[i];
      const b = named[j];
      // Node networks may overlap one another (sites reuse private ranges); only the
      // cluster's own ranges must be disjoint from everything.
      const isClusterRange = (w: string) => w === 'Pod CIDR' || w === 'Service CIDR';
      if (!isClusterRange(a.what) && !isClusterRange(b.what)) continue;
      if (overlaps(a.cidr, b.cidr)) {
        out.push({
          ruleId: 'SE-C03',
          message: `${a.what} ${a.cidr.text} overlaps ${b.what} ${b.cidr.text}`,
          fix: 'choose non-overlapping ranges (Pod and Service CIDRs cannot be changed after creation)',
        });
      }
    }
  }

  const nodeCount = index.nodeNames.length;
  if (pod && cluster.maxPodsPerNode !== undefined) {
    const block = 2 ** Math.ceil(Math.log2(Math.max(cluster.maxPodsPerNode, 1)));
    const capacity = Math.floor(sizeOf(pod) / block);
    if (nodeCount > capacity) {
      out.push({
        ruleId: 'SE-C04',
        message: `Pod CIDR ${pod.text} holds ${capacity} nodes at ${cluster.maxPodsPerNode} pods per node (a block of ${block} addresses each), but ${nodeCount} nodes are declared`,
        fix: `use a larger Pod CIDR (at least /${32 - Math.ceil(Math.log2(nodeCount * block))}) or fewer max pods per node`,
      });
    }
  }

  const spec = cluster.specification;
  if (spec && nodeCount > spec.maxNodes) {
    out.push({
      ruleId: 'SE-C05',
      severity: cluster.autoUpgradeSpecification ? WARNING : Severity.ERROR,
      message: cluster.autoUpgradeSpecification
        ? `${nodeCount} nodes are declared but specification ${spec.name} allows ${spec.maxNodes}; the cluster will be upgraded to a larger (costlier) specification`
        : `${nodeCount} nodes are declared but specification ${spec.name} allows ${spec.maxNodes}, and with auto-upgrade off the nodes over the cap are cordoned`,
      fix: 'choose a larger specification, or set autoUpgradeSpecification: true',
    });
  }
  return out;
}

// ---------------------------------------------------------------- helpers

const PRIVATE_RANGES: Array<{ cidr: Cidr; min: number; max: number }> = [
  { cidr: parseCidr('10.0.0.0/8')!, min: 14, max: 24 },
  { cidr: parseCidr('172.16.0.0/12')!, min: 16, max: 24 },
  { cidr: parseCidr('192.168.0.0/16')!, min: 16, max: 24 },
  { cidr: parseCidr('9.0.0.0/8')!, min: 14, max: 24 },
];

function inPrivateRange(c: Cidr): boolean {
  return PRIVATE_RANGES.some(r => contains(r.cidr, c) && c.prefix >= r.min && c.prefix <= r.max);
}

function cidrParseProblem(what: string, text: string): CheckResult {
  return {
    ruleId: 'SE-C01',
    message: `${what} "${text}" is not an IPv4 CIDR`,
    fix: 'write it as a.b.c.d/n, e.g. 10.33.0.0/16',
  };
}

function suggestSiteName(name: string): string {
  return suggestName(name, { allowDots: true, fallback: 'site-1' });
}
