import { Construct } from 'constructs';
import { catalogCapacity } from './capacity';
import { CatalogData, CatalogSite, loadFile, loadRecords } from './catalog-data';
import { SiteSelection } from './site-selection';
import type { ModelBuilder } from '../model/builder';
import type { ModelSelectionUse } from '../model/types';
import { EdgeCluster } from '../topology/edge-cluster';
import { EdgeNode } from '../topology/edge-node';
import { NodeGroup } from '../topology/node-group';
import { NodeUnit } from '../topology/node-unit';
import { addModelChecks } from '../validation/model-checks';

/**
 * A node of a site given as a record (`SiteCatalog.fromRecords`): its name, the facts
 * `EdgeNode` knows, and its allocatable CPU and memory. The field names are those of the
 * catalogue files.
 */
export interface SiteNodeRecord {
  /** The Kubernetes node name. */
  readonly name: string;
  /**
   * CPU architecture: `amd64`, `arm64` or `arm`.
   * @default - not known
   */
  readonly arch?: string;
  /**
   * The default network interface (recorded, not emitted).
   * @default - not known
   */
  readonly interface?: string;
  /**
   * Whether the node has an NVIDIA GPU.
   * @default false
   */
  readonly gpu?: boolean;
  /**
   * The Tencent Cloud CVM instance id.
   * @default - not a CVM node
   */
  readonly instanceId?: string;
  /**
   * The node's own network (CIDR).
   * @default - not known
   */
  readonly networkCidr?: string;
  /**
   * Allocatable CPU, a Kubernetes quantity (`"4"`, `"3500m"`).
   * @default - not known: the site's CPU is not checked
   */
  readonly cpu?: string;
  /**
   * Allocatable memory, a Kubernetes quantity (`"8Gi"`, `"16G"`).
   * @default - not known: the site's memory is not checked
   */
  readonly memory?: string;
}

/**
 * A site given as a record (`SiteCatalog.fromRecords`). Its attributes (what
 * `select()` matches) are in `attributes`, not beside `name` as in a file.
 */
export interface SiteRecord {
  /** The site's name: the name of its NodeUnit. */
  readonly name: string;
  /** The site's nodes. */
  readonly nodes: SiteNodeRecord[];
  /**
   * The site's attributes, e.g. `{ region: 'north', tier: 'canary' }`.
   * @default - none
   */
  readonly attributes?: { [key: string]: string };
}

/**
 * Options of `SiteCatalog.nodeGroup()`.
 */
export interface SiteNodeGroupOptions {
  /**
   * Only the sites whose attributes have all these values.
   * @default - every site of the catalogue
   */
  readonly select?: { [key: string]: string };
  /**
   * The group's name.
   * @default - the id
   */
  readonly name?: string;
}

/**
 * The fleet as data: sites read from an inventory (a YAML, JSON or CSV file, or records
 * in memory), one `NodeUnit` per site with `EdgeNode`s from the node facts.
 *
 * Problems of the data (a duplicate site, a node in two sites, a missing name, a CSV
 * attribute that differs between rows of one site, an unknown node fact, a quantity
 * that does not parse, a wrong type) are validation errors with `file:line[:col]`,
 * reported at synthesis together with every other error, and nothing is written; the
 * valid sites still become units. With node `cpu` and `memory` known, each site's
 * demand is checked against its allocatable (SE-Q01, SE-Q02).
 */
export class SiteCatalog extends Construct {
  /**
   * Reads a catalogue file: `.yaml` / `.yml`, `.json` or `.csv`. A relative path
   * resolves against the current working directory (where `cdk8s synth` runs).
   *
   * YAML/JSON: a list of sites, each `name`, `nodes` (each `name` plus `arch`,
   * `interface`, `gpu`, `instanceId`, `networkCidr`, `cpu`, `memory`) and any other
   * string field as an attribute. CSV: one row per node, the columns `site` and `node`,
   * node facts by their names, every other column a site attribute (equal on all rows of
   * a site).
   */
  public static fromFile(scope: Construct, id: string, path: string): SiteCatalog {
    if (typeof path !== 'string' || path === '') {
      throw new Error(`${scope.node.path}/${id}: SiteCatalog.fromFile() needs the path of a .yaml, .json or .csv file, got ${path === '' ? 'an empty string' : String(path)}`);
    }
    return new SiteCatalog(scope, id, path, loadFile(path));
  }

  /** A catalogue from records already in memory (e.g. a CMDB API's answer). */
  public static fromRecords(scope: Construct, id: string, records: SiteRecord[]): SiteCatalog {
    return new SiteCatalog(scope, id, 'the records', loadRecords(records));
  }

  /** Where the sites come from: the file path as given, or `the records`. */
  public readonly source: string;
  /** The cluster. */
  public readonly cluster: EdgeCluster;

  private readonly sitesByName = new Map<string, { site: CatalogSite; unit: NodeUnit }>();
  private readonly sortedUnits: NodeUnit[];
  private readonly data: CatalogData;
  private readonly attributeNames = new Set<string>();
  private readonly uses: ModelSelectionUse[] = [];

