/**
 * Stage 1, segmentation: paragraphs, sentences and quotation spans.
 *
 * Everything here is a single left-to-right scan with bounded look-around, so
 * no input (20,000 unbalanced marks, a 150,000-word quote) can make it slow.
 */
import { anyOf, CLOSING_MARKS, closingMarkOf, DOUBLE_CLOSING_MARKS, DOUBLE_OPENING_MARKS, isSingleMark, OPENING_MARKS, QUOTATION_MARKS, QUOTATION_PAIRS, USUAL_CLOSING_MARKS } from '../lexicon/quotation-marks.js';
import { ABBREVIATIONS, NUMBER_ABBREVIATIONS, PARTY_TAG, SENTENCE_FINAL_ABBREVIATIONS, SENTENCE_OPENERS_AFTER_ABBREVIATION } from '../lexicon/words.js';
import { countStartingBy } from '../positions.js';
import type { Span } from '../types.js';

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

export interface Quote extends Span {
  /** The words inside the marks. */
  inner: Span;
  /** "double" for “…”, "…", „…“ and «…», "single" for ‘…’, ‚…‘ and ‹…› (as the pair in lexicon/quotation-marks.ts is). */
  mark: 'double' | 'single';
  /** False when the closing mark is missing: the quote then ends with its paragraph. */
  closed: boolean;
  /** The words end with a comma inside the closing mark (“…,” she said): the sentence goes on after it. */
  commaInside: boolean;
  /** It runs over more than one paragraph (each opening with a continuation mark). */
  multiParagraph: boolean;
}

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: QuoteIndex;
}

export function segment(text: string): Segmentation {
  const paragraphs = findParagraphs(text);
  const quotes = findQuotes(text, paragraphs);
  const sentences = findSentences(text, paragraphs);
  return { paragraphs, sentences, quotes: new QuoteIndex(quotes) };
}

/**
 * The quotations of a text, indexed for the lookups the later stages make, so
 * that none of them scans every quotation (an article of 5,000 short quotes
 * stays linear).
 */
export class QuoteIndex {
  /** In text order (by start; an outer quotation before those nested in it). */
  readonly all: readonly Quote[];
  private readonly byStart = new Map<number, Quote>();
  private readonly byEnd = new Map<number, Quote>();
  private readonly byInnerStart = new Map<number, Quote>();
  /** For each position in `all`, the furthest end of the quotations up to it. */
  private readonly reach: number[] = [];

  constructor(quotes: Quote[]) {
    this.all = quotes;
    let reach = -1;
    for (const q of quotes) {
      if (!this.byStart.has(q.start)) this.byStart.set(q.start, q);
      if (q.closed) this.byEnd.set(q.end, q);
      this.byInnerStart.set(q.inner.start, q);
      reach = Math.max(reach, q.end);
      this.reach.push(reach);
    }
  }

  /** The quotation whose opening mark is at `offset`. */
  startingAt(offset: number): Quote | undefined {
    return this.byStart.get(offset);
  }

  /** The closed quotation whose closing mark ends at `offset`. */
  endingAt(offset: number): Quote | undefined {
    return this.byEnd.get(offset);
  }

  /** The quotation whose words start at `offset`. */
  innerStartingAt(offset: number): Quote | undefined {
    return this.byInnerStart.get(offset);
  }

  /** The first quotation that opens at or after `offset`. */
  firstFrom(offset: number): Quote | undefined {
    return this.all[this.lowerBound(offset)];
  }

  /** The quotations that overlap `[start, end)`. */
  overlapping(start: number, end: number): Quote[] {
    const out: Quote[] = [];
    for (let k = this.lowerBound(end) - 1; k >= 0 && this.reach[k]! > start; k--) {
      const q = this.all[k]!;
      if (q.end > start) out.push(q);
    }
    return out.reverse();
  }

