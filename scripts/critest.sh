#!/usr/bin/env bash
# The CRI validation suite (critest v1.36.0) against husk in both sandboxer modes and against
# runc, on a private containerd 2.x with a local registry: builds what is missing, runs, keeps
# the reports in build/critest/ and rewrites the critest section of docs/critest.md.
# Takes long under TCG (every pod is a VM boot): not part of `npm test`.
#   bash scripts/critest.sh [--handlers runc,husk,husk-shim] [--focus RE] [--skip RE]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-containerd2.sh
bash scripts/build-cri-tools.sh
npm run build
[ -f build/guest/manifest.json ] || bash scripts/build-guest.sh
exec node dist/test/e2e/critest.js --write docs/critest.md "$@"
