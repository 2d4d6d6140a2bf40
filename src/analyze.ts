/**
 * The library's entry points: text or files in, analyses out. Loading is the
 * only I/O; each article then goes through the pure pipeline.
 */
import { createRequire } from 'node:module';
import { DEFAULT_MAX_BYTES, discover, loadFile, loadStdin, readAllStdin, type LoadItem, type LoadOptions } from './load/index.js';
import { anyHoldsManyArticles, FORMATS, parseArticles } from './load/formats.js';
import { streamJsonl } from './load/jsonl-stream.js';
import { analyzeInParallel, autoJobs, workerThreads, workersAvailable } from './parallel.js';
import { analyzeInPieces } from './pieces.js';
import type { DOCUMENT_JSON_UTF8 } from './report/jsonl.js';
import type { Article, DocumentResult, Format, InputError, Report } from './types.js';

export interface AnalyzeOptions extends LoadOptions {
  /** Worker threads to analyse on (default 1: in the calling thread; at most one per core); 'auto': one per core for a corpus of several MB (src/parallel.ts). */
  jobs?: number | 'auto';
  /**
   * Called once the paths are expanded, before anything is analysed (a progress line's total): the files in the
   * order their results come, whether stdin follows them, and how many paths found nothing or could not be
   * listed (each yielded first, as an error).
   */
  onInputs?: (inputs: ExpandedInputs) => void;
}

export interface ExpandedInputs {
  files: readonly string[];
  stdin: boolean;
  errors: number;
}

/**
 * `article` is the text as analysed, for reporters that show it (the HTML
 * report); the JSON output carries only `document`. (A document analysed on a
 * worker thread also carries its JSON in UTF-8 under a symbol, for --format
 * jsonl to write as it came: src/report/jsonl.ts.)
 */
export type ResultItem = { document: DocumentResult; article: Article; [DOCUMENT_JSON_UTF8]?: Uint8Array } | { error: InputError };

export const VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

/**
 * Analyse one text held in memory (plain text unless `format` says otherwise).
 * Throws a TypeError for a text that is not a string or an unknown format, and
 * an Error with the input error's `code` (EPARSE, ENOTARTICLE, EEMPTY) for JSON
 * or JSONL that holds no article, or more than one (analyze those with
 * analyzeFiles or analyzeInputs).
 */
export function analyzeText(text: string, options: { path?: string; format?: Format; title?: string | null } = {}): DocumentResult {
  if (typeof text !== 'string') throw new TypeError(`analyzeText: expected the text as a string, got ${describe(text)}`);
  const path = options.path ?? '-';
  if (typeof path !== 'string') throw new TypeError(`analyzeText: expected the path as a string, got ${describe(path)}`);
  if (options.title !== undefined && options.title !== null && typeof options.title !== 'string') throw new TypeError(`analyzeText: expected the title as a string or null, got ${describe(options.title)}`);
  const format = options.format ?? 'txt';
  if (!FORMATS.includes(format)) throw new TypeError(`analyzeText: unknown format ${JSON.stringify(format)}; expected one of ${FORMATS.join(', ')}`);
  const records = parseArticles(path, format, text);
  const first = records[0];
  if (!first) throw inputError({ path, code: 'EEMPTY', message: 'no article: the text holds no records' });
  if ('error' in first && first.error) throw inputError(first.error);
  if (records.length > 1) throw Object.assign(new RangeError(`analyzeText: the ${format} text holds ${records.length} records; analyzeText analyses one (use analyzeInputs or analyzeFiles for several)`), { code: 'EMANY' });
  const article = first.article!;
  if (options.title !== undefined) article.title = options.title;
  return analyzeInPieces(article);
}

function inputError(error: InputError): Error & { code: string } {
  return Object.assign(new Error(`${error.path}: ${error.message} (${error.code})`), { code: error.code });
}

/** A value as an error message shows it: a string quoted, a number as written (NaN, 2n; JSON has neither), else its type. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return describe(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return value.constructor?.name ?? 'object';
  return typeof value;
}

/** Analyse one loaded article; a bug in the pipeline becomes an EINTERNAL error for that article only. */
export function analyzeSafely(article: Article): ResultItem {
  try {
    return { document: analyzeInPieces(article), article };
  } catch (e) {
    return { error: { path: article.path, code: 'EINTERNAL', message: `internal error while analysing: ${e instanceof Error ? e.message : String(e)}` } };
  }
}

/**
 * Discover, load and analyse, yielding each document or error in input order
 * (sorted paths, records in file order) as soon as it is ready. With `jobs`
 * over 1, inputs that can hold several articles are analysed on that many
 * worker threads; the results are the same, in the same order.
 */
