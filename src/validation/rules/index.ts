import type { TopologyRule } from '../rule';
import { GpuWorkloadsOnGpuUnits } from './access/GpuWorkloadsOnGpuUnits';
import { ProxyEnvNotOverridden } from './access/ProxyEnvNotOverridden';
import { ProxyEnvOnEveryContainer } from './access/ProxyEnvOnEveryContainer';
import { ProxyUrlValid } from './access/ProxyUrlValid';
import { SiteCapacityFits } from './capacity/SiteCapacityFits';
import { SiteCapacityHeadroom } from './capacity/SiteCapacityHeadroom';
import { CatalogueReadable } from './catalogue/CatalogueReadable';
import { CsvAttributesAgree } from './catalogue/CsvAttributesAgree';
import { NodeFactsKnown } from './catalogue/NodeFactsKnown';
import { NodeInOneSite } from './catalogue/NodeInOneSite';
import { QuantitiesParse } from './catalogue/QuantitiesParse';
import { SelectionAttributesKnown } from './catalogue/SelectionAttributesKnown';
import { SelectionSelectsSites } from './catalogue/SelectionSelectsSites';
import { SiteListedOnce } from './catalogue/SiteListedOnce';
import { SitesAndNodesNamed } from './catalogue/SitesAndNodesNamed';
import { ValuesTyped } from './catalogue/ValuesTyped';
import { CidrsDisjoint } from './cluster/CidrsDisjoint';
import { ClusterCidrsParse } from './cluster/ClusterCidrsParse';
import { ClusterNameLength } from './cluster/ClusterNameLength';
import { ClusterSpecificationFits } from './cluster/ClusterSpecificationFits';
import { ObjectsWrittenOnce } from './cluster/ObjectsWrittenOnce';
import { PodCidrCapacity } from './cluster/PodCidrCapacity';
import { PrivateCidrRanges } from './cluster/PrivateCidrRanges';
import { ReferencesInOneCluster } from './cluster/ReferencesInOneCluster';
import { SiteNamesUnique } from './cluster/SiteNamesUnique';
import { EniAddOnDeclared } from './eni/EniAddOnDeclared';
import { EniNodesUnchanged } from './eni/EniNodesUnchanged';
import { EniOnCvmNodes } from './eni/EniOnCvmNodes';
import { EniOnTkeEdge } from './eni/EniOnTkeEdge';
import { EniPinned } from './eni/EniPinned';
import { GridGroupHasMembers } from './grid/GridGroupHasMembers';
import { GridHasContainers } from './grid/GridHasContainers';
import { GridKeyUsable } from './grid/GridKeyUsable';
import { GridLabelNotClaimed } from './grid/GridLabelNotClaimed';
import { GridNameUsable } from './grid/GridNameUsable';
import { GridPortsValid } from './grid/GridPortsValid';
import { PartitionInRange } from './grid/PartitionInRange';
import { ReplicasWhole } from './grid/ReplicasWhole';
import { ServiceGridServesOneStatefulSet } from './grid/ServiceGridServesOneStatefulSet';
import { SiteWorkloadNames } from './grid/SiteWorkloadNames';
import { StatefulSetNamesFit } from './grid/StatefulSetNamesFit';
import { StatefulSetServiceGridAgree } from './grid/StatefulSetServiceGridAgree';
import { TemplateFieldsKnown } from './grid/TemplateFieldsKnown';
import { UnitNotInGridName } from './grid/UnitNotInGridName';
import { AutoFindKeysAreLabelKeys } from './group/AutoFindKeysAreLabelKeys';
import { GroupHasMembers } from './group/GroupHasMembers';
import { GroupNameNotUnitName } from './group/GroupNameNotUnitName';
import { GroupNameNotUserLabel } from './group/GroupNameNotUserLabel';
import { GroupNameUsable } from './group/GroupNameUsable';
import { GroupSelectorNotEmpty } from './group/GroupSelectorNotEmpty';
import { GroupUnitsDisjoint } from './group/GroupUnitsDisjoint';
import { AdmissionTlsGiven } from './health/AdmissionTlsGiven';
import { CheckUnitsApply } from './health/CheckUnitsApply';
import { DaemonSetHasHmacKey } from './health/DaemonSetHasHmacKey';
import { EdgeHealthNameValid } from './health/EdgeHealthNameValid';
import { NoDaemonSetOnTkeEdge } from './health/NoDaemonSetOnTkeEdge';
import { NodesInSeveralCheckedUnits } from './health/NodesInSeveralCheckedUnits';
import { NodesOutsideCheckedUnits } from './health/NodesOutsideCheckedUnits';
import { NoEvictionExcludesChecks } from './health/NoEvictionExcludesChecks';
import { OneEdgeHealthPerNamespace } from './health/OneEdgeHealthPerNamespace';
import { UnitsModeHasUnits } from './health/UnitsModeHasUnits';
import { BackendInEveryUnit } from './ingress/BackendInEveryUnit';
import { BackendInNamespace } from './ingress/BackendInNamespace';
import { BackendPortExists } from './ingress/BackendPortExists';
import { ControllerNodesInUnits } from './ingress/ControllerNodesInUnits';
import { ControllersDoNotShareNodes } from './ingress/ControllersDoNotShareNodes';
import { IngressHasRules } from './ingress/IngressHasRules';
import { IngressHasUnits } from './ingress/IngressHasUnits';
import { IngressNamesValid } from './ingress/IngressNamesValid';
import { IngressRulesUnique } from './ingress/IngressRulesUnique';
import { IngressRulesValid } from './ingress/IngressRulesValid';
import { IngressUnitsListedOnce } from './ingress/IngressUnitsListedOnce';
import { NginxConfigKeysValid } from './ingress/NginxConfigKeysValid';
import { KinsContainerd } from './kins/KinsContainerd';
import { KinsEdgeType } from './kins/KinsEdgeType';
import { KinsKubernetesVersion } from './kins/KinsKubernetesVersion';
import { KinsNodeCount } from './kins/KinsNodeCount';
import { KinsNodePortRange } from './kins/KinsNodePortRange';
import { KinsServiceCidr } from './kins/KinsServiceCidr';
import { KinsUnitName } from './kins/KinsUnitName';
import { AnnotationKeysValid } from './metadata/AnnotationKeysValid';
import { LabelsValid } from './metadata/LabelsValid';
import { NamespacesValid } from './metadata/NamespacesValid';
import { QuantitiesValid } from './metadata/QuantitiesValid';
import { IngressHostPortsFree } from './nodes/IngressHostPortsFree';
import { NodeFactsAgree } from './nodes/NodeFactsAgree';
import { NodeLabelsAgree } from './nodes/NodeLabelsAgree';
import { NodeListedOnce } from './nodes/NodeListedOnce';
import { NodeNamesDns } from './nodes/NodeNamesDns';
import { NodeNamesNotIps } from './nodes/NodeNamesNotIps';
import { ReservedNodePorts } from './nodes/ReservedNodePorts';
import { OverrideContainerExists } from './override/OverrideContainerExists';
import { OverridesConsistent } from './override/OverridesConsistent';
import { OverridesNeedPoolCrd } from './override/OverridesNeedPoolCrd';
import { OverrideUnitIsMember } from './override/OverrideUnitIsMember';
import { PoolEntryReachable } from './override/PoolEntryReachable';
import { TemplateReferencesExist } from './override/TemplateReferencesExist';
import { CurrentWaveInRange } from './rollout/CurrentWaveInRange';
import { EverySiteInAWave } from './rollout/EverySiteInAWave';
import { RolloutSameContainer } from './rollout/RolloutSameContainer';
import { RolloutsDisjoint } from './rollout/RolloutsDisjoint';
import { WavesAddSites } from './rollout/WavesAddSites';
import { HeadlessNeedsGridDaemon } from './servicegrid/HeadlessNeedsGridDaemon';
import { ServiceGridHasPorts } from './servicegrid/ServiceGridHasPorts';
import { ServiceGridKeyUsable } from './servicegrid/ServiceGridKeyUsable';
import { ServiceGridLabelNotClaimed } from './servicegrid/ServiceGridLabelNotClaimed';
import { ServiceGridNameFitsSlices } from './servicegrid/ServiceGridNameFitsSlices';
import { ServiceGridNameUsable } from './servicegrid/ServiceGridNameUsable';
import { ServiceGridNotHeadless } from './servicegrid/ServiceGridNotHeadless';
import { ServiceGridPortsNamed } from './servicegrid/ServiceGridPortsNamed';
import { ServiceGridPortsValid } from './servicegrid/ServiceGridPortsValid';
import { ServiceGridSameGroup } from './servicegrid/ServiceGridSameGroup';
import { ServiceGridSelectsByLabels } from './servicegrid/ServiceGridSelectsByLabels';
import { DefaultUnitReserved } from './unit/DefaultUnitReserved';
import { GpuUnitsUniform } from './unit/GpuUnitsUniform';
import { L3TaintsKept } from './unit/L3TaintsKept';
import { SingleTaint } from './unit/SingleTaint';
import { TaintsValid } from './unit/TaintsValid';
import { UnitHasMembers } from './unit/UnitHasMembers';
import { UnitLabelsValid } from './unit/UnitLabelsValid';
import { UnitNameNotUserLabel } from './unit/UnitNameNotUserLabel';
import { UnitNameUsable } from './unit/UnitNameUsable';
import { UnitSelectorNotEmpty } from './unit/UnitSelectorNotEmpty';
import { ApiVersionServed } from './versions/ApiVersionServed';
import { IngressControllerVersion } from './versions/IngressControllerVersion';
import { RootImageNonRoot } from './versions/RootImageNonRoot';
import { OneKplusLine } from './workloads/OneKplusLine';

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
 * 4. `npx projen rules-doc` regenerates docs/rules.md (RULES in ../rules.ts, the ids
 *    suppressions accept, is derived from this array too).
 * Constructs need no change: every construct that contributes to the model already
 * reports the catalogue's findings whose origin is its path (validation/model-checks.ts).
 *
 * When a rule needs a fact the model does not hold yet:
 * - add it to src/model/types.ts (optional when a source may not know it: undefined is
 *   unknown, and the rule stays quiet), with a method on ModelBuilder for a new kind of
 *   element;
 * - the construct that declares it adds it in `_contributeToModel(builder)` with
 *   `origin: this.node.path`, and calls `addModelChecks(this, cluster)` once so findings
 *   at its path are reported; a helper that annotates a construct it does not own (a
 *   cdk8s-plus workload given to Eni.enable()) registers `addModelContribution(workload,
 *   fn)` (src/model/contributions.ts) instead;
 * - src/model/from-manifests.ts reads it where manifests hold it (origin `file#doc`),
 *   so `lint` runs the rule on hand-written YAML.
 *
 * No construct registers checks of its own (addCheck): what the API server would refuse
 * (SE-M, SE-W12..W15, ...) and references into another EdgeCluster (SE-C08) are rules
 * here too. Only what must be refused before a construct exists, hence before any model
 * (prop types, SE-A01; SE-W11), is a ConstructionRule, in props/ (props/index.ts).
 */
