/**
 * `attrib check` on the command line: one exit-code table run both in-process
 * (runCli) and by spawning `node bin/attrib.js` (build first: `npm run build`,
 * which `npm test` does), the must-show cases, and the shape of each
 * output format (text, json against the output schema, github annotations,
 * SARIF 2.1.0).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { RULES } from '../src/check/index.js';
import type { Finding, Report } from '../src/types.js';
import { ROOT, runCli, type CliRun } from './helpers.js';
import { runBuiltCli } from './spawn.js';

const EXIT_CODES = path.join(ROOT, 'fixtures', 'check', 'exit-codes');
/** A full-sentence quote with no speaker, "Sources said" and "claimed". */
const BAD = path.join(EXIT_CODES, 'sourcing-problems.md');
/** Two named speakers, neutral verbs. */
const CLEAN = path.join(EXIT_CODES, 'clean.txt');
/** Three loaded verbs: warnings only. */
const WARNINGS = path.join(ROOT, 'fixtures', 'check', 'loaded-verb', 'fail.txt');
const IGNORED = path.join(ROOT, 'fixtures', 'check', 'attribignore');

const work = mkdtempSync(path.join(tmpdir(), 'attrib-check-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const QUOTE_OFF = path.join(work, 'quote-off.json');
writeFileSync(QUOTE_OFF, JSON.stringify({ rules: { 'unattributed-quote': 'off' } }));

interface Row {
  name: string;
  args: string[];
  code: 0 | 1 | 2;
  /** Working directory (configuration lookup); the exit-codes folder by default, which has no configuration of its own. */
  cwd?: string;
  /** Also run by spawning the CLI: a subset covering every format and exit code, since each spawn loads the NLP lexicon (~0.5 s). */
  spawn?: true;
}

const spawned = (formats: readonly string[]) => (row: Row): Row => (formats.some((f) => row.name.endsWith(`, ${f}`)) ? { ...row, spawn: true } : row);

const FORMATS = ['text', 'json', 'github', 'sarif'] as const;

const TABLE: Row[] = [
  ...FORMATS.map((f): Row => ({ name: `sourcing problems, ${f}`, args: ['--format', f, BAD], code: 1 })).map(spawned(['json', 'github'])),
  ...FORMATS.map((f): Row => ({ name: `clean article, ${f}`, args: ['--format', f, CLEAN], code: 0 })).map(spawned(['text', 'sarif'])),
  { name: 'clean article, --max-warnings 0', args: ['--max-warnings', '0', CLEAN], code: 0 },
  { name: 'warnings only', args: [WARNINGS], code: 0 },
  { name: 'warnings within --max-warnings', args: ['--max-warnings', '3', WARNINGS], code: 0 },
  { name: 'warnings over --max-warnings', args: ['--max-warnings', '2', WARNINGS], code: 1, spawn: true },
  { name: 'warnings over --max-warnings, sarif', args: ['--format', 'sarif', '--max-warnings', '2', WARNINGS], code: 1 },
  { name: '--quiet: warnings still count for --max-warnings', args: ['--quiet', '--max-warnings', '2', WARNINGS], code: 1 },
  { name: '--quiet, warnings only', args: ['--quiet', WARNINGS], code: 0, spawn: true },
  { name: '--quiet keeps errors', args: ['--quiet', '--format', 'github', BAD], code: 1 },
  { name: '-o does not change the exit code (1)', args: ['-o', path.join(work, 'bad.txt'), BAD], code: 1, spawn: true },
  { name: '--output-file does not change the exit code (0)', args: ['--output-file', path.join(work, 'clean.sarif'), '--format', 'sarif', CLEAN], code: 0 },
  { name: '--config switching the error rule off', args: ['--config', QUOTE_OFF, BAD], code: 0 },
  ...FORMATS.map((f): Row => ({ name: `unknown rule in .attribrc.json, ${f}`, args: ['--format', f, CLEAN], code: 2, cwd: path.join(EXIT_CODES, 'unknown-rule') })).map(spawned(['text'])),
  { name: 'bad option in .attribrc.json', args: [CLEAN], code: 2, cwd: path.join(EXIT_CODES, 'bad-option') },
  { name: 'missing --config file', args: ['--config', path.join(work, 'none.json'), CLEAN], code: 2 },
  { name: 'missing input', args: [path.join(work, 'missing.md')], code: 2, spawn: true },
  { name: 'missing input beside a clean one', args: [CLEAN, path.join(work, 'missing.md')], code: 2 },
  { name: 'everything ignored by .attribignore', args: [path.join(IGNORED, 'articles', 'drafts')], code: 2, cwd: IGNORED },
  { name: 'unknown format', args: ['--format', 'xml', CLEAN], code: 2, spawn: true },
  { name: 'negative --max-warnings', args: ['--max-warnings', '-1', CLEAN], code: 2 },
  // An unset variable in CI (`--max-warnings "$MAX"`) is no number, not 0; nor is hex or an exponent.
  ...['', ' ', '0x10', '1e1', '2.0'].map((n): Row => ({ name: `--max-warnings ${JSON.stringify(n)} is not a whole number`, args: ['--max-warnings', n, CLEAN], code: 2 })),
];

describe('exit codes, in-process', () => {
  it.each(TABLE.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const run = await runCli(['check', ...row.args], { cwd: row.cwd ?? EXIT_CODES });
    expect(run.code, run.stderr).toBe(row.code);
  });

  it('no paths and stdin a terminal: no input, exit 2', async () => {
    const run = await runCli(['check'], { cwd: EXIT_CODES });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no input');
  });
});

const BIN = path.join(ROOT, 'bin', 'attrib.js');
const execFileAsync = promisify(execFile);

async function spawnCli(args: string[], cwd: string): Promise<CliRun> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', CI: 'true' } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failed = e as { code?: number; stdout: string; stderr: string };
    if (typeof failed.code !== 'number') throw e;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe.concurrent('exit codes, spawned CLI (node bin/attrib.js)', () => {
  it('has a build to run', () => {
    expect(existsSync(path.join(ROOT, 'dist', 'cli.js')), 'dist/cli.js is missing: run npm run build (npm test does)').toBe(true);
  });

  it.each(TABLE.filter((row) => row.spawn).map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const run = await spawnCli(['check', ...row.args], row.cwd ?? EXIT_CODES);
    expect(run.code, run.stderr).toBe(row.code);
  });
});

