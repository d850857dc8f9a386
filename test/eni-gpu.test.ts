import { JsonPatch, ApiObject } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { EdgeNode, Eni, EniAddOn, GpuPlacement, NodeUnit, Platform } from '../src';
import { schemaProblems } from './support/schema';
import { cluster, findingsOf, synth, synthError } from './support/synth';
import { modelFromManifests } from '../src/model/from-manifests';
import { runCatalogue } from '../src/validation/model-checks';

function tke() {
  const c = cluster({ platform: Platform.TKE_EDGE });
  const cvm = new NodeUnit(c, 'cvm', {
    edgeNodes: [new EdgeNode({ name: 'cvm-1', cvmInstanceId: 'ins-aaaa' }), new EdgeNode({ name: 'cvm-2', cvmInstanceId: 'ins-bbbb' })],
  });
  const idc = new NodeUnit(c, 'idc', { nodes: ['idc-1'] });
  const keys = kplus.Secret.fromSecretName(c, 'keys', 'eni-keys');
  return { c, cvm, idc, keys };
}

describe('ENI', () => {
  test('annotation and required node affinity to the CVM nodes', () => {
    const { c, cvm, keys } = tke();
    new EniAddOn(c, 'eni', { secretId: { secret: keys, key: 'id' }, secretKey: { secret: keys, key: 'key' } });
    const dep = new kplus.Deployment(c, 'app', { containers: [{ image: 'nginx:1.25', name: 'app' }] });
    Eni.enable(dep, { nodeUnits: [cvm] });
    const objects = synth(c);
    expect(schemaProblems(objects)).toEqual([]);
    expect(synthError(c)).toBe('');
    const tpl = objects.find(o => o.kind === 'Deployment').spec.template;
    expect(tpl.metadata.annotations).toEqual({ 'tke.cloud.tencent.com/networks': 'tke-direct-eni,flannel' });
    expect(tpl.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms).toEqual([
      { matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['cvm-1', 'cvm-2'] }] },
    ]);
  });

  test('SE-E01: nodes that are not CVM instances are refused', () => {
    const { c, cvm, idc } = tke();
    const dep = new kplus.Deployment(c, 'app', { containers: [{ image: 'nginx:1.25', name: 'app' }] });
    Eni.enable(dep, { nodeUnits: [cvm, idc] });
    expect(findingsOf(c, 'SE-E01')).toEqual([
      '[edge/app] SE-E01: "app" asks for an ENI on nodes that are not declared as Tencent Cloud CVM instances: idc-1; ENI works on CVM nodes only. Fix: declare them as new EdgeNode({ name, cvmInstanceId: \'ins-...\' }), or leave them out of the ENI workload\'s nodes',
    ]);
    expect(synthError(c)).toContain('SE-E01');
  });

  test('SE-E02: no nodes named', () => {
    const { c } = tke();
    const dep = new kplus.Deployment(c, 'app', { containers: [{ image: 'nginx:1.25', name: 'app' }] });
    Eni.enable(dep, {});
    expect(findingsOf(c, 'SE-E02')[0]).toContain('SE-E02: "app" asks for an ENI but names no nodes: ENI pods must be pinned to CVM nodes');
  });

  test('SE-E03: only on TKE Edge', () => {
    const c = cluster();
    new NodeUnit(c, 'cvm', { edgeNodes: [new EdgeNode({ name: 'cvm-1', cvmInstanceId: 'ins-a' })] });
    const dep = new kplus.Deployment(c, 'app', { containers: [{ image: 'nginx:1.25', name: 'app' }] });
    Eni.enable(dep, { nodes: ['cvm-1'] });
    expect(findingsOf(c, 'SE-E03')[0]).toContain('SE-E03: "app" asks for an ENI, which only the TKE Edge ENI add-on provides; the cluster\'s platform is superedge');
  });

  test('SE-E04: unit nodes added after enable() are not pinned', () => {
    const { c, cvm } = tke();
    const dep = new kplus.Deployment(c, 'app', { containers: [{ image: 'nginx:1.25', name: 'app' }] });
    Eni.enable(dep, { nodeUnits: [cvm] });
    cvm.addEdgeNode(new EdgeNode({ name: 'cvm-3', cvmInstanceId: 'ins-cccc' }));
    expect(findingsOf(c, 'SE-E04')[0]).toContain('SE-E04: the units of "app" changed after Eni.enable(): the pods are pinned to cvm-1, cvm-2 but the units now hold cvm-1, cvm-2, cvm-3');
  });

  test('SE-E05: warns when the cluster declares no ENI add-on', () => {
    const { c, cvm } = tke();
    const dep = new kplus.Deployment(c, 'app', { containers: [{ image: 'nginx:1.25', name: 'app' }] });
    Eni.enable(dep, { nodeUnits: [cvm] });
    expect(findingsOf(c, 'SE-E05')[0]).toContain('warning SE-E05: "app" asks for an ENI but the cluster declares no EniAddOn');
  });
});

