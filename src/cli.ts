/**
 * The command line: parses options, calls the library, picks a reporter and
 * returns the exit code. `main` takes its I/O as arguments so tests can run it
 * in-process exactly as the bin does.
 *
 * `check`, `eval` and the table and HTML reporters are imported when used, so
 * that `attrib analyze article.txt --format json` does not load them: start-up
 * is most of the time of a one-article run.
 */
import { closeSync, constants, fstatSync, ftruncateSync, openSync, realpathSync, rmSync, statSync, writeSync } from 'node:fs';
import { Chalk, supportsColor, type ChalkInstance } from 'chalk';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { analyzeInputs, analyzeText, buildReport, VERSION, withoutTextReferences, type ExpandedInputs } from './analyze.js';
import { anyHoldsManyArticles, FORMATS } from './load/formats.js';
import type { CheckOptions } from './check/index.js';
import { corpusSpeakers } from './corpus.js';
import { CHECK_FORMATS } from './check/types.js';
import type { GoldDocument } from './eval/index.js';
import { cannotWriteMessage, DEFAULT_MAX_BYTES, describeSystemError, errorLine, fileIdentity, foundNoInput, newWarnings, noInputLine, readAllStdin, reportsNoInput, sameIdentity, warningLine, type FileIdentity } from './load/index.js';
import { printableLine } from './report/content-text.js';
import { formatJson } from './report/json.js';
import { writeJsonlLine } from './report/jsonl.js';
import { AUTO_PARALLEL_BYTES } from './parallel.js';
import { progressReporter } from './report/progress.js';
import type { DocumentResult, Format, InputError } from './types.js';

