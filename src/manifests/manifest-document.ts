/**
 * What the manifest reader produces: one record per Kubernetes object found in the
 * files (a `kind: List` gives one record per item), and one error per thing it could
 * not read. Used by the `lint`, `import`, `plan` and `graph` commands.
 */

/** A Kubernetes object as read from a manifest: plain JSON data. */
export type KubeObject = Record<string, unknown> & {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: Record<string, unknown> & { readonly name: string; readonly namespace?: string };
};

/** One object read from a manifest file. */
export interface ManifestDocument {
  /** The file, as the caller named it (a folder's files are joined to the folder's path). */
  readonly file: string;
  /** The 1-based number of the YAML document in the file (`---` separated; a JSON file is document 1). */
  readonly doc: number;
  /** The 1-based line where the object starts (for a `kind: List` item, where the item starts). */
  readonly line: number;
  /** For an item of a `kind: List`, its 1-based position in `items`; undefined otherwise. */
  readonly item?: number;
  /** The object itself. */
  readonly object: KubeObject;
}

/** Something the reader could not read: a parse error, a document that is not an object, ... */
export interface ManifestReadError {
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly col: number;
  readonly message: string;
}

/** What `readManifests` returns. */
export interface ManifestReadResult {
  /** Every object, in file order (files sorted within a folder), then document order. */
  readonly documents: ManifestDocument[];
  /** Every read error, in the same order. */
  readonly errors: ManifestReadError[];
}

/** `file#doc`: how commands name where an object comes from. */
export function originOf(d: Pick<ManifestDocument, 'file' | 'doc'>): string {
  return `${d.file}#${d.doc}`;
}

/** `file:line:col: message`: how commands print a read error. */
export function formatReadError(e: ManifestReadError): string {
  return `${e.file}:${e.line}:${e.col}: ${e.message}`;
}
