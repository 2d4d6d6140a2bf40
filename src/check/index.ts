/**
 * `attrib check`: runs the editorial rules over analysed articles and decides
 * the exit code for CI. The command line only parses options and calls
 * `runCheck`; everything else is here.
 *
 * Exit codes: 0 no errors and warnings within --max-warnings; 1 otherwise;
 * 2 usage, configuration, inputs that could not be read, or no input.
 */
import { readFile } from 'node:fs/promises';
import { Chalk, type ChalkInstance } from 'chalk';
import { analyzeInputs, buildReport, type ExpandedInputs } from '../analyze.js';
import { anyHoldsManyArticles } from '../load/formats.js';
import { decodeBytes } from '../load/decode.js';
import { discover, errorLine, foundNoInput, newWarnings, noInputLine, readAllStdin, reportsNoInput, warningLine, type FileIdentity } from '../load/index.js';
import { lineLocator } from '../positions.js';
import { formatCheckGithub } from '../report/check-github.js';
import { formatCheckSarif } from '../report/check-sarif.js';
import { formatCheckText } from '../report/check-text.js';
import { formatHtml } from '../report/html.js';
import { formatJson } from '../report/json.js';
import { progressReporter } from '../report/progress.js';
import type { Article, DocumentResult, Finding, Format, InputError, InputWarning, Report } from '../types.js';
import { ConfigError, loadConfig, type ConfiguredRule } from './config.js';
import { loadIgnoreList } from './ignore-file.js';
import { RULES } from './rules/index.js';
import type { CheckFormat } from './types.js';
import { ignoredDirectiveLine, readsSuppressionComments, suppressionCheck, unknownDirectiveRules } from './suppress.js';

export { ConfigError, loadConfig, resolveConfig, type CheckConfig, type ConfiguredRule } from './config.js';
export { RULES } from './rules/index.js';

export { CHECK_FORMATS, type CheckFormat } from './types.js';

export interface CheckOptions {
  format: CheckFormat;
  /** A configuration file to use instead of searching for one. */
  config?: string;
  /** More warnings than this fail the check; undefined for no limit. */
  maxWarnings?: number;
  /** Report errors only (warnings still count towards --max-warnings). */
  quiet: boolean;
  /**
   * The file the report goes to instead of stdout (the CLI opens it before the run and gives it as `io.stdout`): never
   * read as an input, and a text report there has no colour. The exit code is the same.
   */
  outputFile?: string;
  stdinFormat: Format;
  maxBytes: number;
  /** Worker threads to analyse on, as for analyze (default 1: in the calling thread); the report is the same whatever the number. */
  jobs?: number | 'auto';
  /** Colours for the text format on stdout. */
  chalk: ChalkInstance;
}

export interface CheckIO {
  stdout: { write(s: string): unknown };
  /** A terminal (isTTY) gets a progress line, "checked N of M documents…", unless `env.CI` is set. */
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env?: Record<string, string | undefined>;
  stdinIsTTY: boolean;
  readStdin?: () => Promise<Buffer>;
  /** Where the configuration and .attribignore are looked for; the process's directory by default. */
  cwd?: string;
  /** The regular file stdout is redirected to (`> report.sarif`), never checked as an input. */
  stdoutFile?: FileIdentity;
}

const EXIT = { passed: 0, failed: 1, usage: 2 } as const;

