import type { Severity } from './severity';
import type { TopologyModel } from '../model/types';

/**
 * One topology rule: an object with its identity, its documentation and a check of a
 * TopologyModel. Each rule lives in its own file under `rules/<area>/`, and the
 * catalogue (`rules/index.ts`) is the array of them; docs/rules.md, the constructs'
 * validation and the table-driven test (test/rule-catalogue.test.ts) all iterate it.
 * Internal: not exported from the package.
 */
export interface TopologyRule {
  /** Stable identifier, `SE-<area letter><nn>`; never reused or renamed. */
  readonly id: string;
  /** The severity of its findings, unless a finding says otherwise. */
  readonly severity: Severity;
  /** The area (a section of docs/rules.md). */
  readonly area: RuleArea;
  /** One line: what the rule requires. */
  readonly summary: string;
  /** Why: what the controllers do that makes the rule necessary. */
  readonly explanation: string;
  /** Every problem of this rule in the model, each at the origin of the element it is about. */
  check(model: TopologyModel): RuleFinding[];
}

/** One problem a rule found. */
export interface RuleFinding {
  /** The origin of the element it is about (a construct path, or `file#doc`). */
  readonly origin: string;
  /** Overrides the rule's severity (e.g. an error on TKE Edge, a warning elsewhere). */
  readonly severity?: Severity;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
}

/** The areas of the rules, with their letter in the rule ids and their title in docs/rules.md. */
export enum RuleArea {
  CLUSTER = 'C',
  NODES = 'N',
  UNIT = 'U',
  GROUP = 'G',
  KINS = 'K',
  /** The fleet catalogue: its file or records, and selections of its sites. */
  CATALOGUE = 'F',
  /** Rollouts in waves. */
  ROLLOUT = 'R',
  /** Capacity per site. */
  CAPACITY = 'Q',
  /** Kubernetes versions, images and the cdk8s-plus line. */
  VERSIONS = 'V',
  /** Node onboarding (`NodeOnboarding.write`); run only when onboarding, not at synthesis. */
  ONBOARDING = 'O',
  /** The TKE Edge create request (`tkeCreateRequest()`); run only for the request. */
  TKE_REQUEST = 'T',
  GRID = 'W',
  SERVICE_GRID = 'S',
  OVERRIDE = 'P',
  EDGE_HEALTH = 'H',
  INGRESS = 'I',
  ENI = 'E',
  ACCESS = 'X',
  /** Prop types, checked at construction (ConstructionRule). */
  PROP_TYPES = 'A',
  /** Labels, annotations, namespaces and resource quantities of what the library writes. */
  METADATA = 'M',
}

/** The title of an area in docs/rules.md. */
export const AREA_TITLES: { readonly [letter: string]: string } = {
  C: 'Cluster',
  N: 'Nodes',
  U: 'NodeUnit',
  G: 'NodeGroup',
  K: 'Kins',
  W: 'Workload grids',
  S: 'ServiceGrid',
  P: 'Per-site overrides',
  H: 'edge-health',
  I: 'Multi-region ingress',
  E: 'ENI',
  X: 'GPU and cross-region access',
  V: 'Kubernetes versions, images and cdk8s-plus',
  O: 'Node onboarding (NodeOnboarding.write)',
  T: 'TKE create request (tkeCreateRequest)',
  F: 'Fleet catalogue',
  R: 'Rollouts in waves',
  Q: 'Capacity per site',
  A: 'Prop types',
  M: 'Metadata and values',
};

/**
 * A rule checked while a construct is being built, before any model exists: the types
 * of its props (SE-A01), or a relation between props that leaves nothing half-built in
 * the tree when refused (SE-W11). Same identity and documentation as a TopologyRule; its
 * `check` reads what is being constructed (`I`, one shape per rule). The construct throws
 * its findings at once, one line each: `[path] ID: message. Fix: fix`. Each lives in its
 * own file under `rules/props/`; CONSTRUCTION_RULES (`rules/props/index.ts`) lists them.
 * Internal.
 */
export interface ConstructionRule<I> {
  /** Stable identifier, `SE-<area letter><nn>`; never reused or renamed. */
  readonly id: string;
  /** Always an error: construction stops. */
  readonly severity: Severity;
  readonly area: RuleArea;
  /** One line: what the rule requires. */
  readonly summary: string;
  /** Why. */
  readonly explanation: string;
  /** Every problem of the input (none: construction goes on). */
  check(input: I): ConstructionFinding[];
}

/** One problem a construction rule found. */
export interface ConstructionFinding {
  /** What is wrong, naming the prop and the value. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
}
