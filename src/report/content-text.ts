/**
 * An attribution's content as the table and CSV show it: the fragments of a split quotation joined by " … " (the
 * text between them is the attribution's own "he said").
 */
import type { Attribution } from '../types.js';

export function contentFragments(a: Attribution): string {
  if (a.content.spans.length < 2) return a.content.text;
  return a.content.spans.map((sp) => a.content.text.slice(sp.start - a.content.start, sp.end - a.content.start).trim()).join(' … ');
}

/**
 * Text on one line with single spaces, trimmed: each run of white space (line breaks, a paragraph's U+2029, tabs,
 * the blanks an HTML or Markdown page's markup leaves, which keep offsets in place) as one space.
 */
export function singleSpaced(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Text from an article (or a file name) made safe to print on a terminal: each control character other than
 * tab and line breaks is shown as a symbol of one column, C0 ones and DEL as their control pictures (ESC as
 * "␛"), C1 ones as U+FFFD, so that escape sequences in a scraped page neither colour, retitle nor clear the
 * terminal, nor break the table's alignment.
 */
export function printable(s: string): string {
  return s.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
  });
}

/**
 * `printable`, on one line: line breaks shown too (␊, ␍). For a path or a diagnostic, which carry what the input
 * holds (a JSONL record's id, the start of a line that is not JSON): a line break there split a diagnostic on
 * stderr, or a finding of `check`'s text output, in two (log readers and `grep '^attrib:'` take a line for one).
 */
export function printableLine(s: string): string {
  return printable(s).replace(/[\r\n]/g, (c) => (c === '\r' ? '\u240d' : '\u240a'));
}
