import { isRecord } from './json-diff';
import { KubeObject } from '../manifests';

/** Metadata the API server writes; an imported program never declares it. */
const SERVER_METADATA = ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'managedFields', 'selfLink', 'deletionTimestamp', 'deletionGracePeriodSeconds'];
/** kubectl's copy of the last applied object. */
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
/** Kinds the library emits cluster-scoped (their namespace means nothing). */
const CLUSTER_SCOPED_LIBRARY_KINDS = ['NodeUnit', 'NodeGroup'];

/** The object as the program should reproduce it, and what was left out, with why. */
export interface CleanedObject {
  readonly wanted: KubeObject;
  /** `status, metadata.uid (...)`-style reasons, one per kind of thing left out. */
  readonly dropped: string[];
}

/**
 * Leaves out what no program declares: `status` and server-written metadata (written
 * by the API server and the controllers), kubectl's last-applied annotation,
 * finalizers (controller-owned), and the namespace of cluster-scoped library kinds.
 */
export function cleanObject(o: KubeObject, asLibraryConstruct: boolean): CleanedObject {
  const wanted = JSON.parse(JSON.stringify(o)) as Record<string, any>;
  const dropped: string[] = [];
  const serverFields: string[] = [];
  if (wanted.status !== undefined) {
    delete wanted.status;
    serverFields.push('status');
  }
  const md = wanted.metadata as Record<string, any>;
  for (const f of SERVER_METADATA) {
    if (md[f] !== undefined) {
      delete md[f];
      serverFields.push(`metadata.${f}`);
    }
  }
  if (serverFields.length > 0) dropped.push(`${serverFields.join(', ')} (written by the API server and the controllers)`);
  if (isRecord(md.annotations) && md.annotations[LAST_APPLIED] !== undefined) {
    delete md.annotations[LAST_APPLIED];
    if (Object.keys(md.annotations).length === 0) delete md.annotations;
    dropped.push(`the annotation ${LAST_APPLIED} (kubectl's own record)`);
  }
  if (asLibraryConstruct && md.finalizers !== undefined) {
    delete md.finalizers;
    dropped.push('metadata.finalizers (the controllers own them; tell your GitOps tool to ignore them)');
  }
  if (asLibraryConstruct && CLUSTER_SCOPED_LIBRARY_KINDS.includes(o.kind) && md.namespace !== undefined) {
    delete md.namespace;
    dropped.push(`metadata.namespace (${o.kind} is cluster-scoped)`);
  }
  if (asLibraryConstruct && o.kind === 'NodeUnit' && isRecord(wanted.spec) && wanted.spec.unitCredentialConfigMapRef !== undefined) {
    delete wanted.spec.unitCredentialConfigMapRef;
    dropped.push('spec.unitCredentialConfigMapRef (site-manager writes it)');
  }
  return { wanted: wanted as KubeObject, dropped };
}
