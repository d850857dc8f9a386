#!/usr/bin/env bash
# The package as a new user gets it: `npm pack` the compiled library, then in a scratch
# project run the README's install line (with the tarball in place of the registry's
# package), type-check and run the README's first program, and synthesize the same
# topology from plain JavaScript. The README's blocks are taken from the README itself
# (the fenced block after its `<!-- install ... -->` / `<!-- first program ... -->` marker).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work="$root/.tmp/package-check"
rm -rf "$work" && mkdir -p "$work/consumer"

# The fenced block that follows the README line starting with "<!-- $1".
readme_block() {
  awk -v marker="<!-- $1" '
    index($0, marker) == 1 { found = 1; next }
    found && /^```/ { if (inside) exit; inside = 1; next }
    inside { print }
  ' "$root/README.md"
}

install_line=$(readme_block install)
program=$(readme_block 'first program')
[ -n "$program" ] || { echo "README.md: no first program after its '<!-- first program' marker" >&2; exit 1; }
[ "$(printf '%s\n' "$install_line" | wc -l)" = 1 ] || { echo "README.md: the install block must be one line, got: $install_line" >&2; exit 1; }
case "$install_line" in
  "npm i cdk8s-superedge "*) ;;
  *) echo "README.md: the install line must start with 'npm i cdk8s-superedge ', got: $install_line" >&2; exit 1 ;;
esac

npm pack --silent --pack-destination "$work" >/dev/null
tarball=$(ls "$work"/cdk8s-superedge-*.tgz)
cd "$work/consumer"
echo '{ "name": "consumer", "version": "1.0.0", "private": true }' > package.json
# The README's line, with the packed library for `cdk8s-superedge` (quiet flags only added).
read -r -a words <<< "${install_line#npm i cdk8s-superedge }"
npm install --silent --no-audit --no-fund --prefer-offline "$tarball" "${words[@]}"

# The README's first program, as main.ts: type-checked against the installed package's
# typings with the compiler options `cdk8s init typescript-app` generates, then run.
printf '%s\n' "$program" > main.ts
cat > tsconfig.json <<'JSON'
{
  "compilerOptions": {
    "alwaysStrict": true, "declaration": true, "experimentalDecorators": true, "lib": ["es2016"],
    "module": "CommonJS", "noEmitOnError": true, "noFallthroughCasesInSwitch": true,
    "noImplicitAny": true, "noImplicitReturns": true, "noImplicitThis": true, "noUnusedLocals": true,
    "noUnusedParameters": true, "resolveJsonModule": true, "strict": true, "strictNullChecks": true,
    "strictPropertyInitialization": true, "stripInternal": true, "target": "ES2017",
    "types": [], "outDir": "build"
  },
  "files": ["main.ts"]
}
JSON
"$root/node_modules/.bin/tsc" -p tsconfig.json
node build/main.js
n=$(grep -c '^kind:' dist/edge.k8s.yaml)
[ "$n" = 4 ] || { echo "expected 4 objects from the README's first program, got $n" >&2; exit 1; }
echo "README: installed $(basename "$tarball") with the install line; its first program synthesized $n objects"

# The same topology from plain JavaScript.
rm -rf dist
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
echo "packaged library: synthesized $n objects from plain JavaScript"
