import { Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import {
  AdmissionTls, EdgeHealth, EdgeNode, Eni, EniAddOn, MultiRegionIngress, NodeUnit, Platform,
} from '../src';
import { appOf, cluster } from './support/synth';

// Values a user keeps in Secrets. They live in a separate chart (as they would in a
// sealed-secrets or external-secrets setup); the cluster's constructs get references.
const HMAC = 'hmac-value-7f3c1e9a';
const ENI_ID = 'AKIDsecretid0123456789';
const ENI_KEY = 'eni-secret-key-value-42';
const TLS_KEY = '-----BEGIN PRIVATE KEY-----tls-key-value';

test('no value passed as a secret appears in the cluster\'s output: Secrets are referenced by name only', () => {
  for (const platform of [Platform.SUPEREDGE, Platform.TKE_EDGE]) {
    const c = cluster({ platform });
    const secrets = new Chart(appOf(c), 'secrets');
    const hmac = new kplus.Secret(secrets, 'hmac', { metadata: { name: 'edge-health-hmac' }, stringData: { hmackey: HMAC } });
    const eni = new kplus.Secret(secrets, 'eni', { metadata: { name: 'eni-keys' }, stringData: { id: ENI_ID, key: ENI_KEY } });
    const tls = new kplus.Secret(secrets, 'tls', { metadata: { name: 'shop-tls' }, stringData: { 'tls.key': TLS_KEY } });

    const bj = new NodeUnit(c, 'beijing', { edgeNodes: [new EdgeNode({ name: 'bj-1', cvmInstanceId: 'ins-1' })] });
    new EdgeHealth(c, 'health', { checkUnits: [bj], daemonSet: platform === Platform.SUPEREDGE, hmacKey: { secret: hmac, key: 'hmackey' }, admissionTls: AdmissionTls.certManager({ issuer: 'ca' }) });
    new EniAddOn(c, 'eni', { secretId: { secret: eni, key: 'id' }, secretKey: { secret: eni, key: 'key' } });
    new MultiRegionIngress(c, 'shop', { nodeUnits: [bj], rules: [{ serviceName: 'web', port: 80 }], tls: [{ hosts: ['shop.example.com'], secret: tls }] });
    const dep = new kplus.Deployment(c, 'app', { containers: [{ image: 'nginx:1.25', name: 'app' }] });
    if (platform === Platform.TKE_EDGE) Eni.enable(dep, { nodeUnits: [bj] });

    // The whole app synthesizes (the Secrets chart does hold the values) ...
    expect(appOf(c).synthYaml()).toContain(ENI_KEY);
    // ... but the cluster's manifests only name the Secrets.
    const clusterPart = JSON.stringify(c.toJson());
    for (const value of [HMAC, ENI_ID, ENI_KEY, TLS_KEY]) {
      expect(clusterPart).not.toContain(value);
    }
    // The references are there.
    expect(clusterPart).toContain('shop-tls');
    if (platform === Platform.SUPEREDGE) expect(clusterPart).toContain('edge-health-hmac');
  }
});
