/**
 * fast-check generators of whole topologies (plans) over every construct and prop:
 * mostly valid values, plus typos, hostile strings (names JavaScript objects inherit,
 * line breaks, unicode, 253 characters) and what a JavaScript or Python caller can pass
 * that TypeScript would stop (null, undefined, numbers for strings, strings for
 * numbers, NaN, Infinity, unknown enum strings, undefined in lists).
 *
 * A plan is plain data: references between constructs are indexes, and values that
 * plain data cannot hold (a cyclic object, a Size, a Secret reference) are tokens
 * (`{ $: 'cyclic' }`, ...) that `build.ts` turns into the real thing. So a failing plan
 * prints readably and shrinks.
 */
import * as fc from 'fast-check';

/** The marker planted in every secret the generators pass (URL userinfo): it must never reach the output. */
export const SECRET_MARKER = 's3cr3t';

type Arb<T = unknown> = fc.Arbitrary<T>;

/**
 * How often a prop gets a hostile value, against 20 for a valid one, while
 * `topologies()` builds its generators (0: valid values only).
 */
let hostileWeight = 1;

/** Mostly `valid`, sometimes (see `hostileWeight`) one of `hostile`. */
function mostly<T>(valid: Arb<T>, ...hostile: unknown[]): Arb<unknown> {
  if (hostile.length === 0 || hostileWeight === 0) return valid;
  return fc.oneof({ weight: 20, arbitrary: valid as Arb<unknown> }, { weight: hostileWeight, arbitrary: fc.constantFrom(...hostile) });
}

/** An optional prop: absent (undefined) about a third of the time. */
function opt(a: Arb<unknown>): Arb<unknown> {
  return fc.option(a, { nil: undefined, freq: 3 });
}

/** An optional feature that conflicts easily with others: absent five times in six. */
function rare(a: Arb<unknown>): Arb<unknown> {
  return fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: a });
}

/** Values a JavaScript or Python caller can pass where TypeScript wants a string. */
export const NOT_STRINGS: unknown[] = [null, 5, NaN, true, {}, []];
/** Values a JavaScript or Python caller can pass where TypeScript wants a number. */
export const NOT_NUMBERS: unknown[] = [null, NaN, Infinity, -Infinity, -1, 80.5, '80', 2 ** 31, {}];

/** Names JavaScript objects inherit, and other names that break naive lookups. */
export const INHERITED_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

const LONG_253 = `${'a'.repeat(61)}.${'b'.repeat(61)}.${'c'.repeat(61)}.${'d'.repeat(61)}.e`; // 249 + ... = 253 characters
/** Hostile strings for any name. */
export const HOSTILE_NAMES = [
  ...INHERITED_NAMES, 'Beijing', 'bei jing', 'bj\nsh', 'bj\r\nsh', '北京', '', 'a'.repeat(64), LONG_253, '-bad', 'bad-',
  'a/b', 'default', 'unit-node-all', 'kins', '10.1.2.3', 'a.b', 'x_y',
];

const SITE = fc.constantFrom('beijing', 'guangzhou', 'shanghai', 'sz-1', 'edge-a', 'constructor', 'kins-a', 'cd');
/** Construct ids (constructs 10 itself cannot hold a child named like an inherited key, e.g. 'constructor'). */
const SITE_ID = fc.constantFrom('beijing', 'guangzhou', 'shanghai', 'sz-1', 'edge-a', 'kins-a', 'cd');
const NODE = fc.constantFrom('bj-1', 'bj-2', 'gz-1', 'gz-2', 'gz-3', 'n.a', 'k-1', 'k-2', 'k-3', 'constructor');
const IMAGE = fc.constantFrom('nginx:1.25', 'postgres:16', 'registry.example.com/app@sha256:' + 'a'.repeat(64));
const LABEL_KEY = fc.constantFrom('app', 'zone', 'topology.kubernetes.io/zone', 'team', 'tier');
const LABEL_VALUE = fc.constantFrom('web', 'a', '', 'v1.2', 'edge');
const NAMESPACE = fc.constantFrom('apps', 'edge-system', 'kube-system', 'default');
/** Pod, Service and other CIDRs from disjoint pools (an overlap is a typo among the hostile values). */
const POD_CIDR = fc.constantFrom('10.33.0.0/16', '10.36.0.0/14');
const SERVICE_CIDR = fc.constantFrom('10.44.0.0/16', '192.168.0.0/16');
const OTHER_CIDR = fc.constantFrom('172.16.0.0/16', '172.20.0.0/16', '9.10.0.0/16');
const PORT = fc.constantFrom(80, 443, 8080, 5432, 65535, 1);

