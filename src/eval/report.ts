/**
 * Text, JSON and Markdown renderings of evaluation metrics and error lists.
 * Pure: every function returns a string without a trailing newline.
 */

import { Chalk } from 'chalk';
import { printableLine } from '../report/content-text.js';
import type { AttributionKind } from '../types.js';
import type { Accuracy, ErrorItem, EvalMetrics, PRF, WorstErrors, WrongItem } from './score.js';
import { KINDS } from './score.js';

export interface EvalTableOptions {
  /** Colour the output with chalk (bold header, dim details). Default false. */
  color?: boolean;
  /** Heading line; default "attrib eval: <n> documents, <gold> gold, <predicted> predicted attributions". */
  title?: string;
}

/** "62.1%", or "n/a" when the denominator is zero. */
function pct(value: number, denominator: number): string {
  return denominator === 0 ? 'n/a' : `${(value * 100).toFixed(1)}%`;
}

interface Row {
  label: string;
  precision: string;
  recall: string;
  f1: string;
  accuracy: string;
  detail: string;
  section?: boolean;
}

function prfRow(label: string, m: PRF, detail: string): Row {
  return {
    label,
    precision: pct(m.precision, m.predicted),
    recall: pct(m.recall, m.gold),
    f1: m.predicted === 0 && m.gold === 0 ? 'n/a' : pct(m.f1, 1),
    accuracy: '',
    detail,
  };
}

function accRow(label: string, a: Accuracy, detail: string): Row {
  return { label, precision: '', recall: '', f1: '', accuracy: pct(a.accuracy, a.total), detail };
}

const KIND_LABEL: Record<AttributionKind, string> = { direct: 'direct', indirect: 'indirect', mixed: 'mixed' };

function rows(m: EvalMetrics): Row[] {
  const c = m.counts;
  const out: Row[] = [
    prfRow('attribution match', m.attribution, `${c.matched} matched; ${c.predicted} predicted, ${c.gold} gold`),
    prfRow('exact content', m.exactContent, `${c.exactContent} exact`),
    prfRow(
      'content tokens',
      m.contentTokens,
      `${c.overlapTokens} shared; ${c.predictedTokens} predicted, ${c.goldTokens} gold tokens`,
    ),
    accRow('source accuracy', m.source, `${m.source.correct}/${m.source.total} matched with a gold source`),
    accRow('cue accuracy', m.cue, `${m.cue.correct}/${m.cue.total} matched with a gold cue`),
    prfRow('end to end', m.endToEnd, `${c.endToEnd} matched with source and cue right`),
    { label: 'by kind', precision: '', recall: '', f1: '', accuracy: '', detail: '', section: true },
  ];
  for (const k of KINDS) {
    const km = m.byKind[k];
    out.push({
      label: `  ${KIND_LABEL[k]}`,
      precision: pct(km.precision, km.predicted),
      recall: pct(km.recall, km.gold),
      f1: '',
      accuracy: '',
      detail: `gold ${km.gold} (${km.goldMatched} found); predicted ${km.predicted} (${km.predictedMatched} matched)`,
    });
  }
  return out;
}

/** Plain-text aligned table: one row per metric, then recall/precision by kind with counts. */
export function formatEvalTable(metrics: EvalMetrics, options: EvalTableOptions = {}): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const c = metrics.counts;
  const title =
    options.title ??
    `attrib eval: ${metrics.documents} document${metrics.documents === 1 ? '' : 's'}, ${c.gold} gold, ${c.predicted} predicted attributions`;
  const header: Row = { label: 'metric', precision: 'precision', recall: 'recall', f1: 'F1', accuracy: 'accuracy', detail: 'counts' };
  const all = [header, ...rows(metrics)];
  const w = {
    label: Math.max(...all.map((r) => r.label.length)),
    precision: Math.max(...all.map((r) => r.precision.length)),
    recall: Math.max(...all.map((r) => r.recall.length)),
    f1: Math.max(...all.map((r) => r.f1.length)),
    accuracy: Math.max(...all.map((r) => r.accuracy.length)),
  };
  const line = (r: Row): string =>
    [
      r.label.padEnd(w.label),
      r.precision.padStart(w.precision),
      r.recall.padStart(w.recall),
      r.f1.padStart(w.f1),
      r.accuracy.padStart(w.accuracy),
    ].join('  ');
  const out = [chalk.bold(printableLine(title)), '', chalk.bold(`${line(header)}  ${header.detail}`)];
  for (const r of all.slice(1)) {
    out.push(r.section ? chalk.bold(r.label) : `${line(r)}  ${chalk.dim(r.detail)}`.trimEnd());
  }
  if (c.offsetMismatches > 0) {
    out.push('', chalk.yellow(`warning: ${c.offsetMismatches} predicted contents do not match the text at their offsets`));
  }
  return out.join('\n');
}

