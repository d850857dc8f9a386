import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { GridProps, GridWorkload } from './grid-base';
import { renderStatefulSetStrategy } from './kplus-adapter';
import { ServiceGrid } from '../networking/service-grid';
import { addModelChecks } from '../validation/model-checks';
import { SERVICE_GRID_REF } from '../validation/props/common-props';
import { checkProps, childPath, enumOf, objectOf } from '../validation/props/prop-types';
import type { Reference } from '../validation/props/references';

/**
 * Properties of a StatefulSetGrid.
 */
export interface StatefulSetGridProps extends GridProps {
  /**
   * The ServiceGrid that gives the pods their DNS names. Every site's StatefulSet
   * keeps `serviceName: <servicegrid>-svc`, and statefulset-grid-daemon publishes
   * `<name>-<ordinal>.<servicegrid>-svc.<namespace>.svc.cluster.local` pointing at the
   * pod of the caller's own site. It must have the same NodeGroup and namespace. When
   * it has no selector, it selects this grid's pods.
   */
  readonly serviceGrid: ServiceGrid;

  /**
   * Whether pods start and stop in order or all at once.
   * @default kplus.PodManagementPolicy.ORDERED_READY
   */
  readonly podManagementPolicy?: kplus.PodManagementPolicy;

  /**
   * How each site's StatefulSet replaces its pods.
   * @default - RollingUpdate with partition 0
   */
  readonly strategy?: kplus.StatefulSetUpdateStrategy;
}

/**
 * One StatefulSet template stamped out per site: a SuperEdge StatefulSetGrid
 * (`superedge.io/v1`). For every unit `<unit>` of the NodeGroup, the controller
 * creates the StatefulSet `<name>-<unit>` with `nodeSelector: {<group>: <unit>}`,
 * the full `replicas` and the template's `serviceName`.
 *
 * `minReadySeconds`, `persistentVolumeClaimRetentionPolicy` and `ordinals` are not
 * offered: the StatefulSetGrid CRD's embedded schema predates them. Volume claim
 * templates are not offered either: the CRD prunes their metadata (and names).
 */
export class StatefulSetGrid extends GridWorkload {
  /** @see kplus.Resource.resourceType */
  public readonly resourceType = 'statefulsets';
  /** The ServiceGrid whose Service names the pods. */
  public readonly serviceGrid: ServiceGrid;
  /** The pod management policy. */
  public readonly podManagementPolicy: kplus.PodManagementPolicy;
  /** The update strategy, if set. */
  public readonly strategy?: kplus.StatefulSetUpdateStrategy;

  public constructor(scope: Construct, id: string, props: StatefulSetGridProps) {
    checkProps(childPath(scope, id), 'StatefulSetGrid', props, {
      serviceGrid: SERVICE_GRID_REF,
      podManagementPolicy: enumOf('kplus.PodManagementPolicy', kplus.PodManagementPolicy as any),
      strategy: objectOf('a kplus.StatefulSetUpdateStrategy (e.g. kplus.StatefulSetUpdateStrategy.rollingUpdate())', v => typeof v._toKube === 'function'),
    }, ['serviceGrid']);
    super(scope, id, 'StatefulSetGrid', props);
    this.serviceGrid = props.serviceGrid;
    this.podManagementPolicy = props.podManagementPolicy ?? kplus.PodManagementPolicy.ORDERED_READY;
    this.strategy = props.strategy;
    this.serviceGrid._selectIfUnset(this);
    addModelChecks(this, this.cluster);
  }

  /** @internal */
  protected _references(): Reference[] {
    return [...super._references(), { prop: 'serviceGrid', kind: 'ServiceGrid', name: this.serviceGrid.gridName, target: this.serviceGrid }];
  }

  /** @internal */
  protected _serviceGridId(): string | undefined {
    return this.serviceGrid.node.path;
  }

  protected renderWorkloadSpec(podTemplate: any): any {
    return {
      replicas: this.replicas,
      selector: this._renderSelector(),
      serviceName: this.serviceGrid.serviceName,
      podManagementPolicy: this.podManagementPolicy,
      template: podTemplate,
      updateStrategy: renderStatefulSetStrategy(this.strategy),
    };
  }
}
