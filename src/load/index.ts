/**
 * Loading: from the paths the user gave to articles, in a stable order.
 * Files, directories (recursive), globs and "-" for stdin. Every input ends up
 * as an article or as an error naming the path and the problem: nothing found
 * under a folder is dropped silently (broken links, FIFOs, unreadable
 * sub-folders are reported), and no input can block or exhaust the reader.
 */
import type { Dirent } from 'node:fs';
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article, Format, InputError, InputWarning } from '../types.js';
import { decodeText, InputProblem, WINDOWS_1252_LABELS, WINDOWS_1252_WARNING } from './decode.js';
import { declaredCharset, EXTENSIONS, formatOf, jsonlRecords, parseArticles, RecordNames, type ParsedRecord } from './formats.js';
import { jsonlFileItems } from './jsonl-file.js';
import { lineItems } from './jsonl-stream.js';
import { printableLine } from '../report/content-text.js';

export { InputProblem } from './decode.js';
export { parseArticles, formatOf } from './formats.js';

export interface LoadOptions {
  /** Files (and stdin) larger than this are reported as ETOOLARGE instead of read; for JSONL (a .jsonl file, or stdin streamed), each line. */
  maxBytes?: number;
  /** Format of stdin ("-"). */
  stdinFormat?: Format;
  /** Reads stdin; injectable for tests and embedding. */
  readStdin?: () => Promise<Buffer>;
  /**
   * Files never read as inputs, however a folder or glob reaches them: the
   * CLI's output file (`-o`, or the file stdout is redirected to), which would
   * otherwise be read back as an article, half written or from the last run.
   * A path (the file it names, if any, when the files are looked for), or a
   * file's identity (device and inode, from fstat).
   */
  exclude?: Array<string | FileIdentity>;
}

export interface FileIdentity {
  dev: number;
  ino: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type LoadItem = { article: Article } | { error: InputError };

interface Discovered {
  files: string[];
  errors: InputError[];
  stdin: boolean;
}


/**
 * Expand the user's paths to a sorted, de-duplicated list of files. A file is
 * listed once however it is reached and spelt (`a.txt`, `./a.txt`,
 * `/abs/a.txt`, a folder or a glob around it): the same path once resolved
 * against the working directory is the same file, listed under the first
 * spelling met, as ESLint does. A path given twice is looked at once, so a
 * missing one is reported once too. (Symbolic links are other names: not followed here.)
 */
export async function discover(paths: string[], exclude: ReadonlyArray<string | FileIdentity> = []): Promise<Discovered> {
  const files = new Files(exclude);
  const errors: InputError[] = [];
  const given = new Set<string>(); // the paths looked at, resolved
  const failed = new Set<string>(); // the paths that could not be (missing, a file used as a folder …) or are patterns, resolved
  let stdin = false;
  for (const p of paths) {
    if (p === '-') { stdin = true; continue; }
    // Not the working directory, as path.resolve('') would have it, nor a pattern for fast-glob, which throws.
    if (p === '') {
      if (!errors.some((e) => e.path === '')) errors.push({ path: '', code: 'ENOENT', message: 'empty path (an unset variable?)' });
      continue;
    }
    // Paths that resolve alike are one input, but only among paths that can be looked at, or among paths that
    // cannot: `a.txt/` (a file used as a folder) and `nosuch/../a.txt` resolve as `a.txt` does, yet fail where
    // `a.txt` is read, and must not stand for it (the file would be in neither the documents nor the errors).
    const key = path.resolve(p);
    let info;
    try {
      info = await stat(p);
    } catch (e) {
      if (failed.has(key)) continue;
      failed.add(key);
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' && (await fastGlob()).isDynamicPattern(p)) {
        // Everything the pattern matches but folders; links, FIFOs and the like are reported when read.
        const found = await globFiles(p);
        if (found.length === 0) errors.push({ path: p, code: 'ENOMATCH', message: 'no files match this pattern' });
        for (const m of found) files.add(m);
        continue;
      }
      errors.push(explain(p, e));
      continue;
    }
    if (given.has(key)) continue;
    given.add(key);
    if (info.isDirectory()) {
      // A folder with no article in it is reported as a glob that matches nothing is, rather than dropped silently.
      const before = errors.length;
      if ((await walk(p, files, errors)) === 0 && errors.length === before) errors.push({ path: p, code: 'ENOMATCH', message: 'no .txt, .md, .html, .json or .jsonl files in this folder' });
    } else files.add(p);
  }
  return { files: files.sorted(), errors, stdin };
}

