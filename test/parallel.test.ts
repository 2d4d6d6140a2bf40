/**
 * `--jobs N`: worker threads give the same output as one thread, in input
 * order, errors included. The CLI runs are of the build (worker threads need
 * the compiled worker; from source, articles are analysed in-process); the
 * pool itself is also run here with a stand-in worker script, to make
 * workers finish out of order and crash.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultItem } from '../src/analyze.js';
import type { LoadItem } from '../src/load/index.js';
import { analyzeInParallel, AUTO_PARALLEL_BYTES, autoJobs, workerThreads } from '../src/parallel.js';
import type { Article, Report } from '../src/types.js';
import { ROOT, SHARED_EVAL } from './helpers.js';
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

  it('writes the same CSV rows, in input order', async () => {
    const args = ['analyze', '--format', 'csv', CORPUS];
    const [one, two] = await Promise.all([runBuiltCli([...args, '--jobs', '1']), runBuiltCli([...args, '--jobs', '2'])]);
    expect(two!.stdout).toBe(one!.stdout);
    expect(one!.stdout.split('\r\n').length).toBeGreaterThan(500);
  });

  it('checks on workers too (attrib check --jobs): the same report and exit code, in every format', async () => {
    for (const format of ['text', 'json', 'sarif']) {
      const args = ['check', '--format', format, CORPUS];
      const [one, two] = await Promise.all([runBuiltCli([...args, '--jobs', '1']), runBuiltCli([...args, '--jobs', '2'])]);
      expect(one!.stdout, format).not.toBe('');
      expect(two!.stdout, format).toBe(one!.stdout);
      expect(two!.stderr, format).toBe(one!.stderr);
      expect([one!.code, two!.code], format).toEqual([2, 2]); // broken.json could not be checked
    }
    const json = JSON.parse((await runBuiltCli(['check', '--format', 'json', '--jobs', '2', CORPUS])).stdout) as Report;
    expect(json.documents).toHaveLength(70);
    expect(json.documents.some((d) => d.findings.length > 0)).toBe(true);
    const bad = await runBuiltCli(['check', '--jobs', '0', CORPUS]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--jobs.*positive whole number, or auto/);
  });

  it('starts at most one worker per core, however many are asked for', async () => {
    // Each worker compiles the pipeline anew: on 2 cores, --jobs 8 took twice the time of --jobs 2 on 2,000 small
    // articles, --jobs 200 seventy times as long and 3 GB, and a larger number started threads until memory ran out.
    const cores = availableParallelism();
    expect([1, cores, cores + 1, 10_000].map(workerThreads)).toEqual([1, cores, cores, cores]);
    const [one, many] = await Promise.all([runBuiltCli(['analyze', '--format', 'jsonl', '--jobs', '1', CORPUS]), runBuiltCli(['analyze', '--format', 'jsonl', '--jobs', '100000', CORPUS])]);
    expect(many!.stdout).toBe(one!.stdout);
    expect(many!.stderr).toBe(one!.stderr);
  });

  it('is a positive whole number, or auto (accepted as a value)', async () => {
    const run = await runBuiltCli(['analyze', '--jobs', '0', CORPUS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--jobs.*positive whole number, or auto/);
    const auto = await runBuiltCli(['analyze', '--format', 'jsonl', '--jobs', 'auto', CORPUS]);
    expect(auto.stdout.trimEnd().split('\n')).toHaveLength(70);
  });
});

// (On one core, one worker per core is one: nothing to tell apart.)
describe.skipIf(availableParallelism() === 1)('--jobs auto', () => {
  const cores = availableParallelism();
  const sized = (name: string, bytes: number): string => {
    const file = path.join(dir, name);
    writeFileSync(file, '');
    truncateSync(file, bytes); // sparse: only the size matters
    return file;
  };

  it('analyses in the calling thread below AUTO_PARALLEL_BYTES of files, on one worker per core from there', () => {
    const half = sized('half.txt', AUTO_PARALLEL_BYTES / 2);
    // A file that cannot be measured (missing; a path through a file, ENOTDIR) counts as empty: reading it reports why.
    expect(autoJobs([half, path.join(dir, 'no-such-file.txt'), path.join(half, 'inside.txt')], false)).toBe(1);
    expect(autoJobs([half, sized('other-half.txt', AUTO_PARALLEL_BYTES / 2)], false)).toBe(cores);
    expect(autoJobs([sized('large.jsonl', AUTO_PARALLEL_BYTES)], false)).toBe(cores);
  });

  it('takes a stream on stdin for long, and weighs stdin read whole (a JSON array) by its bytes', () => {
    expect(autoJobs([], true)).toBe(cores);
    expect(autoJobs([], false, AUTO_PARALLEL_BYTES - 1)).toBe(1);
    expect(autoJobs([sized('small.txt', 1)], false, AUTO_PARALLEL_BYTES - 1)).toBe(cores);
  });
});

describe('the library on worker threads', () => {
  /** Runs an ES module given as text (`node --input-type=module -e`), as a script embedding the library may. */
  function runModule(code: string): ReturnType<typeof spawnSync> & { stdout: string; stderr: string } {
    return spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', timeout: 60_000 });
  }
  const INDEX = JSON.stringify(pathToFileURL(path.join(ROOT, 'dist', 'index.js')).href);

  it('analyses on workers in a process started with --input-type=module (node -e), which workers must not inherit', () => {
    const run = runModule(`import { analyzeFiles } from ${INDEX};
      const report = await analyzeFiles([${JSON.stringify(CORPUS)}], { jobs: 2 });
      console.log(JSON.stringify({ documents: report.documents.length, errors: report.errors.map((e) => e.code) }));`);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ documents: 70, errors: ['EPARSE'] });
  });

  it('lets the process end when the caller stops pulling results without return() (a peek with next())', () => {
    // Workers idle while the generator waits at a result must not keep the process alive for ever.
    const run = runModule(`import { analyzeInputs } from ${INDEX};
      const results = analyzeInputs([${JSON.stringify(CORPUS)}], { jobs: 2 });
      let next;
      do next = await results.next(); while (!next.done && !('document' in next.value));
      console.log(next.done ? 'done' : 'a document');`);
    expect(run.signal, 'still running after 60 s').toBeNull();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe('a document');
  });
});

