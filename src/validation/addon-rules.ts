import { CheckResult, Severity } from './findings';
import type { EdgeHealth } from '../addons/edge-health';
import { Platform } from '../topology/cluster-options';
import { ALL_NODES_UNIT_NAME } from '../topology/node-unit';
import type { INodeUnit, NodeUnit } from '../topology/node-unit';
import { TopologyIndex } from '../topology/topology-index';

/**
 * The rules of the add-ons and edge networking (edge-health `SE-H`, ingress `SE-I`,
 * ENI `SE-E`, GPU and cross-region proxy `SE-X`), as pure functions of the declared
 * constructs or of rendered pod specs. Internal.
 */

const WARNING = Severity.WARNING;

/** A declared NodeUnit (not a reference by name), duck-typed to avoid an import cycle. */
export function isDeclaredUnit(u: INodeUnit): u is NodeUnit {
  return (u as any).nodeDeclarations !== undefined;
}

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

  const { EdgeHealth: EdgeHealthClass } = require('../addons/edge-health');
  const others = cluster.node.findAll().filter(c => c !== h && c instanceof EdgeHealthClass && (c as EdgeHealth).namespace === h.namespace);
  if (others.length > 0) {
    out.push({
      ruleId: 'SE-H08',
      message: `another EdgeHealth (${others.map(o => o.node.path).join(', ')}) also writes edge-health-config in namespace "${h.namespace}"; edge-health reads one such ConfigMap`,
      fix: 'declare a single EdgeHealth per cluster',
    });
  }
  return out;
}