export async function runCheck(paths: string[], options: CheckOptions, io: CheckIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const usageError = (message: string): number => {
    io.stderr.write(`attrib: ${message}\n`);
    return EXIT.usage;
  };
  let config;
  let ignoreList;
  try {
    config = await loadConfig(cwd, options.config);
    ignoreList = await loadIgnoreList(cwd);
  } catch (e) {
    if (e instanceof ConfigError) return usageError(e.message);
    throw e;
  }
  const inputs = paths.length > 0 ? paths : io.stdinIsTTY ? [] : ['-'];
  if (inputs.length === 0) return usageError('no input: give files, folders or globs, or pipe text to stdin (see attrib check --help)');

  // .attribignore applies to the files the paths expand to, before anything is read.
  const { files, errors: discoveryErrors, stdin } = await discover(inputs, [...(options.outputFile === undefined ? [] : [options.outputFile]), ...(io.stdoutFile ? [io.stdoutFile] : [])]);
  const kept = ignoreList ? files.filter((f) => !ignoreList.ignores(f)) : files;
  const toAnalyse = [...kept, ...(stdin ? ['-'] : [])];
  // Stdin is kept as read: Markdown and HTML suppression comments are found in the original text. JSONL records
  // have none, and JSONL is left to stream, as analyze streams it (--max-bytes then limits each line, not the stream).
  let stdinBytes: Buffer | undefined;
  const readStdin = options.stdinFormat === 'jsonl' ? io.readStdin
    : async (): Promise<Buffer> => (stdinBytes = await (io.readStdin ?? (() => readAllStdin(options.maxBytes)))());

  const documents: DocumentResult[] = [];
  const texts: string[] = []; // documents[i]'s article text, for the HTML report
  const errors: InputError[] = [...discoveryErrors];
  const inputWarnings: InputWarning[] = []; // files read, but not as written (decoded as windows-1252)
  const warned = new Set<string>();
  // As analyze's: the total when every input is one article (a JSON or JSONL file holds a number unknown until read).
  const progress = progressReporter(io.stderr, io.env ?? {}, 'checked');
  let total: number | null = null;
  const onInputs = (expanded: ExpandedInputs): void => {
    total = anyHoldsManyArticles(expanded.files, expanded.stdin ? options.stdinFormat : null) ? null : expanded.files.length + (expanded.stdin ? 1 : 0);
  };
  let done = 0;
  if (toAnalyse.length > 0) {
    for await (const item of analyzeInputs(toAnalyse, { maxBytes: options.maxBytes, stdinFormat: options.stdinFormat, readStdin, jobs: options.jobs, onInputs })) {
      progress(++done, total);
      if ('error' in item) {
        errors.push(item.error);
        continue;
      }
      inputWarnings.push(...newWarnings(item.article, warned), ...ignoredSuppression(item.article));
      const checked = await checkAnalysed(item.document, item.article, stdinBytes, config.rules);
      if ('error' in checked) {
        errors.push(checked.error);
        continue;
      }
      inputWarnings.push(...checked.warnings);
      documents.push(checked.document);
      texts.push(item.article.text);
    }
  }
  progress(null, null);
  // Nothing to check is a usage error, unless stdin was read: a JSONL stream without records is checked and passes,
  // as analyze passes it. Paths that all found nothing (an empty folder, a glob matching nothing) are said once and
  // named, not "could not be read" with a summary of nothing checked; so are files all ignored by .attribignore.
  // Either way the formats that carry failed inputs still write their report (reportsNoInput; JSON's `errors` names
  // the paths that found nothing), as analyze does: a CI step that uploads the SARIF file finds one.
  const noInput = foundNoInput(documents.length, stdin, errors);
  /** The .attribignore that left out every file found, if one did. */
  const allIgnoredBy = noInput && errors.length === 0 && files.length > 0 && kept.length === 0 ? ignoreList?.origin : undefined;
  // Each path is then an input that failed, named in the report's `errors` as one that found nothing is (ENOMATCH):
  // a JSON or SARIF report with no errors and exit 2 said nothing of why.
  if (allIgnoredBy !== undefined) {
    errors.push(...inputs.map((p) => ({ path: p, code: 'EIGNORED', message: files.includes(p) ? `ignored by ${allIgnoredBy}` : `every file found under this path is ignored by ${allIgnoredBy}` })));
  }

  const full = buildReport(documents, errors);
  const warnings = countFindings(full, 'warning');
  const shown = options.quiet ? withoutWarnings(full) : full;
  const output = noInput && !reportsNoInput(options.format) ? null : format(shown, options, texts, options.quiet ? warnings : 0);
  if (output !== null) io.stdout.write(output);
  if (allIgnoredBy !== undefined) {
    const which = files.length === 1 ? 'the 1 file under the given paths is' : `all ${files.length} files under the given paths are`;
    io.stderr.write(`attrib: nothing to check: ${which} ignored by ${allIgnoredBy}\n`);
  } else if (noInput) io.stderr.write(noInputLine(errors));
  else if (options.format === 'text') for (const e of errors) io.stderr.write(errorLine(e));
  // Not in any report format: on stderr whatever the format.
  for (const w of inputWarnings) io.stderr.write(warningLine(w));

  if (noInput || errors.length > 0) return EXIT.usage;
  if (countFindings(full, 'error') > 0) return EXIT.failed;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`attrib: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${options.maxWarnings}\n`);
    return EXIT.failed;
  }
  return EXIT.passed;
}

/**
 * The findings of the configured rules on one analysed document, in text
 * order, minus those switched off by comments in `sourceText` (the file as
 * written, for Markdown and HTML; null for formats without comments).
 */
