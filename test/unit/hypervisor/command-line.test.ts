import {
  AGENT_PORT_NAME,
  buildQemuArgs,
  escapeOptionValue,
  kernelParams,
  SHARED_MOUNT_TAG,
  type QemuArgsInput,
} from '../../../src/hypervisor/qemu/command-line.js';

const base: QemuArgsInput = {
  id: 'pod-1',
  accel: 'tcg',
  vcpus: 2,
  memoryMiB: 512,
  kernelPath: '/guest/vmlinux',
  initrdPath: '/guest/initrd.img',
  rootfsImagePath: '/guest/rootfs.img',
  consoleLogPath: '/run/husk/pod-1/console.log',
  qmpSocketPath: '/run/husk/pod-1/qmp.sock',
  pidFilePath: '/run/husk/pod-1/qemu.pid',
  agent: { kind: 'virtio-serial', socketPath: '/run/husk/pod-1/agent.sock' },
  sharedFs: { kind: '9p', path: '/run/husk/pod-1/shared' },
};

/** The value following each occurrence of `flag`. */
function values(args: string[], flag: string): string[] {
  return args.flatMap((a, i) => (a === flag ? [args[i + 1]!] : []));
}

test('the full boot contract, flag by flag', () => {
  expect(buildQemuArgs(base)).toEqual([
    '-name', 'husk-pod-1',
    '-machine', 'q35',
    '-accel', 'tcg,tb-size=64',
    '-cpu', 'max',
    '-smp', '2',
    '-m', '512M',
    '-nodefaults',
    '-no-user-config',
    '-nographic',
    '-no-reboot',
    '-sandbox', 'on,obsolete=deny,elevateprivileges=deny,spawn=deny,resourcecontrol=deny',
    '-kernel', '/guest/vmlinux',
    '-initrd', '/guest/initrd.img',
    '-append',
    'console=ttyS0 quiet panic=1 reboot=k tsc=reliable no_timer_check rcupdate.rcu_expedited=1 ' +
      'i8042.direct=1 i8042.dumbkbd=1 i8042.nopnp=1 i8042.noaux=1 noreplace-smp cryptomgr.notests ' +
      'net.ifnames=0 swiotlb=noforce pci=lastbus=0 nr_cpus=2',
    '-chardev', 'file,id=console,path=/run/husk/pod-1/console.log',
    '-serial', 'chardev:console',
    '-drive', 'if=none,id=rootfs,file=/guest/rootfs.img,format=raw,readonly=on',
    '-device', 'virtio-blk-pci,drive=rootfs',
    '-device', 'vmgenid,guid=auto',
    '-device', 'virtio-serial-pci,id=vser0',
    '-chardev', 'socket,id=agent,path=/run/husk/pod-1/agent.sock,server=on,wait=off',
    '-device', 'virtserialport,chardev=agent,name=agent.channel.0',
    '-fsdev', 'local,id=shared,path=/run/husk/pod-1/shared,security_model=none,multidevs=remap',
    '-device', 'virtio-9p-pci,fsdev=shared,mount_tag=husk-shared',
    '-qmp', 'unix:/run/husk/pod-1/qmp.sock,server=on,wait=off',
    '-pidfile', '/run/husk/pod-1/qemu.pid',
  ]);
  expect(AGENT_PORT_NAME).toBe('agent.channel.0');
  expect(SHARED_MOUNT_TAG).toBe('husk-shared');
});

test('kvm, vCPUs and memory reach -machine, -smp, -m and nr_cpus', () => {
  const args = buildQemuArgs({ ...base, accel: 'kvm', vcpus: 4, memoryMiB: 2048 });
  expect(values(args, '-machine')).toEqual(['q35']);
  expect(values(args, '-accel')).toEqual(['kvm']);
  expect(values(args, '-smp')).toEqual(['4']);
  expect(values(args, '-m')).toEqual(['2048M']);
  expect(values(args, '-append')[0]).toMatch(/ nr_cpus=4$/);
});

test('room for live changes: maxcpus and nr_cpus, maxmem with one virtio-mem device, empty root ports and buses behind them', () => {
  const args = buildQemuArgs({ ...base, accel: 'kvm', vcpus: 1, memoryMiB: 512, hotplug: { maxVcpus: 4, maxMemoryMiB: 2560, ports: 2 } });
  expect(values(args, '-smp')).toEqual(['1,maxcpus=4']);
  expect(values(args, '-append')[0]).not.toContain('maxcpus=');
  // Under TCG all 4 are there from boot and the guest brings up 1 (QemuHotplugOptions.vcpus).
  const tcg = buildQemuArgs({ ...base, accel: 'tcg', vcpus: 1, memoryMiB: 512, hotplug: { maxVcpus: 4, maxMemoryMiB: 2560, ports: 2 } });
  expect(values(tcg, '-smp')).toEqual(['4']);
  expect(values(tcg, '-append')[0]!.split(' ')).toEqual(expect.arrayContaining(['nr_cpus=4', 'maxcpus=1']));
  expect(values(args, '-m')).toEqual(['512M,maxmem=2560M']);
  expect(values(args, '-object')).toEqual(['memory-backend-ram,id=hotmem0-ram,size=2048M,reserve=off']);
  expect(values(args, '-device').filter((d) => /virtio-mem|root-port/.test(d))).toEqual([
    'virtio-mem-pci,id=hotmem0,memdev=hotmem0-ram,requested-size=0',
    'pcie-root-port,id=hp0,bus=pcie.0,chassis=1',
    'pcie-root-port,id=hp1,bus=pcie.0,chassis=2',
  ]);
  const append = values(args, '-append')[0]!.split(' ');
  expect(append).toEqual(expect.arrayContaining(['nr_cpus=4', 'memhp_default_state=online_movable']));
  expect(append).not.toContain('pci=lastbus=0');
  // No more than the boot size, no ports: the command line of a VM without the room.
  const none = buildQemuArgs({ ...base, vcpus: 2, memoryMiB: 512, hotplug: { maxVcpus: 2, maxMemoryMiB: 512, ports: 0 } });
  expect(none).toEqual(buildQemuArgs({ ...base, vcpus: 2, memoryMiB: 512 }));
});

