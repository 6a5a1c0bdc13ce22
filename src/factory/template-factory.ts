/**
 * The seed's CreateFromTemplate: a VM restored from a saved, booted guest (about 0.1 s under
 * TCG here, against 7-9 s for a boot) instead of booted. The first VM of a key makes the
 * template: it boots a VM whose RAM is a file on tmpfs, waits for its agent, saves its device
 * state and ends it (TemplateStore). Every VM of that key is then a clone: QEMU maps the
 * template's memory file privately (copy-on-write: clones share every page they do not
 * write) and loads the saved state. Whatever goes wrong on this path (no space, a damaged
 * or foreign template, a clone whose agent does not answer) is logged and the VM boots cold
 * (the seed's CreateNew): a pod never fails because the factory does.
 *
 * Template NICs get fixed MACs, the same in every clone (the guest keeps the MACs it booted
 * with); the sandbox gives each guest NIC the pod's MAC once restored (Vm.restored), with
 * the rest of what makes a clone a guest of its own (random seed, clock, hostname).
 */
import type { Logger } from 'pino';
import { untilEnded, type NetworkDevice, type Vm, type VmConfig, type VmFactory, type VmIdentity } from '../hypervisor/index.js';
import { imageIdentity, templateKey, type KeyInputs } from './template-key.js';
import { leaveAgentConnection, type AgentConnection } from './handoff.js';
import { makeScratchNetns, removeScratchNetns } from './scratch-netns.js';
import type { Template, TemplateStore } from './template-store.js';

/** The fixed MAC of a template's NIC number `i` (locally administered: 02, then "husk"). */
export function templateMac(i: number): string {
  return `02:68:75:73:6b:${i.toString(16).padStart(2, '0')}`;
}

/** What the template path needs of the hypervisor: booting and restoring, and a VM's identity. */
export interface TemplateHypervisor extends VmFactory {
  identity(config: VmConfig): Promise<VmIdentity>;
}

/** Makes and removes a network namespace with taps of the given names; make returns its path. */
export interface ScratchNetns {
  make(name: string, taps: string[]): Promise<string>;
  remove(name: string): Promise<void>;
}

export interface TemplateVmFactoryOptions {
  hypervisor: TemplateHypervisor;
  store: TemplateStore;
  /**
   * Resolves once the VM's agent is ready. A booting template: once it serves its channel,
   * which the host must not have opened (a session half-closed across the save leaves the
   * clones' agents deaf). `restored`, a clone: once it answers, which takes a fraction of a
   * second or means the template is broken; the connection it answered on, if it resolves to
   * one, goes to the VM's first user (handoff.ts).
   */
  agentReady(vm: Vm, options: { restored: boolean; signal: AbortSignal }): Promise<AgentConnection | void>;
  /** Where a template VM with NICs runs; default a real namespace (scratch-netns.ts). */
  netns?: ScratchNetns;
  /** How long to wait for another process that is making the same template. */
  makeWaitMs?: number;
  log: Logger;
}

export class TemplateVmFactory implements VmFactory {
  private readonly netns: ScratchNetns;

  constructor(private readonly o: TemplateVmFactoryOptions) {
    this.netns = o.netns ?? { make: makeScratchNetns, remove: removeScratchNetns };
  }

  async create(config: VmConfig): Promise<Vm> {
    if (config.memory) return this.o.hypervisor.create(config);
    const log = this.o.log.child({ sandbox: config.id });
    if (config.fromTemplate === false) {
      log.info({ origin: 'cold' }, 'VM booting cold: its pod asked for no template');
      return this.o.hypervisor.create(config);
    }
    const got = await this.prepare(config, { log });
    if ('cold' in got) return this.cold(config, log, got.cold);
    const { template } = got;
    try {
      const vm = await this.clone(config, template);
      log.info({ template: template.key.slice(0, 12), origin: 'template' }, 'VM restored from a template');
      return vm;
    } catch (err) {
      await this.o.store.discard(template.key, `a clone failed: ${(err as Error).message}`);
      return this.cold(config, log, `its template did not restore: ${(err as Error).message}`);
    }
  }

