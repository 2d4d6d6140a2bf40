/**
 * Very large articles (a 50 MB dump, a corpus pasted into one file) are
 * analysed in pieces of about 128 K characters cut at paragraph breaks, and
 * the pieces' results merged back into one document in the file's
 * coordinates. The pipeline's working memory (tokens for every sentence) then
 * stays that of one piece, and time grows linearly with the file.
 *
 * What a cut loses: a pronoun at the start of a piece cannot reach a speaker
 * in the previous one, and a quotation that runs over the cut is split. Cuts
 * avoid paragraphs that continue a quotation, and no real article is long
 * enough to be cut.
 */
import { lineLocator, type LineLocator } from './positions.js';
import { anyOf, USUAL_OPENING_MARKS } from './lexicon/quotation-marks.js';
import { analyzeArticle } from './pipeline/index.js';
import type { Article, Attribution, DocumentResult, Finding, QuoteOut, Speaker, Span } from './types.js';

/** Articles longer than this (in UTF-16 code units) are analysed in pieces. */
export const PIECE_THRESHOLD = 256 * 1024;
/** Roughly how long each piece is. */
const PIECE_LENGTH = 128 * 1024;

const PARAGRAPH_BREAK = /\n[ \t\f\v\r\u00a0]*\n|\r[ \t\f\v\u00a0]*\r|\u2029/g;
const LINE_BREAK = /\r\n?|\n/g;
/** Not ' (more often an apostrophe: '90s). */
const OPENING_QUOTE = new RegExp(`[${anyOf(USUAL_OPENING_MARKS.replace('\'', ''))}]`);

/** Analyse an article of any length; short ones go straight to the pipeline. */
export function analyzeInPieces(article: Article): DocumentResult {
  const { text } = article;
  if (text.length <= PIECE_THRESHOLD) return analyzeArticle(article);
  return merge(article, analyzedPieces(article));
}

/** Each piece's analysis in turn, so that merging can drop one piece's result before the next is made. */
function* analyzedPieces(article: Article): Generator<{ offset: number; document: DocumentResult }> {
  const { text } = article;
  for (let start = 0; start < text.length;) {
    const end = nextCut(text, start + PIECE_LENGTH) ?? text.length;
    yield { offset: start, document: analyzeArticle({ ...article, text: text.slice(start, end) }) };
    start = end;
  }
}

/**
 * Where the piece that reaches `from` should end: at a paragraph break within
 * the next piece's length, preferably one after which no quotation continues;
 * else at a line break there; else, in text with no line break there (a JSON
 * record whose paragraphs are joined by spaces), at a sentence's end, else at
 * a space; else at the first break further on; null when the rest of the text
 * has none of these (it then stays one piece).
 */
export function nextCut(text: string, from: number): number | null {
  if (from >= text.length) return null;
  const near = Math.min(text.length, from + PIECE_LENGTH);
  return breakIn(text, PARAGRAPH_BREAK, from, near, true) ?? breakIn(text, LINE_BREAK, from, near, false)
    ?? breakIn(text, SENTENCE_END, from, near, true) ?? breakIn(text, SPACE, from, near, false)
    ?? breakIn(text, PARAGRAPH_BREAK, from, text.length, false) ?? breakIn(text, LINE_BREAK, from, text.length, false);
}

/** A sentence's end: its mark, then spaces, before a capital (the cut falls after the spaces). */
const SENTENCE_END = /[.!?][ \t]+(?=\p{Lu})/gu;
const SPACE = /[ \t]+/g;

/** The end of the first match of `pattern` in [from, to), or with `avoidQuotes` the first not followed by an opening quotation mark (falling back to the first). */
function breakIn(text: string, pattern: RegExp, from: number, to: number, avoidQuotes: boolean): number | null {
  pattern.lastIndex = from;
  let first: number | null = null;
  for (let m = pattern.exec(text); m && m.index < to; m = pattern.exec(text)) {
    const cut = m.index + m[0].length;
    first ??= cut;
    if (!avoidQuotes || !OPENING_QUOTE.test(text.slice(cut, cut + 8).trimStart().charAt(0))) return cut;
  }
  return first;
}

/** The pieces' documents as one: offsets shifted into the whole text, ids renumbered, speakers of the same name and type merged. */
function merge(article: Article, pieces: Iterable<{ offset: number; document: DocumentResult }>): DocumentResult {
  const locate = lineLocator(article.text);
  const speakers = new Map<string, Speaker>();
  const attributions: Attribution[] = [];
  /** The merged speaker of each attribution, by key; ids are given once speakers are ordered. */
  const speakerKeys: (string | null)[] = [];
  const quotes: QuoteOut[] = [];
  const findings: Finding[] = [];

  for (const { offset, document } of pieces) {
    const keyOf = new Map<string, string>();
    for (const sp of document.speakers) {
      const key = `${sp.type}\u0000${sp.name}`;
      keyOf.set(sp.id, key);
      const merged = speakers.get(key) ?? speakers.set(key, { ...sp, id: '', mentions: [], attributions: 0 }).get(key)!;
      for (const m of sp.mentions) merged.mentions.push(located(shifted(m, offset), locate));
      merged.attributions += sp.attributions;
    }
    const idOf = new Map<string, string>();
    for (const a of document.attributions) {
      const id = `A${attributions.length + 1}`;
      idOf.set(a.id, id);
      attributions.push({
        ...a,
        id,
        content: { ...located(shifted(a.content, offset), locate), spans: a.content.spans.map((s) => shifted(s, offset)) },
        cue: a.cue && shifted(a.cue, offset),
        source: a.source && shifted(a.source, offset),
      });
      speakerKeys.push(a.speakerId === null ? null : keyOf.get(a.speakerId) ?? null);
    }
    const remap = (id: string | null): string | null => (id === null ? null : idOf.get(id) ?? null);
    for (const q of document.quotes) quotes.push({ ...shifted(q, offset), attributionId: remap(q.attributionId) });
    for (const f of document.findings) findings.push({ ...located(shifted(f, offset), locate), attributionId: remap(f.attributionId) });
  }

  // Speakers in order of first mention, as the pipeline orders them.
  const ordered = [...speakers.values()].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  const idByKey = new Map<string, string>();
  ordered.forEach((sp, i) => {
    sp.id = `S${i + 1}`;
    idByKey.set(`${sp.type}\u0000${sp.name}`, sp.id);
  });
  attributions.forEach((a, i) => {
    const key = speakerKeys[i];
    a.speakerId = key ? idByKey.get(key) ?? null : null;
  });
  return { path: article.path, format: article.format, title: article.title, speakers: ordered, attributions, quotes, findings };
}

function shifted<T extends Span>(span: T, offset: number): T {
  return { ...span, start: span.start + offset, end: span.end + offset };
}

function located<T extends Span & { line: number; column: number }>(span: T, locate: LineLocator): T {
  return { ...span, ...locate(span.start) };
}
