#!/usr/bin/env bash
# Fails when the files projen generates differ from what .projenrc.ts generates now
# (someone edited a generated file, or changed .projenrc.ts without running `npx projen`).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! git rev-parse --git-dir >/dev/null 2>&1; then
  echo "skipping the projen drift check: not a git checkout"
  exit 0
fi
mapfile -t files < <(node -e "for (const f of [...require('./.projen/files.json').files, 'package.json']) console.log(f)")
before=$(git diff --stat -- "${files[@]}")
npx ts-node --project projenrc/tsconfig.json .projenrc.ts
after=$(git diff --stat -- "${files[@]}")
if [ "$before" != "$after" ]; then
  echo "projen-generated files are out of date: run npx projen and commit the result" >&2
  git diff -- "${files[@]}" >&2
  exit 1
fi
echo "projen-generated files are current"
