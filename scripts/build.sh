#!/usr/bin/env bash
# npm run build: compile, ship the generated protobuf modules beside the code, bundle the
# guest agent and the shim, and make the entry points runnable, the shim (its bundle) under
# the name containerd looks for on its PATH (dist/bin/containerd-shim-husk-v2).
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc -p tsconfig.build.json
mkdir -p dist/api/gen dist/bin
cp api/gen/*.js dist/api/gen/
bash scripts/bundle-agent.sh
bash scripts/bundle-shim.sh
chmod +x dist/cmd/*.js
ln -sfn ../shim/containerd-shim-husk-v2.mjs dist/bin/containerd-shim-husk-v2
