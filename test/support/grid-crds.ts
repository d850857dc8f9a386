/**
 * Schema problems as with grid CRDs whose templatePool pod metadata is preserved (the
 * GridCrd.POOL_METADATA_PRESERVED mode). Such a CRD differs from the upstream one only
 * by `x-kubernetes-preserve-unknown-fields` on `templatePool.*.template.metadata`, so
 * this is the upstream validation minus exactly the pruning findings under that path.
 * The upstream CRDs stay in ../shared; nothing is copied into the repository.
 */
import { schemaProblems } from './schema';

const POOL_METADATA = /: spec\.templatePool\.[^.]+\.template\.metadata\.[^:]+: unknown field: .*\(schema\)$/;

/** Problems of each object against grid CRDs that keep templatePool pod metadata. */
export function patchedSchemaProblems(objects: any[]): string[] {
  return schemaProblems(objects).filter(p => !POOL_METADATA.test(p));
}

/** The findings a patched CRD would not report (upstream pruning of pool pod metadata). */
export function poolMetadataPruning(objects: any[]): string[] {
  return schemaProblems(objects).filter(p => POOL_METADATA.test(p));
}
