/**
 * `--format table` (default): per article, its attributions and its speakers;
 * for several articles, the speakers across the corpus. Colour comes from the
 * chalk instance the CLI configured; content is cut to the terminal width.
 */
import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Attribution, DocumentResult, Report, Stance } from '../types.js';

export interface TableOptions {
  chalk: ChalkInstance;
  /** Terminal width in columns. */
  width: number;
}

export function formatTable(report: Report, options: TableOptions): string {
  const out: string[] = [];
  for (const doc of report.documents) out.push(documentTables(doc, options));
  if (report.documents.length > 1) out.push(corpusTable(report, options));
  const { summary } = report;
  out.push(options.chalk.dim(`${summary.documents} document${summary.documents === 1 ? '' : 's'}, ${summary.attributions} attributions, ${summary.speakers} speakers` + (summary.errors ? `, ${summary.errors} error${summary.errors === 1 ? '' : 's'}` : '')));
  return out.join('\n\n') + '\n';
}

/** Borders without a rule between rows: denser, and still aligned in any terminal. */
const COMPACT = { chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' }, style: { head: [], border: [] } };

function stanceColor(c: ChalkInstance, stance: Stance): (s: string) => string {
  switch (stance) {
    case 'neutral': return c.green;
    case 'assertive': return c.cyan;
    case 'doubting': return c.yellow;
    case 'denying': case 'accusing': return c.red;
    case 'conceding': return c.magenta;
    default: return c.white;
  }
}

function truncate(s: string, width: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : flat.slice(0, Math.max(1, width - 1)) + '…';
}

function documentTables(doc: DocumentResult, { chalk, width }: TableOptions): string {
  const parts: string[] = [];
  parts.push(chalk.bold(doc.path) + (doc.title ? chalk.dim(`  ${doc.title}`) : ''));
  if (doc.attributions.length === 0) {
    parts.push(chalk.dim('  no attributions found'));
    return parts.join('\n');
  }
  const names = new Map(doc.speakers.map((s) => [s.id, s.name]));
  const contentWidth = Math.max(20, width - 60);
  const table = new Table({
    head: ['#', 'speaker', 'kind', 'cue (stance)', 'content', 'line'].map((h) => chalk.bold(h)),
    ...COMPACT,
  });
  for (const a of doc.attributions) {
    table.push([
      a.id,
      truncate(a.speakerId ? names.get(a.speakerId) ?? '?' : chalk.dim('(none)'), 26),
      a.kind,
      cueCell(a, chalk),
      truncate(a.content.text, contentWidth),
      String(a.content.line),
    ]);
  }
  parts.push(table.toString());

  const speakers = new Table({
    head: ['speaker', 'type', 'attributions', 'direct/indirect/mixed', 'cues used'].map((h) => chalk.bold(h)),
    ...COMPACT,
  });
  for (const s of doc.speakers) {
    const own = doc.attributions.filter((a) => a.speakerId === s.id);
    const kinds = ['direct', 'indirect', 'mixed'].map((k) => own.filter((a) => a.kind === k).length).join('/');
    const cues = [...new Set(own.map((a) => a.cue?.lemma).filter((l): l is string => !!l))];
    speakers.push([truncate(s.name, 30), s.type, String(s.attributions), kinds, truncate(cues.join(', '), Math.max(20, width - 75))]);
  }
  parts.push(speakers.toString());
  return parts.join('\n');
}

function cueCell(a: Attribution, chalk: ChalkInstance): string {
  if (!a.cue) return chalk.dim('—');
  return `${truncate(a.cue.text, 18)} ${stanceColor(chalk, a.cue.stance)(`(${a.cue.stance})`)}`;
}

function corpusTable(report: Report, { chalk, width }: TableOptions): string {
  const bySpeaker = new Map<string, { name: string; type: string; documents: number; attributions: number }>();
  for (const doc of report.documents) {
    for (const s of doc.speakers) {
      const key = `${s.type}:${s.name.toLowerCase()}`;
      const row = bySpeaker.get(key) ?? { name: s.name, type: s.type, documents: 0, attributions: 0 };
      row.documents++;
      row.attributions += s.attributions;
      bySpeaker.set(key, row);
    }
  }
  const rows = [...bySpeaker.values()].sort((a, b) => b.attributions - a.attributions || a.name.localeCompare(b.name));
  const table = new Table({ head: ['speaker (corpus)', 'type', 'documents', 'attributions'].map((h) => chalk.bold(h)), ...COMPACT });
  for (const r of rows.slice(0, 50)) table.push([truncate(r.name, Math.max(20, width - 45)), r.type, String(r.documents), String(r.attributions)]);
  const more = rows.length > 50 ? chalk.dim(`\n… and ${rows.length - 50} more speakers (see --format json)`) : '';
  return table.toString() + more;
}
