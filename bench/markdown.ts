/** Shared by the benchmarks: their results live in marked sections of docs/benchmarks.md. */
import fs from 'node:fs';

/** Replaces the text between `<!-- bench:NAME begin/end -->` markers, adding the section (under `heading`) if missing. */
export function writeSection(file: string, name: string, heading: string, body: string): void {
  const begin = `<!-- bench:${name} begin -->`;
  const end = `<!-- bench:${name} end -->`;
  const block = `${begin}\n${body}\n${end}`;
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const re = new RegExp(`${begin}[\\s\\S]*?${end}`);
  fs.writeFileSync(file, re.test(old) ? old.replace(re, block) : `${old.trimEnd()}\n\n## ${heading}\n\n${block}\n`);
}
