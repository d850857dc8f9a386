import { CATALOGUE } from './rules/index';

/**
 * Every rule id with its one-line summary: those of the rule objects of the catalogue
 * (rules/index.ts), and those of the rules still registered by their constructs
 * (grid-rules.ts, addon-rules.ts), listed here. docs/rules.md lists them all; every
 * rule has a test that triggers it. Internal.
 */
const CONSTRUCT_RULES: { [id: string]: string } = {
  'SE-H01': 'edge-health: global no-eviction excludes health checking (checkUnits, unit switches, DaemonSet)',
  'SE-H02': 'edge-health: multi-region mode needs at least one unit to check',
  'SE-H03': 'edge-health: checkUnits only in multi-region mode, and not on a unit that sets edgeHealth: false',
  'SE-H04': 'edge-health: nodes in no checked unit are not checked (warning)',
  'SE-H05': 'edge-health: a node in several checked units probes only the intersection (warning)',
  'SE-H06': 'edge-health: on TKE Edge the add-on runs the DaemonSet',
  'SE-H07': 'edge-health: a DaemonSet without an HMAC key signs with the public default key (warning)',
  'SE-H08': 'edge-health: one EdgeHealth (edge-health-config) per namespace',
  'SE-I01': 'ingress: a MultiRegionIngress needs at least one unit',
  'SE-I02': 'ingress: rules need a DNS host, a path starting with /, a port 1-65535 and one backend',
  'SE-I03': 'ingress: two controllers may not share a node (host ports 80/443)',
  'SE-I04': 'ingress: controllerNodes must be nodes of the target units, at least one per unit',
  'SE-I05': 'ingress: a ServiceGrid backend must run in every unit of the ingress (its group holds them)',
  'SE-I06': 'ingress: backends are in the namespace of the Ingress objects',
  'SE-I07': 'ingress: derived Ingress, IngressClass, DaemonSet names and labels must be valid',
  'SE-I08': 'ingress: no two rules with the same host, path and path type',
  'SE-I09': 'ingress: the port is one of the ServiceGrid\'s Service ports',
  'SE-I10': 'ingress: an ingress without rules routes nothing (warning)',
  'SE-E01': 'ENI: only on nodes declared as Tencent Cloud CVM instances',
  'SE-E02': 'ENI: the workload must be pinned to named nodes',
  'SE-E03': 'ENI: only on TKE Edge',
  'SE-E04': 'ENI: the units\' nodes may not change after Eni.enable()',
  'SE-E05': 'ENI: the cluster declares the ENI add-on with its key pair (warning)',
  'SE-X01': 'GPU: workloads asking for nvidia.com/gpu only on units with GPU nodes',
  'SE-X02': 'cross-region: the proxy env must not override other values',
  'SE-X03': 'cross-region: containers added after CrossRegionAccess.enable() lack the proxy env',
  'SE-X04': 'cross-region: the proxy URL is http(s)://host[:port]',
  'SE-W01': 'grid names are label values and lower-case DNS names',
  'SE-W02': '<grid>-<unit> workload names are DNS-1123 subdomains for every unit of the group',
  'SE-W03': 'StatefulSetGrid: <grid>-<unit> has at most 52 characters and no dots',
  'SE-W04': 'StatefulSetGrid: no unit name occurs inside "<grid>-" (statefulset-grid-daemon DNS bug)',
  'SE-W05': 'StatefulSetGrid and its ServiceGrid share the grid key and namespace',
  'SE-W06': 'a grid key (NodeGroup name) is a non-empty label key and value without "/"',
  'SE-W07': 'no user Deployment/StatefulSet carries superedge.io/grid-selector=<grid> (it would be adopted and deleted)',
  'SE-W08': 'grid templates hold no fields newer than the grid CRDs\' Kubernetes-1.20 schemas (they are pruned)',
  'SE-W09': 'replicas (grid and overrides) are whole numbers of at least 0',
  'SE-W10': 'a grid on a NodeGroup without member units creates nothing (warning)',
  'SE-S01': 'ServiceGrid names are DNS-1035 labels of at most 59 characters (<name>-svc is the Service)',
  'SE-S02': 'ServiceGrid names have at most 53 characters (EndpointSlice mode of the wrapper)',
  'SE-S03': 'a ServiceGrid key (NodeGroup name) is a non-empty label key and value without "/"',
  'SE-S04': 'ServiceGrids are not headless (clusterIp: None)',
  'SE-S05': 'a ServiceGrid has ports',
  'SE-S06': 'a ServiceGrid with several ports names each port uniquely',
  'SE-S07': 'a ServiceGrid selects pods by labels only',
  'SE-S08': 'no user Service carries superedge.io/grid-selector=<servicegrid> (it would be adopted and deleted)',
  'SE-S09': 'a ServiceGrid selects a grid on its own NodeGroup (warning)',
  'SE-P01': 'per-site overrides need grid CRDs that keep templatePool pod metadata (GridCrd.POOL_METADATA_PRESERVED)',
  'SE-P02': 'overrides name member units of the grid\'s NodeGroup',
  'SE-P03': 'no templatePool entry is named "default" (unreachable)',
  'SE-P04': 'templates and defaultTemplateName name existing templatePool entries',
  'SE-P05': 'one override per unit; a shared templateName means identical overrides',
  'SE-P06': 'overrides name an existing container',
};

export const RULES: { [id: string]: string } = {
  ...CONSTRUCT_RULES,
  ...Object.fromEntries(CATALOGUE.map(r => [r.id, r.summary])),
};