  private constructor(scope: Construct, id: string, source: string, data: CatalogData) {
    super(scope, id);
    this.cluster = EdgeCluster.enclosing(this);
    this.source = source;
    this.data = data;
    for (const site of data.sites) {
      const unit = new NodeUnit(this, constructId(site.name, this), {
        name: site.name,
        edgeNodes: site.nodes.map(n => new EdgeNode(n.props)),
      });
      this.sitesByName.set(site.name, { site, unit });
      for (const k of Object.keys(site.attributes)) this.attributeNames.add(k);
    }
    this.sortedUnits = [...this.sitesByName.values()].map(s => s.unit).sort((a, b) => a.unitName < b.unitName ? -1 : a.unitName > b.unitName ? 1 : 0);
    // The SE-F and SE-Q rules read the catalogue from the topology model; their findings
    // about the file and the sites' capacity are reported here.
    addModelChecks(this, this.cluster);
  }

  /** The sites' names, sorted. */
  public get siteNames(): string[] {
    return this.sortedUnits.map(u => u.unitName);
  }

  /** The sites' units, sorted by name. */
  public get units(): NodeUnit[] {
    return [...this.sortedUnits];
  }

  /** The unit of a site, or undefined when the catalogue has no such site. */
  public unit(siteName: string): NodeUnit | undefined {
    return this.sitesByName.get(siteName)?.unit;
  }

  /** The attributes of a site (empty for an unknown site). */
  public attributesOf(siteName: string): { [key: string]: string } {
    return { ...(this.sitesByName.get(siteName)?.site.attributes ?? {}) };
  }

  /**
   * The sites whose attributes have all the given values (compared exactly). An
   * attribute no site has, or a selection of no site, is an error where the selection
   * is used.
   */
  public select(criteria: { [key: string]: string }): SiteSelection {
    if (criteria === null || typeof criteria !== 'object' || Array.isArray(criteria)) {
      throw new Error(`${this.node.path}: select() takes a map of attribute to value, e.g. { region: 'north' }; got ${criteria === null ? 'null' : typeof criteria}`);
    }
    for (const [k, v] of Object.entries(criteria)) {
      if (typeof v !== 'string') throw new Error(`${this.node.path}: select() compares attributes with strings; "${k}" is ${v === null ? 'null' : typeof v}. Pass ${k}: '${String(v)}'`);
    }
    return SiteSelection._of(this, criteria);
  }

  /** Every site of the catalogue. */
  public all(): SiteSelection {
    return SiteSelection._of(this, undefined);
  }

  /**
   * A NodeGroup of the selected sites' units (every site without `select`), created
   * next to the catalogue (same scope).
   */
  public nodeGroup(id: string, options: SiteNodeGroupOptions = {}): NodeGroup {
    const selection = options.select === undefined ? this.all() : this.select(options.select);
    const group = new NodeGroup(this.node.scope!, id, { name: options.name, nodeUnits: selection.units });
    this._recordUse(selection._use(group.node.path, `NodeGroup "${group.groupName}"`));
    return group;
  }

  /**
   * Records where a selection of this catalogue is used (SE-F09/SE-F10 are reported there).
   * @internal
   */
  public _recordUse(use: ModelSelectionUse): void {
    this.uses.push(use);
  }

  /**
   * Adds the catalogue, the uses of its selections and its sites' capacity to the model.
   * @internal
   */
  public _contributeToModel(builder: ModelBuilder): void {
    const path = this.node.path;
    builder.addCatalogue({
      id: path,
      origin: path,
      source: this.source,
      unreadable: this.data.unreadable,
      readerProblems: this.data.readerProblems,
      sites: this.data.raw,
      csvRows: this.data.csvRows,
      attributes: [...this.attributeNames].sort(),
    });
    for (const use of this.uses) builder.addSelectionUse(use);
    const capacity = catalogCapacity(this);
    if (capacity) builder.addCapacity(capacity);
  }

  /**
   * The sites read, with node facts and allocatable resources.
   * @internal
   */
  public get _sites(): CatalogSite[] {
    return [...this.sitesByName.values()].map(s => s.site);
  }

  /**
   * The attributes of a site, not copied (empty for an unknown site).
   * @internal
   */
  public _attributesOf(siteName: string): { readonly [key: string]: string } {
    return this.sitesByName.get(siteName)?.site.attributes ?? {};
  }

  /**
   * Every attribute some site has.
   * @internal
   */
  public get _attributeNames(): ReadonlySet<string> {
    return this.attributeNames;
  }

  /**
   * Whether the source could not be read at all.
   * @internal
   */
  public get _unreadable(): boolean {
    return this.data.unreadable;
  }
}

/**
 * A construct id for a site: its name, with the path separator replaced, made unique
 * among the catalogue's children (`a/b` and `a_b` are two sites).
 */
function constructId(name: string, scope: Construct): string {
  const base = name.replace(/\//g, '_');
  let id = base;
  for (let i = 2; scope.node.tryFindChild(id); i++) id = `${base}-${i}`;
  return id;
}