/** The files found, each once by its resolved path, under the first spelling met. */
class Files {
  private readonly byPath = new Map<string, string>();
  /**
   * Files never listed (LoadOptions.exclude), by identity: a path can reach the same file through a linked
   * folder, a hard link or another case on a case-insensitive disk. (Each file found is looked at only when there are any.)
   */
  private readonly excluded: FileIdentity[];

  constructor(exclude: ReadonlyArray<string | FileIdentity>) {
    this.excluded = exclude.flatMap((file) => (typeof file === 'string' ? (fileIdentity(file) ?? []) : [file]));
  }

  add(file: string): void {
    if (this.excluded.length > 0) {
      const identity = fileIdentity(file);
      if (this.excluded.some((e) => sameIdentity(e, identity))) return;
    }
    const key = path.resolve(file);
    if (!this.byPath.has(key)) this.byPath.set(key, file);
  }

  sorted(): string[] {
    return [...this.byPath.values()].sort();
  }
}

/** The device and inode of the regular file at `file` (links followed), or undefined when there is none. */
export function fileIdentity(file: string): FileIdentity | undefined {
  try {
    const info = statSync(file, { throwIfNoEntry: false });
    return info?.isFile() ? { dev: info.dev, ino: info.ino } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether two identities are known and name the same file. */
export function sameIdentity(a: FileIdentity | undefined, b: FileIdentity | undefined): boolean {
  return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

// What a glob matches, skipping dot-folders and node_modules as a folder's walk does, but only where the
// pattern's wildcards reach them: not in the part written out (`.drafts/*.md`, `/home/me/.notes/**/*.md`,
// `node_modules/pkg/*.md`), which names them as a folder given as a path does. (The ignore pattern
// `**/.*/**` matched the written-out part too, so such a glob found nothing.) `dot: false` keeps wildcards
// from matching dot-names; node_modules is ignored below each brace expansion's base.
//
// Folders matched are left out, and so are symbolic links to folders (a folder's walk follows none; read, one
// was an EISDIR error that failed the run): other links are kept, to be read or reported as they are.
async function globFiles(pattern: string): Promise<string[]> {
  const fg = await fastGlob();
  const found = new Set<string>();
  for (const task of fg.generateTasks([pattern])) {
    const base = task.base === '.' ? '' : `${fg.escapePath(task.base).replace(/\/$/, '')}/`;
    const matches = await fg(task.patterns, { onlyFiles: false, objectMode: true, dot: false, ignore: [`${base}**/node_modules/**`], followSymbolicLinks: false, suppressErrors: true });
    for (const { path: match, dirent } of matches) {
      if (dirent.isDirectory() || (dirent.isSymbolicLink() && linksToFolder(match))) continue;
      found.add(match);
    }
  }
  return [...found];
}

/** Whether a symbolic link leads to a folder (a broken link or a loop does not: it is reported when read). */
function linksToFolder(link: string): boolean {
  try {
    return statSync(link).isDirectory();
  } catch {
    return false;
  }
}

/** fast-glob, loaded only for a path that does not exist (a pattern, or a mistake): it is a fifth of attrib's start-up time. */
async function fastGlob(): Promise<typeof import('fast-glob')> {
  return (await import('fast-glob')).default;
}

/**
 * The files under a folder with a known extension, recursively, and how many
 * there are; node_modules, npm's files (NPM_FILES) and dot-entries skipped, symbolic links to folders
 * not followed (no loops).
 * Symbolic links, FIFOs and sockets with a known extension are kept, so that
 * reading them reports what they are.
 */
async function walk(dir: string, files: Files, errors: InputError[]): Promise<number> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    const error = errorOf(dir, e);
    errors.push({ ...error, message: `cannot read folder: ${error.message}` });
    return 0;
  }
  let found = 0; // files with a known extension, listed already or not
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') found += await walk(full, files, errors);
    } else if (hasKnownExtension(entry.name) && !NPM_FILES.has(entry.name)) {
      files.add(full);
      found++;
    }
  }
  return found;
}

