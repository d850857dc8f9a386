/**
 * The fleet catalogue's rules (SE-F01..SE-F10): each triggered with its message and its
 * `file:line[:col]`, and a quiet case; all of a file's problems at once, nothing written.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdk8s';
import { DeploymentGrid, EdgeCluster, Findings, GridCrd, GridRollout, SiteCatalog, SiteRecord } from '../src';
import { cluster, findingsOf, synth, synthError } from './support/synth';
import { RULES } from '../src/validation/rules';

const FIXTURES = path.join(__dirname, 'fixtures', 'catalog');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-rules-'));
let n = 0;

/** Writes `text` to a fresh file with the extension and loads it into a fresh cluster. */
function load(ext: string, text: string) {
  const file = path.join(tmp, `c${n++}.${ext}`);
  fs.writeFileSync(file, text);
  const c = cluster();
  const sites = SiteCatalog.fromFile(c, 'sites', file);
  return { c, sites, file };
}

const GOOD_YAML = fs.readFileSync(path.join(FIXTURES, 'sites.yaml'), 'utf8');
const GOOD_CSV = fs.readFileSync(path.join(FIXTURES, 'sites.csv'), 'utf8');

describe('the catalogue file', () => {
  test('quiet: the fixture catalogues in all three formats have no findings', () => {
    for (const f of ['sites.yaml', 'sites.json', 'sites.csv']) {
      const c = cluster();
      const sites = SiteCatalog.fromFile(c, 'sites', path.join(FIXTURES, f));
      sites.nodeGroup('shops');
      expect(Findings.of(c)).toEqual([]);
      expect(sites.siteNames).toEqual(['shop-0001', 'shop-0002', 'shop-0003']);
    }
  });

  test('SE-F01: a missing file, an unknown extension, a YAML syntax error, a map instead of a list', () => {
    const c = cluster();
    SiteCatalog.fromFile(c, 'missing', path.join(tmp, 'nope.yaml'));
    SiteCatalog.fromFile(c, 'ext', path.join(tmp, 'sites.txt'));
    expect(findingsOf(c, 'SE-F01')).toEqual([
      `[edge/missing] SE-F01: ${path.join(tmp, 'nope.yaml')}: cannot read the catalogue (ENOENT; relative paths resolve against the working directory ${process.cwd()}). Fix: pass the path of an existing, readable file`,
      `[edge/ext] SE-F01: ${path.join(tmp, 'sites.txt')}: cannot tell the catalogue's format from the extension ".txt". Fix: name the file .yaml, .yml, .json or .csv`,
    ]);
    const syntax = load('yaml', '- name: a\n  nodes: [ { name: a-1 }\n- name: b\n');
    expect(findingsOf(syntax.c, 'SE-F01')[0]).toMatch(new RegExp(`SE-F01: ${syntax.file}:3:1: not valid YAML/JSON: `));
    const map = load('yaml', 'sites:\n  - name: a\n');
    expect(findingsOf(map.c, 'SE-F01')).toEqual([`[edge/sites] SE-F01: ${map.file}:1:1: the catalogue is a map, not a list of sites. Fix: write the sites as a list: "- name: shop-0001" ... `]);
    const json = load('json', '[{ "name": "a", "nodes": [ }]');
    expect(findingsOf(json.c, 'SE-F01')[0]).toContain(`${json.file}:1:`);
  });

  test('SE-F01 in CSV: an unclosed quote and a row with the wrong number of fields, by line', () => {
    const quote = load('csv', 'site,node\na,a-1\n"b,b-1\n');
    expect(findingsOf(quote.c, 'SE-F01')[0]).toContain(`SE-F01: ${quote.file}:3: not valid CSV: Quote Not Closed`);
    const fields = load('csv', 'site,node,region\na,a-1,north\nb,b-1\n');
    expect(findingsOf(fields.c, 'SE-F01')).toEqual([`[edge/sites] SE-F01: ${fields.file}:3: the row has 2 fields, the header 3. Fix: give every row one field per header column (quote fields that contain commas)`]);
    expect(fields.sites.siteNames).toEqual(['a']);
  });

  test('SE-F02: a site or node without a name, a CSV without its required columns', () => {
    const y = load('yaml', '- region: north\n  nodes:\n    - { name: x-1 }\n- name: b\n  nodes:\n    - { cpu: "2" }\n');
    expect(findingsOf(y.c, 'SE-F02')).toEqual([
      `[edge/sites] SE-F02: ${y.file}:1:3: a site has no name (its nodes: x-1), so it cannot become a NodeUnit. Fix: give the site a name (YAML/JSON: "name: shop-0001"; CSV: the "site" column)`,
      `[edge/sites] SE-F02: ${y.file}:6:7: a node of site "b" has no name. Fix: give the node its Kubernetes node name (YAML/JSON: "name: shop-0001-a"; CSV: the "node" column)`,
    ]);
    const csv = load('csv', 'site,nodes,region\na,a-1,north\n');
    expect(findingsOf(csv.c, 'SE-F02')).toEqual([`[edge/sites] SE-F02: ${csv.file}:1: the header has no column "node" (columns: site, nodes, region), so no row names its node. Fix: add the column node to the header row`]);
    const empty = load('csv', 'site,node\n,a-1\nb,b-1\n');
    expect(findingsOf(empty.c, 'SE-F02')[0]).toContain(`${empty.file}:2: a site has no name (its nodes: a-1)`);
    expect(empty.sites.siteNames).toEqual(['b']);
  });

  test('SE-F03: a site listed twice, with both places', () => {
    const { c, file, sites } = load('yaml', '- name: a\n  nodes: [{ name: a-1 }]\n- name: a\n  nodes: [{ name: a-2 }]\n');
    expect(findingsOf(c, 'SE-F03')).toEqual([`[edge/sites] SE-F03: ${file}:3:9: site "a" is listed again (first at ${file}:1:9); a site is one NodeUnit. Fix: merge the two entries into one (nodes together), or rename one of the sites`]);
    expect(sites.unit('a')!.nodeNames).toEqual(['a-1']);
  });

  test('SE-F04: a node in two sites (YAML and CSV), or twice in one', () => {
    const y = load('yaml', '- name: a\n  nodes: [{ name: n-1 }, { name: n-1 }]\n- name: b\n  nodes:\n    - name: n-1\n');
    expect(findingsOf(y.c, 'SE-F04')).toEqual([
      `[edge/sites] SE-F04: ${y.file}:2:34: node "n-1" is listed twice in site "a" (first at ${y.file}:2:19). Fix: remove the second entry`,
      `[edge/sites] SE-F04: ${y.file}:5:13: node "n-1" of site "b" is already in site "a" (at ${y.file}:2:19); a node is in one site. Fix: keep the node in the site where it is, and remove it from the other`,
    ]);
    expect(y.sites.unit('b')!.nodeNames).toEqual([]);
    const csv = load('csv', 'site,node\na,n-1\nb,n-1\n');
    expect(findingsOf(csv.c, 'SE-F04')[0]).toContain(`SE-F04: ${csv.file}:3 (column node): node "n-1" of site "b" is already in site "a" (at ${csv.file}:2 (column node))`);
  });

  test('SE-F05: a CSV attribute that differs between rows of one site', () => {
    const { c, file } = load('csv', 'site,node,region,tier\na,a-1,north,canary\na,a-2,south,canary\nb,b-1,south,x\n');
    expect(findingsOf(c, 'SE-F05')).toEqual([`[edge/sites] SE-F05: ${file}:3 (column region): attribute "region" of site "a" is "south" here but "north" on its first row (${file}:2); a site attribute is one value per site. Fix: write the same region on every row of site "a"`]);
    expect(findingsOf(load('csv', GOOD_CSV).c, 'SE-F05')).toEqual([]);
    // A quoted field may span lines: rows are numbered by the line they start on.
    const multi = load('csv', 'site,node,address,region\na,a-1,"1 Main St\nNorth Town",north\na,a-2,"1 Main St\nNorth Town",south\n');
    expect(findingsOf(multi.c, 'SE-F05')[0]).toContain(`SE-F05: ${multi.file}:4 (column region): attribute "region" of site "a" is "south" here but "north" on its first row (${multi.file}:2)`);
  });

  test('SE-F06: an unknown node fact, with a suggestion', () => {
    const { c, file } = load('yaml', '- name: a\n  nodes:\n    - { name: a-1, cpus: "4", ram: 8Gi }\n');
    expect(findingsOf(c, 'SE-F06')).toEqual([
      `[edge/sites] SE-F06: ${file}:3:26: node "a-1" of site "a" has the field "cpus", which is not a node fact (known: name, arch, interface, gpu, instanceId, networkCidr, cpu, memory). Fix: correct the field's name (did you mean "cpu"?), or move it to the site as an attribute`,
      `[edge/sites] SE-F06: ${file}:3:36: node "a-1" of site "a" has the field "ram", which is not a node fact (known: name, arch, interface, gpu, instanceId, networkCidr, cpu, memory). Fix: correct the field's name, or move it to the site as an attribute`,
    ]);
  });

  test('SE-F07: quantities that do not parse, or are negative', () => {
    const { c, file } = load('yaml', '- name: a\n  nodes:\n    - { name: a-1, cpu: "4 cores", memory: 8GB }\n    - { name: a-2, cpu: "-1", memory: 1e3 }\n');
    expect(findingsOf(c, 'SE-F07')).toEqual([
      `[edge/sites] SE-F07: ${file}:3:25: cpu of node "a-1" is "4 cores", which is not a Kubernetes quantity. Fix: give the node's allocatable CPU as a quantity, e.g. "4" or "3500m"`,
      `[edge/sites] SE-F07: ${file}:3:44: memory of node "a-1" is "8GB", which is not a Kubernetes quantity. Fix: give the node's allocatable memory as a quantity, e.g. "8Gi" or "16G" (no space, "Gi" not "GB")`,
      `[edge/sites] SE-F07: ${file}:4:25: cpu of node "a-2" is "-1", which is not at least 0. Fix: give the node's allocatable CPU as a quantity, e.g. "4" or "3500m"`,
    ]);
    const csv = load('csv', 'site,node,cpu,memory\na,a-1,4,8 Gi\n');
    expect(findingsOf(csv.c, 'SE-F07')[0]).toContain(`SE-F07: ${csv.file}:2 (column memory): memory of node "a-1" is "8 Gi"`);
  });

  test('SE-F08: wrong types: a number attribute, a gpu that is not a boolean, an unknown arch, nodes not a list', () => {
    const { c, file } = load('yaml', [
      '- name: a', '  floor: 3', '  nodes:', '    - { name: a-1, gpu: "yes", arch: x86_64 }',
      '- name: b', '  nodes: b-1', '- just a string',
    ].join('\n'));
    expect(findingsOf(c, 'SE-F08')).toEqual([
      `[edge/sites] SE-F08: ${file}:6:10: "nodes" is the string "b-1", expected a list of nodes. Fix: write "nodes" as a list of nodes`,
      `[edge/sites] SE-F08: ${file}:7:3: a site is the string "just a string", expected a map (name, nodes and attributes). Fix: write a site as a map (name, nodes and attributes)`,
      `[edge/sites] SE-F08: ${file}:2:10: attribute "floor" is the number 3, expected a string. Fix: write attribute "floor" as a string (quote it in YAML: "3")`,
      `[edge/sites] SE-F08: ${file}:4:25: gpu of node "a-1" is the string "yes", expected true or false. Fix: write gpu of node "a-1" as true or false`,
      `[edge/sites] SE-F08: ${file}:4:38: arch of node "a-1" is "x86_64", not one of amd64, arm64, arm. Fix: write the architecture as Kubernetes names it (kubernetes.io/arch): amd64, arm64 or arm`,
    ]);
    expect(findingsOf(load('yaml', GOOD_YAML).c, 'SE-F08')).toEqual([]);
  });

  test('every problem of a file at once, with the other topology errors, and nothing written', () => {
    const file = path.join(tmp, 'many.yaml');
    fs.writeFileSync(file, '- name: Shop-A\n  nodes: [{ name: a-1, cpu: lots }]\n- name: Shop-A\n  nodes: []\n- nodes: [{ name: z-1, colour: red }]\n');
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-out-'));
    const app = new App({ outdir });
    const c = new EdgeCluster(app, 'edge');
    SiteCatalog.fromFile(c, 'sites', file);
    let message = '';
    try {
      app.synth();
    } catch (e: any) {
      message = e.message;
    }
    for (const expected of [
      `[edge/sites] SE-F02: ${file}:5:3: a site has no name`,
      `[edge/sites] SE-F03: ${file}:3:9: site "Shop-A" is listed again`,
      `[edge/sites] SE-F06: ${file}:5:32: node "z-1"`,
      `[edge/sites] SE-F07: ${file}:2:29: cpu of node "a-1" is "lots"`,
      // The valid site is a unit, and the unit rules apply with its path.
      '[edge/sites/Shop-A] SE-U01: NodeUnit name "Shop-A" is not usable',
    ]) expect(message).toContain(expected);
    expect(fs.readdirSync(outdir)).toEqual([]);
  });
});

