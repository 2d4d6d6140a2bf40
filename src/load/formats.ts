/**
 * File formats to articles. Markup formats keep the file's coordinates: markup
 * is blanked to spaces of equal length (block boundaries become U+2029, which
 * the segmenter reads as a paragraph break and line counting ignores), and
 * entities are decoded and padded to their length without moving text to
 * another line (`decodeStretch`), so every offset and line:column points into
 * the file the user has.
 */
import type { Article, Format, InputError } from '../types.js';
import { anyOf, CLOSING_MARKS, QUOTATION_MARKS } from '../lexicon/quotation-marks.js';
import { wordTable } from '../lexicon/word-table.js';
import { InputProblem } from './decode.js';
import { invalidJsonMessage, jsonSyntaxError } from './json-error.js';

export interface ParsedRecord {
  article?: Article;
  error?: { path: string; code: string; message: string };
}

/** The input formats, as `--stdin-format` and analyzeText's `format` name them. */
export const FORMATS: readonly Format[] = ['txt', 'md', 'html', 'json', 'jsonl'];

export const EXTENSIONS: Record<string, Format> = wordTable({
  txt: 'txt', text: 'txt', md: 'md', markdown: 'md', html: 'html', htm: 'html', json: 'json', jsonl: 'jsonl', ndjson: 'jsonl',
});

export function formatOf(path: string): Format {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  return EXTENSIONS[ext] ?? 'txt';
}

/** JSON (an array) and JSONL hold any number of articles; the other formats one each. */
function holdsManyArticles(format: Format): boolean {
  return format === 'json' || format === 'jsonl';
}

/** Does any of the inputs hold any number of articles: a JSON or JSONL file, or stdin in one of those formats (null: no stdin)? */
export function anyHoldsManyArticles(files: readonly string[], stdinFormat: Format | null): boolean {
  return files.some((f) => holdsManyArticles(formatOf(f))) || (stdinFormat !== null && holdsManyArticles(stdinFormat));
}

export function parseArticles(path: string, format: Format, text: string): ParsedRecord[] {
  switch (format) {
    case 'txt': return [{ article: { path, format, text, title: textTitle(text), meta: {} } }];
    case 'md': return [{ article: markdownArticle(path, text) }];
    case 'html': return [{ article: htmlArticle(path, text) }];
    case 'json': return jsonArticles(path, text);
    case 'jsonl': return jsonlArticles(path, text);
  }
}

// ---------------------------------------------------------------- plain text

/**
 * The first line with words is a title when it has no sentence-final punctuation and a blank line follows.
 * Closing quotation marks are looked through: "Psaki calls claims ‘crazy’" is a title, "He said “yes.”" is not.
 * A line ends at LF, CRLF or a lone CR (old Mac files), as lines are counted for line:column.
 */
const TITLE_ENDS_SENTENCE = new RegExp(`[.!?:;,][${anyOf(CLOSING_MARKS)})\\]]*$`);

export function textTitle(text: string): string | null {
  // (Blank lines before it are passed over: exported and pasted articles often open with some.)
  const m = /^\uFEFF?(?:[ \t]*(?:\r\n|\r(?!\n)|\n))*[ \t]*(\S[^\r\n]{0,299})(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)/.exec(text);
  const line = m?.[1]?.trim();
  if (!line || TITLE_ENDS_SENTENCE.test(line)) return null;
  return line;
}

// ---------------------------------------------------------------- Markdown

const PARAGRAPH_BREAK = '\u2029';

function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

function markdownArticle(path: string, source: string): Article {
  let text = source;
  let title: string | null = null;
  // Front matter, YAML between "---" lines or TOML between "+++" lines (Hugo): title from it, then blanked.
  const fm = /^(---|\+\+\+)[ \t]*\r?\n(?:([\s\S]{0,20000}?)\r?\n)?\1[ \t]*(?:\r?\n|$)/.exec(text);
  if (fm) {
    title = fm[1] === '+++' ? tomlTitle(fm[2] ?? '') : frontMatterTitle(fm[2] ?? '');
    text = blank(fm[0]) + text.slice(fm[0].length);
  }
  text = blankCodeBlocks(text.replace(/<!--[\s\S]*?(?:-->|$)/g, blank)); // an unclosed comment runs to the end, as in HTML (and stays linear)
  // A <script> or <style> block (JSON-LD, an embed's code) is no prose, as in HTML: CommonMark's HTML block that
  // starts with the tag at a line's start and ends with the line that holds an end tag, else with the document.
  // (Up to the first end tag as `[^<]*` runs, not a lazy `[\s\S]*?`: several times faster on a long block.)
  text = text.replace(/^ {0,3}<(?:script|style)(?=[\s>]|$)[^<]*(?:<(?!\/(?:script|pre|style|textarea)>)[^<]*)*(?:<\/(?:script|pre|style|textarea)>[^\r\n]*)?/gim, blank);
  const blocks = text; // code blanked, headings still marked: where the title heading is looked for
  text = text
    // A footnote's definition (GFM: "[^1]: Ortiz told the Gazette …") is the article's text, a paragraph of its
    // own: its label blanked, a paragraph break over its "[" (definitions are often on consecutive lines).
    .replace(FOOTNOTE_DEFINITION, (m, indent: string) => indent + PARAGRAPH_BREAK + blank(m.slice(indent.length + 1)))
    .replace(/^ {0,3}\[[^\]\n]+\]:[ \t]*\S[^\n]*$/gm, blank) // link reference definitions
    .replace(/^ {0,3}(?:=+|([-*_])(?:[ \t]*\1){2,})[ \t]*$/gm, blank); // setext underlines and thematic breaks
  // Inline code, before the inline markup that does not apply inside it; its text is put back once the rest is done.
  const code = setAsideInlineCode(text);
  text = code.text
    .replace(FOOTNOTE_REFERENCE, blank)
    .replace(/!\[[^[\]\n]*\](?:\((?:[^()\n]|\([^()\n]*\))*\)|\[[^[\]\n]*\])/g, blank) // images
    // links; labels stop at "[" and URLs at "(" (one level of parentheses allowed), so a line of unclosed "[" or "](" is not rescanned from each one
    .replace(/\[([^[\]\n]*)\](?:\((?:[^()\n]|\([^()\n]*\))*\)|\[[^[\]\n]*\])/g, (m, label: string) => ' ' + label + ' '.repeat(m.length - label.length - 1))
    .replace(/^([ \t]{0,3}#{1,6}[ \t](?:.*\S)?)([ \t]+#+)([ \t]*)$/gm, (_m, a: string, closing: string, b: string) => a + blank(closing) + b)
    // A heading's marks; a bare "#" line is an empty heading (CommonMark), not the text "#" (it was taken for a title).
    .replace(/^([ \t]*)(#{1,6})([ \t]+|$)/gm, (_m, a: string, h: string, b: string) => a + ' '.repeat(h.length) + b)
    .replace(/^([ \t]*)((?:>[ \t]?)+)/gm, (_m, a: string, q: string) => a + blank(q))
    .replace(/^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+)/gm, (_m, a: string, b: string, c: string) => a + ' '.repeat(b.length) + c)
    .replace(/<\/?[a-zA-Z][^>\n]{0,500}>/g, blank);
  text = blankTables(text);
  // Emphasis twice, so that nested markers (**bold *italic* bold**) are blanked too.
  for (let pass = 0; pass < 2; pass++) text = text.replace(STAR_EMPHASIS, unmark).replace(UNDERSCORE_EMPHASIS, unmark);
  // Entities, as in HTML (CommonMark decodes them outside code, which is set aside until now).
  text = code.putBack(decodeEntitiesByLine(text));
  if (!title) {
    // The first "# " heading outside code, as the reader sees it: from the blanked text, so emphasis and links are gone.
    const h1 = /^ {0,3}#[ \t]+\S.*$/m.exec(blocks);
    const at = h1?.index ?? 0;
    title = h1 ? text.slice(at, at + h1[0].length).replace(/\s+/g, ' ').trim() || null : textTitle(text);
  }
  return { path, format: 'md', text, title, meta: {} };
}

/** A GFM footnote's definition label at a line's start, "[^1]:" (a label has no white space). */
const FOOTNOTE_DEFINITION = /^( {0,3})\[\^[^\]\s]+\]:/gm;
/** A GFM footnote's reference mark, "[^1]". */
const FOOTNOTE_REFERENCE = /\[\^[^\]\s]+\]/g;

