/**
 * Scoring predicted attributions against gold (pure; no I/O).
 *
 * Everything is measured on word tokens: maximal runs of letters and digits
 * (/[\p{L}\p{N}]+/gu) in the document text, identified by position, so the same
 * word twice counts twice and punctuation or quotation marks at span edges never
 * decide a match. A span "contains" every token it overlaps by at least one
 * character (a span that cuts a word still gets that word).
 *
 * - attribution match: prediction p and gold g are candidates when each has at
 *   least half of its content tokens inside the other's (|P∩G| ≥ |P|/2 and
 *   |P∩G| ≥ |G|/2, and |P∩G| > 0); pairs are then taken one-to-one, greedily by
 *   highest Jaccard |P∩G|/|P∪G| (ties: earlier gold, then earlier prediction).
 *   Content with no word tokens cannot match.
 * - exact content: matched pairs whose content token sets are equal; precision over
 *   all predictions, recall over all gold.
 * - content tokens: per document, union of all predicted content tokens against the
 *   union of all gold content tokens; counts summed over documents (micro).
 * - source accuracy, over matched pairs whose gold has a source: see `sourceCorrect`.
 * - cue accuracy, over matched pairs whose gold has a cue: the predicted cue shares a
 *   word token with the gold cue; a gold cue without word tokens (":" or "—") is hit
 *   when the character spans overlap at all.
 * - end to end: matched, and source right, and cue right, where a gold without a
 *   source (PolNeAR `Attribution-no-source`) counts as source right whatever was
 *   predicted, and likewise a gold without a cue counts as cue right.
 * - by kind: recall per gold kind, precision per predicted kind (matching ignores kind).
 */

import type { Attribution, AttributionKind, DocumentResult, Span, Speaker } from '../types.js';
import {
  type GoldDocument,
  type GoldQuote,
  goldContentSpans,
  goldCueSpan,
  goldKind,
  goldSourceSpans,
  goldSourceText,
  isSeedQuote,
} from './gold.js';

export const KINDS: readonly AttributionKind[] = ['direct', 'indirect', 'mixed'];

// ---------------------------------------------------------------- types

export interface KindCounts {
  /** Gold attributions of this kind, and how many of them were matched. */
  gold: number;
  goldMatched: number;
  /** Predicted attributions of this kind, and how many of them were matched. */
  predicted: number;
  predictedMatched: number;
}

export interface ScoreCounts {
  gold: number;
  predicted: number;
  matched: number;
  exactContent: number;
  /** Distinct gold content tokens, distinct predicted content tokens, and both. */
  goldTokens: number;
  predictedTokens: number;
  overlapTokens: number;
  /** Matched pairs whose gold has a source, and of those how many got the source right. */
  sourceTotal: number;
  sourceCorrect: number;
  /** Matched pairs whose gold has a cue, and of those how many got the cue right. */
  cueTotal: number;
  cueCorrect: number;
  endToEnd: number;
  byKind: Record<AttributionKind, KindCounts>;
  /** Predictions whose `content.text` differs from the text at their offsets (offset bugs). */
  offsetMismatches: number;
}

export interface MatchedPair {
  goldIndex: number;
  predictedIndex: number;
  gold: GoldQuote;
  predicted: Attribution;
  goldKind: AttributionKind;
  predictedKind: AttributionKind;
  jaccard: number;
  exactContent: boolean;
  /** null when the gold has no source (not counted in source accuracy). */
  sourceCorrect: boolean | null;
  /** null when the gold has no cue (not counted in cue accuracy). */
  cueCorrect: boolean | null;
  endToEnd: boolean;
}

export interface GoldMiss {
  goldIndex: number;
  gold: GoldQuote;
  kind: AttributionKind;
  start: number;
  end: number;
  tokens: number;
}

export interface FalsePositive {
  predictedIndex: number;
  predicted: Attribution;
  kind: AttributionKind;
  start: number;
  end: number;
  tokens: number;
}