/** The generator of whole topologies whose props are hostile `weight` times in 20 + `weight`. */
function topologies(weight: number) {
  hostileWeight = weight;
  const name = (valid: Arb<string>) => mostly(valid, ...HOSTILE_NAMES, ...NOT_STRINGS);
  const port = mostly(PORT, 80.5, '80', NaN, 0, 70000, -1, Infinity, null);
  const replicas = mostly(fc.constantFrom(0, 1, 3), -1, 1.5, NaN, 2 ** 31, '3', null, Infinity);
  const namespace = mostly(NAMESPACE, 'apps_1', 'kube system', '', 'Edge', 'a'.repeat(64), 'bj\nsh', '__proto__', ...NOT_STRINGS);
  const cidrOf = (pool: Arb<string>) => mostly(pool, '10.0.0.0/33', 'bogus', '', '10.1.2.3', ' 10.33.0.0/16', '10.0.0.0/8', ...NOT_STRINGS);
  const cidr = cidrOf(OTHER_CIDR);

  /** A key-value map given as entries, so that `__proto__` can be an own key (as JSON from Python gives). */
  function labels(key: Arb<unknown>, value: Arb<unknown>, minLength = 0, token = 'map'): Arb<unknown> {
    return mostly(fc.array(fc.tuple(key, value), { minLength, maxLength: 3 }).map(entries => ({ $: token, entries })), null, 'app=web', 5);
  }

  const labelKey = mostly(LABEL_KEY, 'Bad Key!', '', 'a/b/c', '__proto__', 'constructor', 'toString', 'x'.repeat(64), 'line\nbreak', 'example.com/', '/x');
  const labelValue = mostly(LABEL_VALUE, 'bad value', 'x'.repeat(64), 5, null, undefined, 'l\nb', '-x', { $: 'cyclic' });
  const annotationValue = mostly(fc.constantFrom('note', '', 'multi\nline is fine', '{"json":true}'), 5, null, true, { $: 'cyclic' }, {});
  const labelMap = labels(labelKey, labelValue);
  const annotationMap = labels(mostly(LABEL_KEY, 'Bad Key!', '', '__proto__'), annotationValue);

  function enumOf(...values: string[]): Arb<unknown> {
    return mostly(fc.constantFrom(...values), 'bogus', '', 'EDGE', null, 5);
  }

  const selector = mostly(fc.record({
    matchLabels: labels(labelKey, labelValue, 1),
    matchExpressions: opt(fc.array(fc.record({
      key: labelKey,
      operator: enumOf('In', 'NotIn', 'Exists', 'DoesNotExist'),
      values: opt(mostly(fc.array(mostly(LABEL_VALUE, undefined, null, 5), { maxLength: 2 }), 'web', null)),
    }, { requiredKeys: ['key', 'operator'] }), { maxLength: 2 })),
  }, { requiredKeys: [] }), null, 'app=web', [], {});

  const taint = mostly(fc.record({
    key: mostly(fc.constantFrom('dedicated', 'kins', 'team'), 'Bad Key!', '', null, 5),
    value: opt(mostly(fc.constantFrom('edge', 'gpu', ''), 'bad value', 5, null)),
    effect: mostly(fc.constantFrom('PreferNoSchedule', 'NoExecute'), 'NoSchedule', 'bogus', '', null, 5, undefined),
  }, { requiredKeys: ['key'] }), null, 'dedicated=edge:NoExecute', undefined);

  const edgeNode = fc.record({
    name: mostly(fc.constantFrom('e-1', 'e-2', 'e-3'), 'bj-1', ...HOSTILE_NAMES, ...NOT_STRINGS),
    architecture: opt(enumOf('amd64', 'arm64', 'arm')),
    defaultInterface: opt(mostly(fc.constantFrom('eth0', 'ens5'), 5, null)),
    networkCidr: opt(cidr),
    gpu: rare(mostly(fc.boolean(), 'yes', 1, null)),
    cvmInstanceId: opt(mostly(fc.constantFrom('ins-1a2b3c4d', 'ins-99'), '', 5, null)),
  }, { requiredKeys: ['name'] });

  const unitProps = {
    name: rare(name(SITE)),
    nodes: opt(mostly(fc.uniqueArray(mostly(NODE, ...HOSTILE_NAMES, undefined, null, 5), { maxLength: 4 }), 'bj-1', null, 5, ['bj-1', 'bj-1'])),
    edgeNodes: rare(mostly(fc.uniqueArray(mostly(edgeNode, undefined, null, 'bj-1'), { maxLength: 3, selector: (n: any) => n?.name }), null)),
    selector: rare(selector),
    type: opt(enumOf('edge', 'cloud', 'master', 'other')),
    nodeLabels: opt(labelMap),
    nodeAnnotations: opt(annotationMap),
    nodeTaints: rare(mostly(fc.array(taint, { maxLength: 1 }), null, {}, [{ key: 'a', effect: 'NoExecute' }, { key: 'b', effect: 'NoExecute' }])),
    unschedulable: opt(mostly(fc.boolean(), 'yes', 1, null)),
    unitLabels: opt(labelMap),
    edgeHealth: opt(mostly(fc.boolean(), 'yes', null)),
  };

  /** What is added to a unit after it is declared: addNode(), addNodeLabel(), addNodeTaint(). */
  const unitLater = rare(fc.record({
    nodes: opt(fc.array(mostly(NODE, ...HOSTILE_NAMES, undefined, null, 5), { maxLength: 2 })),
    labels: opt(fc.array(fc.tuple(labelKey, labelValue), { maxLength: 2 })),
    taints: opt(fc.array(taint, { maxLength: 1 })),
  }, { requiredKeys: [] }));

  const unit = fc.oneof(
    { weight: 8, arbitrary: fc.record({ kind: fc.constant('unit'), id: SITE_ID, props: fc.record(unitProps, { requiredKeys: [] }), later: unitLater }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('kins'),
        id: SITE_ID,
        props: fc.record({
          ...unitProps,
          mode: opt(enumOf('L4', 'L5')),
          k3sImage: opt(mostly(IMAGE, 5, null, '')),
          criwImage: opt(mostly(IMAGE, 5, null)),
          serviceCidr: opt(cidr),
          nodePortRange: opt(mostly(fc.constantFrom('40000-41000', '30000-32767'), '41000-40000', '0-70000', 'a-b', 5, null)),
          publicAccessPassword: opt(mostly(fc.constant({ $: 'secret', name: 'kins-pw', key: 'password' }), null, SECRET_MARKER)),
        }, { requiredKeys: [] }),
        later: unitLater,
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('ref'), id: SITE_ID, name: name(SITE) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('all'), id: fc.constant('all-nodes') }) },
  );

  /** An index into a list of constructs of the plan, `-1` for one in another EdgeCluster, or a JS hostile value. */
  const ref = mostly(fc.nat(7), -1, null, undefined, -1);
  const refs = mostly(fc.array(fc.nat(7), { maxLength: 4 }), [0, null], [undefined], null, [-1]);

  const group = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('group'),
        id: fc.constantFrom('location', 'zone-group', 'region'),
        props: fc.record({
          name: opt(name(fc.constantFrom('location', 'region', 'constructor'))),
          unitSelector: rare(selector),
          autoFindNodeKeys: rare(mostly(fc.array(mostly(LABEL_KEY, 'Bad Key!', '', null, 5), { maxLength: 2 }), null, 'zone')),
        }, { requiredKeys: [] }),
        units: opt(refs),
        addUnits: opt(fc.array(fc.nat(7), { maxLength: 2 })),
      }, { requiredKeys: ['kind', 'id', 'props'] }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('ref'), id: fc.constantFrom('elsewhere', 'location'), name: name(fc.constant('elsewhere')) }) },
  );

  const size = mostly(fc.constantFrom(64, 128, 256), NaN, -1, Infinity, 0.5, null);
  const millis = mostly(fc.constantFrom(50, 100, 500), NaN, -1, Infinity, 0.5, null);
  const resources = mostly(fc.record({
    cpu: opt(fc.record({ request: opt(fc.record({ $: fc.constant('cpu'), n: millis })), limit: opt(fc.record({ $: fc.constant('cpu'), n: millis })) }, { requiredKeys: [] })),
    memory: opt(fc.record({ request: opt(fc.record({ $: fc.constant('mib'), n: size })), limit: opt(fc.record({ $: fc.constant('mib'), n: size })) }, { requiredKeys: [] })),
  }, { requiredKeys: [] }), null, 'small');

  const container = mostly(fc.record({
    image: mostly(IMAGE, '', 5, null, undefined, 'ngi nx'),
    name: opt(mostly(fc.constantFrom('main', 'web', 'sidecar'), 'Bad_Name', '', 5, null, 'main')),
    portNumber: opt(port),
    resources: opt(resources),
    // Env order is meaningful ($(VAR) references): declared in the same order both times.
    envVariables: opt(labels(mostly(fc.constantFrom('MODE', 'LEVEL'), '', 5), mostly(fc.constantFrom('prod', ''), 5, null).map(v => ({ $: 'env', v })), 0, 'orderedMap')),
  }, { requiredKeys: ['image'] }), null, undefined, 'nginx:1.25');

  const metadata = mostly(fc.record({
    namespace: opt(namespace),
    labels: opt(labelMap),
    annotations: opt(annotationMap),
  }, { requiredKeys: [] }), null, 'apps');

  const override = fc.record({
    unit: ref,
    changes: mostly(fc.record({
      replicas: opt(replicas),
      image: opt(mostly(IMAGE, '', 5, null)),
      env: opt(labels(mostly(fc.constantFrom('MODE', 'LEVEL'), '', 5), mostly(fc.constantFrom('canary', ''), 5, null))),
      resources: opt(resources),
      containerName: opt(mostly(fc.constantFrom('main', 'web', 'nope'), 5, null, '')),
      templateName: opt(name(fc.constantFrom('canary', 'site-a'))),
    }, { requiredKeys: [] }), null, {}),
  });

  const proxy = fc.record({
    proxyUrl: opt(mostly(fc.constantFrom('http://tunnel-cloud.edge-system.svc.cluster.local:8080', 'https://proxy:3128', 'http://proxy'),
      `http://${SECRET_MARKER}-token@proxy:8080`, `http://user:${SECRET_MARKER}@proxy:8080`, `https://${SECRET_MARKER}:@proxy`,
      'ftp://proxy', 'proxy:8080', 'http://proxy:99999', 'http://pro xy', 'http://proxy\n', '', 5, null)),
    noProxy: opt(mostly(fc.array(mostly(fc.constantFrom('.example.com', '10.0.0.0/8', 'db'), `http://${SECRET_MARKER}@x`, '', 5, null, undefined), { maxLength: 2 }), null, 'db')),
  }, { requiredKeys: [] });

  const grid = fc.record({
    kind: fc.constantFrom('deployment', 'statefulset'),
    id: fc.constantFrom('nginx', 'web', 'db', 'api'),
    group: ref,
    serviceGrid: ref,
    props: fc.record({
      name: opt(name(fc.constantFrom('nginx', 'web', 'pg', 'constructor'))),
      replicas: opt(replicas),
      containers: mostly(fc.array(container, { minLength: 1, maxLength: 2 }), null, [undefined], [], undefined),
      metadata: opt(metadata),
      podMetadata: opt(fc.record({ labels: opt(labelMap), annotations: opt(annotationMap) }, { requiredKeys: [] })),
      spread: opt(mostly(fc.boolean(), 'yes', null)),
      gridCrd: opt(enumOf('upstream', 'pool-metadata-preserved')),
      minReady: opt(fc.record({ $: fc.constant('seconds'), n: mostly(fc.constantFrom(0, 5), NaN, -1, null) })),
      progressDeadline: opt(fc.record({ $: fc.constant('seconds'), n: mostly(fc.constantFrom(600, 30), NaN, 0, -1, null) })),
      podManagementPolicy: opt(enumOf('OrderedReady', 'Parallel')),
    }, { requiredKeys: ['containers'] }),
    overrides: rare(fc.array(override, { maxLength: 2 })),
    addContainers: rare(fc.array(container, { maxLength: 1 })),
    crossRegion: opt(proxy),
    eni: rare(fc.record({ nodeUnits: opt(refs), nodes: opt(mostly(fc.array(NODE, { maxLength: 2 }), null, [undefined])) }, { requiredKeys: [] })),
    gpu: rare(refs),
  }, { requiredKeys: ['kind', 'id', 'group', 'serviceGrid', 'props'] });

  const servicePort = mostly(fc.record({
    port,
    targetPort: opt(port),
    name: opt(mostly(fc.constantFrom('http', 'https', 'pg'), 'Bad Name', '', 5, null)),
    protocol: opt(enumOf('TCP', 'UDP')),
    nodePort: opt(mostly(fc.constantFrom(30080), 80.5, -1, '30080')),
  }, { requiredKeys: ['port'] }), null, undefined, 80);

  const serviceGrid = fc.record({
    id: fc.constantFrom('nginx-service', 'db-service', 'svc'),
    group: ref,
    selector: opt(ref),
    props: fc.record({
      name: opt(name(fc.constantFrom('nginx', 'db', 'web'))),
      // Several ports need distinct names (SE-S06 otherwise): mostly so, sometimes not.
      ports: mostly(fc.uniqueArray(servicePort, { minLength: 1, maxLength: 2, selector: (p: any) => p?.name ?? 'unnamed' }), null, [], undefined),
      type: opt(enumOf('ClusterIP', 'NodePort', 'LoadBalancer')),
      clusterIp: opt(mostly(fc.constantFrom('10.44.0.10'), 'None', '', 5, null)),
      metadata: opt(metadata),
    }, { requiredKeys: [] }),
    addPorts: rare(fc.array(servicePort, { maxLength: 1 })),
  }, { requiredKeys: ['id', 'group', 'props'] });

  const ingressRule = mostly(fc.record({
    host: opt(mostly(fc.constantFrom('shop.example.com', '*.example.com', 'test.k8s.io'), '10.1.2.3', 'Shop.Example.com', 'shop.example.com:80', '', 'a b', 5, null, '::1')),
    path: opt(mostly(fc.constantFrom('/', '/api', '/echo'), 'api', '', 5, null, '/a\nb')),
    pathType: opt(enumOf('Prefix', 'Exact', 'ImplementationSpecific')),
    serviceGrid: opt(ref),
    serviceName: opt(mostly(fc.constantFrom('web', 'db'), 'Web', '', 5, null)),
    port,
  }, { requiredKeys: ['port'] }), null, undefined);

  const ingress = fc.record({
    id: fc.constantFrom('echo', 'shop'),
    units: refs,
    props: fc.record({
      rules: opt(mostly(fc.array(ingressRule, { maxLength: 3 }), null)),
      tls: opt(mostly(fc.array(fc.record({ hosts: mostly(fc.array(fc.constantFrom('shop.example.com'), { maxLength: 1 }), null, [null]), secret: fc.constant({ $: 'secretRef', name: 'shop-tls' }) }), { maxLength: 1 }), null)),
      name: opt(name(fc.constantFrom('echo', 'shop'))),
      namespace: opt(namespace),
      ingressClassPrefix: opt(mostly(fc.constantFrom('nginx-', 'edge-'), 'Bad_', '', 5, null)),
      controllerNamespace: opt(namespace),
      controllerNodes: rare(mostly(fc.array(mostly(NODE, null, undefined, 5), { maxLength: 3 }), null)),
      image: opt(mostly(IMAGE, '', 5, null)),
      resources: opt(resources),
      nginxConfig: opt(labels(mostly(fc.constantFrom('use-forwarded-headers', 'ssl-redirect'), '', 'Bad Key!'), mostly(fc.constantFrom('true', 'false'), 5, null, true))),
    }, { requiredKeys: [] }),
  }, { requiredKeys: ['id', 'units', 'props'] });

  const edgeHealth = fc.record({
    id: fc.constantFrom('edge-health', 'health'),
    checkUnits: opt(refs),
    props: fc.record({
      mode: opt(enumOf('off', 'all-nodes', 'units', 'no-eviction')),
      namespace: opt(namespace),
      name: opt(name(fc.constantFrom('edge-health', 'health'))),
      daemonSet: opt(mostly(fc.boolean(), 'yes', null)),
      image: opt(mostly(IMAGE, '', 5, null)),
      hmacKey: opt(mostly(fc.constant({ $: 'secret', name: 'edge-health-hmac', key: 'hmackey' }), null, SECRET_MARKER)),
      hmacSyncImage: opt(mostly(IMAGE, '', 5, null)),
      resources: opt(resources),
    }, { requiredKeys: [] }),
  }, { requiredKeys: ['id', 'props'] });

  const clusterProps = fc.record({
    clusterName: opt(mostly(fc.constantFrom('edge', 'prod-edge'), 'x'.repeat(51), 5, null, 'a\nb')),
    platform: opt(enumOf('superedge', 'tke-edge')),
    kubernetesVersion: opt(mostly(fc.constantFrom('1.22.5', '1.20.6', '1.18.2').map(v => ({ $: 'k8s', v })), { $: 'k8s', v: 'bogus' }, { $: 'k8s', v: 5 }, null, '1.22.5')),
    containerRuntime: opt(enumOf('docker', 'containerd')),
    podCidr: opt(cidrOf(POD_CIDR)),
    serviceCidr: opt(cidrOf(SERVICE_CIDR)),
    vpcCidr: opt(cidr),
    otherClusterCidrs: opt(mostly(fc.array(cidr, { maxLength: 2 }), null, '10.0.0.0/8')),
    nodeNetworks: opt(mostly(fc.array(cidr, { maxLength: 2 }), null, [undefined])),
    maxPodsPerNode: opt(mostly(fc.constantFrom(32, 64, 110), 0, -1, NaN, Infinity, '64', null, 2 ** 31)),
    kubeProxyMode: opt(enumOf('iptables', 'ipvs')),
    specification: opt(mostly(fc.constantFrom('L5', 'L20', 'L1000').map(v => ({ $: 'spec', v })), null, 'L5')),
    autoUpgradeSpecification: opt(mostly(fc.boolean(), 'yes', null)),
    warningsAsErrors: opt(mostly(fc.boolean(), 'yes', null)),
    namespace: opt(namespace),
    labels: opt(labelMap),
  }, { requiredKeys: [] });

  // A whole topology: one cluster (and sometimes constructs of another one it wrongly references).
  return fc.record({
    cluster: clusterProps,
    units: fc.array(unit, { minLength: 1, maxLength: 4 }),
    groups: fc.array(group, { minLength: 1, maxLength: 2 }),
    serviceGrids: fc.array(serviceGrid, { maxLength: 2 }),
    grids: fc.array(grid, { maxLength: 3 }),
    ingresses: fc.array(ingress, { maxLength: 1 }),
    edgeHealths: fc.oneof(
      { weight: 4, arbitrary: fc.array(edgeHealth, { maxLength: 1 }) },
      { weight: 1, arbitrary: fc.array(edgeHealth, { maxLength: 2 }) },
    ),
    eniAddOn: fc.boolean(),
    preview: fc.boolean(),
  });
}

/**
 * Topologies: a third with valid values only (so that synthesis and its output are
 * exercised), a third with a few hostile values, a third with many.
 */
export const plan = fc.oneof(topologies(0), topologies(1), topologies(5));

/** Topologies with valid values only. */
export const validPlan = topologies(0);

export type Plan = typeof plan extends fc.Arbitrary<infer T> ? T : never;
