/**
 * `attrib check --format text` (default): findings grouped by file, one line
 * each — `file:line:column  severity  message  rule-id`, columns aligned within
 * the file — then a summary line. Files without findings are not listed.
 */
import type { ChalkInstance } from 'chalk';
import type { Finding, Report } from '../types.js';
import { printableLine } from './content-text.js';

export interface CheckTextOptions {
  chalk: ChalkInstance;
  /** Warnings left out of the report by --quiet: the summary says so rather than "no problems". */
  hiddenWarnings?: number;
  /** --max-warnings, to say when the hidden warnings are over it (the check then fails). */
  maxWarnings?: number;
}

export function formatCheckText(report: Report, options: CheckTextOptions): string {
  const c = options.chalk;
  const blocks: string[] = [];
  for (const doc of report.documents) {
    if (doc.findings.length === 0) continue;
    const rows = doc.findings.map((f) => [printableLine(`${doc.path}:${f.line}:${f.column}`), f.severity, printableLine(f.message), f.ruleId] as const);
    const width = (i: 0 | 1 | 2): number => rows.reduce((w, r) => Math.max(w, r[i].length), 0);
    const lines = rows.map(([where, severity, message, ruleId]) => {
      const paint = severity === 'error' ? c.red : c.yellow;
      return `${where.padEnd(width(0))}  ${paint(severity.padEnd(width(1)))}  ${message.padEnd(width(2))}  ${c.dim(ruleId)}`;
    });
    blocks.push([c.underline(printableLine(doc.path)), ...lines].join('\n'));
  }
  blocks.push(summaryLine(report, options));
  return blocks.join('\n\n') + '\n';
}

function summaryLine(report: Report, options: CheckTextOptions): string {
  const c = options.chalk;
  const findings: Finding[] = report.documents.flatMap((d) => d.findings);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const files = report.documents.length;
  const checked = `${files} document${files === 1 ? '' : 's'} checked`;
  const failedInputs = report.errors.length > 0 ? `, ${plural(report.errors.length, 'input')} could not be read` : '';
  const hidden = options.hiddenWarnings ?? 0;
  if (hidden > 0) {
    const over = options.maxWarnings !== undefined && hidden > options.maxWarnings;
    const paint = errors > 0 || over ? c.red : c.yellow;
    const limit = over ? `, over the --max-warnings limit of ${options.maxWarnings}` : '';
    const unread = report.errors.length > 0 ? `${plural(report.errors.length, 'input')} could not be read; ` : '';
    return (unread ? c.red : paint)(`${unread}${errors > 0 ? plural(errors, 'error') : 'no errors'}; ${plural(hidden, 'warning')} hidden by --quiet${limit}; ${checked}`);
  }
  // Inputs that could not be read are not "no problems": the run fails (exit 2), and the summary says why first
  // (with none read, that nothing was checked: "no problems in the 0 documents checked" said more than was known).
  if (findings.length === 0 && report.errors.length > 0) return c.red(`${plural(report.errors.length, 'input')} could not be read; ${files === 0 ? 'nothing checked' : `no problems in the ${checked}`}`);
  if (findings.length === 0) return c.green(`no problems; ${checked}`);
  const paint = errors > 0 ? c.red : c.yellow;
  return paint(`${plural(findings.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}); ${checked}`) + failedInputs;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