describe('the issue\'s cases', () => {
  it.each(FORMATS)('an unsourced quote, "Sources said" and "claimed": exit 1 naming all three rules (%s)', async (format) => {
    const run = await runCli(['check', '--format', format, BAD], { cwd: EXIT_CODES });
    expect(run.code).toBe(1);
    for (const rule of ['unattributed-quote', 'anonymous-source', 'loaded-verb']) expect(run.stdout).toContain(rule);
  });

  it('a cleanly sourced article with two named speakers: exit 0, no findings', async () => {
    const run = await runCli(['check', '--format', 'json', CLEAN], { cwd: EXIT_CODES });
    expect(run.code).toBe(0);
    const [doc] = (JSON.parse(run.stdout) as Report).documents;
    expect(doc!.findings).toEqual([]);
    expect(doc!.speakers.filter((s) => s.type === 'person').map((s) => s.name).sort()).toEqual(['Linda Parker', 'Victor Hughes']);
  });

  it('a configuration naming an unknown rule: exit 2, the message names the file and key, nothing on stdout', async () => {
    const run = await runCli(['check', CLEAN], { cwd: path.join(EXIT_CODES, 'unknown-rule') });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^attrib: \.attribrc\.json: rules\.loaded-verbs: unknown rule; known rules: unattributed-quote, /);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('JSONL on stdin', () => {
  it('is streamed as analyze streams it: --max-bytes limits each line, not the stream (a stream over 20 MiB was refused whole)', async () => {
    const record = (id: string, text: string): string => JSON.stringify({ id, text }) + '\n';
    const clean = readFileSync(CLEAN, 'utf8');
    const stdin = record('long', clean + ' More.'.repeat(400)) + record('a', clean) + record('b', clean);
    const run = await runBuiltCli(['check', '--stdin-format', 'jsonl', '--format', 'json', '--max-bytes', String(clean.length + 100)], stdin);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.documents.map((d) => d.path)).toEqual(['-#a', '-#b']);
    expect(report.errors.map((e) => [e.path, e.code])).toEqual([['-@1', 'ETOOLARGE']]);
    expect(run.code).toBe(2);
  });
});

describe('a rule that fails', () => {
  it('is an EINTERNAL error for that article (exit 2), not a crash; the other articles are still checked', async () => {
    const rule = RULES.find((r) => r.id === 'loaded-verb')!;
    const original = rule.check.bind(rule);
    const spy = vi.spyOn(rule, 'check').mockImplementation((doc, options, text) => {
      if (doc.path === BAD) throw new Error('boom');
      return original(doc, options, text);
    });
    try {
      const run = await runCli(['check', '--format', 'json', BAD, WARNINGS], { cwd: EXIT_CODES });
      expect(run.code).toBe(2);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.errors).toEqual([{ path: BAD, code: 'EINTERNAL', message: 'internal error in a check rule: boom' }]);
      expect(report.documents.map((d) => [d.path, d.findings.filter((f) => f.ruleId === 'loaded-verb').length])).toEqual([[WARNINGS, 3]]);
    } finally {
      spy.mockRestore();
    }
  });
});

/** The findings of a run in --format json, with the file text they point into. */
async function jsonFindings(args: string[]): Promise<{ path: string; findings: Finding[] }[]> {
  const run = await runCli(['check', '--format', 'json', ...args], { cwd: EXIT_CODES });
  return (JSON.parse(run.stdout) as Report).documents.map((d) => ({ path: d.path, findings: d.findings }));
}

describe('formats', () => {
  it('json: the analyze contract with findings filled, valid against the output schema', async () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'attrib-output.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020.default({ allErrors: true, strict: true }).compile(schema);
    const run = await runCli(['check', '--format', 'json', BAD, CLEAN, WARNINGS], { cwd: EXIT_CODES });
    const report = JSON.parse(run.stdout) as Report;
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const bad = report.documents.find((d) => d.path === BAD)!;
    const text = readFileSync(BAD, 'utf8');
    expect(bad.findings.map((f) => [f.ruleId, f.severity, text.slice(f.start, f.end)])).toEqual(expect.arrayContaining([
      ['unattributed-quote', 'error', '"Nobody on this board wanted to raise rates, but the pipes are failing."'],
      ['anonymous-source', 'warning', 'Sources'],
      ['loaded-verb', 'warning', 'claimed'],
    ]));
    // Findings about an attribution carry its id.
    const claimed = bad.findings.find((f) => f.ruleId === 'loaded-verb')!;
    expect(bad.attributions.find((a) => a.id === claimed.attributionId)?.cue?.text).toBe('claimed');
  });

  it('text: grouped by file, `file:line:column  severity  message  rule-id`, then a summary', async () => {
    const docs = await jsonFindings([BAD, CLEAN, WARNINGS]);
    const run = await runCli(['check', BAD, CLEAN, WARNINGS], { cwd: EXIT_CODES });
    const blocks = run.stdout.trimEnd().split('\n\n');
    const withFindings = docs.filter((d) => d.findings.length > 0);
    expect(blocks).toHaveLength(withFindings.length + 1);
    withFindings.forEach((doc, i) => {
      const [header, ...lines] = blocks[i]!.split('\n');
      expect(header).toBe(doc.path);
      expect(lines.map((l) => {
        const m = /^(.+):(\d+):(\d+) +(error|warning) +(.+?) +([a-z-]+)$/.exec(l);
        return m && [m[1], Number(m[2]), Number(m[3]), m[4], m[5], m[6]];
      })).toEqual(doc.findings.map((f) => [doc.path, f.line, f.column, f.severity, f.message, f.ruleId]));
    });
    const all = docs.flatMap((d) => d.findings);
    const errors = all.filter((f) => f.severity === 'error').length;
    expect(blocks.at(-1)).toBe(`${all.length} problems (${errors} error${errors === 1 ? '' : 's'}, ${all.length - errors} warnings); 3 documents checked`);
  });

  it('text: colour on a terminal, none in an --output-file', async () => {
    const coloured = await runCli(['check', BAD], { cwd: EXIT_CODES, env: { NO_COLOR: undefined, FORCE_COLOR: '1' }, tty: true });
    expect(coloured.stdout).toContain('\x1b[31merror');
    const file = path.join(work, 'plain.txt');
    const written = await runCli(['check', '-o', file, BAD], { cwd: EXIT_CODES, env: { NO_COLOR: undefined, FORCE_COLOR: '1' }, tty: true });
    expect(written.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).not.toContain('\x1b[');
    expect(readFileSync(file, 'utf8')).toContain('unattributed-quote');
  });

  it('leaves an earlier --output-file as it was when there is no input (text)', async () => {
    const file = path.join(work, 'earlier.txt');
    writeFileSync(file, 'earlier report\n');
    const empty = mkdtempSync(path.join(work, 'empty-'));
    const run = await runCli(['check', '-o', file, empty]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no input found');
    expect(readFileSync(file, 'utf8')).toBe('earlier report\n');
  });

  it('does not claim "no problems" when an input could not be read, and exits 2', async () => {
    const missing = path.join(work, 'missing.md');
    const alone = await runCli(['check', missing]);
    expect(alone.code).toBe(2);
    expect(alone.stdout).toBe('1 input could not be read; nothing checked\n');
    const beside = await runCli(['check', missing, CLEAN]);
    expect(beside.code).toBe(2);
    expect(beside.stdout).toBe('1 input could not be read; no problems in the 1 document checked\n');
    const quiet = await runCli(['check', '--quiet', missing, WARNINGS]);
    expect(quiet.code).toBe(2);
    expect(quiet.stdout).toMatch(/^1 input could not be read; no errors; \d+ warnings? hidden by --quiet; 1 document checked\n$/);
  });

  it('--quiet leaves warnings out of the report', async () => {
    const run = await runCli(['check', '--quiet', '--format', 'json', BAD], { cwd: EXIT_CODES });
    const findings = (JSON.parse(run.stdout) as Report).documents.flatMap((d) => d.findings);
    expect(findings.map((f) => f.ruleId)).toEqual(['unattributed-quote']);
  });

  it('--quiet: the summary does not claim "no problems" when it hid warnings, and says when they are over --max-warnings', async () => {
    const warnings = (await jsonFindings([WARNINGS, CLEAN])).flatMap((d) => d.findings).filter((f) => f.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(2);
    const over = await runCli(['check', '--quiet', '--max-warnings', '2', WARNINGS, CLEAN], { cwd: EXIT_CODES });
    expect(over.code).toBe(1);
    expect(over.stdout).not.toMatch(/no problems/);
    expect(over.stdout).toBe(`no errors; ${warnings} warnings hidden by --quiet, over the --max-warnings limit of 2; 2 documents checked\n`);
    const within = await runCli(['check', '--quiet', '--max-warnings', String(warnings), WARNINGS, CLEAN], { cwd: EXIT_CODES });
    expect(within.code).toBe(0);
    expect(within.stdout).toBe(`no errors; ${warnings} warnings hidden by --quiet; 2 documents checked\n`);
    const errors = (await jsonFindings([BAD])).flatMap((d) => d.findings).filter((f) => f.severity === 'error').length;
    const hiddenBeside = (await jsonFindings([BAD])).flatMap((d) => d.findings).length - errors;
    const withErrors = await runCli(['check', '--quiet', BAD], { cwd: EXIT_CODES });
    expect(withErrors.stdout.trimEnd().split('\n').at(-1)).toBe(`${errors} error${errors === 1 ? '' : 's'}; ${hiddenBeside} warnings hidden by --quiet; 1 document checked`);
    // Nothing hidden: the summary is as without --quiet.
    expect((await runCli(['check', '--quiet', CLEAN], { cwd: EXIT_CODES })).stdout).toBe((await runCli(['check', CLEAN], { cwd: EXIT_CODES })).stdout);
  });

  it('--max-warnings: says why the check failed', async () => {
    const run = await runCli(['check', '--max-warnings', '2', WARNINGS], { cwd: EXIT_CODES });
    expect(run.stderr).toBe('attrib: 3 warnings, more than --max-warnings 2\n');
  });

  it('github: one workflow command per finding, with file, line, col and the rule as title', async () => {
    const [doc] = await jsonFindings([BAD]);
    const run = await runCli(['check', '--format', 'github', BAD], { cwd: EXIT_CODES });
    const expected = doc!.findings.map((f) => `::${f.severity} file=${BAD.replace(/:/g, '%3A').replace(/,/g, '%2C')},line=${f.line},col=${f.column},title=${f.ruleId}::${f.message}`);
    expect(run.stdout).toBe(expected.map((l) => l + '\n').join(''));
  });

  it('github: control characters from the article are shown as symbols, as in the text format, not written raw', async () => {
    const file = path.join(work, 'escape.txt');
    writeFileSync(file, '"Nobody on this \u001b[2J board wanted to raise rates."\n');
    const run = await runCli(['check', '--format', 'github', file], { cwd: EXIT_CODES });
    expect(run.stdout).toMatch(/^::error file=.*title=unattributed-quote::direct quotation with no source: .*Nobody on this \u241b\[2J board/);
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('github: records of a .jsonl file are annotated on the file, and unreadable inputs become errors', async () => {
    const jsonl = path.join(work, 'desk.jsonl');
    writeFileSync(jsonl, JSON.stringify({ id: 'r1', text: readFileSync(CLEAN, 'utf8').replace('said', 'claimed') }) + '\n');
    const missing = path.join(work, 'gone.md');
    const run = await runCli(['check', '--format', 'github', jsonl, missing], { cwd: EXIT_CODES });
    expect(run.code).toBe(2);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^::warning file=${jsonl},title=loaded-verb::.*"claimed".*\\(${jsonl}#r1, line \\d+, column \\d+ of the record's text\\)$`)));
    expect(lines).toContainEqual(`::error file=${missing},title=attrib ENOENT::cannot check ${missing}: no such file or directory`);
  });

  it('github and sarif: a bad JSONL line is an error on its line; a record whose id holds "#" is still annotated on its file', async () => {
    const jsonl = path.join(work, 'lines.jsonl');
    const record = (id: string): string => JSON.stringify({ id, text: readFileSync(CLEAN, 'utf8').replace('said', 'claimed') });
    writeFileSync(jsonl, [record('r1'), 'not json', record('https://example.com/story#top')].join('\n') + '\n');
    const github = await runCli(['check', '--format', 'github', jsonl], { cwd: EXIT_CODES });
    expect(github.code).toBe(2);
    const lines = github.stdout.trimEnd().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^::error file=${jsonl},line=2,title=attrib EPARSE::cannot check ${jsonl}@2: invalid JSON`)));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^::warning file=${jsonl},title=loaded-verb::.*\\(${jsonl}#https://example.com/story#top, line \\d+, column \\d+ of the record's text\\)$`)));
    expect(lines.filter((l) => !l.startsWith(`::warning file=${jsonl},title=`) && !l.startsWith(`::error file=${jsonl},line=2,`))).toEqual([]);

    const log = JSON.parse((await runCli(['check', '--format', 'sarif', jsonl], { cwd: EXIT_CODES })).stdout) as SarifLog;
    assertSarifStructure(log);
    const [notification] = log.runs[0]!.invocations![0]!.toolExecutionNotifications!;
    expect(notification!.locations![0]!.physicalLocation).toEqual({ artifactLocation: { uri: `file://${jsonl}` }, region: { startLine: 2 } });
    expect(log.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation)).toEqual(log.runs[0]!.results!.map(() => ({ artifactLocation: { uri: `file://${jsonl}` } })));
  });

  it('github and sarif: a .json file holding one article (its path has no "#") is annotated on the file, not on a line of it: positions are in the record\'s text', async () => {
    // Pretty-printed: the text's line 5 is no line of the file (which has 5, the last one "}").
    const json = path.join(work, 'dam.json');
    writeFileSync(json, '{\n  "title": "Dam",\n  "text": "Dam works\\n\\nEngineer Jo Park said the dam was safe.\\n\\nOfficials claimed that it leaked."\n}\n');
    const [doc] = await jsonFindings([json]);
    expect(doc!.path).toBe(json);
    expect(doc!.findings.length).toBeGreaterThan(0);
    const github = await runCli(['check', '--format', 'github', json], { cwd: EXIT_CODES });
    const lines = github.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(doc!.findings.length);
    for (const line of lines) expect(line).toMatch(new RegExp(`^::warning file=${json},title=[a-z-]+::.*\\(${json}, line \\d+, column \\d+ of the record's text\\)$`));
    const log = JSON.parse((await runCli(['check', '--format', 'sarif', json], { cwd: EXIT_CODES })).stdout) as SarifLog;
    assertSarifStructure(log);
    expect(log.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation)).toEqual(doc!.findings.map(() => ({ artifactLocation: { uri: `file://${json}` } })));
  });


  it('github and sarif: an item of a .json array that is not an article ("file.json@2") is annotated on the file, which has no such name', async () => {
    const json = path.join(work, 'items.json');
    writeFileSync(json, JSON.stringify([{ id: 'a', text: readFileSync(CLEAN, 'utf8') }, 'not an article']));
    const github = await runCli(['check', '--format', 'github', json], { cwd: EXIT_CODES });
    expect(github.code).toBe(2);
    expect(github.stdout.trimEnd().split('\n')).toContainEqual(expect.stringMatching(new RegExp(`^::error file=${json},title=attrib ENOTARTICLE::cannot check ${json}@2: item 2: not an article`)));
    const log = JSON.parse((await runCli(['check', '--format', 'sarif', json], { cwd: EXIT_CODES })).stdout) as SarifLog;
    assertSarifStructure(log);
    const [notification] = log.runs[0]!.invocations![0]!.toolExecutionNotifications!;
    expect(notification!.locations![0]!.physicalLocation).toEqual({ artifactLocation: { uri: `file://${json}` } });
  });
  it('sarif: a valid SARIF 2.1.0 log whose results match the findings', async () => {
    const docs = await jsonFindings([BAD, WARNINGS]);
    const run = await runCli(['check', '--format', 'sarif', BAD, WARNINGS], { cwd: EXIT_CODES });
    const log = JSON.parse(run.stdout) as SarifLog;
    assertSarifStructure(log);
    const [runLog] = log.runs;
    expect(runLog!.tool.driver.name).toBe('attrib');
    expect(runLog!.tool.driver.rules!.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(runLog!.invocations![0]!.executionSuccessful).toBe(true);
    const expected = docs.flatMap((d) => d.findings.map((f) => ({ uri: d.path.slice(1), f })));
    expect(runLog!.results).toHaveLength(expected.length);
    runLog!.results!.forEach((result, i) => {
      const { f } = expected[i]!;
      const location = result.locations![0]!.physicalLocation!;
      expect([result.ruleId, result.level, result.message.text]).toEqual([f.ruleId, f.severity, f.message]);
      expect(location.artifactLocation!.uri).toBe(`file://${docs.find((d) => d.findings.includes(f))!.path}`);
      expect(location.region).toEqual({ startLine: f.line, startColumn: f.column, charOffset: f.start, charLength: f.end - f.start });
    });
  });

  it('sarif: relative paths stay relative URIs; unreadable inputs are notifications of an unsuccessful run', async () => {
    const run = await runCli(['check', '--format', 'sarif', path.relative(process.cwd(), BAD), path.join(work, 'gone.md')], { cwd: EXIT_CODES });
    const log = JSON.parse(run.stdout) as SarifLog;
    assertSarifStructure(log);
    const [runLog] = log.runs;
    expect(runLog!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(path.relative(process.cwd(), BAD).split(path.sep).join('/'));
    expect(runLog!.invocations![0]!.executionSuccessful).toBe(false);
    expect(runLog!.invocations![0]!.toolExecutionNotifications![0]!.message.text).toContain('no such file or directory');
  });
});

// ---------------------------------------------------------------- SARIF 2.1.0 structure

interface SarifLog {
  $schema?: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version?: string; rules?: { id: string; shortDescription?: { text: string }; defaultConfiguration?: { level?: string; enabled?: boolean } }[] } };
    invocations?: { executionSuccessful: boolean; toolExecutionNotifications?: { message: { text: string }; level?: string; locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: Record<string, number> } }[] }[] }[];
    columnKind?: string;
    results?: {
      ruleId?: string;
      ruleIndex?: number;
      level?: string;
      message: { text?: string; id?: string };
      locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: Record<string, number> } }[];
    }[];
  }[];
}

