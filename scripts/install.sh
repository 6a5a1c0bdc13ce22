#!/usr/bin/env bash
# Sets up a fresh machine and runs the demo: Debian packages, npm packages, the Go interop
# peer (from the Go module proxy), the TypeScript build and the guest image, then the demo:
# a container in its own VM, directly and through containerd, and the ttrpc benchmark.
# Expects node 20 and go on PATH (the machine image has both). HUSK_SKIP_DEMO=1 skips the demo;
# HUSK_DEMO_DURATION (default 2s) sets the time per benchmark cell.
set -euo pipefail
cd "$(dirname "$0")/.."

need() { command -v "$1" >/dev/null || { echo "install.sh: $1 is required on PATH" >&2; exit 1; }; }
need node
need npm
need go
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' || { echo "install.sh: node >= 20 is required" >&2; exit 1; }

# Debian packages for the guest image (scripts/build-guest.sh) and for running pods under
# QEMU. apt-get update runs only when one of them is missing.
guest_pkgs="qemu-system-x86 qemu-utils runc crun busybox-static bsdutils gcc libc6-dev iproute2 e2fsprogs erofs-utils cpio kmod xz-utils zstd containerd"
# The CRI tests: CNI plugins (and the iptables portmap needs), a registry serving critest's
# images and nginx for one of them.
cri_pkgs="containernetworking-plugins iptables docker-registry nginx"
missing_pkgs=$(for p in $guest_pkgs $cri_pkgs; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || echo "$p"; done)
if [ -n "$missing_pkgs" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y --no-install-recommends $guest_pkgs $cri_pkgs
fi
# critest's images need a busybox whose shell runs commands from PATH, as upstream's does
# (a masked /bin/ls must fail to run); busybox-static runs its applets itself. Debian's
# dynamic busybox conflicts with busybox-static, so it is unpacked rather than installed.
busybox_dir=test/e2e/bin/busybox-dynamic
if [ ! -x "$busybox_dir/bin/busybox" ]; then
  deb_dir=$(mktemp -d)
  chmod 755 "$deb_dir" # apt-get download fetches as _apt
  (cd "$deb_dir" && { apt-get download -qq busybox 2>/dev/null || { apt-get update -qq && apt-get download -qq busybox; }; })
  mkdir -p "$busybox_dir"
  dpkg-deb -x "$deb_dir"/busybox_*.deb "$busybox_dir"
  rm -rf "$deb_dir"
fi
# Their packages start system services where they can: a registry on :5000 for every
# interface and a web server on :80. The tests run their own, on 127.0.0.1 only.
for svc in docker-registry nginx; do
  if command -v systemctl >/dev/null && systemctl is-system-running >/dev/null 2>&1; then
    systemctl disable --now "$svc" >/dev/null 2>&1 || true
  else
    service "$svc" stop >/dev/null 2>&1 || true
  fi
done

# Not `npm ci`: the registry this project installs from lacks some platform-only optional
# packages (unrs-resolver's android/darwin/win32 bindings, pulled in by jest), so the lock
# cannot list them and `npm ci` rejects it as out of sync. `npm install` follows the lock
# for everything it does list.
npm install --no-audit --no-fund
bash scripts/build-interop.sh
bash scripts/build-containerd2.sh
bash scripts/build-cri-tools.sh
npm run build
bash scripts/build-guest.sh
# The VM templates pods are cloned from (README "VM templates"). Not fatal: without them
# pods boot cold, and the first pod of each shape makes its template.
case "${HUSK_VM_TEMPLATE:-1}" in
  0|off|false|no) ;;
  *) node dist/cmd/husk.js factory init || echo "install: husk factory init failed; pods boot cold until a template is made" >&2 ;;
esac

if [ -z "${HUSK_SKIP_DEMO:-}" ]; then
  echo "== demo: a busybox container in its own VM =="
  node dist/cmd/husk.js run -- sh -c 'echo "hello from $(hostname), kernel $(uname -r), $(grep -c ^processor /proc/cpuinfo) vCPU"; exit 7' || [ $? = 7 ]
  echo "== demo: the same through containerd (a private instance) and the husk shim =="
  node dist/bench/containerd/run.js --demo
  echo "== demo: husk ttrpc vs Go ttrpc =="
  node dist/bench/ttrpc/run.js --duration "${HUSK_DEMO_DURATION:-2s}"
fi
