import { arr, call, Expr, lit, obj, objOrUndefined, ref, Statement, sym } from './program';
import { bool, Json, list, num, rec, str, strs } from './read-json';

/**
 * Maps a pod spec (`template.spec`) onto cdk8s-plus props where they say the same
 * thing; what does not map is left for the JSON patches that the importer computes by
 * comparing the construct's output with the manifest.
 *
 * Where the manifest leaves a field to Kubernetes' default and cdk8s-plus would write
 * its own secure default instead (root allowed, writable root filesystem, service
 * account token mounted, image pull policy), the Kubernetes default is written, so the
 * imported pods run as they did.
 */
export interface PodMappingContext {
  /** A variable holding a reference to a Secret / ConfigMap / ServiceAccount / claim of that name. */
  secretRef(name: string): Expr;
  configMapRef(name: string): Expr;
  serviceAccountRef(name: string): Expr;
  claimRef(name: string): Expr;
  /** A fresh variable name and a fresh construct id. */
  variable(name: string, suffix: string): string;
  id(preferred: string, prefix: string): string;
}

/** What a pod spec maps to: props, and the volumes declared before the workload. */
export interface PodMapping {
  readonly props: { [key: string]: Expr | undefined };
  readonly statements: Statement[];
}

/** The AbstractPodProps entries (containers included) for a pod spec; `owner` names its volumes. */
export function podProps(spec: Json, ctx: PodMappingContext, owner: string): PodMapping {
  const containers = list(spec.containers).map(c => rec(c));
  const initContainers = list(spec.initContainers).map(c => rec(c));
  const allMappable = [...containers, ...initContainers].every(c => c && str(c.image));
  const vols = volumes(spec, [...containers, ...initContainers], ctx, owner);
  const mountsOf = (c: Json) => vols ? mounts(c, vols.byName) : undefined;
  const props = {
    containers: allMappable && containers.length > 0 ? arr(containers.map(c => containerProps(c!, ctx, mountsOf(c!)))) : undefined,
    initContainers: allMappable && initContainers.length > 0 ? arr(initContainers.map(c => containerProps(c!, ctx, mountsOf(c!)))) : undefined,
    volumes: vols && vols.order.length > 0 ? arr(vols.order.map(v => ref(v))) : undefined,
    serviceAccount: str(spec.serviceAccountName) ? ctx.serviceAccountRef(str(spec.serviceAccountName)!) : undefined,
    automountServiceAccountToken: lit(bool(spec.automountServiceAccountToken) ?? true),
    restartPolicy: enumOf('kplus.RestartPolicy', RESTART, spec.restartPolicy),
    hostNetwork: bool(spec.hostNetwork) ? lit(true) : undefined,
    terminationGracePeriod: num(spec.terminationGracePeriodSeconds) !== undefined
      ? call('Duration.seconds', lit(num(spec.terminationGracePeriodSeconds))) : undefined,
    securityContext: podSecurityContext(rec(spec.securityContext) ?? {}),
    dns: objOrUndefined({ policy: enumOf('kplus.DnsPolicy', DNS, spec.dnsPolicy) }),
  };
  return { props, statements: vols?.statements ?? [] };
}

const HOST_PATH: { [v: string]: string } = {
  DirectoryOrCreate: 'DIRECTORY_OR_CREATE',
  Directory: 'DIRECTORY',
  FileOrCreate: 'FILE_OR_CREATE',
  File: 'FILE',
  Socket: 'SOCKET',
  CharDevice: 'CHAR_DEVICE',
  BlockDevice: 'BLOCK_DEVICE',
};

/**
 * The pod's volumes as cdk8s-plus Volumes in variables, when every volume and every
 * mount maps (emptyDir, hostPath, a whole ConfigMap / Secret, a claim); else none, and
 * the patches keep them.
 */
function volumes(spec: Json, containers: Array<Json | undefined>, ctx: PodMappingContext, owner: string):
{ byName: Map<string, string>; order: string[]; statements: Statement[] } | undefined {
  const items = list(spec.volumes).map(rec);
  const factories: Array<[string, Expr[]]> = [];
  for (const v of items) {
    const f = v ? volumeFactory(v, ctx) : undefined;
    if (!f) return undefined;
    factories.push([str(v!.name)!, f]);
  }
  const names = new Set(factories.map(([n]) => n));
  const mountsMap = containers.every(c => list(c?.volumeMounts).map(rec).every(m => m && names.has(str(m.name) ?? '')
    && str(m.mountPath) && onlyKeys(m, ['name', 'mountPath', 'readOnly', 'subPath'])));
  if (!mountsMap || factories.length === 0) return undefined;
  const byName = new Map<string, string>();
  const statements: Statement[] = [];
  for (const [name, [fn, ...args]] of factories) {
    const variable = ctx.variable(`${owner}-${name}`, 'Volume');
    byName.set(name, variable);
    const id = ctx.id(`${owner}-${name}`, 'volume');
    statements.push({ kind: 'const', name: variable, value: call((fn as { sym: string }).sym, ref('cluster'), lit(id), ...args) });
  }
  return { byName, order: factories.map(([n]) => byName.get(n)!), statements };
}

