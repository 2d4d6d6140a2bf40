/**
 * A .jsonl file is read a chunk at a time (src/load/jsonl-file.ts): --max-bytes
 * bounds each line, not the file (a corpus file of any size is read, as the
 * same lines on stdin are), and the records, names, errors and warnings are
 * those of the file read whole, wherever its lines fall across chunks.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeBytes } from '../src/load/decode.js';
import { parseArticles } from '../src/load/formats.js';
import { loadFile, type LoadItem } from '../src/load/index.js';
import { streamJsonl } from '../src/load/jsonl-stream.js';
import type { Report } from '../src/types.js';
import { runBuiltCli } from './spawn.js';

const dir = mkdtempSync(path.join(tmpdir(), 'attrib-jsonl-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function put(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

const record = (id: string | null, text: string): string => JSON.stringify(id === null ? { text } : { id, text });
const SAID = 'Olsen said the quay stays open, “whatever the council decides.”';

/**
 * Lines that cross the loader's 64 KiB chunks at every kind of place: multi-byte characters, CRLF, a lone CR,
 * a byte-order mark opening a line, blank lines, bad lines, repeated ids, records without ids.
 */
function awkwardLines(): string[] {
  const lines: string[] = [];
  for (let i = 0; lines.join('\n').length < 300_000; i++) {
    const filler = 'é—“'.repeat(i % 97) + ' x'.repeat((i * 37) % 500);
    lines.push(record(i % 11 === 0 ? 'dup' : i % 7 === 0 ? null : `r${i}`, `${SAID} ${filler}`));
    if (i % 13 === 0) lines.push('');
    if (i % 17 === 0) lines.push('{"text": broken');
    if (i % 19 === 0) lines.push('\uFEFF' + record(`bom${i}`, SAID));
    if (i % 23 === 0) lines.push(record(`cr${i}`, SAID) + '\r' + record(null, SAID));
  }
  return lines;
}

