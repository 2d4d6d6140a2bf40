/**
 * `npm run measure`: the hostile inputs of issue 5 at full size, through the
 * built CLI in a child process, with wall time and peak resident memory; then
 * adversarial strings through analyzeText at two sizes, to show which grow
 * linearly (4× the input, about 4× the time) and which do not.
 *
 * Slow by design (minutes); not part of `npm test`. Inputs are generated in a
 * temporary folder from the seed article and text written here.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../src/analyze.js';
import type { Format } from '../src/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED_TEXT = readFileSync(path.join(ROOT, 'seeds', 'kazakhstan-us-denies-role.txt'), 'utf8');
const ARTICLE = 'Council delays harbour vote\n\n“We will not close the quay,” said Marta Olsen, the harbour director.\n\nThe mayor denied that the vote had been delayed for political reasons.\n';

const dir = mkdtempSync(path.join(tmpdir(), 'attrib-measure-'));
const lines: string[] = [];
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  console.log(['', 'attrib hostile-input measurements', ...lines, ''].join('\n'));
});

interface Measured {
  code: number;
  ms: number;
  maxRssMB: number;
  stdoutBytes: number;
  firstLine: string;
  stderr: string;
}

/** Run the built CLI's main() in a child process; it reports its own time and peak RSS when done. */
function measureCli(args: string[]): Promise<Measured> {
  const cli = pathToFileURL(path.join(ROOT, 'dist', 'cli.js')).href;
  const program = `import { main } from ${JSON.stringify(cli)};
const started = performance.now();
const code = await main(process.argv.slice(1));
process.stderr.write('\\n' + JSON.stringify({ code, ms: performance.now() - started, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\\n');`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', program, ...args], { cwd: ROOT, env: { ...process.env, CI: '1' } });
    let stdoutBytes = 0;
    let firstLine = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (firstLine.length < 200) firstLine += chunk.toString('utf8', 0, Math.min(chunk.length, 200));
      stdoutBytes += chunk.length;
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', () => {
      const report = stderr.trimEnd().split('\n').pop() ?? '{}';
      resolve({ ...(JSON.parse(report) as { code: number; ms: number; maxRssMB: number }), stdoutBytes, firstLine: firstLine.split('\n')[0]!, stderr });
    });
  });
}

function record(name: string, command: string, m: Measured): void {
  lines.push(`${name}\n  $ ${command}\n  exit ${m.code}, ${(m.ms / 1000).toFixed(1)} s, peak RSS ${m.maxRssMB.toFixed(0)} MB, ${(m.stdoutBytes / 1e6).toFixed(1)} MB of output`);
}

/** News text of about `bytes` UTF-8 bytes: the seed and our article, alternating, as paragraphs. */
function news(bytes: number): string {
  const unit = SEED_TEXT + '\n\n' + ARTICLE + '\n\n';
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}

describe('full-size inputs, through the CLI', () => {
  it('a 50 MB file: refused by default (ETOOLARGE), analysed with --max-bytes raised', async () => {
    const file = path.join(dir, 'fifty.txt');
    writeFileSync(file, news(50 * 1024 * 1024));
    const refused = await measureCli(['analyze', file, '--format', 'json']);
    record('50 MB file, default --max-bytes', 'attrib analyze fifty.txt --format json', refused);
    expect(refused.code).toBe(1);
    expect(refused.firstLine).toBe('{');

    const analysed = await measureCli(['analyze', file, '--format', 'jsonl', '--max-bytes', '60000000']);
    record('50 MB file', 'attrib analyze fifty.txt --format jsonl --max-bytes 60000000 > /dev/null', analysed);
    expect(analysed.code).toBe(0);
  });

  it('one 150,000-word sentence inside a quotation', async () => {
    const file = path.join(dir, 'long-quote.txt');
    const words = ['the', 'harbour', 'will', 'stay', 'open', 'for', 'every', 'boat', 'and', 'crew'];
    writeFileSync(file, 'Marta Olsen told reporters: “' + Array.from({ length: 150_000 }, (_, i) => words[i % words.length]).join(' ') + '.”\n');
    const m = await measureCli(['analyze', file, '--format', 'json']);
    record('150,000-word quotation', 'attrib analyze long-quote.txt --format json > /dev/null', m);
    expect(m.code).toBe(0);
  });

  it('50,000 small files in one folder', async () => {
    const folder = path.join(dir, 'many');
    mkdirSync(folder);
    for (let i = 0; i < 50_000; i++) writeFileSync(path.join(folder, `note-${i}.txt`), `“The quay is open,” Olsen said of note ${i}.\n`);
    const m = await measureCli(['analyze', folder, '--format', 'jsonl']);
    record('50,000 files in one folder', 'attrib analyze many/ --format jsonl > /dev/null', m);
    expect(m.code).toBe(0);
  });

  it('20,000 unbalanced quotation marks', async () => {
    const file = path.join(dir, 'marks.txt');
    writeFileSync(file, Array.from({ length: 20_000 }, (_, i) => `${'“”"‘’«»'[i % 7]}word${i % 50 === 49 ? '.\n\n' : ' '}`).join(''));
    const m = await measureCli(['analyze', file, '--format', 'json']);
    record('20,000 unbalanced quotation marks', 'attrib analyze marks.txt --format json > /dev/null', m);
    expect(m.code).toBe(0);
  });
});