/**
 * The `title:` of YAML front matter, as YAML reads the forms titles are written in: plain (a " #" starts a
 * comment), 'single-quoted' ('' is a quotation mark), "double-quoted" (backslash escapes), or a folded (>) or
 * literal (|) block over the more indented lines after it, joined with spaces. Null when there is none.
 */
function frontMatterTitle(frontMatter: string): string | null {
  const m = /^title:[ \t]*(.*)$/m.exec(frontMatter);
  if (!m) return null;
  const value = m[1]!.trim();
  let title: string;
  if (/^[|>][-+0-9]*(?:[ \t]+#.*)?$/.test(value)) {
    const after = frontMatter.slice(m.index + m[0].length).split(/\r?\n/).slice(1);
    const end = after.findIndex((line) => line.trim() !== '' && !/^[ \t]/.test(line));
    title = (end === -1 ? after : after.slice(0, end)).join(' ');
  } else if (value.startsWith("'")) {
    title = /^'((?:[^']|'')*)'/.exec(value)?.[1]?.replace(/''/g, "'") ?? value;
  } else if (value.startsWith('"')) {
    const quoted = /^"(?:[^"\\]|\\.)*"/.exec(value)?.[0];
    try {
      title = quoted === undefined ? value : (JSON.parse(quoted) as string);
    } catch {
      title = quoted!.slice(1, -1); // a YAML escape JSON lacks (\x41, \_): the text between the marks
    }
  } else {
    title = value.replace(/[ \t]+#.*$/, '');
  }
  title = title.replace(/\s+/g, ' ').trim();
  return title === '' ? null : title;
}

/** The `title = "…"` of TOML front matter: a basic string (backslash escapes) or a 'literal' one. Null when there is none. */
function tomlTitle(frontMatter: string): string | null {
  const m = /^title[ \t]*=[ \t]*("(?:[^"\\\r\n]|\\.)*"|'[^'\r\n]*')/m.exec(frontMatter);
  if (!m) return null;
  const quoted = m[1]!;
  let title = quoted.slice(1, -1);
  if (quoted.startsWith('"')) {
    try {
      title = JSON.parse(quoted) as string;
    } catch {
      // an escape JSON lacks (\U0001F600): the text between the marks
    }
  }
  title = title.replace(/\s+/g, ' ').trim();
  return title === '' ? null : title;
}

/**
 * Code blocks blanked whole, as CommonMark reads them, in one pass over the lines (linear time):
 *
 * - Fenced code: a line of three or more backticks or tildes (indented less than four columns) opens it, and
 *   a line of at least as many of the same character, and nothing else, closes it; an unclosed fence runs to
 *   the end of the document. A backtick fence's info string has no backtick (```` ```a``` ```` is inline code).
 * - Indented code: lines indented four columns or more past their container, where they cannot continue a
 *   paragraph (after a blank line, a heading, a code block, or at the start), and the blank lines between them.
 *   The container is the list item the line belongs to: a list item's continuation lines are indented
 *   to its content (two columns under "- ", three under "1. ", more when nested), and are prose; code inside
 *   an item is indented four more. A line indented less than an open item's content, after a blank line,
 *   ends the item; without a blank line it continues the item's paragraph (a "lazy" line), and so is prose.
 *
 * Block quotes are not read as containers here (their markers are blanked later): indented code inside a
 * "> " quote is analysed. Lines are split at LF, CRLF and a lone CR, and keep their line breaks.
 */
