/**
 * Hostile and broken input (issue 5): whatever attrib is pointed at, every
 * input comes out analysed or listed in `errors` with a clear reason, the JSON
 * stays valid, and nothing hangs or dies. Sizes here are kept small enough for
 * CI; linear time is checked by comparing CPU time at two sizes (a quadratic
 * step costs 16× for 4× the input, a linear one 4×). The full-size cases (a
 * 50 MB file, a 150,000-word quotation, 50,000 files) are measured by
 * `npm run measure` (scripts/hostile.measure.ts).
 *
 * The spawned runs need the build (`npm test` builds first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { analyzeFiles, analyzeInputs, analyzeSafely, analyzeText, buildReport } from '../src/analyze.js';
import { decodeBytes } from '../src/load/decode.js';
import { discover, loadFile, loadStdin, parseArticles, type LoadItem } from '../src/load/index.js';
import { nextCut, PIECE_THRESHOLD } from '../src/pieces.js';
import { formatTable } from '../src/report/table.js';
import type { Article, DocumentResult, Report } from '../src/types.js';
import { ROOT, runCli, SEED } from './helpers.js';

const BIN = path.join(ROOT, 'bin', 'attrib.js');
const SEED_TEXT = readFileSync(SEED, 'utf8');
const ARTICLE = 'Council delays harbour vote\n\n“We will not close the quay,” said Marta Olsen, the harbour director.\n\nThe mayor denied that the vote had been delayed for political reasons.\n';

const dir = mkdtempSync(path.join(tmpdir(), 'attrib-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Write a file under the test folder (parents created) and return its path. */
function put(rel: string, content: string | Uint8Array): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

function articlesOf(items: LoadItem[]): Article[] {
  return items.flatMap((i) => ('article' in i ? [i.article] : []));
}

function errorsOf(items: LoadItem[]): { path: string; code: string; message: string }[] {
  return items.flatMap((i) => ('error' in i ? [i.error] : []));
}

/** Every span of a document lies in `text` and quotes it exactly. */
function expectConsistent(text: string, doc: DocumentResult): void {
  const spans = [
    ...doc.attributions.flatMap((a) => [a.content, ...(a.cue ? [a.cue] : []), ...(a.source ? [a.source] : [])]),
    ...doc.speakers.flatMap((s) => s.mentions),
    ...doc.quotes,
  ];
  for (const s of spans) {
    expect(s.start >= 0 && s.start <= s.end && s.end <= text.length).toBe(true);
    expect(s.text).toBe(text.slice(s.start, s.end));
  }
}

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * CPU time for an input of size n and of 4n: linear work takes about 4×,
 * quadratic 16×. 10× leaves room for garbage collection and JIT warm-up;
 * times under 5 ms count as 5 ms, so timer noise on tiny runs cannot fail it.
 */
function expectLinear<T>(make: (n: number) => string, run: (input: string) => T, n: number): { input: string; result: T } {
  const small = make(n);
  const large = make(4 * n);
  run(small); // warm-up: JIT, lexicon
  const smallMs = Math.min(cpuMs(() => run(small)), cpuMs(() => run(small)));
  let result: T | undefined;
  // The least of two runs on each side, so that a busy machine (GC, another process) does not decide the ratio.
  const largeMs = Math.min(cpuMs(() => { result = run(large); }), cpuMs(() => run(large)));
  expect(largeMs / Math.max(smallMs, 5), `${smallMs.toFixed(0)} ms for ${small.length} characters, ${largeMs.toFixed(0)} ms for ${large.length}`).toBeLessThan(10);
  return { input: large, result: result! };
}

