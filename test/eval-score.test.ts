import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Attribution, AttributionKind, DocumentResult, Span, Speaker, SpeakerType } from '../src/types.js';
import {
  aggregate,
  evaluate,
  formatErrors,
  formatEvalTable,
  formatMarkdownTable,
  GoldFileError,
  goldContentSpans,
  goldCueSpan,
  goldHasSource,
  goldKind,
  goldSourceSpans,
  parseGold,
  readGoldFile,
  scoreDocument,
  tokenize,
  worstErrors,
  type GoldDocument,
  type GoldQuote,
} from '../src/eval/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = path.resolve(repoRoot, '../shared/eval');

// ---------------------------------------------------------------- builders (synthetic, invented text)

/** The span of the n-th (0-based) occurrence of `sub` in `text`. */
function at(text: string, sub: string, n = 0): Span {
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(sub, i + 1);
    if (i < 0) throw new Error(`"${sub}" #${n} not in text`);
  }
  return { start: i, end: i + sub.length };
}

/** From the start of `a` to the end of `b` (b searched after a). */
function between(text: string, a: string, b: string): Span {
  const s = at(text, a);
  const e = text.indexOf(b, s.start);
  if (e < 0) throw new Error(`"${b}" not after "${a}"`);
  return { start: s.start, end: e + b.length };
}

interface GoldOpts {
  source?: Span | null;
  cue?: Span | null;
  direct?: boolean;
  mixed?: boolean;
  kind?: AttributionKind;
  fragments?: Span[];
}

function goldQuote(text: string, content: Span, o: GoldOpts = {}): GoldQuote {
  const q: GoldQuote = {
    content: text.slice(content.start, content.end),
    contentStart: content.start,
    contentEnd: content.end,
    contentSpans: (o.fragments ?? [content]).map((s) => [s.start, s.end] as [number, number]),
    speaker: o.source ? text.slice(o.source.start, o.source.end) : null,
    speakerStart: o.source ? o.source.start : null,
    speakerEnd: o.source ? o.source.end : null,
    cue: o.cue ? text.slice(o.cue.start, o.cue.end) : null,
    cueStart: o.cue ? o.cue.start : null,
    cueEnd: o.cue ? o.cue.end : null,
    direct: o.direct ?? false,
    mixed: o.mixed ?? false,
  };
  return q;
}

function goldDoc(text: string, quotes: GoldQuote[], id = 'synthetic'): GoldDocument {
  return { id, source: 'polnear', text, quotes };
}

interface PredOpts {
  kind?: AttributionKind;
  source?: Span | null;
  cue?: Span | null;
  speakerId?: string | null;
  confidence?: number;
  fragments?: Span[];
}

let nextId = 1;
function pred(text: string, content: Span, o: PredOpts = {}): Attribution {
  return {
    id: `A${nextId++}`,
    kind: o.kind ?? 'indirect',
    content: {
      text: text.slice(content.start, content.end),
      start: content.start,
      end: content.end,
      line: 1,
      column: content.start + 1,
      spans: o.fragments ?? [content],
    },
    cue: o.cue ? { ...o.cue, text: text.slice(o.cue.start, o.cue.end), lemma: 'say', stance: 'neutral' } : null,
    source: o.source ? { ...o.source, text: text.slice(o.source.start, o.source.end) } : null,
    speakerId: o.speakerId ?? null,
    confidence: o.confidence ?? 0.5,
  };
}

function speaker(id: string, name: string, type: SpeakerType = 'person'): Speaker {
  return { id, name, type, mentions: [], attributions: 1 };
}

function result(attributions: Attribution[], speakers: Speaker[] = []): DocumentResult {
  return { path: 'synthetic.txt', format: 'txt', title: null, speakers, attributions, quotes: [], findings: [] };
}

