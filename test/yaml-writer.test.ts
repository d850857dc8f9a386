/**
 * The fast YAML writer against cdk8s's own output (`Yaml.stringify`): random documents
 * with hostile strings and keys, byte for byte.
 */
import { Yaml } from 'cdk8s';
import * as fc from 'fast-check';
import { isPlainKey, isPlainValue } from '../src/render/plain-scalar';
import { isShared, shareFrozen, toYamlDocument, toYamlDocuments } from '../src/render/yaml-writer';

/** Strings YAML reads as something else, or cannot write plain, in 1.1 or 1.2. */
const HOSTILE = [
  '', ' ', 'yes', 'Yes', 'YES', 'no', 'No', 'on', 'On', 'off', 'OFF', 'y', 'Y', 'n', 'N', 'true', 'False', 'null', 'Null',
  'NULL', '~', '0x1F', '0o17', '0b101', '017', '0777', '1_000', '1e3', '1E3', '-1e-3', '+1', '-1', '1.', '.5', '3.14',
  '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '1:20', '190:20:30', '1:20.5', '2001-12-14', '2001-12-14t21:59:43.10-05:00',
  '2001-12-14 21:59:43.10 -5', ':', '::', 'a:', 'a: b', 'a:b', '#', 'a #b', 'a#b', '- ', '-', '- a', '--', '---', '--- a',
  '...', '... a', '%YAML', '?', '? a', '?a', '<<', '<', '>', '|', '|-', '>-', '!', '!!str', '&a', '*a', '@', '`', '"', "'",
  "it's", '"quoted"', '[a]', '{a: 1}', 'a,b', 'a, b', '=', 'a=b', 'a b', ' a', 'a ', 'a\tb', '\t', 'a\nb', 'a\n', '\n',
  '\na', 'a\n\nb', ' a\nb', 'a \nb', 'a\r\nb', '\r', 'a\u0000b', '\u0007', '\u001b[0m', '\u0085', '\u00a0', '\u2028',
  '\ud800', 'é', '日本語', '😀', 'ß', 'a\u200bb', 'x'.repeat(1025), 'y'.repeat(5000), 'a '.repeat(300), 'a-b_c.d/e', 'e0', 'E5', 'e+3', 'e-7', 'e1_0', 'ee1',
  'registry.example.com/app:1.0.0', '10.0.0.0/14', '8080', '1.0.0', '--port=8080', '-v', '/', '/a', '_', 'a_',
  'nodeunits.superedge.io', 'superedge.io/grid-selector', 'app.kubernetes.io/name', '@a', 'a@b', '+', '+a', '~a', 'a~',
  '=a', '.', '..', '.a', 'a.', '0', '00', '-0', '1', '12345678901234567890', 'TRUE', 'tRue', 'yES', 'Off', 'nO',
];

const hostile = fc.constantFrom(...HOSTILE);
/** Runs of the two big properties (raise it for a long search: YAML_WRITER_RUNS=100000). */
const RUNS = Number(process.env.YAML_WRITER_RUNS ?? 3000);
const plainish = fc.stringMatching(/^[a-z0-9][a-z0-9./:=@ -]{0,24}$/);
const anyString = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 10 }));
const str = fc.oneof({ arbitrary: plainish, weight: 4 }, { arbitrary: hostile, weight: 2 }, { arbitrary: anyString, weight: 1 });
const num = fc.oneof(
  fc.integer(), fc.integer({ min: -10, max: 10 }), fc.double(),
  fc.constantFrom(-0, 0, NaN, Infinity, -Infinity, 1e21, 2 ** 53, -(2 ** 53) - 2, 1e-7, 0.1),
);
const leaf = fc.oneof({ arbitrary: str, weight: 6 }, { arbitrary: num, weight: 2 }, fc.boolean(), fc.constant(null), fc.constant(undefined));
const key = fc.oneof({ arbitrary: plainish, weight: 4 }, { arbitrary: hostile, weight: 1 }, { arbitrary: anyString, weight: 1 });

const { doc } = fc.letrec(tie => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('map'), tie('list')),
  map: fc.dictionary(key, tie('value'), { maxKeys: 6 }),
  list: fc.array(tie('value'), { maxLength: 5 }),
  doc: fc.oneof(tie('map'), tie('list')),
}));

