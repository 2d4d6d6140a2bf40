/**
 * `--format table` (default): per article, its attributions and its speakers;
 * for several articles, the speakers across the corpus (src/corpus.ts). Colour comes from the
 * chalk instance the CLI configured; content is cut to the terminal width.
 */
import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Attribution, CorpusSpeaker, DocumentResult, Report, Stance } from '../types.js';
import { contentFragments, printable, printableLine, singleSpaced } from './content-text.js';

export interface TableOptions {
  chalk: ChalkInstance;
  /** Terminal width in columns. */
  width: number;
  /** The speakers across the documents (corpusSpeakers), shown when there are several documents. */
  corpus: readonly CorpusSpeaker[];
}

export function formatTable(report: Report, options: TableOptions): string {
  const out: string[] = [];
  for (const doc of report.documents) out.push(documentTables(doc, options));
  if (report.documents.length > 1) out.push(corpusTable(options.corpus, options));
  const { summary } = report;
  const counts = [count(summary.documents, 'document'), count(summary.attributions, 'attribution'), count(summary.speakers, 'speaker')];
  if (summary.errors) counts.push(count(summary.errors, 'error'));
  out.push(options.chalk.dim(counts.join(', ')));
  return out.join('\n\n') + '\n';
}

/** Borders without a rule between rows: denser, and still aligned in any terminal. */
const COMPACT = { chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' }, style: { head: [], border: [] } };

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

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

/**
 * On one line, control characters shown (`printable`), cut to `width` terminal columns with "…": a wide
 * character (CJK, an emoji) takes two, and a character is never cut in half (an emoji is two UTF-16 units).
 * Left wider than its column, cli-table3 would cut it again, by UTF-16 units.
 */
function truncate(s: string, width: number): string {
  const flat = printable(singleSpaced(s));
  if (columnsOf(flat) <= width) return flat;
  let cut = '';
  let used = 0;
  for (const c of flat) {
    const w = columnsOf(c);
    if (used + w > Math.max(1, width - 1)) break;
    cut += c;
    used += w;
  }
  return cut + '…';
}

const ANSI = /\x1b\[[0-9;]*m/g;
const visibleLength = (s: string): number => columnsOf(s.replace(ANSI, ''));

/**
 * The terminal columns a text takes, as cli-table3 (string-width) counts them, or more: two for an East Asian wide
 * or fullwidth character and for an emoji, none for a control character or a combining accent, else one.
 */
function columnsOf(s: string): number {
  // Printable ASCII and Latin-1: one column each.
  if (/^[\x20-\x7e\u00a0-\u02ff]*$/.test(s)) return s.length;
  let n = 0;
  for (const c of s) n += WIDE.test(c) ? 2 : /[\x00-\x1f\x7f-\x9f\u0300-\u036f]/.test(c) ? 0 : 1;
  return n;
}

const WIDE = /[\u1100-\u115f\u2329\u232a\u2e80-\u303e\u3040-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{1b000}-\u{1b001}\u{1f200}-\u{1f251}\u{20000}-\u{3fffd}]|\p{Extended_Pictographic}/u;

/** The narrowest a flexible column gets, even on a narrower terminal: below this it says nothing. */
const MIN_FLEX = 20;

/** The narrowest a column that wraps gets on a narrow terminal (speaker names, cues). */
const MIN_WRAPPED = 10;

/**
 * A table whose column `flex` (content, cues …) gets the room the other columns
 * leave on a terminal `width` wide; its cells are cut to fit. When even that
 * leaves it less than MIN_FLEX, the `wrapped` columns (speaker names, cues) are
 * narrowed and their cells wrap, so that the table fits an 80-column terminal.
 * Rows hold the flexible cell as plain text, the others as they are to be shown.
 */
function fittedTable(head: string[], rows: string[][], flex: number, width: number, chalk: ChalkInstance, wrapped: number[] = []): string {
  // Each column's width with its padding (one space either side), as cli-table3 counts it.
  // (A loop, not Math.max(...cells): a spread of a hundred thousand rows overflows the call stack.)
  const natural = head.map((h, i) => 2 + rows.reduce((widest, r) => Math.max(widest, visibleLength(r[i] ?? '')), h.length));
  const borders = head.length + 1;
  const fixedWidth = (): number => natural.reduce((sum, w, i) => (i === flex ? sum : sum + w), borders);
  let shortfall = MIN_FLEX + 2 - (width - fixedWidth());
  // Narrow the widest wrapped column first, a column at a time, down to MIN_WRAPPED.
  while (shortfall > 0) {
    const widest = wrapped.filter((i) => natural[i]! > MIN_WRAPPED + 2).sort((a, b) => natural[b]! - natural[a]!)[0];
    if (widest === undefined) break;
    natural[widest]! -= 1;
    shortfall--;
  }
  const room = Math.max(MIN_FLEX, width - fixedWidth() - 2);
  natural[flex] = room + 2;
  const blocks: string[][] = [];
  for (let first = 0; first === 0 || first < rows.length; first += ROWS_PER_BLOCK) {
    const table = new Table({ ...(first === 0 ? { head: head.map((h) => chalk.bold(h)) } : {}), colWidths: natural, wordWrap: true, ...COMPACT });
    for (const row of rows.slice(first, first + ROWS_PER_BLOCK)) table.push(row.map((cell, i) => (i === flex ? truncate(cell, room) : cell)));
    blocks.push(table.toString().split('\n'));
  }
  // Each block without the bottom border where the next one's top border would follow.
  return blocks.map((lines, i) => lines.slice(i === 0 ? 0 : 1, i === blocks.length - 1 ? lines.length : -1).join('\n')).join('\n');
}

/**
 * Rows laid out by one cli-table3 table: it places each cell by a scan of every row before it (for row and column
 * spans, which these tables do not use), so an article of 8,000 attributions took 39 s as a table, 6.5 s as JSON.
 * Blocks of rows with the same column widths, joined border to border, draw the same table in linear time.
 */
const ROWS_PER_BLOCK = 200;

function documentTables(doc: DocumentResult, { chalk, width }: TableOptions): string {
  const parts: string[] = [];
  const title = doc.title ? chalk.dim(`  ${truncate(doc.title, Math.max(MIN_FLEX, width - doc.path.length - 2))}`) : '';
  parts.push(chalk.bold(printableLine(doc.path)) + title);
  if (doc.attributions.length === 0) {
    parts.push(chalk.dim('  no attributions found'));
    return parts.join('\n');
  }
  const names = new Map(doc.speakers.map((s) => [s.id, s.name]));
  const attributionRows = doc.attributions.map((a) => [
    a.id,
    a.speakerId ? truncate(names.get(a.speakerId) ?? '?', 26) : chalk.dim('(none)'),
    a.kind,
    cueCell(a, chalk),
    contentFragments(a),
    String(a.content.line),
  ]);
  parts.push(fittedTable(['#', 'speaker', 'kind', 'cue (stance)', 'content', 'line'], attributionRows, 4, width, chalk, [1, 3]));

  // (Grouped once: a filter of all attributions per speaker is quadratic in a long transcript.)
  const bySpeaker = new Map<string, Attribution[]>();
  for (const a of doc.attributions) {
    if (a.speakerId === null) continue;
    const own = bySpeaker.get(a.speakerId);
    if (own) own.push(a);
    else bySpeaker.set(a.speakerId, [a]);
  }
  const speakerRows = doc.speakers.map((s) => {
    const own = bySpeaker.get(s.id) ?? [];
    const kinds = ['direct', 'indirect', 'mixed'].map((k) => own.filter((a) => a.kind === k).length).join('/');
    const cues = [...new Set(own.map((a) => a.cue?.lemma).filter((l): l is string => !!l))];
    return [truncate(s.name, 40), s.type, String(s.attributions), kinds, cues.join(', ')];
  });
  if (speakerRows.length > 0) parts.push(fittedTable(['speaker', 'type', 'attributions', 'direct/indirect/mixed', 'cues used'], speakerRows, 4, width, chalk, [0, 3]));
  return parts.join('\n');
}

function cueCell(a: Attribution, chalk: ChalkInstance): string {
  if (!a.cue) return chalk.dim('—');
  return `${truncate(a.cue.text, 18)} ${stanceColor(chalk, a.cue.stance)(`(${a.cue.stance})`)}`;
}

function corpusTable(speakers: readonly CorpusSpeaker[], { chalk, width }: TableOptions): string {
  const shown = speakers.slice(0, 50).map((r) => [r.name, r.type, String(r.documents), String(r.attributions)]);
  const more = speakers.length > 50 ? chalk.dim(`\n… and ${speakers.length - 50} more speakers (see --format json)`) : '';
  return fittedTable(['speaker (corpus)', 'type', 'documents', 'attributions'], shown, 0, width, chalk) + more;
}