  /**
   * The template for VMs of `config`: the one there is, or one made now (waiting for whoever
   * is making it). Otherwise why a VM of it must boot cold. In place of a damaged template a
   * new one is made in the background unless `wait` (then it is waited for, as for a first).
   */
  async prepare(config: VmConfig, options: { log?: Logger; wait?: boolean } = {}): Promise<{ template: Template; made: boolean } | { cold: string }> {
    const log = options.log ?? this.o.log;
    let plan: { key: string; inputs: KeyInputs };
    try {
      // Tap names do not reach the guest: clones on other taps (the cache's) share the template.
      const generic = withTemplateNics({ ...config, memory: { mode: 'template', file: '/MEMORY' } }, { genericTaps: true });
      plan = templateKey(await this.o.hypervisor.identity(generic), await imageIdentity(config));
    } catch (err) {
      return { cold: `its template key cannot be worked out: ${(err as Error).message}` };
    }
    const { template, discarded } = await this.o.store.lookup(plan.key);
    if (template) return { template, made: false };
    const failed = await this.o.store.recentFailure(plan.key);
    if (failed) return { cold: `making its template failed a short while ago (${failed})` };
    const making = this.make(config, plan);
    if (discarded && !options.wait) {
      // Not this pod's wait: it boots now, the next pods get the new template.
      making.catch((err: Error) => log.warn({ err }, 'making a VM template again failed'));
      return { cold: `its template was damaged (${discarded}); a new one is being made` };
    }
    try {
      return { template: await making, made: true };
    } catch (err) {
      return { cold: `no template: ${(err as Error).message}` };
    }
  }

  /** Drops the templates this one replaces, then makes it (or waits for whoever is making it). */
  private async make(config: VmConfig, plan: { key: string; inputs: KeyInputs }): Promise<Template> {
    await this.dropReplaced(plan.inputs).catch((err: Error) => this.o.log.warn({ err }, 'could not remove replaced VM templates'));
    return this.o.store.make(plan.key, plan.inputs, config.memoryMiB, this.o.makeWaitMs ?? 300_000, (b) =>
      this.bootTemplate({ ...config, id: b.vmId, stateDir: b.stateDir, sharedDir: b.sharedDir, memory: { mode: 'template', file: b.memoryPath } }, b.statePath),
    );
  }

  /**
   * Removes templates that this one replaces: made from the same guest image files or the
   * same QEMU binary as they were before a rebuild or an upgrade. (Templates of other sizes
   * of the same image and QEMU stay.) Clones of them keep running: their mappings hold on
   * to the files.
   */
  private async dropReplaced(now: KeyInputs): Promise<void> {
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    for (const t of await this.o.store.list()) {
      const then = t.record.inputs as Partial<KeyInputs>;
      const image = then.image?.files?.[0]?.path === now.image.files[0]?.path && !same(then.image, now.image);
      const qemu = then.vm?.qemu?.binary === now.vm.qemu.binary && !same(then.vm?.qemu, now.vm.qemu);
      if (image || qemu) await this.o.store.discard(t.key, image ? 'its guest image was rebuilt' : 'its QEMU was replaced');
    }
  }

  private async cold(config: VmConfig, log: Logger, why: string): Promise<Vm> {
    log.warn({ why, origin: 'cold' }, `VM booting cold: ${why}`);
    return this.o.hypervisor.create(config);
  }

  /**
   * Boots the VM that becomes the template, waits for its agent, and saves it. Its NICs are on
   * taps of the same names in a namespace of its own (scratch-netns.ts), never the pod's.
   */
  private async bootTemplate(config: VmConfig, statePath: string): Promise<void> {
    const taps = (config.networkDevices ?? []).map((n) => n.tap);
    const netns = taps.length > 0 ? await this.netns.make(`husk-${config.id}`, taps) : undefined;
    try {
      const vm = await this.o.hypervisor.create(withTemplateNics({ ...config, netns }));
      try {
        await this.untilReady(vm, false);
        if (!vm.saveState) throw new Error('this hypervisor cannot save a VM');
        await vm.saveState(statePath);
      } finally {
        await vm.stop({ force: true });
      }
    } finally {
      if (netns) await this.netns.remove(`husk-${config.id}`);
    }
  }

  private async clone(config: VmConfig, t: Template): Promise<Vm> {
    const vm = await this.o.hypervisor.create(withTemplateNics({ ...config, memory: { mode: 'clone', file: t.memoryPath, statePath: t.statePath } }));
    try {
      const connection = await this.untilReady(vm, true);
      if (connection) leaveAgentConnection(vm, connection);
    } catch (err) {
      await vm.stop({ force: true });
      throw err;
    }
    return vm;
  }

  private async untilReady(vm: Vm, restored: boolean): Promise<AgentConnection | void> {
    return this.o.agentReady(vm, { restored, signal: untilEnded(vm) });
  }
}

/** The config's NICs with the fixed template MACs: the same devices in template and clones. */
function withTemplateNics(config: VmConfig, options: { genericTaps?: boolean } = {}): VmConfig {
  const nics: NetworkDevice[] | undefined = config.networkDevices?.map((n, i) => ({ ...n, mac: templateMac(i), ...(options.genericTaps ? { tap: `tap${i}` } : {}) }));
  return nics ? { ...config, networkDevices: nics } : config;
}

