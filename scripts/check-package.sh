#!/usr/bin/env bash
# The package as users get it: `npm pack` the compiled library, install the tarball with
# its peers in a scratch project, and synthesize the seed topology from plain JavaScript.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="$root/.tmp/package-check"
rm -rf "$work" && mkdir -p "$work/consumer"
npm pack --silent --pack-destination "$work" >/dev/null
tarball=$(ls "$work"/cdk8s-superedge-*.tgz)
cd "$work/consumer"
echo '{ "name": "consumer", "version": "1.0.0", "private": true }' > package.json
peers=$(node -e "const p = require('$root/package.json').peerDependencies; console.log(Object.entries(p).map(([n, v]) => n + '@' + v).join(' '))")
# shellcheck disable=SC2086
npm install --silent --no-audit --no-fund --prefer-offline "$tarball" $peers
cat > main.js <<'JS'
const { App } = require('cdk8s');
const { EdgeCluster, KinsMode, KinsUnit, NodeGroup, NodeUnit } = require('cdk8s-superedge');
const app = new App({ outdir: 'dist' });
const cluster = new EdgeCluster(app, 'edge', { podCidr: '10.33.0.0/16', serviceCidr: '10.44.0.0/16' });
const bj = new NodeUnit(cluster, 'beijing', { nodes: ['bj-1', 'bj-2'] });
const gz = new NodeUnit(cluster, 'guangzhou', { nodes: ['gz-1', 'gz-2', 'gz-3'] });
new NodeGroup(cluster, 'location', { nodeUnits: [bj, gz] });
new KinsUnit(cluster, 'demo', { nodes: ['k-1', 'k-2', 'k-3'], mode: KinsMode.THREE_MASTERS });
app.synth();
JS
node main.js
n=$(grep -c '^kind:' dist/edge.k8s.yaml)
[ "$n" = 4 ] || { echo "expected 4 objects from the packaged library, got $n" >&2; exit 1; }
echo "packaged library: installed from $(basename "$tarball") and synthesized $n objects"
