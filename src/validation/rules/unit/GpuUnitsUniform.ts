import { unitNodes } from '../../../model/queries';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-U07: a unit is all GPU or no GPU. */
export const GpuUnitsUniform: TopologyRule = {
  id: 'SE-U07',
  severity: Severity.ERROR,
  area: RuleArea.UNIT,
  summary: 'a unit that mixes GPU and non-GPU nodes cannot label only its GPU nodes',
  explanation: 'The NVIDIA device plugin runs on nodes labelled `nvidia-device-enable: enable`; a unit sets its labels on all its nodes alike, so only a unit of GPU nodes can set it.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const u of model.units) {
      const nodes = unitNodes(model, u) ?? [];
      const gpu = nodes.filter(n => n.gpu);
      if (gpu.length === 0 || gpu.length === nodes.length) continue;
      out.push({
        origin: u.origin,
        message: `NodeUnit "${u.name}" mixes GPU nodes (${gpu.map(n => n.name).join(', ')}) with nodes without GPU; a unit labels all its nodes alike, so it cannot label only the GPU nodes nvidia-device-enable=enable`,
        fix: 'put the GPU nodes in a unit of their own (a node may be in several units as long as they are in different groups)',
      });
    }
    return out;
  },
};
