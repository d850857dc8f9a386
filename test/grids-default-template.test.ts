import { ControllerPreview, DeploymentGrid, GridCrd, NodeGroup, NodeUnit } from '../src';
import { patchedSchemaProblems } from './support/grid-crds';
import { cluster, find, findingsOf, synthError, synthUnchecked } from './support/synth';

/** Upstream's canary layout: three sites, one runs the new image, the others a pool entry. */
function canary(gridCrd = GridCrd.POOL_METADATA_PRESERVED) {
  const c = cluster();
  const bj = new NodeUnit(c, 'beijing', { nodes: ['bj-1'] });
  const gz = new NodeUnit(c, 'guangzhou', { nodes: ['gz-1'] });
  const sh = new NodeUnit(c, 'shanghai', { nodes: ['sh-1'] });
  const zone = new NodeGroup(c, 'zone', { nodeUnits: [bj, gz, sh] });
  const g = new DeploymentGrid(c, 'echo', { nodeGroup: zone, gridCrd, containers: [{ image: 'echo:2.0' }] });
  g.overrideOtherSites({ templateName: 'stable', image: 'echo:1.0' });
  g.overrideSite(gz, { templateName: 'default' });
  return { c, g };
}

describe('defaultTemplateName other than default (overrideOtherSites)', () => {
  test('the other sites use a templatePool entry named by defaultTemplateName; a site mapped to default runs spec.template', () => {
    const { c } = canary();
    const objects = synthUnchecked(c);
    expect(patchedSchemaProblems(objects)).toEqual([]);
    const spec = find(objects, 'DeploymentGrid', 'echo').spec;
    expect(spec.defaultTemplateName).toBe('stable');
    expect(spec.templates).toEqual({ guangzhou: 'default' });
    expect(Object.keys(spec.templatePool)).toEqual(['stable']);
    expect(spec.templatePool.stable.template.spec.containers[0].image).toBe('echo:1.0');
    expect(spec.template.template.spec.containers[0].image).toBe('echo:2.0');
    expect(findingsOf(c, 'SE-P04')).toEqual([]);
    expect(findingsOf(c, 'SE-P03')).toEqual([]);
  });

  test('the preview follows the controller\'s resolution', () => {
    const { c } = canary();
    const deployments = ControllerPreview.of(c).objects.filter(o => o.kind === 'Deployment');
    expect(deployments.map(d => [d.metadata.name, d.spec.template.spec.containers[0].image])).toEqual([
      ['echo-beijing', 'echo:1.0'], ['echo-guangzhou', 'echo:2.0'], ['echo-shanghai', 'echo:1.0'],
    ]);
  });

  test('SE-P01 applies as to every pool entry, SE-P05 to a templateName shared with a different override', () => {
    const { c } = canary(GridCrd.UPSTREAM);
    expect(synthError(c)).toContain('overrides sites guangzhou, (the other sites, overrideOtherSites)');
    const b = canary();
    const bj = b.g.nodeGroup as NodeGroup;
    b.g.overrideSite(bj.nodeUnits[0], { templateName: 'stable', image: 'echo:1.1' });
    expect(findingsOf(b.c, 'SE-P05').join('\n')).toContain('uses the templateName "stable" both for overrideOtherSites() and for a different site override');
  });
});
