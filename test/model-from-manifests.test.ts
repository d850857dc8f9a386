import { parseAllDocuments } from 'yaml';
import { DeploymentGrid, EdgeNode, Findings, NodeGroup, NodeUnit, ServiceGrid } from '../src';
import { cluster, synthUnchecked } from './support/synth';
import { modelFromConstructs } from '../src/model/from-constructs';
import { ManifestDocument, ManifestShapeError, modelFromManifests } from '../src/model/from-manifests';
import { runCatalogue } from '../src/validation/model-checks';

/** Documents of a YAML text, as `file#doc` (1-based). */
function docs(file: string, text: string): ManifestDocument[] {
  return parseAllDocuments(text).map((d, i) => ({ file, doc: i + 1, object: d.toJS() }));
}

/** `origin RULE` for every finding of the catalogue on the model of the documents. */
function findings(ds: ManifestDocument[]): string[] {
  const out: string[] = [];
  for (const [origin, list] of runCatalogue(modelFromManifests(ds))) for (const f of list) out.push(`${origin} ${f.ruleId}: ${f.message}`);
  return out;
}

// Written by hand in the style of the upstream SuperEdge docs, not by the library.
const SITES = `
apiVersion: site.superedge.io/v1alpha2
kind: NodeUnit
metadata:
  name: beijing
spec:
  type: edge
  nodes: [bj-1, bj-2]
  setNode:
    labels:
      beijing: nodeunits.superedge.io
---
apiVersion: site.superedge.io/v1alpha2
kind: NodeUnit
metadata:
  name: Guangzhou
spec:
  type: edge
  selector:
    matchLabels:
      city: guangzhou
  setNode:
    taints:
    - key: dedicated
      effect: NoSchedule
---
apiVersion: site.superedge.io/v1alpha2
kind: NodeGroup
metadata:
  name: location
spec:
  nodeUnits: [beijing, Guangzhou, shanghai]
`;

