/**
 * `cdk8s-superedge tke create-cluster`, through the real binary (lib/cli/main.js, built
 * by `npx projen compile`).
 *
 * The call path is tested against a local HTTP server on 127.0.0.1 that records the
 * request and answers as the API would: the real Tencent Cloud API cannot be reached
 * from here. The stub stands in for the cloud API only; the request goes through the
 * official SDK's client, pointed at the stub with --endpoint.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';

// Each test spawns the binary (and some a ts-node program): slow on a busy machine.
jest.setTimeout(60_000);

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'lib', 'cli', 'main.js');

interface Run { status: number | null; stdout: string; stderr: string }

function cli(args: string[], env: { [k: string]: string | undefined } = {}, cwd = ROOT): Promise<Run> {
  const clean: { [k: string]: string } = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('TENCENTCLOUD_')) clean[k] = v;
  for (const [k, v] of Object.entries(env)) if (v !== undefined) clean[k] = v;
  return new Promise(resolve => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: clean });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', d => { stdout += d; });
    child.stderr.on('data', d => { stderr += d; });
    child.on('close', status => resolve({ status, stdout, stderr }));
  });
}

/**
 * A program file (JavaScript, importing the built library) declaring `props`; inside the
 * repository (.tmp, ignored by git) so that it resolves cdk8s as a user's program would.
 */
function program(props: string, extra = ''): string {
  fs.mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(ROOT, '.tmp', 'tke-program-'));
  made.push(dir);
  const file = path.join(dir, 'main.js');
  fs.writeFileSync(file, [
    "const { App } = require('cdk8s');",
    `const se = require(${JSON.stringify(path.join(ROOT, 'lib'))});`,
    'const app = new App();',
    `const cluster = new se.EdgeCluster(app, 'edge', ${props});`,
    "new se.NodeUnit(cluster, 'beijing', { nodes: ['bj-1'] });",
    extra,
    'app.synth();',
    '',
  ].join('\n'));
  return file;
}

const TKE = `{ platform: se.Platform.TKE_EDGE, region: 'ap-guangzhou', vpcId: 'vpc-e55paxnt', clusterName: 'edge',
  kubernetesVersion: se.KubernetesVersion.V1_22_5, podCidr: '10.33.0.0/16', serviceCidr: '10.44.0.0/16', maxPodsPerNode: 64 }`;

interface Recorded { method?: string; headers: http.IncomingHttpHeaders; body: any }

/** The stand-in for the cloud API: records each request, answers with `reply`. */
async function stubApi(reply: any): Promise<{ url: string; requests: Recorded[]; close: () => Promise<void> }> {
  const requests: Recorded[] = [];
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', c => { data += c; });
    req.on('end', () => {
      requests.push({ method: req.method, headers: req.headers, body: JSON.parse(data || '{}') });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(reply));
    });
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise(r => server.close(() => r())) };
}

const made: string[] = [];
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

const CREDENTIALS = { TENCENTCLOUD_SECRET_ID: 'AKIDtest', TENCENTCLOUD_SECRET_KEY: 'test-secret-key' };

beforeAll(() => {
  if (!fs.existsSync(BIN)) throw new Error(`${BIN} is missing: run npx projen compile first`);
});

