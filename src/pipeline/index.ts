/**
 * The pipeline: one pure function from an article to its analysis.
 *
 *   segment → tokens → cues → attribute (phrases: who, content: what) → entities → resolve → result
 *
 * No I/O per article and no state kept between calls (the word lists load once per process),
 * so it can run in worker threads.
 */
import { lastAtOrBefore, lineLocator, type LineLocator } from '../positions.js';
import type { Article, Attribution, AttributionKind, DocumentResult, QuoteOut, Speaker, Span } from '../types.js';
import { findAttributions, frontedClauseComma, type FoundAttribution } from './attribute.js';
import { findCues, type SentenceTokens } from './cues.js';
import { findNames, findOrganizations } from './entities.js';
import { resolveSpeakers } from './resolve.js';
import { segment, type Quote, type QuoteIndex } from './segment.js';
import { matchesAt, tokenize } from './tokens.js';

export function analyzeArticle(article: Article): DocumentResult {
  const { text } = article;
  const { paragraphs, sentences, quotes } = segment(text);

  // Arrays that other functions read are made with Array.from, not map(): TurboFan's inlined map() makes holey
  // arrays where the interpreter's are packed, and each function that read both kinds was compiled again.
  const tokenized: SentenceTokens[] = Array.from(sentences, (sentence) => {
    const title = sentence.paragraph === 0;
    const tokens = tokenize(text, sentence, title);
    return { sentence, tokens, cues: findCues(tokens, text.slice(sentence.start, sentence.end), title) };
  });
  const found = findAttributions(tokenized.filter((s) => s.cues.length > 0), quotes, paragraphs, text);

  const sentenceTokens = Array.from(tokenized, (s) => s.tokens);
  const names = findNames(sentenceTokens);
  const orgs = findOrganizations(sentenceTokens, names);
  const paragraphStarts = Array.from(paragraphs, (p) => p.start);
  const paragraphOf = (offset: number): number => lastAtOrBefore(paragraphStarts, offset);
  const sentenceStarts = Array.from(sentences, (s) => s.start);
  const sentenceOf = (offset: number): number => lastAtOrBefore(sentenceStarts, offset);
  // Where the fronted adverbial clause holding an offset ends ("When he …, Lee said"), or -1.
  const frontedClauseEnd = (offset: number): number => {
    const tokens = sentenceTokens[sentenceOf(offset)]!;
    const comma = tokens[frontedClauseComma(tokens)];
    return comma !== undefined && offset < comma.start ? comma.start : -1;
  };
  const { speakers, speakerOf } = resolveSpeakers(found, names, orgs, paragraphOf, sentenceOf, frontedClauseEnd, (offset) => sentenceTokens[sentenceOf(offset)]!);

  return buildResult(article, found, speakers, speakerOf, quotes);
}

// ---------------------------------------------------------------- output

