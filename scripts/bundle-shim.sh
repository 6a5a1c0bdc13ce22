#!/usr/bin/env bash
# Bundles the shim (dist/cmd/containerd-shim-husk-v2.js and everything it imports) into
# dist/shim/, one chunk per action and what they share: containerd starts the shim twice per
# pod (`start`, which starts the daemon), so its start-up is on every pod's critical path.
# Measured here: `-v` 0.39 s from dist/cmd (module resolution and loading of ~100 files),
# 0.20 s bundled; `start` loads no sandbox, factory or QEMU code at all. classic-level (the
# LevelDB store) stays outside: its native binding is found relative to its own files.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf dist/shim
# Some dependencies call require(); an ES module bundle has to provide it.
node_modules/.bin/esbuild dist/cmd/containerd-shim-husk-v2.js --bundle --splitting --platform=node --format=esm --target=node20 \
  --external:classic-level --log-level=warning --outdir=dist/shim --entry-names='[name]' --chunk-names='chunk-[hash]' --out-extension:.js=.mjs \
  --banner:js="import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);"
chmod +x dist/shim/containerd-shim-husk-v2.mjs