function blankCodeBlocks(text: string): string {
  if (!/(?:^|[\r\n])(?: {4}|\t| {0,3}(?:```|~~~)| {1,3}\t)/.test(text)) return text;
  const lines = text.split(/(?<=\n)|(?<=\r)(?!\n)/);
  const items: number[] = []; // the content column of each open list item, innermost last
  let paragraph = false; // the previous line is paragraph text, which an indented line continues
  let fence: { mark: string; length: number; base: number } | null = null;
  let codeBase = -1; // the container column of the indented code block being read, -1 outside one
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lead = /^[ \t]*/.exec(line)![0];
    const content = line.slice(lead.length).replace(/[\r\n]+$/, '');
    const indent = columns(lead);
    if (fence) {
      // A fence inside a list item ends with the item: a line indented less than its content.
      if (content === '' || indent >= fence.base) {
        lines[i] = blank(line);
        const close = /^(`{3,}|~{3,})[ \t]*$/.exec(content);
        if (close && close[1]![0] === fence.mark && close[1]!.length >= fence.length && indent - fence.base < 4) fence = null;
        continue;
      }
      fence = null;
    }
    if (content === '') {
      paragraph = false;
      continue; // a blank line in a code block is blank already
    }
    if (codeBase >= 0 && indent >= codeBase + 4) {
      lines[i] = blank(line);
      continue;
    }
    codeBase = -1;
    // A thematic break (* * *) or a setext underline (===, ---) is no list item, and no paragraph follows it.
    const rule: boolean = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(content) || (paragraph && /^(?:=+|-+)[ \t]*$/.test(content));
    const marker = rule ? null : /^([-*+]|\d{1,9}[.)])(?:([ \t]+)(?=\S)|[ \t]*$)/.exec(content);
    // An ordered list interrupts a paragraph only from 1 (CommonMark): "2024. It rained" continues one.
    const item = marker !== null && (!paragraph || items.length > 0 || !/^\d/.test(marker[1]!) || /^0*1\D/.test(marker[1]!));
    // Leave the list items this line is not inside; a paragraph's next line (not a new item) stays in its item.
    if (!paragraph || item) while (items.length > 0 && indent < items[items.length - 1]!) items.pop();
    const base = items.length > 0 ? items[items.length - 1]! : 0;
    if (!paragraph && indent >= base + 4) {
      lines[i] = blank(line);
      codeBase = base;
      continue;
    }
    const open = indent < base + 4 ? /^(`{3,}|~{3,})(.*)$/.exec(content) : null;
    if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
      lines[i] = blank(line);
      fence = { mark: open[1]![0]!, length: open[1]!.length, base };
      paragraph = false;
      continue;
    }
    if (item) {
      // Content starts after the marker and one to four spaces; with five or more (code in the item) or none, after one.
      const spaces = marker![2] === undefined ? 0 : columns(lead + marker![1]! + marker![2]) - columns(lead + marker![1]!);
      items.push(indent + marker![1]!.length + (spaces >= 1 && spaces <= 4 ? spaces : 1));
    }
    paragraph = !rule && !/^#{1,6}(?:[ \t]|$)/.test(content);
  }
  return lines.join('');
}

/** How many columns leading spaces and tabs take, tabs stopping every four columns (CommonMark). */
function columns(lead: string): number {
  let n = 0;
  for (const c of lead) n = c === '\t' ? n + 4 - (n % 4) : n + 1;
  return n;
}

/**
 * Quotation marks inside inline code are code, not quotations: they would open or close one (`"strict": true`).
 * Not ', mostly an apostrophe in code (`don't`), as it has been (’, rarer there, is blanked).
 */
const CODE_QUOTE_MARKS = new RegExp(`[${anyOf(QUOTATION_MARKS.replace('\'', ''))}]`, 'g');

/** Inline code: a span opened by N backticks ends at the next run of exactly N (``a `tick` inside``); a lone backtick is text. */
const INLINE_CODE = /(?<!`)(`+)(?!`)[^\n]{1,500}?(?<!`)\1(?!`)/g;

/**
 * Inline code is words of its sentence (`She said \`npm install\` failed.`), so
 * its text is analysed, as written but for its quotation marks: no markup or
 * entity applies inside it (CommonMark). Its backticks are blanked and its text set aside, blanked too,
 * while the rest of the Markdown is read; `putBack` writes it back at its
 * offsets. They are still its own: every step keeps the text's length, and
 * an entity's padding never goes past a space, which each backtick now is.
 * Fenced code blocks are blanked whole before this: they are not prose.
 */
function setAsideInlineCode(text: string): { text: string; putBack: (read: string) => string } {
  const spans: { at: number; code: string }[] = [];
  const blanked = text.replace(INLINE_CODE, (span: string, ticks: string, offset: number) => {
    spans.push({ at: offset + ticks.length, code: span.slice(ticks.length, -ticks.length) });
    return blank(span);
  });
  const putBack = (read: string): string => {
    const pieces: string[] = [];
    let from = 0;
    for (const { at, code } of spans) {
      pieces.push(read.slice(from, at), code.replace(CODE_QUOTE_MARKS, ' '));
      from = at + code.length;
    }
    pieces.push(read.slice(from));
    return pieces.join('');
  };
  return { text: blanked, putBack };
}

/**
 * GFM tables: a row with a pipe, then a delimiter row (`| --- | :-: |`) of as
 * many cells, then rows up to a blank line. The delimiter row is blanked; in
 * the other rows each pipe becomes U+2029, so that each cell is a paragraph of
 * its own (as a <td> is in HTML) and no attribution runs from one cell into
 * the next; an escaped pipe (`\|`) is a pipe, its backslash blanked.
 */
function blankTables(text: string): string {
  if (!text.includes('|')) return text;
  const lines = text.split(/(?<=\n)|(?<=\r)(?!\n)/); // each with its line break
  for (let i = 0; i + 1 < lines.length; i++) {
    const cells = tableCells(lines[i]!);
    if (cells === 0 || delimiterCells(lines[i + 1]!) !== cells) continue;
    lines[i] = tableRow(lines[i]!);
    lines[i + 1] = blank(lines[i + 1]!);
    let row = i + 2;
    for (; row < lines.length && lines[row]!.trim() !== ''; row++) lines[row] = tableRow(lines[row]!);
    i = row - 1;
  }
  return lines.join('');
}

/** Unescaped pipes, the ones that end table cells. */
const CELL_PIPE = /(?<!\\)\|/g;

/** How many cells a table row has (0 when it has no pipe): pipes split it, one at either end is optional. */
function tableCells(line: string): number {
  const row = line.trim();
  if (!/(?<!\\)\|/.test(row)) return 0;
  return row.replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(CELL_PIPE).length;
}

/** How many cells a delimiter row (`| --- | :-: |`) has; 0 when the line is not one. */
function delimiterCells(line: string): number {
  const row = line.trim();
  if (!row.includes('|') || !/^[|:\- \t]+$/.test(row)) return 0;
  const cells = row.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
  return cells.every((c) => /^:?-+:?$/.test(c)) ? cells.length : 0;
}

function tableRow(line: string): string {
  return line.replace(CELL_PIPE, PARAGRAPH_BREAK).replace(/\\\|/g, ' |');
}

/** `*a*`, `**a**`, `~~a~~`: markers next to non-space text. */
const STAR_EMPHASIS = /(\*\*|~~|\*)(?=\S)((?:(?!\1)[^\n]){1,500}?)(?<=\S)\1/g;
/** `_a_`, `__a__`, but not the underscores inside words (snake_case). */
const UNDERSCORE_EMPHASIS = /(?<![\p{L}\p{N}_])(__|_)(?=\S)((?:(?!\1)[^\n]){1,500}?)(?<=\S)\1(?![\p{L}\p{N}_])/gu;

function unmark(_m: string, mark: string, inner: string): string {
  return ' '.repeat(mark.length) + inner + ' '.repeat(mark.length);
}

// ---------------------------------------------------------------- HTML

/** Named entities news pages use; accented letters (eacute, Ccedil …) are composed in `decodeEntity`. */
const ENTITIES: Record<string, string> = wordTable({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', bdquo: '„', sbquo: '‚', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›',
  prime: '′', Prime: '″', mdash: '—', ndash: '–', minus: '−', hellip: '…', bull: '•', middot: '·', shy: '\u00ad',
  zwj: '\u200d', zwnj: '\u200c', lrm: '\u200e', rlm: '\u200f', copy: '©', reg: '®', trade: '™', sect: '§', para: '¶',
  dagger: '†', Dagger: '‡', deg: '°', times: '×', divide: '÷', plusmn: '±', permil: '‰', micro: 'µ',
  frac12: '½', frac14: '¼', frac34: '¾', sup1: '¹', sup2: '²', sup3: '³', ordf: 'ª', ordm: 'º',
  euro: '€', pound: '£', yen: '¥', cent: '¢', curren: '¤', iexcl: '¡', iquest: '¿',
  szlig: 'ß', aelig: 'æ', AElig: 'Æ', oelig: 'œ', OElig: 'Œ', oslash: 'ø', Oslash: 'Ø', eth: 'ð', ETH: 'Ð', thorn: 'þ', THORN: 'Þ',
});
/** HTML also accepts these in capitals (&AMP;). */
const CAPITAL_ENTITIES = new Set(['AMP', 'LT', 'GT', 'QUOT', 'COPY', 'REG']);
/** Combining marks for the accented-letter entities: eacute = e + U+0301. */
const ACCENTS: Record<string, string> = wordTable({
  acute: '\u0301', grave: '\u0300', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030a', cedil: '\u0327', caron: '\u030c',
});
/** Numeric references 128–159 mean Windows-1252 characters in real pages (&#147; is “). */
const WINDOWS_1252: Record<number, string> = {
  128: '€', 130: '‚', 132: '„', 133: '…', 134: '†', 135: '‡', 137: '‰', 139: '‹', 145: '‘', 146: '’', 147: '“', 148: '”', 149: '•', 150: '–', 151: '—', 153: '™', 155: '›',
};
const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;
/** A start tag or end tag; quoted attribute values may contain ">". */
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>?/g;

const BLOCK_TAGS = /^(?:p|div|h[1-6]|li|ul|ol|blockquote|section|article|header|footer|aside|main|figure|figcaption|table|tr|td|th|pre|hr|dt|dd|nav|dialog|form)$/i;
/** A <br> right after another (only spaces between): two line breaks in a row end a paragraph, one does not. */
const SECOND_BREAK = /^\s*$/;

function htmlArticle(path: string, source: string): Article {
  let text = source;
  // Content of script, style and similar elements is never text; an unclosed one (or an unclosed start tag or
  // attribute value) runs to the end. Every pattern here either matches or stops at the next "<", so broken
  // markup repeated many times is not rescanned to the end from each tag (linear time).
  text = text.replace(/<(script|style|noscript|template|iframe|svg|object)\b(?:[^>"']|"[^"]*(?:"|$)|'[^']*(?:'|$))*(?:>|$)[\s\S]*?(?:<\/\1\s*>|$)/gi, blank);
  text = text.replace(/<!--[\s\S]*?(?:-->|$)/g, blank).replace(/<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g, blank).replace(/<![^>]*(?:>|$)/g, blank);
  text = blankChrome(text);
  const article = elementContent(text, 'article');
  const main = elementContent(text, 'main');
  // The title: the article's own headline, the first <h1> of <article> or <main>; else the og:title of the page's
  // social-media card, the headline as written for a card that shows the site's name apart (og:site_name); only
  // then <title>, which sites suffix with their name ("Council votes | Gazette": not the headline line of the
  // text, which check leaves out, titleSpan); else the page's first <h1> (on a page without <article> or
  // <main>, often the site's logo).
  const title = headline(article && text.slice(article.from, article.to)) ?? headline(main && text.slice(main.from, main.to))
    ?? openGraphTitle(text) ?? oneLineTitle(/<title[^<>]*>([^<]{1,500})<\/title>/i.exec(text)?.[1]) ?? headline(text);
  // Keep only the article's region: <article>, else <main>, else <body>.
  const region = article ?? main ?? elementContent(text, 'body');
  if (region) text = blank(text.slice(0, region.from)) + text.slice(region.from, region.to) + blank(text.slice(region.to));
  // Tags: block tags become a paragraph break, inline tags spaces; the text between them has its entities decoded.
  // A blockquote's signature (its <footer>) continues the quotation's paragraph after a dash (see `signatures`).
  const signed = signatures(text);
  const pieces: string[] = [];
  let at = 0;
  let previousBreak = -1; // where the last <br> ended
  let inlineQuotes = 0; // <q> elements open
  for (const m of text.matchAll(TAG)) {
    const between = text.slice(at, m.index);
    const br = m[1]!.toLowerCase() === 'br';
    const paragraph = BLOCK_TAGS.test(m[1]!) || (br && previousBreak === at && SECOND_BREAK.test(between));
    const sign = signed.get(m.index);
    // An inline quotation, <q>, is shown between quotation marks (single ones inside another): they are written over its tags' "<".
    const mark = m[1]!.toLowerCase() !== 'q' ? undefined
      : m[0][1] !== '/' ? (inlineQuotes++ % 2 === 0 ? '\u201c' : '\u2018')
      : inlineQuotes > 0 ? (--inlineQuotes % 2 === 0 ? '\u201d' : '\u2019') : undefined;
    const tag = mark !== undefined ? mark + blank(m[0].slice(1))
      : sign === 'dash' ? SIGNATURE_DASH + blank(m[0].slice(1)) : paragraph && sign === undefined ? PARAGRAPH_BREAK + blank(m[0].slice(1)) : blank(m[0]);
    pieces.push(decodeEntitiesByLine(between), tag);
    at = m.index + m[0].length;
    if (br) previousBreak = at;
  }
  pieces.push(decodeEntitiesByLine(text.slice(at)));
  text = pieces.join('');
  return { path, format: 'html', text, title, meta: {} };
}

/** The dash written over the `<` of a signature's tag when its text has none (as U+2029 is over a block tag's). */
const SIGNATURE_DASH = '\u2015';
const DASH_START = /^[\u2014\u2015\u2013-]/;
/** A quotation's last character: a closing quotation mark, where the signature goes (“…” ― Name). */
const CLOSING_MARK = new RegExp(`[${anyOf(CLOSING_MARKS)}]$`);

/**
 * The source of a block quotation, written after it in its own element: a `<footer>` inside the
 * `<blockquote>` (`<footer>— <cite>Ann Lee</cite>, mayor</footer>`), a `<cite>` that follows the
 * quotation's last paragraph inside it (`<p>“…”</p><cite>Ann Lee</cite>`, as WordPress writes it), or the
 * `<figcaption>` right after it in a `<figure>` (the HTML standard's way). The page shows it under the
 * quotation, as a signature; in the text it is read as one: it continues the quotation's paragraph (the
 * tags between are blanked without a paragraph break), so `“…” ― Ann Lee` is attributed to her as a dash
 * signature is in plain text. When the signature's text does not start with a dash, a dash (―) is written
 * over the `<` of its tag, as a paragraph break is written over a block tag's: no text moves. Only after
 * a closing quotation mark: a block quotation without marks is not a quotation the analysis sees, and its
 * footer stays a paragraph of its own. Linear: one pass over the tags.
 * Returns, by tag offset, the tags to blank without a paragraph break ('soft') or to write the dash over.
 */
function signatures(text: string): Map<number, 'soft' | 'dash'> {
  const out = new Map<number, 'soft' | 'dash'>();
  if (!/<blockquote[\s>]/i.test(text)) return out;
  let quotes = 0; // <blockquote> elements open
  // The tags since the last text, and what they did (flags, so that a long run of tags is read once).
  let run: number[] = [];
  let closedBlock = false;
  let closedQuote = false;
  let openedQuote = false;
  let afterMark = false; // the last text that is not white space ends with a closing quotation mark
  let pending: number | null = null; // the tag of a signature whose first text is still to come
  let pendingName = ''; // and its element's name
  let figures = 0; // <figure> elements open
  let quoteFigure = -1; // how many were open where the last <blockquote> opened
  /** Whether the text starting here starts with a dash (only its start is decoded). */
  const dashFirst = (s: string): boolean => DASH_START.test(decodeEntities(s.trimStart().slice(0, 12)));
  let at = 0;
  for (const m of text.matchAll(TAG)) {
    const between = text.slice(at, m.index);
    at = m.index + m[0].length;
    if (/\S/.test(between)) {
      if (pending !== null && !dashFirst(between)) out.set(pending, 'dash');
      pending = null;
      afterMark = CLOSING_MARK.test(decodeEntities(between.trimEnd().slice(-12)));
      run = [];
      closedBlock = closedQuote = openedQuote = false;
    }
    const name = m[1]!.toLowerCase();
    const closing = m[0][1] === '/';
    if (pending !== null) {
      // A signature element that ends with no text in it (<footer><img …></footer>) signs nothing: the tags
      // after it break paragraphs as usual.
      if (closing && (name === pendingName || name === 'blockquote' || name === 'figure')) pending = null;
      else {
        out.set(m.index, 'soft'); // a tag inside the signature before its text (<footer><p>Ann Lee)
        continue;
      }
    }
    run.push(m.index);
    if (closing && BLOCK_TAGS.test(name)) closedBlock = true;
    if (name === 'figure') figures = Math.max(0, figures + (closing ? -1 : 1));
    if (name === 'blockquote') {
      quotes = Math.max(0, quotes + (closing ? -1 : 1));
      if (closing) closedQuote = true;
      else {
        openedQuote = true;
        quoteFigure = figures;
      }
    }
    if (closing || !afterMark || openedQuote) continue;
    // (A <figcaption> signs a quotation only in the <figure> that holds it, not a photo's caption after it.)
    const signature = (name === 'footer' && quotes > 0) || (name === 'cite' && quotes > 0 && closedBlock) || (name === 'figcaption' && closedQuote && figures > 0 && figures === quoteFigure);
    if (!signature) continue;
    for (const t of run) out.set(t, 'soft');
    pending = m.index;
    pendingName = name;
  }
  if (pending !== null && !dashFirst(text.slice(at))) out.set(pending, 'dash');
  return out;
}

/** Where the content of the first `<tag>` element is (up to its own end tag, past nested ones of the same name, else to the end), or null when there is none. */
function elementContent(text: string, tag: string): { from: number; to: number } | null {
  const open = new RegExp(`<${tag}(?=[\\s/>])(?:[^<>"']|"[^"<]*"|'[^'<]*')*>`, 'i').exec(text);
  if (!open) return null;
  const from = open.index + open[0].length;
  // Its own end tag, past elements of the same name nested in it (a card or a comment that is an <article> too).
  const tags = new RegExp(`<(/?)${tag}(?=[\\s/>])`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(text); m; m = tags.exec(text)) {
    if (m[1] === '') depth++;
    else if (--depth === 0) return { from, to: m.index };
  }
  return { from, to: text.length };
}

/** The text of the first <h1> in `html` (its tags dropped, a <br> read as a space), or null. */
function headline(html: string | null): string | null {
  return html === null ? null : oneLineTitle(/<h1(?=[\s>])[^<>]*>([\s\S]{1,500}?)<\/h1>/i.exec(html)?.[1]?.replace(/<br\b[^>]*>/gi, ' ').replace(/<[^>]*>/g, ''));
}

/**
 * The `<meta property="og:title" content="…">` of a page (Open Graph; some pages write `name=`), or null; null
 * too when it is only the site's name, its og:site_name (a template that gives every page the same card).
 */
function openGraphTitle(html: string): string | null {
  const card = new Map<string, string | null>();
  for (const m of html.matchAll(META_TAG)) {
    const fields = new Map(attributes(m[0], 'meta'));
    // Either attribute may name it: <meta property="article:section" name="og:title"> is an og:title.
    const property = [fields.get('property'), fields.get('name')].map((v) => v?.trim().toLowerCase()).find((v) => v === 'og:title' || v === 'og:site_name');
    if (property !== undefined && !card.has(property)) card.set(property, oneLineTitle(fields.get('content')?.slice(0, 500)));
  }
  const title = card.get('og:title') ?? null;
  return title?.toLowerCase() === card.get('og:site_name')?.toLowerCase() ? null : title;
}

/**
 * The character encoding a page declares where a browser looks for it, in its first 1024 characters (the HTML
 * standard's prescan): `<meta charset="…">` or `<meta http-equiv="Content-Type" content="text/html; charset=…">`.
 * The label in lower case, or null.
 */
export function declaredCharset(html: string): string | null {
  for (const m of html.slice(0, 1024).matchAll(META_TAG)) {
    const fields = new Map(attributes(m[0], 'meta'));
    const contentType = fields.get('http-equiv')?.trim().toLowerCase() === 'content-type' ? fields.get('content') : undefined;
    const label = (fields.get('charset') ?? CHARSET_PARAMETER.exec(contentType ?? '')?.[1])?.trim().toLowerCase();
    if (label) return label;
  }
  return null;
}

const CHARSET_PARAMETER = /charset\s*=\s*["']?([^\s"';]+)/i;

const META_TAG = /<meta(?=[\s/>])(?:[^<>"']|"[^"<]*"|'[^'<]*')*>/gi;

/** A title as one line: entities decoded, white space collapsed; null when empty. */
function oneLineTitle(raw: string | undefined): string | null {
  return decodeEntities(raw ?? '').replace(/\s+/g, ' ').trim() || null;
}

/**
 * Page chrome, never article prose, even inside <article>: each element is blanked whole, with everything in
 * it, and a block one leaves a paragraph break. Chrome by its name, as the HTML standard maps it to a landmark:
 * <aside> (related links, sidebars, pull quotes that repeat the text), <nav>, <button>, <dialog>, <footer>
 * (tags, author notes, "more from"; not a <footer> inside a <blockquote>: that is the quotation's source), and
 * the page's <header>, its banner: the first one outside <article>, <aside>, <main>, <nav> and <section>, before
 * any of the page's text (prose in a paragraph or heading, or more than a line of other text outside links: a
 * "Skip to content" link is none, nor the <title> of a page without <body>; a post's own <header> further down
 * is kept, on a page without <article>), and without an <h1>, which may be the article's headline (an
 * article's <header>, headline and byline, is kept).
 * Chrome by its attributes, on any element but the page's own (<html>, <body>, <main>, <article>): a landmark role
 * (CHROME_ROLES), `hidden` (not "until-found": that text is the page's, shown when searched for),
 * aria-hidden="true" on a block element (on an inline one it hides from screen readers what a reader sees: the
 * quotation marks drawn around a quote, an icon; kept), or a class or id that names a cookie or consent banner,
 * a newsletter box, share buttons, related links, a promotion, reader comments or an ad slot (CHROME_CLASS). And <form>: a sign-up, a search box, a comment form.
 *
 * The text is kept when in doubt. An element never closed is kept. The end tag of a <div> is easily missing, so
 * that the </div> taken for a banner's is its container's: when an element of its name around it is never
 * closed, that one's end tag may be the one taken for its own, and the element is kept if what it would blank
 * looks like the story swallowed: a paragraph or heading with prose (text outside links) after the box's own
 * text. A box that closes where it should inside a page wrapper never closed (a cookie notice, a list of
 * related links) is not in doubt. An attribute can mark the
 * whole page (behind an open modal it is aria-hidden; an ASP.NET page is one <form>): an element found by its
 * attributes, and a <form>, are kept when they hold the page's <main> or more than half of its text. (Not when
 * they hold an <article>: a related-links box is a list of them, teaser cards.) Figures and their captions are kept:
 * captions quote people. Linear: two passes over the tags.
 */
function blankChrome(text: string): string {
  if (!CHROME_HINT.test(text)) return text;
  // A page can have millions of tags: each is kept as numbers in typed arrays, never as a match (tens of bytes a tag, not hundreds).
  const { starts, stops } = tagPositions(text);
  const count = starts.length;
  // Pass 1: each element's end tag (an end tag closes the innermost open element of its name), what chrome each
  // start tag opens, and counts before each tag: text characters, <h1> and <main> start tags.
  const ends = new Int32Array(count).fill(-1);
  const sameNameAround = new Int32Array(count).fill(-1); // the innermost open element of the start tag's name around it
  const kinds = new Uint8Array(count); // a ChromeKind a tag
  const textBefore = new Uint32Array(count);
  const headlinesBefore = new Uint32Array(count);
  const mainsBefore = new Uint32Array(count);
  const lastProseBlockBefore = new Int32Array(count); // the start tag of the last paragraph or heading with prose before each tag
  const proseBefore = new Uint32Array(count); // text outside links in paragraphs and headings
  const looseTextBefore = new Uint32Array(count); // text outside links elsewhere
  const open = new Map<string, number[]>(); // the start tags of the elements open, by name, innermost last
  const isOpen = (name: string): boolean => (open.get(name)?.length ?? 0) > 0;
  let at = 0;
  let visible = 0;
  let headlines = 0;
  let mains = 0;
  let pageStart = -1; // the tag the page's text starts at, <body> or </head>: the <title>'s is not the page's
  let block = -1; // the paragraph or heading the text is in (its start tag), or -1
  let inLink = false;
  let lastProseBlock = -1;
  let prose = 0;
  let looseText = 0;
  for (let i = 0; i < count; i++) {
    const start = starts[i]!;
    const name = tagName(text, start).toLowerCase();
    const closing = text[start + 1] === '/';
    const characters = visibleCharacters(text, at, start);
    visible += characters;
    if (characters > 0 && block >= 0 && !inLink) lastProseBlock = block;
    if (!inLink && block >= 0) prose += characters;
    else if (!inLink) looseText += characters;
    textBefore[i] = visible;
    proseBefore[i] = prose;
    looseTextBefore[i] = looseText;
    headlinesBefore[i] = headlines;
    mainsBefore[i] = mains;
    lastProseBlockBefore[i] = lastProseBlock;
    if (name === 'a') inLink = !closing;
    else if (BLOCK_TAGS.test(name)) block = !closing && PROSE_BLOCKS.test(name) ? i : -1;
    if (!closing && name === 'h1') headlines++;
    if (!closing && name === 'main') mains++;
    if (pageStart < 0 && (closing ? name === 'head' : name === 'body')) pageStart = i;
    at = stops[i]!;
    if (closing) {
      const opener = open.get(name)?.pop();
      if (opener !== undefined) ends[opener] = i;
    } else if (!VOID_TAGS.test(name) && !text.startsWith('/>', at - 2)) {
      kinds[i] = chromeKind(name, text.slice(start, at), isOpen);
      const openers = open.get(name);
      if (openers) {
        sameNameAround[i] = openers[openers.length - 1] ?? -1;
        openers.push(i);
      } else open.set(name, [i]);
    }
  }
  const total = visible + visibleCharacters(text, at, text.length);
  // An element whose end tag may be another's: one of its name around it (or around that one) is never closed.
  const unsureEnd = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const around = sameNameAround[i]!;
    if (around >= 0 && (ends[around]! < 0 || unsureEnd[around] === 1)) unsureEnd[i] = 1;
  }
  // What an element with such an end tag blanks looks like the story when it holds a paragraph or heading with
  // prose after its own text: a box's text first, then the story's paragraphs. (Chrome found by its attributes
  // is kept anyway when it holds half the page's text.)
  const holdsStory = (i: number, end: number): boolean => {
    const prose = lastProseBlockBefore[end]!;
    return prose > i && textBefore[prose]! > textBefore[i]!;
  };
  // Pass 2: the outermost chrome elements, blanked.
  const pieces: string[] = [];
  let done = 0; // the text up to here is in `pieces`
  let proseBlanked = 0;
  let looseTextBlanked = 0;
  let bannerBlanked = false;
  for (let i = 0; i < count; i++) {
    const kind = kinds[i];
    const end = ends[i]!;
    const from = starts[i]!;
    if (kind === ChromeKind.none || end < 0 || from < done || (unsureEnd[i] === 1 && holdsStory(i, end))) continue;
    if (kind === ChromeKind.banner) {
      // The page's text before it: prose, or more than a line of other text ("Skip to content" is neither, nor a <title>).
      const pageProse = proseBefore[i]! - (pageStart < 0 ? 0 : proseBefore[pageStart]!) - proseBlanked;
      const pageLooseText = looseTextBefore[i]! - (pageStart < 0 ? 0 : looseTextBefore[pageStart]!) - looseTextBlanked;
      if (bannerBlanked || pageProse > 0 || pageLooseText > LINE_OF_TEXT || headlinesBefore[end]! > headlinesBefore[i]!) continue;
    }
    if (kind === ChromeKind.unlessPage && (mainsBefore[end]! > mainsBefore[i]! || 2 * (textBefore[end]! - textBefore[i]!) > total)) continue;
    const to = stops[end]!;
    pieces.push(text.slice(done, from), BLOCK_TAGS.test(tagName(text, from)) ? PARAGRAPH_BREAK + blank(text.slice(from + 1, to)) : blank(text.slice(from, to)));
    done = to;
    if (kind === ChromeKind.banner) bannerBlanked = true;
    proseBlanked += proseBefore[end]! - proseBefore[i]!;
    looseTextBlanked += looseTextBefore[end]! - looseTextBefore[i]!;
  }
  pieces.push(text.slice(done));
  return pieces.join('');
}

/** Where each tag (TAG) of `text` starts, and where it stops (the index after it). */
function tagPositions(text: string): { starts: Uint32Array; stops: Uint32Array } {
  let starts: Uint32Array = new Uint32Array(1024);
  let stops: Uint32Array = new Uint32Array(1024);
  let count = 0;
  for (const m of text.matchAll(TAG)) {
    if (count === starts.length) {
      starts = doubled(starts);
      stops = doubled(stops);
    }
    starts[count] = m.index;
    stops[count++] = m.index + m[0].length;
  }
  return { starts: starts.subarray(0, count), stops: stops.subarray(0, count) };
}

function doubled(array: Uint32Array): Uint32Array {
  const larger = new Uint32Array(2 * array.length);
  larger.set(array);
  return larger;
}

/** The name of the tag at `at` (a start or end tag that TAG matched there), as written. */
function tagName(text: string, at: number): string {
  TAG_NAME.lastIndex = at;
  return TAG_NAME.exec(text)![1]!;
}

const TAG_NAME = /<\/?([a-zA-Z][a-zA-Z0-9-]*)/y;

/** What chrome a start tag opens (see blankChrome): none; chrome whatever it holds; the page's <header>, unless it holds an <h1>; chrome unless it holds the page. */
const ChromeKind = { none: 0, chrome: 1, banner: 2, unlessPage: 3 } as const;
type ChromeKind = (typeof ChromeKind)[keyof typeof ChromeKind];

/** What chrome a start tag opens; `isOpen` says whether an element of a name is open around it. */
function chromeKind(name: string, tag: string, isOpen: (name: string) => boolean): ChromeKind {
  if (CHROME_ELEMENTS.test(name) || (name === 'footer' && !isOpen('blockquote'))) return ChromeKind.chrome;
  if (name === 'header') return SECTIONING.some(isOpen) ? ChromeKind.none : ChromeKind.banner;
  if (name === 'form') return ChromeKind.unlessPage;
  if (PAGE_ELEMENTS.test(name) || !CHROME_ATTRIBUTE_HINT.test(tag)) return ChromeKind.none;
  for (const [attribute, raw] of attributes(tag, name)) {
    const value = raw.trim().toLowerCase();
    const chrome = attribute === 'role' ? CHROME_ROLES.test(value.split(/\s+/)[0]!)
      : attribute === 'hidden' ? value !== 'until-found'
        : attribute === 'aria-hidden' ? value === 'true' && BLOCK_TAGS.test(name)
          : attribute === 'class' || attribute === 'id' ? value.split(/\s+/).some((token) => CHROME_CLASS.test(token))
            : false;
    if (chrome) return ChromeKind.unlessPage;
  }
  return ChromeKind.none;
}

/** How many characters that are not white space `text` has from `from` to `to`. */
function visibleCharacters(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 32) n++;
  return n;
}

/** The attributes of a start tag (`<name …>`): names in lower case, values as written (empty when there is none). */
function attributes(tag: string, name: string): [string, string][] {
  return [...tag.slice(name.length + 1).matchAll(ATTRIBUTE)].map((m) => [m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '']);
}

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const CHROME_ELEMENTS = /^(?:aside|nav|button|dialog)$/;
/** A <header> inside one of these is a section's or the article's, not the page's banner. */
const SECTIONING = ['article', 'aside', 'main', 'nav', 'section'];
/** The elements that hold the page, never chrome whatever their attributes say (<body class="cookie-consent-open">). */
const PAGE_ELEMENTS = /^(?:html|body|main|article)$/;
/** The blocks of a story's prose: its paragraphs and headings. */
const PROSE_BLOCKS = /^(?:p|h[1-6])$/;
/** Text outside prose blocks and links that is the page's before its banner: more than a line ("Skip to content", "Menu" are not). */
const LINE_OF_TEXT = 40;
/** Elements with no content and no end tag. */
const VOID_TAGS = /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)$/;
/** The landmark roles of page chrome, and dialogs (cookie and consent banners are). */
const CHROME_ROLES = /^(?:banner|navigation|contentinfo|complementary|search|dialog|alertdialog)$/;
/**
 * Words of a class or id, wherever they stand in it, for reader comments (WordPress's "comments-area",
 * "comment-list", "commentlist" and "comment", Disqus's "disqus_thread", "post-comments") or an ad slot ("ad-slot",
 * "top_ads", Google's "div-gpt-ad-…", "dfp-unit", "sponsored"). Whole words between hyphens and underscores:
 * "commentary", "header", "shadow" and "download" hold none.
 */
const COMMENT_AND_AD_WORDS = 'comments?|commentlist|disqus|ads?|adverts?|advertisements?|sponsored|dfp';
/**
 * A class or id of chrome: one that starts with a word for a newsletter box, share buttons, related links or a
 * promotion ("share-bar", "related_articles"), that names cookies or consent anywhere (the consent managers'
 * "onetrust-consent-sdk", "CybotCookiebotDialog"), or that has a word for comments or ads (COMMENT_AND_AD_WORDS).
 */
const CHROME_CLASS = new RegExp(`^(?:newsletter|subscribe|share|sharing|related|promo)(?:[-_]|$)|cookie|consent|gdpr|(?:^|[-_])(?:${COMMENT_AND_AD_WORDS})(?:[-_]|$)`);
const CHROME_WORDS = `cookie|consent|gdpr|newsletter|subscribe|shar(?:e|ing)|related|promo|(?<![a-z0-9])(?:${COMMENT_AND_AD_WORDS})(?![a-z0-9])`;
/** A start tag that may be chrome by its attributes. */
const CHROME_ATTRIBUTE_HINT = new RegExp(`\\s(?:role|hidden|aria-hidden)|${CHROME_WORDS}`, 'i');
/** A page that may have chrome. */
const CHROME_HINT = new RegExp(`<(?:aside|nav|footer|header|button|dialog|form)[\\s/>]|\\s(?:role|hidden|aria-hidden)|${CHROME_WORDS}`, 'i');

/** The text of `&body;`, or null when it is not an entity we know (then it stays as written). */
function decodeEntity(body: string): string | null {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    return WINDOWS_1252[code] ?? String.fromCodePoint(code);
  }
  const named = ENTITIES[body] ?? (CAPITAL_ENTITIES.has(body) ? ENTITIES[body.toLowerCase()] : undefined);
  if (named !== undefined) return named;
  const accented = /^([a-zA-Z])(acute|grave|circ|tilde|uml|ring|cedil|caron)$/.exec(body);
  const letter = accented ? (accented[1]! + ACCENTS[accented[2]!]!).normalize('NFC') : '';
  return letter.length === 1 ? letter : null;
}

/**
 * Entities decoded in text that must keep its length and its line breaks:
 * each line on its own, and each paragraph (U+2029) of a line (see `decodeStretch`).
 */
function decodeEntitiesByLine(text: string): string {
  return text.includes('&') ? text.replace(/[^\r\n\u2029]+/g, decodeStretch) : text;
}

const ENTITY_HERE = new RegExp(ENTITY.source, 'y');

/**
 * The entities of one stretch of text (no tags, no line breaks) decoded, the
 * stretch keeping its length: what an entity saves becomes spaces. They go
 * where they split no word or name. A mark that opens a word ("&ldquo;We") is
 * padded before, so the word keeps its place in the file. Any other entity's
 * spaces go at the end of its word (the first space after it), else at the end
 * of the stretch. So "said Dana O&#39;Brien, the mayor." reads "said Dana
 * O'Brien,     the mayor.": only the rest of the entity's own word sits a few
 * places before its offset in the file; every other word is where it is.
 */
function decodeStretch(stretch: string): string {
  const out: string[] = [];
  // Whether the text written so far ends with a space (read from here, not from `out`: reading a long
  // concatenated string flattens it).
  let endsSpace = true; // at the start of the stretch, as after a space
  const write = (piece: string): void => {
    if (piece === '') return;
    out.push(piece);
    endsSpace = /\s/.test(piece[piece.length - 1]!);
  };
  let owed = 0; // spaces waiting for the end of the word
  let open = { padding: 0, marks: '', to: -1 }; // the marks opening the word being read ("&ldquo;&lsquo;"), not yet written, and where they end in the stretch
  const writeOpen = (): void => {
    if (open.marks === '') return;
    write(' '.repeat(open.padding) + open.marks);
    open = { padding: 0, marks: '', to: -1 };
  };
  /** A space: the owed spaces go before it, at the end of the word. */
  const writeSpace = (c: string): void => {
    if (owed > 0) {
      write(' '.repeat(owed));
      owed = 0;
    }
    write(c);
  };
  let literalFrom = 0;
  /** The stretch's own text up to `end`. */
  const literal = (end: number): void => {
    if (end === literalFrom) return;
    writeOpen();
    let from = literalFrom;
    // While spaces are owed, up to the first space.
    for (let i = from; owed > 0 && i < end; i++) {
      if (!/\s/.test(stretch[i]!)) continue;
      write(stretch.slice(from, i));
      writeSpace(stretch[i]!);
      from = i + 1;
    }
    write(stretch.slice(from, end));
  };
  for (let i = stretch.indexOf('&'); i !== -1; i = stretch.indexOf('&', i + 1)) {
    ENTITY_HERE.lastIndex = i;
    const m = ENTITY_HERE.exec(stretch);
    // A line break written as an entity (&#10;) is a space: a line break in the text would move every line after it.
    const ch = m ? decodeEntity(m[1]!)?.replace(/[\r\n]/g, ' ') ?? null : null;
    if (!m || ch === null) continue;
    literal(i);
    const padding = m[0].length - ch.length;
    const next = stretch[i + m[0].length];
    // A mark (not a letter) right before a word: an opening quotation mark, a bracket, a currency sign.
    const marksWord = next !== undefined && !/\s/.test(next) && !/^[\p{L}\p{N}\p{M}]/u.test(ch);
    if (marksWord && open.to === i) {
      // One more mark opening the same word: its padding goes before them all.
      open = { padding: open.padding + padding, marks: open.marks + ch, to: i + m[0].length };
    } else {
      writeOpen();
      if (marksWord && endsSpace) {
        open = { padding, marks: ch, to: i + m[0].length };
      } else {
        owed += padding;
        if (/^\s$/.test(ch)) writeSpace(ch);
        else write(ch);
      }
    }
    literalFrom = i + m[0].length;
    i = literalFrom - 1;
  }
  literal(stretch.length);
  writeOpen();
  if (owed > 0) out.push(' '.repeat(owed));
  return out.join('');
}

function decodeEntities(s: string): string {
  return s.replace(ENTITY, (m, body: string) => decodeEntity(body) ?? m);
}

// ---------------------------------------------------------------- JSON and JSONL

/**
 * An article object: `{title? | headline?, text | body | content | articleBody}`, the text from the first of these
 * that is a string; `headline` and `articleBody` are schema.org's NewsArticle names (JSON-LD, many scrapers).
 */
function recordArticle(value: unknown, path: string, format: Format): Article {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputProblem('ENOTARTICLE', `not an article: expected an object with a ${TEXT_FIELDS_NAMED} string`);
  }
  const record = value as Record<string, unknown>;
  const field = TEXT_FIELDS.find((k) => typeof record[k] === 'string');
  if (!field) throw new InputProblem('ENOTARTICLE', `not an article: ${attribOutput(record) ?? `no ${TEXT_FIELDS_NAMED} string field`}`);
  const titleField = ['title', 'headline'].find((k) => typeof record[k] === 'string');
  const title = titleField === undefined ? null : record[titleField] as string;
  const meta: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (k !== field && k !== 'title' && k !== titleField && (typeof v !== 'object' || v === null)) meta[k] = v;
  return { path, format, text: record[field] as string, title, meta };
}

/** The fields an article's text is read from, the first that is a string. */
const TEXT_FIELDS = ['text', 'body', 'content', 'articleBody'];
/** `"text", "body", "content" or "articleBody"`, for the messages. */
const TEXT_FIELDS_NAMED = `${TEXT_FIELDS.slice(0, -1).map((k) => `"${k}"`).join(', ')} or "${TEXT_FIELDS.at(-1)}"`;

/**
 * What to say of a record that is attrib's own output (the report of an earlier run, or one of its JSONL lines, left
 * in the folder analysed, `-o archive/results.jsonl` on one day and `> archive/all.json` the next): that it is, and
 * how to keep it out; else undefined. Only the output file of the current run is left out of the inputs by itself.
 */
function attribOutput(record: Record<string, unknown>): string | undefined {
  const what = record.schemaVersion !== undefined && Array.isArray(record.documents) ? 'a --format json report'
    : typeof record.path === 'string' && Array.isArray(record.attributions) && Array.isArray(record.speakers) ? 'a --format jsonl document'
      : undefined;
  return what && `attrib's own output (${what}); write the output outside the folders analysed, or leave the file out of the paths`;
}

function jsonArticles(path: string, text: string): ParsedRecord[] {
  // An empty file has no articles, as `[]` and an empty .jsonl file have none: not invalid JSON.
  if (text.trim() === '') return [{ error: { path, code: 'EEMPTY', message: 'empty file: no articles' } }];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return [{ error: { path, code: 'EPARSE', message: invalidJson(text, oneLine((e as Error).message)) } }];
  }
  if (!Array.isArray(value)) {
    try {
      return [{ article: recordArticle(value, path, 'json') }];
    } catch (e) {
      return [{ error: { path, code: (e as InputProblem).code ?? 'ENOTARTICLE', message: (e as Error).message } }];
    }
  }
  if (value.length === 0) return [{ error: { path, code: 'EEMPTY', message: 'empty array: no articles' } }];
  // Named as the records of a .jsonl file are, the item's position standing for the line.
  const names = new RecordNames('item');
  return value.map((item, i) => {
    try {
      return { article: namedRecord(recordArticle(item, path, 'json'), item, i + 1, names) };
    } catch (e) {
      return { error: lineError(path, i + 1, (e as InputProblem).code ?? 'ENOTARTICLE', `item ${i + 1}: ${(e as Error).message}`) };
    }
  });
}

/** A .jsonl file's records; a file without any is an error (EEMPTY), as an empty JSON array is. */
function jsonlArticles(path: string, text: string): ParsedRecord[] {
  const records = jsonlRecords(path, text);
  return records.length > 0 ? records : [{ error: { path, code: 'EEMPTY', message: 'no records: the file has no JSON lines' } }];
}

/**
 * The records (articles and bad lines) of a JSONL text, none when it has only
 * blank lines. Stdin is read with this: an empty JSONL stream is no records,
 * not an error (see jsonl-stream.ts).
 */
export function jsonlRecords(path: string, text: string): ParsedRecord[] {
  const out: ParsedRecord[] = [];
  const names = new RecordNames('line');
  text.split(JSONL_LINE_BREAK).forEach((line, i) => {
    const record = jsonlRecord(path, line, i + 1, names);
    if (record) out.push(record);
  });
  return out;
}

const JSONL_LINE_BREAK = /\r?\n|\r/;

/**
 * The names (`<file>#<name>`) of the records of one JSONL input, a file or a
 * stream, given as the records come, so that a stream needs no look-ahead and
 * names its records as the same lines in a file are named; and of the items of
 * a JSON array, by their position.
 *
 * A record is named by its id when it has one, else by its line number. A
 * name an earlier record of the input already has (a repeated id; an id that
 * is the line number of an earlier record without one, or the other way
 * round) is followed by `@<line>`, the record's own line, which no other
 * record has: `#a1@7`. The renamed record comes with a warning. Names depend
 * only on the records before, and a bad line takes none: when every record has
 * an id of its own, each is `#<id>` in the whole input and in any piece of it;
 * when none has an id, each is `#<line>`.
 */
export class RecordNames {
  /** Each name given, with the line of its record and why it has it. */
  private readonly names = new Map<string, { line: number; by: string }>();
  /** Each id met in a record, with the first line that has it. */
  private readonly ids = new Map<string, number>();

  /** What a position is called in warnings: a JSONL file's line, a JSON array's item. */
  constructor(readonly unit: 'line' | 'item') {}

  /** The name of the record on `line` whose id is `id` (null: none), and a warning when it is not its plain id or line number. */
  name(id: string | null, line: number): { name: string; warning?: string } {
    const wanted = id ?? String(line);
    let name = wanted;
    while (this.names.has(name)) name += `@${line}`;
    const firstWithId = id === null ? undefined : this.ids.get(id);
    if (id !== null && firstWithId === undefined) this.ids.set(id, line);
    const holder = this.names.get(wanted);
    const unit = this.unit;
    this.names.set(name, { line, by: name !== wanted ? `told apart by its ${unit}` : id === null ? `its ${unit} number` : 'its id' });
    if (!holder) return { name };
    const why = firstWithId !== undefined
      ? `duplicate id "${id}" (first on ${unit} ${firstWithId})`
      : `${id === null ? `no id, and ${unit} number ${line}` : `id "${id}"`} is already the name of ${unit} ${holder.line} (${holder.by})`;
    return { name, warning: `${unit} ${line}: ${why}` };
  }
}

/**
 * One line of a JSONL input (`lineNumber` from 1): its article, an error, or
 * null for a blank line. `names` names the article (see RecordNames); a bad
 * line takes no name and is reported as `<file>@<line>` (see lineError).
 */
export function jsonlRecord(path: string, line: string, lineNumber: number, names: RecordNames): ParsedRecord | null {
  // A byte-order mark opening a line other than the first: files that each had one, concatenated (`cat *.jsonl`).
  // A stream decodes each line on its own, which drops it; JSON.parse would not.
  if (line.charCodeAt(0) === 0xfeff) line = line.slice(1);
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    // The column where the line stops being JSON (a record can be thousands of characters long), not V8's excerpt.
    const { column, reason } = jsonSyntaxError(line, oneLine((e as Error).message));
    return { error: lineError(path, lineNumber, 'EPARSE', `invalid JSON${column === null ? '' : ` at column ${column}`}: ${reason}`) };
  }
  let article: Article;
  try {
    article = recordArticle(value, path, 'jsonl');
  } catch (e) {
    return { error: lineError(path, lineNumber, (e as InputProblem).code, (e as Error).message) };
  }
  return { article: namedRecord(article, value, lineNumber, names) };
}

