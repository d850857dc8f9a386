import { readFileSync } from 'fs';
import { collectManifestFiles, reason } from './collect-files';
import { ManifestDocument, ManifestReadError, ManifestReadResult } from './manifest-document';
import { parseManifestText } from './parse-manifest-text';
import { UsageError } from '../cli/usage-error';

/**
 * Reads Kubernetes manifests from files and folders: multi-document YAML and JSON,
 * `kind: List` items as separate objects. Folders are read recursively
 * (`*.yaml`, `*.yml`, `*.json`; hidden folders and `node_modules` skipped), their
 * entries sorted by name; paths keep the order given.
 *
 * What cannot be read as an object (a YAML/JSON syntax error, a document that is not a
 * mapping, an object without apiVersion, kind or metadata.name) is returned in
 * `errors` with its `file:line:col`, and reading goes on. A path that does not exist
 * or cannot be read throws a `UsageError` (the command line's exit code 2).
 */
export function readManifests(paths: string[]): ManifestReadResult {
  const documents: ManifestDocument[] = [];
  const errors: ManifestReadError[] = [];
  for (const file of collectManifestFiles(paths)) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read ${file}: ${reason(e)}`);
    }
    const parsed = parseManifestText(file, text);
    documents.push(...parsed.documents);
    errors.push(...parsed.errors);
  }
  return { documents, errors };
}