export const CATALOGUE: readonly TopologyRule[] = [
  // Values Kubernetes would refuse and references into another cluster (issue 8): first on
  // their constructs, in the order each construct reported them when it checked them itself.
  ReferencesInOneCluster, GridHasContainers, GridPortsValid, PartitionInRange, ServiceGridPortsValid, ServiceGridServesOneStatefulSet,
  IngressUnitsListedOnce, LabelsValid, AnnotationKeysValid, NamespacesValid, NginxConfigKeysValid, EdgeHealthNameValid, QuantitiesValid,
  ObjectsWrittenOnce,
  ClusterNameLength, SiteNamesUnique, NodeFactsAgree,
  UnitNameUsable, UnitNameNotUserLabel, DefaultUnitReserved, UnitSelectorNotEmpty, UnitHasMembers,
  NodeListedOnce, NodeNamesNotIps, NodeNamesDns,
  ClusterCidrsParse, PrivateCidrRanges, CidrsDisjoint, PodCidrCapacity, ClusterSpecificationFits,
  L3TaintsKept, SingleTaint, GpuUnitsUniform, UnitLabelsValid, TaintsValid, NodeLabelsAgree,
  KinsKubernetesVersion, KinsContainerd, KinsNodeCount, KinsUnitName, KinsServiceCidr, KinsNodePortRange, KinsEdgeType,
  GroupNameUsable, GroupNameNotUnitName, GroupNameNotUserLabel, GroupSelectorNotEmpty, GroupHasMembers, AutoFindKeysAreLabelKeys,
  GroupUnitsDisjoint,
  // The fleet catalogue, selections, rollouts in waves and capacity per site (issue 10).
  CatalogueReadable, SitesAndNodesNamed, SiteListedOnce, NodeInOneSite, CsvAttributesAgree, NodeFactsKnown, QuantitiesParse, ValuesTyped,
  SelectionAttributesKnown, SelectionSelectsSites,
  CurrentWaveInRange, WavesAddSites, EverySiteInAWave, RolloutsDisjoint, RolloutSameContainer,
  SiteCapacityFits, SiteCapacityHeadroom,
  ReservedNodePorts, IngressHostPortsFree, ApiVersionServed, IngressControllerVersion, RootImageNonRoot,
  OneKplusLine,
  // Grids: the order of findings on one grid or ServiceGrid.
  GridNameUsable, GridKeyUsable, ReplicasWhole, SiteWorkloadNames, GridGroupHasMembers, GridLabelNotClaimed,
  ServiceGridNameUsable, ServiceGridNameFitsSlices, ServiceGridKeyUsable, ServiceGridNotHeadless, HeadlessNeedsGridDaemon, ServiceGridHasPorts,
  ServiceGridPortsNamed, ServiceGridSelectsByLabels, ServiceGridSameGroup, ServiceGridLabelNotClaimed,
  TemplateFieldsKnown, GpuWorkloadsOnGpuUnits,
  OverridesNeedPoolCrd, OverrideUnitIsMember, OverridesConsistent, OverrideContainerExists, PoolEntryReachable, TemplateReferencesExist,
  StatefulSetNamesFit, UnitNotInGridName, StatefulSetServiceGridAgree,
  // Workloads given to the add-on helpers.
  ProxyUrlValid, ProxyEnvNotOverridden, ProxyEnvOnEveryContainer,
  EniOnTkeEdge, EniPinned, EniOnCvmNodes, EniNodesUnchanged, EniAddOnDeclared,
  // edge-health.
  NoEvictionExcludesChecks, UnitsModeHasUnits, CheckUnitsApply, NodesOutsideCheckedUnits, NodesInSeveralCheckedUnits,
  NoDaemonSetOnTkeEdge, DaemonSetHasHmacKey, OneEdgeHealthPerNamespace, AdmissionTlsGiven,
  // Multi-region ingress: the order of findings on one ingress.
  IngressHasUnits, IngressRulesValid, IngressRulesUnique, BackendInEveryUnit, BackendInNamespace, BackendPortExists,
  IngressHasRules, IngressNamesValid, ControllerNodesInUnits, ControllersDoNotShareNodes,
];