// Article text and gold ids go through printableLine: an escape sequence in a scraped article must neither colour nor
// clear the terminal, nor split an item's line.
function quoteOrDash(s: string | null): string {
  // JSON.stringify escapes C0 controls but leaves C1 ones (U+0080–U+009F, CSI among them) as they are.
  return s === null ? '—' : printableLine(JSON.stringify(s));
}

function errorBlock(e: ErrorItem, i: number, chalk: InstanceType<typeof Chalk>): string[] {
  const who = e.speaker && e.speaker !== e.source ? `${quoteOrDash(e.source)} → ${printableLine(e.speaker)}` : quoteOrDash(e.source);
  const conf = e.confidence !== null ? `  confidence ${e.confidence.toFixed(2)}` : '';
  const lines = [
    `${String(i + 1).padStart(3)}. ${chalk.bold(printableLine(e.documentId))} [${e.start}, ${e.end})  ${e.kind}, ${e.tokens} words  source ${who}  cue ${quoteOrDash(e.cue)}${conf}`,
    `     content: ${printableLine(e.content)}`,
    `     context: ${chalk.dim(printableLine(e.before))}[[${printableLine(e.covered)}]]${chalk.dim(printableLine(e.after))}`,
  ];
  if (e.closest) {
    const other = e.type === 'miss' ? 'prediction' : 'gold';
    lines.push(`     closest ${other} (Jaccard ${e.closest.overlap.toFixed(2)}): ${printableLine(e.closest.content)}`);
  }
  return lines;
}

/** The `--errors N` listing: misses, then false positives, each with its context. */
export function formatErrors(errors: WorstErrors, options: { color?: boolean } = {}): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  out.push(chalk.bold(`Misses (gold attributions not found), longest first: ${errors.misses.length}`));
  errors.misses.forEach((e, i) => out.push(...errorBlock(e, i, chalk)));
  if (errors.misses.length === 0) out.push('  (none)');
  out.push('');
  out.push(chalk.bold(`False positives (predictions matching no gold), most confident first: ${errors.falsePositives.length}`));
  errors.falsePositives.forEach((e, i) => out.push(...errorBlock(e, i, chalk)));
  if (errors.falsePositives.length === 0) out.push('  (none)');
  out.push('');
  out.push(chalk.bold(`Wrong source or cue (gold attributions found, but attributed wrongly), in document order: ${errors.wrong.length}`));
  errors.wrong.forEach((e, i) => out.push(...wrongBlock(e, i, chalk)));
  if (errors.wrong.length === 0) out.push('  (none)');
  return out.join('\n');
}

function wrongBlock(e: WrongItem, i: number, chalk: InstanceType<typeof Chalk>): string[] {
  const who = (side: WrongItem['gold']): string => (side.speaker && side.speaker !== side.source ? `${quoteOrDash(side.source)} → ${printableLine(side.speaker)}` : quoteOrDash(side.source));
  const mark = (part: 'source' | 'cue'): string => (e.wrong.includes(part) ? chalk.red('✗') : '✓');
  return [
    `${String(i + 1).padStart(3)}. ${chalk.bold(printableLine(e.documentId))} [${e.start}, ${e.end})  ${e.kind}, ${e.tokens} words`,
    `     source ${mark('source')} gold ${who(e.gold)}, predicted ${who(e.predicted)}`,
    `     cue    ${mark('cue')} gold ${quoteOrDash(e.gold.cue)}, predicted ${quoteOrDash(e.predicted.cue)}`,
    `     content: ${printableLine(e.content)}`,
    `     context: ${chalk.dim(printableLine(e.before))}[[${printableLine(e.covered)}]]${chalk.dim(printableLine(e.after))}`,
  ];
}

