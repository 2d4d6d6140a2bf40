/**
 * `attrib check --format github`: one GitHub Actions workflow command per
 * finding (`::error file=…,line=…,col=…,title=<rule-id>::message`),
 * which GitHub shows as annotations on the pull request's diff. Inputs that
 * could not be read become `::error` annotations on their file (on its line
 * for a JSONL line that is not a record).
 */
import { fileOf } from '../check/document.js';
import type { Report } from '../types.js';
import { printable } from './content-text.js';

export function formatCheckGithub(report: Report): string {
  const lines: string[] = [];
  for (const doc of report.documents) {
    const { file, positionsInFile } = fileOf(doc.path, doc.format);
    for (const f of doc.findings) {
      if (positionsInFile) {
        lines.push(command(f.severity, { file, line: f.line, col: f.column, title: f.ruleId }, f.message));
      } else {
        lines.push(command(f.severity, { file, title: f.ruleId }, `${f.message} (${doc.path}, line ${f.line}, column ${f.column} of the record's text)`));
      }
    }
  }
  for (const e of report.errors) {
    const { file, line } = fileOf(e.path);
    lines.push(command('error', { file, ...(line === undefined ? {} : { line }), title: `attrib ${e.code}` }, `cannot check ${e.path}: ${e.message}`));
  }
  return lines.map((l) => l + '\n').join('');
}

/**
 * A workflow command. Its message quotes the article (a quotation, a source's name) and its properties name the
 * file or record: their control characters are shown as symbols (printable), as the text format shows them, so
 * that an escape sequence in a scraped page neither clears nor colours the Actions log or a terminal.
 */
function command(level: 'error' | 'warning', properties: Record<string, string | number>, message: string): string {
  const props = Object.entries(properties).map(([k, v]) => `${k}=${escapeProperty(printable(String(v)))}`).join(',');
  return `::${level} ${props}::${escapeData(printable(message))}`;
}

/** GitHub's escaping for a workflow command's message. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** …and for its property values, where ":" and "," are separators too. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