/** The record's article named `<file>#<id or position>` by `names`, with a warning when it had to be told apart. */
function namedRecord(article: Article, value: unknown, position: number, names: RecordNames): Article {
  const rawId = (value as { id?: unknown }).id;
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : typeof rawId === 'number' ? String(rawId) : null;
  const { name, warning } = names.name(id, position);
  const path = article.path;
  article.path = `${path}#${name}`;
  if (warning !== undefined) article.warnings = [{ path, message: `${warning}: named ${article.path}` }];
  // An id that cannot be one (an object, an empty string) is said, rather than the record named by its line
  // silently: outputs are matched to inputs by id, and a shard's line number is not the corpus' (README, Scale-out).
  const unusable = rawId === '' ? 'an empty string' : rawId !== undefined && rawId !== null && id === null ? `${Array.isArray(rawId) ? 'an array' : typeof rawId === 'object' ? 'an object' : `a ${typeof rawId}`}, not a string or number` : null;
  if (unusable !== null) article.warnings = [{ path, message: `${names.unit} ${position}: id is ${unusable}: named ${article.path} by its ${names.unit}` }, ...(article.warnings ?? [])];
  return article;
}

/**
 * Why a .json text (or JSON on stdin) is not JSON, where, as a line and a column (json-error.ts: V8 gives no
 * position for an unexpected token, such as a trailing comma in an array). A text of one JSON object per line is JSONL, the commonest such mistake: said so, with what to do.
 */