function buildResult(
  article: Article,
  found: FoundAttribution[],
  resolved: ReturnType<typeof resolveSpeakers>['speakers'],
  speakerOf: (number | null)[],
  quotes: QuoteIndex,
): DocumentResult {
  const { text } = article;
  const locate = lineLocator(text);

  // Attributions in text order; speakers in order of first mention.
  const order = Array.from(found, (_, i) => i).sort((a, b) => found[a]!.content[0]!.start - found[b]!.content[0]!.start || found[a]!.content[0]!.end - found[b]!.content[0]!.end);
  // How many attributions each resolved speaker has; the ones with none are not reported.
  const counts = new Map<number, number>();
  for (const s of speakerOf) if (s !== null) counts.set(s, (counts.get(s) ?? 0) + 1);
  const used = [...counts.keys()].sort((a, b) => a - b);
  used.sort((a, b) => (resolved[a]!.mentions[0]?.start ?? 0) - (resolved[b]!.mentions[0]?.start ?? 0));
  const speakerId = new Map(used.map((s, k) => [s, `S${k + 1}`]));

  const attributions: Attribution[] = Array.from(order, (i, k) => {
    const a = found[i]!;
    const first = a.content[0]!;
    const last = a.content[a.content.length - 1]!;
    const s = speakerOf[i];
    return {
      id: `A${k + 1}`,
      kind: kindOf(a.content, quotes, text),
      content: { text: text.slice(first.start, last.end), start: first.start, end: last.end, ...locate(first.start), spans: a.content.map((c) => ({ start: c.start, end: c.end })) },
      cue: { text: text.slice(a.cue.start, a.cue.end), start: a.cue.start, end: a.cue.end, lemma: a.cue.lemma, stance: a.cue.stance },
      source: a.source ? { text: text.slice(a.source.start, a.source.end), start: a.source.start, end: a.source.end } : null,
      speakerId: s === null || s === undefined ? null : speakerId.get(s) ?? null,
      confidence: Math.max(0, Math.min(1, Math.round(a.confidence * 100) / 100)),
    };
  });

  const speakers: Speaker[] = used.map((s) => {
    const sp = resolved[s]!;
    const id = speakerId.get(s)!;
    return {
      id,
      name: sp.name,
      type: sp.type,
      mentions: sp.mentions.map((m) => mention(text, m, locate)),
      attributions: counts.get(s)!,
    };
  });

  // A quotation belongs to the first attribution whose content holds it, unless it marks a source's
  // name (unnamed “Russians”): then it is the writer's scare quote, not anyone's words.
  const owners = new Map<Quote, string | null>();
  for (const a of attributions) {
    if (a.source) for (const q of quotes.overlapping(a.source.start, a.source.end)) if (a.source.start <= q.start && q.end <= a.source.end) owners.set(q, null);
  }
  for (const a of attributions) {
    for (const c of a.content.spans) {
      for (const q of quotes.overlapping(c.start, c.end)) {
        // An unclosed quotation runs to its paragraph's end; it belongs to the attribution whose content it opens.
        if (!owners.has(q) && (overlapsMostly(q.inner, c) || (!q.closed && c.start <= q.inner.start && q.inner.start < c.end))) owners.set(q, a.id);
      }
    }
  }
  const quoteOut: QuoteOut[] = quotes.all.map((q) => ({ text: text.slice(q.start, q.end), start: q.start, end: q.end, attributionId: owners.get(q) ?? null }));

  return { path: article.path, format: article.format, title: article.title, speakers, attributions, quotes: quoteOut, findings: [] };
}

/** Most of the quotation's inside lies within the content span. */
function overlapsMostly(inner: Span, content: Span): boolean {
  const shared = Math.min(inner.end, content.end) - Math.max(inner.start, content.start);
  return shared > 0 && shared * 2 >= inner.end - inner.start;
}

function mention(text: string, m: Span, locate: LineLocator): Speaker['mentions'][number] {
  return { text: text.slice(m.start, m.end), start: m.start, end: m.end, ...locate(m.start) };
}

// Sticky, read with test(): only where each word starts matters, and matchAll() made two objects per word.
const WORD = /[\p{L}\p{N}]+/uy;
const NOT_WORD = /[^\p{L}\p{N}]*/uy;

/** direct: every word inside quotation marks; mixed: some; indirect: none. */
function kindOf(spans: Span[], quotes: QuoteIndex, text: string): AttributionKind {
  const insides = Array.from(spans, (span) => quotes.overlapping(span.start, span.end).filter((q) => q.inner.start < span.end && span.start < q.inner.end));
  // No quotation inside the content: no word of it is quoted, and its words need not be read.
  if (insides.every((inside) => inside.length === 0)) return 'indirect';
  let words = 0;
  let quoted = 0;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    const inside = insides[k]!;
    const piece = text.slice(span.start, span.end);
    for (let from = 0; matchesAt(NOT_WORD, piece, from) && matchesAt(WORD, piece, NOT_WORD.lastIndex); from = WORD.lastIndex) {
      const at = span.start + NOT_WORD.lastIndex;
      words++;
      if (inside.some((q) => q.inner.start <= at && at < q.inner.end)) quoted++;
    }
  }
  if (quoted === 0) return 'indirect';
  return quoted === words ? 'direct' : 'mixed';
}
