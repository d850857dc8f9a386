import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { brand, isEniAddOn } from '../internal/brands';
import { sortedUnique } from '../internal/util';
import type { ModelBuilder } from '../model/builder';
import { addModelContribution } from '../model/contributions';
import { EdgeCluster } from '../topology/edge-cluster';
import type { INodeUnit } from '../topology/node-unit';
import { addModelChecks } from '../validation/model-checks';
import { SECRET_VALUE, STRINGS, UNIT_REF, WORKLOAD } from '../validation/props/common-props';
import { checkProps, childPath, listOf, struct, workloadPath } from '../validation/props/prop-types';
import { addCrossClusterReferences } from '../validation/props/references';

/** The pod annotation that gives a pod an independent network card (plus flannel). */
export const ENI_ANNOTATION = 'tke.cloud.tencent.com/networks';
/** Its value: the direct ENI first, flannel second. */
export const ENI_NETWORKS = 'tke-direct-eni,flannel';

/**
 * Where an ENI workload may run.
 */
export interface EniOptions {
  /**
   * Run on the nodes of these units (all must be CVM nodes).
   * @default - none; give `nodes` instead
   */
  readonly nodeUnits?: INodeUnit[];

  /**
   * Run on these nodes (names; each must be declared with a `cvmInstanceId`).
   * @default - none; give `nodeUnits` instead
   */
  readonly nodes?: string[];
}

/**
 * The TKE Edge ENI add-on's credentials: its API key pair, only as Secret references
 * (never values). The console installs the add-on; declaring it here records where
 * the key pair lives and lets ENI workloads be checked against it.
 */
export interface EniAddOnProps {
  /** The Tencent Cloud API SecretId, from a Secret. */
  readonly secretId: kplus.SecretValue;
  /** The Tencent Cloud API SecretKey, from a Secret. */
  readonly secretKey: kplus.SecretValue;
}

/**
 * The TKE Edge ENI (independent network card) add-on, declared by its key pair's
 * Secret references. Emits nothing (the add-on is installed from the console or API).
 */
export class EniAddOn extends Construct {
  /** Finds the EniAddOn declared in a cluster, if any. */
  public static find(cluster: EdgeCluster): EniAddOn | undefined {
    return cluster.node.findAll().find(isEniAddOn);
  }

  /** Reference to the SecretId. */
  public readonly secretId: kplus.SecretValue;
  /** Reference to the SecretKey. */
  public readonly secretKey: kplus.SecretValue;

  public constructor(scope: Construct, id: string, props: EniAddOnProps) {
    checkProps(childPath(scope, id), 'EniAddOn', props, { secretId: SECRET_VALUE, secretKey: SECRET_VALUE }, ['secretId', 'secretKey']);
    super(scope, id);
    brand(this, 'eniAddOn');
    EdgeCluster.enclosing(this);
    this.secretId = props.secretId;
    this.secretKey = props.secretKey;
  }

  /**
   * Adds the add-on to the topology model (SE-E05 asks whether it is declared).
   * @internal
   */
  public _contributeToModel(builder: ModelBuilder): void {
    builder.addAddOn({ origin: this.node.path, kind: 'eni' });
  }
}

/**
 * Gives a workload's pods a Tencent Cloud independent network card (ENI). TKE Edge, CVM
 * nodes only.
 */
export class Eni {
  /**
   * Opts a workload (cdk8s-plus Deployment, StatefulSet, Pod, ... or a grid) into ENI:
   * the pod annotation `tke.cloud.tencent.com/networks: tke-direct-eni,flannel` and a
   * required node affinity on `kubernetes.io/hostname` to the CVM nodes given. Nodes
   * that are not CVM instances are refused (SE-E01).
   */
  public static enable(workload: kplus.AbstractPod, options: EniOptions): void {
    checkProps(workloadPath(workload, 'Eni.enable()'), 'Eni.enable()', { workload, options }, {
      workload: WORKLOAD,
      options: struct('EniOptions ({ nodeUnits, nodes })', { nodeUnits: listOf(UNIT_REF), nodes: STRINGS }),
    }, ['workload', 'options']);
    const cluster = EdgeCluster.enclosing(workload);
    const units = [...(options.nodeUnits ?? [])];
    const names = Eni.targetNodes(units, options.nodes ?? []);
    workload.podMetadata.addAnnotation(ENI_ANNOTATION, ENI_NETWORKS);
    const scheduling = (workload as any).scheduling as kplus.PodScheduling | undefined;
    if (names.length > 0 && scheduling) {
      scheduling.attract(kplus.Node.labeled(kplus.NodeLabelQuery.in('kubernetes.io/hostname', names)));
    }
    addModelContribution(workload, builder => addCrossClusterReferences(builder, workload, `"${workload.node.id}"`,
      units.map(u => ({ prop: 'Eni.enable() nodeUnits', kind: 'NodeUnit', name: u.unitName, target: u }))));
    const canPin = scheduling !== undefined;
    addModelContribution(workload, builder => builder.addWorkload({
      id: workload.node.path,
      origin: workload.node.path,
      name: workload.node.id,
      containers: [],
      eni: { pinnedNodes: names, targetNodes: Eni.targetNodes(units, options.nodes ?? []), canPin },
    }));
    addModelChecks(workload, cluster);
  }

  private static targetNodes(units: INodeUnit[], nodes: string[]): string[] {
    const fromUnits = units.flatMap(u => u.knownNodeNames ?? []);
    return sortedUnique([...fromUnits, ...nodes]);
  }

  private constructor() {}
}
