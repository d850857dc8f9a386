import type { TopologyRule } from '../rule';
import { CidrsDisjoint } from './cluster/CidrsDisjoint';
import { ClusterCidrsParse } from './cluster/ClusterCidrsParse';
import { ClusterNameLength } from './cluster/ClusterNameLength';
import { ClusterSpecificationFits } from './cluster/ClusterSpecificationFits';
import { PodCidrCapacity } from './cluster/PodCidrCapacity';
import { PrivateCidrRanges } from './cluster/PrivateCidrRanges';
import { SiteNamesUnique } from './cluster/SiteNamesUnique';
import { AutoFindKeysAreLabelKeys } from './group/AutoFindKeysAreLabelKeys';
import { GroupHasMembers } from './group/GroupHasMembers';
import { GroupNameNotUnitName } from './group/GroupNameNotUnitName';
import { GroupNameNotUserLabel } from './group/GroupNameNotUserLabel';
import { GroupNameUsable } from './group/GroupNameUsable';
import { GroupSelectorNotEmpty } from './group/GroupSelectorNotEmpty';
import { GroupUnitsDisjoint } from './group/GroupUnitsDisjoint';
import { KinsContainerd } from './kins/KinsContainerd';
import { KinsEdgeType } from './kins/KinsEdgeType';
import { KinsKubernetesVersion } from './kins/KinsKubernetesVersion';
import { KinsNodeCount } from './kins/KinsNodeCount';
import { KinsNodePortRange } from './kins/KinsNodePortRange';
import { KinsServiceCidr } from './kins/KinsServiceCidr';
import { KinsUnitName } from './kins/KinsUnitName';
import { NodeFactsAgree } from './nodes/NodeFactsAgree';
import { NodeListedOnce } from './nodes/NodeListedOnce';
import { NodeNamesDns } from './nodes/NodeNamesDns';
import { NodeNamesNotIps } from './nodes/NodeNamesNotIps';
import { DefaultUnitReserved } from './unit/DefaultUnitReserved';
import { GpuUnitsUniform } from './unit/GpuUnitsUniform';
import { L3TaintsKept } from './unit/L3TaintsKept';
import { SingleTaint } from './unit/SingleTaint';
import { UnitHasMembers } from './unit/UnitHasMembers';
import { UnitNameNotUserLabel } from './unit/UnitNameNotUserLabel';
import { UnitNameUsable } from './unit/UnitNameUsable';
import { UnitSelectorNotEmpty } from './unit/UnitSelectorNotEmpty';

/**
 * The catalogue of the rules that read the TopologyModel. Internal.
 *
 * Writing a rule:
 * 1. A file `<area>/<RuleName>.ts` exporting one `TopologyRule` (../rule.ts): `id`
 *    (`SE-<area letter><nn>`, never reused), `severity`, `area` (RuleArea), `summary`
 *    (one line, shown in docs/rules.md), `explanation` (why, from the controllers'
 *    behaviour; controller facts come from src/superedge), and `check(model)`, which
 *    returns every problem as `{ origin, message, fix }` with the `origin` of the model
 *    element the finding is about (a construct path or `file#doc`), and a `severity`
 *    only when it differs from the rule's. `check` reads the model only (src/model/
 *    types.ts, queries.ts), never a construct.
 * 2. An entry in CATALOGUE below. The order is the order of findings on one construct.
 * 3. A case in test/rule-catalogue.test.ts (`CASES[id]`: a triggering model, the
 *    origin and part of the message of its first finding, and a quiet model; build
 *    models with test/support/model.ts). The test fails for a rule without a case.
 * 4. `npx projen rules-doc` regenerates docs/rules.md.
 * Constructs need no change: every construct that contributes to the model already
 * reports the catalogue's findings whose origin is its path (validation/model-checks.ts).
 */
export const CATALOGUE: readonly TopologyRule[] = [
  ClusterNameLength, SiteNamesUnique, NodeFactsAgree,
  UnitNameUsable, UnitNameNotUserLabel, DefaultUnitReserved, UnitSelectorNotEmpty, UnitHasMembers,
  NodeListedOnce, NodeNamesNotIps, NodeNamesDns,
  ClusterCidrsParse, PrivateCidrRanges, CidrsDisjoint, PodCidrCapacity, ClusterSpecificationFits,
  L3TaintsKept, SingleTaint, GpuUnitsUniform,
  KinsKubernetesVersion, KinsContainerd, KinsNodeCount, KinsUnitName, KinsServiceCidr, KinsNodePortRange, KinsEdgeType,
  GroupNameUsable, GroupNameNotUnitName, GroupNameNotUserLabel, GroupSelectorNotEmpty, GroupHasMembers, AutoFindKeysAreLabelKeys,
  GroupUnitsDisjoint,
];