test('room QEMU or the guest could not use is refused', () => {
  const at = (hotplug: { maxVcpus: number; maxMemoryMiB: number; ports: number }) => () => buildQemuArgs({ ...base, vcpus: 2, memoryMiB: 512, hotplug });
  expect(at({ maxVcpus: 1, maxMemoryMiB: 512, ports: 0 })).toThrow(/maximum vCPUs 1: want 2/);
  expect(at({ maxVcpus: 2, maxMemoryMiB: 500, ports: 0 })).toThrow(/maximum memory 500 MiB/);
  expect(at({ maxVcpus: 2, maxMemoryMiB: 600, ports: 0 })).toThrow(/multiple of 128 MiB/);
  expect(at({ maxVcpus: 2, maxMemoryMiB: 512, ports: 31 })).toThrow(/hotplug ports 31/);
});

test('debug adds husk.debug=1 and extra parameters come last, in order', () => {
  const append = values(buildQemuArgs({ ...base, debug: true, kernelParams: ['loglevel=7', 'foo.bar=1'] }), '-append')[0]!;
  expect(append.split(' ').slice(-3)).toEqual(['husk.debug=1', 'loglevel=7', 'foo.bar=1']);
  expect(values(buildQemuArgs(base), '-append')[0]).not.toContain('husk.debug');
});

test('extra kernel parameters that would split the command line are refused', () => {
  expect(() => kernelParams(1, false, ['a b'])).toThrow(/"a b" is empty or contains whitespace/);
  expect(() => kernelParams(1, false, [''])).toThrow(/empty/);
  expect(() => kernelParams(1, false, ['x\ny'])).toThrow(/whitespace/);
});

test('commas in paths are doubled in option values, and only there', () => {
  const args = buildQemuArgs({
    ...base,
    rootfsImagePath: '/a,b/rootfs.img',
    consoleLogPath: '/s,1/console.log',
    qmpSocketPath: '/s,1/qmp.sock',
    pidFilePath: '/s,1/qemu.pid',
    kernelPath: '/k,1/vmlinux',
    agent: { kind: 'virtio-serial', socketPath: '/s,1/agent.sock' },
    sharedFs: { kind: '9p', path: '/sh,ared' },
  });
  expect(values(args, '-drive')[0]).toBe('if=none,id=rootfs,file=/a,,b/rootfs.img,format=raw,readonly=on');
  expect(values(args, '-chardev')).toEqual([
    'file,id=console,path=/s,,1/console.log',
    'socket,id=agent,path=/s,,1/agent.sock,server=on,wait=off',
  ]);
  expect(values(args, '-fsdev')[0]).toBe('local,id=shared,path=/sh,,ared,security_model=none,multidevs=remap');
  expect(values(args, '-qmp')[0]).toBe('unix:/s,,1/qmp.sock,server=on,wait=off');
  // Plain path arguments are not option strings.
  expect(values(args, '-kernel')[0]).toBe('/k,1/vmlinux');
  expect(values(args, '-pidfile')[0]).toBe('/s,1/qemu.pid');
  expect(escapeOptionValue('a,,b')).toBe('a,,,,b');
});

describe('VM templates', () => {
  it('puts a template\'s RAM in a shared file and a clone\'s in a private mapping of it, waiting for the state', () => {
    const template = buildQemuArgs({ ...base, memoryFile: { path: '/run/husk/templates/k/memory', share: true } });
    expect(values(template, '-machine')).toEqual(['q35,memory-backend=husk-ram']);
    expect(values(template, '-object')).toEqual(['memory-backend-file,id=husk-ram,size=512M,mem-path=/run/husk/templates/k/memory,share=on']);
    expect(template).not.toContain('-incoming');
    const clone = buildQemuArgs({ ...base, memoryFile: { path: '/run/husk/templates/k/memory', share: false }, incoming: true });
    expect(values(clone, '-object')).toEqual(['memory-backend-file,id=husk-ram,size=512M,mem-path=/run/husk/templates/k/memory,share=off']);
    expect(clone.slice(-3)).toEqual(['-S', '-incoming', 'defer']);
    // Everything else, devices above all, is the same on both sides of the migration.
    const rest = (a: string[]) => a.filter((x) => !x.includes('share=') && !['-S', '-incoming', 'defer'].includes(x));
    expect(rest(clone)).toEqual(rest(template));
  });

  it('refuses a memory file together with virtio-fs, which needs a memfd', () => {
    expect(() => buildQemuArgs({ ...base, memoryFile: { path: '/m', share: true }, sharedFs: { kind: 'virtio-fs', socketPath: '/v.sock' } })).toThrow(/memfd/);
  });
});

