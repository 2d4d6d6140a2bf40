// `npm run bench`: attrib's throughput, memory and cold start, side by side
// with the naive baseline (compromise's full parse of each article) in the
// same run. Prints a Markdown report; with --readme it also replaces the
// report in README.md (between the bench markers of "Performance").
//
// The corpus is the texts of ../shared/eval/polnear-train.jsonl written as
// .txt files to a temporary folder (never into the repository), and a larger
// one made by repeating them. Not a test: it prints numbers, nothing fails.
//
//   --runs N          best of N runs on the train corpus (default 3)
//   --large-runs N    best of N runs on the repeated corpus (default 2)
//   --large-mb N      size of the repeated corpus in MB (default 100; 0 skips it)
//   --baseline-large  run the baseline on the repeated corpus too (~25 minutes at 100 MB)
//   --cold-runs N     runs of each cold-start command (default 15; the median is reported)
//   --readme          write the report into README.md
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AUTO_PARALLEL_BYTES } from '../dist/parallel.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'attrib.js');
const BASELINE = path.join(ROOT, 'scripts', 'bench-baseline.mjs');
const USAGE_PROBE = path.join(ROOT, 'scripts', 'bench-usage.cjs');
const TRAIN = path.resolve(ROOT, '../shared/eval/polnear-train.jsonl');
const README = path.join(ROOT, 'README.md');
const MARKERS = ['<!-- bench:start -->', '<!-- bench:end -->'];

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'large-runs': { type: 'string', default: '2' },
    'large-mb': { type: 'string', default: '100' },
    'baseline-large': { type: 'boolean', default: false },
    'cold-runs': { type: 'string', default: '15' },
    readme: { type: 'boolean', default: false },
  },
});
const RUNS = Number(options.runs);
const LARGE_RUNS = Number(options['large-runs']);
const LARGE_MB = Number(options['large-mb']);
const COLD_RUNS = Number(options['cold-runs']);
const CORES = os.availableParallelism();

/** How busy the CPUs were over `ms` before the runs (other processes slow the runs down), from /proc/stat; null where there is none. */
async function backgroundLoad(ms) {
  const sample = () => readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
  try {
    const before = sample();
    await new Promise((resolve) => setTimeout(resolve, ms));
    const after = sample();
    const delta = after.map((v, i) => v - before[i]);
    const total = delta.reduce((a, b) => a + b, 0);
    return total > 0 ? 1 - (delta[3] + delta[4]) / total : null; // idle and iowait
  } catch {
    return null;
  }
}
const busyBefore = await backgroundLoad(3000);