describe('tke create-cluster', () => {
  test('--dry-run prints the request body as JSON and sends nothing', async () => {
    const r = await cli(['tke', 'create-cluster', '--program', program(TKE), '--dry-run']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      ClusterName: 'edge', K8SVersion: '1.22.5', MaxNodePodNum: 64, PodCIDR: '10.33.0.0/16', ServiceCIDR: '10.44.0.0/16', VpcId: 'vpc-e55paxnt',
    });
  });

  test('without --dry-run, calls CreateTKEEdgeCluster through the SDK and prints the ClusterId', async () => {
    const api = await stubApi({ Response: { ClusterId: 'cls-e55paxnt', RequestId: 'req-1' } });
    try {
      const r = await cli(['tke', 'create-cluster', '--program', program(TKE), '--endpoint', api.url], CREDENTIALS);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toBe('cls-e55paxnt\n');
      expect(api.requests).toHaveLength(1);
      const req = api.requests[0];
      expect(req.method).toBe('POST');
      expect(req.headers['x-tc-action']).toBe('CreateTKEEdgeCluster');
      expect(req.headers['x-tc-version']).toBe('2018-05-25');
      expect(req.headers['x-tc-region']).toBe('ap-guangzhou');
      expect(String(req.headers.authorization)).toContain('Credential=AKIDtest/');
      expect(String(req.headers.authorization)).not.toContain('test-secret-key');
      expect(req.body).toEqual({
        ClusterName: 'edge', K8SVersion: '1.22.5', MaxNodePodNum: 64, PodCIDR: '10.33.0.0/16', ServiceCIDR: '10.44.0.0/16', VpcId: 'vpc-e55paxnt',
      });
    } finally {
      await api.close();
    }
  });

  test('an API error is reported with its code and request id, exit 1', async () => {
    const api = await stubApi({ Response: { Error: { Code: 'InvalidParameter.Param', Message: 'VpcId not found' }, RequestId: 'req-2' } });
    try {
      const r = await cli(['tke', 'create-cluster', '--program', program(TKE), '--endpoint', api.url], CREDENTIALS);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('cdk8s-superedge: CreateTKEEdgeCluster failed: InvalidParameter.Param: VpcId not found (RequestId req-2)\n');
    } finally {
      await api.close();
    }
  });

  test('without credentials in the environment: exit 2, nothing sent', async () => {
    const api = await stubApi({ Response: { ClusterId: 'cls-x' } });
    try {
      const r = await cli(['tke', 'create-cluster', '--program', program(TKE), '--endpoint', api.url]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('no Tencent Cloud credentials: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY');
      expect(api.requests).toHaveLength(0);
    } finally {
      await api.close();
    }
  });

  test('a refused request (missing facts) is exit 1 with every finding', async () => {
    const r = await cli(['tke', 'create-cluster', '--program', program("{ platform: se.Platform.TKE_EDGE, podCidr: '10.33.0.0/16', serviceCidr: '10.44.0.0/16' }"), '--dry-run']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[edge] SE-T01: CreateTKEEdgeCluster needs VpcId, but the EdgeCluster does not declare vpcId');
    expect(r.stderr).toContain('does not declare region');
  });

  test('a program whose synthesis fails is exit 1 with the findings', async () => {
    const r = await cli(['tke', 'create-cluster', '--program', program(TKE, "new se.NodeUnit(cluster, 'Bad', { nodes: ['b-1'] });"), '--dry-run']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('[edge/Bad] SE-U01:');
  });

  test('usage errors: no --program, or a program that is not there: exit 2', async () => {
    expect((await cli(['tke', 'create-cluster', '--dry-run'])).status).toBe(2);
    const missing = await cli(['tke', 'create-cluster', '--program', '/nonexistent/main.ts', '--dry-run']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('program /nonexistent/main.ts not found');
  });

  test('several clusters need --cluster (exit 2 without); a bad --endpoint is usage too', async () => {
    const two = program(TKE, "new se.EdgeCluster(app, 'other', {});");
    const r = await cli(['tke', 'create-cluster', '--program', two, '--dry-run']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('declares 2 EdgeClusters (edge, other): pick one with --cluster ID');
    const picked = await cli(['tke', 'create-cluster', '--program', two, '--cluster', 'edge', '--dry-run']);
    expect(picked.status).toBe(0);
    expect(JSON.parse(picked.stdout).VpcId).toBe('vpc-e55paxnt');
    const bad = await cli(['tke', 'create-cluster', '--program', program(TKE), '--endpoint', 'not a url'], CREDENTIALS);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--endpoint "not a url" is not a URL');
  });

  test('the program\'s own synthesis writes nowhere but a temporary folder', async () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'tke-cwd-'));
    const r = await cli(['tke', 'create-cluster', '--program', program(TKE), '--dry-run'], {}, cwd);
    expect(r.status).toBe(0);
    expect(fs.readdirSync(cwd)).toEqual([]);
  });
});
