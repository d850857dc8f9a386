import { ApiObject, JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import { canonical } from './util';

/** What a rendered manifest adds to the identity fields. */
export interface RenderedManifest {
  readonly labels?: { [key: string]: string };
  readonly annotations?: { [key: string]: string };
  /** Top-level fields besides apiVersion/kind/metadata, e.g. `spec` or `data`. */
  readonly body: { [key: string]: any };
}

/** Identity of a manifest. */
export interface ManifestIdentity {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  /** Cluster-scoped kinds never carry a namespace (not even the chart's). */
  readonly clusterScoped?: boolean;
}

/**
 * An ApiObject whose content is computed when it is synthesized, so that facts
 * declared later (a unit joining a group, a node added to a unit) are reflected
 * whatever the declaration order. Keys come out sorted. JSON patches (cdk8s's escape
 * hatch, `ApiObject.of(construct).addJsonPatch(...)`) apply to the whole rendered
 * object, spec included. Internal: not exported.
 */
export class ManifestObject extends ApiObject {
  /** The library writes this object (the model reads it: such objects are adapted, not refused). @internal */
  public readonly _libraryOwned = true;
  private readonly clusterScoped: boolean;
  private readonly deferredPatches: JsonPatch[] = [];

  public constructor(scope: Construct, id: string, identity: ManifestIdentity, private readonly renderer: () => RenderedManifest) {
    super(scope, id, {
      apiVersion: identity.apiVersion,
      kind: identity.kind,
      metadata: { name: identity.name, namespace: identity.namespace },
    });
    this.clusterScoped = identity.clusterScoped ?? false;
  }

  /**
   * Applies the patches after the object is rendered (cdk8s would apply them before
   * the rendered `spec` exists).
   */
  public addJsonPatch(...ops: JsonPatch[]): void {
    this.deferredPatches.push(...ops);
  }

  public toJson(): any {
    // Built from the metadata's own rendering (which resolves tokens) rather than
    // ApiObject.toJson(): the props hold nothing else, and the patches apply below.
    const r = this.renderer();
    const metadata = this.metadata.toJson();
    if (this.clusterScoped) delete metadata.namespace;
    if (r.labels) metadata.labels = { ...(metadata.labels ?? {}), ...r.labels };
    if (r.annotations) metadata.annotations = { ...(metadata.annotations ?? {}), ...r.annotations };
    const whole = canonical({ apiVersion: this.apiVersion, kind: this.kind, ...r.body, metadata });
    if (this.deferredPatches.length === 0) return whole;
    try {
      return canonical(JsonPatch.apply(whole, ...this.deferredPatches));
    } catch (e) {
      throw new Error(`Failed applying JSON patches to ${this.kind} "${this.name}" at ${this.node.path}: ${e}`);
    }
  }
}

/**
 * A rendered object, or undefined when rendering throws: the model is built during
 * validation, and an object that cannot render raises its own, clearer error when it is
 * synthesized. Internal.
 */
export function renderedOrUndefined(render: () => any): any {
  try {
    return render();
  } catch {
    return undefined;
  }
}
