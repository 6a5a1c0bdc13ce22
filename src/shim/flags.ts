/**
 * The shim's command line, as containerd writes it: Go flag syntax (`-namespace NS`,
 * `-debug`, `--id=X`), then the action. node:util parseArgs only knows single-letter short
 * options, and no npm package parses Go's syntax, so it is parsed here.
 */
export interface ShimFlags {
  namespace: string;
  address: string;
  publishBinary: string;
  id: string;
  bundle: string;
  socket: string;
  debug: boolean;
  version: boolean;
  info: boolean;
  /** start, delete, or serve (the daemon `start` launches); empty for -v / -info. */
  action: string;
}

const STRINGS: Record<string, keyof ShimFlags> = {
  namespace: 'namespace',
  address: 'address',
  'publish-binary': 'publishBinary',
  id: 'id',
  bundle: 'bundle',
  socket: 'socket',
};
const BOOLS: Record<string, keyof ShimFlags> = { debug: 'debug', v: 'version', info: 'info' };

export class FlagError extends Error {}

export function parseFlags(argv: string[]): ShimFlags {
  const f: ShimFlags = { namespace: '', address: '', publishBinary: '', id: '', bundle: '', socket: '', debug: false, version: false, info: false, action: '' };
  const rec = f as unknown as Record<string, string | boolean>;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('-') || arg === '-' || arg === '--') {
      f.action = arg === '--' ? (argv[i + 1] ?? '') : arg;
      break;
    }
    const body = arg.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const name = eq >= 0 ? body.slice(0, eq) : body;
    if (BOOLS[name]) {
      rec[BOOLS[name]] = eq >= 0 ? body.slice(eq + 1) !== 'false' : true;
    } else if (STRINGS[name]) {
      const value = eq >= 0 ? body.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new FlagError(`flag needs an argument: -${name}`);
      rec[STRINGS[name]] = value;
    } else {
      throw new FlagError(`flag provided but not defined: -${name}`);
    }
  }
  return f;
}
