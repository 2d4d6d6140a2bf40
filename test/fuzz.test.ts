/**
 * Property tests (fast-check): whatever text comes in — arbitrary Unicode,
 * news-like word salad, or real articles cut, doubled and with quotation marks
 * added and removed — `analyzeText` returns, quickly, and every span it
 * reports lies inside the text and quotes it exactly.
 *
 * `npm test` runs a fixed seed and a bounded number of runs; `npm run fuzz`
 * runs many more with a fresh seed (FUZZ_RUNS, FUZZ_SEED; see
 * scripts/vitest.config.ts). A failure prints the seed and the shrunk input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/analyze.js';
import { parseArticles } from '../src/load/formats.js';
import type { DocumentResult, Format, Span } from '../src/types.js';
import { ROOT, SEED } from './helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED_VALUE = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? Date.now() : 20261127;
const PARAMS: fc.Parameters<unknown> = { numRuns: RUNS, seed: SEED_VALUE, endOnFailure: false };
if (process.env.FUZZ_RUNS) console.log(`fuzz: ${RUNS} runs per property, seed ${SEED_VALUE} (FUZZ_SEED=${SEED_VALUE} to replay)`);

/** No single analysis of these small inputs may take longer than this. */
const SLOWEST_ACCEPTABLE_MS = 5_000;

// ---------------------------------------------------------------- the invariant

interface Located extends Span {
  text?: string;
  line?: number;
  column?: number;
}

/** Every span a document reports, with what it claims to quote. */
function spansOf(doc: DocumentResult): Located[] {
  return [
    ...doc.attributions.flatMap((a) => [a.content, ...a.content.spans, ...(a.cue ? [a.cue] : []), ...(a.source ? [a.source] : [])]),
    ...doc.speakers.flatMap((s) => s.mentions),
    ...doc.quotes,
  ];
}

/** 1-based line and column of an offset, counting "\n", "\r\n" and a lone "\r" as line ends. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) { line++; lineStart = i + 1; }
  }
  return { line, column: offset - lineStart + 1 };
}

function expectSpansInside(text: string, doc: DocumentResult): void {
  for (const span of spansOf(doc)) {
    expect(0 <= span.start && span.start <= span.end && span.end <= text.length, `span ${span.start}-${span.end} in a text of ${text.length}`).toBe(true);
    if (span.text !== undefined) expect(span.text).toBe(text.slice(span.start, span.end));
    if (span.line !== undefined) expect({ line: span.line, column: span.column }).toEqual(lineAndColumn(text, span.start));
  }
  const ids = new Set(doc.attributions.map((a) => a.id));
  for (const q of doc.quotes) if (q.attributionId !== null) expect(ids.has(q.attributionId)).toBe(true);
  const speakers = new Set(doc.speakers.map((s) => s.id));
  for (const a of doc.attributions) if (a.speakerId !== null) expect(speakers.has(a.speakerId)).toBe(true);
}

/** Analyse as `format`; spans are checked against the article text the loader made (markup blanked). */
function checkAnalysis(input: string, format: Format = 'txt'): void {
  const started = performance.now();
  const doc = analyzeText(input, { format });
  expect(performance.now() - started).toBeLessThan(SLOWEST_ACCEPTABLE_MS);
  const article = format === 'txt' ? null : parseArticles('-', format, input)[0]?.article;
  expectSpansInside(article?.text ?? input, doc);
}

// ---------------------------------------------------------------- inputs

const QUOTE_MARKS = ['“', '”', '"', '‘', '’', '\'', '«', '»', '„'];

/** Words and marks that steer the pipeline into its attribution paths, so random text exercises them. */
const NEWS_PIECES = [
  ...QUOTE_MARKS, ' ', ' ', ' ', '.', ',', ':', '—', '-', '?', '!', '\n', '\n\n', '\r\n', '\r', '\u2029', '\t',
  'said', 'says', 'told reporters', 'according to', 'denied', 'claimed', 'accused', 'added', 'insisted', 'that',
  'he', 'she', 'they', 'it', 'I', 'The minister', 'Jen Psaki', 'Psaki', 'officials', 'a source familiar with the matter',
  'the White House', 'Mr.', 'U.S.', 'Sen. Warren', 'We will win', 'never', 'and', 'but', '’s', 'who',
];

