/**
 * The command line: exit codes (table-driven, in-process and as a spawned
 * `node bin/attrib.js`), stdin, the table output, colour rules and help.
 * The spawned rows need the build (`npm test` builds first).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/types.js';
import { main } from '../src/cli.js';
import { analyzeText } from '../src/index.js';
import { csvRows } from '../src/report/csv.js';
import { ROOT, runCli, SEED } from './helpers.js';
import { runBuiltCli, type SpawnedRun } from './spawn.js';

const ANSI = /\x1b\[[0-9;]*m/;

const dir = mkdtempSync(path.join(tmpdir(), 'attrib-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const EMPTY_DIR = path.join(dir, 'empty');
mkdirSync(EMPTY_DIR);
const BAD_JSON = path.join(dir, 'broken.json');
writeFileSync(BAD_JSON, '{"text": "unterminated');
const MISSING = path.join(dir, 'missing.txt');
const ARTICLE = '“We will not raise taxes,” Governor Maria Delgado said on Tuesday.\n';
/** A newsroom export in Windows-1252 (curly quotes 0x93, 0x94; é 0xE9). */
const CP1252 = path.join(dir, 'cp1252.txt');
writeFileSync(CP1252, Buffer.from('\x93We will win this fight,\x94 said Mayor Kim Ro at the Caf\xe9 Central.\n', 'latin1'));

