/**
 * Renders the HTML page of a sample fleet and takes a screenshot of it in headless
 * Chromium, for docs/graph-example.png:
 *
 *   node --require ts-node/register/transpile-only scripts/graph-example.ts [out.png]
 *
 * Needs Chromium at /usr/bin/chromium (Debian: apt-get install -y chromium).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { GraphInput, TopologyGraph } from '../src';

const stores = Array.from({ length: 14 }, (_, i) => ({
  name: `store-${String(i + 1).padStart(3, '0')}`, nodeCount: 1 + (i % 2), architectures: ['arm64'], wave: 1 + (i % 3),
}));

/** Low, so that the sample shows a collapsed group with a short table (the default is 30). */
const SAMPLE_THRESHOLD = 10;

export const SAMPLE_FLEET: GraphInput = {
  title: 'Sample edge fleet',
  clusters: [
    {
      name: 'edge',
      wave: 1,
      units: [
        { name: 'beijing', nodeCount: 2, architectures: ['amd64'], wave: 1, ingress: true },
        { name: 'guangzhou', nodeCount: 3, architectures: ['amd64', 'arm64'], wave: 2, ingress: true },
        { name: 'shanghai', nodeCount: 4, architectures: ['amd64'], wave: 2 },
        { name: 'factory', nodeCount: 3, architectures: ['arm64'], kins: true, wave: 3 },
      ],
      groups: [
        { name: 'location', units: ['beijing', 'guangzhou', 'shanghai'] },
        { name: 'plants', units: ['factory'] },
      ],
      grids: [
        { name: 'nginx', kind: 'DeploymentGrid', group: 'location' },
        { name: 'nginx', kind: 'ServiceGrid', group: 'location' },
        { name: 'db', kind: 'StatefulSetGrid', group: 'location' },
      ],
    },
    {
      name: 'retail',
      wave: 2,
      units: [...stores, { name: 'hq', nodeCount: 3, architectures: ['amd64'], wave: 1 }],
      groups: [{ name: 'stores', units: stores.map(s => s.name) }, { name: 'office', units: ['hq'] }],
      grids: [{ name: 'pos', kind: 'DeploymentGrid', group: 'stores' }],
    },
  ],
};

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'docs', 'graph-example.png'));
  const html = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'graph-example-')), 'fleet.html');
  fs.writeFileSync(html, await TopologyGraph.html(SAMPLE_FLEET, { collapseThreshold: SAMPLE_THRESHOLD }));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: 1.5 });
    await page.goto(`file://${html}`);
    await page.screenshot({ path: out, fullPage: true });
  } finally {
    await browser.close();
  }
  console.log(`wrote ${out}`);
}

if (require.main === module) {
  main().catch(e => {
    console.error(e);
    process.exit(1);
  });
}
