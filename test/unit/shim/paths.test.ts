import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { announcedSocket, groupId, sandboxRoot, shimSocket } from '../../../src/shim/paths.js';

describe('shim paths', () => {
  it('groups containers of one pod by the CRI sandbox id', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-bundle-'));
    try {
      expect(groupId(dir, 'c1')).toBe('c1');
      fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ annotations: { 'io.kubernetes.cri.sandbox-id': 'pod-abc' } }));
      expect(groupId(dir, 'c2')).toBe('pod-abc');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives one short socket per containerd, namespace and pod', () => {
    const a = shimSocket('/run/containerd/containerd.sock', 'k8s.io', 'x'.repeat(64));
    expect(Buffer.byteLength(a)).toBeLessThan(108);
    expect(shimSocket('/run/containerd/containerd.sock', 'k8s.io', 'x'.repeat(64))).toBe(a);
    expect(shimSocket('/run/containerd/containerd.sock', 'default', 'x'.repeat(64))).not.toBe(a);
  });

  it('keeps VM state apart per containerd and namespace, with room for a CRI id', () => {
    const root = sandboxRoot('/run/containerd/containerd.sock', 'k8s.io');
    expect(sandboxRoot('/run/other/containerd.sock', 'k8s.io')).not.toBe(root);
    expect(sandboxRoot('/run/containerd/containerd.sock', 'default')).not.toBe(root);
    expect(Buffer.byteLength(`${root}/${'f'.repeat(64)}/vm/agent.sock`)).toBeLessThanOrEqual(107);
  });

  it("puts the socket where containerd asks, and finds it again from the bundle's address file", () => {
    const a = shimSocket('/run/c.sock', 'ns', 'pod', '/run/c/s');
    expect(path.dirname(a)).toBe('/run/c/s');
    expect(path.basename(a)).toBe(path.basename(shimSocket('/run/c.sock', 'ns', 'pod')));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-bundle-'));
    try {
      expect(announcedSocket(dir)).toBeUndefined();
      fs.writeFileSync(path.join(dir, 'address'), `unix://${a}`);
      expect(announcedSocket(dir)).toBe(a);
      // only a path shimSocket() could have made: delete removes it
      fs.writeFileSync(path.join(dir, 'address'), 'unix:///etc/passwd');
      expect(announcedSocket(dir)).toBeUndefined();
      fs.writeFileSync(path.join(dir, 'address'), `unix://relative/${path.basename(a)}`);
      expect(announcedSocket(dir)).toBeUndefined();
      // a container containerd 2.x attached to the pod's shim: only its bootstrap.json
      fs.rmSync(path.join(dir, 'address'));
      fs.writeFileSync(path.join(dir, 'bootstrap.json'), JSON.stringify({ version: 3, address: `unix://${a}`, protocol: 'ttrpc' }));
      expect(announcedSocket(dir)).toBe(a);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
