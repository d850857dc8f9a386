/**
 * The fleet as data: the shops of `sites.csv` (one row per node, site attributes in
 * the other columns) become one NodeUnit each; the web shop runs in every site, the
 * flagship gets three replicas, and version 1.5.0 rolls out in waves (canary, then
 * the north, then everyone) with wave 1 done. Each site's capacity is checked before
 * anything is written. See docs/fleet.md for the numbers.
 *
 *   npx projen examples   # writes examples/edge-fleet/dist/edge.k8s.yaml (apply this)
 *                         # and edge-controller-preview.k8s.yaml: which site runs which version
 *
 * The grids run with grid CRDs that keep templatePool pod metadata (see docs/grids.md):
 * per-site templates need them.
 */
import * as path from 'path';
import { App, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { AdmissionTls, ControllerPreview, DeploymentGrid, EdgeCluster, EdgeHealth, GridCrd, GridRollout, ServiceGrid, SiteCatalog } from '../../src';

const app = new App();
const cluster = new EdgeCluster(app, 'edge', { podCidr: '10.33.0.0/16', serviceCidr: '10.44.0.0/16' });
// A relative path resolves against the working directory; this program may run from
// anywhere (tools load the examples from scratch folders), so it names the file next to it.
const sites = SiteCatalog.fromFile(cluster, 'sites', path.join(__dirname, 'sites.csv'));
const shops = sites.nodeGroup('shops');

const web = new DeploymentGrid(cluster, 'web', {
  nodeGroup: shops,
  gridCrd: GridCrd.POOL_METADATA_PRESERVED,
  containers: [{
    image: 'shop/web:1.4.0',
    portNumber: 8080,
    resources: { cpu: { request: kplus.Cpu.millis(200) }, memory: { request: Size.mebibytes(256) } },
  }],
});
web.overrideSites(sites.select({ tier: 'flagship' }), { replicas: 3 });
new ServiceGrid(cluster, 'web-svc', { name: 'web', nodeGroup: shops, selector: web, ports: [{ port: 80, targetPort: 8080 }] });

// Nodes of a site probe each other, so that losing the cloud link alone evicts nothing.
// The votes are signed with a key from a Secret created out of band (never in the manifests).
new EdgeHealth(cluster, 'health', {
  checkUnits: sites.units,
  daemonSet: true,
  hmacKey: { secret: kplus.Secret.fromSecretName(cluster, 'hmac', 'edge-health-hmac'), key: 'hmackey' },
  // The votes change evictions only through edge-health-admission, whose webhook
  // certificate cert-manager issues (from the cluster's CA issuer "edge-ca").
  admissionTls: AdmissionTls.certManager({ issuer: 'edge-ca' }),
});

const rollout = new GridRollout(cluster, 'web-1-5', {
  grid: web,
  override: { image: 'shop/web:1.5.0' },
  waves: [sites.select({ tier: 'canary' }), sites.select({ region: 'north' }), sites.all()],
  currentWave: 1,
});

ControllerPreview.of(cluster).addChart();
app.synth();
// eslint-disable-next-line no-console
console.log(`web-1-5: updated ${rollout.sitesUpdated.join(', ')}; pending ${rollout.sitesPending.join(', ')}`);