/** [factory, ...arguments after scope and id] for one volume, or undefined when it does not map. */
function volumeFactory(v: Json, ctx: PodMappingContext): Expr[] | undefined {
  const name = str(v.name);
  if (!name || Object.keys(v).length !== 2) return undefined;
  const emptyDir = rec(v.emptyDir);
  const hostPath = rec(v.hostPath);
  const configMap = rec(v.configMap);
  const secret = rec(v.secret);
  const claim = rec(v.persistentVolumeClaim);
  if (emptyDir && Object.keys(emptyDir).length === 0) return [sym('kplus.Volume.fromEmptyDir'), lit(name)];
  if (emptyDir && onlyKeys(emptyDir, ['medium']) && emptyDir.medium === 'Memory') {
    return [sym('kplus.Volume.fromEmptyDir'), lit(name), obj({ medium: sym('kplus.EmptyDirMedium.MEMORY') })];
  }
  if (hostPath && str(hostPath.path) && onlyKeys(hostPath, ['path', 'type']) && (hostPath.type === undefined || HOST_PATH[str(hostPath.type) ?? ''])) {
    return [sym('kplus.Volume.fromHostPath'), lit(name), obj({
      path: lit(hostPath.path),
      type: hostPath.type !== undefined ? sym(`kplus.HostPathVolumeType.${HOST_PATH[str(hostPath.type)!]}`) : undefined,
    })];
  }
  if (configMap && str(configMap.name) && onlyKeys(configMap, ['name'])) {
    return [sym('kplus.Volume.fromConfigMap'), ctx.configMapRef(str(configMap.name)!), obj({ name: lit(name) })];
  }
  if (secret && str(secret.secretName) && onlyKeys(secret, ['secretName'])) {
    return [sym('kplus.Volume.fromSecret'), ctx.secretRef(str(secret.secretName)!), obj({ name: lit(name) })];
  }
  if (claim && str(claim.claimName) && onlyKeys(claim, ['claimName', 'readOnly'])) {
    return [sym('kplus.Volume.fromPersistentVolumeClaim'), ctx.claimRef(str(claim.claimName)!), obj({
      name: lit(name),
      readOnly: bool(claim.readOnly) !== undefined ? lit(claim.readOnly) : undefined,
    })];
  }
  return undefined;
}

function mounts(c: Json, byName: Map<string, string>): Expr | undefined {
  const items = list(c.volumeMounts).map(rec);
  if (items.length === 0) return undefined;
  return arr(items.map(m => obj({
    path: lit(m!.mountPath),
    volume: ref(byName.get(str(m!.name)!)!),
    readOnly: bool(m!.readOnly) !== undefined ? lit(m!.readOnly) : undefined,
    subPath: str(m!.subPath) !== undefined ? lit(m!.subPath) : undefined,
  })));
}

const RESTART: { [v: string]: string } = { Always: 'ALWAYS', OnFailure: 'ON_FAILURE', Never: 'NEVER' };
const DNS: { [v: string]: string } = { ClusterFirst: 'CLUSTER_FIRST', ClusterFirstWithHostNet: 'CLUSTER_FIRST_WITH_HOST_NET', Default: 'DEFAULT', None: 'NONE' };
const PULL: { [v: string]: string } = { Always: 'ALWAYS', IfNotPresent: 'IF_NOT_PRESENT', Never: 'NEVER' };
const PROTOCOL: { [v: string]: string } = { TCP: 'TCP', UDP: 'UDP', SCTP: 'SCTP' };
const FS_GROUP_CHANGE: { [v: string]: string } = { OnRootMismatch: 'ON_ROOT_MISMATCH', Always: 'ALWAYS' };
const FIELD_PATHS: { [v: string]: string } = {
  'metadata.name': 'POD_NAME',
  'metadata.namespace': 'POD_NAMESPACE',
  'metadata.uid': 'POD_UID',
  'status.podIP': 'POD_IP',
  'spec.serviceAccountName': 'SERVICE_ACCOUNT_NAME',
  'spec.nodeName': 'NODE_NAME',
  'status.hostIP': 'NODE_IP',
  'status.podIPs': 'POD_IPS',
};
const SCHEME: { [v: string]: string } = { HTTP: 'HTTP', HTTPS: 'HTTPS' };