  /** Index of the first quotation starting at or after `offset`. */
  private lowerBound(offset: number): number {
    let lo = 0;
    let hi = this.all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.all[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// ---------------------------------------------------------------- paragraphs

/**
 * Paragraphs are separated by blank lines (or U+2029, which the HTML loader puts at block tags); a lone line break
 * inside one is kept, unless the text sets its paragraphs a line each.
 */
function findParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  // The last alternative is a lone line break after a sentence's end, before a capital or an opening mark. The break
  // is matched before the look back over the spaces before it: looked back from every position, the look went over a
  // run of spaces from each of them (quadratic: markup blanked to 80,000 spaces on a line took seconds).
  const breaks = /\n[ \t\f\v\r\u00a0]*\n\s*|\r[ \t\f\v\u00a0]*\r\s*|\u2029\s*|\r?\n(?<=[.!?]["”’)]?[ \t]*\r?\n)(?=["“]?\p{Lu})/gu;
  let start = 0;
  const push = (s: number, e: number): void => {
    // Trim whitespace so a paragraph starts and ends on text.
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) paragraphs.push({ start: s, end: e, index: paragraphs.length });
  };
  const found = [...text.matchAll(breaks)];
  // Text that sets its paragraphs a line each (more such line breaks than blank lines) ends a paragraph at a lone line
  // break after a sentence's end. In text with blank lines between paragraphs, lines are a block quotation's or a
  // list's, and stay one paragraph.
  const isLineBreak = (m: RegExpMatchArray): boolean => m[0] === '\n' || m[0] === '\r\n';
  const lines = found.filter(isLineBreak).length;
  const lineParagraphs = lines > found.length - lines;
  for (const m of found) {
    if (isLineBreak(m) && !lineParagraphs) continue;
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return paragraphs;
}

// ---------------------------------------------------------------- quotes

const OPEN_DOUBLE = DOUBLE_OPENING_MARKS;
const CLOSE_DOUBLE = DOUBLE_CLOSING_MARKS;
/** Every character the quotation scanner acts on. */
const QUOTE_CHARS = new RegExp(`[${anyOf(QUOTATION_MARKS)}]`, 'g');
/**
 * Single marks that are never apostrophes (‚…‘, ‹…›, ›…‹): they pair with their own closing mark. ‘ and ' open
 * only where an apostrophe cannot stand, and ’ and ' close only where they are not one (don’t, Russia’s).
 */
const PAIRED_SINGLE_OPENING = QUOTATION_PAIRS.filter((p) => p.kind === 'single' && p.open !== '‘' && p.open !== '\'').map((p) => p.open).join('');
const LETTER = /[\p{L}\p{N}]/u;

function isSpaceOrStart(ch: string | undefined): boolean {
  return ch === undefined || /[\s([{\u2014\u2013\-/]/.test(ch);
}

/** An opening mark not yet closed: where it starts and how many characters it has (2 for '' ). */
interface OpenMark {
  start: number;
  length: number;
}

/**
 * Quotation spans. Curly and straight double quotes, doubled straight single
 * quotes ('' as some papers print them) and curly single quotes; an apostrophe
 * (don’t, ‘08, Russia’s, the Clintons’) is not a quote. A quote left open at
 * the end of its paragraph continues when the next paragraph opens with a
 * quotation mark (the news convention for multi-paragraph quotes); otherwise
 * it ends with its paragraph, so an unbalanced mark never swallows the rest
 * of the article.
 */
function findQuotes(text: string, paragraphs: Paragraph[]): Quote[] {
  const quotes: Quote[] = [];
  // In text set with curly quotes, a straight mark opening a paragraph whose marks do not pair up is a conversion artefact
  // (unless it opens a block quotation: opensBlockQuote).
  const curly = new RegExp(`[${anyOf(OPEN_DOUBLE + CLOSE_DOUBLE)}]`).test(text);
  let carried: OpenMark | null = null;
  // Where every quotation mark or apostrophe is, found once: searching for the next one from each paragraph ran on to
  // the text's end when the paragraph had none (quadratic: 256 KB of one-line paragraphs without a mark took a second).
  const marks: number[] = [];
  QUOTE_CHARS.lastIndex = 0;
  for (let m = QUOTE_CHARS.exec(text); m; m = QUOTE_CHARS.exec(text)) marks.push(m.index);
  let nextMark = 0;
  /** Where the paragraph being read starts: a quote opened before it runs over paragraphs. */
  let paragraphStart = 0;

  for (const p of paragraphs) {
    let double: OpenMark | null = null;
    let single: OpenMark | null = null;
    const lead = doubleMarkAt(p.start);
    const straightLead = lead > 0 && !OPEN_DOUBLE.includes(text[p.start]!);
    const artefact = straightLead && curly && countDoubleMarks(p) % 2 === 1 && !opensBlockQuote(p, carried !== null);
    if (carried && lead > 0 && !artefact) {
      double = carried; // the quote goes on; this paragraph's opening mark is a continuation mark
    } else if (carried) {
      closeAt(carried, paragraphEndOf(carried.start), false, 0);
    }
    carried = null;
    paragraphStart = p.start;
    /** A curly quotation open inside a straight one ("He said "the “deal” is dead," …"): its marks close nothing. */
    let innerCurly = false;

    let i: number = double || artefact ? p.start + lead : p.start;
    while (i < p.end) {
      // Only quotation marks and apostrophes matter here: jump to the next one.
      if (nextMark > 0 && marks[nextMark - 1]! >= i) nextMark = 0;
      while (nextMark < marks.length && marks[nextMark]! < i) nextMark++;
      if (nextMark >= marks.length || marks[nextMark]! >= p.end) break;
      i = marks[nextMark]!;
      const ch = text[i]!;
      const prev = i > 0 ? text[i - 1] : undefined;
      const markLength = doubleMarkAt(i);
      // "… out of them,''' said": inside an open '' quotation, three marks are an inner quote's close, then ''.
      if (markLength === 2 && double !== null && text[i + 2] === '\'') {
        i++;
        continue;
      }
      if (markLength > 0) {
        const next = text[i + markLength];
        // Inside a quotation opened with a straight mark, a curly opening mark before a word opens a quotation inside it,
        // which the next curly closing mark closes (a straight mark still closes the outer one). (Not in a quotation
        // opened in an earlier paragraph, nor in one opening the paragraph that no straight mark closes there: a block
        // quotation set in straight marks, whose curly marks often pair with the straight ones.)
        const straightOpen = double !== null && double.start >= p.start && !OPEN_DOUBLE.includes(text[double.start]!)
          && (double.start > p.start || straightMarksIn(p) % 2 === 0);
        if (straightOpen && !innerCurly && ch === '“' && isSpaceOrStart(prev) && next !== undefined && LETTER.test(next)) {
          innerCurly = true;
          i++;
          continue;
        }
        if (innerCurly && ch === '”') {
          innerCurly = false;
          i++;
          continue;
        }
        innerCurly = false;
        // A straight mark after a single quote opens only when that single quote opens too (' "…), not
        // when it closes one ("… 'Meh, …,'" he said).
        const afterOpeningSingle = prev !== undefined && '‘\''.includes(prev) && (i < 2 || /\s/.test(text[i - 2]!));
        // A straight mark with a space after it closes an open quotation, even after a space (“… 'outreach,' " he told",
        // "''… coalitions, '' said").
        const closesOpen = double !== null && (ch === '"' || markLength === 2) && (next === undefined || /\s/.test(next));
        // A closing mark after a space and before a letter, with no quotation open, is a mistyped opening one (”Fear. …),
        // also after an invisible direction mark (U+202A) and before an ellipsis that elides the quotation's start (” … so).
        const mistypedOpening = !double && ch === '”' && (prev === undefined || /[\s\p{Cf}]/u.test(prev))
          && LETTER.test(text.slice(i + 1, i + 6).replace(/^\s*(?:…|\.\.\.)?\s*/u, '').charAt(0));
        // An opening mark right after a word or its punctuation, with a quotation open and a space after it, is a
        // mistyped closing one (“It's unusual,“ said …).
        const mistypedClosing = double !== null && ch === '“' && prev !== undefined && !/\s/.test(prev) && (next === undefined || /\s/.test(next));
        // German and Danish marks: „…“ closes with “, and »…« opens with » and closes with «. (A straight mark,
        // its own closing one, closes by its position: closesOpen.)
        const opener = double === null ? undefined : text[double.start];
        const closesOwn = opener !== undefined && ch !== opener && ch === closingMarkOf(opener);
        const reversedOpening = double === null && ch === '»' && next !== undefined && LETTER.test(next);
        const opening = !mistypedClosing && !closesOwn && (OPEN_DOUBLE.includes(ch) || mistypedOpening || reversedOpening || (!CLOSE_DOUBLE.includes(ch) && !closesOpen && (isSpaceOrStart(prev) || afterOpeningSingle || (!double && next !== undefined && LETTER.test(next)))));
        if (double && !opening) {
          if (single) { closeAt(single, i, false, 0); single = null; }
          closeAt(double, i + markLength, true, markLength);
          double = null;
        } else if (opening) {
          // A second opening mark inside an open quote: the first one was never closed.
          if (double) {
            if (single) { closeAt(single, i, false, 0); single = null; }
            closeAt(double, i, false, 0);
          }
          double = { start: i, length: markLength };
        }
        i += markLength;
        continue;
      }
      const next = text[i + 1];
      // German and French single marks: ‚…‘ closes with ‘, ‹…› with ›, ›…‹ with ‹.
      if (single && PAIRED_SINGLE_OPENING.includes(text[single.start]!) && ch === closingMarkOf(text[single.start])) {
        closeAt(single, i + 1, true, 1);
        single = null;
      } else if (PAIRED_SINGLE_OPENING.includes(ch) && !single && next !== undefined && /\p{L}/u.test(next)) {
        single = { start: i, length: 1 };
      } else if (ch === '‘' || ch === '\'') {
        // Opens only before a letter (not a digit: ‘08) and after a space or an opening mark.
        const afterSpace = isSpaceOrStart(prev) || (prev !== undefined && (OPEN_DOUBLE + '"').includes(prev));
        if (!single && afterSpace && next !== undefined && /\p{L}/u.test(next) && (ch === '‘' || double === null)) {
          single = { start: i, length: 1 };
        } else if (single && ch === '\'' && !(next !== undefined && LETTER.test(next) && prev !== undefined && LETTER.test(prev))) {
          closeAt(single, i + 1, true, 1);
          single = null;
        }
      } else if (ch === '’' && single && !(next !== undefined && LETTER.test(next) && prev !== undefined && LETTER.test(prev))) {
        // Closes an open single quote unless it is an apostrophe inside a word (Russia’s, don’t).
        closeAt(single, i + 1, true, 1);
        single = null;
      }
      i++;
    }
    if (single) closeAt(single, p.end, false, 0);
    if (double) carried = double;
  }
  if (carried) closeAt(carried, paragraphEndOf(carried.start), false, 0);
  quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  return quotes;

  /** Length of a double quotation mark at `i`: 1 for “ ” " « » „, 2 for '' (two straight single quotes), else 0. */
  function doubleMarkAt(i: number): number {
    const ch = text[i];
    if (ch === undefined) return 0;
    if (OPEN_DOUBLE.includes(ch) || CLOSE_DOUBLE.includes(ch) || ch === '"') return 1;
    return ch === '\'' && text[i + 1] === '\'' ? 2 : 0;
  }

  /**
   * A straight mark opening a paragraph opens a block quotation set in straight marks, not an artefact, when a colon
   * ends the paragraph before or that paragraph's quotation is still open ("He listed them:" then "First …, "Second …),
   * unless a transcript's turn follows it ("PENCE: …": the label is no one's words).
   */
  function opensBlockQuote(p: Paragraph, continues: boolean): boolean {
    const previous = p.index > 0 ? paragraphs[p.index - 1]! : undefined;
    const introduced = continues || (previous !== undefined && text[previous.end - 1] === ':');
    const words = p.start + doubleMarkAt(p.start);
    return introduced && !TURN_OPENING.test(text.slice(words, words + 80));
  }

  function straightMarksIn(p: Paragraph): number {
    let n = 0;
    for (let i = p.start; i < p.end; i++) if (text[i] === '"') n++;
    return n;
  }

  function countDoubleMarks(p: Paragraph): number {
    let n = 0;
    for (let i = p.start; i < p.end; i++) if (text[i] === '"' || OPEN_DOUBLE.includes(text[i]!) || CLOSE_DOUBLE.includes(text[i]!)) n++;
    return n;
  }

  function closeAt(open: OpenMark, end: number, closed: boolean, closeLength: number): void {
    const inner = { start: open.start + open.length, end: end - closeLength };
    if (inner.end <= inner.start) return;
    const mark = open.length === 1 && isSingleMark(text[open.start]) ? 'single' : 'double';
    quotes.push({ start: open.start, end, inner, mark, closed, commaInside: closed && /,\s*$/.test(text.slice(inner.start, inner.end)), multiParagraph: open.start < paragraphStart });
  }

  /** The end of the paragraph holding `offset` (binary search: paragraphs are in order and do not overlap), else the text's. */
  function paragraphEndOf(offset: number): number {
    const lo = countStartingBy(paragraphs, offset);
    const p = paragraphs[lo - 1];
    return p !== undefined && offset < p.end ? p.end : text.length;
  }
}

// ---------------------------------------------------------------- sentences

const CLOSING_MARK_AT_END = new RegExp(`[${anyOf(CLOSING_MARKS)}]$`);
/** A line ending in punctuation or a closing mark is not a headline or dateline: its sentence goes on or ends there. */
const LINE_GOES_ON = new RegExp(`[.!?,;:${anyOf(CLOSING_MARKS)}]$`);

/** A line's opening words in capitals or a name, then a colon: "MINISTER: ", "Jo Li: ". */
const TURN_OPENING = /^[ \t]*(?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,3}\p{Lu}[\p{L}.'’-]*:[ \t]/u;

/** Longest sentence the rules look at as one (the longest in PolNeAR train is ~1,200 characters). */
const MAX_SENTENCE = 2000;

/**
 * Sentences within paragraphs. A period, question or exclamation mark (with
 * any closing quotes or brackets after it) ends a sentence when whitespace and
 * an upper-case letter, digit or opening quote follow, and the word before it
 * is not an abbreviation. Sentence ends inside an open quotation are kept: a
 * quote of several sentences is reassembled later from the quote spans.
 */
function findSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  // Matches start only at the first mark of a run ("?!…"), so a long run of dots stays linear.
  // Before a space, any closing mark may end it (German “ and «: „…“, »…«), and any opening one start the next;
  // with no space between (run-together text, English), only a mark that usually closes ends it, and only “ opens.
  // A bracket after a space opens the next one too: a citation after the stop ("… were off. [Daily Post.]").
  // A closing mark before a word (after an invisible direction mark, or before an ellipsis) is a mistyped opening one.
  const end = new RegExp(`(?<![.!?])[.!?]+[${anyOf(CLOSING_MARKS)})\\]]*(?=\\s+[\\p{Lu}\\p{N}([${anyOf(OPENING_MARKS)}]|\\s+\\p{Cf}*”\\s?(?:…\\s?)?\\p{L})|(?<![.!?])[.!?]+[${anyOf(USUAL_CLOSING_MARKS)})\\]]*(?=[\\p{Lu}“][\\p{Ll}])`, 'gu');
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    let start = 0;
    end.lastIndex = 0;
    for (let m = end.exec(body); m; m = end.exec(body)) {
      const stop = m.index + m[0].length;
      if (m[0][0] === '.' && isAbbreviationBefore(body, m.index)) continue;
      // “How many times …?” Clinton said. — a question or exclamation closing a quotation rarely ends the sentence.
      if (/[?!]/.test(m[0]) && CLOSING_MARK_AT_END.test(m[0])) continue;
      pushSentence(p, start, stop);
      start = stop;
    }
    pushSentence(p, start, body.length);
  }
  return sentences;

  /**
   * Within [s, e), a short line without final punctuation (a headline, a dateline) is a sentence of its own, and
   * so is a line before one that opens like a transcript's turn ("MINISTER: …"; cues.ts decides whether it is one).
   */
  function pushSentence(p: Paragraph, s: number, e: number): void {
    const body = text.slice(p.start + s, p.start + e);
    let from = 0;
    for (const m of body.matchAll(/\r\n?|\n/g)) {
      const line = body.slice(from, m.index).trim();
      const nextLine = m.index + m[0].length;
      // (A headline's subhead goes on a line of its own after a semicolon: "Ruiz wins the vote; \nCouncil split over pier.")
      const subhead = line.endsWith(';') && /^[ \t]*\p{Lu}/u.test(body.slice(nextLine, nextLine + 4));
      if (line.length > 0 && ((line.length <= 60 && !LINE_GOES_ON.test(line)) || subhead || TURN_OPENING.test(body.slice(nextLine, nextLine + 80)))) {
        pushTrimmed(p, s + from, s + m.index);
        from = nextLine;
      }
    }
    pushTrimmed(p, s + from, e);
  }

  function pushTrimmed(p: Paragraph, s: number, e: number): void {
    let a = p.start + s;
    const b = p.start + e;
    // A "sentence" far longer than any in news (lists, run-ons, garbage) is cut at spaces, so the
    // attribution rules, which look across a sentence, stay linear in the text's length.
    while (b - a > MAX_SENTENCE) {
      // The last space within reach, looked for in that stretch only: lastIndexOf from a + MAX_SENTENCE would
      // scan back to the start of the text when there is none (a 10 MB "word": quadratic).
      const cut = text.slice(a, a + MAX_SENTENCE + 1).lastIndexOf(' ');
      const stop = cut > 0 ? a + cut : a + MAX_SENTENCE;
      pushSpan(a, stop);
      a = stop;
    }
    pushSpan(a, b);

    function pushSpan(from: number, to: number): void {
      while (from < to && /\s/.test(text[from]!)) from++;
      while (to > from && /\s/.test(text[to - 1]!)) to--;
      if (to > from) sentences.push({ start: from, end: to, index: sentences.length, paragraph: p.index });
    }
  }
}

/** Is the word ending at `dot` an abbreviation or an initial ("J.", "U.S.")? */
function isAbbreviationBefore(body: string, dot: number): boolean {
  let s = dot;
  // Abbreviations are short: a bounded look back keeps "a.B.a.B…" linear.
  while (s > 0 && dot - s < 12 && /[\p{L}.]/u.test(body[s - 1]!)) s--;
  const word = body.slice(s, dot).toLowerCase();
  if (word.length === 0) return false;
  if (word.length === 1 && /\p{Lu}/u.test(body[s]!)) return true; // an initial
  // "said Sen. Ana Ruiz, D-Calif. The vote …": a party tag ends its phrase, so a capital after it starts a sentence.
  if (PARTY_TAG.test(body.slice(s - 2, s + 1)) && !/\p{L}/u.test(body[s - 3] ?? '') && /^\s+\p{Lu}/u.test(body.slice(dot + 1, dot + 3))) return false;
  // "… in the U.S. He says …": a pronoun or article with a capital after one that often ends a sentence starts the next.
  if (SENTENCE_FINAL_ABBREVIATIONS.has(word) && SENTENCE_OPENERS_AFTER_ABBREVIATION.test(body.slice(dot + 1, dot + 10))) return false;
  // "… said at a rally in Dover, Del. “We will win.”": a quotation opening with a capital after it starts the next.
  if (/^\s+[“"]\p{Lu}/u.test(body.slice(dot + 1, dot + 5))) return false;
  return keepsDot(word, body.slice(dot + 1, dot + 4)) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/**
 * Whether `word` (lower case, without its dot) is an abbreviation whose dot does not end the sentence, given the
 * text right after the dot: "Sen.", "Jan.", and "No." only before a number ("No. 5", but "said no."). The
 * tokenizer asks the same question, so that a dot is never a sentence end to one and part of a word to the other.
 */
export function keepsDot(word: string, after: string): boolean {
  return NUMBER_ABBREVIATIONS.has(word) ? /^\s*\d/.test(after) : ABBREVIATIONS.has(word);
}