// ten content words, then five more words outside the gold content
const TEN = 'Amber lanterns guided seven tired sailors toward the quiet harbor';
const TEXT = `The mayor said ${TEN}, while fishermen waited calmly ashore tonight.`;
const words = Array.from(TEXT.matchAll(/[\p{L}\p{N}]+/gu), (m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
/** Span from word i to word j inclusive (0-based word indices in TEXT). */
function w(i: number, j: number): Span {
  const a = words[i];
  const b = words[j];
  if (!a || !b) throw new Error('word index');
  return { start: a.start, end: b.end };
}
// TEXT words: 0 The, 1 mayor, 2 said, 3..12 the ten content words, 13 while … 18 tonight
const GOLD_CONTENT = w(3, 12);

// ---------------------------------------------------------------- tokens

describe('tokenize', () => {
  it('takes runs of letters and digits; punctuation and quotation marks are ignored', () => {
    const t = tokenize('“Don’t,” she said — 42 times.');
    expect(t.starts.length).toBe(6);
    expect(t.starts).toEqual([1, 5, 9, 13, 20, 23]);
  });
});

// ---------------------------------------------------------------- attribution match

describe('attribution match', () => {
  const gold = goldDoc(TEXT, [goldQuote(TEXT, GOLD_CONTENT, { source: w(0, 1), cue: w(2, 2) })]);

  it('an identical prediction matches exactly', () => {
    const s = scoreDocument(gold, result([pred(TEXT, GOLD_CONTENT, { source: w(1, 1), cue: w(2, 2) })]));
    const m = aggregate([s]);
    expect(m.attribution).toMatchObject({ precision: 1, recall: 1, f1: 1, truePositives: 1 });
    expect(m.exactContent.f1).toBe(1);
    expect(m.contentTokens.f1).toBe(1);
    expect(m.source).toMatchObject({ accuracy: 1, correct: 1, total: 1 });
    expect(m.cue).toMatchObject({ accuracy: 1, total: 1 });
    expect(m.endToEnd.f1).toBe(1);
  });

  it('punctuation at the edges does not matter', () => {
    const wide = { start: GOLD_CONTENT.start - 1, end: GOLD_CONTENT.end + 1 }; // includes the space and the comma
    const s = scoreDocument(gold, result([pred(TEXT, wide)]));
    expect(s.matches[0]?.exactContent).toBe(true);
  });

  it('a prediction covering half of the gold, half of it inside the gold, matches (both ways 50%)', () => {
    // words 8..17: five gold words (8..12) and five outside (13..17)
    const s = scoreDocument(gold, result([pred(TEXT, w(8, 17))]));
    expect(s.counts.matched).toBe(1);
    expect(s.matches[0]?.jaccard).toBeCloseTo(5 / 15);
    expect(s.matches[0]?.exactContent).toBe(false);
  });

  it('a prediction with 40% overlap does not match', () => {
    // words 9..18: four gold words, six outside: 40% of the gold, 40% of the prediction
    const s = scoreDocument(gold, result([pred(TEXT, w(9, 18))]));
    expect(s.counts.matched).toBe(0);
    expect(s.misses).toHaveLength(1);
    expect(s.falsePositives).toHaveLength(1);
  });

  it('a prediction entirely inside the gold but covering only 40% of it does not match', () => {
    const s = scoreDocument(gold, result([pred(TEXT, w(3, 6))]));
    expect(s.counts.matched).toBe(0);
  });

  it('a prediction containing the gold but twice as long... matches at exactly half', () => {
    // gold 10 words inside a 20-word prediction would need 20 words; use a short gold instead
    const g = goldDoc(TEXT, [goldQuote(TEXT, w(3, 7))]); // 5 words
    expect(scoreDocument(g, result([pred(TEXT, w(3, 12))])).counts.matched).toBe(1); // 5 of 10
    expect(scoreDocument(g, result([pred(TEXT, w(3, 13))])).counts.matched).toBe(0); // 5 of 11
  });

  it('is one-to-one, greedy by highest Jaccard, when two predictions overlap one gold', () => {
    const partial = pred(TEXT, w(3, 10)); // 8 of 10 words: a candidate too
    const full = pred(TEXT, GOLD_CONTENT);
    const s = scoreDocument(gold, result([partial, full]));
    expect(s.counts.matched).toBe(1);
    expect(s.matches[0]?.predicted).toBe(full);
    expect(s.falsePositives.map((f) => f.predicted)).toEqual([partial]);
    const m = aggregate([s]);
    expect(m.attribution.precision).toBe(0.5);
    expect(m.attribution.recall).toBe(1);
    expect(m.attribution.f1).toBeCloseTo(2 / 3);
  });

  it('greedy assignment lets a second prediction take a second (nested) gold', () => {
    const outer = goldQuote(TEXT, GOLD_CONTENT);
    const inner = goldQuote(TEXT, w(7, 12)); // nested content
    const s = scoreDocument(goldDoc(TEXT, [outer, inner]), result([pred(TEXT, w(7, 12)), pred(TEXT, w(3, 12))]));
    expect(s.counts.matched).toBe(2);
    expect(s.matches.map((m) => [m.goldIndex, m.predictedIndex])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('no predictions: precision 0 with zero denominator, recall 0', () => {
    const m = aggregate([scoreDocument(gold, result([]))]);
    expect(m.attribution).toMatchObject({ precision: 0, recall: 0, f1: 0, predicted: 0, gold: 1 });
  });
});

// ---------------------------------------------------------------- exact content, tokens

describe('exact content and content tokens', () => {
  const text = 'Intro line.\n\n“Bright stars fade slowly,” the astronomer said. “Planets keep wandering.”\n';
  const frag1 = between(text, '“Bright', 'slowly,”');
  const frag2 = between(text, '“Planets', 'wandering.”');
  const covering = { start: frag1.start, end: frag2.end };
  const g = goldQuote(text, covering, {
    fragments: [frag1, frag2],
    source: at(text, 'the astronomer'),
    cue: at(text, 'said'),
    direct: true,
  });
  const doc = goldDoc(text, [g]);

  it('discontinuous gold: prediction with the same fragments (without quotation marks) is exact', () => {
    const p = pred(text, covering, {
      kind: 'direct',
      fragments: [between(text, 'Bright', 'slowly'), between(text, 'Planets', 'wandering')],
    });
    const s = scoreDocument(doc, result([p]));
    expect(s.matches[0]?.exactContent).toBe(true);
    expect(aggregate([s]).exactContent).toMatchObject({ precision: 1, recall: 1 });
  });

  it('discontinuous gold: a covering prediction that includes the gap matches but is not exact', () => {
    const p = pred(text, covering, { kind: 'direct' }); // 7 words, 6 of them gold... "the astronomer said" adds 3
    const s = scoreDocument(doc, result([p]));
    expect(s.counts.matched).toBe(1);
    expect(s.matches[0]?.exactContent).toBe(false);
    const m = aggregate([s]);
    expect(m.exactContent.truePositives).toBe(0);
    // content tokens: 7 gold words, 10 predicted, 7 shared
    expect(m.contentTokens).toMatchObject({ truePositives: 7, predicted: 10, gold: 7 });
    expect(m.contentTokens.precision).toBeCloseTo(0.7);
    expect(m.contentTokens.recall).toBe(1);
  });

  it('content tokens use the union of predictions (overlapping predictions do not double count)', () => {
    const p1 = pred(text, frag1);
    const p2 = pred(text, between(text, 'stars', 'slowly'));
    const m = aggregate([scoreDocument(doc, result([p1, p2]))]);
    expect(m.contentTokens).toMatchObject({ truePositives: 4, predicted: 4, gold: 7 });
    expect(m.contentTokens.precision).toBe(1);
    expect(m.contentTokens.recall).toBeCloseTo(4 / 7);
  });

  it('the same word twice counts twice (token identity is by position)', () => {
    const t = 'Officials said taxes will rise. Critics said taxes will rise.';
    const gq = goldQuote(t, at(t, 'taxes will rise', 1), { source: at(t, 'Critics'), cue: at(t, 'said', 1) });
    const s = scoreDocument(goldDoc(t, [gq]), result([pred(t, at(t, 'taxes will rise', 0))]));
    expect(s.counts.matched).toBe(0);
    expect(s.counts.overlapTokens).toBe(0);
  });
});

// ---------------------------------------------------------------- source

describe('source accuracy', () => {
  const text = 'Dana Whitfield, the port director, said cargo volumes doubled. Later Whitfield added that cranes were idle.';
  const g1 = goldQuote(text, between(text, 'cargo', 'doubled'), { source: at(text, 'Dana Whitfield'), cue: at(text, 'said') });
  const g2 = goldQuote(text, between(text, 'cranes', 'idle'), { source: at(text, 'Whitfield', 1), cue: at(text, 'added') });
  const doc = goldDoc(text, [g1, g2]);
  const spk = speaker('S1', 'Dana Whitfield');

  it('right when the predicted source span shares a token with the gold source', () => {
    const p = pred(text, between(text, 'cargo', 'doubled'), { source: at(text, 'Whitfield', 0), cue: at(text, 'said') });
    const s = scoreDocument(goldDoc(text, [g1]), result([p]));
    expect(s.matches[0]?.sourceCorrect).toBe(true);
  });

  it('right via the resolved speaker name, even when the source span is elsewhere', () => {
    const p = pred(text, between(text, 'cranes', 'idle'), {
      source: at(text, 'the port director'),
      speakerId: 'S1',
      cue: at(text, 'added'),
    });
    const s = scoreDocument(goldDoc(text, [g2]), result([p], [spk]));
    expect(s.matches[0]?.sourceCorrect).toBe(true);
  });

  it('wrong when neither the span nor the name agrees; no source predicted is wrong', () => {
    const p1 = pred(text, between(text, 'cargo', 'doubled'), { source: at(text, 'the port director'), speakerId: 'S2', cue: at(text, 'said') });
    const p2 = pred(text, between(text, 'cranes', 'idle'), { cue: at(text, 'added') });
    const s = scoreDocument(doc, result([p1, p2], [speaker('S2', 'Port Authority', 'organization')]));
    expect(s.matches.map((m) => m.sourceCorrect)).toEqual([false, false]);
    const m = aggregate([s]);
    expect(m.source).toMatchObject({ accuracy: 0, correct: 0, total: 2 });
    expect(m.cue.accuracy).toBe(1);
    expect(m.endToEnd.truePositives).toBe(0);
    expect(m.attribution.truePositives).toBe(2);
  });

  it('short words and function words of the gold source do not identify a speaker', () => {
    const t = 'The Kremlin said talks stalled. He said the weather turned.';
    const gk = goldQuote(t, between(t, 'talks', 'stalled'), { source: at(t, 'The Kremlin'), cue: at(t, 'said') });
    const gh = goldQuote(t, between(t, 'the weather', 'turned'), { source: at(t, 'He'), cue: at(t, 'said', 1) });
    const p1 = pred(t, between(t, 'talks', 'stalled'), { speakerId: 'S1' });
    const p2 = pred(t, between(t, 'the weather', 'turned'), { speakerId: 'S2' });
    const s = scoreDocument(goldDoc(t, [gk, gh]), result([p1, p2], [speaker('S1', 'The Times', 'organization'), speaker('S2', 'He Wei')]));
    expect(s.matches.map((m) => m.sourceCorrect)).toEqual([false, false]);
  });

  it('gold without a source: not counted in source accuracy, counts as right end to end', () => {
    const t = 'It was reported that the bridge would close.';
    const gq = goldQuote(t, between(t, 'the bridge', 'close'), { cue: at(t, 'was reported') });
    const p = pred(t, between(t, 'the bridge', 'close'), { cue: at(t, 'reported'), source: at(t, 'It') });
    const m = aggregate([scoreDocument(goldDoc(t, [gq]), result([p]))]);
    expect(m.source.total).toBe(0);
    expect(m.cue).toMatchObject({ correct: 1, total: 1 });
    expect(m.endToEnd.truePositives).toBe(1);
  });
});

describe('seed-gold source rules', () => {
  const text =
    'The ministry spokeswoman, Ines Varga, rejected the report. Anonymous officials claimed the deal collapsed. The US said nothing changed.';
  function seedQuote(content: Span, mention: Span, resolved: string, type: 'person' | 'organization' | 'anonymous', aliases: string[], cue: Span): GoldQuote {
    return {
      content: text.slice(content.start, content.end),
      contentStart: content.start,
      contentEnd: content.end,
      speakerMention: text.slice(mention.start, mention.end),
      speakerMentionStart: mention.start,
      speakerMentionEnd: mention.end,
      speaker: resolved,
      speakerStart: mention.start,
      speakerEnd: mention.end,
      speakerType: type,
      speakerAliases: aliases,
      cue: text.slice(cue.start, cue.end),
      cueStart: cue.start,
      cueEnd: cue.end,
      kind: 'indirect',
      direct: false,
      mixed: false,
    };
  }
  const gVarga = seedQuote(at(text, 'the report'), at(text, 'The ministry spokeswoman'), 'Ines Varga', 'person', ['Varga'], at(text, 'rejected'));
  const gAnon = seedQuote(between(text, 'the deal', 'collapsed'), at(text, 'Anonymous officials'), 'unnamed officials', 'anonymous', [], at(text, 'claimed'));
  const gUS = seedQuote(between(text, 'nothing', 'changed'), at(text, 'US'), 'United States government', 'organization', ['US', 'United States'], at(text, 'said'));
  const doc: GoldDocument = { id: 'seed-synthetic', source: 'seed', text, quotes: [gVarga, gAnon, gUS] };

  it('anonymous gold requires a predicted speaker typed anonymous (a matching span is not enough)', () => {
    const spanOnly = pred(text, between(text, 'the deal', 'collapsed'), { source: at(text, 'Anonymous officials'), speakerId: 'S1', cue: at(text, 'claimed') });
    const s1 = scoreDocument({ ...doc, quotes: [gAnon] }, result([spanOnly], [speaker('S1', 'Anonymous officials', 'person')]));
    expect(s1.matches[0]?.sourceCorrect).toBe(false);
    const typed = pred(text, between(text, 'the deal', 'collapsed'), { source: null, speakerId: 'S2', cue: at(text, 'claimed') });
    const s2 = scoreDocument({ ...doc, quotes: [gAnon] }, result([typed], [speaker('S2', 'unnamed sources', 'anonymous')]));
    expect(s2.matches[0]?.sourceCorrect).toBe(true);
  });

  it('aliases identify the speaker as whole words in its name; the mention words alone do not', () => {
    const pUS = pred(text, between(text, 'nothing', 'changed'), { speakerId: 'S1', cue: at(text, 'said') });
    const s = scoreDocument({ ...doc, quotes: [gUS] }, result([pUS], [speaker('S1', 'US State Department', 'organization')]));
    expect(s.matches[0]?.sourceCorrect).toBe(true);
    const pUSA = pred(text, between(text, 'nothing', 'changed'), { speakerId: 'S1', cue: at(text, 'said') });
    const s2 = scoreDocument({ ...doc, quotes: [gUS] }, result([pUSA], [speaker('S1', 'USA Today', 'organization')]));
    expect(s2.matches[0]?.sourceCorrect).toBe(false);
    // resolved to the wrong entity whose name shares a mention word ("ministry"): wrong
    const pMin = pred(text, at(text, 'the report'), { speakerId: 'S3', cue: at(text, 'rejected') });
    const s3 = scoreDocument({ ...doc, quotes: [gVarga] }, result([pMin], [speaker('S3', 'Finance Ministry', 'organization')]));
    expect(s3.matches[0]?.sourceCorrect).toBe(false);
    // the right one, reached through the resolved name
    const pVarga = pred(text, at(text, 'the report'), { source: at(text, 'Ines Varga'), speakerId: 'S4', cue: at(text, 'rejected') });
    const s4 = scoreDocument({ ...doc, quotes: [gVarga] }, result([pVarga], [speaker('S4', 'Ines Varga')]));
    expect(s4.matches[0]?.sourceCorrect).toBe(true);
  });
});

// ---------------------------------------------------------------- cue

describe('cue accuracy', () => {
  const text = 'The coach: “We will win the cup.” Later the coach said training starts Monday.';
  const gColon = goldQuote(text, between(text, '“We', 'cup.”'), { source: at(text, 'The coach'), cue: at(text, ':'), direct: true });
  const gSaid = goldQuote(text, between(text, 'training', 'Monday'), { source: at(text, 'the coach'), cue: at(text, 'said') });

  it('a punctuation-only gold cue is hit when the spans overlap at all', () => {
    const hit = pred(text, between(text, 'We', 'cup'), { kind: 'direct', source: at(text, 'coach'), cue: { start: at(text, ':').start, end: at(text, ':').end + 2 } });
    const miss = pred(text, between(text, 'We', 'cup'), { kind: 'direct', source: at(text, 'coach'), cue: at(text, 'said') });
    expect(scoreDocument(goldDoc(text, [gColon]), result([hit])).matches[0]?.cueCorrect).toBe(true);
    expect(scoreDocument(goldDoc(text, [gColon]), result([miss])).matches[0]?.cueCorrect).toBe(false);
  });

  it('a word cue needs a shared word token; a missing predicted cue is wrong', () => {
    const p1 = pred(text, between(text, 'training', 'Monday'), { source: at(text, 'the coach'), cue: { start: at(text, 'said').start - 1, end: at(text, 'said').start } });
    const p2 = pred(text, between(text, 'training', 'Monday'), { source: at(text, 'the coach'), cue: null });
    expect(scoreDocument(goldDoc(text, [gSaid]), result([p1])).matches[0]?.cueCorrect).toBe(false);
    expect(scoreDocument(goldDoc(text, [gSaid]), result([p2])).matches[0]?.cueCorrect).toBe(false);
  });

  it('cue-less gold: not counted in cue accuracy and right end to end', () => {
    const gq = goldQuote(text, between(text, 'training', 'Monday'), { source: at(text, 'the coach') });
    const p = pred(text, between(text, 'training', 'Monday'), { source: at(text, 'coach', 1), cue: at(text, 'said') });
    const s = scoreDocument(goldDoc(text, [gq]), result([p]));
    expect(s.matches[0]).toMatchObject({ cueCorrect: null, sourceCorrect: true, endToEnd: true });
    const m = aggregate([s]);
    expect(m.cue.total).toBe(0);
    expect(m.endToEnd).toMatchObject({ precision: 1, recall: 1 });
  });
});

// ---------------------------------------------------------------- kinds, aggregation, errors, reports

describe('per-kind breakdown and aggregation', () => {
  const text = 'Ana said “rain is coming.” Ben said the river rose. Cal warned of a “grim” winter. Dee said nothing at all today.';
  const gDirect = goldQuote(text, between(text, '“rain', 'coming.”'), { source: at(text, 'Ana'), cue: at(text, 'said'), direct: true });
  const gIndirect = goldQuote(text, between(text, 'the river', 'rose'), { source: at(text, 'Ben'), cue: at(text, 'said', 1) });
  const gMixed = goldQuote(text, between(text, 'a “grim', 'winter'), { source: at(text, 'Cal'), cue: at(text, 'warned of'), mixed: true });
  const doc = goldDoc(text, [gDirect, gIndirect, gMixed]);

  it('recall per gold kind, precision per predicted kind', () => {
    const preds = [
      pred(text, between(text, 'rain', 'coming'), { kind: 'direct' }),
      pred(text, between(text, 'a “grim', 'winter'), { kind: 'indirect' }), // mixed gold predicted as indirect
      pred(text, between(text, 'nothing', 'today'), { kind: 'indirect' }), // false positive
    ];
    const m = aggregate([scoreDocument(doc, result(preds))]);
    expect(goldKind(gDirect)).toBe('direct');
    expect(goldKind(gMixed)).toBe('mixed');
    expect(goldKind(gIndirect)).toBe('indirect');
    expect(m.byKind.direct).toMatchObject({ gold: 1, goldMatched: 1, recall: 1, predicted: 1, precision: 1 });
    expect(m.byKind.indirect).toMatchObject({ gold: 1, goldMatched: 0, recall: 0, predicted: 2, predictedMatched: 1, precision: 0.5 });
    expect(m.byKind.mixed).toMatchObject({ gold: 1, goldMatched: 1, recall: 1, predicted: 0, precision: 0 });
  });

  it('aggregates micro over documents, and evaluate() runs the analyzer per document', async () => {
    const other = goldDoc(TEXT, [goldQuote(TEXT, GOLD_CONTENT, { source: w(0, 1), cue: w(2, 2) })], 'second');
    const { metrics, scores } = await evaluate([doc, other], async (d) =>
      d.id === 'second' ? result([pred(TEXT, GOLD_CONTENT, { source: w(1, 1), cue: w(2, 2) })]) : result([]),
    );
    expect(scores.map((s) => s.id)).toEqual(['synthetic', 'second']);
    expect(metrics.documents).toBe(2);
    expect(metrics.attribution).toMatchObject({ truePositives: 1, predicted: 1, gold: 4, precision: 1, recall: 0.25 });
    expect(metrics.endToEnd.truePositives).toBe(1);
  });

  it('flags predictions whose text does not match their offsets', () => {
    const p = pred(text, at(text, 'the river rose'));
    p.content.text = 'something else';
    expect(scoreDocument(doc, result([p])).counts.offsetMismatches).toBe(1);
  });
});

describe('worstErrors and reports', () => {
  const filler = 'Nothing of note happened in the valley for many years. '.repeat(4);
  const text = `${filler}Mara said the\nnew dam would flood three villages and the old mill. Tom said rates fall. ${filler}Fog rolled in.`;
  const gLong = goldQuote(text, between(text, 'the\nnew dam', 'old mill'), { source: at(text, 'Mara'), cue: at(text, 'said') });
  const gShort = goldQuote(text, between(text, 'rates', 'fall'), { source: at(text, 'Tom'), cue: at(text, 'said', 1) });
  const doc = goldDoc(text, [gShort, gLong]);
  const fpLow = pred(text, at(text, 'Fog rolled in'), { confidence: 0.2 });
  const fpHigh = pred(text, at(text, 'the old mill'), { confidence: 0.9, speakerId: 'S1', source: at(text, 'Mara') }); // 3 of 11 words
  const scores = [scoreDocument(doc, result([fpLow, fpHigh], [speaker('S1', 'Mara Quill')]))];

  it('ranks misses longest first and false positives most confident first, with ±120 chars of context', () => {
    expect(scores[0]?.counts.matched).toBe(0);
    const e = worstErrors(scores, 5);
    expect(e.misses.map((m) => m.tokens)).toEqual([11, 2]);
    const top = e.misses[0];
    expect(top).toMatchObject({ type: 'miss', documentId: 'synthetic', kind: 'indirect', source: 'Mara', cue: 'said' });
    expect(top?.content).toBe('the new dam would flood three villages and the old mill');
    expect(top?.context).not.toMatch(/\n/);
    expect(top?.context).toContain('[[the new dam would flood three villages and the old mill]]');
    expect(top?.before.length).toBeLessThanOrEqual(121);
    expect(top?.before.startsWith('…')).toBe(true);
    expect(top?.closest?.content).toBe('the old mill');
    expect(e.falsePositives.map((f) => f.confidence)).toEqual([0.9, 0.2]);
    expect(e.falsePositives[0]).toMatchObject({ speaker: 'Mara Quill', source: 'Mara' });
    expect(worstErrors(scores, 1).misses).toHaveLength(1);
  });

  it('lists attributions found with the wrong source or cue, in document order, with both sides', () => {
    const text = 'Ines Walcott said the ferry would run on Monday. Tom Baird warned the fares would rise. Ana Ruiz said the pier was safe.';
    const gold = goldDoc(text, [
      goldQuote(text, between(text, 'the ferry', 'Monday'), { source: at(text, 'Ines Walcott'), cue: at(text, 'said') }),
      goldQuote(text, between(text, 'the fares', 'rise'), { source: at(text, 'Tom Baird'), cue: at(text, 'warned') }),
      goldQuote(text, between(text, 'the pier', 'safe'), { source: at(text, 'Ana Ruiz'), cue: at(text, 'said', 1) }),
    ]);
    const predicted = result([
      pred(text, between(text, 'the ferry', 'Monday'), { source: at(text, 'Ines Walcott'), cue: at(text, 'said') }), // right
      pred(text, between(text, 'the fares', 'rise'), { source: at(text, 'Ines Walcott'), cue: at(text, 'warned') }), // wrong source
      pred(text, between(text, 'the pier', 'safe'), { source: at(text, 'Ana Ruiz'), cue: at(text, 'was') }), // wrong cue
    ]);
    const e = worstErrors([scoreDocument(gold, predicted)], 5);
    expect(e.misses).toEqual([]);
    expect(e.wrong.map((w) => [w.content, w.wrong, w.gold.source, w.predicted.source, w.gold.cue, w.predicted.cue])).toEqual([
      ['the fares would rise', ['source'], 'Tom Baird', 'Ines Walcott', 'warned', 'warned'],
      ['the pier was safe', ['cue'], 'Ana Ruiz', 'Ana Ruiz', 'said', 'was'],
    ]);
    expect(worstErrors([scoreDocument(gold, predicted)], 1).wrong).toHaveLength(1);
    const listing = formatErrors(e);
    expect(listing).toContain('Wrong source or cue (gold attributions found, but attributed wrongly), in document order: 2');
    expect(listing).toMatch(/source ✗ gold "Tom Baird", predicted "Ines Walcott"/);
    expect(listing).toMatch(/cue {4}✗ gold "said", predicted "was"/);
  });

  it('formats a table, Markdown and an error listing', () => {
    const m = aggregate(scores);
    const table = formatEvalTable(m);
    for (const label of ['attribution match', 'exact content', 'content tokens', 'source accuracy', 'cue accuracy', 'end to end', 'direct', 'indirect', 'mixed']) {
      expect(table).toContain(label);
    }
    expect(table).not.toMatch(/\u001b\[/); // no colour by default
    const lines = table.split('\n').filter((l) => /^(attribution match|exact content|end to end)/.test(l));
    expect(new Set(lines.map((l) => l.indexOf('%'))).size).toBe(1); // aligned columns
    const md = formatMarkdownTable(m);
    expect(md.split('\n')[1]).toMatch(/^\|---\|/);
    expect(md).toContain('| attribution match |');
    const listing = formatErrors(worstErrors(scores, 2));
    expect(listing).toContain('Misses');
    expect(listing).toContain('False positives');
    expect(listing).toContain('[[the new dam');
  });
});

// ---------------------------------------------------------------- reading gold files

describe('readGoldFile', () => {
  const good = { id: 'd1', text: 'Kim said hello there.', quotes: [{ content: 'hello there', contentStart: 9, contentEnd: 20 }] };

  it('reads .jsonl, .json (one document or an array), and reports malformed input with file and line', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'attrib-gold-'));
    try {
      const jsonl = path.join(dir, 'g.jsonl');
      await writeFile(jsonl, `${JSON.stringify(good)}\n\n${JSON.stringify({ ...good, id: 'd2' })}\n`);
      expect((await readGoldFile(jsonl)).map((d) => d.id)).toEqual(['d1', 'd2']);
      const one = path.join(dir, 'one.json');
      await writeFile(one, JSON.stringify(good, null, 2));
      expect(await readGoldFile(one)).toHaveLength(1);
      const arr = path.join(dir, 'arr.json');
      await writeFile(arr, JSON.stringify([good, good]));
      expect(await readGoldFile(arr)).toHaveLength(2);

      const bad = path.join(dir, 'bad.jsonl');
      await writeFile(bad, `${JSON.stringify(good)}\n{"id": "d2", "text": \n`);
      const err = await readGoldFile(bad).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(GoldFileError);
      expect((err as GoldFileError).code).toBe('EGOLD');
      expect((err as GoldFileError).message).toContain(`${bad}:2`);

      const outOfRange = path.join(dir, 'range.jsonl');
      await writeFile(outOfRange, JSON.stringify({ ...good, quotes: [{ contentStart: 5, contentEnd: 99 }] }));
      await expect(readGoldFile(outOfRange)).rejects.toThrow(/range\.jsonl:1: document "d1": quotes\[0\]: content span \[5, 99\) is outside/);

      const noText = path.join(dir, 'notext.json');
      await writeFile(noText, JSON.stringify([good, { id: 'x', quotes: [] }]));
      await expect(readGoldFile(noText)).rejects.toThrow(/notext\.json: document 2: document "x": missing string "text"/);

      const missing = await readGoldFile(path.join(dir, 'nope.jsonl')).catch((e: unknown) => e);
      expect((missing as GoldFileError).code).toBe('ENOENT');
      // In words, as for analyze's inputs, not Node's "ENOENT: no such file or directory, open '…'".
      expect((missing as Error).message).toBe(`${path.join(dir, 'nope.jsonl')}: cannot read gold file: no such file or directory (ENOENT)`);
      expect(((await readGoldFile(dir).catch((e: unknown) => e)) as Error).message).toBe(`${dir}: cannot read gold file: is a directory (EISDIR)`);

      // A gold file with no documents scores nothing (every metric n/a): an error, as an empty input is to analyze (EEMPTY).
      for (const [name, content] of [['empty.jsonl', ''], ['blank.jsonl', '\n\n'], ['none.json', '[]'], ['empty.json', ' \n']]) {
        const file = path.join(dir, name!);
        await writeFile(file, content!);
        const e = await readGoldFile(file).catch((err: unknown) => err);
        expect(e, name).toBeInstanceOf(GoldFileError);
        expect((e as GoldFileError).code).toBe('EEMPTY');
        expect((e as Error).message).toBe(`${file}: no documents to score`);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a speakerType or a direct/mixed flag it would misread (a typo scored as a name, "yes" read as true)', () => {
    const doc = (q: object): string => JSON.stringify({ ...good, quotes: [{ ...good.quotes[0], ...q }] });
    for (const speakerType of ['person', 'organization', 'anonymous', null]) expect(parseGold(doc({ speakerType }), 'g.jsonl')[0]!.quotes).toHaveLength(1);
    expect(() => parseGold(doc({ speakerType: 'anonymus' }), 'g.jsonl')).toThrow(/quotes\[0\]: "speakerType" must be person, organization or anonymous/);
    for (const flag of ['direct', 'mixed']) {
      expect(parseGold(doc({ [flag]: false }), 'g.jsonl')[0]!.quotes).toHaveLength(1);
      expect(() => parseGold(doc({ [flag]: 'yes' }), 'g.jsonl')).toThrow(new RegExp(`quotes\\[0\\]: "${flag}" must be true or false`));
    }
  });

  it('refuses a quote without its content words, which its offsets are checked against', () => {
    const { content: _, ...offsetsOnly } = good.quotes[0]!;
    for (const q of [offsetsOnly, { ...offsetsOnly, content: null }, { ...offsetsOnly, content: 9 }]) {
      expect(() => parseGold(JSON.stringify({ ...good, quotes: [q] }), 'g.jsonl')).toThrow(/g\.jsonl:1: document "d1": quotes\[0\]: missing string "content" \(the words at "contentStart"\/"contentEnd"\)/);
    }
  });

  it('refuses words that are not the text at their offsets (offsets counted in code points, or on a copy with LF line ends)', () => {
    const text = 'Ferry back 🚢\r\n\r\nHarbour master Ines Walcott said the ferry would run on Monday.';
    const at = (words: string): [number, number] => [text.indexOf(words), text.indexOf(words) + words.length];
    const [cs, ce] = at('the ferry would run on Monday');
    const [us, ue] = at('said');
    const [ss, se] = at('Harbour master Ines Walcott');
    const quote = { content: 'the ferry would run on Monday', contentStart: cs, contentEnd: ce, cue: 'said', cueStart: us, cueEnd: ue, speaker: 'Harbour master Ines Walcott', speakerStart: ss, speakerEnd: se };
    const doc = (q: object): string => JSON.stringify({ id: 'ferry', text, quotes: [{ ...quote, ...q }] });
    expect(parseGold(doc({}), 'g.jsonl')[0]!.quotes).toHaveLength(1);
    // Python counts the ship as one character, JavaScript as two: every offset after it one short.
    expect(() => parseGold(doc({ contentStart: cs - 1, contentEnd: ce - 1 }), 'g.jsonl')).toThrow(
      new RegExp(`g\\.jsonl:1: document "ferry": quotes\\[0\\]: "content" "the ferry would run on Monday" is not the text at "contentStart"/"contentEnd" \\[${cs - 1}, ${ce - 1}\\), " the ferry would run on Monda", which is at \\[${cs}, ${ce}\\)`),
    );
    expect(() => parseGold(doc({ cueStart: us - 2, cueEnd: ue - 2 }), 'g.jsonl')).toThrow(/"cue" "said" is not the text/);
    expect(() => parseGold(doc({ speaker: 'Ines Walcott' }), 'g.jsonl')).toThrow(/"speaker" "Ines Walcott" is not the text/);
    expect(() => parseGold(doc({ content: 'the bridge would reopen' }), 'g.jsonl')).toThrow(/"content" "the bridge would reopen" is not the text at "contentStart"\/"contentEnd" \[\d+, \d+\), "[^"]*", and is nowhere in the text \(offsets/);
    // Seed-style gold: "speaker" is the resolved name, the words as written are "speakerMention".
    const seedStyle = { ...quote, speaker: 'Ines Walcott', speakerStart: null, speakerEnd: null, speakerMention: 'Harbour master Ines Walcott', speakerMentionStart: ss, speakerMentionEnd: se, kind: 'indirect' };
    expect(parseGold(JSON.stringify({ id: 'ferry', text, quotes: [seedStyle] }), 'g.json')[0]!.quotes).toHaveLength(1);
    expect(() => parseGold(JSON.stringify({ id: 'ferry', text, quotes: [{ ...seedStyle, speakerMentionEnd: se + 1 }] }), 'g.json')).toThrow(/"speakerMention" "Harbour master Ines Walcott" is not the text/);
  });

  it('parseGold names the line of a JSON syntax error in a .json file', () => {
    // a missing comma: V8 reports the position, which becomes a line number
    expect(() => parseGold('[\n{"id": "a"\n"text": "x", "quotes": []}\n]', 'x.json')).toThrow(/x\.json:3: invalid JSON/);
    // without a position in V8's message (an unexpected token) the line is found too, and V8's excerpt left out
    expect(() => parseGold('{"id": }', 'y.json')).toThrow(/^y\.json:1: invalid JSON at column 8: Unexpected token '}'$/);
    expect(() => parseGold('[\n  {"id": "a", "text": "x",\n   "quotes": [],}\n]', 'z.json')).toThrow(/^z\.json:3: invalid JSON at column 17: /);
    expect(() => parseGold('{"id": "a", "text": "x", "quotes": []}\n  {"id": "b", "text": "y", "quotes": [,]}\n', 'w.jsonl')).toThrow(/^w\.jsonl:2: invalid JSON at column 39: Unexpected token ','$/);
  });
});

// ---------------------------------------------------------------- the real gold data (read at run time, never copied)

/** Gold quotes turned into perfect predictions: scoring them must give 1 everywhere. */
function goldAsPrediction(doc: GoldDocument): DocumentResult {
  const speakers: Speaker[] = [];
  const attributions: Attribution[] = doc.quotes.map((q, i) => {
    const src = goldSourceSpans(q)[0];
    const cue = goldCueSpan(q);
    let speakerId: string | null = null;
    if (q.speaker != null) {
      speakerId = `S${i + 1}`;
      speakers.push(speaker(speakerId, q.speaker, q.speakerType === 'anonymous' ? 'anonymous' : 'person'));
    }
    const kind = goldKind(q);
    return {
      id: `A${i + 1}`,
      kind,
      content: { text: doc.text.slice(q.contentStart, q.contentEnd), start: q.contentStart, end: q.contentEnd, line: 1, column: 1, spans: goldContentSpans(q) },
      cue: cue ? { ...cue, text: doc.text.slice(cue.start, cue.end), lemma: 'say', stance: 'neutral' } : null,
      source: src ? { ...src, text: doc.text.slice(src.start, src.end) } : null,
      speakerId,
      confidence: 1,
    };
  });
  return result(attributions, speakers);
}

function kindCounts(docs: GoldDocument[]): Record<AttributionKind, number> & { total: number; withSource: number } {
  const out = { direct: 0, indirect: 0, mixed: 0, total: 0, withSource: 0 };
  for (const d of docs) {
    for (const q of d.quotes) {
      out[goldKind(q)]++;
      out.total++;
      if (goldHasSource(q)) out.withSource++;
    }
  }
  return out;
}

describe.skipIf(!existsSync(evalDir))('gold files in ../shared/eval', () => {
  it('seed-gold.json: 1 document, 17 attributions (1 direct, 9 indirect, 7 mixed), 17 with a source', async () => {
    const docs = await readGoldFile(path.join(evalDir, 'seed-gold.json'));
    expect(docs).toHaveLength(1);
    expect(kindCounts(docs)).toEqual({ direct: 1, indirect: 9, mixed: 7, total: 17, withSource: 17 });
    const m = aggregate(docs.map((d) => scoreDocument(d, goldAsPrediction(d))));
    expect([m.attribution.f1, m.exactContent.f1, m.contentTokens.f1, m.source.accuracy, m.cue.accuracy, m.endToEnd.f1]).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('polnear-dev.jsonl: 84 documents, 2,192 attributions (370 direct, 1,550 indirect, 272 mixed), 2,066 with a source', async () => {
    const docs = await readGoldFile(path.join(evalDir, 'polnear-dev.jsonl'));
    expect(docs).toHaveLength(84);
    const c = kindCounts(docs);
    expect(c).toEqual({ direct: 370, indirect: 1550, mixed: 272, total: 2192, withSource: 2066 });
    expect(c.indirect + c.mixed).toBe(1822); // the README's "indirect (of which mixed)"
    const { metrics } = await evaluate(docs, goldAsPrediction);
    expect(metrics.counts.gold).toBe(2192);
    expect(metrics.attribution.f1).toBe(1);
    expect(metrics.exactContent.f1).toBe(1);
    expect(metrics.contentTokens.f1).toBe(1);
    expect(metrics.source.accuracy).toBe(1);
    expect(metrics.cue.accuracy).toBe(1);
    expect(metrics.endToEnd.f1).toBe(1);
    expect(metrics.counts.offsetMismatches).toBe(0);
  });
});