const LEVELS = ['none', 'note', 'warning', 'error'];

/** The required properties and value constraints of SARIF 2.1.0 (OASIS standard, §3) for what attrib emits. */
function assertSarifStructure(log: SarifLog): void {
  expect(log.version).toBe('2.1.0'); // sarifLog: version (required, "2.1.0")
  expect(log.$schema).toMatch(/sarif-2\.1\.0/);
  expect(Array.isArray(log.runs)).toBe(true); // sarifLog: runs (required)
  for (const run of log.runs) {
    expect(typeof run.tool.driver.name).toBe('string'); // run.tool (required) → toolComponent.name (required)
    const rules = run.tool.driver.rules ?? [];
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length); // reportingDescriptor.id: required, unique
    for (const rule of rules) {
      expect(typeof rule.id).toBe('string');
      if (rule.defaultConfiguration?.level !== undefined) expect(LEVELS).toContain(rule.defaultConfiguration.level);
    }
    if (run.columnKind !== undefined) expect(['utf16CodeUnits', 'unicodeCodePoints']).toContain(run.columnKind);
    for (const invocation of run.invocations ?? []) {
      expect(typeof invocation.executionSuccessful).toBe('boolean'); // invocation.executionSuccessful: required
      for (const n of invocation.toolExecutionNotifications ?? []) expect(typeof n.message.text).toBe('string'); // notification.message: required
    }
    for (const result of run.results ?? []) {
      expect(typeof (result.message.text ?? result.message.id)).toBe('string'); // result.message: required, text or id
      if (result.level !== undefined) expect(LEVELS).toContain(result.level);
      if (result.ruleIndex !== undefined) expect(rules[result.ruleIndex]?.id).toBe(result.ruleId); // ruleIndex points at its rule
      for (const location of result.locations ?? []) {
        const physical = location.physicalLocation!;
        expect(typeof physical.artifactLocation?.uri).toBe('string');
        const region = physical.region;
        if (region === undefined) continue;
        for (const [key, value] of Object.entries(region)) {
          expect(Number.isInteger(value), key).toBe(true);
          expect(value, key).toBeGreaterThanOrEqual(key.startsWith('start') ? 1 : 0); // lines and columns count from 1, offsets from 0
        }
      }
    }
  }
}
