import { ApiObject, Chart } from 'cdk8s';
import { IConstruct } from 'constructs';
import { KINS_KUBERNETES_MINOR } from '../superedge/api-versions';

/**
 * The Kubernetes version a Kins unit cluster runs: K3s v1.22 (the controller's default
 * `k3s-image` is `k3s:v1.22.6-revison-1`, and Kins needs a 1.22 parent cluster). Objects
 * of a unit chart are applied to that API server, so API versions removed or added after
 * 1.22 matter there. (To move into the controller-facts module.)
 */
export const KINS_KUBERNETES_VERSION = '1.22';

const UNIT_CHART_SYMBOL = Symbol.for('cdk8s-superedge.KinsUnitChart');
/** API groups whose objects only the parent cluster's SuperEdge controllers act on. */
const SUPEREDGE_GROUPS = new Set(['superedge.io', 'site.superedge.io']);

/**
 * The chart of a Kins unit: its objects are applied inside the unit's own K3s cluster,
 * never into the parent cluster. A child of the unit, so `Chart.of()` of its objects is
 * this chart and the parent EdgeCluster's output leaves them out. Generated object
 * names are relative to the chart (the unit cluster is a cluster of its own): a
 * Deployment with id `plc-gateway` is named `plc-gateway`. Internal: users reach it as
 * `KinsUnit.unitChart`.
 */
export class KinsUnitChart extends Chart {
  /** The Kins unit whose cluster gets this chart's objects. */
  public readonly unit: IConstruct;
  /**
   * The Kubernetes minor version of the unit cluster: the model reads it, so API
   * versions of the chart's objects are checked against 1.22, not the parent's version.
   * @internal
   */
  public readonly _unitClusterKubernetesMinor = KINS_KUBERNETES_MINOR;

  public constructor(unit: IConstruct, id: string) {
    super(unit, id, { disableResourceNameHashes: true });
    this.unit = unit;
    Object.defineProperty(this, UNIT_CHART_SYMBOL, { value: true });
    this.node.addValidation({ validate: () => this.superEdgeObjects() });
  }

  /** SuperEdge objects declared in the chart: the K3s unit cluster has no SuperEdge controllers to act on them. */
  private superEdgeObjects(): string[] {
    return this.node.findAll()
      .filter((c): c is ApiObject => c instanceof ApiObject && Chart.of(c) === this && SUPEREDGE_GROUPS.has(c.apiGroup))
      .map(o => `${o.kind} "${o.name}" (${(o.node.id === 'Resource' ? o.node.scope! : o).node.path}) is in a Kins unit's unitChart, whose objects go to the unit's own K3s cluster, where no SuperEdge controller runs. Fix: declare it in the EdgeCluster (target the unit through a NodeGroup), and keep plain Kubernetes objects in the unitChart`);
  }

  /** The object's path below this chart as a DNS label (cdk8s's rules, without the path above the chart and without a hash). */
  public generateObjectName(apiObject: ApiObject): string {
    const below = apiObject.node.path.split('/').slice(this.node.path.split('/').length)
      .filter(c => c.toLowerCase() !== 'resource' && c.toLowerCase() !== 'default')
      .map(c => c.toLowerCase().replace(/[^0-9a-z-]/g, '').replace(/^-+|-+$/g, ''))
      .filter((c, i, all) => c !== '' && c !== all[i - 1]);
    let name = '';
    for (const c of [...below].reverse()) { // like cdk8s: the last components carry the meaning
      const next = name === '' ? c : `${c}-${name}`;
      if (next.length > 63) break;
      name = next;
    }
    return name || below[below.length - 1]?.slice(0, 63).replace(/-+$/, '') || 'object';
  }
}

/** Whether a chart is a Kins unit chart (applied inside a unit cluster). Internal. */
export function isUnitChart(chart: IConstruct): chart is KinsUnitChart {
  return chart !== null && typeof chart === 'object' && UNIT_CHART_SYMBOL in chart;
}
