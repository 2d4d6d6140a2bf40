/**
 * Quotation marks: which mark closes which, in the conventions the analysis
 * reads. Data only, with the sets and character classes the stages consult
 * derived from it; the rules that use them live in the pipeline stages
 * (segment.ts pairs the marks into quotations).
 */

export interface QuotationPair {
  open: string;
  close: string;
  /** 'single' for the inner marks (‘…’), 'double' for the outer ones (“…”). */
  kind: 'double' | 'single';
  /** Guillemets pointing inward (»…«, German and Danish): each mark is more often the other convention's closing one. */
  reversed?: true;
}

export const QUOTATION_PAIRS: readonly QuotationPair[] = [
  { open: '“', close: '”', kind: 'double' }, // English
  { open: '‘', close: '’', kind: 'single' },
  { open: '"', close: '"', kind: 'double' }, // straight (typewriter) marks: only the position tells opening from closing
  { open: '\'', close: '\'', kind: 'single' },
  { open: '„', close: '“', kind: 'double' }, // German, Czech, Polish …
  { open: '‚', close: '‘', kind: 'single' },
  { open: '«', close: '»', kind: 'double' }, // French, Russian, Swiss …
  { open: '‹', close: '›', kind: 'single' },
  { open: '»', close: '«', kind: 'double', reversed: true }, // German books, Danish
  { open: '›', close: '‹', kind: 'single', reversed: true },
];

const chars = (pairs: readonly QuotationPair[], side: 'open' | 'close'): string => [...new Set(pairs.map((p) => p[side]))].join('');
const USUAL_PAIRS = QUOTATION_PAIRS.filter((p) => !p.reversed);
const CURLY_DOUBLE_PAIRS = USUAL_PAIRS.filter((p) => p.kind === 'double' && p.open !== p.close);

/** Every quotation mark. */
export const QUOTATION_MARKS = [...new Set(QUOTATION_PAIRS.flatMap((p) => [p.open, p.close]))].join('');
/** Every mark that closes a quotation in some convention (“ closes „…“, « closes »…«). */
export const CLOSING_MARKS = chars(QUOTATION_PAIRS, 'close');
/** Every mark that opens a quotation in some convention (» opens »…«). */
export const OPENING_MARKS = chars(QUOTATION_PAIRS, 'open');
/** The marks that open a quotation in their usual convention: » and › open only reversed ones. */
export const USUAL_OPENING_MARKS = chars(USUAL_PAIRS, 'open');
/** The marks that close a quotation in their usual convention (“ opens one more often than it closes „…“). */
export const USUAL_CLOSING_MARKS = chars(USUAL_PAIRS.filter((p) => p.open === p.close || !USUAL_OPENING_MARKS.includes(p.close)), 'close');
/** Curly double marks that open a quotation: “ „ «. */
export const DOUBLE_OPENING_MARKS = chars(CURLY_DOUBLE_PAIRS, 'open');
/** Curly double marks that only close one: ” ». */
export const DOUBLE_CLOSING_MARKS = [...chars(CURLY_DOUBLE_PAIRS, 'close')].filter((m) => !DOUBLE_OPENING_MARKS.includes(m)).join('');
/** A double mark that can open a quotation, curly or straight. */
export const DOUBLE_OPENING_MARK = new RegExp(`[${anyOf(DOUBLE_OPENING_MARKS)}"]`);

/** The mark that closes a quotation opened with `open` (”, “ for „, « for »), or undefined. */
export function closingMarkOf(open: string | undefined): string | undefined {
  return QUOTATION_PAIRS.find((p) => p.open === open)?.close;
}

/** Whether a quotation opened with `open` (one character) is a single one (‘…’, ‚…‘, ‹…›). */
export function isSingleMark(open: string | undefined): boolean {
  return QUOTATION_PAIRS.some((p) => p.open === open && p.kind === 'single');
}

/** The marks as the body of a regular-expression character class (`[${anyOf(m)}]`). */
export function anyOf(marks: string): string {
  return marks.replace(/[\\\]^-]/g, '\\$&');
}