function enumOf(prefix: string, members: { [v: string]: string }, value: unknown): Expr | undefined {
  const s = str(value);
  return s !== undefined && members[s] ? sym(`${prefix}.${members[s]}`) : undefined;
}

function podSecurityContext(sc: Json): Expr {
  return obj({
    // Kubernetes' default is to allow root; cdk8s-plus would set runAsNonRoot: true.
    ensureNonRoot: lit(bool(sc.runAsNonRoot) ?? false),
    user: num(sc.runAsUser) !== undefined ? lit(sc.runAsUser) : undefined,
    group: num(sc.runAsGroup) !== undefined ? lit(sc.runAsGroup) : undefined,
    fsGroup: num(sc.fsGroup) !== undefined ? lit(sc.fsGroup) : undefined,
    fsGroupChangePolicy: enumOf('kplus.FsGroupChangePolicy', FS_GROUP_CHANGE, sc.fsGroupChangePolicy),
  });
}

function containerProps(c: Json, ctx: PodMappingContext, volumeMounts: Expr | undefined): Expr {
  const image = str(c.image)!;
  return obj({
    name: str(c.name) !== undefined ? lit(c.name) : undefined,
    image: lit(image),
    imagePullPolicy: enumOf('kplus.ImagePullPolicy', PULL, c.imagePullPolicy ?? defaultPullPolicy(image)),
    command: strs(c.command) ? lit(c.command) : undefined,
    args: strs(c.args) ? lit(c.args) : undefined,
    workingDir: str(c.workingDir) !== undefined ? lit(c.workingDir) : undefined,
    ports: ports(c.ports),
    envVariables: env(c.env, ctx),
    resources: resourcesExpr(rec(c.resources)),
    securityContext: containerSecurityContext(rec(c.securityContext) ?? {}),
    readiness: probe(rec(c.readinessProbe)),
    liveness: probe(rec(c.livenessProbe)),
    startup: probe(rec(c.startupProbe)),
    volumeMounts,
  });
}