function invalidJson(text: string, message: string): string {
  const full = invalidJsonMessage(text, message);
  const lines = text.split(/\r?\n|\r/).filter((l) => l.trim() !== '').slice(0, 2);
  const objectPerLine = lines.length === 2 && lines.every((l) => {
    try {
      const v: unknown = JSON.parse(l);
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    } catch {
      return false;
    }
  });
  if (objectPerLine) return `${full.slice(0, full.indexOf(': '))}: this is JSONL (a JSON object per line): name the file .jsonl, or read stdin with --stdin-format jsonl`;
  return full;
}

/**
 * The error of a JSONL line (or JSON array item) that is not a record (invalid
 * JSON, not an article, over --max-bytes), at path `<file>@<line>`. The path
 * has no "#", so it is never the path of a record of the same input
 * (`<file>#<name>`), whatever ids the records have; and it says where, so the
 * message does not say it again (`file.jsonl@34: line 34: …` read twice). An
 * array item's number is no line: its message says "item N" (`file.json@3:
 * item 3: not an article …`), as its warnings do, or @3 would read as line 3.
 */
export function lineError(path: string, lineNumber: number, code: string, message: string): InputError {
  return { path: `${path}@${lineNumber}`, code, message };
}

/** An error message on one line (JSON.parse quotes the offending text, newlines and all). */
function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}