/**
 * npm's files, skipped in a folder as node_modules is: a newsroom repository that installs attrib has them at its
 * root, and `attrib check .` failed on them (package.json is not an article, but attrib's configuration).
 */
const NPM_FILES = new Set(['package.json', 'package-lock.json', 'npm-shrinkwrap.json']);

function hasKnownExtension(name: string): boolean {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext !== undefined && ext in EXTENSIONS;
}

/**
 * Read and parse one file into its articles (several for .jsonl and JSON
 * arrays), given as they are read: a .jsonl file a line at a time, in the
 * memory of one line however long the file is (jsonl-file.ts), any other file
 * whole. Synchronously: reading a local file takes microseconds, while the
 * five asynchronous calls it took (stat, open, fstat, read, close) cost the
 * calling thread ~0.15 ms of promise and thread-pool bookkeeping per file,
 * about 5% of a run over a folder of news articles.
 */
export function* loadFile(file: string, options: LoadOptions = {}): Generator<LoadItem, void, undefined> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const format = formatOf(file);
  let fd: number | undefined;
  try {
    // --max-bytes bounds each line of a .jsonl file (a corpus), the whole of any other.
    const kind = checkReadable(file, format === 'jsonl' ? Infinity : maxBytes);
    if (kind) {
      yield { error: { path: file, ...kind } };
      return;
    }
    // O_NONBLOCK: should the path have become a FIFO since the check, opening it must not wait for a writer.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = fstatSync(fd);
    if (!info.isFile()) {
      yield { error: { path: file, code: 'ENOTFILE', message: 'not a regular file: not read' } };
      return;
    }
    if (format === 'jsonl') {
      yield* jsonlFileItems(file, fd, maxBytes);
      return;
    }
    const bytes = readAtMost(fd, info.size, maxBytes);
    if (!bytes) {
      yield { error: { path: file, ...tooLarge(`more than ${maxBytes} bytes`, maxBytes) } };
      return;
    }
    yield* toItems(file, format, bytes, (text) => parseArticles(file, format, text));
  } catch (e) {
    // A read that fails halfway through a .jsonl file: the records given so far stand, the rest is this error.
    yield { error: explain(file, e) };
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // nothing was written, so nothing is lost
  }
}

/** Why a path cannot be read as an article (a folder, a FIFO, too large), or null when it can. */
function checkReadable(file: string, maxBytes: number): { code: string; message: string } | null {
  const info = statSync(file);
  if (info.isDirectory()) return { code: 'EISDIR', message: 'is a directory' };
  if (!info.isFile()) {
    const kind = info.isFIFO() ? 'a named pipe (FIFO)' : info.isSocket() ? 'a socket' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : 'a special file';
    return { code: 'ENOTFILE', message: `${kind}, not a regular file: not read` };
  }
  if (info.size > maxBytes) return tooLarge(`${info.size} bytes`, maxBytes);
  return null;
}

function tooLarge(size: string, maxBytes: number): { code: string; message: string } {
  return { code: 'ETOOLARGE', message: `file is ${size}, over the limit of ${maxBytes} (--max-bytes)` };
}

/** The file's bytes, or null when it holds more than `limit` (it may have grown since it was measured). */
function readAtMost(fd: number, expected: number, limit: number): Buffer | null {
  // One byte more than the limit allows, to notice a file that is over it.
  let buffer = Buffer.allocUnsafe(Math.min(expected, limit) + 1);
  let filled = 0;
  for (;;) {
    const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, null);
    if (bytesRead === 0) return buffer.subarray(0, filled);
    filled += bytesRead;
    if (filled > limit) return null;
    if (filled === buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
      buffer.copy(bigger, 0, 0, filled);
      buffer = bigger;
    }
  }
}

