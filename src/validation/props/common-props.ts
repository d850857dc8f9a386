/**
 * Prop types several constructs share: labels, selectors, taints, resources, Secret
 * references, containers, metadata, and references to units and groups. Imports no
 * construct (references are recognized by what they carry). Internal.
 */
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { allOf, enumOf, listOf, mapOf, NUMBER, objectOf, PropType, STRING, struct } from './prop-types';
import { SelectorOperator } from '../../topology/selectors';

/** Labels, annotations, env maps: string values. */
export const STRING_MAP = mapOf(STRING);
/** A list of strings. */
export const STRINGS = listOf(STRING);

/** A label selector. */
export const LABEL_SELECTOR = struct('a LabelSelector ({ matchLabels } and/or { matchExpressions })', {
  matchLabels: STRING_MAP,
  matchExpressions: listOf(struct('a SelectorRequirement ({ key, operator, values })', {
    key: STRING,
    operator: enumOf('SelectorOperator', SelectorOperator as any),
    values: STRINGS,
  }, ['key', 'operator'])),
});

/** A node taint. */
export const TAINT = struct('a NodeTaint ({ key, effect, value })', {
  key: STRING,
  value: STRING,
  effect: enumOf('kplus.TaintEffect', kplus.TaintEffect as any),
}, ['key', 'effect']);

/** A reference to a Secret key. */
export const SECRET_VALUE = struct('a SecretValue ({ secret: kplus.Secret.fromSecretName(...), key })', {
  secret: objectOf('an ISecret (e.g. kplus.Secret.fromSecretName(scope, id, name))', v => typeof v.name === 'string'),
  key: STRING,
}, ['secret', 'key']);

const CPU = objectOf('a Cpu (e.g. kplus.Cpu.millis(100))', v => 'amount' in v);
// A Size of a number (NaN and Infinity are refused at synthesis, SE-M04); cdk8s-plus crashes on Size.mebibytes(null).
const SIZE = objectOf('a Size of a number (e.g. Size.mebibytes(64))', v => typeof v.toMebibytes === 'function' && typeof v.amount === 'number');

/** Container resources (requests and limits). */
export const RESOURCES = struct('a ContainerResources ({ cpu, memory, ephemeralStorage })', {
  cpu: struct('CpuResources ({ request, limit })', { request: CPU, limit: CPU }),
  memory: struct('MemoryResources ({ request, limit })', { request: SIZE, limit: SIZE }),
  ephemeralStorage: struct('EphemeralStorageResources ({ request, limit })', { request: SIZE, limit: SIZE }),
});

const ENV_VALUE = objectOf('an EnvValue of a string (e.g. kplus.EnvValue.fromValue("x"))',
  v => ('value' in v || 'valueFrom' in v) && (v.value === undefined || typeof v.value === 'string'));

/** A container, as far as the library reads it (cdk8s-plus checks the rest). */
export const CONTAINER = struct('a ContainerProps ({ image, ... })', {
  image: STRING,
  name: STRING,
  portNumber: NUMBER,
  ports: listOf(struct('a ContainerPort ({ number })', { number: NUMBER, name: STRING, hostPort: NUMBER }, ['number'])),
  command: STRINGS,
  args: STRINGS,
  workingDir: STRING,
  envVariables: mapOf(ENV_VALUE),
  resources: RESOURCES,
}, ['image']);

/**
 * Labels or annotations that go through cdk8s' own metadata rendering, which fails on
 * the key `constructor` ("can't render non-simple object"): refused here, with a path.
 */
export const CDK8S_METADATA_MAP: PropType = {
  expected: STRING_MAP.expected,
  check: (v, where) => {
    const problems = STRING_MAP.check(v, where);
    if (problems.length > 0 || v === null || typeof v !== 'object') return problems;
    return Object.prototype.hasOwnProperty.call(v, 'constructor')
      ? [`${where} has the key "constructor": it must be another key (cdk8s cannot render metadata with that key)`]
      : [];
  },
};

/** Object metadata (labels, annotations, namespace). */
export const METADATA = struct('an ApiObjectMetadata ({ namespace, labels, annotations })', {
  name: STRING,
  namespace: STRING,
  labels: CDK8S_METADATA_MAP,
  annotations: CDK8S_METADATA_MAP,
});

/** A NodeUnit, KinsUnit or unit reference. */
export const UNIT_REF = objectOf('a NodeUnit (or NodeUnit.fromName(...))', v => Construct.isConstruct(v) && typeof (v as any).unitName === 'string');
/** A NodeGroup or group reference. */
export const GROUP_REF = objectOf('a NodeGroup (or NodeGroup.fromName(...))', v => Construct.isConstruct(v) && typeof (v as any).groupName === 'string');
/** A ServiceGrid. */
export const SERVICE_GRID_REF = objectOf('a ServiceGrid', v => Construct.isConstruct(v) && typeof (v as any).serviceName === 'string' && typeof (v as any).gridName === 'string');
/** A Duration (whole seconds). */
export const DURATION = objectOf('a Duration of whole seconds (e.g. Duration.seconds(30))', v => {
  try {
    return typeof v.toSeconds === 'function' && Number.isSafeInteger(v.toSeconds()) && v.toSeconds() >= 0;
  } catch {
    return false;
  }
});

/** A Service port. */
export const SERVICE_PORT = struct('a ServicePort ({ port, targetPort, name })', {
  port: NUMBER,
  targetPort: NUMBER,
  nodePort: NUMBER,
  name: STRING,
  protocol: enumOf('kplus.Protocol', kplus.Protocol as any),
}, ['port']);

/** A workload the add-ons attach to (a grid, or a cdk8s-plus Deployment, Pod, ...). */
export const WORKLOAD: PropType = allOf('a workload (a grid or a cdk8s-plus Deployment, StatefulSet, Job, Pod, ...)',
  objectOf('a construct', v => Construct.isConstruct(v)),
  objectOf('a workload (a grid or a cdk8s-plus Deployment, StatefulSet, Job, Pod, ...)', v => Array.isArray(v.containers) && typeof v.podMetadata === 'object'));

