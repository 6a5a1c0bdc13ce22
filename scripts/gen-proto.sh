#!/usr/bin/env bash
# Regenerates the static protobufjs modules under api/gen from the project's .proto files.
# The output is committed: builds and tests never need pbjs, only this script does.
set -euo pipefail
cd "$(dirname "$0")/.."
out=api/gen
mkdir -p "$out"
pbjs=node_modules/.bin/pbjs
pbts=node_modules/.bin/pbts

gen() { # name, proto files...
  local name=$1; shift
  "$pbjs" -t static-module -w es6 --keep-case --force-long --no-verify --no-delimited \
    -r "$name" -p api -o "$out/$name.js" "$@"
  # pbjs emits a bare 'protobufjs/minimal' import; Node ESM needs the file extension.
  sed -i 's#from "protobufjs/minimal"#from "protobufjs/minimal.js"#' "$out/$name.js"
  "$pbts" --no-comments -o "$out/$name.d.ts" "$out/$name.js"
}

mapfile -t containerd < <(find api/containerd api/cgroups api/runtimeoptions -name '*.proto' 2>/dev/null | sort)
mapfile -t agent < <(find api/kata -name '*.proto' 2>/dev/null | sort)
mapfile -t testing < <(find api/testing -name '*.proto' 2>/dev/null | sort)
[ ${#containerd[@]} -gt 0 ] && gen containerd "${containerd[@]}"
[ ${#agent[@]} -gt 0 ] && gen agent "${agent[@]}"
[ ${#testing[@]} -gt 0 ] && gen testing "${testing[@]}"
echo "generated: $(ls "$out")"