const work = mkdtempSync(path.join(os.tmpdir(), 'attrib-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
process.on('SIGINT', () => process.exit(130));

// ---------------------------------------------------------------- corpora

const records = readFileSync(TRAIN, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));

/** Writes `count` articles (the train texts, repeated in numbered sub-folders) as .txt files; returns the folder and its size. */
function writeCorpus(name, count, transform = (text) => text) {
  const folder = path.join(work, name);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const copy = Math.floor(i / records.length);
    const dir = path.join(folder, `copy-${String(copy + 1).padStart(3, '0')}`);
    if (i % records.length === 0) mkdirSync(dir, { recursive: true });
    const text = transform(records[i % records.length].text);
    writeFileSync(path.join(dir, `${records[i % records.length].id}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { folder, articles: count, bytes };
}

const train = writeCorpus('train', records.length);
const large = LARGE_MB > 0 ? writeCorpus('large', Math.ceil((LARGE_MB * 1e6) / (train.bytes / train.articles))) : null;
const mem200 = writeCorpus('mem-200', 200);
const mem2000 = writeCorpus('mem-2000', 2000);
// Articles each followed by 200 KB of filler of our own: kept article texts would show in --format json's memory.
const FILLER = '\n\n' + 'The committee met again on Tuesday and the meeting ran late into the evening. '.repeat(2600);
const padded = writeCorpus('padded', 100, (text) => text + FILLER);
// The train corpus as JSONL for the stdin filter.
const trainJsonl = path.join(work, 'train.jsonl');
writeFileSync(trainJsonl, records.map((r) => JSON.stringify({ id: r.id, text: r.text })).join('\n') + '\n');

// ---------------------------------------------------------------- measuring

/**
 * Runs `node <args>` with the usage probe preloaded; stdout goes to `outFile`
 * (or nowhere). Returns wall seconds, CPU seconds (all threads), peak RSS in MB.
 */
function measure(args, { stdinFile, outFile } = {}) {
  const usageFile = path.join(work, 'usage.json');
  const stdin = stdinFile ? openSync(stdinFile, 'r') : 'ignore';
  const stdout = outFile ? openSync(outFile, 'w') : 'ignore';
  const started = performance.now();
  const child = spawn(process.execPath, ['--require', USAGE_PROBE, ...args], {
    cwd: ROOT,
    stdio: [stdin, stdout, 'pipe'],
    env: { ...process.env, CI: '1', ATTRIB_BENCH_USAGE: usageFile },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s) => (stderr += s));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = (performance.now() - started) / 1000;
      for (const fd of [stdin, stdout]) if (typeof fd === 'number') closeSync(fd);
      if (code !== 0) return reject(new Error(`node ${args.join(' ')} exited with ${code}: ${stderr.slice(0, 500)}`));
      const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
      resolve({ wall, cpu: usage.cpuMicros / 1e6, rssMB: (usage.maxRssKiB * 1024) / 1e6 });
    });
  });
}

/** The fastest of `runs` runs (other load on the machine only ever slows a run down). */
async function best(runs, args, opts) {
  let fastest = null;
  for (let i = 0; i < runs; i++) {
    const run = await measure(args, opts);
    if (!fastest || run.wall < fastest.wall) fastest = run;
  }
  return fastest;
}

function sha256(file) {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file).on('data', (d) => hash.update(d)).on('error', reject).on('end', () => resolve(hash.digest('hex')));
  });
}

function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}

// ---------------------------------------------------------------- throughput

const attrib = (corpus, ...extra) => [BIN, 'analyze', corpus.folder, '--format', 'jsonl', ...extra];
const rows = [];

async function throughput(label, corpus, runs, args, opts = {}) {
  log(`${label} on ${corpus.articles} articles (${(corpus.bytes / 1e6).toFixed(1)} MB)…`);
  const run = { ...(await best(runs, args, opts)), corpus };
  rows.push({ label, ...run });
  return run;
}

/**
 * Several ways of running attrib on one corpus, the fastest of `runs` runs each, run in turns: their ratios are
 * targets, and load from elsewhere on the machine comes and goes, so all must meet it alike. Each run's output
 * is hashed, to show that they are the same.
 */
async function throughputInTurns(corpus, runs, ways) {
  log(`attrib ${ways.map((w) => w.label).join(', ')}, in turns, on ${corpus.articles} articles (${(corpus.bytes / 1e6).toFixed(1)} MB)…`);
  const fastest = ways.map(() => null);
  const outputs = new Set();
  for (let i = 0; i < runs; i++) {
    for (const [w, way] of ways.entries()) {
      const run = await measure(attrib(corpus, ...way.jobs), { outFile: out('turns') });
      outputs.add(await sha256(out('turns')));
      if (!fastest[w] || run.wall < fastest[w].wall) fastest[w] = run;
    }
  }
  rmSync(out('turns'));
  rows.push(...ways.map((way, w) => ({ label: `attrib ${way.label}`, ...fastest[w], corpus })));
  return { runs: fastest.map((run) => ({ ...run, corpus })), sameOutput: outputs.size === 1 };
}

const out = (name) => path.join(work, `${name}.out`);
const trainBaseline = await throughput('naive baseline: compromise `nlp(text)` + `.people()` + `.quotations()`', train, RUNS, [BASELINE, train.folder]);
/** `--jobs 1`, `--jobs <cores>` (the ratio of the two is a target), and the default (`--jobs auto`: one per core from AUTO_PARALLEL_BYTES of input). */
const WAYS = [
  { label: '`--jobs 1`', jobs: ['--jobs', '1'] },
  { label: `\`--jobs ${CORES}\``, jobs: ['--jobs', String(CORES)] },
  { label: '(default: `--jobs auto`)', jobs: [] },
];
const trainTurns = await throughputInTurns(train, RUNS, WAYS);
const [trainOne, trainMany, trainAuto] = trainTurns.runs;
await throughput('attrib `--stdin-format jsonl -` (the filter; default jobs)', train, RUNS, [BIN, 'analyze', '--stdin-format', 'jsonl', '-'], { stdinFile: trainJsonl });
let largeTurns = null;
if (large) {
  if (options['baseline-large']) await throughput('naive baseline', large, 1, [BASELINE, large.folder]);
  largeTurns = await throughputInTurns(large, LARGE_RUNS, WAYS);
}
const [largeOne, largeMany, largeAuto] = largeTurns?.runs ?? [];

// ---------------------------------------------------------------- memory

log('memory: 200 and 2,000 articles, --format jsonl and json…');
const memory = {
  jsonl200: await measure(attrib(mem200, '--jobs', String(CORES))),
  jsonl2000: await measure(attrib(mem2000, '--jobs', String(CORES))),
  jsonl200one: await measure(attrib(mem200, '--jobs', '1')),
  jsonl2000one: await measure(attrib(mem2000, '--jobs', '1')),
  json200: await measure([BIN, 'analyze', mem200.folder, '--format', 'json']),
  json2000: await measure([BIN, 'analyze', mem2000.folder, '--format', 'json']),
  paddedJsonl: await measure(attrib(padded, '--jobs', '1')),
  paddedJson: await measure([BIN, 'analyze', padded.folder, '--format', 'json', '--jobs', '1']),
};

// ---------------------------------------------------------------- cold start

/** A one-article run: the train article of median length. */
const medianRecord = [...records].sort((a, b) => a.text.length - b.text.length)[Math.floor(records.length / 2)];
const oneArticle = path.join(work, 'one-article.txt');
writeFileSync(oneArticle, medianRecord.text);

const coldCommands = {
  bare: ['-e', ''],
  require: ['-e', "require('compromise')"],
  import: ['--input-type=module', '-e', "import 'compromise'"],
  attrib: [BIN, 'analyze', oneArticle, '--format', 'json'],
};
log(`cold start: ${COLD_RUNS} runs of each command…`);
const coldTimes = Object.fromEntries(Object.keys(coldCommands).map((k) => [k, []]));
for (let i = 0; i < COLD_RUNS; i++) {
  // Interleaved, so that a busy moment on the machine weighs on every command alike.
  for (const [name, args] of Object.entries(coldCommands)) {
    const started = performance.now();
    await new Promise((resolve, reject) => {
      spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' }).on('error', reject).on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${name} exited with ${code}`))));
    });
    coldTimes[name].push(performance.now() - started);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cold = Object.fromEntries(Object.entries(coldTimes).map(([k, xs]) => [k, median(xs)]));

// ---------------------------------------------------------------- report

const kbPerS = (r) => r.corpus.bytes / 1e3 / r.wall;
const fixed = (x, digits = 1) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ratio = (x) => `${fixed(x, 2)}x`;
const mb = (x) => `${fixed(x, 0)} MB`;

const lines = [];
lines.push(`Measured with \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, **${CORES} cores**, Node ${process.version}${busyBefore === null ? '' : `; the CPUs were ${Math.round(busyBefore * 100)}% busy with other work just before`}.`);
lines.push(`Corpus: the ${train.articles} PolNeAR train texts as .txt files (${fixed(train.bytes / 1e6)} MB)${large ? `, and the same repeated to ${large.articles.toLocaleString('en-US')} files (${fixed(large.bytes / 1e6)} MB)` : ''}; MB and KB are 10⁶ and 10³ bytes of UTF-8 text. Times are wall-clock from process start to exit (start-up included), the best of ${RUNS} on the train corpus${large ? ` and of ${LARGE_RUNS} on the large one` : ''}, the three attrib runs of a corpus in turns; CPU is user + system time of all threads.`);
lines.push('');
lines.push('| run | corpus | articles/s | KB/s | seconds | CPU s | peak RSS |');
lines.push('|---|---|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const corpus = `${r.corpus.articles.toLocaleString('en-US')} articles, ${fixed(r.corpus.bytes / 1e6)} MB`;
  lines.push(`| ${r.label} | ${corpus} | ${fixed(r.corpus.articles / r.wall, 0)} | ${fixed(kbPerS(r), 0)} | ${fixed(r.wall)} | ${fixed(r.cpu)} | ${mb(r.rssMB)} |`);
}
lines.push('');
const same = (a, b) => (a === b ? 'identical' : '**different**');
lines.push('| target | measured |');
lines.push('|---|---|');
lines.push(`| one worker ≥ 10x the baseline's throughput | **${ratio(kbPerS(trainOne) / kbPerS(trainBaseline))}** (${fixed(kbPerS(trainOne), 0)} vs ${fixed(kbPerS(trainBaseline), 0)} KB/s) |`);
const identical = (turns) => (turns.sameOutput ? 'identical' : '**different**');
const speedUp = (one, other) => ratio(one.wall / other.wall);
lines.push(`| ${CORES} workers ≥ 1.6x one, same output in the same order | **${speedUp(trainOne, trainMany)}** on the train corpus${largeOne ? `, **${speedUp(largeOne, largeMany)}** on the large one` : ''}; output ${identical(trainTurns)} in every run${largeTurns ? ` (large: ${identical(largeTurns)})` : ''} |`);
lines.push(`| the default (\`--jobs auto\`: workers from ${fixed(AUTO_PARALLEL_BYTES / 1e6, 0)} MB of input) against \`--jobs 1\` | ${speedUp(trainOne, trainAuto)} on the train corpus${largeOne ? `, ${speedUp(largeOne, largeAuto)} on the large one` : ''} |`);
lines.push(`| cold start (one article, \`--format json\`) no slower than loading compromise, aim for half | **${fixed(cold.attrib, 0)} ms**: ${ratio(cold.attrib / cold.require)} of \`require('compromise')\` (${fixed(cold.require, 0)} ms), ${ratio(cold.attrib / cold.import)} of \`import 'compromise'\` (${fixed(cold.import, 0)} ms); bare \`node -e ''\`: ${fixed(cold.bare, 0)} ms (medians of ${COLD_RUNS}) |`);
lines.push(`| \`--format jsonl\` peak memory, 2,000 articles ≤ 1.5x 200 | **${ratio(memory.jsonl2000.rssMB / memory.jsonl200.rssMB)}** (${mb(memory.jsonl2000.rssMB)} vs ${mb(memory.jsonl200.rssMB)}); \`--jobs 1\`: ${ratio(memory.jsonl2000one.rssMB / memory.jsonl200one.rssMB)} (${mb(memory.jsonl2000one.rssMB)} vs ${mb(memory.jsonl200one.rssMB)}) |`);
lines.push(`| \`--format json\` holds results, not article texts | 2,000 vs 200 articles: ${mb(memory.json2000.rssMB)} vs ${mb(memory.json200.rssMB)}; 100 articles padded with 200 KB of text each (${fixed(padded.bytes / 1e6)} MB), \`--jobs 1\`: json ${mb(memory.paddedJson.rssMB)}, jsonl ${mb(memory.paddedJsonl.rssMB)} |`);

const report = lines.join('\n');
process.stdout.write(report + '\n');

if (options.readme) {
  const readme = readFileSync(README, 'utf8');
  const [start, end] = [readme.indexOf(MARKERS[0]), readme.indexOf(MARKERS[1])];
  if (start === -1 || end < start) {
    log(`README.md has no ${MARKERS[0]} … ${MARKERS[1]} section: not written`);
    process.exitCode = 1;
  } else {
    writeFileSync(README, `${readme.slice(0, start + MARKERS[0].length)}\n${report}\n${readme.slice(end)}`);
    log('README.md: Performance section updated');
  }
}
