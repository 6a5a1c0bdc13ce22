/** The version husk reports is the one it is released as. */
import fs from 'node:fs';
import { HUSK_VERSION } from '../../src/version.js';

it("equals package.json's version", () => {
  const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  expect(HUSK_VERSION).toBe(pkg.version);
});
