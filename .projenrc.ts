import { cdk8s, javascript } from 'projen';

const project = new cdk8s.ConstructLibraryCdk8s({
  name: 'cdk8s-superedge',
  description: 'Declare a SuperEdge / TKE Edge topology (NodeUnits, NodeGroups, grids, Kins, ingress, edge-health) as cdk8s constructs, checked at synth time.',
  author: 'cdk8s-superedge developers',
  authorAddress: 'maintainers@users.noreply.example',
  repositoryUrl: 'https://github.com/cdk8s-superedge/cdk8s-superedge.git',
  keywords: ['cdk8s', 'kubernetes', 'superedge', 'tke-edge', 'edge', 'k3s'],
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,

  // cdk8s 2.x / constructs 10.x; `projen new cdk8s-construct` defaults to cdk8s 1.x.
  cdk8sVersion: '2.70.106',
  constructsVersion: '10.8.1',
  jsiiVersion: '~6.0.0',
  peerDeps: ['cdk8s-plus-27@^2.9.5'],
  // Runtime dependencies are bundled into the package (jsii libraries must bundle theirs).
  bundledDeps: [
    // Reading YAML manifests and catalogues with line numbers (the lint/import/plan commands,
    // SiteCatalog), and the slow path of the fast YAML writer: the same package cdk8s uses.
    'yaml@^2.9.1',
    // CSV site catalogues: a well-kept RFC 4180 parser that reports line numbers.
    'csv-parse@^6.1.0',
    // The cdk8s-superedge command line: a well-kept argument parser with --help per command.
    // (14.x: 15.x needs Node 22; this project supports Node 20.)
    'commander@^14.0.3',
    // Pictures of the topology: Graphviz compiled to WebAssembly, no native binary.
    '@viz-js/viz@^3.31.0',
    // `tke create-cluster`: Tencent Cloud's official SDK, its model types type the request body.
    'tencentcloud-sdk-nodejs-tke@^4.1.314',
  ],
  bin: { 'cdk8s-superedge': 'lib/cli/main.js' },
  devDeps: [
    // Property-based tests (hostile inputs, the fast YAML writer against cdk8s' own output).
    'fast-check@^4.11.0',
    // Published schemas of the GitOps engines' objects (Argo CD ApplicationSet, Flux Kustomization).
    '@kubernetes-models/argo-cd@^4.0.0',
    '@kubernetes-models/flux-cd@^4.0.0',
    // Drives Debian's headless Chromium to test the HTML topology page as a person sees it.
    'playwright-core@^1.65.1',
    // Kubernetes 1.27 OpenAPI schemas, used by the tests when ../shared/tools is absent.
    'kubernetes-models@4.3.1',
  ],

  // Bindings for the other jsii languages (built and published by the release workflow;
  // their registries are not reachable from this project's CI machines).
  publishToPypi: { distName: 'cdk8s-superedge', module: 'cdk8s_superedge' },
  publishToMaven: {
    javaPackage: 'io.github.cdk8s_superedge',
    mavenGroupId: 'io.github.cdk8s-superedge',
    mavenArtifactId: 'cdk8s-superedge',
  },
  publishToNuget: { dotNetNamespace: 'Cdk8sSuperedge', packageId: 'Cdk8sSuperedge' },
  publishToGo: { moduleName: 'github.com/cdk8s-superedge/cdk8s-superedge-go' },

  // CI must fail on a changed snapshot and never rewrite sources.
  jestOptions: {
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    passWithNoTests: false,
    coverageText: false,
    jestConfig: {
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      coveragePathIgnorePatterns: ['/node_modules/', '/test/'],
      // Without ../shared: the skip reason once per run, and the skipped checks at its end.
      reporters: [new javascript.JestReporter('<rootDir>/test/support/skip-reporter.js')],
    },
  },
  eslintOptions: {
    dirs: ['src'],
    devdirs: ['test', 'examples', 'bench', 'scripts', 'projenrc', '.projenrc.ts'],
    commandOptions: { fix: false },
  },

  gitignore: ['/examples/**/dist/', '/examples/**/gitops/', '/examples/**/layout/', '/.tmp/', '/bench/out/', '/.jsii.tabl.json'],
  npmignoreEnabled: true,
  // examples, bench and .ci are dev-only: see addPackageIgnore below.
});

for (const p of ['/examples/', '/bench/', '/.ci/', '/.tmp/', '/scripts/']) project.addPackageIgnore(p);