/** Kubernetes: `Always` for `:latest` or no tag, else `IfNotPresent` (cdk8s-plus would say `Always`). */
function defaultPullPolicy(image: string): string {
  if (image.includes('@')) return 'IfNotPresent';
  const last = image.slice(image.lastIndexOf('/') + 1);
  const tag = last.includes(':') ? last.slice(last.indexOf(':') + 1) : undefined;
  return tag === undefined || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

function ports(v: unknown): Expr | undefined {
  const items = list(v).map(rec);
  if (items.length === 0 || !items.every(p => p && num(p.containerPort) !== undefined)) return undefined;
  return arr(items.map(p => obj({
    number: lit(p!.containerPort),
    name: str(p!.name) !== undefined ? lit(p!.name) : undefined,
    protocol: enumOf('kplus.Protocol', PROTOCOL, p!.protocol),
    hostPort: num(p!.hostPort) !== undefined ? lit(p!.hostPort) : undefined,
    hostIp: str(p!.hostIP) !== undefined ? lit(p!.hostIP) : undefined,
  })));
}

/** Environment variables, when every one maps (a value, a Secret key or a ConfigMap key); else none. */
function env(v: unknown, ctx: PodMappingContext): Expr | undefined {
  const items = list(v).map(rec);
  if (items.length === 0) return undefined;
  const entries: Array<[string, Expr]> = [];
  for (const e of items) {
    const name = str(e?.name);
    if (!e || name === undefined || entries.some(([n]) => n === name)) return undefined;
    const value = envValue(e, ctx);
    if (!value) return undefined;
    entries.push([name, value]);
  }
  return { obj: entries };
}

function envValue(e: Json, ctx: PodMappingContext): Expr | undefined {
  if (e.valueFrom === undefined) return str(e.value) !== undefined ? call('kplus.EnvValue.fromValue', lit(e.value)) : undefined;
  if (e.value !== undefined) return undefined;
  const from = rec(e.valueFrom) ?? {};
  const secret = rec(from.secretKeyRef);
  const configMap = rec(from.configMapKeyRef);
  const field = rec(from.fieldRef);
  if (Object.keys(from).length !== 1) return undefined;
  if (field && onlyKeys(field, ['fieldPath']) && FIELD_PATHS[str(field.fieldPath) ?? '']) {
    return call('kplus.EnvValue.fromFieldRef', sym(`kplus.EnvFieldPaths.${FIELD_PATHS[str(field.fieldPath)!]}`));
  }
  if (secret && str(secret.name) && str(secret.key) && onlyKeys(secret, ['name', 'key', 'optional'])) {
    return call('kplus.EnvValue.fromSecretValue',
      obj({ secret: ctx.secretRef(str(secret.name)!), key: lit(secret.key) }),
      ...(bool(secret.optional) !== undefined ? [obj({ optional: lit(secret.optional) })] : []));
  }
  if (configMap && str(configMap.name) && str(configMap.key) && onlyKeys(configMap, ['name', 'key', 'optional'])) {
    return call('kplus.EnvValue.fromConfigMap', ctx.configMapRef(str(configMap.name)!), lit(configMap.key),
      ...(bool(configMap.optional) !== undefined ? [obj({ optional: lit(configMap.optional) })] : []));
  }
  return undefined;
}

function onlyKeys(r: Json, keys: string[]): boolean {
  return Object.keys(r).every(k => keys.includes(k));
}

/** CPU as millis or units and memory in Mi (what cdk8s-plus writes back the same); else none. */
export function resourcesExpr(r: Json | undefined): Expr | undefined {
  if (!r) return undefined;
  const limits = rec(r.limits) ?? {};
  const requests = rec(r.requests) ?? {};
  if (!onlyKeys(r, ['limits', 'requests']) || !onlyKeys(limits, ['cpu', 'memory']) || !onlyKeys(requests, ['cpu', 'memory'])) return undefined;
  const cpu = { request: cpuExpr(requests.cpu), limit: cpuExpr(limits.cpu) };
  const memory = { request: memoryExpr(requests.memory), limit: memoryExpr(limits.memory) };
  if ((requests.cpu !== undefined && !cpu.request) || (limits.cpu !== undefined && !cpu.limit)
    || (requests.memory !== undefined && !memory.request) || (limits.memory !== undefined && !memory.limit)) return undefined;
  return obj({ cpu: objOrUndefined(cpu), memory: objOrUndefined(memory) });
}

function cpuExpr(v: unknown): Expr | undefined {
  const s = str(v);
  if (s === undefined) return undefined;
  const millis = /^([1-9][0-9]*)m$/.exec(s);
  if (millis) return call('kplus.Cpu.millis', lit(Number(millis[1])));
  if (/^(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$/.test(s) && String(Number(s)) === s) return call('kplus.Cpu.units', lit(Number(s)));
  return undefined;
}

function memoryExpr(v: unknown): Expr | undefined {
  const m = /^([1-9][0-9]*)Mi$/.exec(str(v) ?? '');
  return m ? call('Size.mebibytes', lit(Number(m[1]))) : undefined;
}

function containerSecurityContext(sc: Json): Expr {
  return obj({
    // Kubernetes' defaults where cdk8s-plus would be stricter, so the image runs as before.
    ensureNonRoot: lit(bool(sc.runAsNonRoot) ?? false),
    readOnlyRootFilesystem: lit(bool(sc.readOnlyRootFilesystem) ?? false),
    allowPrivilegeEscalation: lit(bool(sc.allowPrivilegeEscalation) ?? true),
    privileged: lit(bool(sc.privileged) ?? false),
    user: num(sc.runAsUser) !== undefined ? lit(sc.runAsUser) : undefined,
    group: num(sc.runAsGroup) !== undefined ? lit(sc.runAsGroup) : undefined,
  });
}

/** HTTP GET (numeric port), TCP socket (numeric port) and exec probes with their timings. */
function probe(p: Json | undefined): Expr | undefined {
  if (!p) return undefined;
  const timing = {
    initialDelaySeconds: seconds(p.initialDelaySeconds),
    periodSeconds: seconds(p.periodSeconds),
    timeoutSeconds: seconds(p.timeoutSeconds),
    successThreshold: num(p.successThreshold) !== undefined ? lit(p.successThreshold) : undefined,
    failureThreshold: num(p.failureThreshold) !== undefined ? lit(p.failureThreshold) : undefined,
  };
  const http = rec(p.httpGet);
  const tcp = rec(p.tcpSocket);
  const exec = rec(p.exec);
  if (http && num(http.port) !== undefined) {
    return call('kplus.Probe.fromHttpGet', lit(str(http.path) ?? '/'), obj({
      port: lit(http.port),
      scheme: enumOf('kplus.ConnectionScheme', SCHEME, http.scheme),
      host: str(http.host) !== undefined ? lit(http.host) : undefined,
      ...timing,
    }));
  }
  if (tcp && num(tcp.port) !== undefined) {
    return call('kplus.Probe.fromTcpSocket', obj({ port: lit(tcp.port), host: str(tcp.host) !== undefined ? lit(tcp.host) : undefined, ...timing }));
  }
  if (exec && strs(exec.command)) return call('kplus.Probe.fromCommand', lit(exec.command), obj(timing));
  return undefined;
}

function seconds(v: unknown): Expr | undefined {
  return num(v) !== undefined ? call('Duration.seconds', lit(v)) : undefined;
}
