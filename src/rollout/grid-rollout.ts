import { Construct } from 'constructs';
import { OverrideFields } from './override-layers';
import { planWaves, WavePlan } from './wave-plan';
import { SiteSelection } from '../catalog/site-selection';
import { isGridWorkload } from '../internal/brands';
import { cached } from '../internal/cache';
import type { ModelBuilder } from '../model/builder';
import { INodeUnit } from '../topology/node-unit';
import { addModelChecks } from '../validation/model-checks';
import { GridWorkload, SiteOverride } from '../workloads/grid-base';

/**
 * Properties of a GridRollout.
 */
export interface GridRolloutProps {
  /** The grid whose sites get the change. */
  readonly grid: GridWorkload;

  /** The change, as for `overrideSite()` (replicas, image, env, resources). */
  readonly override: SiteOverride;

  /**
   * The waves, in order. Wave k reaches the sites of the grid that its selection picks
   * and no earlier wave picked; end with `sites.all()` so that every site is reached.
   */
  readonly waves: SiteSelection[];

  /**
   * How many waves have been rolled out: 0 (nobody yet) to `waves.length` (everyone).
   * @default 0
   */
  readonly currentWave?: number;

  /**
   * The rollout's name: the templatePool entry its sites share.
   * @default - the construct id
   */
  readonly name?: string;
}

/**
 * One change to a grid rolled out site by site, in waves (canary first). The sites of
 * waves 1..`currentWave` get the `override` as per-site templates (so the controller
 * updates each site's Deployment in place: a rolling update, not delete-and-create);
 * the other sites keep the grid's template. Advance `currentWave` one commit at a time.
 *
 * A site that also has its own override (`overrideSite`, `overrideSites`) gets both,
 * merged, the rollout last. Per-site templates need `GridCrd.POOL_METADATA_PRESERVED`
 * (SE-P01).
 */
export class GridRollout extends Construct {
  /** The grid. */
  public readonly grid: GridWorkload;
  /** The change. */
  public readonly override: SiteOverride;
  /** The waves. */
  public readonly waves: SiteSelection[];
  /** How many waves have been rolled out. */
  public readonly currentWave: number;
  /** The rollout's name (its templatePool entry). */
  public readonly rolloutName: string;

  public constructor(scope: Construct, id: string, props: GridRolloutProps) {
    super(scope, id);
    if (!isGridWorkload(props?.grid)) {
      throw new Error(`${this.node.path}: GridRollout needs grid: a DeploymentGrid or StatefulSetGrid, got ${props?.grid === null ? 'null' : typeof props?.grid}`);
    }
    if (props.override === null || typeof props.override !== 'object') {
      throw new Error(`${this.node.path}: GridRollout needs override: the change to roll out, e.g. { image: 'shop/web:1.5.0' }`);
    }
    if (!Array.isArray(props.waves) || props.waves.some(w => !(w instanceof SiteSelection))) {
      throw new Error(`${this.node.path}: GridRollout needs waves: a list of site selections, e.g. [sites.select({ tier: 'canary' }), sites.all()]`);
    }
    this.grid = props.grid;
    this.override = { ...props.override, templateName: undefined };
    this.waves = [...props.waves];
    this.currentWave = props.currentWave ?? 0;
    this.rolloutName = props.name ?? id;

    this.grid._addOverrideLayer(() => ({ name: this.rolloutName, override: this.override, units: this.updatedUnits() }));
    // SE-R01..R05, the waves' SE-F09/F10 and SE-P01 (the grid's CRDs) come from the topology model.
    addModelChecks(this, this.grid.cluster);
  }

  /** The sites that run the change (waves 1..currentWave), sorted. */
  public get sitesUpdated(): string[] {
    return this.plan().updated;
  }

  /** The grid's sites that still run the grid's template, sorted. */
  public get sitesPending(): string[] {
    return this.plan().pending;
  }

  /** The sites wave `wave` (1-based) reaches first, sorted. */
  public sitesOfWave(wave: number): string[] {
    return [...(this.plan().waves[wave - 1] ?? [])];
  }

  private plan(): WavePlan {
    const members = this.grid.nodeGroup.knownMembers;
    const compute = () => planWaves(members?.map(u => u.unitName), this.waves.map(w => w.siteNames), this.currentWave);
    // Computed once per topology state (rendering and checks ask several times).
    return cached(this.grid.cluster, this, 'wave-plan', compute);
  }

  private updatedUnits(): INodeUnit[] {
    const updated = new Set(this.plan().updated);
    const units = new Map<string, INodeUnit>();
    for (const w of this.waves) for (const u of w.units) if (updated.has(u.unitName)) units.set(u.unitName, u);
    return [...units.values()];
  }

  /**
   * Adds the rollout to the topology model: its waves as selection uses, the change, and
   * the grid's own overrides of the sites it has reached.
   * @internal
   */
  public _contributeToModel(builder: ModelBuilder): void {
    const path = this.node.path;
    const updated = new Set(this.plan().updated);
    builder.addRollout({
      id: path,
      origin: path,
      name: this.rolloutName,
      gridId: this.grid.node.path,
      gridName: this.grid.gridName,
      firstContainer: this.grid.containers[0]?.name,
      override: fields(this.override),
      waves: this.waves.map((w, i) => w._use(path, `wave ${i + 1} of GridRollout "${this.rolloutName}"`)),
      currentWave: this.currentWave,
      ownOverrides: this.grid._ownOverrides()
        .filter(o => updated.has(o.unit.unitName))
        .map(o => ({ site: o.unit.unitName, override: fields(o.override) })),
    });
  }
}

/** What an override changes, as plain data (resources: set or not). */
function fields(o: SiteOverride): OverrideFields {
  return {
    replicas: o.replicas, image: o.image, env: o.env, resources: o.resources === undefined ? undefined : true, containerName: o.containerName,
  };
}
