/**
 * The manifest reader shared by the command line's commands (lint, import, plan, graph).
 * Not part of the jsii API: used from TypeScript inside this package.
 */
export * from './manifest-document';
export { readManifests } from './read-manifests';
export { parseManifestText } from './parse-manifest-text';
export { collectManifestFiles } from './collect-files';