describe('virtio-fs branch (not selected by the driver until virtiofsd is supervised)', () => {
  const args = buildQemuArgs({ ...base, sharedFs: { kind: 'virtio-fs', socketPath: '/run/husk/pod-1/virtiofs.sock' } });

  test('shares guest RAM through a memfd backend and attaches vhost-user-fs with the same tag', () => {
    expect(values(args, '-machine')).toEqual(['q35,memory-backend=husk-ram']);
    expect(values(args, '-object')).toEqual(['memory-backend-memfd,id=husk-ram,size=512M,share=on']);
    expect(values(args, '-chardev')).toContain('socket,id=virtiofs,path=/run/husk/pod-1/virtiofs.sock');
    expect(values(args, '-device')).toContain('vhost-user-fs-pci,chardev=virtiofs,tag=husk-shared');
  });

  test('drops 9p entirely', () => {
    expect(args).not.toContain('-fsdev');
    expect(values(args, '-device').some((d) => d.startsWith('virtio-9p-pci'))).toBe(false);
  });
});

describe('vsock branch (not selected by the driver: Node cannot dial AF_VSOCK)', () => {
  test('replaces the virtio-serial port with vhost-vsock-pci and the guest CID', () => {
    const args = buildQemuArgs({ ...base, agent: { kind: 'vsock', guestCid: 42 } });
    const devices = values(args, '-device');
    expect(devices).toContain('vhost-vsock-pci,id=vsock0,guest-cid=42');
    expect(devices.some((d) => d.startsWith('virtio-serial-pci') || d.startsWith('virtserialport'))).toBe(false);
    expect(values(args, '-chardev').some((c) => c.includes('id=agent'))).toBe(false);
  });

  test('refuses reserved and out-of-range CIDs', () => {
    for (const guestCid of [0, 1, 2, -1, 1.5, 2 ** 32]) {
      expect(() => buildQemuArgs({ ...base, agent: { kind: 'vsock', guestCid } })).toThrow(/guest CID .* out of range/);
    }
  });
});

describe('network devices', () => {
  const nics = [
    { tap: 'tap0_husk', mac: '0A:58:0a:f4:00:05' },
    { tap: 'tap1_husk', mac: '02:00:00:00:00:02', vhost: true },
  ];

  test('each tap becomes a netdev and a virtio-net NIC with its MAC, in order, without an option ROM', () => {
    const args = buildQemuArgs({ ...base, netdevs: nics });
    expect(values(args, '-netdev')).toEqual([
      'tap,id=net0,ifname=tap0_husk,script=no,downscript=no',
      'tap,id=net1,ifname=tap1_husk,script=no,downscript=no,vhost=on',
    ]);
    expect(values(args, '-device').filter((d) => d.startsWith('virtio-net-pci'))).toEqual([
      'virtio-net-pci,netdev=net0,mac=0a:58:0a:f4:00:05,romfile=',
      'virtio-net-pci,netdev=net1,mac=02:00:00:00:00:02,romfile=',
    ]);
    // Before QMP and the pid file, which stay last.
    expect(args.slice(-4, -3)).toEqual(['-qmp']);
  });

  test('no netdevs, no NIC: the boot contract is unchanged', () => {
    expect(buildQemuArgs({ ...base, netdevs: [] })).toEqual(buildQemuArgs(base));
    expect(buildQemuArgs(base)).not.toContain('-netdev');
  });

  test('tap names and MACs that QEMU or the guest could not take are refused', () => {
    const bad = (n: { tap: string; mac: string }) => () => buildQemuArgs({ ...base, netdevs: [n] });
    expect(bad({ tap: 'tap0,script=/bin/evil', mac: '02:00:00:00:00:01' })).toThrow(/tap device name .* is not 1-15 characters/);
    expect(bad({ tap: 'a-name-longer-than-15', mac: '02:00:00:00:00:01' })).toThrow(/not 1-15 characters/);
    expect(bad({ tap: '', mac: '02:00:00:00:00:01' })).toThrow(/not 1-15 characters/);
    expect(bad({ tap: 'tap0', mac: '02:00:00:00:00' })).toThrow(/MAC address .* is not of the form/);
    expect(bad({ tap: 'tap0', mac: '02:00:00:00:00:01,romfile=/x' })).toThrow(/is not of the form/);
    expect(bad({ tap: 'tap0', mac: '01:00:5e:00:00:01' })).toThrow(/multicast/);
  });
});