// ---------------------------------------------------------------- growth

/** Adversarial strings: each `make(n)` is about n characters long. */
const ADVERSARIAL: [name: string, format: Format, make: (n: number) => string][] = [
  ['news paragraphs', 'txt', (n) => news(n)],
  ['news, one line per paragraph, no blank lines', 'txt', (n) => news(n).replace(/\n\n/g, '\n')],
  ['unbalanced quotation marks', 'txt', (n) => '“a ”b "c ‘d ’e '.repeat(n / 15)],
  ['quotation marks only', 'txt', (n) => '“'.repeat(n)],
  ['one quotation of n/5 words', 'txt', (n) => 'Olsen said: “' + 'word '.repeat(n / 5) + '”'],
  ['deeply nested quotes', 'txt', (n) => '“‘'.repeat(n / 2)],
  ['paragraphs opening quotes never closed', 'txt', (n) => '“a said\n\nb\n\n'.repeat(n / 12)],
  ['a run of spaces between two words', 'txt', (n) => 'a' + ' '.repeat(n) + 'b'],
  ['a run of tabs between two words', 'txt', (n) => 'a' + '\t'.repeat(n) + 'b'],
  ['"a.B" repeated (sentence ends without spaces)', 'txt', (n) => 'a.B'.repeat(n / 3)],
  ['“Yes,” he said. repeated in one paragraph', 'txt', (n) => '“Yes,” he said. '.repeat(n / 16)],
  ['“Yes,” he said. repeated, one per paragraph', 'txt', (n) => '“Yes,” he said.\n\n'.repeat(n / 17)],
  ['"He said ," repeated: one endless sentence of cues', 'txt', (n) => 'He said , '.repeat(n / 10)],
  ['John Smith said that it rained. repeated', 'txt', (n) => 'John Smith said that it rained. '.repeat(n / 32)],
  ['he said that she said that … (one sentence)', 'txt', (n) => 'he said that she said that '.repeat(n / 27)],
  ['words without spaces', 'txt', (n) => 'a'.repeat(n)],
  ['HTML: unclosed <script " tags', 'html', (n) => '<script "'.repeat(n / 9)],
  ['HTML: <title without >', 'html', (n) => '<title '.repeat(n / 7)],
  ['HTML: <article with an unclosed attribute', 'html', (n) => '<article "'.repeat(n / 10)],
  ['HTML: <p> repeated', 'html', (n) => '<p>'.repeat(n / 3)],
  ['HTML: entities without ;', 'html', (n) => '&amp'.repeat(n / 4)],
  ['HTML: a long script then text', 'html', (n) => '<p>“Hi,” he said.<script>' + 'x'.repeat(n) + '</script> and more'],
  ['Markdown: a line of [', 'md', (n) => '['.repeat(n)],
  ['Markdown: unclosed [a](', 'md', (n) => '[a]('.repeat(n / 4)],
  ['Markdown: *a repeated', 'md', (n) => '*a'.repeat(n / 2)],
  ['Markdown: heading with a long run of spaces', 'md', (n) => '# a ' + ' '.repeat(n) + 'x'],
  ['JSONL: lines of {', 'jsonl', (n) => '{\n'.repeat(n / 2)],
];

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe('growth of analyzeText on adversarial strings (CPU time at n and 4n)', () => {
  const n = 20_000;
  it.each(ADVERSARIAL)('%s', (name, format, make) => {
    const small = make(n);
    const large = make(4 * n);
    analyzeText(small, { format });
    const smallMs = Math.min(cpuMs(() => analyzeText(small, { format })), cpuMs(() => analyzeText(small, { format })));
    const largeMs = cpuMs(() => analyzeText(large, { format }));
    const ratio = largeMs / Math.max(smallMs, 5);
    lines.push(`${ratio > 10 ? 'NOT LINEAR' : 'linear    '}  ${smallMs.toFixed(0).padStart(6)} ms → ${largeMs.toFixed(0).padStart(7)} ms (×${ratio.toFixed(1)})  ${format.padEnd(5)} ${name}`);
  });
});