describe('a .jsonl file', () => {
  it('is read however large it is: --max-bytes bounds each line, a longer one is ETOOLARGE and the rest are read', () => {
    const lines = [record('a', SAID), record('big', SAID.repeat(20)), record('b', SAID), record('c', SAID)];
    const file = put('corpus.jsonl', lines.join('\n') + '\n');
    const items = [...loadFile(file, { maxBytes: 300 })];
    expect(items).toEqual([
      { article: expect.objectContaining({ path: `${file}#a` }) },
      { error: { path: `${file}@2`, code: 'ETOOLARGE', message: 'more than 300 bytes, over the limit (--max-bytes)' } },
      { article: expect.objectContaining({ path: `${file}#b` }) },
      { article: expect.objectContaining({ path: `${file}#c` }) },
    ]);
  });

  it('measures a line against --max-bytes in the bytes of the file, UTF-16 ones for a UTF-16 file', () => {
    // 100 ASCII characters: 100 bytes in UTF-8, 200 in UTF-16; 100 CJK characters: 300 bytes in UTF-8, 200 in UTF-16.
    const ascii = record('ascii', 'x'.repeat(100 - record('ascii', '').length));
    const cjk = record('cjk', '说'.repeat(100 - record('cjk', '').length));
    expect([ascii.length, cjk.length]).toEqual([100, 100]);
    const outcome = (file: string, maxBytes: number): string[] => [...loadFile(file, { maxBytes })].map((i) => ('article' in i ? i.article.path.split('#')[1]! : `${i.error.path.split('@')[1]} ${i.error.code}`));
    const text = `${ascii}\n${cjk}\n`;
    const files = {
      utf8: put('limit-utf8.jsonl', text),
      utf16le: put('limit-utf16le.jsonl', Buffer.from('\uFEFF' + text, 'utf16le')),
      utf16be: put('limit-utf16be.jsonl', Buffer.from('\uFEFF' + text, 'utf16le').swap16()),
    };
    expect(outcome(files.utf8, 150)).toEqual(['ascii', '2 ETOOLARGE']);
    expect(outcome(files.utf8, 300)).toEqual(['ascii', 'cjk']);
    for (const file of [files.utf16le, files.utf16be]) {
      expect(outcome(file, 150), file).toEqual(['1 ETOOLARGE', '2 ETOOLARGE']);
      expect(outcome(file, 199), file).toEqual(['1 ETOOLARGE', '2 ETOOLARGE']);
      expect(outcome(file, 200), file).toEqual(['ascii', 'cjk']);
    }
  });

  it('gives the records of the file parsed whole, in UTF-8 and in UTF-16 with a byte-order mark', () => {
    const text = '\uFEFF' + awkwardLines().join('\r\n');
    const whole = parseArticles('x.jsonl', 'jsonl', text);
    expect(whole.length).toBeGreaterThan(400);
    for (const [name, bytes] of [['utf8.jsonl', Buffer.from(text, 'utf8')], ['utf16.jsonl', Buffer.from(text, 'utf16le')]] as const) {
      const file = put(name, bytes);
      expect(decodeBytes(bytes)).toBe(text.slice(1));
      expect([...loadFile(file)]).toEqual(parseArticles(file, 'jsonl', text.slice(1)));
    }
  });

  it('that is not valid UTF-8 has each line decoded on its own, as the same lines streamed are', async () => {
    const lines = awkwardLines();
    lines.splice(0, 0, '{"id": "w", "text": "Olsen said \x93no\x94."}', '{"id": "d", "text": "' + '\x7f'.repeat(40) + ' he said"}');
    const bytes = Buffer.concat(lines.map((l) => Buffer.from(l + '\n', /\x93/.test(l) ? 'latin1' : 'utf8')));
    const file = put('mixed.jsonl', bytes);
    const streamed: LoadItem[] = [];
    async function* oneChunk(): AsyncGenerator<Uint8Array> {
      yield bytes;
    }
    for await (const item of streamJsonl(file, oneChunk(), 20 * 1024 * 1024)) streamed.push(item);
    const items = [...loadFile(file)];
    expect(items).toEqual(streamed);
    // The Windows-1252 line keeps its quotation marks; the line of DEL characters is judged on its own, as binary.
    expect(items).toContainEqual({ article: expect.objectContaining({ path: `${file}#w`, text: 'Olsen said “no”.' }) });
    expect(items).toContainEqual({ error: expect.objectContaining({ path: `${file}@2`, code: 'EBINARY' }) });
  });

  it('keeps a line of DEL characters as an article when the file is valid UTF-8 (JSON allows them), as read whole', () => {
    const file = put('del.jsonl', [record('a', SAID.repeat(10)), record('d', '\x7f'.repeat(40) + ' he said')].join('\n'));
    expect([...loadFile(file)].map((i) => ('article' in i ? i.article.path : i.error.code))).toEqual([`${file}#a`, `${file}#d`]);
  });

  it('with no records is EEMPTY, and one that is binary or UTF-16 without a mark is refused whole', () => {
    for (const [name, content] of [['empty.jsonl', ''], ['blank.jsonl', '\n \r\n\n']] as const) {
      const file = put(name, content);
      expect([...loadFile(file)]).toEqual([{ error: { path: file, code: 'EEMPTY', message: 'no records: the file has no JSON lines' } }]);
    }
    const binary = put('binary.jsonl', Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 256)));
    expect([...loadFile(binary)]).toEqual([{ error: { path: binary, code: 'EBINARY', message: 'binary file (not text): not analysed' } }]);
    const utf16 = put('utf16-no-mark.jsonl', Buffer.from(record('a', SAID) + '\n', 'utf16le'));
    expect([...loadFile(utf16)]).toEqual([{ error: expect.objectContaining({ path: utf16, code: 'EENCODING' }) }]);
  });

  it('over --max-bytes is analysed by the CLI, with the same output on one thread and on worker threads', async () => {
    const lines = Array.from({ length: 40 }, (_, i) => record(`n${i}`, `${SAID} Reyes told reporters the vote was ${i} days late.`));
    lines.splice(7, 0, record('big', SAID.repeat(30)));
    const file = put('cli.jsonl', lines.join('\n') + '\n');
    const args = ['analyze', file, '--format', 'json', '--max-bytes', '1000'];
    const [one, two] = await Promise.all([runBuiltCli([...args, '--jobs', '1']), runBuiltCli([...args, '--jobs', '2'])]);
    const report = JSON.parse(one!.stdout) as Report;
    expect(report.documents).toHaveLength(40);
    expect(report.documents.every((d) => d.attributions.length > 0)).toBe(true);
    expect(report.errors).toEqual([{ path: `${file}@8`, code: 'ETOOLARGE', message: 'more than 1000 bytes, over the limit (--max-bytes)' }]);
    expect(one!.code).toBe(1);
    expect(two!.stdout).toBe(one!.stdout);
  });
});
