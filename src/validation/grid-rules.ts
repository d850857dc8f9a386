import { ApiObject } from 'cdk8s';
import { checkGpuRequests } from './addon-rules';
import { CheckResult, Severity } from './findings';
import { isDns1035Label, isDns1123Label, isDns1123Subdomain, isLabelKey, isLabelValue, isSiteName, suggestName } from './names';
import { ManifestObject } from '../internal/manifest-object';
import { passMemo } from '../internal/pass-memo';
import type { ServiceGrid } from '../networking/service-grid';
import { NEWER_CONTAINER_FIELDS, NEWER_POD_FIELDS, NEWER_SERVICE_FIELDS, NEWER_STATEFULSET_FIELDS } from '../superedge/crds';
import { MAX_SERVICE_GRID_NAME, MAX_SERVICE_GRID_NAME_ENDPOINTSLICE, MAX_STATEFULSET_NAME } from '../superedge/names';
import type { EdgeCluster } from '../topology/edge-cluster';
import type { INodeGroup } from '../topology/node-group';
import { DEFAULT_TEMPLATE_NAME, GRID_SELECTOR_LABEL, GridCrd, GridWorkload, gridValues, knownMembers, overrideSignature } from '../workloads/grid-base';
import { selectorOf } from '../workloads/kplus-adapter';

/**
 * The application-grid rules (the controller facts are in src/superedge), as pure functions of the declared
 * grids. SE-W: DeploymentGrid / StatefulSetGrid; SE-S: ServiceGrid; SE-P: per-site
 * overrides. Internal.
 */

const WARNING = Severity.WARNING;

export { MAX_STATEFULSET_NAME, MAX_SERVICE_GRID_NAME, MAX_SERVICE_GRID_NAME_ENDPOINTSLICE };

/** Paths of fields in a grid template (`spec.template`) newer than the grid CRD schemas. */
export function newerFields(kind: string, template: any): string[] {
  const out: string[] = [];
  if (!template || typeof template !== 'object') return out;
  if (kind === 'ServiceGrid') {
    for (const f of NEWER_SERVICE_FIELDS) if (template[f] !== undefined) out.push(`spec.template.${f}`);
    return out;
  }
  if (kind === 'StatefulSetGrid') {
    for (const f of NEWER_STATEFULSET_FIELDS) if (template[f] !== undefined) out.push(`spec.template.${f}`);
  }
  const pod = template.template?.spec ?? {};
  for (const f of NEWER_POD_FIELDS) if (pod[f] !== undefined) out.push(`spec.template.template.spec.${f}`);
  for (const list of ['initContainers', 'containers']) {
    (pod[list] ?? []).forEach((c: any, i: number) => {
      for (const f of NEWER_CONTAINER_FIELDS) if (c[f] !== undefined) out.push(`spec.template.template.spec.${list}[${i}].${f}`);
    });
  }
  return out;
}

/** SE-W08: fields newer than the grid CRDs. */
export function checkNewerFields(kind: string, template: any): CheckResult[] {
  const fields = newerFields(kind, template);
  if (fields.length === 0) return [];
  return [{
    ruleId: 'SE-W08',
    message: `${kind} template sets ${fields.join(', ')}, which the ${kind} CRD's Kubernetes-1.20-era embedded schema does not have: the API server prunes ${fields.length > 1 ? 'them' : 'it'} (or rejects the object under kubectl's strict validation)`,
    fix: 'remove the field from the template; if the workload needs it, deploy a plain Deployment/StatefulSet/Service per site instead of a grid',
  }];
}

/** SE-P03 / SE-P04: pool references in a rendered DeploymentGrid / StatefulSetGrid spec. */
export function checkTemplatePool(spec: any): CheckResult[] {
  const out: CheckResult[] = [];
  const pool: { [name: string]: any } = spec?.templatePool ?? {};
  for (const name of Object.keys(pool).sort()) {
    if (name === DEFAULT_TEMPLATE_NAME || name === '') {
      out.push({
        ruleId: 'SE-P03',
        message: `templatePool entry "${name}" is unreachable: the controller resolves the template name "${DEFAULT_TEMPLATE_NAME}" (and "") to spec.template, never to the pool`,
        fix: `give the override another templateName, e.g. templateName: 'site-${name || 'pool'}'`,
      });
    }
  }
  const refs: Array<[string, string]> = Object.entries(spec?.templates ?? {}).map(([unit, name]) => [`templates["${unit}"]`, String(name)]);
  const def = spec?.defaultTemplateName;
  if (def !== undefined && def !== DEFAULT_TEMPLATE_NAME && def !== '') refs.push(['defaultTemplateName', def]);
  for (const [where, name] of refs) {
    if (name === DEFAULT_TEMPLATE_NAME || name === '' || name in pool) continue;
    out.push({
      ruleId: 'SE-P04',
      message: `${where} names the template "${name}", which is not in templatePool (entries: ${Object.keys(pool).sort().join(', ') || 'none'}); the controller then stops reconciling the whole grid, for every site`,
      fix: `add a templatePool entry "${name}" or point ${where} at an existing entry`,
    });
  }
  return out;
}

