#!/bin/sh
# Runs the husk agent once. When it exits, for whatever reason, the VM powers
# off: the host notices QEMU exiting, which is how it learns the agent is gone.
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
export HOME=/run/husk

/usr/bin/node /opt/husk/husk-agent.mjs </dev/null >/dev/console 2>&1
status=$?
echo "husk-guest: agent exited (status $status)" >/dev/console
poweroff -f