export async function loadStdin(options: LoadOptions = {}): Promise<LoadItem[]> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const bytes = await (options.readStdin ?? (() => readAllStdin(maxBytes)))();
    if (bytes.length > maxBytes) return [{ error: { path: '-', code: 'ETOOLARGE', message: `stdin holds more than ${maxBytes} bytes, over the limit (--max-bytes)` } }];
    const format = options.stdinFormat ?? 'txt';
    // JSONL on stdin is read as when it is streamed: without records it gives nothing, rather than EEMPTY.
    const items = toItems('-', format, bytes, (text) => (format === 'jsonl' ? jsonlRecords('-', text) : parseArticles('-', format, text)));
    // JSONL piped without --stdin-format is read as one plain-text article; say so rather than find nothing.
    const only = items.length === 1 ? items[0] : undefined;
    if (only && 'article' in only && only.article.format === 'txt' && looksLikeJsonl(only.article.text)) {
      withWarning(only.article, '-', 'stdin looks like JSONL (a JSON object per line) but is read as plain text; add --stdin-format jsonl to read its records');
    }
    // So is an HTML page: its tags, scripts and page furniture would be analysed as prose.
    if (only && 'article' in only && only.article.format === 'txt' && looksLikeHtml(only.article.text)) {
      withWarning(only.article, '-', 'stdin looks like HTML but is read as plain text, tags and all; add --stdin-format html to read the article in it');
    }
    return items;
  } catch (e) {
    return [{ error: errorOf('-', e) }];
  }
}

/**
 * Does the text open as an HTML page or fragment: a doctype, or a tag that starts a page or an article
 * (`<html>`, `<body>`, `<article>`, `<p>`, `<div>` …)? Prose that mentions a tag later does not.
 */
function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype\s+html|<!--|<(?:html|head|body|meta|title|article|main|section|header|div|p|h[1-6]|ul|ol|table|blockquote|figure)(?=[\s>/]))/i.test(text.slice(0, 1000));
}

/** Does the text open with a line that is a JSON object with a "text" string? */
function looksLikeJsonl(text: string): boolean {
  const first = text.trimStart().split('\n', 1)[0]!.trim();
  if (!first.startsWith('{')) return false;
  try {
    return typeof (JSON.parse(first) as { text?: unknown }).text === 'string';
  } catch {
    return false;
  }
}

/**
 * The bytes of `file` decoded and parsed into articles (and errors), each article with the decoder's warning
 * (none for a page read as Windows-1252 that declares it).
 * JSONL on stdin (`jsonl`) that is not valid UTF-8 is decoded line by line instead, as a stream of the same
 * lines (or a .jsonl file) is: a Windows-1252 record among UTF-8 ones keeps its characters, where the whole
 * read as UTF-8 with stray bytes would turn them into U+FFFD.
 */
function toItems(file: string, format: Format, bytes: Uint8Array, parse: (text: string) => ParsedRecord[]): LoadItem[] {
  const decoded = decodeText(bytes);
  if (format === 'jsonl' && decoded.warning !== undefined) return jsonlLineByLine(file, bytes);
  // A page that declares Windows-1252 (<meta charset="windows-1252">) was read as it says: nothing to warn of.
  const declared = format === 'html' && decoded.warning === WINDOWS_1252_WARNING && WINDOWS_1252_LABELS.has(declaredCharset(decoded.text) ?? '');
  const warning = declared ? undefined : decoded.warning;
  return parse(decoded.text).map((r) => (r.article ? { article: withWarning(r.article, file, warning) } : { error: r.error! }));
}

/** The records of JSONL bytes, each line (up to "\n") decoded on its own (lineItems). */
function jsonlLineByLine(file: string, bytes: Uint8Array): LoadItem[] {
  const items: LoadItem[] = [];
  const names = new RecordNames('line');
  const at = { line: 0 };
  let from = 0;
  while (from < bytes.length) {
    const end = bytes.indexOf(0x0a, from);
    const to = end === -1 ? bytes.length : end;
    items.push(...lineItems(file, bytes.subarray(from, to), at, names));
    from = to + 1;
  }
  return items;
}

