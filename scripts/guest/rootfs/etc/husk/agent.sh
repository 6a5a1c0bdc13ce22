#!/bin/sh
# Runs the husk agent once. When it exits, for whatever reason, the VM powers
# off: the host notices QEMU exiting, which is how it learns the agent is gone.
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
export HOME=/run/husk

# husk.runtime=crun|runc on the kernel command line picks the OCI runtime (default crun:
# 0.4 s to start a container here against runc's 1-1.8 s under TCG). crun 1.8 has no
# `run --keep`: oci-run creates, starts and waits for its containers instead.
runtime="--runc crun --runner /usr/libexec/husk/oci-run"
for arg in $(cat /proc/cmdline); do
  case "$arg" in husk.runtime=runc) runtime="--runc runc" ;; husk.runtime=crun) ;; esac
done

# shellcheck disable=SC2086
# A small young generation: every page V8 sweeps through is a page a template clone copies.
/usr/bin/node --max-semi-space-size=1 /opt/husk/husk-agent.mjs $runtime </dev/null >/dev/console 2>&1
status=$?
echo "husk-guest: agent exited (status $status)" >/dev/console
poweroff -f
