/**
 * Labels, annotations, taints and resource names the SuperEdge controllers write or
 * read. They are the controllers' vocabulary, so they are not ours to choose: a typo
 * here is a topology the controllers ignore. Internal: not exported from the package.
 *
 * This module imports nothing from the library; everything may import it.
 */

/**
 * site-manager labels every member node of a unit `<unit>: nodeunits.superedge.io`,
 * and a unit's `setNode.labels` must carry the same pair (the controller writes it
 * into the NodeUnit spec otherwise and reconciles again). Workloads pinned to a unit
 * select its nodes with this pair.
 */
export const NODE_UNIT_LABEL_VALUE = 'nodeunits.superedge.io';

/**
 * site-manager labels every member unit of a group `<group>: nodegroups.superedge.io`
 * and gives the unit's nodes the label `<group>: <unit>`, which is what grids key on.
 */
export const NODE_GROUP_LABEL_VALUE = 'nodegroups.superedge.io';

/**
 * The platform's default unit, which site-manager creates and owns and which holds
 * every node. It is not a name a user may declare, and a group that holds it together
 * with other units puts every node in two units of the group.
 */
export const ALL_NODES_UNIT_NAME = 'unit-node-all';

/**
 * The label the application-grid-controller puts on every workload and Service it
 * creates from a grid, `superedge.io/grid-selector: <grid>`. It adopts (and deletes
 * when the grid does not need it) every workload of the namespace that carries it,
 * so no user object may carry it for a grid's name.
 */
export const GRID_SELECTOR_LABEL = 'superedge.io/grid-selector';

/** The label with the grid key (`gridUniqKey`, a NodeGroup name) on the same objects. */
export const GRID_UNIQ_KEY_LABEL = 'superedge.io/grid-uniq-key';

/**
 * The annotation the controller puts on a ServiceGrid's Service:
 * `topologyKeys: ["<group>"]`. The application-grid-wrapper then answers each node
 * only with endpoints on nodes of the same unit of that group.
 */
export const TOPOLOGY_KEYS_ANNOTATION = 'topologyKeys';

/**
 * The taint of Kins (L4/L5) units. Kins components tolerate it; on normal (L3) units
 * site-manager strips `NoSchedule` taints and this one from `setNode.taints`.
 */
export const KINS_TAINT_KEY = 'kins';

/** The extended resource the NVIDIA device plugin advertises on GPU nodes. */
export const GPU_RESOURCE = 'nvidia.com/gpu';

/**
 * The node label the NVIDIA device plugin DaemonSet selects (`nvidia-device-enable:
 * enable`). A unit labels all its nodes alike, so only an all-GPU unit may set it.
 */
export const GPU_NODE_LABEL = 'nvidia-device-enable';

/** The value of {@link GPU_NODE_LABEL} on GPU nodes. */
export const GPU_NODE_LABEL_VALUE = 'enable';

/**
 * The ConfigMap edge-health reads its mode from (`edge-health-config`); it watches
 * only ConfigMaps labelled `name: edge-health` in its own namespace.
 */
export const EDGE_HEALTH_CONFIG_NAME = 'edge-health-config';

/** The port edge-health's HTTP server listens on: peers probe each other there. */
export const EDGE_HEALTH_PORT = 51005;

/**
 * The application-grid-wrapper's address on every node: the ingress controllers of a
 * unit send their Service lookups through it so they only see their unit's endpoints.
 */
export const GRID_WRAPPER_ADDRESS = 'http://127.0.0.1:51006';