export function checkDocument(document: DocumentResult, text: string, sourceText: string | null, rules: readonly ConfiguredRule[]): Finding[] {
  const locate = lineLocator(text);
  const suppressed = sourceText === null ? () => false : suppressionCheck(sourceText, lineLocator(sourceText));
  const findings: Finding[] = [];
  // One source with two cues ("A federal judge blocked … and rejected …") would be reported twice in the same words.
  const seen = new Set<string>();
  for (const { rule, severity, options } of rules) {
    for (const f of rule.check(document, options, text)) {
      const { line, column } = locate(f.start);
      const key = `${rule.id} ${f.start} ${f.end} ${f.message}`;
      if (suppressed(rule.id, f.start, line) || seen.has(key)) continue;
      seen.add(key);
      findings.push({ ruleId: rule.id, severity, message: f.message, start: f.start, end: f.end, line, column, attributionId: f.attributionId });
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}

/**
 * One analysed article with its findings filled. Failing to re-read the file
 * for its comments, or a rule failing on it, becomes an error for that article
 * alone (exit 2: the check did not run as asked), never a crash of the run.
 */
async function checkAnalysed(document: DocumentResult, article: Article, stdinBytes: Buffer | undefined, rules: readonly ConfiguredRule[]): Promise<{ document: DocumentResult; warnings: InputWarning[] } | { error: InputError }> {
  let sourceText;
  try {
    sourceText = await originalText(article, stdinBytes);
  } catch (e) {
    return { error: { path: article.path, code: (e as NodeJS.ErrnoException).code ?? 'EIO', message: `cannot re-read for suppression comments: ${(e as Error).message}` } };
  }
  try {
    return { document: { ...document, findings: checkDocument(document, article.text, sourceText, rules) }, warnings: unknownRuleWarnings(article, sourceText) };
  } catch (e) {
    return { error: { path: article.path, code: 'EINTERNAL', message: `internal error in a check rule: ${(e as Error).message ?? String(e)}` } };
  }
}

const RULE_IDS = new Set(RULES.map((r) => r.id));

/** A warning for each rule id a suppression comment names that no rule has. */
function unknownRuleWarnings(article: Article, sourceText: string | null): InputWarning[] {
  if (sourceText === null) return [];
  const known = [...RULE_IDS].join(', ');
  return unknownDirectiveRules(sourceText, RULE_IDS).map(({ ruleId, line }) => ({ path: article.path, message: `line ${line}: suppression comment: unknown rule "${ruleId}"; known rules: ${known}` }));
}

/** A warning for a suppression comment in an article whose format has none (.txt, a JSON record): it is not read. */
function ignoredSuppression(article: Article): InputWarning[] {
  if (readsSuppressionComments(article.format)) return [];
  const line = ignoredDirectiveLine(article.text);
  if (line === null) return [];
  const where = article.format === 'txt' ? 'a plain-text file' : `a ${article.format === 'json' ? 'JSON' : 'JSONL'} record`;
  return [{ path: article.path, message: `line ${line}: suppression comments (<!-- attrib-disable … -->) are read in Markdown and HTML only; ignored in ${where}` }];
}

/** The text as written, where inline suppression comments live: Markdown and HTML only. */
async function originalText(article: Article, stdinBytes: Buffer | undefined): Promise<string | null> {
  if (!readsSuppressionComments(article.format)) return null;
  if (article.path === '-') return stdinBytes ? decodeBytes(stdinBytes) : null;
  return decodeBytes(await readFile(article.path));
}

/** `hiddenWarnings`: how many warnings --quiet left out of `report`. */
function format(report: Report, options: CheckOptions, texts: readonly string[], hiddenWarnings: number): string {
  switch (options.format) {
    case 'text': return formatCheckText(report, { chalk: options.outputFile === undefined ? options.chalk : new Chalk({ level: 0 }), hiddenWarnings, maxWarnings: options.maxWarnings });
    case 'json': return formatJson(report);
    case 'github': return formatCheckGithub(report);
    case 'sarif': return formatCheckSarif(report, { rules: RULES });
    case 'html': return formatHtml(report, texts);
  }
}

function countFindings(report: Report, severity: Finding['severity']): number {
  return report.documents.reduce((n, d) => n + d.findings.filter((f) => f.severity === severity).length, 0);
}

function withoutWarnings(report: Report): Report {
  return { ...report, documents: report.documents.map((d) => ({ ...d, findings: d.findings.filter((f) => f.severity === 'error') })) };
}