/** Run `node bin/attrib.js` with stdout and stderr as pipes, and neither NO_COLOR nor FORCE_COLOR unless given. */
function spawnCli(args: string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<SpawnedRun> {
  return runBuiltCli(args, options.stdin ?? '', options.env ?? {});
}

interface Row {
  name: string;
  args: string[];
  code: 0 | 1 | 2;
  stdin?: string;
  stdout?: RegExp;
  stderr?: RegExp;
  /** Also run as a spawned process. */
  spawn?: boolean;
}

const ROWS: Row[] = [
  { name: 'one article, table', args: ['analyze', SEED], code: 0, stdout: /Jen Psaki/, spawn: true },
  { name: 'a folder', args: ['analyze', '--format', 'json', path.join(ROOT, 'seeds')], code: 0, stdout: /"documents": 1/ },
  { name: 'a missing file next to a good one: reported, the rest analysed', args: ['analyze', '--format', 'json', SEED, MISSING], code: 1, stdout: /"code": "ENOENT"/, spawn: true },
  { name: 'a missing file, jsonl: the error on stderr', args: ['analyze', '--format', 'jsonl', SEED, MISSING], code: 1, stdout: /^\{"path":/, stderr: /missing\.txt: no such file or directory \(ENOENT\)/ },
  { name: 'a missing file, table: the error on stderr', args: ['analyze', SEED, MISSING], code: 1, stdout: /Jen Psaki/, stderr: /missing\.txt: no such file or directory/ },
  { name: 'invalid JSON input', args: ['analyze', '--format', 'json', BAD_JSON], code: 1, stdout: /"code": "EPARSE"/ },
  { name: 'a file over --max-bytes', args: ['analyze', '--max-bytes', '100', SEED], code: 1, stderr: /ETOOLARGE/ },
  { name: 'a Windows-1252 file: analysed as such, with a warning naming it', args: ['analyze', '--format', 'json', CP1252], code: 0, stdout: /"text": "We will win this fight,"[\s\S]*Kim Ro/, stderr: /cp1252\.txt: decoded as windows-1252: not valid UTF-8/, spawn: true },
  { name: 'a Windows-1252 file, table: no replacement characters', args: ['analyze', CP1252], code: 0, stdout: /^(?![\s\S]*\ufffd)[\s\S]*Kim Ro/, stderr: /decoded as windows-1252/ },
  { name: 'a Windows-1252 file, check: the warning too', args: ['check', CP1252], code: 0, stderr: /cp1252\.txt: decoded as windows-1252/ },
  // An empty argument: an unset variable in CI (attrib check "$ARTICLES"). fast-glob threw "Patterns must be a string (non empty)", exit 1.
  { name: 'an empty path next to a good one: an input error naming it, the rest analysed', args: ['analyze', '--format', 'json', SEED, ''], code: 1, stdout: /"path": "",\s*"code": "ENOENT",\s*"message": "empty path \(an unset variable\?\)"/ },
  { name: 'an empty path, check: an input that could not be read, exit 2 (not 1, "errors found")', args: ['check', ''], code: 2, stderr: /^attrib: : empty path \(an unset variable\?\) \(ENOENT\)\n$/ },
  { name: 'an empty -o: a usage error saying so', args: ['analyze', '-o', '', SEED], code: 2, stderr: /^attrib: -o: empty file name \(an unset variable\?\)\n/ },
  { name: 'an empty --config: a usage error saying so', args: ['check', '--config', '', SEED], code: 2, stderr: /^attrib: --config: empty file name \(an unset variable\?\)\n/ },
  { name: 'unknown option: the message starts "attrib:" like every other', args: ['analyze', '--colour-me-surprised', SEED], code: 2, stderr: /^attrib: unknown option '--colour-me-surprised'/, spawn: true },
  { name: 'unknown command', args: ['analyse-this', SEED], code: 2, stderr: /unknown command 'analyse-this'/ },
  { name: 'bad --format', args: ['analyze', '--format', 'xml', SEED], code: 2, stderr: /argument 'xml' is invalid/ },
  { name: 'bad --max-bytes', args: ['analyze', '--max-bytes', 'lots', SEED], code: 2, stderr: /positive whole number/ },
  // Each reason a sentence after commander's "is invalid.", as its "Allowed choices are …."; a size with a unit is told the bytes of a MiB.
  { name: '--max-bytes with a unit: bytes, with the default in MiB and bytes', args: ['analyze', '--max-bytes', '10MB', SEED], code: 2, stderr: /^attrib: option '--max-bytes <n>' argument '10MB' is invalid\. Expected a positive whole number of bytes \(20 MiB is 20971520\)\.\n/ },
  { name: 'bad --jobs: a sentence of its own', args: ['analyze', '--jobs', '0', SEED], code: 2, stderr: /^attrib: option '-j, --jobs <n\|auto>' argument '0' is invalid\. Expected a positive whole number, or auto\.\n/ },
  { name: 'bad --max-warnings: a sentence of its own', args: ['check', '--max-warnings', '-1', SEED], code: 2, stderr: /^attrib: option '--max-warnings <n>' argument '-1' is invalid\. Expected a whole number, 0 or more\.\n/ },
  { name: '--max-bytes in hex is no whole number as written', args: ['analyze', '--max-bytes', '0x10', SEED], code: 2, stderr: /positive whole number/ },
  { name: '--jobs with an exponent is no whole number as written', args: ['analyze', '--jobs', '1e0', SEED], code: 2, stderr: /positive whole number/ },
  { name: 'eval --errors "" is no number', args: ['eval', '--gold', path.join(ROOT, '..', 'shared', 'eval', 'seed-gold.json'), '--errors', ''], code: 2, stderr: /whole number/ },
  { name: 'no input files under a folder', args: ['analyze', EMPTY_DIR], code: 2, stderr: /no input found/ },
  { name: 'no input files under a folder, json', args: ['analyze', '--format', 'json', EMPTY_DIR], code: 2, stderr: /no input found/ },
  { name: 'no input files under a folder, jsonl', args: ['analyze', '--format', 'jsonl', EMPTY_DIR], code: 2, stderr: /no input found/ },
  { name: 'a folder with no articles next to a good file: reported as ENOMATCH, as a glob matching nothing is', args: ['analyze', '--format', 'json', SEED, EMPTY_DIR], code: 1, stdout: /"code": "ENOMATCH"/ },
  { name: 'no paths and stdin is a terminal', args: ['analyze'], code: 2, stderr: /no input/ },
  { name: 'stdin with -', args: ['analyze', '--format', 'json', '-'], stdin: ARTICLE, code: 0, stdout: /"path": "-"[\s\S]*Maria Delgado/ },
  { name: 'stdin with no paths', args: ['analyze', '--format', 'json'], stdin: ARTICLE, code: 0, stdout: /"path": "-"[\s\S]*Maria Delgado/, spawn: true },
  { name: '--help', args: ['--help'], code: 0, stdout: /analyze[\s\S]*eval/ },
  { name: '--version', args: ['--version'], code: 0, stdout: /^\d+\.\d+\.\d+\n$/ },
];

describe('exit codes, in-process', () => {
  it.each(ROWS.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
    const run = await runCli(row.args, row.stdin === undefined ? {} : { stdin: row.stdin });
    expect(run.code, run.stderr).toBe(row.code);
    if (row.stdout) expect(run.stdout).toMatch(row.stdout);
    if (row.stderr) expect(run.stderr).toMatch(row.stderr);
    // Messages name the problem; never a stack trace.
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

// Spawned runs start a Node process each (~0.5 s): a few rows, run concurrently.
describe.concurrent('exit codes, spawned node bin/attrib.js', () => {
  beforeAll(() => {
    if (!existsSync(path.join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test does)');
  });

  it.each(ROWS.filter((r) => r.spawn).map((r) => [r.name, r] as const))('%s', async (_name, row) => {
    const run = await spawnCli(row.args, row.stdin === undefined ? {} : { stdin: row.stdin });
    expect(run.code, run.stderr).toBe(row.code);
    if (row.stdout) expect(run.stdout).toMatch(row.stdout);
    if (row.stderr) expect(run.stderr).toMatch(row.stderr);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    // stdout is a pipe and no colour variable is set: no colour.
    expect(run.stdout + run.stderr).not.toMatch(ANSI);
  });

  it('colours the table when FORCE_COLOR is set, even through a pipe', async () => {
    const run = await spawnCli(['analyze', SEED], { env: { FORCE_COLOR: '1' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(ANSI);
  });
});

describe('JSON on failure', () => {
  it('lists every input once, in documents or in errors', async () => {
    const run = await runCli(['analyze', '--format', 'json', SEED, MISSING, BAD_JSON]);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.documents.map((d) => d.path)).toEqual([SEED]);
    expect(report.errors.map((e) => [e.path, e.code])).toEqual([[MISSING, 'ENOENT'], [BAD_JSON, 'EPARSE']]);
    expect(report.summary.errors).toBe(2);
    // In JSON mode stdout carries only the JSON; the errors are not repeated on stderr, only counted (stdout is no terminal).
    expect(run.stderr).toBe('attrib: 2 of 3 inputs failed (see "errors" in the JSON output)\n');
  });

  // Written to a file, a run that lost inputs showed it only in its exit code.
  it('says on stderr how many inputs failed and where their errors are, when the JSON goes to a file or a pipe, not a terminal', async () => {
    const out = path.join(dir, 'failed.json');
    const run = await runCli(['analyze', '-f', 'json', '-o', out, SEED, MISSING]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`attrib: 1 of 2 inputs failed (see "errors" in ${out})\n`);
    expect((JSON.parse(readFileSync(out, 'utf8')) as Report).errors.map((e) => e.path)).toEqual([MISSING]);
    // On a terminal the JSON's errors are on the screen; and a run without failures says nothing.
    expect((await runCli(['analyze', '-f', 'json', SEED, MISSING], { tty: true })).stderr).toBe('');
    expect((await runCli(['analyze', '-f', 'json', '-o', out, SEED])).stderr).toBe('');
  });
});

describe('stdin', () => {
  it('reads --stdin-format md, keeping offsets into what was piped', async () => {
    const markdown = `# Budget\n\n**${ARTICLE}`;
    const run = await runCli(['analyze', '--format', 'json', '--stdin-format', 'md'], { stdin: markdown });
    expect(run.code).toBe(0);
    const [doc] = (JSON.parse(run.stdout) as Report).documents;
    expect(doc).toMatchObject({ path: '-', format: 'md', title: 'Budget' });
    const source = doc!.attributions[0]!.source!;
    expect(markdown.slice(source.start, source.end)).toBe(source.text);
  });

  it('warns when stdin looks like JSONL but is read as plain text', async () => {
    const jsonl = '{"id":"a","text":"Ann Bell said yes."}\n{"id":"b","text":"Ann Bell said no."}\n';
    const plain = await runCli(['analyze', '-f', 'jsonl', '-'], { stdin: jsonl });
    expect(plain.code).toBe(0);
    expect(plain.stderr).toContain('attrib: -: stdin looks like JSONL (a JSON object per line) but is read as plain text; add --stdin-format jsonl');
    const records = await runCli(['analyze', '-f', 'jsonl', '--stdin-format', 'jsonl', '-'], { stdin: jsonl });
    expect(records.stderr).toBe('');
    const prose = await runCli(['analyze', '-f', 'jsonl', '-'], { stdin: 'Ann Bell said {"text": "x"} was fine.\n' });
    expect(prose.stderr).toBe('');
  });

  it('warns when stdin looks like HTML but is read as plain text', async () => {
    const page = '<!doctype html>\n<html><body><article><p>“We will win,” Ann Bell said.</p></article><script>var x = 1;</script></body></html>\n';
    for (const html of [page, '  <p>“We will win,” Ann Bell said.</p>\n', '<article>\n<h1>Vote</h1></article>']) {
      const plain = await runCli(['analyze', '-f', 'jsonl', '-'], { stdin: html });
      expect(plain.code).toBe(0);
      expect(plain.stderr).toBe('attrib: -: stdin looks like HTML but is read as plain text, tags and all; add --stdin-format html to read the article in it (warning)\n');
      const checked = await runCli(['check', '-'], { stdin: html });
      expect(checked.stderr).toContain('stdin looks like HTML');
    }
    const read = await runCli(['analyze', '-f', 'jsonl', '--stdin-format', 'html', '-'], { stdin: page });
    expect(read.stderr).toBe('');
    for (const prose of ['Ann Bell said <p> tags were fine.\n', '<3 Ann Bell said yes.\n', '<Ann Bell> said yes.\n']) {
      expect((await runCli(['analyze', '-f', 'jsonl', '-'], { stdin: prose })).stderr, prose).toBe('');
    }
  });

  it('reads JSONL records from stdin as "-#<id>"', async () => {
    const run = await runCli(['analyze', '--format', 'jsonl', '--stdin-format', 'jsonl'], { stdin: `${JSON.stringify({ id: 'r1', text: ARTICLE })}\n` });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ path: '-#r1', format: 'jsonl' });
  });
});

describe('--stdin-format when stdin is not read', () => {
  // It was ignored without a word, and --stdin-format jsonl still switched the output to JSONL.
  it('has no effect with paths and no -: a warning says so, and the output stays a table', async () => {
    const run = await runCli(['analyze', '--stdin-format', 'jsonl', SEED]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('attrib: --stdin-format jsonl has no effect: stdin is read only when no paths are given or one of them is - (warning)\n');
    expect(run.stdout).toMatch(/^\S*kazakhstan-us-denies-role\.txt {2}US denies role[\s\S]*Jen Psaki[\s\S]*1 document, \d+ attributions/);
    const check = await runCli(['check', '--stdin-format', 'md', SEED]);
    expect(check.stderr).toContain('attrib: --stdin-format md has no effect');
  });

  it('is silent, and JSONL stays the default output, when stdin is read (-, or no paths)', async () => {
    const stdin = `${JSON.stringify({ id: 'r1', text: ARTICLE })}\n`;
    const both = await runCli(['analyze', '--stdin-format', 'jsonl', SEED, '-'], { stdin });
    expect(both.stderr).toBe('');
    expect(both.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { path: string }).path)).toEqual([SEED, '-#r1']);
    const none = await runCli(['analyze', '--stdin-format', 'jsonl'], { stdin });
    expect(none.stderr).toBe('');
    expect(JSON.parse(none.stdout)).toMatchObject({ path: '-#r1' });
    // The default --stdin-format (txt) is no choice the user made: no warning.
    expect((await runCli(['analyze', SEED])).stderr).toBe('');
  });
});

describe('--format table', () => {
  it('shows each article with its attributions and every speaker', async () => {
    const json = JSON.parse((await runCli(['analyze', '--format', 'json', SEED])).stdout) as Report;
    const run = await runCli(['analyze', SEED]);
    expect(run.stdout).toContain('seeds/kazakhstan-us-denies-role.txt');
    expect(run.stdout).toContain('US denies role in Kazakhstan uprising');
    for (const header of ['speaker', 'kind', 'cue (stance)', 'content', 'line', 'type', 'attributions', 'direct/indirect/mixed', 'cues used']) expect(run.stdout).toContain(header);
    const speakers = json.documents[0]!.speakers;
    expect(speakers.length).toBeGreaterThan(0);
    for (const s of speakers) expect(run.stdout).toContain(s.name.length <= 26 ? s.name : s.name.slice(0, 25));
    expect(run.stdout).toContain(`1 document, ${json.summary.attributions} attributions, ${json.summary.speakers} speakers`);
  });

  it('fits the terminal width, cutting long content', async () => {
    const run = await runCli(['analyze', SEED]);
    const widest = Math.max(...run.stdout.split('\n').map((l) => l.length));
    expect(widest).toBeLessThanOrEqual(120);
    expect(run.stdout).toContain('…');
  });

  it('fits an 80-column terminal, wrapping speaker names and cues rather than overflowing', async () => {
    const json = JSON.parse((await runCli(['analyze', '--format', 'json', SEED])).stdout) as Report;
    const run = await runCli(['analyze', SEED], { columns: 80 });
    expect(Math.max(...run.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
    // Every speaker's words are still there, some on a second line of their cell.
    for (const s of json.documents[0]!.speakers) for (const word of s.name.split(' ')) expect(run.stdout, word).toContain(word);
  });

  it('cuts content by the columns it takes on the terminal: wide characters count two, and an emoji is never cut in half', async () => {
    const stdin = '“我们会赢得这场比赛😀😀😀，我们已经准备好了很多年，” said coach Li Wei.\n\n“The 🚢 ferry 🚢 will run 🚢 on Monday 🚢 and Tuesday 🚢 and every day after,” said Ines Walcott.\n';
    const run = await runCli(['analyze', '-'], { stdin, columns: 60 });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/); // no lone surrogate
    expect(run.stdout).not.toContain('\ufffd');
    // Each row of a table as wide as its top border, counting the columns a terminal gives each character.
    const columns = (line: string): number => [...line].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\u{1f300}-\u{1faff}]/u.test(c) ? 2 : 1), 0);
    const lines = run.stdout.split('\n');
    const top = lines.find((l) => l.startsWith('┌'))!;
    for (const line of lines.slice(lines.indexOf(top), lines.findIndex((l) => l.startsWith('└')) + 1)) expect(columns(line), line).toBe(columns(top));
  });

  it('shows the fragments of a split quotation joined by " … ", without the "said X" between them', async () => {
    const run = await runCli(['analyze', '-'], { stdin: '“We have waited ten years for this,” said resident Paul Whitman. “It is about time.”\n' });
    expect(run.stdout).toContain('We have waited ten years for this, … It is about time.');
    expect(run.stdout).not.toContain('said resident Paul');
  });

  it("shows an article's control characters as symbols, never as terminal escape sequences (the table and check's text are for a terminal)", async () => {
    // A scraped page can carry escapes: colour, or an OSC sequence that retitles the terminal or writes a link.
    const text = 'Harbour board\x1b]0;owned\x07 votes\n\nHarbour master Irma Vos claimed that \x1b[31mthe quay\x1b[0m would close \x9b2J soon.\n\nAides said the budget\x07 was short.\n';
    const table = await runCli(['analyze', '-'], { stdin: text });
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Irma Vos');
    expect(table.stdout).toContain('␛[31mthe quay␛[0m would close');
    const check = await runCli(['check', '-'], { stdin: text });
    expect(check.stdout).toContain('unnamed source "Aides"');
    for (const out of [table.stdout, check.stdout]) expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  });

  it('adds a corpus table of speakers for several articles', async () => {
    const other = path.join(dir, 'other.txt');
    writeFileSync(other, readFileSync(SEED, 'utf8'));
    const run = await runCli(['analyze', SEED, other]);
    expect(run.stdout).toContain('speaker (corpus)');
    expect(run.stdout).toMatch(/Jen Psaki\s+│\s+person\s+│\s+2\s+│/);
  });

  // "Trump" and "Donald Trump" were two rows of the corpus table: articles that call a person by surname alone.
  it('folds a bare surname into the one full name of the corpus that ends with it; two such full names keep it apart', async () => {
    const corpus = path.join(dir, 'surnames');
    mkdirSync(corpus);
    writeFileSync(path.join(corpus, 'a.txt'), 'Mayor Carla Moreno said the bridge would reopen in May.\n\nDan Smith said the cost had doubled.\n');
    writeFileSync(path.join(corpus, 'b.txt'), 'Moreno said the vote was close.\n\nEve Smith said the count was fair.\n');
    writeFileSync(path.join(corpus, 'c.txt'), 'Moreno told reporters the plan was sound.\n\nSmith said nothing had changed.\n');
    const table = (await runCli(['analyze', corpus])).stdout;
    // The rows under the corpus table's header, as cells.
    const corpusRows = table.slice(table.indexOf('speaker (corpus)')).split('\n').slice(1).filter((l) => l.startsWith('│')).map((l) => l.split('│').slice(1, -1).map((c) => c.trim()));
    expect(corpusRows).toEqual([
      ['Carla Moreno', 'person', '3', '3'],
      ['Dan Smith', 'person', '1', '1'],
      ['Eve Smith', 'person', '1', '1'],
      ['Smith', 'person', '1', '1'],
    ]);
    // Only the table merges: each document's speakers are as analysed.
    const report = JSON.parse((await runCli(['analyze', '-f', 'json', corpus])).stdout) as Report;
    expect(report.documents.map((d) => d.speakers.map((s) => s.name))).toEqual([['Carla Moreno', 'Dan Smith'], ['Moreno', 'Eve Smith'], ['Moreno', 'Smith']]);
    // Not where the resolver kept them apart ("Lena Brandt … Mr. Brandt said": two people), nor across sexes.
    const apart = path.join(dir, 'surnames-apart');
    mkdirSync(apart);
    writeFileSync(path.join(apart, 'a.txt'), 'Lena Brandt, the bakery\'s owner, said the rent had doubled.\n\nMr. Brandt said the family would stay.\n');
    writeFileSync(path.join(apart, 'b.txt'), 'Ines Moreno said the bridge would reopen.\n');
    writeFileSync(path.join(apart, 'c.txt'), 'Mr. Moreno said the plan was sound.\n');
    const apartTable = (await runCli(['analyze', apart])).stdout;
    expect(apartTable.slice(apartTable.indexOf('speaker (corpus)')).split('\n').slice(1).filter((l) => l.startsWith('│')).map((l) => l.split('│')[1]!.trim())).toEqual(['Brandt', 'Ines Moreno', 'Lena Brandt', 'Moreno']);
  });
});

describe('colour', () => {
  const table = (env: Record<string, string | undefined>, args: string[] = [], tty = true) => runCli(['analyze', ...args, SEED], { env: { NO_COLOR: undefined, FORCE_COLOR: undefined, ...env }, tty });

  it('is off when stdout is not a terminal', async () => {
    expect((await table({}, [], false)).stdout).not.toMatch(ANSI);
  });

  it('is off with NO_COLOR, with --no-color, and with FORCE_COLOR=0, even on a terminal', async () => {
    expect((await table({ NO_COLOR: '1' })).stdout).not.toMatch(ANSI);
    expect((await table({}, ['--no-color'])).stdout).not.toMatch(ANSI);
    expect((await table({ FORCE_COLOR: '0' })).stdout).not.toMatch(ANSI);
  });

  it('is on with FORCE_COLOR, even through a pipe, unless --no-color says otherwise', async () => {
    expect((await table({ FORCE_COLOR: '1' }, [], false)).stdout).toMatch(ANSI);
    expect((await runCli(['--no-color', 'analyze', SEED], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
  });

  it('never reaches a table written to an -o file, even with FORCE_COLOR (as check\'s --output-file)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attrib-colour-'));
    try {
      const file = path.join(dir, 'table.txt');
      const run = await table({ FORCE_COLOR: '1' }, ['-o', file]);
      expect(run.stdout).toBe('');
      expect(readFileSync(file, 'utf8')).toContain('Jen Psaki');
      expect(readFileSync(file, 'utf8')).not.toMatch(ANSI);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never reaches JSON output', async () => {
    expect((await table({ FORCE_COLOR: '3' }, ['--format', 'json'])).stdout).not.toMatch(ANSI);
  });
});

describe('progress on a terminal', () => {
  /** `analyze` in-process with stderr a terminal, as a person at a shell has it. */
  async function stderrOnTerminal(args: string[], env: Record<string, string> = {}): Promise<string> {
    let stderr = '';
    const code = await main(['analyze', '--format', 'json', ...args], {
      stdout: { write: () => true, isTTY: false },
      stderr: { write: (s: string) => { stderr += s; return true; }, isTTY: true },
      env: { NO_COLOR: '1', ...env },
      stdinIsTTY: true,
    });
    expect(code).toBe(0);
    return stderr;
  }
  const SECOND = path.join(dir, 'second.txt');
  writeFileSync(SECOND, ARTICLE);

  it('is not shown for a single article', async () => {
    expect(await stderrOnTerminal([SEED])).toBe('');
  });

  it('is shown for more than one, with the total when every file is one article, and cleared at the end', async () => {
    const stderr = await stderrOnTerminal([SEED, SECOND]);
    expect(stderr).toContain('\ranalysed 2 of 2 documents (100%)…');
    expect(stderr.endsWith('\r\x1b[K')).toBe(true);
    // A JSONL file holds a number of articles unknown until it is read: no total.
    const corpus = path.join(dir, 'progress-corpus.jsonl');
    writeFileSync(corpus, [1, 2, 3].map((n) => JSON.stringify({ id: `a${n}`, text: ARTICLE })).join('\n'));
    const unknownTotal = await stderrOnTerminal([corpus, SEED]);
    expect(unknownTotal).toMatch(/\ranalysed \d documents…/);
    expect(unknownTotal).not.toContain(' of ');
  });

  it('is not shown while JSONL or CSV lines are written to the terminal too, where it would run into them', async () => {
    let screen = '';
    const terminal = { write: (s: string | Uint8Array) => { screen += String(s); return true; }, isTTY: true };
    const code = await main(['analyze', '--format', 'jsonl', '--jobs', '1', SEED, SECOND], { stdout: terminal, stderr: terminal, env: { NO_COLOR: '1' }, stdinIsTTY: true });
    expect(code).toBe(0);
    expect(screen).not.toContain('analysed');
    expect(screen.trimEnd().split('\n').map((line) => (JSON.parse(line) as { path: string }).path)).toEqual([SEED, SECOND].sort());
    let csvScreen = '';
    const csvTerminal = { write: (s: string | Uint8Array) => { csvScreen += String(s); return true; }, isTTY: true };
    expect(await main(['analyze', '--format', 'csv', '--jobs', '1', SEED, SECOND], { stdout: csvTerminal, stderr: csvTerminal, env: { NO_COLOR: '1' }, stdinIsTTY: true })).toBe(0);
    expect(csvScreen).toMatch(/^path,title,/);
    expect(csvScreen).not.toContain('analysed');
    // Into a file (-o), the terminal shows the progress.
    expect(await stderrOnTerminal([SEED, SECOND, '--format', 'jsonl', '-o', path.join(dir, 'progress.jsonl')])).toContain('\ranalysed 2 of 2 documents (100%)…');
  });

  // check showed none: a newsroom's archive was checked for minutes in silence, while analyze said how far it was.
  it('is shown by check too, "checked N of M documents", and cleared before the report', async () => {
    const run = async (env: Record<string, string>): Promise<{ stderr: string; stdout: string }> => {
      let stderr = '';
      let stdout = '';
      const code = await main(['check', SEED, SECOND], {
        stdout: { write: (s: string | Uint8Array) => { stdout += String(s); return true; }, isTTY: false },
        stderr: { write: (s: string) => { stderr += s; return true; }, isTTY: true },
        env: { NO_COLOR: '1', ...env },
        stdinIsTTY: true,
      });
      expect(code).toBe(0);
      return { stderr, stdout };
    };
    const shown = await run({});
    expect(shown.stderr).toBe('\rchecked 2 of 2 documents (100%)…\r\x1b[K');
    expect(shown.stdout).toMatch(/2 documents checked\n$/);
    expect((await run({ CI: 'true' })).stderr).toBe('');
  });

  it('is not shown in CI, nor when stderr is not a terminal', async () => {
    expect(await stderrOnTerminal([SEED, SECOND], { CI: '1' })).toBe('');
    expect((await runCli(['analyze', '--format', 'json', SEED, SECOND])).stderr).toBe('');
  });
});

describe('the package as a dependency (README "As a library")', () => {
  // A project with attrib in its node_modules, as npm installs it (the built package: npm test builds first).
  const project = path.join(dir, 'project');
  mkdirSync(path.join(project, 'node_modules'), { recursive: true });
  symlinkSync(ROOT, path.join(project, 'node_modules', 'attrib'), 'dir');

  it('is ESM-only: import works, require fails with ERR_PACKAGE_PATH_NOT_EXPORTED', () => {
    const imported = execFileSync(process.execPath, ['--input-type=module', '-e', "import { analyzeText } from 'attrib'; console.log(analyzeText('“We will win,” the senator said.').attributions.length)"], { cwd: project, encoding: 'utf8' });
    expect(Number(imported)).toBeGreaterThan(0);
    const required = spawnSync(process.execPath, ['-e', "require('attrib')"], { cwd: project, encoding: 'utf8' });
    expect(required.status).not.toBe(0);
    expect(required.stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });
});

describe('--help', () => {
  it('lists the commands', async () => {
    const run = await runCli(['--help']);
    for (const command of ['analyze', 'check', 'eval']) expect(run.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    for (const option of ['--version', '--no-color', '--help']) expect(run.stdout).toContain(option);
  });

  it('lists the options of analyze with their choices', async () => {
    const run = await runCli(['analyze', '--help']);
    expect(run.code).toBe(0);
    for (const option of ['--format', 'table', 'json', 'jsonl', '--stdin-format', '--max-bytes', 'paths']) expect(run.stdout).toContain(option);
    expect(run.stdout.replace(/\s+/g, ' ')).toContain('(reported as ETOOLARGE) (default: 20971520 bytes, 20 MiB)');
  });

  it.each(['analyze', 'check', 'eval'])('%s --help states each default once, --jobs\'s as "auto" rather than this machine\'s count', async (command) => {
    const run = await runCli([command, '--help']);
    expect(run.code).toBe(0);
    // One entry per option: its first line and the indented lines that continue it.
    const entries = run.stdout.split(/\n(?=\s{2}-)/).filter((e) => /^\s{2}-/.test(e));
    expect(entries.length).toBeGreaterThan(2);
    for (const entry of entries) expect(entry.match(/\(default:/g)?.length ?? 0, entry).toBeLessThanOrEqual(1);
    if (command === 'analyze') expect(entries.find((e) => e.includes('--jobs'))!.replace(/\s+/g, ' ')).toMatch(/auto: one per core .*\(default: auto\)\s*$/);
  });
});

describe('no input at all', () => {
  it.each([
    ['analyze', ['analyze']],
    ['check', ['check']],
  ])('%s with an empty pipe on stdin and no paths exits 2', async (_name, args) => {
    const run = await runCli(args, { stdin: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('stdin is empty');
    expect(run.stdout).toBe('');
  });

  // It was told three times (the ENOMATCH line, a table of "0 documents … 1 error", then "no input found"), and check
  // called the folder an input that "could not be read" after a summary of nothing checked.
  // The formats whose contract carries the failed inputs (JSON, SARIF, GitHub annotations) write their report; the
  // others write nothing: no CSV header, no empty HTML page (reportsNoInput).
  const NO_INPUT_RUNS = [
    ['analyze', ['analyze', EMPTY_DIR]],
    ['analyze, jsonl', ['analyze', '-f', 'jsonl', EMPTY_DIR]],
    ['analyze, csv', ['analyze', '-f', 'csv', EMPTY_DIR]],
    ['analyze, html', ['analyze', '-f', 'html', EMPTY_DIR]],
    ['analyze, json', ['analyze', '-f', 'json', EMPTY_DIR]],
    ['check', ['check', EMPTY_DIR]],
    ['check, html', ['check', '-f', 'html', EMPTY_DIR]],
    ['check, json', ['check', '-f', 'json', EMPTY_DIR]],
    ['check, sarif', ['check', '-f', 'sarif', EMPTY_DIR]],
    ['check, github', ['check', '-f', 'github', EMPTY_DIR]],
  ] as const;
  const reportsNoInput = (name: string): boolean => /json$|sarif$|github$/.test(name);

  it.each(NO_INPUT_RUNS)('an empty folder is no input, said once and naming the folder, exit 2 (%s)', async (name, args) => {
    const run = await runCli([...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`attrib: no input found: ${EMPTY_DIR}: no .txt, .md, .html, .json or .jsonl files in this folder (ENOMATCH)\n`);
    if (name.endsWith('json')) expect((JSON.parse(run.stdout) as Report).errors).toEqual([{ path: EMPTY_DIR, code: 'ENOMATCH', message: 'no .txt, .md, .html, .json or .jsonl files in this folder' }]);
    else if (name.endsWith('github')) expect(run.stdout).toMatch(/^::error file=.*ENOMATCH/);
    else if (!reportsNoInput(name)) expect(run.stdout).toBe('');
  });

  // `analyze -o` opened (and emptied) its file before looking for input: an earlier report was lost to a typo in a path.
  it.each(NO_INPUT_RUNS)('no input leaves an earlier -o file as it was, unless the format reports it (%s)', async (name, args) => {
    const file = path.join(dir, `earlier-${name.replace(/\W+/g, '-')}`);
    writeFileSync(file, 'earlier report\n');
    const run = await runCli([...args, '-o', file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const written = readFileSync(file, 'utf8');
    if (reportsNoInput(name)) expect(written).toContain('ENOMATCH');
    else expect(written).toBe('earlier report\n');
    // Nor is a file made for nothing.
    const fresh = path.join(dir, `fresh-${name.replace(/\W+/g, '-')}`);
    expect((await runCli([...args, '-o', fresh])).code).toBe(2);
    expect(existsSync(fresh)).toBe(reportsNoInput(name));
    // Nor behind a symbolic link to a file not there yet (opening it creates the target).
    const target = path.join(dir, `target-${name.replace(/\W+/g, '-')}`);
    const link = path.join(dir, `link-${name.replace(/\W+/g, '-')}`);
    symlinkSync(target, link);
    expect((await runCli([...args, '-o', link])).code).toBe(2);
    expect(existsSync(target)).toBe(reportsNoInput(name));
  });

  it('-o - is stdout, for analyze and check, as - among the paths is stdin', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const analyzed = await runCli(['analyze', '-f', 'csv', '-o', '-', SEED]);
      expect(analyzed.stdout).toMatch(/^path,title,[\s\S]*Jen Psaki/);
      const checked = await runCli(['check', '-f', 'json', '--output-file', '-', SEED]);
      expect((JSON.parse(checked.stdout) as Report).documents).toHaveLength(1);
      expect(existsSync(path.join(dir, '-'))).toBe(false);
    } finally {
      process.chdir(cwd);
    }
  });

  it.each([['analyze'], ['check']])('an -o file that cannot be written stops the run before any analysis (%s)', async (command) => {
    // The article's decoding warning would show had it been read: the error comes first, and alone.
    const run = await runCli([command, CP1252, '-o', EMPTY_DIR]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`attrib: cannot write ${EMPTY_DIR}: is a directory (EISDIR)\n`);
    // So would progress on a terminal (check analysed everything, then failed to write).
    const second = path.join(dir, `second-${command}.txt`);
    writeFileSync(second, ARTICLE);
    let stderr = '';
    const code = await main([command, SEED, second, '-o', path.join(EMPTY_DIR, 'no-folder', 'out')], {
      stdout: { write: () => true, isTTY: false },
      stderr: { write: (s: string) => { stderr += s; return true; }, isTTY: true },
      env: { NO_COLOR: '1' },
      stdinIsTTY: true,
    });
    expect([code, stderr]).toEqual([2, `attrib: cannot write ${path.join(EMPTY_DIR, 'no-folder', 'out')}: no such file or directory (ENOENT)\n`]);
  });

  it('a run with input but nothing to write still writes its -o file: an empty JSONL shard empties an earlier one', async () => {
    const file = path.join(dir, 'shard.jsonl');
    writeFileSync(file, 'earlier shard\n');
    const run = await runCli(['analyze', '--stdin-format', 'jsonl', '-o', file], { stdin: '' });
    expect(run.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('');
    // A missing file is an input that failed (exit 1), not no input: the CSV has its header and no row.
    const csv = path.join(dir, 'failed.csv');
    expect((await runCli(['analyze', '-f', 'csv', MISSING, '-o', csv])).code).toBe(1);
    expect(readFileSync(csv, 'utf8')).toMatch(/^path,title,attribution,[^\n]*\r\n$/);
  });

  it('several paths that find nothing: one line naming each, exit 2', async () => {
    for (const command of ['analyze', 'check']) {
      const run = await runCli([command, EMPTY_DIR, path.join(dir, '*.nothing')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`attrib: no input found: ${EMPTY_DIR}: no .txt, .md, .html, .json or .jsonl files in this folder (ENOMATCH); ${path.join(dir, '*.nothing')}: no files match this pattern (ENOMATCH)\n`);
    }
  });

  it('an empty folder next to a missing file: each reported as an input error, as before', async () => {
    const analyze = await runCli(['analyze', EMPTY_DIR, MISSING]);
    expect(analyze.code).toBe(1);
    expect(analyze.stderr).toBe(`attrib: ${EMPTY_DIR}: no .txt, .md, .html, .json or .jsonl files in this folder (ENOMATCH)\nattrib: ${MISSING}: no such file or directory (ENOENT)\n`);
    const check = await runCli(['check', EMPTY_DIR, MISSING]);
    expect(check.code).toBe(2);
    expect(check.stdout).toBe('2 inputs could not be read; nothing checked\n');
  });

  it('a glob that matches nothing exits 2, like an empty folder', async () => {
    const run = await runCli(['analyze', 'no-such-folder-anywhere/**/*.md', '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no input found');
  });

  it('an explicit "-" with empty stdin is an empty article, not a usage error', async () => {
    const run = await runCli(['analyze', '-', '--format', 'json'], { stdin: '' });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).documents).toHaveLength(1);
    // check the same: one empty document, which passes.
    const check = await runCli(['check', '-', '--format', 'json'], { stdin: '' });
    expect(check.code).toBe(0);
    expect((JSON.parse(check.stdout) as Report).documents.map((d) => [d.path, d.findings])).toEqual([['-', []]]);
  });
});

describe('a JSONL stream without records', () => {
  // Empty, and blank lines only; with "-" and without paths; streamed by the real process and read whole in-process.
  const STREAMS = ['', '\n\n', '\r\n \n'];

  it.each([
    ['-', ['analyze', '--stdin-format', 'jsonl', '-f', 'jsonl', '-']],
    ['no paths', ['analyze', '--stdin-format', 'jsonl', '-f', 'jsonl']],
  ])('is an empty shard for the filter (%s): no output, exit 0', async (_name, args) => {
    for (const stdin of STREAMS) {
      for (const run of [await spawnCli(args, { stdin }), await runCli(args, { stdin })]) {
        expect({ stdin, ...run }).toEqual({ stdin, code: 0, stdout: '', stderr: '' });
      }
    }
  });

  it('gives a report with no documents and no errors with --format json', async () => {
    for (const run of [await spawnCli(['analyze', '--stdin-format', 'jsonl', '-f', 'json', '-']), await runCli(['analyze', '--stdin-format', 'jsonl', '-f', 'json', '-'], { stdin: '' })]) {
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as Report;
      expect([report.documents, report.errors, report.summary.documents, report.summary.errors]).toEqual([[], [], 0, 0]);
    }
  });

  it('passes check with no documents checked', async () => {
    for (const args of [['check', '--stdin-format', 'jsonl', '-'], ['check', '--stdin-format', 'jsonl']]) {
      const run = await runCli(args, { stdin: '\n' });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^no problems; 0 documents checked$/m);
      expect(run.stderr).toBe('');
    }
  });

  it('is still an error in a .jsonl file (EEMPTY): analyze exits 1, check 2', async () => {
    const empty = path.join(dir, 'empty.jsonl');
    writeFileSync(empty, '\n');
    const analyzed = await runCli(['analyze', '-f', 'json', empty]);
    expect(analyzed.code).toBe(1);
    expect((JSON.parse(analyzed.stdout) as Report).errors).toEqual([expect.objectContaining({ path: empty, code: 'EEMPTY' })]);
    const checked = await runCli(['check', empty]);
    expect(checked.code).toBe(2);
    expect(checked.stderr).toContain(`attrib: ${empty}: no records`);
  });
});

describe('output file option names', () => {
  it.each([
    ['analyze', '--output-file'],
    ['check', '--output'],
  ])('%s accepts %s as well, and says so in its --help', async (command, option) => {
    const help = await runCli([command, '--help']);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain(`also ${option}, as in ${command === 'analyze' ? 'check' : 'analyze'}`);
    const dir = mkdtempSync(path.join(tmpdir(), 'attrib-out-'));
    const file = path.join(dir, 'out.txt');
    const run = await runCli([command, SEED, option, file]);
    const written = readFileSync(file, 'utf8');
    rmSync(dir, { recursive: true, force: true });
    expect(run.stderr).not.toContain('unknown option');
    expect(written.length).toBeGreaterThan(0);
  });
});

describe('the output file is never an input', () => {
  const ARTICLE_TEXT = '“The ferry will run again on Monday,” harbour master Ines Walcott said.\n';

  it('refuses an input named as the output file (exit 2), leaving it as it was', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'attrib-out-in-'));
    const corpus = path.join(work, 'archive.jsonl');
    const records = `${JSON.stringify({ id: 'a1', text: ARTICLE_TEXT })}\n`;
    writeFileSync(corpus, records);
    const article = path.join(work, 'story.txt');
    writeFileSync(article, ARTICLE_TEXT);
    const analyzed = await runCli(['analyze', '-f', 'jsonl', corpus, '-o', path.join(work, '.', 'archive.jsonl')]);
    const checked = await runCli(['check', article, '-o', article]);
    const corpusAfter = readFileSync(corpus, 'utf8');
    const articleAfter = readFileSync(article, 'utf8');
    rmSync(work, { recursive: true, force: true });
    expect(analyzed.code).toBe(2);
    expect(analyzed.stderr).toMatch(/archive\.jsonl is both an input and the output file/);
    expect(corpusAfter).toBe(records);
    expect(checked.code).toBe(2);
    expect(articleAfter).toBe(ARTICLE_TEXT);
  });

  it('leaves the output file out of a folder or glob it is in, on the first run and the next', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'attrib-out-in-'));
    const story = path.join(work, 'story.txt');
    writeFileSync(story, ARTICLE_TEXT);
    const runs = [];
    const out = path.join(work, 'results.jsonl');
    for (let i = 0; i < 2; i++) runs.push(await runCli(['analyze', '-f', 'jsonl', work, '-o', out]));
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    rmSync(out);
    const all = path.join(work, 'all.json');
    for (let i = 0; i < 2; i++) runs.push(await runCli(['analyze', '-f', 'json', path.join(work, '*'), '-o', all]));
    const report = JSON.parse(readFileSync(all, 'utf8')) as Report;
    rmSync(all);
    const sarif = path.join(work, 'attrib.sarif.json');
    for (let i = 0; i < 2; i++) runs.push(await runCli(['check', '--format', 'sarif', work, '-o', sarif]));
    rmSync(work, { recursive: true, force: true });
    expect(runs.map((r) => r.code), runs.map((r) => r.stderr).join('')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(lines.map((l) => (JSON.parse(l) as { path: string }).path)).toEqual([story]);
    expect(report.documents.map((d) => d.path)).toEqual([story]);
    expect(report.errors).toEqual([]);
  });
  it('leaves it out however the folder reaches it: through a symbolic link to the folder it is written in', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'attrib-out-in-'));
    const real = path.join(work, 'real');
    mkdirSync(real);
    const link = path.join(work, 'link');
    symlinkSync(real, link, 'dir');
    writeFileSync(path.join(real, 'story.txt'), ARTICLE_TEXT);
    const out = path.join(real, 'results.jsonl');
    const runs = [];
    for (let i = 0; i < 2; i++) runs.push(await runCli(['analyze', '-f', 'jsonl', link, '-o', out]));
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    rmSync(out);
    for (let i = 0; i < 2; i++) runs.push(await runCli(['check', '--format', 'sarif', link, '-o', path.join(real, 'attrib.sarif.json')]));
    rmSync(work, { recursive: true, force: true });
    expect(runs.map((r) => r.code), runs.map((r) => r.stderr).join('')).toEqual([0, 0, 0, 0]);
    expect(lines.map((l) => (JSON.parse(l) as { path: string }).path)).toEqual([path.join(link, 'story.txt')]);
  });
});

describe('the file stdout is redirected to is never an input', () => {
  it('is left out of the folder it is written into (`attrib analyze archive/ > archive/out.jsonl`), run after run', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'attrib-redirect-'));
    const story = path.join(work, 'story.txt');
    writeFileSync(story, '“The pier reopens on Friday,” harbour master Ines Walcott said.\n');
    const runs: Array<{ status: number | null; stderr: string }> = [];
    const redirected = (args: string[], out: string, flags = 'w'): void => {
      const fd = openSync(out, flags);
      try {
        const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'attrib.js'), ...args], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', env: { ...process.env, CI: '1', NO_COLOR: '1' } });
        runs.push({ status: run.status, stderr: run.stderr });
      } finally {
        closeSync(fd);
      }
    };
    const jsonl = path.join(work, 'out.jsonl');
    for (let i = 0; i < 2; i++) redirected(['analyze', '-f', 'jsonl', work], jsonl);
    const lines = readFileSync(jsonl, 'utf8').trim().split('\n');
    rmSync(jsonl);
    const sarif = path.join(work, 'report.sarif.json');
    for (let i = 0; i < 2; i++) redirected(['check', '-f', 'sarif', work], sarif);
    rmSync(sarif);
    // Named on the command line and appended to (`>> story.txt`): a usage error, the article as it was.
    const before = readFileSync(story, 'utf8');
    redirected(['analyze', '-f', 'jsonl', story], story, 'a');
    const after = readFileSync(story, 'utf8');
    rmSync(work, { recursive: true, force: true });
    expect(runs.map((r) => r.status), runs.map((r) => r.stderr).join('')).toEqual([0, 0, 0, 0, 2]);
    expect(lines.map((l) => (JSON.parse(l) as { path: string }).path)).toEqual([story]);
    expect(runs[4]!.stderr).toContain('story.txt is both an input and the file stdout is written to');
    expect(after).toBe(before);
  });
});

