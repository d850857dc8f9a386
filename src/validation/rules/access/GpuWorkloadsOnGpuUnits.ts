import { podContainers } from '../../../model/pods';
import type { TopologyModel, ModelUnit } from '../../../model/types';
import { GPU_RESOURCE } from '../../../superedge/labels';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { knownMembers, list } from '../grid/helpers';

/** SE-X01: GPU workloads only on units with GPU nodes. */
export const GpuWorkloadsOnGpuUnits: TopologyRule = {
  id: 'SE-X01',
  severity: Severity.ERROR,
  area: RuleArea.ACCESS,
  summary: `GPU: workloads asking for ${GPU_RESOURCE} only on units with GPU nodes`,
  explanation: `Only nodes running the NVIDIA device plugin offer \`${GPU_RESOURCE}\`; a pod asking for it on a unit without GPU nodes stays Pending. Checked for grids (their group's units) and for workloads given to GpuPlacement.check().`,
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    const check = (origin: string, name: string, containers: readonly any[], units: readonly (ModelUnit | undefined)[]) => {
      const asks = (c: any) => c?.resources?.limits?.[GPU_RESOURCE] !== undefined || c?.resources?.requests?.[GPU_RESOURCE] !== undefined;
      const asking = containers.filter(asks);
      if (asking.length === 0) return;
      const without = units
        .filter((u): u is ModelUnit => u !== undefined && u.declared && !u.nodeDeclarations.some(n => n.gpu))
        .map(u => u.name);
      if (without.length === 0) return;
      out.push({
        origin,
        message: `"${name}" asks for ${GPU_RESOURCE} (containers ${asking.map(c => c.name).join(', ')}) but units ${list(without)} have no GPU node, so its pods there stay Pending`,
        fix: 'deploy it only to units with GPU nodes, or declare their GPU nodes with new EdgeNode({ name, gpu: true })',
      });
    };
    for (const g of model.grids) {
      check(g.origin, `${g.kind} ${g.name}`, podContainers({ spec: { template: g.template } }), knownMembers(model, g.groupId) ?? []);
    }
    for (const w of model.workloads) {
      if (w.gpuUnitIds) check(w.origin, w.name, w.containers, w.gpuUnitIds.map(id => model.unitsById.get(id)));
    }
    return out;
  },
};