function checkGridKey(ruleId: string, kind: string, name: string, group: INodeGroup): CheckResult[] {
  const key = group.groupName;
  let problem: string | undefined;
  if (key === '') problem = 'it is empty (the controller then does nothing and only emits an "Empty" event)';
  else if (key.includes('/')) problem = "it contains '/' (it becomes the value of the label superedge.io/grid-uniq-key, where '/' is not allowed)";
  else if (!isLabelKey(key) || !isLabelValue(key)) problem = 'it is not both a label key and a label value (at most 63 of [A-Za-z0-9._-], alphanumeric at both ends)';
  if (!problem) return [];
  return [{
    ruleId,
    message: `${kind} "${name}" has the grid key (NodeGroup name) "${key}", which is not usable: ${problem}`,
    fix: "use a NodeGroup whose name is a plain lower-case label name, e.g. 'location'",
  }];
}

function checkGridName(kind: string, name: string): CheckResult[] {
  if (isLabelValue(name) && name !== '' && isDns1123Subdomain(name)) return [];
  return [{
    ruleId: 'SE-W01',
    message: `${kind} name "${name}" is not usable: the controller validates it as a label value (at most 63 of [A-Za-z0-9._-]) and it names objects (lower-case DNS name)`,
    fix: `pass a lower-case name of at most 63 characters of letters, digits and '-', e.g. name: '${suggest(name)}'`,
  }];
}

/** Objects in the cluster, other than the library's own, that carry the grid-selector label of a grid. */
function adoptedObjects(cluster: EdgeCluster, kind: string, namespace: string | undefined, gridName: string): string[] {
  return labelledUserObjects(cluster).get(`${kind}|${namespace ?? ''}|${gridName}`) ?? [];
}

/** User objects carrying the grid-selector label, by kind, namespace and label value: one tree scan per pass. */
function labelledUserObjects(cluster: EdgeCluster): Map<string, string[]> {
  return passMemo(cluster, 'grid-selector-labelled', () => {
    const out = new Map<string, string[]>();
    for (const c of cluster.node.findAll()) {
      if (!(c instanceof ApiObject) || isOwnManifest(c)) continue;
      const value = c.metadata.getLabel(GRID_SELECTOR_LABEL);
      if (value === undefined) continue;
      const key = `${c.kind}|${c.metadata.namespace ?? ''}|${value}`;
      out.set(key, [...(out.get(key) ?? []), `${c.kind} ${c.name} (${c.node.path})`]);
    }
    return out;
  });
}

/** The library's own objects (cdk8s's ApiObject answers `instanceof` for every ApiObject, so the prototype chain is asked). */
function isOwnManifest(c: ApiObject): boolean {
  return ManifestObject.prototype.isPrototypeOf(c);
}

function checkReplicas(where: string, replicas: number | undefined): CheckResult[] {
  if (replicas === undefined || (Number.isInteger(replicas) && replicas >= 0)) return [];
  return [{
    ruleId: 'SE-W09',
    message: `${where} has replicas ${replicas}; replicas must be a whole number of at least 0`,
    fix: 'pass a whole number, e.g. replicas: 2',
  }];
}