test('hostile site names: a path separator keeps its own construct, and the unit rules say what is wrong', () => {
  const c = cluster();
  const sites = SiteCatalog.fromRecords(c, 'sites', [
    { name: 'north/shop-1', nodes: [{ name: 'n-1' }] },
    { name: 'north_shop-1', nodes: [{ name: 'n-2' }] },
    { name: '<script>', nodes: [{ name: 'n-3' }] },
  ]);
  expect(sites.units.map(u => [u.unitName, u.node.path])).toEqual([
    ['<script>', 'edge/sites/<script>'],
    ['north/shop-1', 'edge/sites/north_shop-1'],
    ['north_shop-1', 'edge/sites/north_shop-1-2'],
  ]);
  expect(findingsOf(c, 'SE-U01').map(f => f.split(':')[0])).toEqual(['[edge/sites/north_shop-1] SE-U01', '[edge/sites/north_shop-1-2] SE-U01', '[edge/sites/<script>] SE-U01']);
});

describe('fromRecords', () => {
  const records: SiteRecord[] = [
    { name: 'b', attributes: { region: 'south' }, nodes: [{ name: 'b-1', arch: 'amd64', cpu: '2', memory: '4Gi', gpu: true }] },
    { name: 'a', attributes: { region: 'north' }, nodes: [{ name: 'a-1', interface: 'eth0', instanceId: 'ins-1', networkCidr: '192.168.1.0/24' }] },
  ];

  test('makes the same units as a file, whatever the order of the records', () => {
    const one = cluster();
    const sites = SiteCatalog.fromRecords(one, 'sites', records);
    expect(sites.siteNames).toEqual(['a', 'b']);
    expect(sites.select({ region: 'north' }).siteNames).toEqual(['a']);
    const a = sites.unit('a')!.edgeNodes[0];
    expect([a.defaultInterface, a.cvmInstanceId, a.networkCidr]).toEqual(['eth0', 'ins-1', '192.168.1.0/24']);
    expect(sites.unit('b')!.edgeNodes[0].gpu).toBe(true);
    const other = cluster();
    SiteCatalog.fromRecords(other, 'sites', [...records].reverse());
    expect(JSON.stringify(synth(other))).toBe(JSON.stringify(synth(one)));
  });

  test('SE-F08 / SE-F02: null, wrong types and stray fields from JavaScript callers, by record path', () => {
    const c = cluster();
    SiteCatalog.fromRecords(c, 'sites', [null, { name: 7, nodes: 'x' }, { name: 'ok', region: 'north', nodes: [{ name: 'ok-1', cpu: 4 }, { arch: 'arm64' }] }] as any);
    expect(Findings.of(c).map(Findings.format)).toEqual([
      '[edge/sites] SE-F02: records[2].nodes[1]: a node of site "ok" has no name. Fix: give the node its Kubernetes node name (YAML/JSON: "name: shop-0001-a"; CSV: the "node" column)',
      '[edge/sites] SE-F08: records[0]: a site record is empty, expected a SiteRecord ({ name, nodes, attributes }). Fix: write a site record as a SiteRecord ({ name, nodes, attributes })',
      '[edge/sites] SE-F08: records[1].nodes: nodes is the string "x", expected a list of SiteNodeRecord. Fix: write nodes as a list of SiteNodeRecord',
      '[edge/sites] SE-F08: records[2].region: a SiteRecord has name, nodes and attributes; "region" is none of them. Fix: put site attributes in "attributes": { region: ... }',
      '[edge/sites] SE-F08: records[1].name: the site name is the number 7, expected a string. Fix: write the site name as a string (quote it in YAML: "7")',
    ]);
    const notAList = cluster();
    SiteCatalog.fromRecords(notAList, 'sites', null as any);
    expect(findingsOf(notAList, 'SE-F01')).toEqual(['[edge/sites] SE-F01: records: the records are null, not a list of sites. Fix: pass a list of SiteRecord: [{ name, nodes: [...] }]']);
  });

  test('fromFile without a path, and select() with a non-string value, throw with the construct path', () => {
    const c = cluster();
    expect(() => SiteCatalog.fromFile(c, 'sites', undefined as any)).toThrow('edge/sites: SiteCatalog.fromFile() needs the path of a .yaml, .json or .csv file, got undefined');
    const sites = SiteCatalog.fromRecords(c, 'records', records);
    expect(() => sites.select({ floor: 3 } as any)).toThrow('edge/records: select() compares attributes with strings; "floor" is number. Pass floor: \'3\'');
    expect(() => sites.select(null as any)).toThrow('edge/records: select() takes a map of attribute to value');
  });
});