const env = { JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20' };
for (const t of [project.compileTask, project.tasks.tryFind('docgen'), project.tasks.tryFind('package:js')]) {
  for (const [k, v] of Object.entries(env)) t?.env(k, v);
}

// Snapshots are updated deliberately (`npx jest --ci=false -u`), never by a task CI could run.
project.tasks.removeTask('test:update');

// Synthesize every example program to YAML under examples/<name>/dist.
const examples = project.addTask('examples', {
  description: 'Synthesize the bundled example topologies to YAML (examples/*/dist)',
  exec: 'node --require ts-node/register/transpile-only examples/synth-all.ts',
});

// Check the examples' output: the shared validator (when ../shared is there) and kustomize.
const checkExamples = project.addTask('check:examples', {
  description: 'Validate the examples\' YAML against the Kubernetes 1.27 and SuperEdge CRD schemas, and build them with kustomize',
  exec: 'bash scripts/check-examples.sh',
});

// API.md must be current: regenerate into a scratch file and diff.
const checkApi = project.addTask('check:api', {
  description: 'Fail when API.md is not what jsii-docgen generates from the current sources',
  env,
  steps: [
    { exec: 'mkdir -p .tmp && jsii-docgen -o .tmp/API.md' },
    { exec: 'diff -u API.md .tmp/API.md || (echo "API.md is stale: run npx projen docgen and commit it" >&2; exit 1)' },
  ],
});

// ts-jest transpiles tests without type checking (isolatedModules): check their types,
// and those of the examples, benchmark and scripts, here.
const checkTypes = project.addTask('check:types', {
  description: 'Type-check tests, examples, benchmark and scripts',
  steps: ['test', 'examples', 'bench', 'scripts'].map(d => ({ exec: `tsc --noEmit -p ${d}/tsconfig.json --isolatedModules false` })),
});

// The README's TypeScript examples translated for the other languages (.jsii.tabl.json, next
// to .jsii and packed with it): without this tablet jsii-pacmak copies the TypeScript verbatim
// under a python/java/csharp/go fence into each package's README. --strict: every example
// must compile against the library's types.
const rosettaExtract = project.addTask('rosetta:extract', {
  description: 'Translate the README\'s TypeScript examples for the jsii languages (jsii-rosetta tablet)',
  env,
  exec: 'jsii-rosetta extract --strict .jsii',
});
project.postCompileTask.spawn(rosettaExtract);

// The other languages' bindings are generated (not packaged: their registries and
// toolchains are not on CI machines); the Python code is byte-compiled as a check, and so is
// the Python example of docs/languages.md, whose names are checked against the binding.
const checkBindings = project.addTask('check:bindings', {
  description: 'Generate the Python, Java, .NET and Go bindings (code only), byte-compile the Python one and check the Python example against it',
  env,
  steps: [
    { spawn: rosettaExtract.name }, // `check` compiles without post-compile
    { exec: 'rm -rf .tmp/bindings && jsii-pacmak --code-only --rosetta-unknown-snippets fail --targets python java dotnet go -o .tmp/bindings' },
    { exec: 'python3 -m compileall -q .tmp/bindings/python' },
    { exec: 'PYTHONPYCACHEPREFIX=.tmp/pycache python3 -m py_compile docs/examples/python/main.py' },
    { exec: 'python3 scripts/check-python-example.py docs/examples/python/main.py .tmp/bindings/python/src/cdk8s_superedge' },
  ],
});

// What users install: the packed library, imported from plain JavaScript.
const checkPackage = project.addTask('check:package', {
  description: 'npm pack the library, install it with its peers in a scratch project and synthesize from it',
  exec: 'bash scripts/check-package.sh',
});

project.addTask('rules-doc', {
  description: 'Regenerate docs/rules.md from the rule catalogue',
  exec: 'node --require ts-node/register/transpile-only scripts/rules-doc.ts',
});

project.addTask('bench', {
  description: 'Benchmark: synthesize large fleets and compare with plain yaml serialization (not a test)',
  exec: 'node --expose-gc --max-old-space-size=8192 --require ts-node/register/transpile-only bench/fleet.bench.ts',
  receiveArgs: true,
});

// Where one synthesis keeps its memory, step by step, against raw cdk8s (issue 12's peak RSS target).
project.addTask('bench:memory', {
  description: 'Benchmark: the live heap after each step of one synthesis of N sites, against raw cdk8s (not a test)',
  exec: 'node --expose-gc --max-old-space-size=8192 --require ts-node/register/transpile-only bench/memory.ts',
  receiveArgs: true,
});

// Benchmark of a 10,000-site catalogue (issue 10): load time against synthesis time.
project.addTask('bench:catalog', {
  description: 'Benchmark: load a 10,000-site CSV catalogue, declare 50 grids and a rollout, synthesize (not a test)',
  exec: 'node --max-old-space-size=8192 --require ts-node/register/transpile-only bench/catalog.bench.ts',
  receiveArgs: true,
});

// The long run of the property-based suite (test/property): `npx projen fuzz --runs N --seed S`
// prints the failures by category; CI runs the bounded, fixed-seed test/property/topology.test.ts.
project.addTask('fuzz', {
  description: 'Fuzz: synthesize N random (partly hostile) topologies from seed S (--runs N --seed S) and list failures by category',
  exec: 'node --require ts-node/register/transpile-only test/property/fuzz.ts',
  receiveArgs: true,
});

// The whole check, exactly what CI runs: compile (jsii), API.md current, jest, lint, examples.
const checkProjen = project.addTask('check:projen', {
  description: 'Fail when projen-generated files differ from what .projenrc.ts generates',
  exec: 'bash scripts/check-projen.sh',
});

const check = project.addTask('check', {
  description: 'Everything CI checks: jsii compile, API.md current, tests, lint, examples synthesized and validated',
});
check.spawn(checkProjen);
check.spawn(project.compileTask);
check.spawn(checkApi);
check.spawn(checkBindings);
check.spawn(checkTypes);
check.spawn(project.testTask);
check.spawn(checkPackage);
check.spawn(examples);
check.spawn(checkExamples);
void examples;

project.synth();