describe('GPU', () => {
  function gpuDeployment(c: any) {
    const dep = new kplus.Deployment(c, 'train', { containers: [{ image: 'cuda:12', name: 'train' }] });
    // cdk8s-plus has no GPU resource: patch it in (as a Quantity, which cdk8s-plus renders).
    ApiObject.of(dep).addJsonPatch(JsonPatch.add('/spec/template/spec/containers/0/resources/limits/nvidia.com~1gpu', kplus.k8s.Quantity.fromNumber(1)));
    return dep;
  }

  test('SE-X01: a workload asking for nvidia.com/gpu on units without GPU nodes is refused', () => {
    const c = cluster();
    const gpu = new NodeUnit(c, 'gpu', { edgeNodes: [new EdgeNode({ name: 'g-1', gpu: true })] });
    const plain = new NodeUnit(c, 'plain', { nodes: ['p-1'] });
    GpuPlacement.check(gpuDeployment(c), [gpu, plain]);
    expect(findingsOf(c, 'SE-X01')).toEqual([
      '[edge/train] SE-X01: "train" asks for nvidia.com/gpu (containers train) but units plain have no GPU node, so its pods there stay Pending. Fix: deploy it only to units with GPU nodes, or declare their GPU nodes with new EdgeNode({ name, gpu: true })',
    ]);
  });

  test('GPU units pass; workloads without GPU requests pass anywhere', () => {
    const c = cluster();
    const gpu = new NodeUnit(c, 'gpu', { edgeNodes: [new EdgeNode({ name: 'g-1', gpu: true })] });
    const plain = new NodeUnit(c, 'plain', { nodes: ['p-1'] });
    GpuPlacement.check(gpuDeployment(c), [gpu]);
    GpuPlacement.check(new kplus.Deployment(c, 'web', { containers: [{ image: 'nginx:1.25' }] }), [plain]);
    expect(findingsOf(c, 'SE-X01')).toEqual([]);
    const train = synth(c).find(o => o.kind === 'Deployment' && o.metadata.name === 'edge-train');
    expect(train.spec.template.spec.containers[0].resources.limits['nvidia.com/gpu']).toBe(1);
  });

  test('the rule reads grid templates written by hand (manifests), at file#doc', () => {
    const docs = [
      { apiVersion: 'site.superedge.io/v1alpha2', kind: 'NodeUnit', metadata: { name: 'plain' }, spec: { nodes: ['p-1'] } },
      { apiVersion: 'site.superedge.io/v1alpha2', kind: 'NodeGroup', metadata: { name: 'location' }, spec: { nodeUnits: ['plain'] } },
      {
        apiVersion: 'superedge.io/v1',
        kind: 'DeploymentGrid',
        metadata: { name: 'train' },
        spec: { gridUniqKey: 'location', template: { template: { spec: { containers: [{ name: 'x', resources: { requests: { 'nvidia.com/gpu': '1' } } }] } } } },
      },
    ].map((object, i) => ({ file: 'gpu.yaml', doc: i + 1, object }));
    const findings = runCatalogue(modelFromManifests(docs)).get('gpu.yaml#3') ?? [];
    expect(findings.map(f => f.ruleId)).toContain('SE-X01');
    expect(findings.find(f => f.ruleId === 'SE-X01')!.message).toBe('"DeploymentGrid train" asks for nvidia.com/gpu (containers x) but units plain have no GPU node, so its pods there stay Pending');
  });
});