describe('selections', () => {
  function fleet() {
    const c = cluster();
    const sites = SiteCatalog.fromFile(c, 'sites', path.join(FIXTURES, 'sites.yaml'));
    return { c, sites };
  }

  test('select() needs every pair to match; all() is every site', () => {
    const { sites } = fleet();
    expect(sites.select({ region: 'north', tier: 'canary' }).siteNames).toEqual(['shop-0001']);
    expect(sites.select({ region: 'north' }).units.map(u => u.unitName)).toEqual(['shop-0001', 'shop-0003']);
    expect(sites.all().siteNames).toEqual(['shop-0001', 'shop-0002', 'shop-0003']);
  });

  test('SE-F09: an attribute no site has, reported where the selection is used', () => {
    const { c, sites } = fleet();
    sites.nodeGroup('north', { select: { regoin: 'north' } });
    const all = sites.nodeGroup('shops');
    const web = new DeploymentGrid(c, 'web', { nodeGroup: all, gridCrd: GridCrd.POOL_METADATA_PRESERVED, containers: [{ image: 'web:1' }] });
    web.overrideSites(sites.select({ teir: 'flagship' }), { replicas: 2 });
    new GridRollout(c, 'web-2', { grid: web, override: { image: 'web:2' }, waves: [sites.select({ Tier: 'canary' }), sites.all()] });
    expect(findingsOf(c, 'SE-F09')).toEqual([
      `[edge/north] SE-F09: NodeGroup "north" uses select({ regoin: "north" }), but no site of ${path.join(FIXTURES, 'sites.yaml')} has the attribute "regoin" (attributes: region, tier). Fix: select by an attribute the sites have (check its spelling), or add the attribute to the catalogue`,
      `[edge/web] SE-F09: overrideSites() of grid "web" uses select({ teir: "flagship" }), but no site of ${path.join(FIXTURES, 'sites.yaml')} has the attribute "teir" (attributes: region, tier). Fix: select by an attribute the sites have (check its spelling), or add the attribute to the catalogue`,
      `[edge/web-2] SE-F09: wave 1 of GridRollout "web-2" uses select({ Tier: "canary" }), but no site of ${path.join(FIXTURES, 'sites.yaml')} has the attribute "Tier" (attributes: region, tier). Fix: select by an attribute the sites have (check its spelling), or add the attribute to the catalogue`,
    ]);
    // The wave's own error is enough: no SE-R01 besides it.
    expect(findingsOf(c, 'SE-R01')).toEqual([]);
  });

  test('SE-F10: a selection that selects no site; quiet when it does', () => {
    const { c, sites } = fleet();
    sites.nodeGroup('east', { select: { region: 'East' } });
    sites.nodeGroup('north', { select: { region: 'north' } });
    expect(findingsOf(c, 'SE-F10')).toEqual([
      `[edge/east] SE-F10: NodeGroup "east" uses select({ region: "East" }), which selects no site of ${path.join(FIXTURES, 'sites.yaml')}. Fix: check the values (they are compared exactly, case included), or drop the selection`,
    ]);
    expect(findingsOf(c, 'SE-F09')).toEqual([]);
  });

  test('selections of a catalogue that cannot be read report nothing of their own (SE-F01 says it)', () => {
    const c = cluster();
    const sites = SiteCatalog.fromFile(c, 'sites', path.join(tmp, 'absent.csv'));
    sites.nodeGroup('north', { select: { region: 'north' } });
    const shops = sites.nodeGroup('shops');
    const web = new DeploymentGrid(c, 'web', { nodeGroup: shops, gridCrd: GridCrd.POOL_METADATA_PRESERVED, containers: [{ image: 'web:1' }] });
    new GridRollout(c, 'web-2', { grid: web, override: { image: 'web:2' }, waves: [sites.select({ tier: 'canary' }), sites.all()] });
    // No SE-F09/F10, and no SE-R01 for waves that pick nothing because nothing was read.
    expect(Findings.of(c).map(f => f.ruleId)).toEqual(['SE-F01', 'SE-G05', 'SE-G05', 'SE-W10']);
  });
});

test('every SE-F rule is in the catalogue', () => {
  for (let i = 1; i <= 10; i++) expect(RULES[`SE-F${String(i).padStart(2, '0')}`]).toBeDefined();
});

test('synthError shows catalogue errors like every other error', () => {
  const { c } = load('yaml', '- name: a\n  nodes: [{ name: a-1, memory: 1Gb }]\n');
  expect(synthError(c)).toContain(`[edge/sites] SE-F07: ${path.join(tmp, `c${n - 1}.yaml`)}:2:32: memory of node "a-1" is "1Gb"`);
});