/** A deterministic pseudo-random sequence (mulberry32), so inputs are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------- bytes to text

describe('text that is not quite text', () => {
  it('reads empty and whitespace-only files as documents with no attributions, not errors', async () => {
    const empty = put('text/empty.txt', '');
    const blank = put('text/blank.md', '  \n\t\n   \r\n');
    const report = await analyzeFiles([empty, blank]);
    expect(report.errors).toEqual([]);
    expect(report.documents.map((d) => [d.path, d.attributions.length, d.quotes.length])).toEqual([[blank, 0, 0], [empty, 0, 0]]);
  });

  it('refuses binary files with EBINARY: NUL bytes, or mostly control and invalid bytes', async () => {
    const png = put('bin/photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const next = random(7);
    const noise = put('bin/noise.md', Uint8Array.from({ length: 4000 }, () => 1 + Math.floor(next() * 255)));
    for (const file of [png, noise]) {
      expect([...loadFile(file)]).toEqual([{ error: { path: file, code: 'EBINARY', message: 'binary file (not text): not analysed' } }]);
    }
  });

  it('decodes invalid UTF-8 with replacement characters and keeps every offset consistent with the text', async () => {
    // Latin-1 bytes (é = 0xE9, “ ” = 0x93 0x94 in Windows-1252) inside an otherwise UTF-8 article.
    const bytes = Buffer.concat([Buffer.from('Le ministre a dit: '), Buffer.from([0x93]), Buffer.from('Nous ne c'), Buffer.from([0xe9]), Buffer.from('derons pas'),
      Buffer.from([0x94]), Buffer.from('.\n\n“We will not give in,” the minister said.\n')]);
    const file = put('text/latin1.txt', bytes);
    const [article] = articlesOf([...loadFile(file)]);
    expect(article!.text).toContain('\ufffd');
    expect(article!.text).toBe(new TextDecoder().decode(bytes));
    const doc = analyzeSafely(article!);
    expect('document' in doc && doc.document.attributions.map((a) => a.content.text)).toEqual(['We will not give in,']);
    if ('document' in doc) expectConsistent(article!.text, doc.document);
  });

  it('strips UTF-8 and UTF-16 byte-order marks: the same article gives the same offsets in every encoding', async () => {
    const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16();
    const files = {
      plain: put('enc/plain.txt', ARTICLE),
      utf8bom: put('enc/utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)])),
      utf16le: put('enc/utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])),
      utf16be: put('enc/utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(ARTICLE)])),
    };
    const report = await analyzeFiles(Object.values(files));
    expect(report.errors).toEqual([]);
    const shapes = report.documents.map((d) => ({ title: d.title, attributions: d.attributions.map((a) => [a.content.text, a.content.start, a.content.line, a.content.column, a.cue?.text]) }));
    expect(shapes[0]!.attributions.length).toBe(2);
    for (const shape of shapes) expect(shape).toEqual(shapes[0]);
  });

  it('refuses UTF-32 with EENCODING rather than reading it as UTF-16', () => {
    const utf32le = new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]);
    expect(() => decodeBytes(utf32le)).toThrow(expect.objectContaining({ code: 'EENCODING' }));
  });

  it('refuses UTF-16 without a byte-order mark with EENCODING, saying so, and keeps 16-bit binary data EBINARY', () => {
    const le = put('enc/utf16le-no-bom.txt', Buffer.from(ARTICLE, 'utf16le'));
    const be = put('enc/utf16be-no-bom.txt', Buffer.from(ARTICLE, 'utf16le').swap16());
    for (const [file, name] of [[le, 'UTF-16LE'], [be, 'UTF-16BE']] as const) {
      expect([...loadFile(file)]).toEqual([{ error: { path: file, code: 'EENCODING', message: `UTF-16 without a byte-order mark (${name}, by its NUL bytes): not read; convert it to UTF-8 (iconv -f ${name} -t UTF-8)` } }]);
    }
    // Small 16-bit numbers have NUL high bytes too, but read as UTF-16 they are control characters: binary.
    const samples = put('bin/samples.txt', Buffer.from(Uint16Array.from({ length: 2000 }, (_, i) => i % 32).buffer));
    expect([...loadFile(samples)]).toEqual([{ error: expect.objectContaining({ code: 'EBINARY' }) }]);
  });

  it('counts lines and columns right with LF, CRLF and lone-CR line ends', () => {
    const docs = ['\n', '\r\n', '\r'].map((eol) => {
      const text = ARTICLE.replace(/\n/g, eol);
      const doc = analyzeText(text);
      expectConsistent(text, doc);
      return doc;
    });
    const positions = docs.map((d) => d.attributions.map((a) => [a.content.text, a.content.line, a.content.column]));
    expect(positions[0]).toEqual([['We will not close the quay,', 3, 2], ['that the vote had been delayed for political reasons', 5, 18]]);
    expect(positions[1]).toEqual(positions[0]);
    expect(positions[2]).toEqual(positions[0]);
  });
});

// ---------------------------------------------------------------- quotation marks

describe('quotation marks gone wrong', () => {
  const MARKS = ['“', '”', '"', '‘', '’', '«', '»'];
  /** Prose with `count` quotation marks placed at random: mostly unbalanced. */
  const unbalanced = (count: number): string => {
    const next = random(count);
    const words = ['the', 'minister', 'said', 'that', 'Olsen', 'told', 'reporters', 'no', 'deal'];
    let text = '';
    for (let i = 0; i < count; i++) {
      text += `${MARKS[Math.floor(next() * MARKS.length)]}${words[i % words.length]} `;
      if (i % 40 === 39) text += i % 200 === 199 ? '.\n\n' : '. ';
    }
    return text;
  };

  it('finishes on 20,000 unbalanced quotation marks, in linear time, with consistent spans', () => {
    const { input, result } = expectLinear(unbalanced, (t) => analyzeText(t), 5_000);
    expect(input.match(/[“”"‘’«»]/g)!.length).toBe(20_000);
    expectConsistent(input, result);
    expect(result.quotes.length).toBeGreaterThan(1000);
  });

  it('finishes on a long run of spaces in a line in linear time (markup blanked: an unclosed <!-- or <b> repeated, a long comment)', () => {
    // 80 KB of `<!--` blanked took 14 s: the paragraph break after a sentence's end looked back over the spaces from each of them.
    const { input, result } = expectLinear((n) => 'Olsen said' + ' '.repeat(n) + 'the quay would open.', (t) => analyzeText(t), 5_000);
    expectConsistent(input, result);
    const html = expectLinear((n) => '<p>' + '<!--'.repeat(n / 4) + '</p><p>Olsen said the quay would open.</p>', (t) => analyzeText(t, { format: 'html' }), 5_000);
    expectConsistent(html.input, html.result);
  });

  it('finishes on a long transcript of one office epithet in linear time', () => {
    // "The senator said" asked each time what all the names in the text said of the person (titles, party tags):
    // 2,000 exchanges took 5 s.
    const { input, result } = expectLinear((n) => 'Tom Varga said no.\n\nThe senator said yes.\n\n'.repeat(n), (t) => analyzeText(t), 1_000);
    expectConsistent(input, result);
    expect(result.speakers.map((s) => s.name)).toEqual(['Tom Varga']);
  });

  it('finishes on quotes nested thousands deep', () => {
    const depth = 2_000;
    const text = 'Olsen said: ' + '“the ‘quay '.repeat(depth) + 'no' + ' open’ now”'.repeat(depth) + ' and left.';
    const doc = analyzeText(text);
    expectConsistent(text, doc);
    expect(doc.quotes.length).toBeGreaterThan(0);
  });

  it('ends a quotation that never closes with its paragraph, so later paragraphs are still analysed', () => {
    const text = 'Olsen said: “We will never close the quay and the port will stay open\n\nThe mayor denied that the vote had been delayed.\n\nReyes claimed the plans were wrong.';
    const doc = analyzeText(text);
    expectConsistent(text, doc);
    const open = doc.quotes.find((q) => q.text.startsWith('“We will'));
    expect(open?.end).toBe(text.indexOf('\n\n'));
    expect(doc.attributions.map((a) => a.content.text)).toEqual(expect.arrayContaining(['that the vote had been delayed', 'the plans were wrong']));
  });
});

// ---------------------------------------------------------------- size

describe('very large inputs', () => {
  /** News text of about `n` characters: the seed and an article of ours, alternating, as paragraphs. */
  const news = (n: number): string => {
    let text = '';
    for (let i = 0; text.length < n; i++) text += (i % 2 === 0 ? SEED_TEXT : ARTICLE) + '\n\n';
    return text;
  };

  it('analyses a large file in linear time, in pieces, with attributions to its end', () => {
    const { input, result } = expectLinear(news, (t) => analyzeText(t), 200_000);
    expect(input.length).toBeGreaterThan(3 * PIECE_THRESHOLD);
    expectConsistent(input, result);
    expect(result.attributions.at(-1)!.content.start).toBeGreaterThan(input.length - 3_000);
  });

  it('gives each piece of a large file the attributions it has alone, at its own offsets and lines, with merged speakers', () => {
    const copies = Math.ceil((2 * PIECE_THRESHOLD) / (SEED_TEXT.length + 2));
    const text = Array(copies).fill(SEED_TEXT).join('\n\n');
    const single = analyzeText(SEED_TEXT);
    const whole = analyzeText(text);
    const linesPerCopy = SEED_TEXT.split('\n').length + 1;
    const expected = Array.from({ length: copies }, (_, k) => single.attributions.map((a) => ({
      text: a.content.text, start: a.content.start + k * (SEED_TEXT.length + 2), line: a.content.line + k * linesPerCopy, column: a.content.column, cue: a.cue?.text,
    }))).flat();
    expect(whole.attributions.map((a) => ({ text: a.content.text, start: a.content.start, line: a.content.line, column: a.content.column, cue: a.cue?.text }))).toEqual(expected);
    expect(whole.attributions.map((a) => a.id)).toEqual(expected.map((_, i) => `A${i + 1}`));
    // One speaker per name and type, ids in order of first mention, every reference resolvable and counted.
    expect(new Set(whole.speakers.map((s) => `${s.type} ${s.name}`)).size).toBe(whole.speakers.length);
    expect(whole.speakers.length).toBeLessThan(3 * single.speakers.length);
    expect(whole.speakers.map((s) => s.id)).toEqual(whole.speakers.map((_, i) => `S${i + 1}`));
    for (const s of whole.speakers) expect(s.attributions).toBe(whole.attributions.filter((a) => a.speakerId === s.id).length);
    const ids = new Set(whole.attributions.map((a) => a.id));
    for (const q of whole.quotes) if (q.attributionId) expect(ids.has(q.attributionId)).toBe(true);
    expectConsistent(text, whole);
  });

  it('cuts a large text with no line break at all (a JSON record with its paragraphs joined by spaces) at a sentence\'s end: one piece of it all took minutes', () => {
    // 640 KB of "He said yes. " took 5 minutes as one piece (the pipeline is superlinear in a piece's attributions).
    const text = 'He said yes. '.repeat(50_000);
    const cut = nextCut(text, 128 * 1024)!;
    expect(cut).toBeGreaterThan(128 * 1024);
    expect(cut).toBeLessThanOrEqual(256 * 1024);
    expect(text.slice(cut - 2, cut + 2)).toBe('. He');
    // No sentence end either: at a space; a text with no space stays one piece.
    const words = 'word '.repeat(100_000);
    expect(words.slice(0, nextCut(words, 128 * 1024)!).endsWith(' ')).toBe(true);
    expect(nextCut('x'.repeat(600_000), 128 * 1024)).toBeNull();
  });

  it('analyses a piece of thousands of short attributions, a paragraph each, in linear time', () => {
    // 256 KB of "Li said no." paragraphs took 7.7 s as one piece (19,700 attributions; 12-15× the time for 4× the
    // text): which attributions lie in another's content, the full name of each bare surname, each speaker's
    // mentions, and the next quotation mark after each paragraph were each found by a scan over all of them.
    const line = 'Li said no.\n\n';
    const { input, result } = expectLinear((n) => line.repeat(n / line.length), (t) => analyzeText(t), 64_000);
    expect(input.length).toBeLessThanOrEqual(PIECE_THRESHOLD);
    expectConsistent(input, result);
    expect(result.attributions.length).toBe(input.length / line.length);
    expect(result.speakers.map((s) => [s.name, s.attributions])).toEqual([['Li', input.length / line.length]]);
  });

  it('draws the table of an article with thousands of attributions in linear time, as one table', () => {
    // cli-table3 placed each cell by a scan of all the rows before it: 8,000 attributions took 39 s as a table, 6 s as JSON.
    const line = 'Li said no.\n\n';
    const analysed = new Map<string, DocumentResult>();
    const table = (text: string): string => {
      if (!analysed.has(text)) analysed.set(text, analyzeText(text));
      return formatTable(buildReport([analysed.get(text)!], []), { chalk: new Chalk({ level: 0 }), width: 120, corpus: [] });
    };
    const { input, result } = expectLinear((n) => line.repeat(n / line.length), table, 16_000);
    const lines = result.split('\n');
    const ids = lines.flatMap((l) => /^│ (A\d+) +│ Li /.exec(l)?.[1] ?? []);
    expect(ids).toEqual(Array.from({ length: input.length / line.length }, (_, i) => `A${i + 1}`));
    // Two tables (attributions, speakers), each one box of lines as wide as its top border: no seams between rows.
    expect(lines.filter((l) => l.startsWith('┌')).length).toBe(2);
    expect(lines.filter((l) => l.startsWith('└')).length).toBe(2);
    expect(new Set(lines.filter((l) => /^[┌└│]/.test(l)).map((l) => l.length))).toEqual(new Set([lines[1]!.length]));
  });

  it('analyses one enormous quotation (a sentence of tens of thousands of words) in linear time', () => {
    const quote = (words: number): string => 'Olsen told reporters: “' + Array.from({ length: words }, (_, i) => ['the', 'quay', 'stays', 'open', 'for', 'everyone'][i % 6]).join(' ') + '.”\n';
    const { input, result } = expectLinear((n) => quote(n / 6), (t) => analyzeText(t), 60_000);
    expectConsistent(input, result);
    expect(result.attributions.map((a) => [a.kind, a.content.text.split(' ').length])).toEqual([['direct', 40_000]]);
  });

  it('analyses one enormous word (no space: a base64 blob pasted into a .txt) in linear time, cut into sentences of its own', () => {
    // Sentences over 2,000 characters are cut at their last space within reach; with no space at all, the search
    // for one must not scan back to the start of the text from every cut.
    const { input, result } = expectLinear((n) => 'Olsen said the quay stays open. ' + 'a'.repeat(n), (t) => analyzeText(t), 500_000);
    expectConsistent(input, result);
    expect(result.attributions.map((a) => a.content.text)).toEqual(['the quay stays open']);
  });

  it('reports files over --max-bytes as ETOOLARGE without reading them, stdin too', async () => {
    const sparse = path.join(dir, 'size', 'huge.txt');
    put('size/huge.txt', '');
    truncateSync(sparse, 21 * 1024 * 1024); // over the 20 MiB default; sparse, so nothing is written
    expect([...loadFile(sparse)]).toEqual([{ error: { path: sparse, code: 'ETOOLARGE', message: `file is ${21 * 1024 * 1024} bytes, over the limit of ${20 * 1024 * 1024} (--max-bytes)` } }]);
    const small = put('size/small.txt', ARTICLE);
    const run = await runCli(['analyze', '--format', 'json', '--max-bytes', '100', small]);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as Report).errors).toEqual([expect.objectContaining({ path: small, code: 'ETOOLARGE' })]);
    // Stdin is not a file: the message says what was too large.
    expect(await loadStdin({ maxBytes: 10, readStdin: async () => Buffer.from(ARTICLE) })).toEqual([{ error: { path: '-', code: 'ETOOLARGE', message: 'stdin holds more than 10 bytes, over the limit (--max-bytes)' } }]);
  });
});

