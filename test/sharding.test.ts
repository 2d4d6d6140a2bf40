/**
 * Scale-out: `attrib analyze --stdin-format jsonl -` as a filter. A JSONL
 * corpus split into shards, each analysed by its own process, gives exactly
 * the output of one process over the whole corpus once the outputs are
 * concatenated in shard order; lines are answered as they arrive; and the
 * stream is parsed like a .jsonl file however its bytes are chunked.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../src/load/decode.js';
import { parseArticles } from '../src/load/formats.js';
import type { LoadItem } from '../src/load/index.js';
import { streamJsonl } from '../src/load/jsonl-stream.js';
import type { DocumentResult } from '../src/types.js';
import { SHARED_EVAL } from './helpers.js';
import { runBuiltCli, startCli } from './spawn.js';

/** PolNeAR dev as {id, text} lines (read at run time, never copied into the repository), with two bad lines among them. */
function corpusLines(): string[] {
  const records = readFileSync(path.join(SHARED_EVAL, 'polnear-dev.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const lines = records.map((l) => {
    const { id, text } = JSON.parse(l) as { id: string; text: string };
    return JSON.stringify({ id, text });
  });
  lines.splice(10, 0, '{"id": "broken", "text": ');
  lines.splice(50, 0, JSON.stringify({ id: 'no-text', body: 42 }));
  return lines;
}

describe('sharded runs', () => {
  it('concatenated shard outputs equal the single-process output', async () => {
    const lines = corpusLines();
    const args = ['analyze', '--stdin-format', 'jsonl', '-'];
    const third = Math.ceil(lines.length / 3);
    const shards = [0, 1, 2].map((i) => lines.slice(i * third, (i + 1) * third));
    const [whole, ...parts] = await Promise.all([
      runBuiltCli(args, lines.join('\n') + '\n'),
      ...shards.map((shard) => runBuiltCli(args, shard.join('\n') + '\n')),
    ]);

    // JSONL in, JSONL out: one line per analysed record, in input order; the two bad lines are reported on stderr.
    const documents = whole!.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as DocumentResult);
    expect(documents).toHaveLength(lines.length - 2);
    expect(documents.map((d) => d.path)).toEqual(lines.filter((l) => !/"(broken|no-text)"/.test(l)).map((l) => `-#${(JSON.parse(l) as { id: string }).id}`));
    expect(documents.reduce((n, d) => n + d.attributions.length, 0)).toBeGreaterThan(1000);
    expect(whole!.stderr).toMatch(/attrib: -@11: invalid JSON/);
    expect(whole!.stderr).toMatch(/attrib: -@51: not an article/);
    expect(whole!.code).toBe(1);

    expect(parts.map((p) => p.stdout).join('')).toBe(whole!.stdout);
    expect(parts.map((p) => p.code)).toEqual([1, 1, 0]);
  });

  it('answers each line as it arrives, before the input ends', async () => {
    const child = startCli(['analyze', '--stdin-format', 'jsonl', '--jobs', '2', '-']);
    const received: string[] = [];
    let buffered = '';
    let onLine: (() => void) | null = null;
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      buffered += s;
      const complete = buffered.split('\n');
      buffered = complete.pop()!;
      received.push(...complete);
      onLine?.();
    });
    const nextLine = (count: number): Promise<void> => new Promise((resolve) => {
      onLine = () => received.length >= count && resolve();
      onLine();
    });
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));

    for (const [i, speaker] of ['Dana Whitfield', 'Tom Baker', 'Ana Ruiz'].entries()) {
      child.stdin.write(JSON.stringify({ id: `r${i + 1}`, text: `“The bridge will open in May,” ${speaker} said on Monday.` }) + '\n');
      await nextLine(i + 1); // the stream is still open: the answer cannot be waiting for its end
      expect(JSON.parse(received[i]!)).toMatchObject({ path: `-#r${i + 1}`, speakers: [{ name: speaker }] });
    }
    child.stdin.end();
    expect(await closed).toBe(0);
    expect(received).toHaveLength(3);
  });
});

