import { Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { KinsUnitChart } from './kins-unit-chart';
import { AutonomyLevel, NodeTaint, NodeUnit, NodeUnitProps } from './node-unit';
import type { ModelKins } from '../model/types';
import { KINS_TAINT_KEY } from '../superedge/labels';
import { SECRET_VALUE } from '../validation/props/common-props';
import { checkProps, childPath, enumOf, STRING } from '../validation/props/prop-types';

// Controller facts, defined in src/superedge and re-exported here for existing imports.
export { KINS_TAINT_KEY };
/** Annotation on a Kins NodeUnit that points at the public-access password Secret. */
export const KINS_PASSWORD_SECRET_ANNOTATION = 'cdk8s-superedge.io/public-access-password-secret';

/**
 * How a Kins unit cluster is run.
 */
export enum KinsMode {
  /** One K3s master (autonomy level L4, sqlite in the docs). Any unit with at least one node. */
  SINGLE_MASTER = 'L4',
  /** Three K3s masters, HA (autonomy level L5, embedded etcd). Units with at least three nodes. */
  THREE_MASTERS = 'L5',
}

/**
 * Properties of a KinsUnit.
 */
export interface KinsUnitProps extends NodeUnitProps {
  /**
   * Single master or three masters.
   * @default KinsMode.SINGLE_MASTER
   */
  readonly mode?: KinsMode;

  /**
   * The K3s image (`unitClusterInfo.parameters.k3s-image`).
   * @default - the controller's default, ccr.ccs.tencentyun.com/tkeedge/k3s:v1.22.6-revison-1
   */
  readonly k3sImage?: string;

  /**
   * The CRI-wrapper image (`criw-image`).
   * @default - the controller's default, ccr.ccs.tencentyun.com/tkeedge/cri-w:v0.1.0
   */
  readonly criwImage?: string;

  /**
   * The unit cluster's service CIDR (`service-cidr`); its last address becomes the
   * unit cluster's DNS. An unparsable value is silently ignored upstream, so it is an
   * error here.
   * @default - 26.0.0.0/16
   */
  readonly serviceCidr?: string;

  /**
   * The unit cluster's NodePort range (`node-port-range`), `low-high`.
   * @default - 40000-41000
   */
  readonly nodePortRange?: string;

  /**
   * The password protecting public access to the unit cluster through the cloud proxy,
   * as a reference to a Secret key; the value never appears in a manifest. The
   * reference is recorded as an annotation on the NodeUnit for the platform tooling.
   * @default - no public access
   */
  readonly publicAccessPassword?: kplus.SecretValue;

  /**
   * The GitOps wave of the unit cluster's own objects (`unitChart`): with
   * `GitOpsLayout`, targets of a wave are delivered after those of every lower wave
   * (Argo CD rolling sync steps, Flux `dependsOn`). A whole number of at least 0.
   * @default - the wave of its EdgeCluster
   */
  readonly wave?: number;

  /**
   * The unit cluster's name as a GitOps target: the Argo CD destination name (the
   * cluster as registered in Argo CD), the Application and Flux Kustomization name,
   * and its folder `kins/<name>` in a `GitOpsLayout`. A DNS label of at most 63
   * characters.
   * @default - `<cluster's gitOpsName>-<unit name>`
   */
  readonly gitOpsName?: string;
}

/**
 * A site promoted to an independent K3s cluster that keeps running offline (Kins):
 * a NodeUnit with autonomy level L4 or L5.
 *
 * Needs Kubernetes 1.22 and containerd. Every node of the unit is tainted
 * `kins:NoSchedule` (written here too, as the controller would): workloads from the
 * parent cluster meant to run on it need the toleration, see `allowOn()`.
 * To delete such a unit, first downgrade it to a normal NodeUnit.
 */
export class KinsUnit extends NodeUnit {
  /** The mode. */
  public readonly mode: KinsMode;
  /** The K3s image, if set. */
  public readonly k3sImage?: string;
  /** The CRI-wrapper image, if set. */
  public readonly criwImage?: string;
  /** The unit cluster's service CIDR, if set. */
  public readonly serviceCidr?: string;
  /** The NodePort range, if set. */
  public readonly nodePortRange?: string;
  /** The public-access password reference, if set. */
  public readonly publicAccessPassword?: kplus.SecretValue;
  /** The GitOps wave, if set (`GitOpsLayout` falls back to the cluster's). */
  public readonly wave?: number;
  /** The GitOps target name, if set (`GitOpsLayout` documents the default). */
  public readonly gitOpsName?: string;
  private _unitChart?: KinsUnitChart;

  public constructor(scope: Construct, id: string, props: KinsUnitProps = {}) {
    checkProps(childPath(scope, id), 'KinsUnit', props, KINS_PROPS);
    super(scope, id, props);
    this.mode = props.mode ?? KinsMode.SINGLE_MASTER;
    this.k3sImage = props.k3sImage;
    this.criwImage = props.criwImage;
    this.serviceCidr = props.serviceCidr;
    this.nodePortRange = props.nodePortRange;
    this.publicAccessPassword = props.publicAccessPassword;
    this.wave = props.wave;
    this.gitOpsName = props.gitOpsName;
  }

  /** @internal */
  public _kinsFacts(): ModelKins | undefined {
    return { serviceCidr: this.serviceCidr, nodePortRange: this.nodePortRange };
  }

  /**
   * A chart whose objects are applied inside this unit's own K3s cluster (Kubernetes
   * 1.22), never into the parent cluster: they are left out of the parent's output file
   * and kustomize tree. `app.synth()` writes it to a file of its own; `GitOpsLayout`
   * makes it a target of its own (`kins/<gitOpsName>`). Created on first access: a
   * unit that never asks for it has no such chart and is no GitOps target.
   */
  public get unitChart(): Chart {
    if (!this._unitChart) this._unitChart = new KinsUnitChart(this, 'UnitChart');
    return this._unitChart;
  }

  /** L4 for a single master, L5 for three. */
  public get autonomyLevel(): AutonomyLevel {
    return this.mode === KinsMode.THREE_MASTERS ? AutonomyLevel.L5 : AutonomyLevel.L4;
  }

  /**
   * Lets a workload's pods run on this unit's nodes: adds the `kins:NoSchedule`
   * toleration.
   */
  public allowOn(pod: kplus.Workload): void {
    pod.scheduling.tolerate(kplus.Node.tainted(kplus.NodeTaintQuery.exists(KINS_TAINT_KEY, { effect: kplus.TaintEffect.NO_SCHEDULE })));
  }

  protected extraTaints(): NodeTaint[] {
    return [{ key: KINS_TAINT_KEY, effect: kplus.TaintEffect.NO_SCHEDULE }];
  }

  protected extraSpec(): { [key: string]: any } {
    const parameters: { [key: string]: string } = {};
    if (this.k3sImage) parameters['k3s-image'] = this.k3sImage;
    if (this.criwImage) parameters['criw-image'] = this.criwImage;
    if (this.serviceCidr) parameters['service-cidr'] = this.serviceCidr;
    if (this.nodePortRange) parameters['node-port-range'] = this.nodePortRange;
    return {
      unitClusterInfo: {
        // Never read by the controller (it is only described in the CRD); written as its description says.
        storageType: this.mode === KinsMode.THREE_MASTERS ? 'etcd' : 'sqlite',
        parameters: Object.keys(parameters).length > 0 ? parameters : undefined,
      },
    };
  }

  protected extraAnnotations(): { [key: string]: string } {
    const p = this.publicAccessPassword;
    if (!p) return {};
    return { [KINS_PASSWORD_SECRET_ANNOTATION]: `${p.secret.name}/${p.key}` };
  }
}

/** The types of the Kins props (NodeUnit checks the others), for callers TypeScript does not check. */
const KINS_PROPS = {
  mode: enumOf('KinsMode', KinsMode),
  k3sImage: STRING,
  criwImage: STRING,
  serviceCidr: STRING,
  nodePortRange: STRING,
  publicAccessPassword: SECRET_VALUE,
};