// ---------------------------------------------------------------- markup and records

describe('broken markup and records', () => {
  it('analyses broken HTML: unclosed tags, entities; never script, style or iframe content', () => {
    const html = '<html><body><p>&ldquo;We will not close the quay,&rdquo; said Marta Olsen.<div><span class="x"'
      + '<script>var q = "“Ignore this,” said the script.";\n<style>p { content: "“No,” said the style." }</style>'
      + '<iframe>“Nor this,” said the frame.</iframe><p>The mayor denied that the vote was delayed.<p>&quot;Fine,&quot; Reyes said. &bogus; &#99999999;';
    const doc = analyzeText(html, { format: 'html' });
    expect(doc.attributions.map((a) => a.content.text)).toEqual(['We will not close the quay,']);
    const unclosedScript = '<p>“We are ready,” Olsen said.</p><script>var a = "“Hidden,” said the code.";';
    expect(analyzeText(unclosedScript, { format: 'html' }).attributions.map((a) => a.content.text)).toEqual(['We are ready,']);
    const entities = '<p>&ldquo;We are ready,&rdquo; Olsen said.</p><p>The mayor denied that the vote was delayed.</p>';
    expect(analyzeText(entities, { format: 'html' }).attributions.map((a) => a.content.text)).toEqual(['We are ready,', 'that the vote was delayed']);
  });

  it.each([
    ['unclosed <script " start tags', 'html', (n: number) => '<script "'.repeat(n / 9)],
    ['<title without ">"', 'html', (n: number) => '<title '.repeat(n / 7)],
    ['unclosed <! declarations', 'html', (n: number) => '<!x '.repeat(n / 4)],
    ['<article with an unclosed attribute', 'html', (n: number) => '<article "'.repeat(n / 10)],
    ['<aside> nested thousands deep, and unclosed', 'html', (n: number) => '<article>' + '<aside><p>x'.repeat(n / 22) + '</aside>'.repeat(n / 44)],
    ['a line of opening entities in HTML', 'html', (n: number) => '&ldquo;'.repeat(n / 7) + 'x'],
    ['a line of entities with no sentence end in HTML', 'html', (n: number) => 'O&#39;Brien ”””'.repeat(n / 15)],
    ['a line of "[" in Markdown', 'md', (n: number) => '['.repeat(n)],
    ['unclosed links "[a](" in Markdown', 'md', (n: number) => '[a]('.repeat(n / 4)],
    ['unclosed <!-- in Markdown', 'md', (n: number) => '<!--'.repeat(n / 4)],
    ['a line of unclosed code spans in Markdown', 'md', (n: number) => '``a`'.repeat(n / 4)],
    ['a line of pipes and a table of many rows in Markdown', 'md', (n: number) => '|'.repeat(n / 2) + '\n\n| a | b |\n|---|---|\n' + '| c \\| d |\n'.repeat(n / 24)],
    ['a heading with a long run of spaces', 'md', (n: number) => '# a ' + 'b '.repeat(n / 4) + ' '.repeat(n / 2) + 'x'],
    ['lines of unclosed fences in Markdown', 'md', (n: number) => '```a`\n'.repeat(n / 10) + '~~~\n' + 'x\n'.repeat(n / 4)],
    ['indented code and list items nested ever deeper in Markdown', 'md', (n: number) => Array.from({ length: Math.sqrt(n) }, (_, i) => ' '.repeat(i) + '- a\n\n' + ' '.repeat(i + 6) + 'code\n').join('')],
  ] as const)('reads %s in linear time', (_name, format, make) => {
    expectLinear(make, (t) => parseArticles('-', format, t), 25_000);
  });

  it('reports JSON that is not an article, with the reason', async () => {
    const cases: Record<string, [content: string, code: string]> = {
      'no-text.json': ['{"title": "Only a title"}', 'ENOTARTICLE'],
      'number.json': ['42', 'ENOTARTICLE'],
      'null.json': ['null', 'ENOTARTICLE'],
      'invalid.json': ['{"text": "unterminated', 'EPARSE'],
      'empty-array.json': ['[]', 'EEMPTY'],
      'deep.json': ['['.repeat(100_000) + ']'.repeat(100_000), 'ENOTARTICLE'],
    };
    for (const [name, [content, code]] of Object.entries(cases)) {
      const file = put(`json/${name}`, content);
      const errors = errorsOf([...loadFile(file)]);
      expect(errors.map((e) => e.code), name).toEqual([code]);
      expect(errors[0]!.message.length).toBeGreaterThan(10);
    }
    const mixed = put('json/mixed.json', JSON.stringify([{ text: ARTICLE }, 'not an article', { body: 'Olsen said it was fine.' }]));
    const items = [...loadFile(mixed)];
    expect(articlesOf(items).map((a) => a.path)).toEqual([`${mixed}#1`, `${mixed}#3`]);
    expect(errorsOf(items)).toEqual([expect.objectContaining({ path: `${mixed}@2`, code: 'ENOTARTICLE' })]);
  });

  it('writes each diagnostic on stderr as one line with no escape sequences, whatever ids and bad lines a JSONL file holds', async () => {
    // An id with an escape sequence (a scraper's colour codes) twice, and one with a line break; a bad line with an escape sequence.
    const lines = [
      JSON.stringify({ id: 'x\u001b[2Jcleared', text: 'Olsen said the quay stays open.' }),
      JSON.stringify({ id: 'x\u001b[2Jcleared', text: 'Reyes said the vote was late.' }),
      JSON.stringify({ id: 'two\nlines', text: 42 }),
      'not \u001b]0;retitled\u0007json',
      JSON.stringify({ id: 'two\nlines', text: 'Reyes said so.' }),
      JSON.stringify({ id: 'two\nlines', text: 'Olsen said so too.' }),
    ];
    const file = put('json/controls.jsonl', lines.join('\n'));
    for (const args of [['analyze', file, '--format', 'jsonl'], ['analyze', file, '--format', 'table'], ['check', file]]) {
      const run = await runCli(args);
      expect(run.stderr, args.join(' ')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      const diagnostics = run.stderr.split('\n').filter((l) => l !== '');
      // duplicate id "x…" (warning); line 3 not an article; line 4 invalid JSON; duplicate id "two…" (warning)
      expect(diagnostics.length, args.join(' ')).toBe(4);
      for (const line of diagnostics) expect(line, args.join(' ')).toMatch(/^attrib: .*\((?:warning|E[A-Z]+)\)$/);
      // The table's and check's text output show a record's path on one line too (JSONL has its ids escaped).
      if (!args.includes('jsonl')) expect(run.stdout, args.join(' ')).not.toMatch(/two\nlines|\u001b/);
    }
  });

  it('says at which column a JSONL line stops being JSON, without V8\'s excerpt of it', () => {
    const record = JSON.stringify({ id: 'r1', text: 'Olsen said the quay stays open. '.repeat(40) });
    const lines = [record, record.replace('"id":"r1"', '"id":\'r2\''), record.replace('open. "}', 'open. ",}')];
    const file = put('json/columns.jsonl', lines.join('\n'));
    // The line is in the path (`@2`), once: the message does not repeat it.
    expect(errorsOf([...loadFile(file)]).map((e) => `${e.path}: ${e.message}`)).toEqual([
      `${file}@2: invalid JSON at column 7: Unexpected token '''`,
      `${file}@3: invalid JSON at column ${record.length + 1}: Expected double-quoted property name`,
    ]);
  });

  it('analyses the good lines of a JSONL file and reports each bad line by its number ("@<line>")', async () => {
    const lines = [JSON.stringify({ id: 'a', text: ARTICLE }), '{"text": broken', '', '[1, 2]', JSON.stringify({ text: 'Olsen said the quay stays open.' }), '\u00ff garbage}'];
    const file = put('json/records.jsonl', lines.join('\r\n'));
    const items = [...loadFile(file)];
    expect(articlesOf(items).map((a) => a.path)).toEqual([`${file}#a`, `${file}#5`]);
    expect(errorsOf(items).map((e) => [e.path, e.code, e.message.split(/ at |:/)[0]])).toEqual([
      [`${file}@2`, 'EPARSE', 'invalid JSON'], [`${file}@4`, 'ENOTARTICLE', 'not an article'], [`${file}@6`, 'EPARSE', 'invalid JSON'],
    ]);
  });
});

describe('words that name Object.prototype\'s properties', () => {
  // Word tables looked up on plain objects found the prototype's functions: "constructor" lost the whole article.
  const words = Object.getOwnPropertyNames(Object.prototype);

  it('analyses an article with each of them as a source: every sentence that names one is attributed to it', () => {
    const doc = analyzeText(words.map((w) => `The ${w} said the bridge was safe.`).join('\n\n'));
    expect(doc.attributions.map((a) => a.source?.text)).toEqual(words.filter((w) => /^[a-z]+$/i.test(w)).map((w) => `The ${w}`));
  });

  it('keeps them as text as HTML entity names, and reads a file with one as its extension as text', async () => {
    const entities = words.map((w) => `&${w};`).join(' ');
    expect(parseArticles('page.html', 'html', `<p>${entities}</p>`).map((r) => r.article?.text.trim() ?? r.error)).toEqual([entities]);
    const file = put('proto/notes.constructor', ARTICLE);
    expect((await discover([path.dirname(file)])).files).toEqual([]);
    expect([...loadFile(file)].map((item) => ('article' in item ? item.article.format : item.error))).toEqual(['txt']);
  });
});

// ---------------------------------------------------------------- paths

describe('paths that are not plain files', () => {
  const posix = process.platform !== 'win32';

  it('reports a nonexistent path, a file used as a folder, and a directory passed to loadFile', async () => {
    const file = put('paths/real.txt', ARTICLE);
    const found = await discover([path.join(dir, 'paths', 'missing.txt'), `${file}/`]);
    expect(found.errors.map((e) => [path.basename(e.path), e.code, e.message])).toEqual([
      ['missing.txt', 'ENOENT', 'no such file or directory'],
      ['real.txt', 'ENOTDIR', 'not a directory: a file was used as a folder in the path'],
    ]);
    expect([...loadFile(path.join(dir, 'paths'))]).toEqual([{ error: { path: path.join(dir, 'paths'), code: 'EISDIR', message: 'is a directory' } }]);
  });

  it('walks into a folder named like a file, and keeps symbolic links to files', async () => {
    const inner = put('walk/chapter.txt/inner.md', ARTICLE);
    const target = put('walk/target.txt', ARTICLE);
    symlinkSync(target, path.join(dir, 'walk', 'alias.txt'));
    const found = await discover([path.join(dir, 'walk')]);
    expect(found).toEqual({ files: [path.join(dir, 'walk', 'alias.txt'), inner, target], errors: [], stdin: false });
  });

  it.runIf(posix)('reports symlink loops and broken links, and does not follow a link to a parent folder', async () => {
    const base = path.join(dir, 'links');
    put('links/ok.txt', ARTICLE);
    symlinkSync('loop-b.txt', path.join(base, 'loop-a.txt'));
    symlinkSync('loop-a.txt', path.join(base, 'loop-b.txt'));
    symlinkSync('nowhere.txt', path.join(base, 'broken.md'));
    symlinkSync('..', path.join(base, 'up'));
    const report = await analyzeFiles([base]);
    expect(report.documents.map((d) => path.basename(d.path))).toEqual(['ok.txt']);
    expect(report.errors.map((e) => [path.basename(e.path), e.code, e.message])).toEqual([
      ['broken.md', 'ENOENT', 'broken symbolic link: its target does not exist'],
      ['loop-a.txt', 'ELOOP', 'too many symbolic links (a symlink loop?)'],
      ['loop-b.txt', 'ELOOP', 'too many symbolic links (a symlink loop?)'],
    ]);
  });

  // Tests may run as root, for whom chmod 000 does not stop a read; a FIFO is the honest unreadable file:
  // opening it for reading would wait for a writer forever. A socket cannot be opened at all.
  it.runIf(posix)('reports a FIFO and a socket instead of waiting on them', async () => {
    const fifo = path.join(dir, 'special', 'pipe.txt');
    mkdirSync(path.dirname(fifo), { recursive: true });
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const socket = path.join(dir, 'special', 'socket.md');
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      const report = await analyzeFiles([path.dirname(fifo)]);
      expect(report.errors).toEqual([
        { path: fifo, code: 'ENOTFILE', message: 'a named pipe (FIFO), not a regular file: not read' },
        { path: socket, code: 'ENOTFILE', message: 'a socket, not a regular file: not read' },
      ]);
    } finally {
      server.close();
    }
  });

  it('reports a file that disappears between discovery and reading, and goes on', async () => {
    // Deleted once discovery has listed it, while the first file is analysed.
    const files = Array.from({ length: 6 }, (_, i) => put(`vanish/${String.fromCharCode(97 + i)}.txt`, ARTICLE));
    const vanishing = files[4]!;
    const seen: [string, string][] = [];
    for await (const item of analyzeInputs([path.dirname(files[0]!)])) {
      if ('document' in item) {
        seen.push([item.document.path, 'analysed']);
        if (item.document.path === files[0]) unlinkSync(vanishing);
      } else {
        seen.push([item.error.path, item.error.code]);
      }
    }
    expect(seen).toEqual(files.map((f) => [f, f === vanishing ? 'ENOENT' : 'analysed']));
  });

  it('tells onInputs the files, stdin and unlisted paths before the first item, and yields one item for each', async () => {
    const files = ['c.txt', 'a.txt', 'b.md'].map((name) => put(`inputs/${name}`, ARTICLE));
    const missing = path.join(dir, 'inputs-missing.txt');
    const calls: unknown[] = [];
    const items: string[] = [];
    for await (const item of analyzeInputs([path.dirname(files[0]!), missing], { onInputs: (inputs) => calls.push({ ...inputs, itemsBefore: items.length }) })) {
      items.push('document' in item ? item.document.path : item.error.path);
    }
    expect(calls).toEqual([{ files: [...files].sort(), stdin: false, errors: 1, itemsBefore: 0 }]);
    expect(items).toEqual([missing, ...[...files].sort()]);
  });

  it('reads a folder of 3,000 small files, sorted, in seconds', async () => {
    const folder = path.join(dir, 'many');
    mkdirSync(folder);
    for (let i = 0; i < 3_000; i++) writeFileSync(path.join(folder, `note-${String(i).padStart(4, '0')}.txt`), `Olsen said note ${i} was filed.\n`);
    const started = Date.now();
    const report = await analyzeFiles([folder]);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(report.errors).toEqual([]);
    expect(report.documents.length).toBe(3_000);
    expect(report.documents[2_999]!.path).toBe(path.join(folder, 'note-2999.txt'));
  });
});

