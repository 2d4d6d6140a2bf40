/**
 * The library's entry points: text or files in, analyses out. Loading is the
 * only I/O; each article then goes through the pure pipeline.
 */
import { createRequire } from 'node:module';
import { discover, loadFile, loadStdin, type LoadItem, type LoadOptions } from './load/index.js';
import { parseArticles } from './load/formats.js';
import { analyzeInPieces } from './pieces.js';
import type { Article, DocumentResult, Format, InputError, Report } from './types.js';

export type AnalyzeOptions = LoadOptions;

/** `article` is the text as analysed, for reporters that show it (the HTML report); the JSON output carries only `document`. */
export type ResultItem = { document: DocumentResult; article: Article } | { error: InputError };

export const VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

/** Analyse one text held in memory (plain text unless `format` says otherwise). */
export function analyzeText(text: string, options: { path?: string; format?: Format; title?: string | null } = {}): DocumentResult {
  const path = options.path ?? '-';
  const format = options.format ?? 'txt';
  const parsed = format === 'txt' ? null : parseArticles(path, format, text)[0]?.article;
  const article: Article = parsed ?? { path, format: 'txt', text, title: options.title ?? null, meta: {} };
  if (options.title !== undefined) article.title = options.title;
  return analyzeInPieces(article);
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
 * (sorted paths, records in file order) as soon as it is ready.
 */
export async function* analyzeInputs(paths: string[], options: AnalyzeOptions = {}): AsyncGenerator<ResultItem> {
  const { files, errors, stdin } = await discover(paths);
  for (const error of errors) yield { error };
  const sources: (() => Promise<LoadItem[]>)[] = files.map((f) => () => loadFile(f, options));
  if (stdin) sources.push(() => loadStdin(options));
  for (const load of sources) {
    for (const item of await load()) {
      yield 'article' in item ? analyzeSafely(item.article) : item;
    }
  }
}

/** Analyse files, folders, globs or "-" into one report (the `--format json` contract). */
export async function analyzeFiles(paths: string[], options: AnalyzeOptions = {}): Promise<Report> {
  const documents: DocumentResult[] = [];
  const errors: InputError[] = [];
  for await (const item of analyzeInputs(paths, options)) {
    if ('document' in item) documents.push(item.document);
    else errors.push(item.error);
  }
  return buildReport(documents, errors);
}

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
