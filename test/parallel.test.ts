/**
 * `--jobs N`: worker threads give the same output as one thread, in input
 * order, errors included. Runs the built CLI (worker threads need the
 * compiled worker; from source, articles are analysed in-process).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/types.js';
import { SHARED_EVAL } from './helpers.js';
import { runBuiltCli } from './spawn.js';

const dir = mkdtempSync(path.join(tmpdir(), 'attrib-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** PolNeAR dev texts as .txt files in a temporary folder (never in the repository), some in a sub-folder, plus inputs that fail. */
const CORPUS = path.join(dir, 'corpus');
const RECORDS = path.join(CORPUS, 'records.jsonl');
const BROKEN = path.join(CORPUS, 'broken.json');
let textFiles: string[] = [];
let recordIds: string[] = [];
beforeAll(() => {
  mkdirSync(path.join(CORPUS, 'more'), { recursive: true });
  const records = readFileSync(path.join(SHARED_EVAL, 'polnear-dev.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  textFiles = records.slice(0, 60).map((line, i) => {
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    const file = path.join(CORPUS, i % 3 === 0 ? 'more' : '', `${id}.txt`);
    writeFileSync(file, text);
    return file;
  });
  writeFileSync(BROKEN, '{"text": ');
  const jsonl = records.slice(60, 70).map((line) => JSON.parse(line) as { id: string; text: string });
  recordIds = jsonl.map((r) => r.id);
  writeFileSync(RECORDS, jsonl.map(({ id, text }) => JSON.stringify({ id, text })).join('\n'));
});

describe('--jobs', () => {
  it('gives the output of one thread, in input order, with the errors in place', async () => {
    const missing = path.join(dir, 'missing.txt');
    const [one, two] = await Promise.all([1, 2].map((jobs) => runBuiltCli(['analyze', '--format', 'json', '--jobs', String(jobs), CORPUS, missing])));
    expect(two!.stdout).toBe(one!.stdout);
    expect([one!.code, two!.code]).toEqual([1, 1]);

    // Input order: the sorted files, each file's records in file order.
    const report = JSON.parse(two!.stdout) as Report;
    const inputOrder = [...textFiles, BROKEN, RECORDS].sort().flatMap((f) => (f === BROKEN ? [] : f === RECORDS ? recordIds.map((id) => `${f}#${id}`) : [f]));
    expect(report.documents.map((d) => d.path)).toEqual(inputOrder);
    expect(report.errors.map((e) => [path.basename(e.path), e.code])).toEqual([['missing.txt', 'ENOENT'], ['broken.json', 'EPARSE']]);
    expect(report.summary.attributions).toBeGreaterThan(500);
  });

  it('streams the same JSONL lines and the same errors on stderr', async () => {
    const args = ['analyze', '--format', 'jsonl', CORPUS];
    const [one, three] = await Promise.all([runBuiltCli([...args, '--jobs', '1']), runBuiltCli([...args, '--jobs', '3'])]);
    expect(three!.stdout).toBe(one!.stdout);
    expect(three!.stdout.trimEnd().split('\n')).toHaveLength(70);
    expect(three!.stderr).toBe(one!.stderr);
    expect(three!.stderr).toMatch(/broken\.json: invalid JSON/);
  });

  it('is a positive whole number', async () => {
    const run = await runBuiltCli(['analyze', '--jobs', '0', CORPUS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--jobs.*positive whole number/);
  });
});