describe('the worker pool', () => {
  /**
   * A stand-in for the analysis worker: answers with a document naming the
   * article, late for texts with "slow" (so later articles finish first), and
   * dies on texts with "crash".
   */
  const STAND_IN = path.join(dir, 'stand-in-worker.mjs');
  writeFileSync(STAND_IN, `
    import { parentPort } from 'node:worker_threads';
    parentPort.on('message', ({ id, article }) => {
      if (article.text.includes('crash')) process.exit(3);
      const document = { path: article.path, format: article.format, title: article.text, speakers: [], attributions: [], quotes: [], findings: [] };
      const answer = () => parentPort.postMessage({ id, documentJsonUtf8: new TextEncoder().encode(JSON.stringify(document)) });
      if (article.text.includes('slow')) setTimeout(answer, 100); else answer();
    });
  `);

  async function run(texts: string[], jobs: number): Promise<string[]> {
    async function* items(): AsyncGenerator<LoadItem> {
      for (const [i, text] of texts.entries()) {
        if (text === 'unreadable') yield { error: { path: `${i}.txt`, code: 'EACCES', message: 'permission denied' } };
        else yield { article: { path: `${i}.txt`, format: 'txt', text, title: null, meta: {} } satisfies Article };
      }
    }
    const seen: string[] = [];
    for await (const item of analyzeInParallel(items(), jobs, pathToFileURL(STAND_IN)) as AsyncGenerator<ResultItem>) {
      seen.push('document' in item ? `${item.document.path} ${item.document.title}` : `${item.error.path} ${item.error.code} ${item.error.message}`);
    }
    return seen;
  }

  it('passes results on in input order, however the workers finish', async () => {
    const texts = ['slow a', 'b', 'slow c', 'unreadable', 'd', 'e', 'slow f', 'g'];
    expect(await run(texts, 3)).toEqual(['0.txt slow a', '1.txt b', '2.txt slow c', '3.txt EACCES permission denied', '4.txt d', '5.txt e', '6.txt slow f', '7.txt g']);
  });

  it('turns the article a worker died on into an EINTERNAL error, and analyses the rest', async () => {
    const texts = ['a', 'b', 'crash c', 'd', 'e', 'crash f', 'g', 'h'];
    expect(await run(texts, 2)).toEqual([
      '0.txt a', '1.txt b',
      '2.txt EINTERNAL internal error while analysing: worker thread stopped (exit code 3)',
      '3.txt d', '4.txt e',
      '5.txt EINTERNAL internal error while analysing: worker thread stopped (exit code 3)',
      '6.txt g', '7.txt h',
    ]);
  });
});
