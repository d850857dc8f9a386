/**
 * Cases of the fleet rules (SE-F, SE-R, SE-Q) for the table-driven rule test
 * (test/rule-catalogue.test.ts): a model that triggers each rule, the origin and part
 * of the message of its first finding, and a quiet model. Catalogues are read by the
 * real readers, so the places in the messages are the readers' own.
 */
import { model } from './model';
import type { Demand, SiteAllocatable } from '../../src/catalog/checks/capacity';
import { readCsv } from '../../src/catalog/read-csv';
import { readRecords } from '../../src/catalog/read-records';
import { readYaml } from '../../src/catalog/read-yaml';
import type { ModelCatalogue, ModelOverride, ModelRollout, ModelSelectionUse, TopologyModel } from '../../src/model/types';

const SITES = [
  '- name: a', '  region: north', '  tier: canary', '  nodes:', '    - { name: a-1, cpu: "2", memory: 4Gi }',
  '- name: b', '  region: south', '  tier: standard', '  nodes:', '    - { name: b-1, cpu: "2", memory: 4Gi }',
].join('\n');

function catalogue(file: string, text: string): ModelCatalogue {
  const csv = file.endsWith('.csv') ? readCsv(file, text) : undefined;
  const raw = csv ?? readYaml(file, text);
  const attributes = new Set<string>();
  for (const s of raw.sites) for (const a of s.attributes) if (typeof a.value === 'string') attributes.add(a.key);
  return {
    id: 'edge/sites',
    origin: 'edge/sites',
    source: file,
    unreadable: raw.sites.length === 0 && raw.problems.length > 0,
    readerProblems: raw.problems,
    sites: raw.sites,
    csvRows: csv?.rows,
    attributes: [...attributes].sort(),
  };
}

interface FleetParts {
  catalogues?: ModelCatalogue[];
  selectionUses?: ModelSelectionUse[];
  rollouts?: ModelRollout[];
  capacities?: TopologyModel['capacities'];
}

function withFleet(extra: FleetParts, base: TopologyModel = model()): TopologyModel {
  return {
    ...base,
    catalogues: extra.catalogues ?? [],
    selectionUses: extra.selectionUses ?? [],
    rollouts: extra.rollouts ?? [],
    capacities: extra.capacities ?? [],
  };
}

const fileModel = (file: string, text: string) => withFleet({ catalogues: [catalogue(file, text)] });
const recordsModel = (records: unknown) => {
  const raw = readRecords(records);
  return withFleet({ catalogues: [{ id: 'edge/sites', origin: 'edge/sites', source: 'the records', unreadable: false, readerProblems: raw.problems, sites: raw.sites, attributes: [] }] });
};

const use = (criteria: { [k: string]: string }, siteNames: string[], origin = 'edge/north'): ModelSelectionUse => ({
  origin,
  catalogueId: 'edge/sites',
  usedBy: 'NodeGroup "north"',
  criteria,
  siteNames,
  description: `select({ ${Object.keys(criteria).map(k => `${k}: "${criteria[k]}"`).join(', ')} })`,
});
const selectionModel = (u: ModelSelectionUse) => withFleet({ catalogues: [catalogue('sites.yaml', SITES)], selectionUses: [u] });

/** A grid `web` on group `shops` of units a and b, and rollouts on it. */
function rolloutModel(rollouts: Array<Partial<ModelRollout> & { waves: ModelSelectionUse[] }>): TopologyModel {
  const base = model({ units: [{ name: 'a', nodes: ['a-1'] }, { name: 'b', nodes: ['b-1'] }], groups: [{ name: 'shops', members: ['a', 'b'] }] });
  const grid = {
    id: 'edge/web',
    origin: 'edge/web',
    kind: 'DeploymentGrid' as const,
    name: 'web',
    labels: {},
    groupName: 'shops',
    groupId: base.groups[0].id,
    template: {},
    templatePool: {},
    templates: {},
    crd: 'pool-metadata-preserved',
  };
  return withFleet({
    catalogues: [catalogue('sites.yaml', SITES)],
    rollouts: rollouts.map((r, i) => ({
      id: `edge/r${i}`,
      origin: `edge/r${i}`,
      name: `r${i}`,
      gridId: 'edge/web',
      gridName: 'web',
      firstContainer: 'web',
      override: { image: 'web:2' } as ModelOverride,
      currentWave: 0,
      ownOverrides: [],
      ...r,
    })),
  }, { ...base, grids: [grid] });
}
const wave = (criteria: { [k: string]: string }, siteNames: string[]) => use(criteria, siteNames, 'edge/r0');
const ALL = wave({}, ['a', 'b']);

function capacityModel(cpuMillis: number): TopologyModel {
  const sites: SiteAllocatable[] = [{ site: 'a', nodes: 1, cpuMillis: 2000, memoryBytes: 4 * 2 ** 30 }];
  const demands: Demand[] = [{ consumer: 'DeploymentGrid "web"', cpuMillis, memoryBytes: 0, count: 1, sites: ['a'] }];
  return withFleet({ capacities: [{ origin: 'edge/sites', source: 'sites.csv', sites, demands }] });
}