/** Documents where hostile values are rare: most of them take the fast path whole. */
const { plainDoc } = fc.letrec(tie => ({
  value: fc.oneof({ depthSize: 'small' }, { arbitrary: plainish, weight: 5 }, { arbitrary: fc.integer(), weight: 1 }, fc.boolean(), tie('map'), tie('list')),
  map: fc.dictionary(plainish, tie('value'), { maxKeys: 6 }),
  list: fc.array(tie('value'), { maxLength: 4 }),
  plainDoc: tie('map'),
}));

describe('toYamlDocument', () => {
  test('writes random documents with hostile strings exactly as cdk8s does', () => {
    fc.assert(fc.property(doc, d => toYamlDocument(d) === Yaml.stringify(d)), { numRuns: RUNS });
  });

  test('writes mostly plain documents exactly as cdk8s does', () => {
    fc.assert(fc.property(plainDoc, d => toYamlDocument(d) === Yaml.stringify(d)), { numRuns: RUNS });
  });

  test('writes every hostile string as a value, a key and a list entry at several depths as cdk8s does', () => {
    for (const s of HOSTILE) {
      for (const d of [{ a: s }, { [s]: 1 }, [s], { a: { [s]: [s, { [s]: s }] } }, [[s]], { x: [{ y: s, [s]: { z: s } }] }]) {
        expect(toYamlDocument(d)).toBe(Yaml.stringify(d));
      }
    }
  });

  test('writes a manifest on the fast path, without yaml', () => {
    const manifest = {
      apiVersion: 'superedge.io/v1',
      kind: 'DeploymentGrid',
      metadata: { name: 'nginx', namespace: 'default', labels: { 'app.kubernetes.io/name': 'nginx' } },
      spec: {
        gridUniqKey: 'location',
        template: {
          replicas: 3,
          selector: { matchLabels: { app: 'nginx' } },
          template: {
            spec: {
              containers: [{ image: 'nginx:1.25', name: 'main', ports: [{ containerPort: 8080 }], args: ['--port=8080', '-v'] }],
              volumes: [{ name: 'tmp', emptyDir: {} }],
              tolerations: [],
            },
          },
        },
      },
    };
    const spy = jest.spyOn(Yaml, 'stringify');
    let fast: string;
    try {
      fast = toYamlDocument(manifest);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
    expect(fast).toBe(Yaml.stringify(manifest));
    expect(fast).toContain('      emptyDir: {}\n');
  });

  test('leaves what it cannot write itself to yaml: aliases, block scalars, dates, maps, top-level scalars', () => {
    const shared = { a: 1 };
    const cases: any[] = [
      { x: shared, y: shared }, [shared, shared], { s: 'line 1\nline 2\n' }, { '---': 'x' }, { d: new Date(0) },
      { m: new Map([['a', 1]]) }, { b: BigInt(1) as any }, 'scalar', 42, null, {}, [], { n: Object.create(null) },
    ];
    for (const c of cases) expect(toYamlDocument(c)).toBe(Yaml.stringify(c));
    expect(toYamlDocument({ x: shared, y: shared })).toContain('*a1');
  });
});

describe('toYamlDocuments', () => {
  test('joins documents as Yaml.stringify(...docs) does, undefined ones as empty lines', () => {
    fc.assert(fc.property(fc.array(fc.oneof(doc, fc.constant(undefined)), { maxLength: 4 }),
      docs => toYamlDocuments(docs) === Yaml.stringify(...docs)), { numRuns: 500 });
    expect(toYamlDocuments([])).toBe(Yaml.stringify());
  });
});

describe('shared collections (shareFrozen)', () => {
  /** Documents that hold the same shared values at random places and depths: fresh maps and lists around them. */
  const values = fc.array(fc.oneof(doc, plainDoc, plainDoc, fc.constantFrom({}, [])), { minLength: 1, maxLength: 4 });
  const sharedDocs = fc.tuple(values, fc.array(fc.nat(), { minLength: 24, maxLength: 24 }))
    .map(([vs, picks]) => {
      const shared = vs.map(v => shareFrozen(v));
      let p = 0;
      const pick = () => picks[p++ % picks.length];
      const around = (depth: number): any => {
        const s = shared[pick() % shared.length];
        if (depth === 0) return s;
        return pick() % 2 === 0 ? { [`k${pick() % 3}`]: around(depth - 1), z: pick() } : [pick(), around(depth - 1)];
      };
      return Array.from({ length: 3 }, (_, i) => ({ doc: i, a: around(pick() % 4), b: [around(pick() % 3)] }));
    });

  test('random documents around shared values: the bytes cdk8s writes, every time, document by document and at once', () => {
    fc.assert(fc.property(sharedDocs, docs => {
      const copies = docs.map(d => Yaml.stringify(d));
      // Twice: the second time the shared values' YAML is remembered.
      for (let round = 0; round < 2; round++) docs.forEach((d, i) => expect(toYamlDocument(d)).toBe(copies[i]));
      expect(toYamlDocuments(docs)).toBe(Yaml.stringify(...docs));
      return true;
    }), { numRuns: RUNS / 10 });
  });

  test('one shared value at two depths and both ways of starting a line', () => {
    const s = shareFrozen({ name: 'main', ports: [{ containerPort: 8080 }], env: [{ name: 'A', value: 'yes' }] });
    const docs = [{ a: s }, { a: { b: { c: s } } }, { l: [s] }, { l: [[s]] }, { a: s }, { l: [s] }];
    for (const d of docs) expect(toYamlDocument(d)).toBe(Yaml.stringify(d));
  });

  test('a shared value twice in one document is an alias, as yaml writes it; unsure insides go to yaml each time', () => {
    const s = shareFrozen({ x: [1, 2] });
    expect(toYamlDocument({ a: s })).toBe(Yaml.stringify({ a: s })); // remembered
    expect(toYamlDocument({ a: s, b: s })).toBe(Yaml.stringify({ a: s, b: s }));
    expect(toYamlDocument({ a: s, b: s })).toContain('*a1');
    const block = shareFrozen({ script: 'line 1\nline 2\n', n: 1 });
    for (let i = 0; i < 2; i++) expect(toYamlDocument({ a: block, b: [block.n] })).toBe(Yaml.stringify({ a: block, b: [block.n] }));
  });

  test('shareFrozen freezes the whole value; a value that holds one object twice is frozen, not shared', () => {
    const inner = { a: 1 };
    const tree = shareFrozen({ x: { y: [inner] } });
    expect(Object.isFrozen(tree)).toBe(true);
    expect(Object.isFrozen(tree.x.y)).toBe(true);
    expect(Object.isFrozen(inner)).toBe(true);
    expect(isShared(tree.x)).toBe(true);
    expect(() => {
      'use strict';
      (tree.x.y as any).push(2);
    }).toThrow(TypeError);
    const twice = { p: { q: 1 } } as any;
    twice.r = twice.p;
    shareFrozen(twice);
    expect(Object.isFrozen(twice.p)).toBe(true);
    expect(isShared(twice)).toBe(false);
    expect(isShared(twice.p)).toBe(false);
    expect(toYamlDocument({ t: twice })).toBe(Yaml.stringify({ t: twice }));
    expect(isShared({})).toBe(false);
    expect(isShared('s')).toBe(false);
  });
});

describe('plain scalars', () => {
  test('a string the predicate calls plain is written by yaml as itself', () => {
    fc.assert(fc.property(fc.oneof(str, hostile), s => {
      if (isPlainValue(s)) expect(Yaml.stringify({ a: s })).toBe(`a: ${s}\n`);
      if (isPlainKey(s)) expect(Yaml.stringify({ [s]: 1 })).toBe(`${s}: 1\n`);
    }), { numRuns: 3000 });
  });

  test('refuses what reads as another type in YAML 1.1, and keys yaml writes as explicit keys', () => {
    for (const s of ['yes', 'on', 'off', 'y', 'n', '~', 'null', '0x1F', '1e3', 'e3', 'E+5', '.inf', '1:20', '2001-12-14', '017', '1_000', '']) {
      expect(isPlainValue(s)).toBe(false);
    }
    expect(isPlainKey('k'.repeat(1025))).toBe(false);
    expect(isPlainKey('k'.repeat(1024))).toBe(true);
    for (const s of ['nginx', 'site-00001', 'nodeunits.superedge.io', 'registry.example.com/a:1.0', '10.0.0.0/14', 'yesterday']) {
      expect(isPlainValue(s)).toBe(true);
    }
  });

  test('cdk8s writes with the yaml version the predicate reads its types from', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ours = require('yaml/package.json').version;
    let theirs = ours;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      theirs = require(require.resolve('yaml/package.json', { paths: [require.resolve('cdk8s')] })).version;
    } catch {
      // cdk8s uses the top-level yaml
    }
    expect(theirs).toBe(ours);
  });
});
