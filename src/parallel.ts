/**
 * `--jobs N`: articles analysed on N worker threads, results in input order.
 *
 * The main thread goes on loading (reading files, parsing JSON, streaming
 * stdin) and writing results while the workers run the pure pipeline, each
 * with its own lexicon. Only a window of articles is in flight at a time, so
 * memory stays that of a few articles however long the input is, and each
 * result is passed on as soon as it and every result before it are done.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResultItem } from './analyze.js';
import { DOCUMENT_JSON_UTF8 } from './report/jsonl.js';
import type { LoadItem } from './load/index.js';
import type { Article, DocumentResult, InputError } from './types.js';

/**
 * A message to a worker, and its answer (src/workers/analyze-worker.ts). The
 * document comes back as JSON: posting the object itself (a structured clone)
 * costs the worker five times as much as JSON.stringify. In UTF-8, its buffer
 * transferred: outside the JS heap, it costs the main thread no copy, and
 * --format jsonl writes it as it is (as a string, each article's JSON was a
 * large heap string the main thread's young generation held on to: peak RSS
 * for 2,000 articles ~10% higher).
 */
export interface TaskRequest {
  id: number;
  article: Article;
}
export type TaskResult = { id: number; documentJsonUtf8: Uint8Array } | { id: number; error: InputError };

type Outcome = { documentJsonUtf8: Uint8Array } | { error: InputError };

interface Task extends TaskRequest {
  resolve(outcome: Outcome): void;
}

interface PoolWorker {
  thread: Worker;
  /** The tasks sent to it and not answered yet. */
  tasks: Map<number, Task>;
}

const WORKER_SCRIPT = new URL('./workers/analyze-worker.js', import.meta.url);
/** Tasks a worker holds at once: one running and one waiting, so it never idles between articles. */
const TASKS_PER_WORKER = 2;
/** Articles loaded ahead of the oldest unfinished one, per worker … */
const ARTICLES_AHEAD_PER_JOB = 8;
/** … and in characters of text (at least one article is always let through). */
const CHARS_AHEAD = 16 * 1024 * 1024;
/**
 * Each worker's heap limits, so that a long run's memory tracks what is live
 * rather than what was ever allocated (--format jsonl, 2 workers, peak RSS of
 * 2,000 articles over 200: 1.55x with V8's defaults, ~1.45x with the young
 * generation capped, ~1.3x with both).
 *
 * The young generation (where V8 allocates new objects) grows through a long
 * run if left alone; an article's short-lived objects are a few MB. 12 MB
 * promoted more objects and was worse.
 *
 * V8 lets the old generation grow up to 4x what was live after the last full
 * collection when the heap may grow to 2 GB or more (the default here), less
 * below that: at 1.5 GB it collects sooner. That is still three times what
 * a worker needed for a 20 MB article (the --max-bytes default); a worker
 * that runs out of memory fails only the article it was on.
 */
const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 1536 };

/**
 * Bytes of input from which `--jobs auto` (the CLI's default) starts one
 * worker per core; below it, the articles are analysed in the calling thread.
 * Each worker compiles the pipeline anew (V8 shares no optimised code between
 * threads: ~1.5 s of CPU per worker), which several workers win back only on
 * several MB: on this 2-core machine, 2 workers against 1 (best of 3, taking
 * turns, polnear-train's texts repeated): 3.9 MB 0.87x, 7.7 MB 1.04x, 11.6 MB
 * 1.01x, 15.5 MB 1.20x, 100 MB 1.81x (`npm run bench`).
 */
export const AUTO_PARALLEL_BYTES = 8_000_000;

/**
 * `--jobs auto`: one worker per core when the files (and `stdinBytes`, stdin
 * read whole) come to at least AUTO_PARALLEL_BYTES, or when a stream of
 * unknown length comes on stdin; else 1. Files are measured only until the sum
 * is reached; one that cannot be measured counts as empty (reading it reports
 * why).
 */