export interface DocumentScore {
  id: string;
  /** The gold document's text (a reference, for error context). */
  text: string;
  counts: ScoreCounts;
  matches: MatchedPair[];
  misses: GoldMiss[];
  falsePositives: FalsePositive[];
  /** The inputs, by index (for error reports). */
  goldQuotes: readonly GoldQuote[];
  predictions: readonly Attribution[];
  /** The gold/predicted content token sets, by index. */
  goldTokenSets: ReadonlyArray<ReadonlySet<number>>;
  predictedTokenSets: ReadonlyArray<ReadonlySet<number>>;
  /** For error reports: the prediction's speaker lookup. */
  speakers: ReadonlyMap<string, Speaker>;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  /** precision = truePositives / predicted, recall = truePositives / gold. */
  truePositives: number;
  predicted: number;
  gold: number;
}

export interface Accuracy {
  accuracy: number;
  correct: number;
  total: number;
}

export interface KindMetrics extends KindCounts {
  recall: number;
  precision: number;
}

/** Ratios are 0..1; a ratio with a zero denominator is 0 (check the counts). */
export interface EvalMetrics {
  documents: number;
  attribution: PRF;
  exactContent: PRF;
  contentTokens: PRF;
  source: Accuracy;
  cue: Accuracy;
  endToEnd: PRF;
  byKind: Record<AttributionKind, KindMetrics>;
  counts: ScoreCounts;
}

// ---------------------------------------------------------------- tokens

export interface Tokens {
  starts: number[];
  ends: number[];
}

const WORD = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(WORD)) {
    const s = m.index ?? 0;
    starts.push(s);
    ends.push(s + m[0].length);
  }
  return { starts, ends };
}

/** Indices of the tokens overlapping any of the spans. */
function tokensIn(tokens: Tokens, spans: readonly Span[]): Set<number> {
  const out = new Set<number>();
  const { starts, ends } = tokens;
  for (const span of spans) {
    if (span.end <= span.start) continue;
    // first token whose end is after span.start
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] ?? 0) > span.start) hi = mid;
      else lo = mid + 1;
    }
    for (let i = lo; i < starts.length && (starts[i] ?? Infinity) < span.end; i++) out.add(i);
  }
  return out;
}