// ---------------------------------------------------------------- failures inside

describe('failures inside the run', () => {
  it('turns a pipeline failure on one article into an EINTERNAL error naming it', () => {
    const broken = { path: 'broken.txt', format: 'txt', text: null as unknown as string, title: null, meta: {} } satisfies Article;
    expect(analyzeSafely(broken)).toEqual({ error: { path: 'broken.txt', code: 'EINTERNAL', message: expect.stringMatching(/^internal error while analysing: .+/) } });
  });

  it('exits 0 when everything was analysed, 1 when anything was reported in errors, 2 without input', async () => {
    const good = put('exit/good.txt', ARTICLE);
    const binary = put('exit/bad.txt', new Uint8Array([1, 0, 2, 0]));
    expect((await runCli(['analyze', '--format', 'json', good])).code).toBe(0);
    expect((await runCli(['analyze', '--format', 'json', good, binary])).code).toBe(1);
    expect((await runCli(['analyze', '--format', 'jsonl', good, path.join(dir, 'exit', 'missing.txt')])).code).toBe(1);
    expect((await runCli(['analyze', '--format', 'json'])).code).toBe(2);
  });
});

// ---------------------------------------------------------------- the process

interface Spawned {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function run(args: string[], options: { onStdout?: (chunk: string, child: ReturnType<typeof spawn>) => void; whileRunning?: (child: ReturnType<typeof spawn>) => void } = {}): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, CI: '1', NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => { stdout += s; options.onStdout?.(s, child); });
    child.stdout.on('error', () => undefined); // destroyed on purpose by the EPIPE test
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - started }));
    options.whileRunning?.(child);
  });
}