export const FLEET_CASES: { [id: string]: { trigger: TopologyModel; origin: string; message: string; quiet: TopologyModel } } = {
  'SE-F01': {
    trigger: fileModel('sites.yaml', 'sites:\n  - name: a\n'),
    origin: 'edge/sites',
    message: 'sites.yaml:1:1: the catalogue is a map, not a list of sites',
    quiet: fileModel('sites.yaml', SITES),
  },
  'SE-F02': {
    trigger: fileModel('sites.yaml', '- region: north\n  nodes: [{ name: x-1 }]\n'),
    origin: 'edge/sites',
    message: 'sites.yaml:1:3: a site has no name (its nodes: x-1)',
    quiet: fileModel('sites.yaml', SITES),
  },
  'SE-F03': {
    trigger: fileModel('sites.yaml', `${SITES}\n- name: a\n  nodes: []\n`),
    origin: 'edge/sites',
    message: 'sites.yaml:11:9: site "a" is listed again (first at sites.yaml:1:9)',
    quiet: fileModel('sites.yaml', SITES),
  },
  'SE-F04': {
    trigger: fileModel('sites.csv', 'site,node\na,n-1\nb,n-1\n'),
    origin: 'edge/sites',
    message: 'sites.csv:3 (column node): node "n-1" of site "b" is already in site "a"',
    quiet: fileModel('sites.csv', 'site,node\na,n-1\nb,n-2\n'),
  },
  'SE-F05': {
    trigger: fileModel('sites.csv', 'site,node,region\na,a-1,north\na,a-2,south\n'),
    origin: 'edge/sites',
    message: 'sites.csv:3 (column region): attribute "region" of site "a" is "south" here but "north" on its first row (sites.csv:2)',
    quiet: fileModel('sites.csv', 'site,node,region\na,a-1,north\na,a-2,north\n'),
  },
  'SE-F06': {
    trigger: fileModel('sites.yaml', '- name: a\n  nodes:\n    - { name: a-1, cpus: "4" }\n'),
    origin: 'edge/sites',
    message: 'sites.yaml:3:26: node "a-1" of site "a" has the field "cpus", which is not a node fact',
    quiet: fileModel('sites.yaml', '- name: a\n  nodes:\n    - { name: a-1, cpu: "4" }\n'),
  },
  'SE-F07': {
    trigger: fileModel('sites.yaml', '- name: a\n  nodes:\n    - { name: a-1, memory: 8GB }\n'),
    origin: 'edge/sites',
    message: 'sites.yaml:3:28: memory of node "a-1" is "8GB", which is not a Kubernetes quantity',
    quiet: fileModel('sites.yaml', '- name: a\n  nodes:\n    - { name: a-1, memory: 8Gi }\n'),
  },
  'SE-F08': {
    trigger: recordsModel([{ name: 'a', nodes: [{ name: 'a-1', gpu: 'yes' }] }]),
    origin: 'edge/sites',
    message: 'records[0].nodes[0].gpu: gpu of node "a-1" is the string "yes", expected true or false',
    quiet: recordsModel([{ name: 'a', nodes: [{ name: 'a-1', gpu: true }] }]),
  },
  'SE-F09': {
    trigger: selectionModel(use({ regoin: 'north' }, [])),
    origin: 'edge/north',
    message: 'NodeGroup "north" uses select({ regoin: "north" }), but no site of sites.yaml has the attribute "regoin" (attributes: region, tier)',
    quiet: selectionModel(use({ region: 'north' }, ['a'])),
  },
  'SE-F10': {
    trigger: selectionModel(use({ region: 'East' }, [])),
    origin: 'edge/north',
    message: 'NodeGroup "north" uses select({ region: "East" }), which selects no site of sites.yaml',
    quiet: selectionModel(use({ region: 'north' }, ['a'])),
  },
  'SE-R01': {
    trigger: rolloutModel([{ waves: [ALL, wave({ tier: 'canary' }, ['a'])] }]),
    origin: 'edge/r0',
    message: 'wave 2 of GridRollout "r0" (select({ tier: "canary" })) picks no site of the grid that an earlier wave did not already pick',
    quiet: rolloutModel([{ waves: [wave({ tier: 'canary' }, ['a']), ALL] }]),
  },
  'SE-R02': {
    trigger: rolloutModel([{ waves: [wave({ tier: 'canary' }, ['a'])] }]),
    origin: 'edge/r0',
    message: 'GridRollout "r0" never reaches 1 site of grid "web" ("b")',
    quiet: rolloutModel([{ waves: [wave({ tier: 'canary' }, ['a']), ALL] }]),
  },
  'SE-R03': {
    trigger: rolloutModel([{ waves: [ALL], currentWave: 2 }]),
    origin: 'edge/r0',
    message: 'GridRollout "r0" has currentWave 2, but it has 1 wave',
    quiet: rolloutModel([{ waves: [ALL], currentWave: 1 }]),
  },
  'SE-R04': {
    trigger: rolloutModel([{ waves: [ALL] }, { waves: [ALL], override: { containerName: 'web', image: 'web:3' } }]),
    origin: 'edge/r1',
    message: 'GridRollout "r1" and GridRollout "r0" both change image of container "web" of grid "web"',
    quiet: rolloutModel([{ waves: [ALL] }, { waves: [ALL], override: { env: { A: '1' } } }]),
  },
  'SE-R05': {
    trigger: rolloutModel([{ waves: [ALL], currentWave: 1, ownOverrides: [{ site: 'b', override: { containerName: 'sidecar', image: 'proxy:2' } }] }]),
    origin: 'edge/r0',
    message: 'GridRollout "r0" changes container "web", but the site overrides of "b" change another container',
    quiet: rolloutModel([{ waves: [ALL], currentWave: 1, ownOverrides: [{ site: 'b', override: { image: 'web:1.1' } }] }]),
  },
  'SE-Q01': {
    trigger: capacityModel(2100),
    origin: 'edge/sites',
    message: 'site "a" (sites.csv) asks for cpu 2.1 but has 2 allocatable on 1 node (105 %)',
    quiet: capacityModel(2000),
  },
  'SE-Q02': {
    trigger: capacityModel(1900),
    origin: 'edge/sites',
    message: 'site "a" (sites.csv) asks for cpu 1.9 but has 2 allocatable on 1 node (95 %, over 90 %)',
    quiet: capacityModel(1800),
  },
};
