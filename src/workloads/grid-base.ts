import { ApiObject, ApiObjectMetadata, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { renderPodTemplate, renderResources } from './kplus-adapter';
import type { SiteSelection } from '../catalog/site-selection';
import { brand } from '../internal/brands';
import { ManifestObject, renderedOrUndefined } from '../internal/manifest-object';
import type { ModelBuilder } from '../model/builder';
import { gridFromObject } from '../model/grids';
import { layeredOverrides, OverrideLayer } from '../rollout/override-layers';
import { GRID_CRD_CONTEXT_KEY } from '../superedge/crds';
import { GRID_SELECTOR_LABEL, GRID_UNIQ_KEY_LABEL } from '../superedge/labels';
import { DEFAULT_TEMPLATE_NAME } from '../superedge/templates';
import { EdgeCluster } from '../topology/edge-cluster';
import { INodeGroup } from '../topology/node-group';
import { INodeUnit } from '../topology/node-unit';
import { addModelChecks } from '../validation/model-checks';
import { CONTAINER, GROUP_REF, METADATA, RESOURCES, STRING_MAP, UNIT_REF } from '../validation/props/common-props';
import { BOOLEAN, checkProps, childPath, enumOf, listOf, NUMBER, STRING, struct } from '../validation/props/prop-types';
import { addCrossClusterReferences, Reference } from '../validation/props/references';


// Controller facts, defined in src/superedge and re-exported here for existing imports.
export { GRID_CRD_CONTEXT_KEY, GRID_SELECTOR_LABEL, GRID_UNIQ_KEY_LABEL, DEFAULT_TEMPLATE_NAME };

/**
 * Which grid CRDs the cluster runs. It decides whether per-site overrides, which are
 * emitted as `templatePool` entries, can work.
 */
export enum GridCrd {
  /**
   * The CRDs application-grid-controller installs (and re-applies every minute). They
   * prune `spec.templatePool.*.template.metadata`, so a Deployment made from a pool
   * entry has no pod labels and is rejected: per-site overrides are refused (SE-P01).
   */
  UPSTREAM = 'upstream',
  /**
   * CRDs whose pool templates keep their metadata (`x-kubernetes-preserve-unknown-fields`
   * on `templatePool.*.template.metadata`), installed from the controller's own
   * manifest folder so that the controller does not revert them. Per-site overrides are
   * emitted as `templatePool` entries.
   */
  POOL_METADATA_PRESERVED = 'pool-metadata-preserved',
}

/**
 * How one site (a unit of the grid's NodeGroup) differs from the grid's template.
 * Everything left unset is as in the template.
 */
export interface SiteOverride {
  /**
   * Replicas in this site (each site gets the full count; they are not divided).
   * @default - the grid's replicas
   */
  readonly replicas?: number;

  /**
   * The image of the container `containerName`, e.g. another tag for a canary site.
   * @default - the template's image
   */
  readonly image?: string;

  /**
   * Environment variables of the container `containerName`, set or replaced by name.
   * @default - the template's environment
   */
  readonly env?: { [name: string]: string };

  /**
   * Resource requests and limits of the container `containerName` (replaced whole).
   * @default - the template's resources
   */
  readonly resources?: kplus.ContainerResources;

  /**
   * The container that `image`, `env` and `resources` apply to.
   * @default - the first container
   */
  readonly containerName?: string;

  /**
   * The name of the `templatePool` entry. Sites with identical overrides may share one
   * entry by giving the same name. `default` is reserved: the controller always
   * resolves it to `spec.template`.
   * @default - the unit's name
   */
  readonly templateName?: string;
}

/**
 * Properties shared by DeploymentGrid and StatefulSetGrid: the cdk8s-plus pod
 * properties (containers, volumes, security context, service account, ...) plus the
 * grid's own.
 */
export interface GridProps extends kplus.AbstractPodProps {
  /**
   * The grid's name: a label value and DNS name. The controller names each site's
   * workload `<name>-<unit>`.
   * @default - the construct id
   */
  readonly name?: string;

  /**
   * The NodeGroup whose units each get one workload (its name is the `gridUniqKey`).
   */
  readonly nodeGroup: INodeGroup;

  /**
   * Replicas per site: every unit's workload gets this many (the controller does not
   * divide them), and the controller resets manual scaling and HPA changes to it.
   * Always written: the controller crashes on a template without replicas.
   * @default 1
   */
  readonly replicas?: number;

  /**
   * Labels and annotations of the pods. The grid adds its own selector label.
   * @default - only the grid's selector label
   */
  readonly podMetadata?: ApiObjectMetadata;

  /**
   * Spread pods across hostnames and zones (cdk8s-plus `spread`), applied once.
   * @default false
   */
  readonly spread?: boolean;

  /**
   * Select the pods by the grid's own label `cdk8s-superedge.io/<kind>-grid: <name>`.
   * Set `false` to adopt a grid that already runs with its own selector (the selector
   * of the Deployments / StatefulSets the controller creates cannot be changed): then
   * give the selector with `select()` or `matchLabel()`; its labels are put on the
   * pods, and ServiceGrids selecting this grid select them too.
   * @default true
   */
  readonly select?: boolean;

  /**
   * Which grid CRDs the cluster runs; decides whether per-site overrides are possible.
   * @default - the app context value `cdk8s-superedge:gridCrd`, else GridCrd.UPSTREAM
   */
  readonly gridCrd?: GridCrd;
}

/** A per-site override as registered. Internal. */
export interface SiteOverrideEntry {
  readonly unit: INodeUnit;
  readonly override: SiteOverride;
  readonly templateName: string;
}

/**
 * The base of the application grids: a cdk8s-plus Workload whose pod template is
 * stamped out once per unit of a NodeGroup by the application-grid-controller.
 *
 * Differences from a cdk8s-plus Deployment:
 * - the pod selector is the stable, name-derived label
 *   `cdk8s-superedge.io/<kind>-grid: <name>` (never the construct path), so
 *   refactoring the construct tree never changes an immutable selector;
 * - containers without `resources` get edge-sized defaults
 *   (`GridWorkload.EDGE_DEFAULT_RESOURCES`) instead of cdk8s-plus's 1 CPU / 512Mi;
 * - containers without `imagePullPolicy` pull `IfNotPresent` (cdk8s-plus: `Always`),
 *   so a pod restarted while the site is cut off from the registry still starts;
 * - the `spread` rules are added once, so rendering is repeatable.
 */
export abstract class GridWorkload extends kplus.Workload {
  /**
   * Requests and limits given to containers that set no `resources`: requests 50m CPU
   * and 64Mi memory, limits 500m CPU and 256Mi memory, sized for edge nodes with one or
   * two cores and a few GiB of memory shared with the platform's own agents.
   */
  public static readonly EDGE_DEFAULT_RESOURCES: kplus.ContainerResources = {
    cpu: { request: kplus.Cpu.millis(50), limit: kplus.Cpu.millis(500) },
    memory: { request: Size.mebibytes(64), limit: Size.mebibytes(256) },
  };

  /** The grid's name. */
  public readonly gridName: string;
  /** The NodeGroup whose name is the grid key. */
  public readonly nodeGroup: INodeGroup;
  /** Replicas per site. */
  public readonly replicas: number;
  /** Which grid CRDs the cluster runs. */
  public readonly gridCrd: GridCrd;
  /** The cluster this grid belongs to. */
  public readonly cluster: EdgeCluster;
  /** The key of the stable pod selector label. */
  public readonly selectorLabelKey: string;

  protected readonly apiObject: ApiObject;
  private readonly overrides: SiteOverrideEntry[] = [];
  private readonly overrideLayers: Array<() => OverrideLayer> = [];
  private reportsModelFindings = false;
  private otherSites?: { override: SiteOverride; templateName: string };

  protected constructor(scope: Construct, id: string, kind: string, props: GridProps) {
    // Before cdk8s-plus reads the containers: wrong types get a path, not a TypeError.
    checkProps(childPath(scope, id), kind, props, GRID_PROPS, ['nodeGroup']);
    super(scope, id, { ...props, select: false, spread: false });
    brand(this, 'gridWorkload');
    this.cluster = EdgeCluster.enclosing(this);
    this.gridName = props.name ?? props.metadata?.name ?? id;
    this.nodeGroup = props.nodeGroup;
    this.replicas = props.replicas ?? 1;
    const fromContext = this.node.tryGetContext(GRID_CRD_CONTEXT_KEY);
    this.gridCrd = props.gridCrd ?? (fromContext === GridCrd.POOL_METADATA_PRESERVED ? GridCrd.POOL_METADATA_PRESERVED : GridCrd.UPSTREAM);
    this.selectorLabelKey = `cdk8s-superedge.io/${kind === 'DeploymentGrid' ? 'deployment' : 'statefulset'}-grid`;
    if (props.select ?? true) this.select(kplus.LabelSelector.of({ labels: { [this.selectorLabelKey]: this.gridName } }));
    this.node.addValidation({ validate: () => this.validateSelector() });

    this.apiObject = new ManifestObject(this, 'Resource', {
      apiVersion: 'superedge.io/v1',
      kind,
      name: this.gridName,
      namespace: props.metadata?.namespace,
    }, () => ({ body: { spec: this._renderSpec() } }));
    for (const [k, v] of Object.entries(props.metadata?.labels ?? {})) this.apiObject.metadata.addLabel(k, v);
    for (const [k, v] of Object.entries(props.metadata?.annotations ?? {})) this.apiObject.metadata.addAnnotation(k, v);

    // cdk8s-plus would add these rules again on every render; add them once here.
    if (props.spread) {
      this.scheduling.spread({ topology: kplus.Topology.HOSTNAME });
      this.scheduling.spread({ topology: kplus.Topology.ZONE });
    }
    if (props.isolate) this.connections.isolate();
  }

  /**
   * Adds a container. Without `resources`, it gets `EDGE_DEFAULT_RESOURCES`; without
   * `imagePullPolicy`, `IfNotPresent` (cdk8s-plus' default is `Always`, with which a
   * pod restarted while the site's link to the registry is down cannot start).
   */
  public addContainer(cont: kplus.ContainerProps): kplus.Container {
    checkProps(this.node.path, `${this.constructor.name}.addContainer()`, { container: cont }, { container: CONTAINER }, ['container']);
    return super.addContainer({
      ...cont,
      resources: cont.resources ?? GridWorkload.EDGE_DEFAULT_RESOURCES,
      imagePullPolicy: cont.imagePullPolicy ?? kplus.ImagePullPolicy.IF_NOT_PRESENT,
    });
  }

  /**
   * Adds `key: value` to the pod selector (and to the pods' labels): with
   * `select: false`, the way to keep the selector of a grid that already runs, e.g.
   * `grid.matchLabel('app', 'echo')`.
   */
  public matchLabel(key: string, value: string): void {
    this.select(kplus.LabelSelector.of({ labels: { [key]: value } }));
  }

  /**
   * Selects this grid's pods by the labels of its selector: the stable, name-derived
   * label, or the labels given with `select()` / `matchLabel()` (used by ServiceGrids,
   * cdk8s-plus Services, network policies and affinity rules).
   */
  public toPodSelectorConfig(): kplus.PodSelectorConfig {
    return {
      labelSelector: kplus.LabelSelector.of({ labels: this.selectorLabels }),
      namespaces: this.metadata.namespace ? { names: [this.metadata.namespace] } : undefined,
    };
  }

  /**
   * Makes one site differ from the template: replicas, image, environment or resources.
   * Emitted as a `templatePool` entry plus `templates[<unit>]`. The upstream grid CRDs
   * prune the pod labels of pool entries, so this needs `gridCrd:
   * GridCrd.POOL_METADATA_PRESERVED` (otherwise synthesis fails with SE-P01).
   *
   * @param unit a member unit of the grid's NodeGroup
   * @param changes what differs in that site
   */
  public overrideSite(unit: INodeUnit, changes: SiteOverride): void {
    checkProps(this.node.path, `${this.constructor.name}.overrideSite()`, { unit, changes }, { unit: UNIT_REF, changes: SITE_OVERRIDE }, ['unit', 'changes']);
    this.overrides.push({ unit, override: changes, templateName: changes.templateName ?? unit.unitName });
  }

  /**
   * Makes every site without its own `overrideSite()` use a `templatePool` entry instead
   * of `spec.template`: emitted as that entry plus `defaultTemplateName` naming it
   * (upstream's canary layout: the sites listed in `templates` run one version, all others
   * the default pool entry). A site that should run `spec.template` itself then takes
   * `overrideSite(unit, { templateName: 'default' })`. Needs `gridCrd:
   * GridCrd.POOL_METADATA_PRESERVED`, as every pool entry (SE-P01).
   *
   * @param changes what the other sites run differently from the template; its
   * `templateName` names the pool entry (default `others`)
   */
  public overrideOtherSites(changes: SiteOverride): void {
    this.otherSites = { override: changes, templateName: changes.templateName ?? OTHER_SITES_TEMPLATE };
  }

  /** The namespace of the grid (and of its workloads), if any. */
  public get namespace(): string | undefined {
    return this.apiObject.metadata.namespace;
  }

  /**
   * The labels of the pod selector, which the grid also puts on its pods: the stable
   * label `selectorLabelKey: gridName`, or, with `select: false`, the labels given to
   * `select()` / `matchLabel()`.
   */
  public get selectorLabels(): { [key: string]: string } {
    return this.matchLabels;
  }

  /**
   * `spec.template.selector` as written: matchLabels, and matchExpressions when given.
   * @internal
   */
  public _renderSelector(): any {
    const expressions = this.matchExpressions;
    const labels = this.selectorLabels;
    return {
      matchLabels: Object.keys(labels).length > 0 ? labels : undefined,
      matchExpressions: expressions.length > 0 ? expressions : undefined,
    };
  }

  /**
   * The registered per-site overrides, in declaration order.
   * @internal
   */
  public _overrides(): SiteOverrideEntry[] {
    return layeredOverrides(this.overrides, this.overrideLayers.map(l => l()), this.containers[0]?.name);
  }


  /**
   * The grid object as synthesized (labels and annotations included).
   * @internal
   */
  public _manifest(): any {
    return this.apiObject.toJson();
  }

  /**
   * Adds this grid to the topology model, from its object as synthesized.
   * @internal
   */
  public _contributeToModel(builder: ModelBuilder): void {
    const manifest = renderedOrUndefined(() => this._manifest());
    if (!manifest) return;
    builder.addGrid({
      ...gridFromObject(this.node.path, manifest, this.gridCrd),
      nodeGroupId: this.nodeGroup.node.path,
      overrides: this.overrides.map(o => ({
        unit: o.unit.unitName,
        templateName: o.templateName,
        signature: JSON.stringify(overrideSignature(o.override)),
        containerName: o.override.containerName,
        changesContainer: !!(o.override.image || o.override.env || o.override.resources),
        replicas: o.override.replicas,
        resources: o.override.resources ? renderResources(o.override.resources) : undefined,
      })),
      serviceGridId: this._serviceGridId(),
      otherSites: this.otherSites ? {
        templateName: this.otherSites.templateName,
        signature: JSON.stringify(overrideSignature(this.otherSites.override)),
        replicas: this.otherSites.override.replicas,
      } : undefined,
    });
    addCrossClusterReferences(builder, this, `${this.apiObject.kind} "${this.gridName}"`, this._references());
  }

  /**
   * The constructs this grid references (SE-C08 reports those of another EdgeCluster).
   * @internal
   */
  protected _references(): Reference[] {
    return [
      { prop: 'nodeGroup', kind: 'NodeGroup', name: this.nodeGroup.groupName, target: this.nodeGroup },
      ...this.overrides.map(o => ({ prop: 'overrideSite()', kind: 'NodeUnit', name: o.unit.unitName, target: o.unit })),
    ];
  }

  /**
   * The ServiceGrid this grid names (StatefulSetGrid), by construct path.
   * @internal
   */
  protected _serviceGridId(): string | undefined {
    return undefined;
  }

  /**
   * The workload spec (`spec.template`), rendered from the pod as it is now: changes
   * made after an earlier render (a toleration, proxy env, a container) are always
   * reflected. Rendering is repeatable because the spread rules are added once, in the
   * constructor, not by cdk8s-plus at render time.
   * @internal
   */
  public _renderTemplate(): any {
    return this.renderWorkloadSpec(renderPodTemplate(this, this.selectorLabels));
  }

  /**
   * The grid's whole `spec`: grid key, template, and the pool of per-site templates.
   * @internal
   */
  public _renderSpec(): any {
    const template = this._renderTemplate();
    // Maps, not `in` on objects: a unit or template named "constructor" or "__proto__" is a name like any other.
    const pool = new Map<string, any>();
    const templates = new Map<string, string>();
    for (const o of this._overrides()) {
      templates.set(o.unit.unitName, o.templateName);
      // `default` without changes: the site runs spec.template (after overrideOtherSites).
      if (o.templateName === DEFAULT_TEMPLATE_NAME && JSON.stringify(overrideSignature({ ...o.override, templateName: undefined })) === '{}') continue;
      if (!pool.has(o.templateName)) pool.set(o.templateName, applyOverride(template, o.override));
    }
    const others = this.otherSites;
    if (others && !pool.has(others.templateName)) pool.set(others.templateName, applyOverride(template, others.override));
    const hasPool = pool.size > 0 || templates.size > 0;
    return {
      gridUniqKey: this.nodeGroup.groupName,
      template,
      templatePool: hasPool ? ownRecord(pool) : undefined,
      templates: hasPool ? ownRecord(templates) : undefined,
      // Written explicitly: the controller writes it when absent (GitOps drift otherwise).
      defaultTemplateName: others ? others.templateName : DEFAULT_TEMPLATE_NAME,
    };
  }

  private validateSelector(): string[] {
    if (Object.keys(this.matchLabels).length > 0 || this.matchExpressions.length > 0) return [];
    return [`${this.kindName()} "${this.gridName}" selects no pods: it has select: false and no label given with select() or matchLabel(). `
      + 'Fix: give the selector of the grid you adopt, e.g. grid.matchLabel(\'app\', \'echo\'), or leave select at its default (true)'];
  }

  private kindName(): string {
    return this.selectorLabelKey.endsWith('statefulset-grid') ? 'StatefulSetGrid' : 'DeploymentGrid';
  }

  /** Wraps the rendered pod template into the workload spec (Deployment / StatefulSet). */
  protected abstract renderWorkloadSpec(podTemplate: any): any;

  /**
   * `overrideSite()` for every site of a selection of a `SiteCatalog`, e.g.
   * `grid.overrideSites(sites.select({ tier: 'flagship' }), { replicas: 3 })`. A
   * selection that names an unknown attribute or selects no site is an error here.
   *
   * @param selection sites of a catalogue, members of the grid's NodeGroup
   * @param changes what differs in those sites
   */
  public overrideSites(selection: SiteSelection, changes: SiteOverride): void {
    for (const unit of selection.units) this.overrideSite(unit, changes);
    selection.catalog._recordUse(selection._use(this.node.path, `overrideSites() of grid "${this.gridName}"`));
    // The selection's findings (SE-F09/F10) come from the model, at this grid's path.
    if (!this.reportsModelFindings) addModelChecks(this, this.cluster);
    this.reportsModelFindings = true;
  }

  /**
   * Adds a layer of per-site changes applied over the sites' own overrides (rollouts):
   * computed when the grid is rendered or checked.
   * @internal
   */
  public _addOverrideLayer(layer: () => OverrideLayer): void {
    this.overrideLayers.push(layer);
  }

  /**
   * The grid's own per-site overrides, without the layers, in declaration order.
   * @internal
   */
  public _ownOverrides(): SiteOverrideEntry[] {
    return [...this.overrides];
  }
}

/** A record with exactly these own keys (defined, so that `__proto__` is a key, not the prototype). */
function ownRecord<T>(entries: Map<string, T>): { [key: string]: T } {
  const out: { [key: string]: T } = {};
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

/** The types of the props shared by the grids, for callers TypeScript does not check. */
const GRID_PROPS = {
  name: STRING,
  nodeGroup: GROUP_REF,
  replicas: NUMBER,
  podMetadata: METADATA,
  metadata: METADATA,
  spread: BOOLEAN,
  gridCrd: enumOf('GridCrd', GridCrd),
  containers: listOf(CONTAINER),
  initContainers: listOf(CONTAINER),
  isolate: BOOLEAN,
};

/** The types of a site override. */
const SITE_OVERRIDE = struct('a SiteOverride ({ replicas, image, env, resources, containerName, templateName })', {
  replicas: NUMBER,
  image: STRING,
  env: STRING_MAP,
  resources: RESOURCES,
  containerName: STRING,
  templateName: STRING,
});

/** What an override changes, comparable as JSON (resources rendered, templateName left out). Internal. */
export function overrideSignature(override: SiteOverride): any {
  return {
    replicas: override.replicas,
    image: override.image,
    env: override.env,
    resources: override.resources ? renderResources(override.resources) : undefined,
    containerName: override.containerName,
  };
}

/** The pool entry `overrideOtherSites()` writes unless it is given a templateName. */
const OTHER_SITES_TEMPLATE = 'others';

/** The template with a site override applied (a copy). Internal. */
export function applyOverride(template: any, override: SiteOverride): any {
  const out = JSON.parse(JSON.stringify(template));
  if (override.replicas !== undefined) out.replicas = override.replicas;
  const containers: any[] = out.template?.spec?.containers ?? [];
  const c = override.containerName === undefined ? containers[0] : containers.find(x => x.name === override.containerName);
  if (!c) return out;
  if (override.image !== undefined) c.image = override.image;
  if (override.env) {
    const env: any[] = c.env ?? [];
    for (const name of Object.keys(override.env).sort()) {
      const entry = { name, value: override.env[name] };
      const i = env.findIndex(e => e.name === name);
      if (i >= 0) env[i] = entry;
      else env.push(entry);
    }
    c.env = env;
  }
  if (override.resources) c.resources = renderResources(override.resources);
  return out;
}
