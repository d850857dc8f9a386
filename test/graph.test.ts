import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { GraphInput, TopologyGraph } from '../src';
import { largeFleet, smallFleet } from './support/fleets';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = fs.existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.log(`skipping the browser test of the HTML page: ${CHROMIUM} is absent (apt-get install -y chromium)`);

/** The same fleet with every list reversed. */
function reversed(input: GraphInput): GraphInput {
  return {
    ...input,
    clusters: [...input.clusters].reverse().map(c => ({
      ...c,
      units: [...c.units].reverse(),
      groups: [...(c.groups ?? [])].reverse().map(g => ({ ...g, units: [...g.units].reverse() })),
      grids: [...(c.grids ?? [])].reverse(),
    })),
  };
}

const SITES = ['beijing', 'guangzhou', 'shanghai', 'factory', 'shenzhen', 'xiamen'];

describe('mermaid', () => {
  test('clusters hold groups, groups their units; grids link to their group; waves are classes; Kins is double-bordered', () => {
    const text = TopologyGraph.mermaid(smallFleet());
    expect(text.startsWith('flowchart LR\n')).toBe(true);
    expect(text).toContain('  subgraph c0["cluster edge (GitOps wave 1)"]\n    subgraph c0g0["group location"]\n      c0g0u0["beijing<br/>2 nodes, amd64<br/>wave 1<br/>ingress"]');
    expect(text).toContain('c0g1u0[["factory<br/>3 nodes, arm64<br/>wave 3<br/>Kins"]]');
    expect(text).toContain('c0x0 --> c0g0'); // db (StatefulSetGrid) on location
    expect(text).toContain('c1x0 --> c1g0'); // pos on region
    expect(text).toContain('c1lu0["xiamen<br/>1 node"]'); // in no group
    expect(text).toContain('classDef wave0 fill:#cfe8ff');
    expect(text).toContain('  class c0g0u1,c0g0u2 wave1\n');
    for (const site of SITES) expect(text).toContain(`"${site}<br/>`);
  });

  test('the same text whatever the input order', () => {
    expect(TopologyGraph.mermaid(reversed(smallFleet()))).toBe(TopologyGraph.mermaid(smallFleet()));
  });

  test('hostile names cannot break the syntax', () => {
    const text = TopologyGraph.mermaid({ clusters: [{ name: 'a"]; click x "js:alert(1)', units: [{ name: '<b>x</b>', nodeCount: 1 }] }] });
    expect(text).toContain('cluster a#34;#93;#59; click x #34;js:alert(1)');
    expect(text).toContain('#60;b#62;x#60;#47;b#62;');
    expect(text).not.toContain('<b>');
  });

  test('past the threshold a group is one box with counts', () => {
    const text = TopologyGraph.mermaid(largeFleet(40));
    expect(text).toContain('c0g1_all["stores:<br/>40 units, 79 nodes<br/>wave 1: 14, wave 2: 13, wave 3: 13"]');
    expect(text).not.toContain('store-0001');
    expect(text).toContain('hq<br/>3 nodes, amd64');
    expect(TopologyGraph.mermaid(largeFleet(40), { collapseThreshold: 50 })).toContain('store-0039');
  });
});

describe('dot and svg', () => {
  test('DOT nests clusters and groups, colours waves, marks Kins with a double border', () => {
    const dot = TopologyGraph.dot(smallFleet());
    expect(dot).toContain('subgraph cluster_c0 {');
    expect(dot).toContain('label="cluster edge\\nGitOps wave 1"');
    expect(dot).toContain('c0g1u0 [fillcolor="#fff1b8", peripheries=2, label="factory\\n3 nodes, arm64\\nwave 3\\nKins"];');
    expect(dot).toContain('c0x0 -> c0g0u0 [lhead=cluster_c0g0];');
  });

  test('quotes and backslashes in names are escaped in DOT', () => {
    const dot = TopologyGraph.dot({ clusters: [{ name: 'x"\\N', units: [] }] });
    expect(dot).toContain('label="cluster x\\"\\\\N"');
  });

  test('the SVG is deterministic and shows every site', async () => {
    const a = await TopologyGraph.svg(smallFleet());
    const b = await TopologyGraph.svg(reversed(smallFleet()));
    expect(a).toBe(b);
    expect(a).toContain('<svg');
    for (const site of SITES) expect(a).toContain(`>${site}</text>`);
  });

  test('bad input says where and what', () => {
    expect(() => TopologyGraph.dot({ clusters: [{ name: 'edge', units: [{ name: 'a', nodeCount: -1 }], groups: [{ name: 'g', units: ['a', 'b'] }], grids: [{ name: 'x', kind: 'DeploymentGrid', group: 'h' }] }] }))
      .toThrow(/clusters\[0\]\.units\[0\] \("a"\)\.nodeCount must be a whole number of at least 0, got -1[\s\S]*groups\[0\] \("g"\) names unit "b", which is not among the units of cluster "edge"[\s\S]*grids\[0\] \("x"\) is attached to group "h", which is not a group of cluster "edge"/);
    expect(() => TopologyGraph.mermaid(null as any)).toThrow(/the input must be an object with a clusters list/);
    expect(() => TopologyGraph.mermaid(smallFleet(), { collapseThreshold: 0 })).toThrow(/collapseThreshold must be a whole number of at least 1/);
  });
});

describe('html', () => {
  test('one self-contained page: the SVG inline, a legend, a table of sites; user strings escaped', async () => {
    const page = await TopologyGraph.html(smallFleet());
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('<svg');
    expect(page).not.toContain('<?xml');
    expect(page).not.toMatch(/<script|<link rel="stylesheet"|src="http|href="http/);
    expect(page).toContain('<tr><td>guangzhou</td><td>edge</td><td>location</td><td class="num">3</td><td>amd64, arm64</td><td>db (StatefulSetGrid), nginx (DeploymentGrid), nginx (ServiceGrid)</td>');
    expect(page).toContain('<li><span class="swatch" style="background:#fff1b8"></span>wave 3</li>');
    const hostile = await TopologyGraph.html({ title: '<script>alert(1)</script>', clusters: [{ name: 'c', units: [{ name: '<img src=x onerror=alert(1)>', nodeCount: 1 }] }] });
    expect(hostile).not.toContain('<script>');
    expect(hostile).not.toContain('<img');
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  (HAVE_CHROMIUM ? test : test.skip)('loads in headless Chromium with no console error and shows every site', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require('playwright-core');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'graph-')), 'fleet.html');
    fs.writeFileSync(file, await TopologyGraph.html(smallFleet()));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (msg: any) => { if (msg.type() === 'error') errors.push(msg.text()); });
      page.on('pageerror', (e: any) => errors.push(String(e)));
      page.on('requestfailed', (r: any) => errors.push(`request failed: ${r.url()}`));
      await page.goto(`file://${file}`, { waitUntil: 'load' });
      const text: string = await page.innerText('body');
      const tableSites: string[] = await page.$$eval('tbody tr td:first-child', (tds: any[]) => tds.map(td => td.textContent));
      const svgText: string = await page.$eval('svg', (svg: any) => svg.textContent);
      expect(errors).toEqual([]);
      expect(tableSites).toEqual(['beijing', 'factory', 'guangzhou', 'shanghai', 'shenzhen', 'xiamen']);
      for (const site of SITES) {
        expect(text).toContain(site);
        expect(svgText).toContain(site);
      }
      expect(text).toContain('2 clusters, 6 sites.');
      expect(await page.$$eval('svg', (s: any[]) => s.length)).toBe(1);
    } finally {
      await browser.close();
    }
  }, 60000);
});
