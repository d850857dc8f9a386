import { Plan, describeChange } from '../src/plan/plan-diff';
import { planJson, planMarkdown } from '../src/plan/plan-report';

function plan(sites: number, objects: number): Plan {
  return {
    sitesChanged: sites,
    sites: Array.from({ length: sites }, (_, i) => ({
      site: `site-${String(i).padStart(3, '0')}`,
      status: 'changed' as const,
      wave: 1 + (i % 2),
      added: [],
      removed: [],
      changed: [{ name: `Deployment web-site-${i}`, what: ['image main: web:1 -> web:2'] }],
      nodeLabels: [],
      taints: [],
      nodes: [],
    })),
    objects: { added: Array.from({ length: objects }, (_, i) => `ConfigMap ops/c-${i}`), removed: [], changed: [] },
  };
}

test('the Markdown summary puts counts first and caps sites and objects with "and N more"', () => {
  const text = planMarkdown(plan(60, 55), 50);
  const lines = text.split('\n');
  expect(lines[2]).toBe('**60 sites change** (0 added, 0 removed, 60 changed); **55 cluster-wide objects** change (55 added, 0 removed, 0 changed).');
  expect(lines.filter(l => l.startsWith('| site-'))).toHaveLength(50);
  expect(text).toContain('| site-049 | 2 | changed | ~ Deployment web-site-49 (image main: web:1 -&gt; web:2) |');
  expect(text).not.toContain('site-050');
  expect(text).toContain('\nand 10 more sites\n');
  expect(lines.filter(l => l.startsWith('- added: '))).toHaveLength(50);
  expect(text).toContain('\nand 5 more objects\n');
});

test('the Markdown summary escapes table syntax in names', () => {
  const p = plan(1, 0);
  const text = planMarkdown({ ...p, sites: [{ ...p.sites[0], site: 'a|b<script>' }] });
  expect(text).toContain('| a\\|b&lt;script&gt; |');
});

test('the JSON has the documented shape', () => {
  const json = JSON.parse(planJson(plan(1, 1)));
  expect(json).toEqual({
    sitesChanged: 1,
    sites: { 'site-000': { status: 'changed', wave: 1, added: [], removed: [], changed: [{ name: 'Deployment web-site-0', what: ['image main: web:1 -> web:2'] }], nodeLabels: [], taints: [], nodes: [] } },
    objects: { added: ['ConfigMap ops/c-0'], removed: [], changed: [] },
  });
});

test('what changed in a workload: replicas, image, env, resources, then other fields', () => {
  const spec = (replicas: number, image: string, env: any[], cpu: string, extra: any = {}) => ({
    template: { replicas, template: { spec: { containers: [{ name: 'main', image, env, resources: { requests: { cpu } } }], ...extra } } },
  });
  expect(describeChange(spec(2, 'a:1', [{ name: 'A', value: '1' }], '100m'), spec(3, 'a:2', [{ name: 'A', value: '2' }, { name: 'B', value: 'x' }], '200m', { hostNetwork: true }))).toEqual([
    'replicas 2 -> 3',
    'image main: a:1 -> a:2',
    'env main: ~A +B',
    'resources main: requests.cpu: 100m -> 200m',
    'other fields: template.template.spec.hostNetwork',
  ]);
  expect(describeChange(spec(1, 'a', [], '1'), spec(1, 'a', [], '1', { priorityClassName: 'x' }))).toEqual(['other fields: template.template.spec.priorityClassName']);
});