/** Stack-trace lines, as Node prints them. */
const STACK_LINE = /^\s+at .+/m;

describe('the process as a whole', () => {
  beforeAll(() => {
    if (!existsSync(path.join(ROOT, 'dist', 'cli.js'))) throw new Error('build first: npm run build');
  });

  it('stops quietly, exit 0, when its reader closes stdout early (| head -1)', async () => {
    const folder = path.join(dir, 'pipe');
    for (let i = 0; i < 200; i++) put(`pipe/story-${String(i).padStart(3, '0')}.txt`, SEED_TEXT);
    const result = await run([BIN, 'analyze', folder, '--format', 'jsonl'], {
      onStdout: (_chunk, child) => { if (child.stdout && !child.stdout.destroyed) child.stdout.destroy(); },
    });
    expect(result).toMatchObject({ code: 0, signal: null, stderr: '' });
    expect(result.stdout.length).toBeGreaterThan(0);
  });

  it('stops analysing once its reader has closed stdout (| head -1), in the main thread too: the inputs after are never read', async () => {
    // A bad input last of all: were the run to go on for no one after the reader left, it would report it on stderr.
    const folder = path.join(dir, 'pipe-stop');
    for (let i = 0; i < 150; i++) put(`pipe-stop/story-${String(i).padStart(3, '0')}.txt`, SEED_TEXT);
    put('pipe-stop/zzz-last.json', '{"text": "never read"');
    const records = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `r${i}`, text: SEED_TEXT })).join('\n') + '\n{not json\n';
    const corpus = put('pipe-stop-corpus.jsonl', records);
    for (const args of [['analyze', folder, '--format', 'jsonl', '--jobs', '1'], ['analyze', corpus, '--format', 'csv', '--jobs', '1']]) {
      const result = await run([BIN, ...args], {
        onStdout: (_chunk, child) => { if (child.stdout && !child.stdout.destroyed) child.stdout.destroy(); },
      });
      expect(result).toMatchObject({ code: 0, signal: null, stderr: '' });
    }
  });

  it('stops promptly on Ctrl-C (SIGINT), even in the middle of a long analysis', async () => {
    const big = put('signal/big.txt', Array(4_000).fill(SEED_TEXT).join('\n\n')); // about 10 MB: minutes of work
    let interruptedAt = 0;
    const result = await run([BIN, 'analyze', big, '--format', 'json', '--max-bytes', '50000000'], {
      whileRunning: (child) => setTimeout(() => { interruptedAt = Date.now(); child.kill('SIGINT'); }, 1_500),
    });
    expect(result.signal ?? result.code).toBe('SIGINT');
    expect(Date.now() - interruptedAt).toBeLessThan(2_000);
  });

  it.runIf(existsSync('/dev/full'))('stdout that cannot be written (a full disk) is exit 2, as an -o file that cannot be written is, not 1 (check: "errors found")', () => {
    const article = put('full/story.txt', ARTICLE);
    for (const args of [['check', article], ['analyze', article, '--format', 'json']]) {
      const full = openSync('/dev/full', 'w');
      try {
        const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, CI: '1', NO_COLOR: '1' }, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
        expect({ code: result.status, stderr: result.stderr }).toEqual({ code: 2, stderr: 'attrib: cannot write the output: no space left on device (ENOSPC)\n' });
      } finally {
        closeSync(full);
      }
    }
  });

  it('prints one line, not a stack, and exits 1 on an uncaught exception or unhandled rejection', async () => {
    const cli = pathToFileURL(path.join(ROOT, 'dist', 'cli.js')).href;
    for (const fault of ['setTimeout(() => { throw new Error("boom\\nsecond line"); })', 'Promise.reject(new TypeError("lost promise"))']) {
      const result = await run(['--input-type=module', '-e', `import { processIO } from ${JSON.stringify(cli)}; processIO(); ${fault};`]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^attrib: internal error: (boom second line|lost promise)\n$/);
    }
  });

  it('runs over a folder of every hostile input plus a missing path: exit 1, valid JSON, every input accounted for, no stack trace, in seconds', async () => {
    const base = path.join(dir, 'everything');
    const inputs: string[] = [];
    const add = (rel: string, content: string | Uint8Array): void => { inputs.push(put(`everything/${rel}`, content)); };
    add('empty.txt', '');
    add('whitespace.txt', ' \n\t\n ');
    add('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    add('latin1.txt', Buffer.from('Olsen said the caf\xe9 would stay open.', 'latin1'));
    add('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]));
    add('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]));
    add('utf16be.md', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE, 'utf16le').swap16()]));
    add('utf32.txt', new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]));
    add('crlf.txt', ARTICLE.replace(/\n/g, '\r\n'));
    add('cr.txt', ARTICLE.replace(/\n/g, '\r'));
    add('large.txt', Array(Math.ceil((PIECE_THRESHOLD + 10_000) / SEED_TEXT.length)).fill(SEED_TEXT).join('\n\n'));
    add('long-quote.txt', 'Olsen said: “' + 'the quay stays open '.repeat(5_000) + '”');
    add('unbalanced.txt', Array.from({ length: 20_000 }, (_, i) => `${'“”"‘’'[i % 5]}word${i % 37 === 0 ? '.\n\n' : ' '}`).join(''));
    add('nested.txt', 'He said: ' + '“‘'.repeat(2_000) + 'no');
    add('never-closed.txt', 'Olsen said: “We will never close\n\nThe mayor denied it.');
    add('broken.html', '<p>&ldquo;Fine,&rdquo; Olsen said.<div><script>“Hidden,” said the code.');
    add('page.htm', '<html><head><style>q{}</style></head><body><article><p>“We are ready,” Reyes said.</p></article></body></html>');
    add('not-article.json', '{"headline": "no text field"}');
    add('invalid.json', '{"text": ');
    add('array.json', JSON.stringify([{ text: ARTICLE }, 7]));
    add('records.jsonl', [JSON.stringify({ text: ARTICLE }), 'not json', JSON.stringify({ body: 'Olsen said so.' })].join('\n'));
    add('folder.txt/inside.txt', ARTICLE);
    for (let i = 0; i < 100; i++) add(`small/${String(i).padStart(3, '0')}.md`, `# Note ${i}\n\nReyes said the quay was busy.\n`);
    const huge = path.join(base, 'huge.txt');
    add('huge.txt', '');
    truncateSync(huge, 21 * 1024 * 1024);
    if (process.platform !== 'win32') {
      symlinkSync('loop2.txt', path.join(base, 'loop1.txt'));
      symlinkSync('loop1.txt', path.join(base, 'loop2.txt'));
      symlinkSync('gone.txt', path.join(base, 'dangling.txt'));
      expect(spawnSync('mkfifo', [path.join(base, 'fifo.txt')]).status).toBe(0);
      inputs.push(...['loop1.txt', 'loop2.txt', 'dangling.txt', 'fifo.txt'].map((f) => path.join(base, f)));
    }
    const missing = path.join(dir, 'no-such-folder', 'article.txt');

    const result = await run([BIN, 'analyze', base, missing, '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.ms).toBeLessThan(60_000);
    const report = JSON.parse(result.stdout) as Report;
    const reported = [...report.documents.map((d) => d.path), ...report.errors.map((e) => e.path)];
    // Errors are in the JSON; stderr carries only the warning that the Latin-1 file was read as Windows-1252, and how many failed.
    expect(result.stderr).toBe(`attrib: ${path.join(base, 'latin1.txt')}: decoded as windows-1252: not valid UTF-8 (warning)\n`
      + `attrib: ${report.errors.length} of ${reported.length} inputs failed (see "errors" in the JSON output)\n`);
    // Every input once: a file, or its records (file#n) for JSON and JSONL.
    expect(new Set(reported).size).toBe(reported.length);
    for (const input of [...inputs, missing]) expect(reported.some((p) => p === input || p.startsWith(`${input}#`)), input).toBe(true);
    const codeOf = (rel: string): string | undefined => report.errors.find((e) => e.path === path.join(base, rel))?.code;
    expect(codeOf('photo.txt')).toBe('EBINARY');
    expect(codeOf('huge.txt')).toBe('ETOOLARGE');
    expect(codeOf('utf32.txt')).toBe('EENCODING');
    expect(codeOf('invalid.json')).toBe('EPARSE');
    expect(codeOf('not-article.json')).toBe('ENOTARTICLE');
    expect(report.errors.find((e) => e.path === missing)?.code).toBe('ENOENT');
    expect(report.summary).toEqual({ documents: report.documents.length, attributions: expect.any(Number), speakers: expect.any(Number), errors: report.errors.length });

    // The same run streamed: errors (and the Latin-1 file's warning) on stderr, one line each, never a stack trace.
    const streamed = await run([BIN, 'analyze', base, missing, '--format', 'jsonl']);
    expect(streamed.code).toBe(1);
    expect(streamed.stderr).not.toMatch(STACK_LINE);
    for (const line of streamed.stderr.trimEnd().split('\n')) expect(line).toMatch(/^attrib: .+: .+ \(([A-Z]+|warning)\)$/);
    expect(streamed.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as DocumentResult).path)).toEqual(report.documents.map((d) => d.path));
  });
});