const newsSalad = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NEWS_PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) }), { maxLength: 120 })
  .map((pieces) => pieces.join(''));

/** Real articles: the seed, the fixture inputs (written for this repository), and one written here. */
function realArticles(): string[] {
  const fixtures = path.join(ROOT, 'fixtures');
  const inputs = readdirSync(fixtures, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => readdirSync(path.join(fixtures, e.name)).filter((f) => f === 'input.txt').map((f) => readFileSync(path.join(fixtures, e.name, f), 'utf8')));
  return [readFileSync(SEED, 'utf8'), OWN_ARTICLE, ...inputs];
}

const OWN_ARTICLE = `Harbour plan divides council

The harbour authority has denied that the new terminal will close the fishing quay, insisting the plan “protects every berth we have.”

“Nobody is being pushed out,” said Marta Olsen, the authority’s director. “The quay stays open, full stop.”

Fishermen are not convinced. Tom Reyes, who has fished from the quay for thirty years, claimed the drawings tell another story: “Look at the plans — there is no room left for us.”

According to a council official who asked not to be named, the vote has been delayed until March.

Olsen said she would meet the fishermen’s association next week.`;

type Mutation =
  | { kind: 'cut'; at: number; length: number }
  | { kind: 'insert-mark'; at: number; mark: string }
  | { kind: 'delete-mark'; nth: number }
  | { kind: 'double-paragraph'; nth: number }
  | { kind: 'insert-text'; at: number; text: string }
  | { kind: 'line-ends'; to: '\r\n' | '\r' };

const position = fc.double({ min: 0, max: 1, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: position, length: fc.nat(400) }),
  fc.record({ kind: fc.constant('insert-mark' as const), at: position, mark: fc.constantFrom(...QUOTE_MARKS) }),
  fc.record({ kind: fc.constant('delete-mark' as const), nth: fc.nat(40) }),
  fc.record({ kind: fc.constant('double-paragraph' as const), nth: fc.nat(20) }),
  fc.record({ kind: fc.constant('insert-text' as const), at: position, text: fc.oneof(newsSalad, fc.string({ unit: 'binary', maxLength: 20 })) }),
  fc.record({ kind: fc.constant('line-ends' as const), to: fc.constantFrom('\r\n' as const, '\r' as const) }),
);

function mutate(text: string, m: Mutation): string {
  const at = (p: number): number => Math.floor(p * text.length);
  switch (m.kind) {
    case 'cut': return text.slice(0, at(m.at)) + text.slice(at(m.at) + m.length);
    case 'insert-mark': return text.slice(0, at(m.at)) + m.mark + text.slice(at(m.at));
    case 'insert-text': return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
    case 'line-ends': return text.replace(/\r?\n/g, m.to);
    case 'delete-mark': {
      const marks = [...text.matchAll(/[“”"‘’'«»„]/g)];
      const hit = marks.length > 0 ? marks[m.nth % marks.length]! : null;
      return hit ? text.slice(0, hit.index) + text.slice(hit.index + 1) : text;
    }
    case 'double-paragraph': {
      const paragraphs = text.split('\n\n');
      const k = m.nth % paragraphs.length;
      paragraphs.splice(k, 0, paragraphs[k]!);
      return paragraphs.join('\n\n');
    }
  }
}

// ---------------------------------------------------------------- properties

describe('analyzeText on any input', () => {
  it('arbitrary Unicode strings (lone surrogates included)', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 })), (text) => checkAnalysis(text)), PARAMS);
  });

  it('news-like word salad, as plain text, Markdown and HTML', () => {
    fc.assert(fc.property(newsSalad, fc.constantFrom<Format>('txt', 'md', 'html'), (text, format) => checkAnalysis(text, format)), PARAMS);
  });

  it('mutations of real articles: cuts, quotation marks inserted and deleted, doubled paragraphs, other line ends', () => {
    const articles = realArticles();
    expect(articles.length).toBeGreaterThan(2);
    fc.assert(fc.property(fc.constantFrom(...articles), fc.array(mutation, { minLength: 1, maxLength: 8 }), (article, mutations) => {
      checkAnalysis(mutations.reduce(mutate, article));
    }), PARAMS);
  });
});