export function autoJobs(files: string[], stream: boolean, stdinBytes = 0): number {
  const cores = availableParallelism();
  if (cores === 1 || stream || stdinBytes >= AUTO_PARALLEL_BYTES) return cores;
  let bytes = stdinBytes;
  for (const file of files) {
    bytes += sizeOf(file);
    if (bytes >= AUTO_PARALLEL_BYTES) return cores;
  }
  return 1;
}

/**
 * The worker threads to start for `--jobs N`: N, but no more than one per core. Workers beyond the cores cannot
 * run at once, and each compiles the pipeline anew and holds its own heap: on 2 cores, --jobs 8 took twice the
 * time and memory of --jobs 2 over 2,000 articles, --jobs 200 seventy times the time and 3 GB, and a number
 * such as 10,000 started threads until memory ran out.
 */
export function workerThreads(jobs: number): number {
  return Math.min(jobs, availableParallelism());
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // missing, unreadable folder, a loop of links: reading it reports why
  }
}

/**
 * Whether worker threads can run: they need the compiled worker script, so
 * when attrib runs from its TypeScript source (the tests, through vitest)
 * articles are analysed in the calling thread instead.
 */
export function workersAvailable(): boolean {
  return import.meta.url.endsWith('.js');
}

/**
 * Analyse the loaded articles on `jobs` worker threads; errors pass through;
 * everything comes out in input order. `workerScript` answers TaskRequests
 * with TaskResults (the tests give one of their own).
 */
export async function* analyzeInParallel(items: AsyncIterable<LoadItem>, jobs: number, workerScript: URL = WORKER_SCRIPT): AsyncGenerator<ResultItem> {
  const pool = new WorkerPool(jobs, workerScript);
  const inFlight: { result: Promise<ResultItem>; chars: number }[] = [];
  let charsInFlight = 0;
  const source = items[Symbol.asyncIterator]();
  let loading: Promise<IteratorResult<LoadItem>> | null = source.next();
  try {
    while (inFlight.length > 0 || loading) {
      const oldest = inFlight[0];
      const room = !oldest || (inFlight.length < jobs * ARTICLES_AHEAD_PER_JOB && charsInFlight < CHARS_AHEAD);
      // Whichever comes first: the oldest result (passed on at once, even while a slow stream holds back the
      // next input) or the next input (started at once, while there is room).
      const event = await Promise.race([
        ...(oldest ? [oldest.result.then((done) => ({ done }))] : []),
        ...(loading && room ? [loading.then((loaded) => ({ loaded }))] : []),
      ]);
      if ('done' in event) {
        inFlight.shift();
        charsInFlight -= oldest!.chars;
        // While the caller holds a result the workers must not keep the process alive: a caller that never asks
        // for the next one (a peek with next(), and no return()) would otherwise never let it end.
        pool.unref();
        yield event.done;
        pool.ref();
      } else if (event.loaded.done) {
        loading = null;
      } else {
        const item = event.loaded.value;
        const chars = 'article' in item ? item.article.text.length : 0;
        inFlight.push({ result: start(pool, item), chars });
        charsInFlight += chars;
        loading = source.next();
      }
    }
  } finally {
    // Stopped early (the caller broke off): let the loader finish its file handles, and end the workers.
    if (loading) void source.return?.(undefined).catch(() => undefined);
    await pool.close();
  }
}

function start(pool: WorkerPool, item: LoadItem): Promise<ResultItem> {
  if ('error' in item) return Promise.resolve(item);
  const { article } = item;
  return pool.analyze(article).then((outcome) => ('documentJsonUtf8' in outcome ? parsedOnDemand(outcome.documentJsonUtf8, article) : outcome));
}

/**
 * A worker's document, parsed only when a reporter asks for the object:
 * --format jsonl writes the worker's JSON as it came (on a corpus, parsing and
 * serialising it again here cost the main thread as much CPU as reading the
 * files did).
 */
const UTF8 = new TextDecoder();

function parsedOnDemand(documentJsonUtf8: Uint8Array, article: Article): ResultItem {
  let document: DocumentResult | undefined;
  return {
    article,
    [DOCUMENT_JSON_UTF8]: documentJsonUtf8,
    get document() {
      return (document ??= JSON.parse(UTF8.decode(documentJsonUtf8)) as DocumentResult);
    },
  };
}