export interface CliIO {
  /** Text, or bytes of UTF-8 (a worker thread's JSON, written as it came). */
  stdout: { write(s: string | Uint8Array): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  /** Whether stdin is a terminal (then `attrib analyze` without paths has no input). */
  stdinIsTTY: boolean;
  /** The regular file stdout is redirected to (`attrib analyze archive/ > archive/out.jsonl`), never read as an input. */
  stdoutFile?: FileIdentity;
  readStdin?: () => Promise<Buffer>;
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** After `attrib --help`'s commands: the common runs, each as it works when copied (tested, as the README's are). */
const ROOT_EXAMPLES = `
Examples:
  # every article in a folder: its attributions and speakers, as tables
  attrib analyze news/
  # the same as one JSON report, for other tools
  attrib analyze news/ -f json -o attributions.json
  # a filter: JSONL articles in, a JSON document per line out
  attrib analyze --stdin-format jsonl < corpus.jsonl > attributions.jsonl
  # in CI: exit 1 on any error, or on more than 5 warnings
  attrib check news/ --max-warnings 5
  # score attrib on your own annotated articles (README: "Your own gold file")
  attrib eval --gold gold.jsonl

Run attrib <command> --help for each command's options.
`;

class UsageError extends Error {}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('attrib')
    .description('Who is quoted, saying what, and how does the article attribute it?')
    .version(VERSION, '-V, --version')
    .option('--no-color', 'disable colour (also: NO_COLOR=1); FORCE_COLOR=1 forces it')
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    // Usage errors start "attrib:", as every other message on stderr does (commander writes "error:").
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: (s, write) => write(s.replace(/^error: /, 'attrib: ')) })
    .addHelpText('after', ROOT_EXAMPLES);

  program
    .command('analyze')
    .description('find attributions (direct, indirect and mixed quotes) and resolve their speakers')
    .argument('[paths...]', 'files, folders, globs, or - for stdin (.txt .md .html .json .jsonl, also .text .markdown .htm .ndjson)')
    .addOption(new Option('-f, --format <format>', 'output format (default: table; jsonl when stdin is JSONL; csv: a row per attribution)').choices(['table', 'json', 'jsonl', 'csv', 'html']))
    .option('-o, --output <file>', 'write the output to this file instead of stdout (- for stdout; also --output-file, as in check)')
    .addOption(new Option('--output-file <file>').hideHelp()) // the name `check` uses, named in --output's help
    .addOption(new Option('--stdin-format <format>', 'format of stdin (jsonl: read and analysed line by line, as a filter)').choices(FORMATS).default('txt'))
    .addOption(maxBytesOption())
    .addOption(jobsOption())
    .action(async (paths: string[], opts: { format?: string; output?: string; outputFile?: string; stdinFormat: Format; maxBytes: number; jobs: number | 'auto' }, command: Command) => {
      const readsStdin = warnUnreadStdin(paths, opts.stdinFormat, command, io);
      // JSONL in, JSONL out: a filter for GNU parallel, Hadoop Streaming or Spark's RDD.pipe(). Only when stdin is
      // read: `--stdin-format jsonl story.txt` reads no JSONL, and its output stays the table.
      const format = opts.format ?? (opts.stdinFormat === 'jsonl' && readsStdin ? 'jsonl' : 'table');
      const output = outputFileOf(opts.output ?? opts.outputFile);
      refuseEmpty({ '-o': output });
      refuseOutputAsInput(paths, output, io.stdoutFile);
      const input = await inputsOf(paths, io, opts.stdinFormat, opts.maxBytes);
      // A table written to an -o file has no colour, whatever FORCE_COLOR says, as check's --output-file has none.
      const color = output === undefined && program.opts<{ color: boolean }>().color;
      exitCode = await withOutputFile(output, input.io, (out) => runAnalyze(input.paths, { ...opts, format, output, exclude: output === undefined ? (io.stdoutFile ? [io.stdoutFile] : []) : [output] }, color, out));
    });

  program
    .command('check')
    .description('apply editorial attribution rules for CI: exit 1 on errors, or on more warnings than --max-warnings')
    .argument('[paths...]', 'files, folders, globs, or - for stdin (.txt .md .html .json .jsonl, also .text .markdown .htm .ndjson)')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...CHECK_FORMATS]).default('text'))
    .option('-c, --config <file>', 'configuration file (default: .attribrc.json, or "attrib" in package.json, from here upwards)')
    .option('--max-warnings <n>', 'fail when there are more warnings than this', nonNegativeInt)
    .option('--quiet', 'report errors only (warnings still count for --max-warnings)', false)
    .option('-o, --output-file <file>', 'write the report to this file instead of stdout (- for stdout; same exit code; also --output, as in analyze)')
    .addOption(new Option('--output <file>').hideHelp()) // the name `analyze` uses, named in --output-file's help
    .addOption(new Option('--stdin-format <format>', 'format of stdin').choices(FORMATS).default('txt'))
    .addOption(maxBytesOption())
    .addOption(jobsOption())
    .action(async (paths: string[], { output, ...opts }: Omit<CheckOptions, 'chalk'> & { output?: string }, command: Command) => {
      warnUnreadStdin(paths, opts.stdinFormat, command, io);
      const { runCheck } = await import('./check/index.js');
      const outputFile = outputFileOf(opts.outputFile ?? output);
      refuseEmpty({ '-o': outputFile, '--config': opts.config });
      refuseOutputAsInput(paths, outputFile, io.stdoutFile);
      const input = await inputsOf(paths, io, opts.stdinFormat, opts.maxBytes);
      exitCode = await withOutputFile(outputFile, input.io, (out) => runCheck(input.paths, { ...opts, outputFile, chalk: chalkFor(io, program.opts<{ color: boolean }>().color) }, out));
    });

  program
    .command('eval')
    .description('score the pipeline against human-annotated gold attributions')
    .requiredOption('--gold <files...>', 'gold files (.jsonl or .json; format: README, "Your own gold file")')
    .addOption(new Option('-f, --format <format>', 'output format (markdown: the tables as in the README)').choices(['table', 'json', 'markdown']).default('table'))
    .option('--errors <n>', 'also print the N worst misses and false positives, and N found with the wrong source or cue', nonNegativeInt, 0)
    .action(async (opts: { gold: string[]; format: string; errors: number }) => {
      if (opts.gold.includes('')) refuseEmpty({ '--gold': '' });
      exitCode = await runEval(opts, program.opts<{ color: boolean }>().color, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end with code 0; every other parse problem is a usage error.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof UsageError) {
      io.stderr.write(`attrib: ${e.message}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`attrib: ${oneLine(e)}\n`);
    return EXIT.failed;
  }
  return exitCode;
}

// ---------------------------------------------------------------- analyze

/**
 * The inputs of a run: the paths given, or else stdin when it is piped. An
 * empty pipe (`true | attrib check`) is no input at all, not an empty article.
 * A JSONL stream is not read here: it is left to stream, and an empty one is
 * a piece of a corpus with no records (a filter's empty shard), not a mistake.
 */
async function inputsOf(paths: string[], io: CliIO, stdinFormat: Format, maxBytes: number): Promise<{ paths: string[]; io: CliIO }> {
  if (paths.length > 0) return { paths, io };
  const noInput = 'no input: give files, folders or globs, or pipe an article to stdin (see --help)';
  if (io.stdinIsTTY) throw new UsageError(noInput);
  if (stdinFormat === 'jsonl') return { paths: ['-'], io };
  const bytes = await (io.readStdin ?? (() => readAllStdin(maxBytes)))();
  if (bytes.length === 0) throw new UsageError(noInput.replace('no input', 'no input (stdin is empty)'));
  return { paths: ['-'], io: { ...io, readStdin: async () => bytes } };
}

/**
 * Whether the run reads stdin: with no paths (piped), or with `-` among them. A `--stdin-format` given when it does
 * not (`attrib analyze --stdin-format jsonl story.txt`) has no effect, and a warning on stderr says so rather than
 * leave the user thinking it was applied.
 */
function warnUnreadStdin(paths: string[], stdinFormat: Format, command: Command, io: CliIO): boolean {
  const readsStdin = paths.length === 0 || paths.includes('-');
  if (!readsStdin && command.getOptionValueSource('stdinFormat') === 'cli') {
    io.stderr.write(`attrib: --stdin-format ${stdinFormat} has no effect: stdin is read only when no paths are given or one of them is - (warning)\n`);
  }
  return readsStdin;
}

/** The -o file; `-o -` is stdout, as `-` among the paths is stdin (it wrote a file named "-"). */
function outputFileOf(option: string | undefined): string | undefined {
  return option === '-' ? undefined : option;
}

/** A file option given as an empty string (`-o "$OUT"` with OUT unset) names no file: a usage error that says so. */
function refuseEmpty(files: Record<string, string | undefined>): void {
  for (const [option, file] of Object.entries(files)) if (file === '') throw new UsageError(`${option}: empty file name (an unset variable?)`);
}

/**
 * An input named on the command line that is also the output file (`attrib
 * analyze corpus.jsonl -o corpus.jsonl`) would be overwritten, truncated
 * before it is read: a usage error, before anything is opened. (Reached
 * through a folder or glob, the output file is only left out of the inputs:
 * LoadOptions.exclude.)
 */
function refuseOutputAsInput(paths: string[], output: string | undefined, stdoutFile: FileIdentity | undefined): void {
  // With no -o, stdout redirected to an input (`attrib analyze story.txt >> story.txt`; `>` has emptied it already).
  const outputFile = output === undefined ? stdoutFile : fileIdentity(output);
  const input = outputFile && paths.find((p) => p !== '-' && sameIdentity(fileIdentity(p), outputFile));
  if (input === undefined) return;
  throw new UsageError(output === undefined
    ? `${input} is both an input and the file stdout is written to; redirect the output to another file`
    : `${input} is both an input and the output file (-o ${output}): it would be overwritten; write the output to another file`);
}

async function runAnalyze(inputs: string[], opts: { format: string; output?: string; stdinFormat: Format; maxBytes: number; jobs: number | 'auto'; exclude: Array<string | FileIdentity> }, color: boolean, io: CliIO): Promise<number> {
  const documents: DocumentResult[] = [];
  const errors: InputError[] = [];
  const texts: string[] = []; // the articles' texts, for the HTML report only
  let analysed = 0; // documents: jsonl streams them instead of collecting them
  // JSONL or CSV lines written to the terminal as they come would run into the progress line (`analysed 2 documents…{"path":…`): no progress then.
  const streamed = opts.format === 'jsonl' || opts.format === 'csv';
  const progress = streamed && io.stdout.isTTY ? () => {} : progressReporter(io.stderr, io.env);
  /** How many documents the run holds, when every input is one article (JSON and JSONL files hold a number unknown until read). */
  let total: number | null = null;
  /** No file found and no stdin: every item is a path that found nothing, told at the end in one line when none was readable either. */
  let nothingToRead = false;
  const onInputs = ({ files, stdin, errors: unlisted }: ExpandedInputs): void => {
    const oneEach = !anyHoldsManyArticles(files, stdin ? opts.stdinFormat : null);
    total = oneEach ? unlisted + files.length + (stdin ? 1 : 0) : null;
    nothingToRead = files.length === 0 && !stdin;
  };
  const csv = opts.format === 'csv' ? await import('./report/csv.js') : null;
  // Written with the first rows, or at the end when there were none: a run that finds no input writes nothing.
  let pendingCsvHeader = csv?.csvHeader() ?? '';
  const warned = new Set<string>();
  for await (const item of analyzeInputs(inputs, { maxBytes: opts.maxBytes, stdinFormat: opts.stdinFormat, readStdin: io.readStdin, jobs: opts.jobs, exclude: opts.exclude, onInputs })) {
    if ('document' in item) {
      analysed++;
      // Not in the JSON contract: on stderr whatever the format.
      for (const w of newWarnings(item.article, warned)) io.stderr.write(warningLine(w));
      if (opts.format === 'jsonl') writeJsonlLine((s) => io.stdout.write(s), item);
      else if (csv) {
        io.stdout.write(pendingCsvHeader + csv.csvRows(item.document));
        pendingCsvHeader = '';
      }
      else if (opts.format === 'html') documents.push(item.document);
      else documents.push(withoutTextReferences(item.document)); // the results are kept, the article texts need not be
      if (opts.format === 'html') texts.push(item.article.text);
    } else {
      errors.push(item.error);
      if (opts.format !== 'json' && !nothingToRead) io.stderr.write(errorLine(item.error));
    }
    progress(analysed + errors.length, total);
    // Analysing in the main thread never lets the event loop run, and only there does a closed stdout show
    // (`| head -1`: processIO's EPIPE handler ends the run); without this the whole corpus was analysed for no one.
    if (streamed) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  progress(null, null);
  // Nothing found under the paths, or globs that match nothing: no input at all, said once, naming the paths (the
  // JSON output still lists them in `errors`; a table of 0 documents would only say it again). Stdin was an input,
  // even a JSONL stream without records.
  const noInput = foundNoInput(analysed, inputs.includes('-'), errors);
  if (nothingToRead && !noInput && opts.format !== 'json') for (const e of errors) io.stderr.write(errorLine(e));
  const report = buildReport(documents, errors);
  if (!noInput || reportsNoInput(opts.format)) {
    if (opts.format === 'json') io.stdout.write(formatJson(report));
    else if (opts.format === 'html') io.stdout.write((await import('./report/html.js')).formatHtml(report, texts));
    else if (opts.format === 'csv') io.stdout.write(pendingCsvHeader);
    else if (opts.format === 'table') io.stdout.write((await import('./report/table.js')).formatTable(report, { chalk: chalkFor(io, color), width: io.stdout.columns ?? 120, corpus: corpusSpeakers(report.documents) }));
  }
  if (noInput) {
    io.stderr.write(noInputLine(errors));
    return EXIT.usage;
  }
  // JSON lists the failed inputs in its `errors` only, not on stderr line by line as the other formats do; written
  // to a file or a pipe, only the exit code showed that some failed. One line says how many and where to look.
  if (opts.format === 'json' && errors.length > 0 && !io.stdout.isTTY) {
    const inputs = analysed + errors.length;
    io.stderr.write(`attrib: ${errors.length} of ${inputs} input${inputs === 1 ? '' : 's'} failed (see "errors" in ${opts.output === undefined ? 'the JSON output' : printableLine(opts.output)})\n`);
  }
  return errors.length > 0 ? EXIT.failed : EXIT.ok;
}

// ---------------------------------------------------------------- eval

/** Scores each gold file on its own (a corpus and the seed are different questions), one table or JSON entry each. */
async function runEval(opts: { gold: string[]; format: string; errors: number }, color: boolean, io: CliIO): Promise<number> {
  const { evaluate, formatErrors, formatEvalTable, formatMarkdownErrors, formatMarkdownTable, markdownCodeSpan, readGoldFile, worstErrors } = await import('./eval/index.js');
  const results = [];
  for (const file of opts.gold) {
    let gold: GoldDocument[];
    try {
      gold = await readGoldFile(file, (message) => io.stderr.write(warningLine({ path: file, message })));
    } catch (e) {
      throw new UsageError(`${(e as Error).message}`);
    }
    const { metrics, scores } = await evaluate(gold, (doc) => analyzeText(doc.text, { path: doc.id }));
    results.push({ gold: file, documents: gold.length, metrics, errors: opts.errors > 0 ? worstErrors(scores, opts.errors) : undefined });
  }
  if (opts.format === 'json') {
    io.stdout.write(JSON.stringify(results, null, 2) + '\n');
    return EXIT.ok;
  }
  if (opts.format === 'markdown') {
    // A heading per gold file, so that the whole output is Markdown; --errors N as lists under the table.
    io.stdout.write(results.map((r) => `### ${markdownCodeSpan(r.gold)} (${r.documents} document${r.documents === 1 ? '' : 's'})\n\n${formatMarkdownTable(r.metrics)}\n${r.errors ? `\n${formatMarkdownErrors(r.errors)}\n` : ''}`).join('\n'));
    return EXIT.ok;
  }
  const useColor = chalkFor(io, color).level > 0;
  for (const r of results) {
    io.stdout.write(formatEvalTable(r.metrics, { color: useColor, title: `${r.gold}: ${r.documents} document${r.documents === 1 ? '' : 's'}` }) + '\n');
    if (r.errors) io.stdout.write(formatErrors(r.errors, { color: useColor }) + '\n');
    io.stdout.write('\n');
  }
  return EXIT.ok;
}

// ---------------------------------------------------------------- plumbing

/**
 * Runs a command with its stdout written to `file` (`-o`) as it comes, so that a JSONL corpus is never held
 * in memory. The file is opened first, so that one that cannot be written (a folder, a missing folder, no
 * permission) stops the run before any analysis; but it is emptied only at the first write, or at the end of
 * a run that did not end in a usage error (an empty JSONL shard's output is an empty file). A run that finds
 * no input and writes nothing (reportsNoInput) leaves an earlier file as it was, and removes one it created (behind a
 * dangling symbolic link too).
 * A write that fails (a full disk) stops the run: exit 2, as for check (1 is for inputs that failed).
 */
async function withOutputFile(file: string | undefined, io: CliIO, run: (io: CliIO) => Promise<number>): Promise<number> {
  if (file === undefined) return run(io);
  const cannotWrite = (e: unknown): UsageError => new UsageError(cannotWriteMessage(file, e));
  let fd: number;
  let created = true;
  try {
    try {
      fd = openSync(file, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // (A symbolic link whose target does not exist also fails 'wx': the open below creates the target.)
      created = statSync(file, { throwIfNoEntry: false }) === undefined;
      fd = openSync(file, constants.O_WRONLY | constants.O_CREAT);
    }
  } catch (e) {
    throw cannotWrite(e);
  }
  const opened: FileIdentity = fstatSync(fd);
  let emptied = false;
  const empty = (): void => {
    // Only a regular file has a length to cut (-o /dev/null is a device).
    if (!emptied && fstatSync(fd).isFile()) ftruncateSync(fd, 0);
    emptied = true;
  };
  const write = (s: string | Uint8Array): boolean => {
    const bytes = typeof s === 'string' ? Buffer.from(s) : s;
    try {
      empty();
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    } catch (e) {
      throw cannotWrite(e); // out of the command's loop: the analysis stops here
    }
    return true;
  };
  try {
    const code = await run({ ...io, stdout: { write, isTTY: false } });
    if (code !== EXIT.usage) write('');
    return code;
  } finally {
    closeSync(fd);
    if (created && !emptied) removeCreated(file, opened);
  }
}

/**
 * Removes the file a run created at `file` and wrote nothing to (through a symbolic link, the link's target), unless
 * another file has taken its place since.
 */
function removeCreated(file: string, created: FileIdentity): void {
  try {
    const target = realpathSync(file);
    if (sameIdentity(fileIdentity(target), created)) rmSync(target);
  } catch {
    // gone already: nothing to remove
  }
}

function chalkFor(io: CliIO, color: boolean): ChalkInstance {
  if (!color || io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return new Chalk({ level: 0 });
  const forced = io.env.FORCE_COLOR;
  if (forced !== undefined && forced !== '0' && forced !== 'false') return new Chalk({ level: Math.min(3, Math.max(1, Number(forced) || 1)) as 1 | 2 | 3 });
  if (forced === '0' || forced === 'false') return new Chalk({ level: 0 });
  return new Chalk({ level: io.stdout.isTTY && supportsColor ? supportsColor.level : 0 });
}

// The messages follow commander's "argument 'x' is invalid." as its own "Allowed choices are …." do: a sentence each.

/** `--max-bytes`: bytes, as digits ("10MB" and "1e6" are refused, and the message says how many bytes a MiB is). */
function byteCount(value: string): number {
  if (!isPositiveInt(value)) throw new InvalidArgumentError(`Expected a positive whole number of bytes (${DEFAULT_MAX_BYTES / 2 ** 20} MiB is ${DEFAULT_MAX_BYTES}).`);
  return Number(value);
}

/** Digits only: Number() would read "" and " " as 0, and "0x10" and "1e1" as numbers too. */
const DIGITS = /^\d+$/;

function isPositiveInt(value: string): boolean {
  return DIGITS.test(value) && Number(value) > 0;
}

/** `--max-bytes`: the same option for every command that reads articles; its default shown in MiB too. */
function maxBytesOption(): Option {
  return new Option('--max-bytes <n>', 'skip files (and JSONL lines: .jsonl files, --stdin-format jsonl) larger than this (reported as ETOOLARGE)')
    .argParser(byteCount)
    .default(DEFAULT_MAX_BYTES, `${DEFAULT_MAX_BYTES} bytes, ${DEFAULT_MAX_BYTES / 2 ** 20} MiB`);
}

/** `-j, --jobs`: the same option, default and validation for every command that analyses articles. */
function jobsOption(): Option {
  return new Option('-j, --jobs <n|auto>', `worker threads analysing articles in parallel (at most one per core); auto: one per core from ${AUTO_PARALLEL_BYTES / 1e6} MB of input or for JSONL on stdin, else 1`).argParser(jobsValue).default('auto', 'auto');
}

function jobsValue(value: string): number | 'auto' {
  if (value === 'auto') return value;
  if (!isPositiveInt(value)) throw new InvalidArgumentError('Expected a positive whole number, or auto.');
  return Number(value);
}

function nonNegativeInt(value: string): number {
  if (!DIGITS.test(value)) throw new InvalidArgumentError('Expected a whole number, 0 or more.');
  return Number(value);
}

/** The real process's I/O, for the bin; installs the process guards on first use. */
export function processIO(): CliIO {
  guardProcess();
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutFile: regularFileOf(1),
  };
}

/** The identity of the regular file a descriptor is open on (stdout redirected with `>`), if it is one. */
function regularFileOf(fd: number): FileIdentity | undefined {
  try {
    const info = fstatSync(fd);
    return info.isFile() ? { dev: info.dev, ino: info.ino } : undefined;
  } catch {
    return undefined;
  }
}

let guarded = false;

/**
 * Guards for the real process, so that it never ends with a stack trace:
 * - stdout closed by its reader (`attrib analyze big/ --format jsonl | head -1`):
 *   stop quietly with 0, the reader has all it wanted; stdout that cannot be
 *   written otherwise (a full disk): exit 2, as for an -o file;
 * - an uncaught exception or unhandled rejection (a bug: per-article pipeline
 *   failures are already EINTERNAL errors): one line on stderr, exit 1.
 * No SIGINT handler on purpose: the default action ends the process at once,
 * even in the middle of a long synchronous analysis, which a JavaScript
 * handler (run only between analyses) could not.
 */
function guardProcess(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok);
    // As for an -o file that cannot be written: exit 2, never 1, which check gives for errors in the articles.
    fail(`cannot write the output: ${e.code === undefined ? oneLine(e) : `${describeSystemError(e)} (${e.code})`}`, EXIT.usage);
  });
  // Diagnostics that cannot be written are dropped rather than turned into a crash.
  process.stderr.on('error', () => undefined);
  process.on('uncaughtException', (e) => fail(`internal error: ${oneLine(e)}`));
  process.on('unhandledRejection', (e) => fail(`internal error: ${oneLine(e)}`));
}

function fail(message: string, code: number = EXIT.failed): never {
  process.stderr.write(`attrib: ${message}\n`);
  process.exit(code);
}

/** An error's message on one line, whatever was thrown. */
function oneLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.replace(/\s+/g, ' ').trim() || 'unknown error';
}
