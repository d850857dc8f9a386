import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-E05: the cluster declares the ENI add-on. */
export const EniAddOnDeclared: TopologyRule = {
  id: 'SE-E05',
  severity: Severity.WARNING,
  area: RuleArea.ENI,
  summary: 'ENI: the cluster declares the ENI add-on with its key pair (warning)',
  explanation: 'The ENI add-on needs a Tencent Cloud API key pair to attach cards; without an EniAddOn in the cluster the pods get no network card. (It may be installed outside these manifests, hence a warning.)',
  check(model: TopologyModel): RuleFinding[] {
    if (model.cluster.platform !== 'tke-edge' || model.addOns.some(a => a.kind === 'eni')) return [];
    return model.workloads.filter(w => w.eni).map(w => ({
      origin: w.origin,
      message: `"${w.name}" asks for an ENI but the cluster declares no EniAddOn: without the add-on (and its API key pair) the pods get no network card`,
      fix: 'declare new EniAddOn(cluster, \'eni\', { secretId, secretKey }) with references to the Secret holding the key pair',
    }));
  },
};
