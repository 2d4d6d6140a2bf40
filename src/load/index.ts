/**
 * Loading: from the paths the user gave to articles, in a stable order.
 * Files, directories (recursive), globs and "-" for stdin. Every input ends up
 * as an article or as an error naming the path and the problem.
 */
import { readFile, stat } from 'node:fs/promises';
import fg from 'fast-glob';
import type { Article, Format, InputError } from '../types.js';
import { decodeBytes, InputProblem } from './decode.js';
import { EXTENSIONS, formatOf, parseArticles } from './formats.js';

export { InputProblem } from './decode.js';
export { parseArticles, formatOf } from './formats.js';

export interface LoadOptions {
  /** Files larger than this are reported as ETOOLARGE instead of read. */
  maxBytes?: number;
  /** Format of stdin ("-"). */
  stdinFormat?: Format;
  /** Reads stdin; injectable for tests and embedding. */
  readStdin?: () => Promise<Buffer>;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type LoadItem = { article: Article } | { error: InputError };

interface Discovered {
  files: string[];
  errors: InputError[];
  stdin: boolean;
}

const DIRECTORY_GLOB = `**/*.{${Object.keys(EXTENSIONS).join(',')}}`;
const IGNORE = ['**/node_modules/**', '**/.*/**'];

/** Expand the user's paths to a sorted, de-duplicated list of files. */
export async function discover(paths: string[]): Promise<Discovered> {
  const files = new Set<string>();
  const errors: InputError[] = [];
  let stdin = false;
  for (const p of paths) {
    if (p === '-') { stdin = true; continue; }
    let info;
    try {
      info = await stat(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
      if (fg.isDynamicPattern(p)) {
        const matches = await fg(p, { onlyFiles: true, dot: false, ignore: IGNORE, followSymbolicLinks: false, suppressErrors: true });
        if (matches.length === 0) errors.push({ path: p, code: 'ENOMATCH', message: 'no files match this pattern' });
        for (const m of matches) files.add(m);
        continue;
      }
      errors.push({ path: p, code, message: code === 'ENOENT' ? 'no such file or directory' : describe(e) });
      continue;
    }
    if (info.isDirectory()) {
      const base = fg.convertPathToPattern(p.replace(/[\\/]+$/, '') || '.');
      const found = await fg(`${base}/${DIRECTORY_GLOB}`, { onlyFiles: true, dot: false, ignore: IGNORE, followSymbolicLinks: false, suppressErrors: true, caseSensitiveMatch: false });
      for (const f of found) files.add(f);
    } else {
      files.add(p);
    }
  }
  return { files: [...files].sort(), errors, stdin };
}

/** Read and parse one file into its articles (several for .jsonl and JSON arrays). */
export async function loadFile(path: string, options: LoadOptions = {}): Promise<LoadItem[]> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return [{ error: { path, code: 'EISDIR', message: 'is a directory' } }];
    if (info.size > maxBytes) return [{ error: { path, code: 'ETOOLARGE', message: `file is ${info.size} bytes, over the limit of ${maxBytes} (--max-bytes)` } }];
    const bytes = await readFile(path);
    return toItems(path, formatOf(path), bytes);
  } catch (e) {
    return [{ error: errorOf(path, e) }];
  }
}

export async function loadStdin(options: LoadOptions = {}): Promise<LoadItem[]> {
  try {
    const bytes = await (options.readStdin ?? readAllStdin)();
    return toItems('-', options.stdinFormat ?? 'txt', bytes);
  } catch (e) {
    return [{ error: errorOf('-', e) }];
  }
}

function toItems(path: string, format: Format, bytes: Uint8Array): LoadItem[] {
  const text = decodeBytes(bytes);
  return parseArticles(path, format, text).map((r) => (r.article ? { article: r.article } : { error: r.error! }));
}

async function readAllStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function errorOf(path: string, e: unknown): InputError {
  if (e instanceof InputProblem) return { path, code: e.code, message: e.message };
  const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
  return { path, code, message: describe(e) };
}

function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'too many symbolic links (a symlink loop?)';
    default: return (e as Error).message?.replace(/^[A-Z]+: /, '') ?? String(e);
  }
}