function checkWorkloadGrid(grid: GridWorkload, kind: string, workloadKind: string): CheckResult[] {
  const out: CheckResult[] = [];
  const name = grid.gridName;
  out.push(...checkGridName(kind, name));
  out.push(...checkGridKey('SE-W06', kind, name, grid.nodeGroup));
  out.push(...checkReplicas(`${kind} "${name}"`, grid.replicas));

  const values = gridValues(grid.nodeGroup);
  const nameOk = isDns1123Subdomain(name);
  // <name>-<v> is a subdomain when both parts are (and it fits): only test the others in full.
  const badNames = values
    .filter(v => !(nameOk && isSiteName(v) && name.length + 1 + v.length <= 253))
    .map(v => `${name}-${v}`)
    .filter(n => !isDns1123Subdomain(n));
  if (badNames.length > 0) {
    out.push({
      ruleId: 'SE-W02',
      message: `the controller would name ${workloadKind}s ${badNames.map(n => `"${n}"`).join(', ')}, which are not DNS-1123 subdomains (lower-case letters, digits, '-' and '.', at most 253 characters)`,
      fix: 'use a lower-case grid name, and lower-case unit names in the group',
    });
  }

  const members = knownMembers(grid.nodeGroup);
  if (members && members.length === 0) {
    out.push({
      ruleId: 'SE-W10',
      severity: WARNING,
      message: `NodeGroup "${grid.nodeGroup.groupName}" has no member units, so ${kind} "${name}" creates no ${workloadKind}`,
      fix: 'add units to the group (nodeUnits or addNodeUnit())',
    });
  }

  const adopted = adoptedObjects(grid.cluster, workloadKind, grid.namespace, name);
  if (adopted.length > 0) {
    out.push({
      ruleId: 'SE-W07',
      message: `${adopted.join(', ')} carries the label ${GRID_SELECTOR_LABEL}=${name} in the grid's namespace: the controller adopts it and deletes it, since it is not one of the grid's <grid>-<unit> ${workloadKind}s`,
      fix: `remove the label ${GRID_SELECTOR_LABEL} from that object (the label is reserved for the controller)`,
    });
  }

  out.push(...checkNewerFields(kind, grid._renderTemplate()));
  // GPU requests (added with a JSON patch: cdk8s-plus has no GPU field) need GPU nodes in every site.
  out.push(...checkGpuRequests(`${kind} ${name}`, grid._manifest(), knownMembers(grid.nodeGroup) ?? []));
  out.push(...checkOverrides(grid, kind));
  return out;
}

function checkOverrides(grid: GridWorkload, kind: string): CheckResult[] {
  const out: CheckResult[] = [];
  const overrides = grid._overrides();
  if (overrides.length === 0) return out;
  const name = grid.gridName;

  if (grid.gridCrd === GridCrd.UPSTREAM) {
    out.push({
      ruleId: 'SE-P01',
      message: `${kind} "${name}" overrides sites ${overrides.map(o => o.unit.unitName).join(', ')}, which are emitted as templatePool entries; the upstream grid CRD prunes the pod labels of pool templates, so the API server would reject the ${kind === 'DeploymentGrid' ? 'Deployments' : 'StatefulSets'} of those sites ("selector does not match template labels")`,
      fix: 'install grid CRDs that preserve templatePool.*.template.metadata (in the controller\'s manifest folder, or the controller reverts them) and pass gridCrd: GridCrd.POOL_METADATA_PRESERVED (or set the app context "cdk8s-superedge:gridCrd" to "pool-metadata-preserved"); or drop the overrides',
    });
  }

  const members = knownMembers(grid.nodeGroup);
  const memberNames = new Set((members ?? []).map(u => u.unitName));
  const seenUnits = new Set<string>();
  const byTemplate = new Map<string, string>();
  const containerNames = grid.containers.map(c => c.name);
  for (const o of overrides) {
    const unit = o.unit.unitName;
    if (members && !memberNames.has(unit)) {
      out.push({
        ruleId: 'SE-P02',
        message: `${kind} "${name}" overrides unit "${unit}", which is not a member of NodeGroup "${grid.nodeGroup.groupName}" (members: ${[...memberNames].sort().join(', ') || 'none'})`,
        fix: `add "${unit}" to the group, or override one of its member units`,
      });
    }
    if (seenUnits.has(unit)) {
      out.push({
        ruleId: 'SE-P05',
        message: `${kind} "${name}" overrides unit "${unit}" more than once`,
        fix: 'merge the overrides of that unit into one overrideSite() call',
      });
    }
    seenUnits.add(unit);
    const signature = JSON.stringify(overrideSignature(o.override));
    const prev = byTemplate.get(o.templateName);
    if (prev !== undefined && prev !== signature) {
      out.push({
        ruleId: 'SE-P05',
        message: `${kind} "${name}" uses the templateName "${o.templateName}" for different overrides (unit "${unit}" differs from an earlier site using it)`,
        fix: 'give each distinct override its own templateName, or make the overrides identical',
      });
    }
    byTemplate.set(o.templateName, signature);
    if (o.override.containerName !== undefined && !containerNames.includes(o.override.containerName)) {
      out.push({
        ruleId: 'SE-P06',
        message: `the override of unit "${unit}" names container "${o.override.containerName}", but ${kind} "${name}" has containers ${containerNames.map(c => `"${c}"`).join(', ') || 'none'}`,
        fix: 'pass the name of one of the grid\'s containers as containerName',
      });
    } else if (containerNames.length === 0 && (o.override.image || o.override.env || o.override.resources)) {
      out.push({
        ruleId: 'SE-P06',
        message: `the override of unit "${unit}" changes a container, but ${kind} "${name}" has no containers`,
        fix: 'add a container to the grid',
      });
    }
    out.push(...checkReplicas(`the override of unit "${unit}"`, o.override.replicas));
  }
  out.push(...checkTemplatePool(grid._renderSpec()));
  return out;
}

