/**
 * The README's Scale-out recipes, run as written: they call `attrib` by name,
 * so the Quick start must say how it gets on the PATH, and with it there
 * (as `npm install -g .` leaves it: a link to bin/attrib.js) each command runs
 * and gives the single-process output. GNU parallel's recipes need `parallel`
 * (the SSH one runs with the local machine, `:`, as its node).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The text of a `## ` section, up to the next one. */
function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`);
  expect(start, title).toBeGreaterThan(-1);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end === -1 ? README.length : end);
}

const work = mkdtempSync(path.join(tmpdir(), 'attrib-recipes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// What `npm install -g .` puts on the PATH: a link named attrib to the clone's bin/attrib.js.
const bin = path.join(work, 'bin');
execFileSync('mkdir', ['-p', bin]);
symlinkSync(path.join(ROOT, 'bin', 'attrib.js'), path.join(bin, 'attrib'));
const PATH = [bin, path.dirname(process.execPath), process.env.PATH ?? ''].join(path.delimiter);

const records = [
  { id: 'a', text: '“We will appeal,” Mayor Ann Lee said on Monday.' },
  { id: 'b', text: 'Council member Tom Baker said the budget was balanced. Sources said the vote was close.' },
  { id: 'c', text: 'The bridge will reopen in May, the city’s engineer, Rafael Ortiz, told reporters.' },
];
const corpus = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
writeFileSync(path.join(work, 'corpus.jsonl'), corpus);
writeFileSync(path.join(work, 'nodes.txt'), ':\n'); // GNU parallel: the local machine, without SSH
const withBadLine = corpus + 'not json\n';

function sh(command: string, stdin = ''): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync('sh', ['-c', command], { cwd: work, input: stdin, encoding: 'utf8', env: { ...process.env, PATH, CI: '1', NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const single = (): string => sh('attrib analyze --stdin-format jsonl --jobs 1 -', corpus).stdout;

describe('README Scale-out recipes, as written', () => {
  const scaleOut = section('Scale-out');

  it('come after the Quick start says how to put attrib on the PATH, and Scale-out says they need it', () => {
    expect(section('Quick start')).toContain('`npm install -g .`');
    expect(scaleOut.slice(0, scaleOut.indexOf('```'))).toMatch(/must be on the PATH/);
  });

  // (Needs GNU parallel, Debian's `parallel` package: `.ci/run` installs it.)
  it('GNU parallel, on local cores and over --sshloginfile: the single-process output', () => {
    const commands = scaleOut.match(/^parallel --pipe .*$/gm) ?? [];
    expect(commands).toHaveLength(2);
    const expected = single();
    expect(expected.split('\n').filter(Boolean)).toHaveLength(3);
    for (const command of commands) {
      // Blocks of about one record, so that the corpus is cut into pieces.
      const run = sh(command.replace('--block 10M', `--block ${Math.max(...corpus.split('\n').map((l) => l.length)) + 2}`));
      expect(run.stderr, command).toBe('');
      expect(run.code, command).toBe(0);
      expect(readFileSync(path.join(work, 'attributions.jsonl'), 'utf8'), command).toBe(expected);
    }
  });

  it('the Hadoop mapper, the PySpark pipe and the Scala pipe commands run, with the exit codes the README gives', () => {
    const mapper = /-mapper '([^']+)'/.exec(scaleOut)?.[1];
    const pyspark = /lines\.pipe\("([^"]+)"\)/.exec(scaleOut)?.[1];
    const scala = /Seq\("sh", "-c", "([^"]+)"\)/.exec(scaleOut)?.[1];
    const expected = single();
    for (const command of [mapper, pyspark]) {
      expect(command).toBeDefined();
      expect(sh(command!, corpus)).toEqual({ code: 0, stdout: expected, stderr: '' });
      // A piece with a bad line: everything else written, exit 1; an empty piece: nothing, exit 0.
      expect(sh(command!, withBadLine)).toMatchObject({ code: 1, stdout: expected });
      expect(sh(command!, '')).toEqual({ code: 0, stdout: '', stderr: '' });
    }
    expect(scala).toBeDefined();
    expect(sh(scala!, withBadLine)).toMatchObject({ code: 0, stdout: expected });
  });
});

describe('attrib --help examples, as written', () => {
  it('each runs in a folder with news/, corpus.jsonl and gold.jsonl (the README gold example), exit 0 and nothing on stderr', () => {
    execFileSync('mkdir', ['-p', path.join(work, 'news')]);
    writeFileSync(path.join(work, 'news', 'appeal.txt'), `${records[0]!.text}\n`);
    const goldExample = /\*\*Your own gold file\*\*[\s\S]*?```json\n([\s\S]*?)```/.exec(README)?.[1];
    expect(goldExample).toBeDefined();
    writeFileSync(path.join(work, 'gold.jsonl'), `${JSON.stringify(JSON.parse(goldExample!))}\n`);
    const help = sh('attrib --help');
    const examples = help.stdout.slice(help.stdout.indexOf('\nExamples:\n')).match(/^ {2}attrib .*$/gm) ?? [];
    expect(examples.map((e) => e.trim().split(' ')[1])).toEqual(['analyze', 'analyze', 'analyze', 'check', 'eval']);
    const runs = examples.map((command) => ({ command, ...sh(command.trim()) }));
    for (const run of runs) expect([run.code, run.stderr], run.command).toEqual([0, '']);
    expect(runs[0]!.stdout).toMatch(/appeal\.txt[\s\S]*Ann Lee/);
    expect((JSON.parse(readFileSync(path.join(work, 'attributions.json'), 'utf8')) as { summary: unknown }).summary).toMatchObject({ documents: 1, attributions: 1 });
    expect(readFileSync(path.join(work, 'attributions.jsonl'), 'utf8').trimEnd().split('\n')).toHaveLength(records.length);
    // A warning, within --max-warnings 5: the check passes.
    expect(runs[3]!.stdout).toMatch(/^1 problem \(0 errors, 1 warning\); 1 document checked$/m);
    expect(runs[4]!.stdout).toMatch(/gold\.jsonl: 1 document/);
  });
});
