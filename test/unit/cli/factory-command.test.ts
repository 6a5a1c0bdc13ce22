/** husk factory: usage, and status and clear over a template directory of the test's own (init needs QEMU: test/integration/factory). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { factoryCommand } from '../../../src/cli/factory-command.js';
import { TemplateStore } from '../../../src/factory/template-store.js';
import { runCommand } from './helpers.js';

const run = (...argv: string[]) => runCommand(factoryCommand, argv);

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-factory-cli-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('husk factory', () => {
  it.each([
    [[], 'name init, serve, status or clear'],
    [['serve', '--size', '0'], '--size is how many VMs to keep ready per shape'],
    [['explode'], 'unknown: explode'],
    [['init', '--memory', '12'], '--memory is a number of MiB'],
    [['init', '--vcpus', '0'], '--vcpus is a positive number'],
    [['init', '--nics', 'x'], '--nics is a list'],
    [['status', '--bogus'], "Unknown option '--bogus'"],
  ])('refuses %j with usage (exit 2)', async (argv, message) => {
    const r = await run(...argv, '--root', root);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).toContain('usage: husk factory init');
  });

  it('lists the templates there are, and clears them', async () => {
    const cache = path.join(root, 'no-cache');
    const status = (...more: string[]) => run('status', '--root', root, '--cache-root', cache, ...more);
    expect((await status()).out).toBe(`0 VM templates in ${root}\nVM cache: not running (connect ENOENT ${cache}/cache.sock)\n`);
    const store = new TemplateStore({ root, log: pino({ level: 'silent' }) });
    const inputs = { vm: { argv: ['-smp', '2', '-device', 'virtio-net-pci,netdev=net0'] } };
    await store.make('d'.repeat(64), inputs, 1, 1000, async (b) => fs.writeFileSync(b.statePath, 'state'));
    const listed = await status();
    expect(listed.out).toMatch(new RegExp(`^1 VM template in ${root}\\ndddddddddddd  1 MiB  2 vCPU  1 NIC  \\d+ MiB on disk  made \\S+ in \\d+\\.\\d s\\nVM cache: not running`));
    const json = JSON.parse((await status('--json')).out);
    expect(json).toEqual({ templates: [expect.objectContaining({ key: 'd'.repeat(64), memoryMiB: 1, vcpus: 2, nics: 1 })], cache: { error: expect.stringContaining('ENOENT') } });
    expect(await run('clear', '--root', root)).toEqual({ code: 0, out: `removed 1 VM template from ${root}\n`, err: '' });
    expect(fs.readdirSync(root)).toEqual([]);
  });
});
