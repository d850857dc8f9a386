import type { TopologyModel } from '../../../model/types';
import { isLabelKey } from '../../names';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-G06: autoFindNodeKeys are label keys. */
export const AutoFindKeysAreLabelKeys: TopologyRule = {
  id: 'SE-G06',
  severity: Severity.ERROR,
  area: RuleArea.GROUP,
  summary: 'autoFindNodeKeys entries are label keys',
  explanation: 'site-manager discovers one unit per combination of the values of these node label keys; a key that is not a label key matches no node.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const g of model.groups) {
      for (const k of g.autoFindNodeKeys) {
        if (isLabelKey(k)) continue;
        out.push({ origin: g.origin, message: `autoFindNodeKeys entry "${k}" is not a label key`, fix: 'list node label keys such as "zone" or "topology.kubernetes.io/zone"' });
      }
    }
    return out;
  },
};
