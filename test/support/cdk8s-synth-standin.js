#!/usr/bin/env node
/**
 * A stand-in for `cdk8s synth` (cdk8s-cli 2.x, plain format, no validation plugins),
 * following its source (src/cli/cmds/synth.ts and synthApp/shell in src/util.ts): it
 * deletes the output folder, runs the app command through a shell with CDK8S_OUTDIR set,
 * the app's stderr passed straight through and its stdout captured, lists the manifests,
 * and on a non-zero exit prints its own error with its stack and exits 1. cdk8s-cli is not
 * a dependency of this project (CI cannot fetch it); the behaviour was checked by hand
 * against cdk8s-cli 2.207.60.
 *
 *   node cdk8s-synth-standin.js --app 'npx ts-node main.ts' [--output dist]
 */
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : dflt);
const command = opt('--app');
const outdir = opt('--output', 'dist');

function shell(program) {
  const where = `"${program} " at ${path.resolve('.')}`;
  return new Promise((ok, ko) => {
    const child = spawn(program, [], { shell: true, stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, CDK8S_OUTDIR: outdir } });
    child.stdout.on('data', () => undefined);
    child.once('error', err => ko(new Error(`command ${where} failed: ${err}`)));
    child.once('exit', code => (code === 0 ? ok() : ko(new Error(`command ${where} returned a non-zero exit code ${code}`))));
  });
}

async function main() {
  fs.rmSync(outdir, { recursive: true, force: true });
  console.log('Synthesizing application');
  await shell(command);
  if (!fs.existsSync(outdir)) {
    console.error(`ERROR: synthesis failed, app expected to create "${outdir}"`);
    process.exit(1);
  }
  const files = fs.readdirSync(outdir).filter(f => f.endsWith('.k8s.yaml')).sort();
  for (const f of files) console.log(`  - ${path.join(outdir, f)}`);
  if (files.length === 0) console.error('No manifests synthesized');
}

main().catch(err => {
  console.error(err);
  process.exit(1);
});