export async function* analyzeInputs(paths: string[], options: AnalyzeOptions = {}): AsyncGenerator<ResultItem> {
  // A string would be taken character by character, its "/" the root folder: every article on the disk.
  if (!Array.isArray(paths) || paths.some((p) => typeof p !== 'string')) throw new TypeError(`expected the paths as an array of strings (analyzeFiles(['articles/'])), got ${Array.isArray(paths) ? 'an array holding ' + paths.filter((p) => typeof p !== 'string').map(describe).join(', ') : describe(paths)}`);
  const jobsOption = options.jobs;
  if (jobsOption !== undefined && jobsOption !== 'auto' && !(Number.isInteger(jobsOption) && jobsOption >= 1)) throw new RangeError(`jobs: expected a whole number, 1 or more, or 'auto'; got ${shown(jobsOption)}`);
  // Else every file would be an input error in Node's words (a NaN limit), or stdin read as no format at all.
  const { maxBytes, stdinFormat } = options;
  if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes >= 1)) throw new RangeError(`maxBytes: expected a whole number, 1 or more; got ${shown(maxBytes)}`);
  if (stdinFormat !== undefined && !FORMATS.includes(stdinFormat)) throw new RangeError(`stdinFormat: expected one of ${FORMATS.join(', ')}; got ${shown(stdinFormat)}`);
  const { files, errors, stdin } = await discover(paths, options.exclude);
  options.onInputs?.({ files, stdin, errors: errors.length });
  for (const error of errors) yield { error };
  // --jobs auto weighs stdin read whole (text, JSON) by its bytes: it is read before the files' articles are analysed.
  const streamed = stdin && options.stdinFormat === 'jsonl';
  let loadOptions: AnalyzeOptions = options;
  let stdinBytes = 0;
  if (options.jobs === 'auto' && stdin && !streamed) {
    const read = (options.readStdin ?? (() => readAllStdin(options.maxBytes ?? DEFAULT_MAX_BYTES)))();
    loadOptions = { ...options, readStdin: () => read };
    stdinBytes = (await read.catch(() => Buffer.alloc(0))).length; // a read that fails is reported when the article is loaded
  }
  const items = loadInputs(files, stdin, loadOptions);
  // One article is analysed here: starting a worker for it would only add to the time.
  const severalArticles = files.length + (stdin ? 1 : 0) > 1 || anyHoldsManyArticles(files, stdin ? (options.stdinFormat ?? 'txt') : null);
  const jobs = options.jobs === 'auto' ? autoJobs(files, streamed, stdinBytes) : workerThreads(options.jobs ?? 1);
  if (jobs > 1 && severalArticles && workersAvailable()) {
    yield* analyzeInParallel(items, jobs);
    return;
  }
  for await (const item of items) yield 'article' in item ? analyzeSafely(item.article) : item;
}

/**
 * The articles of the files, each file read when its turn comes, then of
 * stdin; JSONL on stdin is read line by line as it arrives (unless a test or
 * caller supplies it whole).
 */
async function* loadInputs(files: string[], stdin: boolean, options: LoadOptions): AsyncGenerator<LoadItem> {
  for (const file of files) yield* loadFile(file, options);
  if (!stdin) return;
  if (options.stdinFormat === 'jsonl' && !options.readStdin) yield* streamJsonl('-', process.stdin, options.maxBytes ?? DEFAULT_MAX_BYTES);
  else yield* await loadStdin(options);
}

/** Analyse files, folders, globs or "-" into one report (the `--format json` contract). */
export async function analyzeFiles(paths: string[], options: AnalyzeOptions = {}): Promise<Report> {
  const documents: DocumentResult[] = [];
  const errors: InputError[] = [];
  for await (const item of analyzeInputs(paths, options)) {
    if ('document' in item) documents.push(withoutTextReferences(item.document));
    else errors.push(item.error);
  }
  return buildReport(documents, errors);
}

/**
 * The document with its strings copied. Strings the pipeline cuts from the
 * article (content, names, the title) share the article's memory in V8, so a
 * document kept after its article would keep the whole text alive; callers
 * that collect documents (--format json, the table) keep these copies instead.
 * Changes the document in place and returns it.
 */
export function withoutTextReferences<T>(value: T): T {
  if (typeof value === 'string') return (value.length >= SLICE_MIN_LENGTH ? (' ' + value).slice(1) : value) as T;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = withoutTextReferences(value[i]);
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = withoutTextReferences(record[key]);
  }
  return value;
}

/**
 * V8 copies substrings shorter than this and makes longer ones views into their
 * parent; prefixing one character and slicing it off again makes V8 copy the
 * characters into a new string, which no longer holds the parent.
 */
const SLICE_MIN_LENGTH = 13;

export function buildReport(documents: DocumentResult[], errors: InputError[]): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'attrib', version: VERSION },
    documents,
    summary: {
      documents: documents.length,
      attributions: documents.reduce((n, d) => n + d.attributions.length, 0),
      speakers: documents.reduce((n, d) => n + d.speakers.length, 0),
      errors: errors.length,
    },
    errors,
  };
}
