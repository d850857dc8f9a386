/**
 * Facts about edge-health-admission, the cloud-side half of edge-health. Internal.
 *
 * Nodes vote on their peers and mark a node they find down with the annotation
 * `nodeunhealth: yes`; that annotation alone evicts nothing. When the cloud loses a node,
 * the node controller marks it `Ready: Unknown` and taints it
 * `node.kubernetes.io/unreachable:NoExecute`, which evicts its pods. The admission webhook,
 * called on every UPDATE of a node, removes that taint again from a node whose peers have
 * not voted it down (or from every node with `--always-reachable=true`: global
 * no-eviction), and, called on UPDATE of Endpoints, moves such a node's addresses back
 * from `notReadyAddresses` to `addresses`, so its Services keep serving. It listens on
 * 8443 (`/node-taint`, `/endpoint`) with a certificate and key given as files, and decodes
 * `admission.k8s.io/v1` reviews.
 *
 * This module imports nothing from the library; everything may import it.
 */

/** Name of the Deployment, Service, RBAC objects and webhook configuration. */
export const EDGE_HEALTH_ADMISSION_NAME = 'edge-health-admission';

/** The port the webhook server listens on (the Service maps 443 to it). */
export const EDGE_HEALTH_ADMISSION_PORT = 8443;