function intersectionSize(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

function setsEqual(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  return a.size === b.size && intersectionSize(a, b) === a.size;
}

function spansOverlap(a: readonly Span[], b: readonly Span[]): boolean {
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
}

/** Lower-cased word tokens of a string. */
function words(s: string): string[] {
  return Array.from(s.toLowerCase().matchAll(WORD), (m) => m[0]);
}

/** Function words that never identify a speaker on their own ("The Kremlin" vs "The Post"). */
const NAME_STOPWORDS = new Set([
  'the', 'and', 'for', 'who', 'whom', 'with', 'from', 'that', 'this', 'those', 'these', 'his', 'her', 'hers',
  'its', 'their', 'our', 'your', 'she', 'him', 'they', 'them', 'one', 'some', 'other', 'others', 'all',
]);

function containsPhrase(haystack: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  outer: for (let i = 0; i + phrase.length <= haystack.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (haystack[i + k] !== phrase[k]) continue outer;
    return true;
  }
  return false;
}

// ---------------------------------------------------------------- source and cue

/**
 * Source right when the gold has a source and:
 * - seed gold with speakerType 'anonymous': the predicted speaker's type is 'anonymous'
 *   (this replaces the checks below: names of anonymous sources identify nothing);
 * - otherwise either the predicted `source` span shares a word token with the gold
 *   source span (a source without word tokens: the spans overlap), or the resolved
 *   speaker's name (via `speakerId`) contains, as a whole word, case-insensitive, a
 *   word longer than 2 letters (function words like "the" excluded) of the gold
 *   source text; for seed gold that text is the resolved gold name (`speaker`), not the
 *   mention ("President Joe Biden's spokeswoman" must not accept "Joe Biden"), and any
 *   of `speakerAliases` also counts when it occurs as whole words in the name.
 */
export function sourceCorrect(
  gold: GoldQuote,
  predicted: Attribution,
  speakers: ReadonlyMap<string, Speaker>,
  tokens: Tokens,
): boolean {
  const goldSpans = goldSourceSpans(gold);
  const speaker = predicted.speakerId != null ? speakers.get(predicted.speakerId) : undefined;
  const seed = isSeedQuote(gold);
  if (seed && gold.speakerType === 'anonymous') return speaker?.type === 'anonymous';

  if (predicted.source) {
    const goldTok = tokensIn(tokens, goldSpans);
    const predSpans = [{ start: predicted.source.start, end: predicted.source.end }];
    if (goldTok.size === 0) {
      if (spansOverlap(goldSpans, predSpans)) return true;
    } else if (intersectionSize(goldTok, tokensIn(tokens, predSpans)) > 0) return true;
  }

  if (speaker) {
    const nameWords = words(speaker.name);
    const goldText = seed ? (gold.speaker ?? goldSourceText(gold)) : goldSourceText(gold);
    if (goldText) {
      const nameSet = new Set(nameWords);
      for (const w of words(goldText)) {
        if (w.length > 2 && !NAME_STOPWORDS.has(w) && nameSet.has(w)) return true;
      }
    }
    if (seed && gold.speakerAliases) {
      for (const alias of gold.speakerAliases) if (containsPhrase(nameWords, words(alias))) return true;
    }
  }
  return false;
}

/** Cue right when the predicted cue shares a word token with the gold cue (a cue without words: overlaps it). */
export function cueCorrect(gold: GoldQuote, predicted: Attribution, tokens: Tokens): boolean {
  const goldSpan = goldCueSpan(gold);
  if (!goldSpan || !predicted.cue) return false;
  const predSpans = [{ start: predicted.cue.start, end: predicted.cue.end }];
  const goldTok = tokensIn(tokens, [goldSpan]);
  if (goldTok.size === 0) return spansOverlap([goldSpan], predSpans);
  return intersectionSize(goldTok, tokensIn(tokens, predSpans)) > 0;
}

// ---------------------------------------------------------------- scoring

function emptyKindCounts(): Record<AttributionKind, KindCounts> {
  return {
    direct: { gold: 0, goldMatched: 0, predicted: 0, predictedMatched: 0 },
    indirect: { gold: 0, goldMatched: 0, predicted: 0, predictedMatched: 0 },
    mixed: { gold: 0, goldMatched: 0, predicted: 0, predictedMatched: 0 },
  };
}

function emptyCounts(): ScoreCounts {
  return {
    gold: 0,
    predicted: 0,
    matched: 0,
    exactContent: 0,
    goldTokens: 0,
    predictedTokens: 0,
    overlapTokens: 0,
    sourceTotal: 0,
    sourceCorrect: 0,
    cueTotal: 0,
    cueCorrect: 0,
    endToEnd: 0,
    byKind: emptyKindCounts(),
    offsetMismatches: 0,
  };
}

function predictedSpans(a: Attribution): Span[] {
  const spans = a.content.spans;
  if (spans && spans.length > 0) return spans;
  return [{ start: a.content.start, end: a.content.end }];
}

function normKind(k: string): AttributionKind {
  return k === 'direct' || k === 'mixed' ? k : 'indirect';
}

/** Score one document's predictions against its gold. Predictions' offsets must point into `gold.text`. */
export function scoreDocument(gold: GoldDocument, predicted: DocumentResult): DocumentScore {
  const text = gold.text;
  const tokens = tokenize(text);
  const speakers = new Map(predicted.speakers.map((s) => [s.id, s] as const));
  const golds = gold.quotes;
  const preds = predicted.attributions;
  const goldSets = golds.map((q) => tokensIn(tokens, goldContentSpans(q)));
  const predSets = preds.map((a) => tokensIn(tokens, predictedSpans(a)));
  const counts = emptyCounts();
  counts.gold = golds.length;
  counts.predicted = preds.length;

  for (const a of preds) {
    if (text.slice(a.content.start, a.content.end) !== a.content.text) counts.offsetMismatches++;
  }

  // candidate pairs
  const candidates: Array<{ g: number; p: number; jaccard: number }> = [];
  goldSets.forEach((gs, g) => {
    if (gs.size === 0) return;
    predSets.forEach((ps, p) => {
      if (ps.size === 0) return;
      const inter = intersectionSize(gs, ps);
      if (inter === 0 || inter * 2 < gs.size || inter * 2 < ps.size) return;
      candidates.push({ g, p, jaccard: inter / (gs.size + ps.size - inter) });
    });
  });
  candidates.sort((x, y) => y.jaccard - x.jaccard || x.g - y.g || x.p - y.p);

  const goldTaken = new Array<boolean>(golds.length).fill(false);
  const predTaken = new Array<boolean>(preds.length).fill(false);
  const matches: MatchedPair[] = [];
  for (const c of candidates) {
    if (goldTaken[c.g] || predTaken[c.p]) continue;
    goldTaken[c.g] = true;
    predTaken[c.p] = true;
    const gq = golds[c.g];
    const pa = preds[c.p];
    const gs = goldSets[c.g];
    const ps = predSets[c.p];
    if (!gq || !pa || !gs || !ps) continue;
    const hasSource = goldSourceSpans(gq).length > 0;
    const hasCue = goldCueSpan(gq) !== null;
    const src = hasSource ? sourceCorrect(gq, pa, speakers, tokens) : null;
    const cue = hasCue ? cueCorrect(gq, pa, tokens) : null;
    matches.push({
      goldIndex: c.g,
      predictedIndex: c.p,
      gold: gq,
      predicted: pa,
      goldKind: goldKind(gq),
      predictedKind: normKind(pa.kind),
      jaccard: c.jaccard,
      exactContent: setsEqual(gs, ps),
      sourceCorrect: src,
      cueCorrect: cue,
      // gold without a source / cue: that part counts as right
      endToEnd: src !== false && cue !== false,
    });
  }
  matches.sort((a, b) => a.goldIndex - b.goldIndex);

  for (const m of matches) {
    counts.matched++;
    if (m.exactContent) counts.exactContent++;
    if (m.sourceCorrect !== null) {
      counts.sourceTotal++;
      if (m.sourceCorrect) counts.sourceCorrect++;
    }
    if (m.cueCorrect !== null) {
      counts.cueTotal++;
      if (m.cueCorrect) counts.cueCorrect++;
    }
    if (m.endToEnd) counts.endToEnd++;
    counts.byKind[m.goldKind].goldMatched++;
    counts.byKind[m.predictedKind].predictedMatched++;
  }

  const misses: GoldMiss[] = [];
  golds.forEach((q, g) => {
    const kind = goldKind(q);
    counts.byKind[kind].gold++;
    if (!goldTaken[g]) {
      misses.push({ goldIndex: g, gold: q, kind, start: q.contentStart, end: q.contentEnd, tokens: goldSets[g]?.size ?? 0 });
    }
  });
  const falsePositives: FalsePositive[] = [];
  preds.forEach((a, p) => {
    const kind = normKind(a.kind);
    counts.byKind[kind].predicted++;
    if (!predTaken[p]) {
      const spans = predictedSpans(a);
      const start = Math.min(...spans.map((s) => s.start));
      const end = Math.max(...spans.map((s) => s.end));
      falsePositives.push({ predictedIndex: p, predicted: a, kind, start, end, tokens: predSets[p]?.size ?? 0 });
    }
  });

  const goldUnion = new Set<number>();
  for (const s of goldSets) for (const t of s) goldUnion.add(t);
  const predUnion = new Set<number>();
  for (const s of predSets) for (const t of s) predUnion.add(t);
  counts.goldTokens = goldUnion.size;
  counts.predictedTokens = predUnion.size;
  counts.overlapTokens = intersectionSize(goldUnion, predUnion);

  return {
    id: gold.id,
    text,
    counts,
    matches,
    misses,
    falsePositives,
    goldQuotes: golds,
    predictions: preds,
    goldTokenSets: goldSets,
    predictedTokenSets: predSets,
    speakers,
  };
}

// ---------------------------------------------------------------- aggregation

function ratio(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
}

function prf(truePositives: number, predicted: number, gold: number): PRF {
  const precision = ratio(truePositives, predicted);
  const recall = ratio(truePositives, gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, predicted, gold };
}

function addCounts(into: ScoreCounts, c: ScoreCounts): ScoreCounts {
  into.gold += c.gold;
  into.predicted += c.predicted;
  into.matched += c.matched;
  into.exactContent += c.exactContent;
  into.goldTokens += c.goldTokens;
  into.predictedTokens += c.predictedTokens;
  into.overlapTokens += c.overlapTokens;
  into.sourceTotal += c.sourceTotal;
  into.sourceCorrect += c.sourceCorrect;
  into.cueTotal += c.cueTotal;
  into.cueCorrect += c.cueCorrect;
  into.endToEnd += c.endToEnd;
  into.offsetMismatches += c.offsetMismatches;
  for (const k of KINDS) {
    into.byKind[k].gold += c.byKind[k].gold;
    into.byKind[k].goldMatched += c.byKind[k].goldMatched;
    into.byKind[k].predicted += c.byKind[k].predicted;
    into.byKind[k].predictedMatched += c.byKind[k].predictedMatched;
  }
  return into;
}

/** Micro-averaged metrics over all documents (counts summed, then divided). */
export function aggregate(scores: readonly DocumentScore[]): EvalMetrics {
  const c = emptyCounts();
  for (const s of scores) addCounts(c, s.counts);
  const byKind = {} as Record<AttributionKind, KindMetrics>;
  for (const k of KINDS) {
    const kc = c.byKind[k];
    byKind[k] = { ...kc, recall: ratio(kc.goldMatched, kc.gold), precision: ratio(kc.predictedMatched, kc.predicted) };
  }
  return {
    documents: scores.length,
    attribution: prf(c.matched, c.predicted, c.gold),
    exactContent: prf(c.exactContent, c.predicted, c.gold),
    contentTokens: prf(c.overlapTokens, c.predictedTokens, c.goldTokens),
    source: { accuracy: ratio(c.sourceCorrect, c.sourceTotal), correct: c.sourceCorrect, total: c.sourceTotal },
    cue: { accuracy: ratio(c.cueCorrect, c.cueTotal), correct: c.cueCorrect, total: c.cueTotal },
    endToEnd: prf(c.endToEnd, c.predicted, c.gold),
    byKind,
    counts: c,
  };
}

// ---------------------------------------------------------------- error listing

/** An attribution's content where it stands in the article, as the error lists show it. */
export interface ContentInContext {
  documentId: string;
  kind: AttributionKind;
  start: number;
  end: number;
  /** Word tokens in the content. */
  tokens: number;
  /** The content; fragments of discontinuous content joined with " … ". Whitespace collapsed. */
  content: string;
  /** Up to 120 characters either side of the content, newlines and runs of spaces collapsed. */
  before: string;
  after: string;
  /** The covering text start..end (gaps of discontinuous content included), whitespace collapsed. */
  covered: string;
  /** before + "[[" + covered + "]]" + after. */
  context: string;
}

export interface ErrorItem extends ContentInContext {
  type: 'miss' | 'false-positive';
  /** Gold source words (miss) or predicted source words (false positive). */
  source: string | null;
  /** Predicted only: the resolved speaker's name. */
  speaker: string | null;
  cue: string | null;
  /** Predicted only. */
  confidence: number | null;
  /** The attribution on the other side (matched elsewhere or not) sharing most tokens with this one (Jaccard), if any. */
  closest: { content: string; overlap: number } | null;
}

/** A gold attribution that was found, with its source (resolved speaker) or cue wrong: end to end's other losses (content: the gold's). */
export interface WrongItem extends ContentInContext {
  /** What is wrong: the source, the cue, or both. */
  wrong: Array<'source' | 'cue'>;
  gold: { source: string | null; speaker: string | null; cue: string | null };
  predicted: { source: string | null; speaker: string | null; cue: string | null };
}

export interface WorstErrors {
  misses: ErrorItem[];
  falsePositives: ErrorItem[];
  /** Found, but with the wrong source or cue; in document order (the first N). */
  wrong: WrongItem[];
}

const CONTEXT = 120;

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function fragmentsText(text: string, spans: readonly Span[]): string {
  return spans.map((s) => collapse(text.slice(s.start, s.end)).trim()).join(' … ');
}

function contextParts(
  text: string,
  start: number,
  end: number,
): { before: string; after: string; covered: string; context: string } {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  const before = (from > 0 ? '…' : '') + collapse(text.slice(from, start)).trimStart();
  const after = collapse(text.slice(end, to)).trimEnd() + (to < text.length ? '…' : '');
  const covered = collapse(text.slice(start, end));
  return { before, after, covered, context: `${before}[[${covered}]]${after}` };
}

function closestOf(set: ReadonlySet<number>, others: ReadonlyArray<ReadonlySet<number>>): { index: number; overlap: number } | null {
  let bestIndex = -1;
  let bestOverlap = 0;
  if (set.size === 0) return null;
  for (let i = 0; i < others.length; i++) {
    const o = others[i];
    if (!o || o.size === 0) continue;
    const inter = intersectionSize(set, o);
    if (inter === 0) continue;
    const overlap = inter / (set.size + o.size - inter);
    if (overlap > bestOverlap) {
      bestIndex = i;
      bestOverlap = overlap;
    }
  }
  return bestIndex < 0 ? null : { index: bestIndex, overlap: bestOverlap };
}

/**
 * The n most instructive misses and n most instructive false positives.
 * Misses rank longest gold content first (by word tokens): long misses cost the most
 * tokens and are rarely annotation quibbles. False positives rank highest confidence
 * first (a confident wrong answer says most about a rule), then longest. Ties: document
 * order, then offset.
 */
export function worstErrors(scores: readonly DocumentScore[], n: number): WorstErrors {
  const misses: Array<{ item: ErrorItem; doc: number }> = [];
  const fps: Array<{ item: ErrorItem; doc: number }> = [];
  scores.forEach((s, doc) => {
    const text = s.text;
    for (const m of s.misses) {
      const q = m.gold;
      const near = closestOf(s.goldTokenSets[m.goldIndex] ?? new Set(), s.predictedTokenSets);
      const otherAttr = near ? s.predictions[near.index] : undefined;
      misses.push({
        doc,
        item: {
          type: 'miss',
          documentId: s.id,
          kind: m.kind,
          start: m.start,
          end: m.end,
          tokens: m.tokens,
          content: fragmentsText(text, goldContentSpans(q)),
          source: goldSourceText(q),
          speaker: isSeedQuote(q) ? (q.speaker ?? null) : null,
          cue: q.cue ?? null,
          confidence: null,
          ...contextParts(text, m.start, m.end),
          closest: near && otherAttr ? { content: fragmentsText(text, predictedSpans(otherAttr)), overlap: near.overlap } : null,
        },
      });
    }
    for (const f of s.falsePositives) {
      const a = f.predicted;
      const near = closestOf(s.predictedTokenSets[f.predictedIndex] ?? new Set(), s.goldTokenSets);
      const nearGold = near ? s.goldQuotes[near.index] : undefined;
      fps.push({
        doc,
        item: {
          type: 'false-positive',
          documentId: s.id,
          kind: f.kind,
          start: f.start,
          end: f.end,
          tokens: f.tokens,
          content: fragmentsText(text, predictedSpans(a)),
          source: a.source?.text ?? null,
          speaker: a.speakerId != null ? (s.speakers.get(a.speakerId)?.name ?? null) : null,
          cue: a.cue?.text ?? null,
          confidence: a.confidence,
          ...contextParts(text, f.start, f.end),
          closest: near && nearGold ? { content: fragmentsText(text, goldContentSpans(nearGold)), overlap: near.overlap } : null,
        },
      });
    }
  });
  const take = Math.max(0, Math.floor(n));
  const wrong: WrongItem[] = [];
  for (const s of scores) {
    if (wrong.length >= take) break;
    for (const m of s.matches) {
      if (wrong.length >= take) break;
      if (m.sourceCorrect !== false && m.cueCorrect !== false) continue;
      const spans = goldContentSpans(m.gold);
      const start = Math.min(...spans.map((sp) => sp.start));
      const end = Math.max(...spans.map((sp) => sp.end));
      const a = m.predicted;
      wrong.push({
        documentId: s.id,
        kind: m.goldKind,
        start,
        end,
        tokens: s.goldTokenSets[m.goldIndex]?.size ?? 0,
        content: fragmentsText(s.text, spans),
        wrong: [...(m.sourceCorrect === false ? ['source' as const] : []), ...(m.cueCorrect === false ? ['cue' as const] : [])],
        gold: { source: goldSourceText(m.gold), speaker: isSeedQuote(m.gold) ? (m.gold.speaker ?? null) : null, cue: m.gold.cue ?? null },
        predicted: { source: a.source?.text ?? null, speaker: a.speakerId != null ? (s.speakers.get(a.speakerId)?.name ?? null) : null, cue: a.cue?.text ?? null },
        ...contextParts(s.text, start, end),
      });
    }
  }
  misses.sort((x, y) => y.item.tokens - x.item.tokens || x.doc - y.doc || x.item.start - y.item.start);
  fps.sort(
    (x, y) =>
      (y.item.confidence ?? 0) - (x.item.confidence ?? 0) || y.item.tokens - x.item.tokens || x.doc - y.doc || x.item.start - y.item.start,
  );
  return { misses: misses.slice(0, take).map((m) => m.item), falsePositives: fps.slice(0, take).map((f) => f.item), wrong };
}
