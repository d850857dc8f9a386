import { CATALOGUE } from './rules/index';
import { ONBOARDING_RULES } from '../onboarding/rules/index';
import { TKE_REQUEST_RULES } from '../tke/rules/index';

/**
 * The rules the constructs check themselves (issue 8: prop types at construction, and
 * checks registered with addCheck; see docs/input-checks.md). Internal.
 */
export const CONSTRUCT_RULES: { readonly [id: string]: string } = {
  // Issue 8: every input refused with a path (checked by the constructs; see docs/input-checks.md).
  'SE-A01': 'props have the types the API declares (checked at construction: null, wrong types, unknown enum strings, undefined in lists)',
  'SE-C08': 'references stay inside one EdgeCluster (grid -> group, ServiceGrid -> group or grid, group -> unit, ingress and edge-health -> unit, ...)',
  'SE-C09': 'no two objects the library writes share a kind, namespace and name',
  'SE-M01': 'grid, ServiceGrid, pod and chart labels are label keys and values',
  'SE-M02': 'grid, ServiceGrid and pod annotation keys are annotation keys',
  'SE-M03': 'namespaces (grids, ServiceGrids, ingress and controllers, edge-health, the chart) are DNS-1123 labels',
  'SE-M04': 'resource requests and limits are finite quantities of at least 0 (Size.mebibytes(NaN) would be NaNMi)',
  'SE-W11': 'DeploymentGrid: progressDeadline is greater than minReady (checked at construction)',
  'SE-W12': 'a grid has at least one container',
  'SE-W13': 'grid container ports and host ports are whole numbers 1-65535',
  'SE-W14': 'StatefulSetGrid: the update strategy\'s partition is a whole number 0-2147483647',
  'SE-W15': 'a ServiceGrid without a selector is the serviceGrid of one StatefulSetGrid at most',
  'SE-S11': 'ServiceGrid ports, target ports and node ports are whole numbers 1-65535, each port/protocol once',
  'SE-I11': 'ingress: each unit is listed once in nodeUnits',
  'SE-I12': 'ingress: nginxConfig keys are ConfigMap keys',
  'SE-H10': 'edge-health: the name of the DaemonSet and its RBAC objects is a DNS-1123 subdomain',
};

/**
 * Every rule id with its one-line summary, derived from the rule catalogue
 * (rules/index.ts), which holds every rule synthesis runs, and from the onboarding and
 * TKE-request rules (src/onboarding/rules, src/tke/rules: run only by NodeOnboarding and
 * tkeCreateRequest), plus the rules the constructs check themselves. docs/rules.md lists them; suppressions accept only these ids.
 * Internal.
 */
export const RULES: { [id: string]: string } = {
  ...CONSTRUCT_RULES,
  ...Object.fromEntries([...CATALOGUE, ...ONBOARDING_RULES, ...TKE_REQUEST_RULES].map(r => [r.id, r.summary])),
};
