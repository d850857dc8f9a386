#!/usr/bin/env bash
# Checks the examples' synthesized YAML (run `npx projen examples` first):
#  1. the shared conformance validator (Kubernetes 1.27 schemas, SuperEdge CRDs and
#     controller rules), when ../shared/tools is present next to the repository;
#  2. `kubectl kustomize` over each example's output, as a GitOps smoke test.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
dists=(examples/*/dist)
if [ ${#dists[@]} -eq 0 ]; then echo "no example output: run npx projen examples" >&2; exit 1; fi

validator=../shared/tools/validate-manifests.mjs
if [ -f "$validator" ]; then
  # Per-site templates (templatePool) exist in an output only when its program declared
  # grid CRDs that keep pool pod metadata (GridCrd.POOL_METADATA_PRESERVED; otherwise
  # SE-P01 stops synthesis): validate those outputs against exactly such CRDs, made from
  # the upstream ones in a scratch folder.
  patched=$(mktemp -d)
  node --require ts-node/register/transpile-only scripts/pool-metadata-crds.ts ../shared/superedge/crds "$patched"
  # --skip-missing: custom resources of other projects (cert-manager's Certificate for the
  # edge-health-admission webhook) have no CRD here; every SuperEdge kind is validated.
  for d in "${dists[@]}"; do
    # Files that are not for applying (controller previews) are validated too: they must be schema-valid.
    if grep -q '^  templatePool:' "$d"/*.yaml; then
      echo "$d has per-site templates: validating against grid CRDs that keep templatePool pod metadata"
      node "$validator" --skip-missing --crds "$patched" "$d"
    else
      node "$validator" --skip-missing "$d"
    fi
  done
  rm -rf "$patched"
else
  echo "skipping the shared manifest validator: $validator is absent (clone ../shared next to the repository)"
fi

if command -v kubectl >/dev/null 2>&1; then
  for d in "${dists[@]}"; do
    tmp=$(mktemp -d)
    files=()
    for f in "$d"/*.yaml; do
      case "$f" in *preview*) continue ;; esac
      cp "$f" "$tmp/"
      files+=("$(basename "$f")")
    done
    { echo "apiVersion: kustomize.config.k8s.io/v1beta1"; echo "kind: Kustomization"; echo "resources:"; for f in "${files[@]}"; do echo "- $f"; done; } > "$tmp/kustomization.yaml"
    n=$(kubectl kustomize "$tmp" | grep -c '^kind:')
    echo "kustomize $d: $n objects"
    rm -rf "$tmp"
  done
  for g in examples/*/gitops; do
    n=$(kubectl kustomize "$g" | grep -c '^kind:')
    echo "kustomize $g (KustomizeLayout tree): $n objects"
  done
  # GitOpsLayout trees: every target (listed in the layout's index) and the engine's folder.
  for l in examples/*/layout/*/; do
    l=${l%/}
    folders=$(sed -n 's/^[ -]*folder: //p' "$l/.cdk8s-superedge-gitops.yaml")
    [ -n "$folders" ] || { echo "$l: the layout's index lists no targets" >&2; exit 1; }
    for f in $folders argocd flux; do
      [ -d "$l/$f" ] || continue
      n=$(kubectl kustomize "$l/$f" | grep -c '^kind:')
      echo "kustomize $l/$f (GitOpsLayout): $n objects"
    done
  done
else
  echo "skipping kustomize: kubectl is not installed"
fi
