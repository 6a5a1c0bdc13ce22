/** The hotplug room the shim gives every pod, from the environment. */
import { hotplugRoomFromEnv } from '../../../src/shim/defaults.js';

const host = { cpus: 4, memoryMiB: 16000 };

it('defaults to the host, is switched off by HUSK_VM_HOTPLUG=0, and refuses nonsense', () => {
  expect(hotplugRoomFromEnv({}, host)).toEqual({ maxVcpus: 4, maxMemoryMiB: 16000, ports: 2 });
  expect(hotplugRoomFromEnv({ HUSK_VM_HOTPLUG: 'off' }, host)).toBeUndefined();
  expect(hotplugRoomFromEnv({ HUSK_VM_HOTPLUG: '0' }, host)).toBeUndefined();
  expect(hotplugRoomFromEnv({ HUSK_VM_MAX_VCPUS: '8', HUSK_VM_MAX_MEMORY_MIB: '4096', HUSK_VM_HOTPLUG_PORTS: '0' }, host)).toEqual({ maxVcpus: 8, maxMemoryMiB: 4096, ports: 0 });
  expect(() => hotplugRoomFromEnv({ HUSK_VM_MAX_VCPUS: 'many' }, host)).toThrow('HUSK_VM_MAX_VCPUS');
  expect(() => hotplugRoomFromEnv({ HUSK_VM_HOTPLUG_PORTS: '31' }, host)).toThrow('0 to 30');
});
