import type { TopologyModel } from '../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../validation/rule';
import { Severity } from '../../validation/severity';

const VPC_ID = /^vpc-[0-9a-z]{1,32}$/;
const REGION = /^[a-z]{2,3}-[a-z]+(-[0-9a-z]+)*$/;

/** SE-T03: the VPC id and the region are well formed. */
export const TkeIdFormats: TopologyRule = {
  id: 'SE-T03',
  severity: Severity.ERROR,
  area: RuleArea.TKE_REQUEST,
  summary: 'TKE create request: vpcId reads vpc-..., region is a Tencent Cloud region name',
  explanation: 'Tencent Cloud VPC ids read "vpc-" and lower-case letters and digits, regions read like ap-guangzhou; anything else is a typo the API would refuse only after the request is sent.',
  check(model: TopologyModel): RuleFinding[] {
    const { vpcId, region, origin } = model.cluster;
    const out: RuleFinding[] = [];
    if (vpcId !== undefined && !VPC_ID.test(String(vpcId))) {
      out.push({
        origin,
        message: `vpcId ${JSON.stringify(vpcId)} is not a VPC id ("vpc-" then lower-case letters and digits)`,
        fix: "copy the id from the VPC console, e.g. vpcId: 'vpc-e55paxnt'",
      });
    }
    if (region !== undefined && !REGION.test(String(region))) {
      out.push({
        origin,
        message: `region ${JSON.stringify(region)} is not a Tencent Cloud region name`,
        fix: "give one of the regions CreateTKEEdgeCluster supports, e.g. region: 'ap-guangzhou' (also ap-beijing, ap-nanjing, ap-shanghai, ap-singapore)",
      });
    }
    return out;
  },
};
