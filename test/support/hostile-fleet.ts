/**
 * A small fleet whose output holds strings the YAML writer must not write plain: values
 * that read as booleans, numbers or null in YAML 1.1 (`yes`, `no`, `on`, `0x1`, `08`,
 * `12:30:00`, `~`), multi-line strings (block scalars), keys with `:`, `? ` and `#`,
 * leading spaces, quotes, empty strings and maps, and odd numbers (-0, 1e21, 3.5).
 *
 * It takes the modules it builds with, so that a test can build the very same fleet in
 * an isolated module registry (where the fast writer is replaced by `Yaml.stringify`)
 * and compare what the two write byte for byte.
 */
import type * as Cdk8s from 'cdk8s';
import type * as Kplus from 'cdk8s-plus-27';
import type * as Library from '../../src';

export interface HostileModules {
  readonly cdk8s: typeof Cdk8s;
  readonly kplus: typeof Kplus;
  readonly lib: typeof Library;
}

/** Strings that need quotes (or a block scalar) in YAML 1.1, as cdk8s's `yaml` writes it. */
export const HOSTILE_VALUES: { [name: string]: string } = {
  YES: 'yes',
  NO: 'NO',
  ON: 'on',
  HEX: '0x1',
  OCTAL: '08',
  SEXAGESIMAL: '12:30:00',
  TILDE: '~',
  NULL: 'null',
  FLOAT: '1e3',
  EMPTY: '',
  LEADING_SPACE: ' lead',
  COLON_SPACE: 'a: b',
  DASH: '- x',
  QUOTES: '"q"',
  HASH: 'it\'s #1',
  MULTI: 'line one\nline two\n',
  MULTI_INDENTED: 'a\n  b',
  IPV6: '2001:db8::1',
  MARKER: '--- x',
};

export function hostileFleet(m: HostileModules): Cdk8s.App {
  const { cdk8s, kplus, lib } = m;
  const app = cdk8s.Testing.app();
  const c = new lib.EdgeCluster(app, 'edge', { namespace: 'apps' });
  const group = new lib.NodeGroup(c, 'location');
  group.addNodeUnit(new lib.NodeUnit(c, 'beijing', { nodes: ['bj-1'], nodeLabels: { 'example.com/yes': 'yes', 'example.com/off': 'off' } }));
  group.addNodeUnit(new lib.NodeUnit(c, 'no', { nodes: ['no-1', '0x1'] }));
  const envVariables: { [name: string]: { value: string } } = {};
  for (const [name, value] of Object.entries(HOSTILE_VALUES)) envVariables[name] = { value };
  const grid = new lib.DeploymentGrid(c, 'web', { nodeGroup: group, containers: [{ image: 'nginx:1.25', portNumber: 8080, envVariables }] });
  new lib.ServiceGrid(c, 'web-svc', { name: 'web', nodeGroup: group, selector: grid, ports: [{ port: 80, targetPort: 8080 }] });
  new kplus.ConfigMap(c, 'hostile', {
    metadata: { name: 'hostile', namespace: 'ops', annotations: { 'example.com/note': 'no', 'example.com/multi': 'a\n  b' } },
    data: { 'on': 'off', 'key.with-dot': 'null', 'y': '08', 'z': '12:30:00', 'text': 'first\nsecond' },
  });
  new cdk8s.ApiObject(c, 'widget', {
    apiVersion: 'example.com/v1',
    kind: 'Widget',
    metadata: { name: 'w', namespace: 'ops' },
    spec: {
      'a:b': 'yes',
      'c: d': 1,
      '? q': true,
      '#k': 'v',
      'y': 'n',
      'Yes': 'TRUE',
      ' lead': 'x',
      'multi\nkey': 'v',
      'list': ['- a', 'NO', 3.5, -0, 1e21, null, { k: '' }, [], {}, 'x\ny'],
      'empty': {},
      'none': [],
    },
  });
  const factory = new lib.KinsUnit(c, 'factory', { nodes: ['f-1'] });
  new kplus.ConfigMap(factory.unitChart, 'plc', { metadata: { name: 'plc' }, data: { Yes: 'TRUE', text: 'x\ny', port: '0502' } });
  lib.ControllerPreview.of(c).addChart();
  return app;
}

/**
 * Runs `write` with the library loaded afresh in an isolated module registry in which the
 * fast YAML writer (src/render/yaml-writer.ts) is cdk8s's own `Yaml.stringify`: what a
 * layout writes there is the reference its fast-writer output must equal byte for byte.
 * Returns how many documents or document lists went through `Yaml.stringify`.
 */
export function withYamlStringify(write: (m: HostileModules) => void): number {
  let calls = 0;
  jest.isolateModules(() => {
    jest.doMock('../../src/render/yaml-writer', () => {
      const { Yaml: Y } = jest.requireActual('cdk8s');
      // Everything else of the module as it is (shareFrozen, which the preview uses).
      const actual = jest.requireActual('../../src/render/yaml-writer');
      return {
        ...actual,
        toYamlDocument: (doc: any) => (calls++, Y.stringify(doc)),
        toYamlDocuments: (docs: any[]) => (calls++, Y.stringify(...docs)),
      };
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    write({ cdk8s: require('cdk8s'), kplus: require('cdk8s-plus-27'), lib: require('../../src') });
  });
  jest.dontMock('../../src/render/yaml-writer');
  return calls;
}
