#!/usr/bin/env bash
# Builds the Kubernetes CRI tools for the CRI tests (test/e2e, scripts/critest.sh) from the
# Go module proxy at a pinned release, into test/e2e/bin/cri-tools/:
#   crictl   the CRI command line (`go install`)
#   critest  the CRI validation suite, a compiled Go test binary (`go test -c`), as
#            cri-tools' own Makefile builds it
# Skips the build when both are newer than this script; HUSK_REBUILD_CRI_TOOLS=1 forces it.
# HUSK_CRI_TOOLS_VERSION overrides the pin (a cri-tools release tag).
set -euo pipefail
cd "$(dirname "$0")/.."

version=${HUSK_CRI_TOOLS_VERSION:-v1.36.0}
mod=sigs.k8s.io/cri-tools
out=test/e2e/bin/cri-tools
script=scripts/build-cri-tools.sh

command -v go >/dev/null || { echo "build-cri-tools.sh: go is required on PATH" >&2; exit 1; }

up_to_date() {
  for b in crictl critest; do
    [ -x "$out/$b" ] && [ "$out/$b" -nt "$script" ] || return 1
  done
  "$out/crictl" --version 2>/dev/null | grep -q "${version#v}"
}
if [ -z "${HUSK_REBUILD_CRI_TOOLS:-}" ] && up_to_date; then
  echo "build-cri-tools.sh: $out is up to date ($version)"
  exit 0
fi

start=$(date +%s)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/husk-cri-tools.XXXXXX")
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
mkdir -p "$out"
# The release's source from the proxy, built as the main module so its go.mod (replace
# directives and all) and go.sum decide every dependency, as in a checkout of the tag.
src=$(GOFLAGS=-mod=mod go mod download -json "$mod@$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -d "$src" ] || { echo "build-cri-tools.sh: could not download $mod@$version" >&2; exit 1; }
cp -r "$src" "$tmp/src"
chmod -R u+w "$tmp/src"
ldflags="-s -w -X $mod/pkg/version.Version=$version"
(
  cd "$tmp/src"
  export CGO_ENABLED=0 GOFLAGS="-buildvcs=false -mod=mod"
  go build -trimpath -ldflags "$ldflags" -o "$tmp/crictl" ./cmd/crictl
  go test -c -trimpath -ldflags "$ldflags" -o "$tmp/critest" ./cmd/critest
)
mv -f "$tmp/crictl" "$tmp/critest" "$out/"
echo "build-cri-tools.sh: built $out ($version) in $(( $(date +%s) - start )) s"
