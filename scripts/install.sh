#!/usr/bin/env bash
# Sets up a fresh machine and runs the demo: npm packages, the Go interop peer (from the Go
# module proxy), the TypeScript build, then the ttrpc benchmark as the demo.
# Expects node 20 and go on PATH (the machine image has both). HUSK_SKIP_DEMO=1 skips the demo;
# HUSK_DEMO_DURATION (default 2s) sets the time per benchmark cell.
set -euo pipefail
cd "$(dirname "$0")/.."

need() { command -v "$1" >/dev/null || { echo "install.sh: $1 is required on PATH" >&2; exit 1; }; }
need node
need npm
need go
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' || { echo "install.sh: node >= 20 is required" >&2; exit 1; }

# Not `npm ci`: the registry this project installs from lacks some platform-only optional
# packages (unrs-resolver's android/darwin/win32 bindings, pulled in by jest), so the lock
# cannot list them and `npm ci` rejects it as out of sync. `npm install` follows the lock
# for everything it does list.
npm install --no-audit --no-fund
bash scripts/build-interop.sh
npm run build

if [ -z "${HUSK_SKIP_DEMO:-}" ]; then
  echo "== demo: husk ttrpc vs Go ttrpc =="
  node dist/bench/ttrpc/run.js --duration "${HUSK_DEMO_DURATION:-2s}"
fi
