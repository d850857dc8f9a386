/**
 * The node facts a catalogue may give, by their names in the file (YAML/JSON keys, CSV
 * columns), besides the node's `name`. Internal.
 */
export const NODE_FACTS = ['arch', 'interface', 'gpu', 'instanceId', 'networkCidr', 'cpu', 'memory'];

/** The architectures `arch` may name (NodeArchitecture values). */
export const ARCHITECTURES = ['amd64', 'arm64', 'arm'];
