/** A child logger never writes a key twice. */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { childLogger } from '../../src/log.js';

it('adds only the fields the logger does not carry already', () => {
  const lines: string[] = [];
  const out = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
  const base = pino({ base: { sandbox: 'pod-1' } }, out);
  childLogger(base, { sandbox: 'pod-1', container: 'c1' }).info('one');
  childLogger(base, { sandbox: 'pod-2' }).info('two');
  expect(lines[0]!.match(/"sandbox"/g)).toHaveLength(1);
  expect(JSON.parse(lines[0]!)).toMatchObject({ sandbox: 'pod-1', container: 'c1', msg: 'one' });
  expect(JSON.parse(lines[1]!)).toMatchObject({ sandbox: 'pod-2' });
});