/** The article's warnings not in `seen` (then added to it): a file's warning is reported once, not once per record. */
export function newWarnings(article: Article, seen: Set<string>): InputWarning[] {
  return (article.warnings ?? []).filter((w) => {
    const key = `${w.path}\0${w.message}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/**
 * A warning as a line for stderr, in the shape of the error lines (`attrib: file: message (CODE)`). Paths and
 * messages carry what the input holds (a JSONL id, the start of a line that is not JSON): shown on one line with
 * no escape sequences (printableLine), as the table and check's text output show an article's text.
 */
export function warningLine(w: InputWarning): string {
  return `attrib: ${printableLine(`${w.path}: ${w.message}`)} (warning)\n`;
}

/** An input that could not be read or analysed, as a line for stderr: `attrib: file: message (CODE)`, as `warningLine`. */
export function errorLine(e: InputError): string {
  return `attrib: ${printableLine(`${e.path}: ${e.message}`)} (${e.code})\n`;
}

/**
 * Whether a run found nothing to read: no document, stdin not among the inputs, and every error a path
 * that matched nothing (an empty folder, a glob matching nothing). That is no input at all (exit 2), told
 * in one line by `noInputLine`, not as an input that failed.
 */
export function foundNoInput(documents: number, stdin: boolean, errors: readonly InputError[]): boolean {
  return documents === 0 && !stdin && errors.every((e) => e.code === 'ENOMATCH');
}

/**
 * Whether a run that found no input still writes its report: only the formats whose contract carries the failed
 * inputs for a program to read (JSON's `errors`, SARIF's notifications, GitHub's annotations). The others (table
 * and text, CSV, HTML, JSONL) write nothing, not a header or an empty page, so an `-o` file from an earlier run is
 * left as it was, as after any other usage error; the stderr line says why.
 */
export function reportsNoInput(format: string): boolean {
  return format === 'json' || format === 'sarif' || format === 'github';
}

/**
 * The one line that says a run found no input, naming each path that matched nothing:
 * `attrib: no input found: news/: no .txt, .md, .html, .json or .jsonl files in this folder (ENOMATCH)`.
 */
export function noInputLine(errors: readonly InputError[]): string {
  if (errors.length === 0) return 'attrib: no input found (no .txt, .md, .html, .json or .jsonl files under the given paths)\n';
  return `attrib: no input found: ${errors.map((e) => printableLine(`${e.path}: ${e.message} (${e.code})`)).join('; ')}\n`;
}

/** The article, carrying the decoder's warning about its file if there is one. */
export function withWarning(article: Article, file: string, warning: string | undefined): Article {
  if (warning !== undefined) article.warnings = [{ path: file, message: warning }, ...(article.warnings ?? [])];
  return article;
}

/** Stdin up to one byte over `limit` (enough to report it as too large; `cat /dev/zero |` must not fill memory). */
export async function readAllStdin(limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).length;
    if (total > limit) break;
  }
  return Buffer.concat(chunks);
}

/** `errorOf`, telling a broken symbolic link from a missing file. */
function explain(file: string, e: unknown): InputError {
  const error = errorOf(file, e);
  if (error.code === 'ENOENT' && lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) {
    error.message = 'broken symbolic link: its target does not exist';
  }
  return error;
}

function errorOf(file: string, e: unknown): InputError {
  if (e instanceof InputProblem) return { path: file, code: e.code, message: e.message };
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  // An exception without a system error code is a bug in the loader, not a problem of the file.
  if (code === undefined) return { path: file, code: 'EINTERNAL', message: `internal error while reading: ${(e as Error)?.message ?? String(e)}` };
  // A name that is not valid UTF-8 reaches us with U+FFFD in it, and no file has that name: say why.
  const unreadableName = code === 'ENOENT' && file.includes('\uFFFD') ? ' (the file name is not valid UTF-8, so it cannot be opened by name; rename the file)' : '';
  return { path: file, code, message: describeSystemError(e as NodeJS.ErrnoException) + unreadableName };
}

/** "cannot write out.json: no such file or directory (ENOENT)": the same words for analyze's and check's -o. */
export function cannotWriteMessage(file: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return `cannot write ${file}: ${code === undefined ? (e as Error)?.message ?? String(e) : `${describeSystemError(e as NodeJS.ErrnoException)} (${code})`}`;
}

/** A system error in words ("no such file or directory"), for an input that cannot be read or an output that cannot be written. */
export function describeSystemError(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'not a directory: a file was used as a folder in the path';
    case 'ELOOP': return 'too many symbolic links (a symlink loop?)';
    case 'ENXIO': return 'not a regular file (a socket or device): not read';
    case 'ENAMETOOLONG': return 'file name too long';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    case 'ENOSPC': return 'no space left on device';
    case 'EROFS': return 'read-only file system';
    default: return e.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
  }
}
