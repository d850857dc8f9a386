import { ApiObject } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { addModelContribution } from '../model/contributions';
import { podContainers } from '../model/pods';
import { GPU_RESOURCE } from '../superedge/labels';
import { EdgeCluster } from '../topology/edge-cluster';
import type { INodeUnit } from '../topology/node-unit';
import { addModelChecks } from '../validation/model-checks';
import { UNIT_REF, WORKLOAD } from '../validation/props/common-props';
import { checkProps, listOf, workloadPath } from '../validation/props/prop-types';
import { addCrossClusterReferences } from '../validation/props/references';

// Controller facts, defined in src/superedge and re-exported here for existing imports.
export { GPU_RESOURCE };

/**
 * GPU placement checks.
 */
export class GpuPlacement {
  /**
   * Checks at synthesis that a workload asking for `nvidia.com/gpu` (in requests or
   * limits, e.g. added with a JSON patch) only targets units that have GPU nodes
   * (SE-X01). Grids check their own units.
   */
  public static check(workload: kplus.AbstractPod, nodeUnits: INodeUnit[]): void {
    checkProps(workloadPath(workload, 'GpuPlacement.check()'), 'GpuPlacement.check()', { workload, nodeUnits }, {
      workload: WORKLOAD,
      nodeUnits: listOf(UNIT_REF),
    }, ['workload', 'nodeUnits']);
    const cluster = EdgeCluster.enclosing(workload);
    const unitIds = nodeUnits.map(u => u.node.path);
    addModelContribution(workload, builder => builder.addWorkload({
      id: workload.node.path,
      origin: workload.node.path,
      name: workload.node.id,
      // cdk8s-plus workloads and grids both keep their object as the child 'Resource'.
      containers: podContainers(ApiObject.of(workload).toJson()),
      gpuUnitIds: unitIds,
    }));
    const units = [...nodeUnits];
    addModelContribution(workload, builder => addCrossClusterReferences(builder, workload, `"${workload.node.id}"`,
      units.map(u => ({ prop: 'GpuPlacement.check() nodeUnits', kind: 'NodeUnit', name: u.unitName, target: u }))));
    addModelChecks(workload, cluster);
  }

  private constructor() {}
}
