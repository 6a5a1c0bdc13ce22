#!/usr/bin/env bash
# Boots the guest image once with the QEMU command line the hypervisor driver uses (see
# docs/guest-image.md) plus husk.debug=1, and checks the console: the guest reaches
# "husk-guest: ready", node and runc run, the agent's virtio-serial port is named. Prints
# the time from QEMU start to ready. Without an agent in dist/ the guest powers itself off
# right after, which checks the power-off path; with one, QEMU is killed at the end.
#
# Env: HUSK_GUEST_DIR (default <repo>/build/guest), HUSK_SMOKE_CPU (default max),
#      HUSK_SMOKE_ACCEL (default tcg), HUSK_SMOKE_TIMEOUT (seconds, default 60),
#      HUSK_SMOKE_APPEND (extra kernel parameters), HUSK_SMOKE_KEEP_LOG=1 (print the console).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GUEST=${HUSK_GUEST_DIR:-$REPO/build/guest}
CPU=${HUSK_SMOKE_CPU:-max}
ACCEL=${HUSK_SMOKE_ACCEL:-tcg}
TIMEOUT=${HUSK_SMOKE_TIMEOUT:-60}

# The kernel parameters of the boot contract; keep in sync with docs/guest-image.md.
APPEND="console=ttyS0 quiet panic=1 reboot=k tsc=reliable no_timer_check rcupdate.rcu_expedited=1"
APPEND+=" i8042.direct=1 i8042.dumbkbd=1 i8042.nopnp=1 i8042.noaux=1 noreplace-smp cryptomgr.notests"
APPEND+=" net.ifnames=0 pci=lastbus=0 nr_cpus=1"

fail() { echo "boot-guest-smoke: FAIL: $*" >&2; exit 1; }

for f in vmlinux initrd.img rootfs.img; do
  [ -f "$GUEST/$f" ] || fail "$GUEST/$f is missing: run scripts/build-guest.sh"
done
command -v qemu-system-x86_64 >/dev/null || fail "qemu-system-x86_64 is not installed"

DIR=$(mktemp -d /tmp/husk-smoke.XXXXXX)
QEMU_PID=
cleanup() {
  if [ -n "$QEMU_PID" ] && kill -0 "$QEMU_PID" 2>/dev/null; then
    kill "$QEMU_PID" 2>/dev/null || true
    # QEMU exits promptly on SIGTERM; SIGKILL only if it does not.
    for _ in $(seq 50); do kill -0 "$QEMU_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$QEMU_PID" 2>/dev/null || true
    wait "$QEMU_PID" 2>/dev/null || true
  fi
  rm -rf "$DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir "$DIR/shared"

now_ms() { echo $(($(date +%s%N) / 1000000)); }

start=$(now_ms)
qemu-system-x86_64 \
  -machine "q35,accel=$ACCEL" -cpu "$CPU" -smp 1 -m 512M \
  -nodefaults -no-user-config -nographic -no-reboot \
  -kernel "$GUEST/vmlinux" -initrd "$GUEST/initrd.img" \
  -append "$APPEND husk.debug=1 ${HUSK_SMOKE_APPEND:-}" \
  -serial "file:$DIR/console.log" \
  -drive "if=none,id=rootfs,file=$GUEST/rootfs.img,format=raw,readonly=on" \
  -device virtio-blk-pci,drive=rootfs \
  -device virtio-serial-pci \
  -chardev "socket,id=agent,path=$DIR/agent.sock,server=on,wait=off" \
  -device virtserialport,chardev=agent,name=agent.channel.0 \
  -fsdev "local,id=shared,path=$DIR/shared,security_model=none" \
  -device virtio-9p-pci,fsdev=shared,mount_tag=husk-shared \
  </dev/null >"$DIR/qemu.out" 2>&1 &
QEMU_PID=$!

show_console() {
  echo "--- console ($DIR/console.log) ---" >&2
  cat "$DIR/console.log" >&2 2>/dev/null || true
  echo "--- qemu output ---" >&2
  cat "$DIR/qemu.out" >&2 2>/dev/null || true
}

# Poll rather than block on the file: the guest may power off (or panic) at any point.
ready_ms=
deadline=$((start + TIMEOUT * 1000))
while [ "$(now_ms)" -lt "$deadline" ]; do
  if grep -q 'husk-guest: ready' "$DIR/console.log" 2>/dev/null; then
    ready_ms=$(($(now_ms) - start))
    # QEMU's CPU time (all threads) is a steadier measure than wall time on a busy host.
    ready_cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$QEMU_PID/stat" 2>/dev/null || echo "?")
    break
  fi
  if ! kill -0 "$QEMU_PID" 2>/dev/null; then
    show_console
    fail "QEMU exited before the guest was ready"
  fi
  sleep 0.05
done
[ -n "$ready_ms" ] || { show_console; fail "no 'husk-guest: ready' within ${TIMEOUT}s"; }

console=$(cat "$DIR/console.log")
problems=
grep -q 'husk-guest: node v[0-9]' <<<"$console" || problems+=" node-version"
grep -q 'husk-guest: runc: runc version' <<<"$console" || problems+=" runc-version"
grep -q 'husk-guest: virtio-port vport[0-9]*p[0-9]* agent.channel.0 crw' <<<"$console" || problems+=" agent.channel.0-device"
grep -q 'husk-guest: cgroup controllers: .*memory.*pids' <<<"$console" || problems+=" cgroup-controllers"
for m in '/sys/fs/cgroup(cgroup2)' '/run(tmpfs)' '/tmp(tmpfs)' '/var/lib(tmpfs)' '/dev/pts(devpts)'; do
  grep -qF " $m" <<<"$console" || problems+=" mount:$m"
done
grep -q 'husk-initrd:' <<<"$console" && problems+=" initrd-error"
grep -q 'husk-guest: cannot' <<<"$console" && problems+=" rc.init-error"

# Give the guest time to start (or fail to start) its agent.
exited=no
for _ in $(seq 150); do
  if ! kill -0 "$QEMU_PID" 2>/dev/null; then exited=yes; break; fi
  sleep 0.1
done
console=$(cat "$DIR/console.log")

if [ -n "${HUSK_SMOKE_KEEP_LOG:-}" ] || [ -n "$problems" ]; then show_console; fi
grep -oE 'husk-(guest|initrd):.*' <<<"$console" | sed 's/^/  console: /'
echo "boot-guest-smoke: cpu=$CPU accel=$ACCEL ready after ${ready_ms} ms, QEMU CPU ${ready_cpu_ms} ms (guest uptime $(sed -n 's/.*husk-guest: ready \([0-9.]*\).*/\1/p' <<<"$console") s)"
if [ "$exited" = yes ] && grep -q 'husk-guest: agent exited' <<<"$console"; then
  echo "boot-guest-smoke: QEMU exited by itself after the agent stopped (power-off path works)"
elif [ "$exited" = yes ]; then
  problems+=" qemu-exited-without-agent-exit-line"
else
  echo "boot-guest-smoke: guest still running after 15 s (agent up); killing QEMU"
fi
[ -z "$problems" ] || fail "missing or bad:$problems"
echo "boot-guest-smoke: OK"