/**
 * The `--errors N` listing in Markdown (`--format markdown`): the same three sections as formatErrors, each a
 * numbered list; article text (content, context, sources, cues) in code spans, so that its `*`, `_`, `|` or
 * `<` stay as written.
 */
export function formatMarkdownErrors(errors: WorstErrors): string {
  const section = <T>(heading: string, items: readonly T[], item: (e: T) => string[]): string[] => [
    `#### ${heading}: ${items.length}`,
    '',
    ...(items.length === 0 ? ['(none)'] : items.flatMap((e, i) => item(e).map((line, j) => (j === 0 ? `${i + 1}. ${line}` : `   - ${line}`)))),
  ];
  const code = (s: string | null): string => (s === null ? '—' : markdownCodeSpan(s));
  const who = (side: { source: string | null; speaker: string | null }): string => (side.speaker && side.speaker !== side.source ? `${code(side.source)} → ${code(side.speaker)}` : code(side.source));
  const context = (e: ErrorItem | WrongItem): string => `context: ${markdownCodeSpan(`${e.before}[[${e.covered}]]${e.after}`)}`;
  const errorItem = (e: ErrorItem): string[] => [
    `${code(e.documentId)} [${e.start}, ${e.end}): ${e.kind}, ${e.tokens} words; source ${who(e)}; cue ${code(e.cue)}${e.confidence !== null ? `; confidence ${e.confidence.toFixed(2)}` : ''}`,
    `content: ${code(e.content)}`,
    context(e),
    ...(e.closest ? [`closest ${e.type === 'miss' ? 'prediction' : 'gold'} (Jaccard ${e.closest.overlap.toFixed(2)}): ${code(e.closest.content)}`] : []),
  ];
  const wrongItem = (e: WrongItem): string[] => [
    `${code(e.documentId)} [${e.start}, ${e.end}): ${e.kind}, ${e.tokens} words; wrong: ${e.wrong.join(' and ')}`,
    `source: gold ${who(e.gold)}, predicted ${who(e.predicted)}`,
    `cue: gold ${code(e.gold.cue)}, predicted ${code(e.predicted.cue)}`,
    `content: ${code(e.content)}`,
    context(e),
  ];
  return [
    ...section('Misses (gold attributions not found), longest first', errors.misses, errorItem),
    '',
    ...section('False positives (predictions matching no gold), most confident first', errors.falsePositives, errorItem),
    '',
    ...section('Wrong source or cue (gold attributions found, but attributed wrongly), in document order', errors.wrong, wrongItem),
  ].join('\n');
}

/**
 * `text` as a Markdown code span on one line (a file name's `_` or an article's `*` must not turn into
 * emphasis), fenced with more backticks than it holds.
 */
export function markdownCodeSpan(text: string): string {
  // Control characters shown as symbols, as in the table: Markdown output is read on a terminal too.
  text = printableLine(text.replace(/\s+/g, ' '));
  const fence = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A GitHub-flavoured Markdown table of the metrics, for the README. */
export function formatMarkdownTable(metrics: EvalMetrics): string {
  const out = ['| Metric | Precision | Recall | F1 | Accuracy | Counts |', '|---|---:|---:|---:|---:|---|'];
  for (const r of rows(metrics)) {
    if (r.section) {
      out.push(`| **${r.label}** | | | | | |`);
      continue;
    }
    out.push(`| ${r.label.trim()} | ${r.precision} | ${r.recall} | ${r.f1} | ${r.accuracy} | ${r.detail} |`);
  }
  return out.join('\n');
}
