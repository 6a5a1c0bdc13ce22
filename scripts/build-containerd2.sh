#!/usr/bin/env bash
# Builds containerd 2.x for the end-to-end tests (test/e2e): `containerd`, `ctr` and
# containerd's own runc shim `containerd-shim-runc-v2`, from the Go module proxy at a pinned
# release, into test/e2e/bin/containerd2/. Debian 12 ships only containerd 1.6; the e2e
# harness runs the shim under test against both generations.
#
# Skips the build when all three binaries are newer than this script and of the wanted
# version; set HUSK_REBUILD_CONTAINERD2=1 to force it. HUSK_CONTAINERD2_VERSION overrides the
# pinned version (any v2.x tag on the proxy: `go list -m -versions github.com/containerd/containerd/v2`).
# A cold build (empty Go module and build caches) takes about 3.5 minutes on 2 cores.
#
# CGO off: containerd 2 builds without a C toolchain. The only plugins that need cgo are the
# btrfs snapshotter (its builtins file requires cgo) and nothing the tests use; the overlayfs
# and native snapshotters, the runc shim and every service are pure Go.
set -euo pipefail
cd "$(dirname "$0")/.."

version=${HUSK_CONTAINERD2_VERSION:-v2.4.2}
out=test/e2e/bin/containerd2
bins="containerd ctr containerd-shim-runc-v2"
script=scripts/build-containerd2.sh

command -v go >/dev/null || { echo "build-containerd2.sh: go is required on PATH" >&2; exit 1; }

up_to_date() {
  for b in $bins; do
    [ -x "$out/$b" ] && [ "$out/$b" -nt "$script" ] || return 1
  done
  "$out/containerd" --version 2>/dev/null | grep -q " ${version#v} "
}
if [ -z "${HUSK_REBUILD_CONTAINERD2:-}" ] && up_to_date; then
  echo "build-containerd2.sh: $out is up to date ($("$out/containerd" --version | awk '{print $3}'))"
  exit 0
fi

start=$(date +%s)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/husk-containerd2.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mod=github.com/containerd/containerd/v2
pkgs=""
for b in $bins; do pkgs="$pkgs $mod/cmd/$b@$version"; done
# `go install pkg@version` builds in module-aware mode against the release's own go.mod and
# go.sum (the lock), outside this repository. The version string is stamped the way
# containerd's Makefile does, so `containerd --version` and `ctr version` show it.
# shellcheck disable=SC2086
CGO_ENABLED=0 GOBIN="$tmp" GOFLAGS=-buildvcs=false \
  go install -trimpath -ldflags "-s -w -X $mod/version.Version=${version#v}" $pkgs
mkdir -p "$out"
for b in $bins; do mv -f "$tmp/$b" "$out/$b"; done
echo "build-containerd2.sh: built $out ($version) in $(( $(date +%s) - start )) s"
