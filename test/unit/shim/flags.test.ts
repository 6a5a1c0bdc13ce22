import { FlagError, parseFlags } from '../../../src/shim/flags.js';

describe('shim flags (Go flag syntax)', () => {
  it('reads what containerd passes to start', () => {
    expect(parseFlags(['-namespace', 'k8s.io', '-address', '/run/containerd/containerd.sock', '-publish-binary', '/usr/bin/containerd', '-id', 'c1', '-debug', 'start'])).toMatchObject({
      namespace: 'k8s.io',
      address: '/run/containerd/containerd.sock',
      publishBinary: '/usr/bin/containerd',
      id: 'c1',
      debug: true,
      action: 'start',
    });
  });

  it('takes --name=value and -v / -info alone', () => {
    expect(parseFlags(['--id=x', '--bundle=/b', 'delete'])).toMatchObject({ id: 'x', bundle: '/b', action: 'delete' });
    expect(parseFlags(['-v'])).toMatchObject({ version: true, action: '' });
    expect(parseFlags(['-info'])).toMatchObject({ info: true });
    expect(parseFlags(['-debug=false', 'start'])).toMatchObject({ debug: false });
  });

  it('refuses unknown flags and missing values', () => {
    expect(() => parseFlags(['-bogus', 'start'])).toThrow(new FlagError('flag provided but not defined: -bogus'));
    expect(() => parseFlags(['-id'])).toThrow(new FlagError('flag needs an argument: -id'));
  });
});
