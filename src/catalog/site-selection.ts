import type { SiteCatalog } from './site-catalog';
import type { ModelSelectionUse } from '../model/types';
import { NodeUnit } from '../topology/node-unit';

/**
 * Sites of a `SiteCatalog` picked by attribute (`sites.select({ region: 'north' })`) or
 * all of them (`sites.all()`). A selection that names an attribute no site has, or
 * selects no site, is an error where it is used (SE-F09, SE-F10).
 */
export class SiteSelection {
  /**
   * A selection of a catalogue's sites.
   * @internal
   */
  public static _of(catalog: SiteCatalog, criteria: { [key: string]: string } | undefined): SiteSelection {
    return new SiteSelection(catalog, criteria);
  }

  /** The catalogue the sites are from. */
  public readonly catalog: SiteCatalog;
  /** The selected sites' units, sorted by name. */
  public readonly units: NodeUnit[];
  /** The selected sites' names, sorted. */
  public readonly siteNames: string[];
  /** The selection as written: `select({ region: 'north' })` or `all()`. */
  public readonly description: string;
  private readonly criteria: { [key: string]: string };

  private constructor(catalog: SiteCatalog, criteria: { [key: string]: string } | undefined) {
    this.catalog = catalog;
    this.criteria = { ...(criteria ?? {}) };
    const keys = Object.keys(this.criteria).sort();
    this.description = criteria === undefined
      ? 'all()'
      : `select({ ${keys.map(k => `${k}: ${JSON.stringify(this.criteria[k])}`).join(', ')} })`;
    this.units = catalog.units.filter(u => keys.every(k => catalog._attributesOf(u.unitName)[k] === this.criteria[k]));
    this.siteNames = this.units.map(u => u.unitName);
  }

  /** Whether a site is selected. */
  public includes(siteName: string): boolean {
    return this.siteNames.includes(siteName);
  }

  /**
   * This selection as used by a construct (`origin`, its path), for the topology model:
   * SE-F09 / SE-F10 are reported there.
   * @internal
   */
  public _use(origin: string, usedBy: string): ModelSelectionUse {
    return {
      origin,
      catalogueId: this.catalog.node.path,
      usedBy,
      description: this.description,
      criteria: { ...this.criteria },
      siteNames: [...this.siteNames],
    };
  }
}