/** The checks of a DeploymentGrid. */
export function checkDeploymentGrid(grid: GridWorkload): CheckResult[] {
  return checkWorkloadGrid(grid, 'DeploymentGrid', 'Deployment');
}

/** What a StatefulSetGrid's check needs besides the grid. */
export interface StatefulSetGridFacts {
  readonly grid: GridWorkload;
  readonly serviceGrid: ServiceGrid;
}

/** The checks of a StatefulSetGrid. */
export function checkStatefulSetGrid(facts: StatefulSetGridFacts): CheckResult[] {
  const { grid, serviceGrid } = facts;
  const out = checkWorkloadGrid(grid, 'StatefulSetGrid', 'StatefulSet');
  const name = grid.gridName;
  const values = gridValues(grid.nodeGroup);

  const bad = values.filter(v => {
    const set = `${name}-${v}`;
    return set.length > MAX_STATEFULSET_NAME || !isDns1123Label(set);
  });
  if (bad.length > 0) {
    out.push({
      ruleId: 'SE-W03',
      message: `the controller would name StatefulSets ${bad.map(v => `"${name}-${v}" (${name.length + 1 + v.length} characters)`).join(', ')}; a StatefulSet name must be a DNS label without '.' of at most ${MAX_STATEFULSET_NAME} characters (pods are named <set>-<ordinal> and longer names break the controller-revision-hash label)`,
      fix: `shorten the grid name (at most ${MAX_STATEFULSET_NAME - 1 - Math.max(...bad.map(v => v.length))} characters for these units) or the unit names, and avoid '.'`,
    });
  }

  const prefix = `${name}-`;
  const clashing = values.filter(v => v !== '' && prefix.indexOf(v) !== -1);
  if (clashing.length > 0) {
    out.push({
      ruleId: 'SE-W04',
      message: `unit name${clashing.length > 1 ? 's' : ''} ${clashing.map(v => `"${v}"`).join(', ')} occur${clashing.length > 1 ? '' : 's'} inside "${prefix}": statefulset-grid-daemon finds the unit in the pod name with strings.Index, so it would publish wrong DNS names for those sites`,
      fix: 'rename the grid so that no unit name of its group occurs in it',
    });
  }

  const key = grid.nodeGroup.groupName;
  if (serviceGrid.nodeGroup.groupName !== key || (serviceGrid.namespace ?? '') !== (grid.namespace ?? '')) {
    out.push({
      ruleId: 'SE-W05',
      message: `StatefulSetGrid "${name}" (grid key "${key}", namespace "${grid.namespace ?? ''}") uses ServiceGrid "${serviceGrid.gridName}" (grid key "${serviceGrid.nodeGroup.groupName}", namespace "${serviceGrid.namespace ?? ''}"); statefulset-grid-daemon only publishes DNS names when both have the same grid key and namespace`,
      fix: 'give the StatefulSetGrid and its ServiceGrid the same nodeGroup and namespace',
    });
  }
  return out;
}

