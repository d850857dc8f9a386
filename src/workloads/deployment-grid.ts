import { Duration } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { GridProps, GridWorkload } from './grid-base';
import { renderDeploymentStrategy } from './kplus-adapter';
import { addModelChecks } from '../validation/model-checks';
import { DURATION } from '../validation/props/common-props';
import { checkProps, childPath, objectOf, PropTypeError } from '../validation/props/prop-types';
import { ProgressDeadlineAfterMinReady } from '../validation/rules/props/ProgressDeadlineAfterMinReady';

/**
 * Properties of a DeploymentGrid.
 */
export interface DeploymentGridProps extends GridProps {
  /**
   * How each site's Deployment replaces its pods.
   * @default - RollingUpdate with maxSurge 25% and maxUnavailable 25%
   */
  readonly strategy?: kplus.DeploymentStrategy;

  /**
   * Minimum time a new pod must be ready before it counts as available.
   * @default Duration.seconds(0)
   */
  readonly minReady?: Duration;

  /**
   * How long a rollout may make no progress before it counts as failed. Must be
   * greater than `minReady`.
   * @default Duration.seconds(600)
   */
  readonly progressDeadline?: Duration;
}

/**
 * One Deployment template stamped out per site: a SuperEdge DeploymentGrid
 * (`superedge.io/v1`). For every unit `<unit>` of the NodeGroup, the
 * application-grid-controller creates the Deployment `<name>-<unit>` with
 * `nodeSelector: {<group>: <unit>}` and the full `replicas`.
 *
 * The pod is declared as with a cdk8s-plus Deployment (containers, env, volumes,
 * probes, resources, security context, scheduling, service account). Per-site
 * differences go through `overrideSite()`.
 */
export class DeploymentGrid extends GridWorkload {
  /** @see kplus.Resource.resourceType */
  public readonly resourceType = 'deployments';
  /** The rollout strategy, if set. */
  public readonly strategy?: kplus.DeploymentStrategy;
  /** Minimum ready time. */
  public readonly minReady: Duration;
  /** Progress deadline. */
  public readonly progressDeadline: Duration;

  public constructor(scope: Construct, id: string, props: DeploymentGridProps) {
    checkProps(childPath(scope, id), 'DeploymentGrid', props, {
      strategy: objectOf('a kplus.DeploymentStrategy (e.g. kplus.DeploymentStrategy.rollingUpdate())', v => typeof v._toKube === 'function'),
      minReady: DURATION,
      progressDeadline: DURATION,
    });
    // Checked before the construct exists, so that a refused grid leaves nothing half-built in the tree.
    const minReady = props?.minReady ?? Duration.seconds(0);
    const progressDeadline = props?.progressDeadline ?? Duration.seconds(600);
    const deadline = ProgressDeadlineAfterMinReady.check({
      progressDeadlineSeconds: progressDeadline.toSeconds(), minReadySeconds: minReady.toSeconds(),
    });
    if (deadline.length > 0) {
      throw new PropTypeError(deadline.map(f => `[${childPath(scope, id)}] ${ProgressDeadlineAfterMinReady.id}: ${f.message}. Fix: ${f.fix}`));
    }
    super(scope, id, 'DeploymentGrid', props);
    this.strategy = props.strategy;
    this.minReady = minReady;
    this.progressDeadline = progressDeadline;
    addModelChecks(this, this.cluster);
  }

  protected renderWorkloadSpec(podTemplate: any): any {
    return {
      replicas: this.replicas,
      selector: this._renderSelector(),
      template: podTemplate,
      strategy: renderDeploymentStrategy(this.strategy),
      minReadySeconds: this.minReady.toSeconds() > 0 ? this.minReady.toSeconds() : undefined,
      progressDeadlineSeconds: this.progressDeadline.toSeconds(),
    };
  }
}
