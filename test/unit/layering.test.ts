/**
 * The layers hold: src/ttrpc stands alone (node and npm packages only), and the sandbox model
 * reaches neither the generated protobuf code nor the edges that speak it (src/api, src/shim,
 * src/cli, src/factory), however many files lie between. Imports are read from the source
 * text: static imports and re-exports, type-only ones included (a model that names a wire
 * type depends on it), and dynamic import() of a string literal.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const STATIC = /^[ \t]*(?:import|export)\s+(?:type\s+)?[\w$\s{},*]*?\bfrom\s*['"]([^'"\n]+)['"]/gm;
const BARE = /^[ \t]*import\s*['"]([^'"\n]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** The module specifiers a source text names. */
function specifiers(text: string): string[] {
  return [STATIC, BARE, DYNAMIC].flatMap((re) => [...text.matchAll(re)].map((m) => m[1]!));
}

/** A relative specifier as the file it names (NodeNext: './x.js' is x.ts in the source tree); undefined for packages. */
function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const p = path.resolve(path.dirname(from), spec);
  const candidates = [p.replace(/\.js$/, '.ts'), p, `${p}.ts`, path.join(p, 'index.ts')];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile()) ?? p;
}

function imports(file: string): string[] {
  if (!file.endsWith('.ts') || !fs.existsSync(file)) return [];
  return specifiers(fs.readFileSync(file, 'utf8')).flatMap((s) => resolve(file, s) ?? []);
}

function tsFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f)).sort();
}

const MODEL_MAY_NOT_REACH = ['api/gen', 'src/api', 'src/shim', 'src/cli', 'src/factory'];

/** Every broken rule under `root` (a checkout), each as the chain of files that breaks it. */
function layeringViolations(root: string): string[] {
  const rel = (f: string) => path.relative(root, f);
  const under = (f: string, dir: string) => rel(f) === dir || rel(f).startsWith(`${dir}/`);
  const out: string[] = [];

  for (const f of tsFiles(path.join(root, 'src/ttrpc'))) {
    for (const d of imports(f)) if (!under(d, 'src/ttrpc')) out.push(`src/ttrpc reaches outside itself: ${rel(f)} -> ${rel(d)}`);
  }

  // Breadth first from the whole model, so each chain reported is a shortest one; a forbidden
  // file ends its chain (what it imports in turn is its own layer's business).
  const parent = new Map<string, string | undefined>();
  const queue = tsFiles(path.join(root, 'src/sandbox'));
  for (const f of queue) parent.set(f, undefined);
  while (queue.length) {
    const f = queue.shift()!;
    const banned = MODEL_MAY_NOT_REACH.find((dir) => under(f, dir));
    if (banned) {
      const chain: string[] = [];
      for (let x: string | undefined = f; x; x = parent.get(x)) chain.unshift(rel(x));
      out.push(`src/sandbox reaches ${banned}: ${chain.join(' -> ')}`);
      continue;
    }
    for (const d of imports(f)) {
      if (parent.has(d)) continue;
      parent.set(d, f);
      queue.push(d);
    }
  }
  return out;
}

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

it('keeps src/ttrpc free of husk and the sandbox model free of protobuf and the edges', () => {
  expect(layeringViolations(repo)).toEqual([]);
});

describe('the checker', () => {
  let root: string;
  beforeEach(() => (root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-layering-'))));
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const write = (files: Record<string, string>) => {
    for (const [f, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
      fs.writeFileSync(path.join(root, f), text);
    }
  };

  it('reads every form of import, over several lines too', () => {
    const text = [
      "import fs from 'node:fs';",
      "import type { A } from './a.js';",
      'import {\n  b,\n  type C,\n} from "./b.js";',
      "import './side.js';",
      "export * from './c.js';",
      "export { d } from './d.js';",
      "const e = await import('./e.js');",
      "const s = 'not an import from \\'./x.js\\'';",
    ].join('\n');
    expect(specifiers(text).sort()).toEqual(['./a.js', './b.js', './c.js', './d.js', './e.js', './side.js', 'node:fs']);
  });

  it('finds a forbidden import however far down, and names the chain', () => {
    write({
      'src/ttrpc/server.ts': "import net from 'node:net';\nimport Long from 'long';\nimport { code } from './status.js';\n",
      'src/ttrpc/status.ts': "export { GrpcCode as code } from '../errors.js';\n",
      'src/errors.ts': 'export const GrpcCode = {};\n',
      'src/sandbox/sandbox.ts': "import type { GuestAgent } from '../agent/guest-agent.js';\nimport { x } from './ok.js';\n",
      'src/sandbox/ok.ts': "export const x = await import('../host/h.js');\n",
      'src/host/h.ts': "import { p } from '../shim/pod.js';\nexport const h = p;\n",
      'src/shim/pod.ts': "import { m } from '../../api/gen/containerd.js';\nexport const p = m;\n",
      'src/agent/guest-agent.ts': "export * from '../../api/gen/agent.js';\n",
      'api/gen/agent.js': 'export {};\n',
      'api/gen/containerd.js': 'export {};\n',
    });
    expect(layeringViolations(root).sort()).toEqual([
      'src/sandbox reaches api/gen: src/sandbox/sandbox.ts -> src/agent/guest-agent.ts -> api/gen/agent.js',
      'src/sandbox reaches src/shim: src/sandbox/ok.ts -> src/host/h.ts -> src/shim/pod.ts',
      'src/ttrpc reaches outside itself: src/ttrpc/status.ts -> src/errors.ts',
    ]);
  });
});