/** The checks of a ServiceGrid. */
export function checkServiceGrid(sg: ServiceGrid): CheckResult[] {
  const out: CheckResult[] = [];
  const name = sg.gridName;
  if (!isDns1035Label(name) || name.length > MAX_SERVICE_GRID_NAME || !isLabelValue(name)) {
    out.push({
      ruleId: 'SE-S01',
      message: `ServiceGrid name "${name}" is not usable: the controller creates the Service "${sg.serviceName}", whose name must be a DNS-1035 label (start with a lower-case letter, lower-case letters, digits and '-', at most 63 characters), so the grid name has at most ${MAX_SERVICE_GRID_NAME} characters`,
      fix: `pass a name that starts with a letter, e.g. name: '${suggest(name, true)}'`,
    });
  } else if (name.length > MAX_SERVICE_GRID_NAME_ENDPOINTSLICE) {
    out.push({
      ruleId: 'SE-S02',
      message: `ServiceGrid name "${name}" has ${name.length} characters: with EndpointSlices (the shipped application-grid-wrapper uses them) the slice names of "${sg.serviceName}" are truncated and the wrapper cannot find the Service, so traffic is not kept inside the site`,
      fix: `use a name of at most ${MAX_SERVICE_GRID_NAME_ENDPOINTSLICE} characters`,
    });
  }
  out.push(...checkGridKey('SE-S03', 'ServiceGrid', name, sg.nodeGroup));
  if (sg.clusterIp === 'None') {
    out.push({
      ruleId: 'SE-S04',
      message: `ServiceGrid "${name}" is headless (clusterIp: None): SuperEdge does not support headless ServiceGrids, and headless lookups bypass the per-site endpoint filtering`,
      fix: 'leave clusterIp unset',
    });
  }
  const ports = sg.ports;
  if (ports.length === 0) {
    out.push({
      ruleId: 'SE-S05',
      message: `ServiceGrid "${name}" has no ports, and a Service without ports is rejected by the API server`,
      fix: 'pass ports, e.g. ports: [{ port: 80, targetPort: 8080 }]',
    });
  } else if (ports.length > 1) {
    const names = ports.map(p => p.name);
    const dup = names.filter((n, i) => n !== undefined && names.indexOf(n) !== i);
    if (names.some(n => n === undefined || n === '') || dup.length > 0) {
      out.push({
        ruleId: 'SE-S06',
        message: `ServiceGrid "${name}" has ${ports.length} ports (${ports.map(p => `${p.port}${p.name ? `/${p.name}` : ''}`).join(', ')}) without a unique name each; a Service with several ports needs them`,
        fix: "give every port a distinct name, e.g. { port: 80, name: 'http' }",
      });
    }
  }
  if (sg.selector) {
    const sel = selectorOf(sg.selector);
    if (sel.matchExpressions.length > 0) {
      out.push({
        ruleId: 'SE-S07',
        message: `the selector of ServiceGrid "${name}" has match expressions (${sel.matchExpressions.map((e: any) => `${e.key} ${e.operator}`).join(', ')}); a Service selects by labels only`,
        fix: 'select pods by labels only (LabelSelector.of({ labels }) or a grid)',
      });
    }
    const target: any = sg.selector;
    if (target instanceof GridWorkload && target.nodeGroup.groupName !== sg.nodeGroup.groupName) {
      out.push({
        ruleId: 'SE-S09',
        severity: WARNING,
        message: `ServiceGrid "${name}" (grid key "${sg.nodeGroup.groupName}") selects the pods of grid "${target.gridName}" on NodeGroup "${target.nodeGroup.groupName}": callers only reach endpoints on nodes with their own "${sg.nodeGroup.groupName}" value`,
        fix: 'give the ServiceGrid the same nodeGroup as the grid it selects',
      });
    }
  }
  const adopted = adoptedObjects(sg.cluster, 'Service', sg.namespace, name);
  if (adopted.length > 0) {
    out.push({
      ruleId: 'SE-S08',
      message: `${adopted.join(', ')} carries the label ${GRID_SELECTOR_LABEL}=${name} in the grid's namespace: the controller adopts it and deletes it`,
      fix: `remove the label ${GRID_SELECTOR_LABEL} from that Service (the label is reserved for the controller)`,
    });
  }
  out.push(...checkNewerFields('ServiceGrid', sg._renderTemplate()));
  return out;
}

function suggest(name: string, letterFirst = false): string {
  return suggestName(name, { maxLength: 40, letterFirst: letterFirst ? 'svc-' : undefined, fallback: 'app' });
}