/**
 * The process's Node options for a worker, which inherits them, minus `--input-type`: it is for code given as
 * text (`node --input-type=module -e …`, a script that embeds the library), and a worker started with it
 * fails at once, so that every article came out as an EINTERNAL error.
 */
function workerExecArgv(): string[] {
  const args: string[] = [];
  for (let i = 0; i < process.execArgv.length; i++) {
    const arg = process.execArgv[i]!;
    if (arg === '--input-type') i++; // and its value
    else if (!arg.startsWith('--input-type=')) args.push(arg);
  }
  return args;
}

/** Up to `size` worker threads, started as work arrives; tasks beyond what they hold wait in a queue. */
class WorkerPool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  /** Whether the workers keep the process alive (`ref`, `unref`). */
  private referenced = true;

  constructor(private readonly size: number, private readonly script: URL) {}

  analyze(article: Article): Promise<Outcome> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, article, resolve });
      this.dispatch();
    });
  }

  /** Let the workers keep the process alive, as any pending work does: the caller is waiting for a result. */
  ref(): void {
    this.referenced = true;
    for (const w of this.workers) w.thread.ref();
  }

  /** Let the process end though the workers are there: nobody is waiting for them. */
  unref(): void {
    this.referenced = false;
    for (const w of this.workers) w.thread.unref();
  }

  /** Ends the workers; tasks still running are abandoned (the caller has stopped listening). */
  async close(): Promise<void> {
    // Out of the list first, so that their exits are not taken for failures.
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.thread.terminate()));
  }

  private dispatch(): void {
    for (let worker = this.available(); worker && this.queue.length > 0; worker = this.available()) {
      const task = this.queue.shift()!;
      worker.tasks.set(task.id, task);
      const request: TaskRequest = { id: task.id, article: task.article };
      worker.thread.postMessage(request);
    }
  }

  /** An idle worker; else a new one while there are fewer than `size`; else the least busy with room; else none. */
  private available(): PoolWorker | null {
    const idle = this.workers.find((w) => w.tasks.size === 0);
    if (idle) return idle;
    if (this.workers.length < this.size) return this.spawn();
    let best: PoolWorker | null = null;
    for (const w of this.workers) if (w.tasks.size < TASKS_PER_WORKER && (!best || w.tasks.size < best.tasks.size)) best = w;
    return best;
  }

  private spawn(): PoolWorker {
    const worker: PoolWorker = { thread: new Worker(this.script, { resourceLimits: WORKER_RESOURCE_LIMITS, execArgv: workerExecArgv() }), tasks: new Map() };
    worker.thread.on('message', (result: TaskResult) => {
      const task = worker.tasks.get(result.id);
      worker.tasks.delete(result.id);
      task?.resolve('documentJsonUtf8' in result ? { documentJsonUtf8: result.documentJsonUtf8 } : { error: result.error });
      this.dispatch();
    });
    worker.thread.on('error', (e) => this.retire(worker, `worker thread failed: ${e instanceof Error ? e.message : String(e)}`));
    worker.thread.on('exit', (code) => this.retire(worker, `worker thread stopped (exit code ${code})`));
    if (!this.referenced) worker.thread.unref();
    this.workers.push(worker);
    return worker;
  }

  /**
   * A worker that failed (a crash, running out of memory): the article it was
   * analysing becomes an EINTERNAL error, like any pipeline failure; the ones
   * waiting behind it go back to the front of the queue, for the other
   * workers or a new one.
   */
  private retire(worker: PoolWorker, reason: string): void {
    const index = this.workers.indexOf(worker);
    if (index === -1) return;
    this.workers.splice(index, 1);
    // A worker takes its tasks in the order they were sent: the first one is the one it was on.
    const [running, ...waiting] = worker.tasks.values();
    running?.resolve({ error: { path: running.article.path, code: 'EINTERNAL', message: `internal error while analysing: ${reason}` } });
    this.queue.unshift(...waiting);
    worker.tasks.clear();
    this.dispatch();
  }
}
