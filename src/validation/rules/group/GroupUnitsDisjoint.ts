import type { TopologyModel } from '../../../model/types';
import { ALL_NODES_UNIT_NAME } from '../../../superedge/labels';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-G03: a node is in at most one unit of a group. */
export const GroupUnitsDisjoint: TopologyRule = {
  id: 'SE-G03',
  severity: Severity.ERROR,
  area: RuleArea.GROUP,
  summary: 'a node may not be in two units of the same group (its group label would flap)',
  explanation: 'Each member unit labels its nodes `<group>: <unit>`; a node in two units of the group gets both values in turn, and grids move its pods back and forth.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const g of model.groups) {
      const members = g.memberIds.map(id => model.unitsById.get(id)!);
      const owner = new Map<string, string>();
      for (const m of members) {
        if (m.name === ALL_NODES_UNIT_NAME && members.length > 1) {
          out.push({
            origin: g.origin,
            message: `NodeGroup "${g.name}" contains unit-node-all, which holds every node, together with other units, so every node of those units is in two units of the group`,
            fix: 'remove unit-node-all from the group, or make it the only member',
          });
          continue;
        }
        for (const n of m.nodeNames ?? []) { // unknown members: their nodes are not known
          const prev = owner.get(n);
          if (prev !== undefined && prev !== m.name) {
            out.push({
              origin: g.origin,
              message: `node "${n}" is in units "${prev}" and "${m.name}" of NodeGroup "${g.name}"; its "${g.name}" label would flap between them`,
              fix: `remove "${n}" from one of the units, or put one of them in another group`,
            });
          } else {
            owner.set(n, m.name);
          }
        }
      }
    }
    return out;
  },
};
