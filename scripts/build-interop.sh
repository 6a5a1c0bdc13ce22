#!/usr/bin/env bash
# Builds the Go interop peer (test/interop/go → test/interop/bin/interop) from the Go
# module proxy. Skips the build when the binary is newer than every source file; set
# HUSK_REBUILD_INTEROP=1 to force it. Needs go (>= the go.mod version) on PATH.
set -euo pipefail
cd "$(dirname "$0")/../test/interop/go"
bin=../bin/interop

command -v go >/dev/null || { echo "build-interop.sh: go is required on PATH" >&2; exit 1; }
if [ -z "${HUSK_REBUILD_INTEROP:-}" ] && [ -x "$bin" ] &&
  [ -z "$(find . -type f \( -name '*.go' -o -name go.mod -o -name go.sum \) -newer "$bin" -print -quit)" ]; then
  echo "build-interop.sh: $bin is up to date"
  exit 0
fi
mkdir -p ../bin
# CGO off: a static binary that needs no C toolchain. -mod=readonly: go.sum is the lock.
CGO_ENABLED=0 go build -mod=readonly -trimpath -o "$bin.tmp" .
mv "$bin.tmp" "$bin"
echo "build-interop.sh: built $bin"