describe('model from hand-written manifests', () => {
  test('rules fire at file#doc, unknown units are not findings', () => {
    expect(findings(docs('sites.yaml', SITES))).toEqual([
      'sites.yaml#2 SE-U01: NodeUnit name "Guangzhou" is not usable: it has upper-case letters; SuperEdge writes it on nodes as the label key "Guangzhou" and as the value of each group\'s label',
      'sites.yaml#2 SE-U05: taint "dedicated:NoSchedule" is stripped from a normal (L3) unit by site-manager on every sync (it removes NoSchedule taints and taints with key "kins")',
    ]);
  });

  test('a unit a group names but no file declares is known by name only', () => {
    const m = modelFromManifests(docs('sites.yaml', SITES));
    const g = m.groups[0];
    expect(g.origin).toBe('sites.yaml#3');
    const members = g.memberIds.map(id => m.unitsById.get(id)!);
    expect(members.map(u => [u.name, u.declared, u.origin])).toEqual([
      ['Guangzhou', true, 'sites.yaml#2'], ['beijing', true, 'sites.yaml#1'], ['shanghai', false, 'sites.yaml#3'],
    ]);
    expect(members[2].nodeNames).toBeUndefined();
  });

  test('what site-manager writes itself is not taken for a user label, and Kins units get their taint', () => {
    const m = modelFromManifests(docs('k.yaml', `
apiVersion: site.superedge.io/v1alpha2
kind: NodeUnit
metadata: { name: edge-k }
spec:
  autonomyLevel: L5
  nodes: [k-1, k-2]
  unitClusterInfo: { parameters: { service-cidr: 26.1.0.0 } }
  setNode: { labels: { edge-k: nodeunits.superedge.io } }
`));
    expect(m.units[0].nodeLabels).toEqual({});
    expect(m.units[0].taints).toEqual([{ key: 'kins', effect: 'NoSchedule' }]);
    expect(findings(docs('k.yaml', `
apiVersion: site.superedge.io/v1alpha2
kind: NodeUnit
metadata: { name: edge-k }
spec:
  autonomyLevel: L5
  nodes: [k-1, k-2]
  unitClusterInfo: { parameters: { service-cidr: 26.1.0.0 } }
`)).map(f => f.split(':')[0])).toEqual(['k.yaml#1 SE-K03', 'k.yaml#1 SE-K05']);
  });

  test('cluster facts come from the caller; without them the cluster rules stay quiet', () => {
    const ds = docs('a.yaml', 'apiVersion: site.superedge.io/v1alpha2\nkind: NodeUnit\nmetadata: {name: a}\nspec: {nodes: [n1, n2, n3]}\n');
    expect(findings(ds)).toEqual([]);
    const m = modelFromManifests(ds, { cluster: { specification: { name: 'L1', maxNodes: 2 } } });
    expect([...runCatalogue(m).values()].flat().map(f => f.ruleId)).toEqual(['SE-C05']);
  });

  test('a document of the wrong shape is an error naming file#doc, the field and what it got', () => {
    expect(() => modelFromManifests(docs('bad.yaml', 'apiVersion: site.superedge.io/v1alpha2\nkind: NodeUnit\nmetadata: {name: a}\nspec: {nodes: bj-1}\n')))
      .toThrow(new ManifestShapeError('bad.yaml#1', 'NodeUnit "a": spec.nodes must be a list of strings, got string "bj-1"'));
    expect(() => modelFromManifests(docs('bad.yaml', 'apiVersion: site.superedge.io/v1alpha2\nkind: NodeGroup\nmetadata: {}\n')))
      .toThrow('bad.yaml#1: NodeGroup has no metadata.name; give it one');
    expect(() => modelFromManifests([{ file: 'x.json', doc: 1, object: null }, { file: 'x.json', doc: 2, object: 'text' }])).not.toThrow();
  });

  test('what the library synthesizes gives the same findings read back from its manifests', () => {
    const c = cluster();
    const bj = new NodeUnit(c, 'beijing', { edgeNodes: [new EdgeNode({ name: 'bj-1' })], nodes: ['shared'] });
    const gz = new NodeUnit(c, 'guangzhou', { nodes: ['gz-1', 'shared'] });
    new NodeUnit(c, 'empty');
    new NodeGroup(c, 'location', { nodeUnits: [bj, gz] });
    const fromConstructs = [...runCatalogue(modelFromConstructs(c)).values()].flat().map(f => `${f.ruleId}: ${f.message}`).sort();
    Findings.suppress(c, 'SE-G03', 'synthesized on purpose, to be read back');
    const objects = synthUnchecked(c).map((object, i) => ({ file: 'out.yaml', doc: i + 1, object }));
    const fromManifests = [...runCatalogue(modelFromManifests(objects)).values()].flat().map(f => `${f.ruleId}: ${f.message}`).sort();
    expect(fromConstructs.map(f => f.slice(0, 6))).toEqual(['SE-G03', 'SE-U04']);
    expect(fromManifests).toEqual(fromConstructs);
  });

  test('edge-health-config and labelled objects written by hand: the same rules as at synthesis', () => {
    const ds = docs('health.yaml', [
      'apiVersion: site.superedge.io/v1alpha2\nkind: NodeUnit\nmetadata: {name: beijing}\nspec: {nodes: [bj-1]}',
      'apiVersion: site.superedge.io/v1alpha2\nkind: NodeUnit\nmetadata: {name: guangzhou}\nspec: {nodes: [gz-1]}',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: edge-health-config, namespace: kube-system}\ndata: {unit-internal-check: "true", check-units: beijing}',
      'apiVersion: superedge.io/v1\nkind: ServiceGrid\nmetadata: {name: web}\nspec: {gridUniqKey: location, template: {ports: [{port: 80}]}}',
      'apiVersion: v1\nkind: Service\nmetadata: {name: old-web, labels: {superedge.io/grid-selector: web}}\nspec: {ports: [{port: 80}]}',
    ].join('\n---\n'));
    const m = modelFromManifests(ds);
    expect(m.edgeHealths.map(h => [h.origin, h.mode, h.checkUnitNames])).toEqual([['health.yaml#3', 'units', ['beijing']]]);
    expect(findings(ds)).toEqual([
      'health.yaml#4 SE-S08: Service old-web (health.yaml#5) carries the label superedge.io/grid-selector=web in the grid\'s namespace: the controller adopts it and deletes it',
      'health.yaml#3 SE-H04: nodes in no checked unit are not health-checked in multi-region mode: gz-1 (units checked: beijing)',
    ]);
    // A ConfigMap of a mode edge-health does not read is unknown, not wrong.
    expect(modelFromManifests(docs('x.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: edge-health-config}\ndata: {}')).edgeHealths).toEqual([]);
  });

  test('grids: the same element from the constructs and from their manifests; a group no file declares is unknown', () => {
    const c = cluster();
    const bj = new NodeUnit(c, 'beijing', { nodes: ['bj-1'] });
    const location = new NodeGroup(c, 'location', { nodeUnits: [bj] });
    const web = new DeploymentGrid(c, 'web', { nodeGroup: location, containers: [{ image: 'web:1', portNumber: 8080 }] });
    new ServiceGrid(c, 'web-svc', { name: 'web', nodeGroup: location, selector: web, ports: [{ port: 80, targetPort: 8080 }] });
    const fromConstructs = modelFromConstructs(c);
    const objects = synthUnchecked(c).map((object, i) => ({ file: 'out.yaml', doc: i + 1, object }));
    const fromManifests = modelFromManifests(objects);
    // Constructs also know the overrides as declared, and the very group a grid holds
    // (nodeGroupId); manifests hold only the resulting pool, and the group's name.
    const strip = (g: any) => ({ ...g, id: undefined, origin: undefined, groupId: undefined, overrides: undefined, nodeGroupId: undefined });
    expect(fromConstructs.grids.map(strip)).toEqual(fromManifests.grids.map(strip));
    // The grid a ServiceGrid selects: named by the construct, found by its pod labels in manifests.
    const stripSg = (g: any) => ({ ...strip(g), selectsGridId: undefined, selectorExpressions: undefined });
    expect(fromConstructs.serviceGrids.map(stripSg)).toEqual(fromManifests.serviceGrids.map(stripSg));
    expect(fromConstructs.serviceGrids[0].selectsGridId).toBe(fromConstructs.grids[0].id);
    expect(fromManifests.serviceGrids[0].selectsGridId).toBe(fromManifests.grids[0].id);
    const g = fromManifests.grids[0];
    expect([g.kind, g.name, g.groupName, g.crd, g.template.replicas]).toEqual(['DeploymentGrid', 'web', 'location', 'upstream', 1]);
    expect(fromConstructs.grids[0].origin).toBe('edge/web');
    expect(fromManifests.groupsById.get(g.groupId)!.declared).toBe(true);

    const alone = modelFromManifests(objects.filter(o => o.object.kind === 'DeploymentGrid'), { gridCrd: 'pool-metadata-preserved' });
    const unknown = alone.groupsById.get(alone.grids[0].groupId)!;
    expect([unknown.name, unknown.declared, alone.groups.length, alone.grids[0].crd]).toEqual(['location', false, 0, 'pool-metadata-preserved']);
  });

  test('items of a kind: List share their document\'s origin but stay separate elements', () => {
    const unit = (name: string) => ({ apiVersion: 'site.superedge.io/v1alpha2', kind: 'NodeUnit', metadata: { name }, spec: { nodes: [`${name}-1`] } });
    const m = modelFromManifests([{ file: 'l.yaml', doc: 1, item: 1, object: unit('a') }, { file: 'l.yaml', doc: 1, item: 2, object: unit('b') }]);
    expect(m.units.map(u => [u.name, u.origin, u.id])).toEqual([['a', 'l.yaml#1', 'l.yaml#1/items/1'], ['b', 'l.yaml#1', 'l.yaml#1/items/2']]);
  });
});