describe('the filter with -o', () => {
  it('writes each line to the file as it goes, before the input ends', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attrib-o-'));
    const file = path.join(dir, 'out.jsonl');
    const child = startCli(['analyze', '--stdin-format', 'jsonl', '--jobs', '2', '-', '-o', file]);
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    const linesOnDisk = async (count: number): Promise<string[]> => {
      for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 20))) {
        const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l !== '') : [];
        if (lines.length >= count) return lines;
      }
      child.kill();
      throw new Error(`line ${count} was not on disk while the input was open`);
    };
    for (const [i, speaker] of ['Dana Whitfield', 'Tom Baker'].entries()) {
      child.stdin.write(JSON.stringify({ id: `r${i + 1}`, text: `“The bridge will open in May,” ${speaker} said.` }) + '\n');
      expect(JSON.parse((await linesOnDisk(i + 1))[i]!)).toMatchObject({ path: `-#r${i + 1}` }); // the input is still open
    }
    child.stdin.end();
    expect(await closed).toBe(0);
    expect(readdirSync(dir)).toEqual(['out.jsonl']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('stops at a write that fails (a full disk), naming the file, with exit 2 and no stack trace', async () => {
    const child = startCli(['analyze', '--stdin-format', 'jsonl', '--jobs', '2', '-', '-o', '/dev/full']);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    // One record, and the input left open: the run must end at the failed write, not wait for more input.
    child.stdin.write(JSON.stringify({ id: 'r1', text: '“The bridge will open in May,” Ana Ruiz said.' }) + '\n');
    const ended = await Promise.race([closed, new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), 20_000))]);
    child.stdin.end();
    expect(ended).toBe(2);
    expect(stderr).toMatch(/attrib: cannot write \/dev\/full: .*ENOSPC/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('streamed JSONL', () => {
  const text = [
    '\uFEFF{"id": "a", "text": "“Ça va,” said Zoë Brontë."}',
    '',
    '{"id": "b", "text": "Second record."}\r',
    '{"id": "a", "text": "A repeated id is told apart by its line."}\r',
    '{"text": "no id"}\r{"id": "c", "text": "after a lone carriage return"}',
    'not json',
  ].join('\n');

  /** What the stream yields for `text` cut into pieces of `size` bytes. */
  async function streamed(bytes: Buffer, size: number, maxBytes = 1000): Promise<LoadItem[]> {
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
    }
    const items: LoadItem[] = [];
    for await (const item of streamJsonl('-', chunks(), maxBytes)) items.push(item);
    return items;
  }

  it('gives the articles and errors of the same lines read as a .jsonl file, however the bytes are chunked', async () => {
    const asFile: LoadItem[] = parseArticles('-', 'jsonl', decodeBytes(Buffer.from(text, 'utf8'))).map((r) => (r.article ? { article: r.article } : { error: r.error! }));
    expect(asFile.map((r) => ('article' in r ? r.article.path : r.error.path))).toEqual(['-#a', '-#b', '-#a@4', '-#5', '-#c', '-@7']);
    expect(asFile.flatMap((r) => ('article' in r ? r.article.warnings ?? [] : []))).toEqual([{ path: '-', message: 'line 4: duplicate id "a" (first on line 1): named -#a@4' }]);
    // Chunk sizes that cut lines, "\r\n" pairs and the UTF-8 bytes of “, ç and ë.
    for (const size of [1, 2, 3, 7, 64, 1 << 16]) {
      expect(await streamed(Buffer.from(text, 'utf8'), size), `chunks of ${size} bytes`).toEqual(asFile);
    }
  });

  it('reports a line over --max-bytes without holding it, and goes on with the next', async () => {
    const long = JSON.stringify({ id: 'long', text: 'word '.repeat(500) });
    const input = Buffer.from(`${long}\n{"id": "short", "text": "A short one."}\n`);
    const items = await streamed(input, 100, 1000);
    expect(items).toEqual([
      { error: { path: '-@1', code: 'ETOOLARGE', message: 'more than 1000 bytes, over the limit (--max-bytes)' } },
      { article: expect.objectContaining({ path: '-#short', text: 'A short one.' }) },
    ]);
  });

  it('reports a binary line as "-@<line>", and goes on with the next', async () => {
    const input = Buffer.concat([Buffer.from('{"id": "a", "text": "One."}\n'), Buffer.from([0, 1, 2, 0, 0x0a]), Buffer.from('{"id": "c", "text": "Three."}\n')]);
    expect(await streamed(input, 4)).toEqual([
      { article: expect.objectContaining({ path: '-#a' }) },
      { error: expect.objectContaining({ path: '-@2', code: 'EBINARY', message: expect.stringMatching(/^binary/) }) },
      { article: expect.objectContaining({ path: '-#c' }) },
    ]);
  });

  it('gives nothing for a stream without records (an empty shard), and reports UTF-16 input as one error', async () => {
    expect(await streamed(Buffer.from(''), 1)).toEqual([]);
    expect(await streamed(Buffer.from('\n \r\n\n'), 1)).toEqual([]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"text": "x"}\n', 'utf16le')]);
    expect(await streamed(utf16, 5)).toEqual([{ error: expect.objectContaining({ path: '-', code: 'EENCODING' }) }]);
    const withoutMark = Buffer.from('{"text": "x"}\n{"text": "y"}\n', 'utf16le');
    expect(await streamed(withoutMark, 5)).toEqual([{ error: expect.objectContaining({ path: '-', code: 'EENCODING' }) }]);
  });
});
