/**
 * `--format csv`: one row per attribution, for a spreadsheet or a data frame,
 * with the speaker's name and type joined in (in JSON they are a lookup by
 * `speakerId`), text on one line. RFC 4180: a header row, fields quoted where
 * they hold a comma, a quotation mark or a line break, rows ended by CRLF.
 * Written as each document is ready, as JSONL is. A document without
 * attributions has no row.
 */
import type { DocumentResult } from '../types.js';
import { contentFragments, singleSpaced } from './content-text.js';

const CSV_COLUMNS = [
  'path', 'title', 'attribution', 'kind', 'speaker', 'speaker_type', 'speaker_id', 'source', 'cue', 'cue_lemma', 'stance',
  'content', 'line', 'column', 'start', 'end', 'confidence',
] as const;

export function csvHeader(): string {
  return CSV_COLUMNS.join(',') + '\r\n';
}

/** The document's rows, content of a split quotation as its fragments joined by " … " (as the table shows it). */
export function csvRows(doc: DocumentResult): string {
  const speakers = new Map(doc.speakers.map((s) => [s.id, s]));
  let out = '';
  for (const a of doc.attributions) {
    const speaker = a.speakerId === null ? undefined : speakers.get(a.speakerId);
    const row = [
      doc.path, doc.title ?? '', a.id, a.kind, speaker?.name ?? '', speaker?.type ?? '', a.speakerId ?? '', a.source?.text ?? '',
      a.cue?.text ?? '', a.cue?.lemma ?? '', a.cue?.stance ?? '', contentFragments(a), a.content.line, a.content.column, a.content.start, a.content.end, a.confidence,
    ];
    // The path is attrib's name for the input (stdin's records are "-#<id>"), written as it is, to join on.
    out += row.map((value, i) => (i === 0 ? quoted(String(value)) : field(value))).join(',') + '\r\n';
  }
  return out;
}

/**
 * One field. Text on one line with single spaces, as the table shows it (`singleSpaced`: the runs of blanks and
 * paragraph separators a page's markup leaves are noise in a spreadsheet; `start`/`end` still point into the
 * file). Text a spreadsheet would run as a formula (=, +, -, @ first: a quotation beginning "=HYPERLINK(…)" in an
 * article; a tab or carriage return first is trimmed) gets a leading apostrophe, as OWASP advises against CSV
 * injection; numbers are written as they are.
 */
function field(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = singleSpaced(value);
  return quoted(/^[=+\-@]/.test(text) ? `'${text}` : text);
}

function quoted(text: string): string {
  // (U+2028 and U+2029 too: HTML paragraphs become U+2029, which Python's splitlines() takes for a line break.)
  return /[",\r\n\u2028\u2029]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
