import { TkeClusterFacts } from './facts';
import { CheckResult } from '../validation/findings';

/**
 * SE-T03 (error): the VPC id reads `vpc-` and lower-case letters and digits (e.g.
 * `vpc-e55paxnt`), the region a Tencent Cloud region name (e.g. `ap-guangzhou`). A pure
 * function. Internal.
 */
export const ID_FORMAT_RULE = 'SE-T03';

const VPC_ID = /^vpc-[0-9a-z]{1,32}$/;
const REGION = /^[a-z]{2,3}-[a-z]+(-[0-9a-z]+)*$/;

export function checkIdFormats(facts: TkeClusterFacts): CheckResult[] {
  const out: CheckResult[] = [];
  if (facts.vpcId !== undefined && !VPC_ID.test(facts.vpcId)) {
    out.push({
      ruleId: ID_FORMAT_RULE,
      message: `vpcId ${JSON.stringify(facts.vpcId)} is not a VPC id ("vpc-" then lower-case letters and digits)`,
      fix: "copy the id from the VPC console, e.g. vpcId: 'vpc-e55paxnt'",
    });
  }
  if (facts.region !== undefined && !REGION.test(facts.region)) {
    out.push({
      ruleId: ID_FORMAT_RULE,
      message: `region ${JSON.stringify(facts.region)} is not a Tencent Cloud region name`,
      fix: "give one of the regions CreateTKEEdgeCluster supports, e.g. region: 'ap-guangzhou' (also ap-beijing, ap-nanjing, ap-shanghai, ap-singapore)",
    });
  }
  return out;
}
