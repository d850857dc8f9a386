import { ApiObject } from 'cdk8s';
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
 * whatever the declaration order. Keys come out sorted. Internal: not exported.
 */
export class ManifestObject extends ApiObject {
  private readonly clusterScoped: boolean;

  public constructor(scope: Construct, id: string, identity: ManifestIdentity, private readonly renderer: () => RenderedManifest) {
    super(scope, id, {
      apiVersion: identity.apiVersion,
      kind: identity.kind,
      metadata: { name: identity.name, namespace: identity.namespace },
    });
    this.clusterScoped = identity.clusterScoped ?? false;
  }

  public toJson(): any {
    const json = super.toJson();
    const r = this.renderer();
    const metadata = { ...json.metadata };
    if (this.clusterScoped) delete metadata.namespace;
    if (r.labels) metadata.labels = { ...(metadata.labels ?? {}), ...r.labels };
    if (r.annotations) metadata.annotations = { ...(metadata.annotations ?? {}), ...r.annotations };
    return canonical({ ...json, ...r.body, metadata });
  }
}
