import type { TopologyModel } from '../../../model/types';
import { MAX_INT32 } from '../../props/prop-values';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-W09: replicas are whole numbers of at least 0. */
export const ReplicasWhole: TopologyRule = {
  id: 'SE-W09',
  severity: Severity.ERROR,
  area: RuleArea.GRID,
  summary: 'replicas (grid and overrides) are whole numbers of at least 0',
  explanation: 'The controllers copy `replicas` into each per-site Deployment or StatefulSet, whose schema takes a whole number of at least 0; any other value is rejected for every site.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    const bad = (r: unknown) => r !== undefined && !(typeof r === 'number' && Number.isInteger(r) && r >= 0 && r <= MAX_INT32);
    // An int32: the API server refuses larger values.
    const rule = (r: unknown) => (typeof r === 'number' && r > MAX_INT32 ? `at most ${MAX_INT32} (an int32)` : 'at least 0');
    for (const g of model.grids) {
      const replicas = g.template?.replicas;
      if (bad(replicas)) {
        out.push({
          origin: g.origin,
          message: `${g.kind} "${g.name}" has replicas ${replicas}; replicas must be a whole number of ${rule(replicas)}`,
          fix: 'pass a whole number, e.g. replicas: 2',
        });
      }
      if (g.otherSites && bad(g.otherSites.replicas)) {
        out.push({
          origin: g.origin,
          message: `the override of the other sites has replicas ${g.otherSites.replicas}; replicas must be a whole number of ${rule(g.otherSites.replicas)}`,
          fix: 'pass a whole number, e.g. replicas: 2',
        });
      }
      for (const o of g.overrides ?? []) {
        if (!bad(o.replicas)) continue;
        out.push({
          origin: g.origin,
          message: `the override of unit "${o.unit}" has replicas ${o.replicas}; replicas must be a whole number of ${rule(o.replicas)}`,
          fix: 'pass a whole number, e.g. replicas: 2',
        });
      }
    }
    return out;
  },
};
