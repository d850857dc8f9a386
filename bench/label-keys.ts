/**
 * Where per-site label keys bite: plain cdk8s ApiObjects (no cdk8s-superedge code),
 * one per site, whose labels use either a per-site key (`<site>: ...`, as SuperEdge's
 * `<unit>=nodeunits.superedge.io`) or one shared key. Same object count and bytes
 * apart from the key; measured in the same process as the fleet benchmark's child.
 */
import { ApiObject, App, Chart } from 'cdk8s';

export interface LabelKeysResult {
  readonly sites: number;
  readonly sharedKeyMs: number;
  readonly perSiteKeyMs: number;
}

function synthPlain(sites: number, perSiteKey: boolean, now: () => number): number {
  const app = new App({ outdir: '/tmp/cdk8s-superedge-bench' });
  const chart = new Chart(app, 'plain', { disableResourceNameHashes: true });
  for (let i = 0; i < sites; i++) {
    const name = `site-${String(i).padStart(5, '0')}`;
    const key = perSiteKey ? name : 'site-key';
    new ApiObject(chart, name, {
      apiVersion: 'site.superedge.io/v1alpha2',
      kind: 'NodeUnit',
      metadata: { name },
      spec: { setNode: { labels: { [key]: 'nodeunits.superedge.io', location: name } } },
    });
  }
  const t = now();
  app.synthYaml();
  return now() - t;
}

export function measureLabelKeys(sites: number, now: () => number, gc: () => void): LabelKeysResult {
  synthPlain(100, true, now); // warm-up
  synthPlain(100, false, now);
  let shared = Infinity;
  let perSite = Infinity;
  for (let round = 0; round < 2; round++) {
    gc();
    shared = Math.min(shared, synthPlain(sites, false, now));
    gc();
    perSite = Math.min(perSite, synthPlain(sites, true, now));
  }
  return { sites, sharedKeyMs: shared, perSiteKeyMs: perSite };
}
