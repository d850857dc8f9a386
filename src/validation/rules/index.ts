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
 * The catalogue of the rules that read the TopologyModel. A new rule is a file under
 * `<area>/` and an entry here. The order is the order of findings on one construct
 * (cluster first, then units, Kins, groups), kept as it was before the rules were
 * objects. Internal.
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