describe('--format csv', () => {
  /** RFC 4180 fields: quoted ones may hold commas, doubled quotation marks and line breaks. */
  function parseCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
    }
    return rows;
  }

  it('quotes a path holding a paragraph separator (U+2029), which Python reads as a line break; the title is written on one line', async () => {
    const row = csvRows(analyzeText('Ana Li said the plan would fail.', { path: 'a\u2029b.txt', title: 'Ferry\u2029back' })).split('\r\n')[0]!;
    expect(row).toMatch(/^"a\u2029b.txt",Ferry back,A1,/);
  });

  it('writes text fields on one line with single spaces, as the table does: not the blanks and paragraph breaks of a page\'s markup', async () => {
    const page = path.join(dir, 'csv-spaced.html');
    writeFileSync(page, '<article><p>Shop owner <b>Delia</b>\t<i>Frost</i> said the closure would &ldquo;kill&rdquo; trade.</p><p>&ldquo;Nobody asked us,</p><p>&ldquo;Nobody at all,&rdquo; she said.</p></article>');
    const [header, ...rows] = parseCsv((await runCli(['analyze', '-f', 'csv', page])).stdout);
    const col = (name: string): number => header!.indexOf(name);
    expect(rows.map((r) => [r[col('source')], r[col('content')]])).toEqual([
      ['Shop owner Delia Frost', 'the closure would “kill” trade'],
      ['she', 'Nobody asked us, “Nobody at all,'],
    ]);
    // JSON keeps the exact slice of the text; both point at the same place in the file.
    const json = (JSON.parse((await runCli(['analyze', '-f', 'json', page])).stdout) as Report).documents[0]!;
    expect(json.attributions[0]!.source!.text).toMatch(/Delia {2,}/);
    expect(rows.map((r) => [r[col('start')], r[col('end')]])).toEqual(json.attributions.map((a) => [String(a.content.start), String(a.content.end)]));
  });

  it('writes a header and a row per attribution, the speaker joined in, fields quoted where they must be', async () => {
    const article = path.join(dir, 'csv-story.txt');
    writeFileSync(article, 'Ferry back\n\n“We are ready, and the crew is too,” harbour master Ines Walcott said.\n\nTom Baird, who runs the café, said the fares would rise.\n');
    const run = await runCli(['analyze', '-f', 'csv', article]);
    expect(run.code).toBe(0);
    const [header, ...rows] = parseCsv(run.stdout);
    expect(header).toEqual(['path', 'title', 'attribution', 'kind', 'speaker', 'speaker_type', 'speaker_id', 'source', 'cue', 'cue_lemma', 'stance', 'content', 'line', 'column', 'start', 'end', 'confidence']);
    const json = (JSON.parse((await runCli(['analyze', '-f', 'json', article])).stdout) as Report).documents[0]!;
    expect(rows).toHaveLength(json.attributions.length);
    const col = (name: string): number => header!.indexOf(name);
    expect(rows.map((r) => [r[col('path')], r[col('title')], r[col('speaker')], r[col('speaker_type')], r[col('cue')], r[col('content')]])).toEqual([
      [article, 'Ferry back', 'Ines Walcott', 'person', 'said', 'We are ready, and the crew is too,'],
      [article, 'Ferry back', 'Tom Baird', 'person', 'said', 'the fares would rise'],
    ]);
    expect(rows[0]![col('start')]).toBe(String(json.attributions[0]!.content.start));
  });

  it('shows a split quotation as its fragments joined by " … ", as the table does', async () => {
    const run = await runCli(['analyze', '-f', 'csv', '-'], { stdin: '“We have waited ten years for this,” said resident Paul Whitman. “It is about time.”\n' });
    const [header, ...rows] = parseCsv(run.stdout);
    expect(rows.map((r) => r[header!.indexOf('content')])).toEqual(['We have waited ten years for this, … It is about time.']);
  });

  it('keeps a spreadsheet from running article text as a formula, and writes stdin\'s record paths as they are', async () => {
    const { csvRows } = await import('../src/report/csv.js');
    const doc = {
      path: '-#a1', format: 'jsonl' as const, title: '=1+1', findings: [], quotes: [],
      speakers: [{ id: 'S1', name: '@ferrywatch', type: 'organization' as const, mentions: [], attributions: 1 }],
      attributions: [{ id: 'A1', kind: 'indirect' as const, content: { text: '=HYPERLINK("http://example.com")', start: 0, end: 32, line: 1, column: 1, spans: [{ start: 0, end: 32 }] }, cue: null, source: null, speakerId: 'S1', confidence: 0.5 }],
    };
    expect(csvRows(doc)).toBe('-#a1,\'=1+1,A1,indirect,\'@ferrywatch,organization,S1,,,,,"\'=HYPERLINK(""http://example.com"")",1,1,0,32,0.5\r\n');
  });
});
