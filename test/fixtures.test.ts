/**
 * Fixture cases (fixtures/<case>/input.<ext> + expected.json, format in
 * fixtures/README.md): each input goes through the CLI with --format json and
 * must give exactly the expected attributions (no more), resolved to the
 * expected speakers, and exactly the expected unattributed quotes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Attribution, DocumentResult, Report } from '../src/types.js';
import { fixtureCases, runCli, wordTokens } from './helpers.js';

interface ExpectedAttribution {
  kind: string | string[];
  /** Compared on word tokens. Omitted when `spans` gives the fragments. */
  content?: string;
  spans?: string[];
  /** The source words, or acceptable alternatives; null: no source words. */
  source: string | string[] | null;
  cue: string | null;
  stance?: string;
  /** A `speakers[].name` of this file; null: resolves to no speaker. */
  speaker: string | null;
}

interface ExpectedSpeaker {
  name: string;
  type: string;
  mentions?: string[];
}

interface Expected {
  about: string;
  title?: string | null;
  attributions: ExpectedAttribution[];
  speakers: ExpectedSpeaker[];
  unattributedQuotes: string[];
}

const same = (a: string, b: string): boolean => wordTokens(a).join(' ') === wordTokens(b).join(' ');

/** Auxiliaries before a cue verb ("has denied", "have called") do not decide a cue match. */
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'did', 'does', 'do']);
const cueWords = (s: string): string => {
  const words = wordTokens(s);
  while (words.length > 1 && AUXILIARIES.has(words[0]!)) words.shift();
  return words.join(' ');
};

const DETERMINERS = new Set(['the', 'a', 'an']);
/** A name matches when its words appear, in order, in the speaker's name ("Helen Marsh" in "Dr. Helen Marsh"). */
function nameMatches(expected: string, actual: string): boolean {
  const want = wordTokens(expected).filter((w, i) => i > 0 || !DETERMINERS.has(w)).join(' ');
  return ` ${wordTokens(actual).join(' ')} `.includes(` ${want} `);
}

function fragments(a: Attribution): string[] {
  return a.content.spans.map((s) => a.content.text.slice(s.start - a.content.start, s.end - a.content.start));
}

/** Every way an actual attribution differs from an expected one, ignoring the speaker; empty when it matches. */
function differences(want: ExpectedAttribution, got: Attribution): string[] {
  const out: string[] = [];
  const kinds = Array.isArray(want.kind) ? want.kind : [want.kind];
  if (!kinds.includes(got.kind)) out.push(`kind ${got.kind}, expected ${kinds.join(' or ')}`);
  if (want.content !== undefined && !same(want.content, got.content.text)) out.push(`content "${got.content.text}"`);
  if (want.spans !== undefined) {
    const actual = fragments(got);
    if (actual.length !== want.spans.length || want.spans.some((s, i) => !same(s, actual[i]!))) out.push(`fragments ${JSON.stringify(actual)}`);
  }
  const sources = want.source === null ? [] : Array.isArray(want.source) ? want.source : [want.source];
  if (want.source === null ? got.source !== null : !got.source || !sources.some((s) => same(s, got.source!.text))) {
    out.push(`source ${got.source ? `"${got.source.text}"` : 'null'}`);
  }
  if (want.cue === null ? got.cue !== null : !got.cue || cueWords(want.cue) !== cueWords(got.cue.text)) out.push(`cue ${got.cue ? `"${got.cue.text}"` : 'null'}`);
  if (want.stance !== undefined && got.cue?.stance !== want.stance) out.push(`stance ${got.cue?.stance ?? 'none'}`);
  return out;
}

function describeExpected(a: ExpectedAttribution): string {
  const content = a.content ?? (a.spans ?? []).join(' … ');
  return `${[a.kind].flat().join('|')} "${content}" ← cue ${a.cue === null ? 'none' : `"${a.cue}"`}, source ${a.source === null ? 'none' : JSON.stringify(a.source)}, speaker ${a.speaker ?? 'none'}`;
}

function describeActual(a: Attribution, doc: DocumentResult): string {
  const speaker = doc.speakers.find((s) => s.id === a.speakerId);
  return `${a.id} ${a.kind} "${a.content.text}" ← cue ${a.cue ? `"${a.cue.text}"` : 'none'}, source ${a.source ? `"${a.source.text}"` : 'none'}, speaker ${speaker ? `${speaker.name} (${speaker.type})` : 'none'}`;
}

/** The actual attribution whose content shares the most words with the expected one, to explain a miss. */
function nearest(want: ExpectedAttribution, doc: DocumentResult): Attribution | undefined {
  const words = new Set(wordTokens(want.content ?? (want.spans ?? []).join(' ')));
  let best: Attribution | undefined;
  let bestShared = 0;
  for (const a of doc.attributions) {
    const shared = wordTokens(a.content.text).filter((w) => words.has(w)).length;
    if (shared > bestShared) [best, bestShared] = [a, shared];
  }
  return best;
}

/** All the ways the document departs from the expectation, as readable lines; empty when it matches. */
function compare(expected: Expected, doc: DocumentResult): string[] {
  const problems: string[] = [];
  if (expected.title !== undefined && doc.title !== expected.title) problems.push(`title ${JSON.stringify(doc.title)}, expected ${JSON.stringify(expected.title)}`);

  const used = new Set<string>();
  const matchOf = new Map<ExpectedAttribution, Attribution>();
  for (const want of expected.attributions) {
    const got = doc.attributions.find((a) => !used.has(a.id) && differences(want, a).length === 0);
    if (got) {
      used.add(got.id);
      matchOf.set(want, got);
      continue;
    }
    const near = nearest(want, doc);
    problems.push(`missing: ${describeExpected(want)}` + (near ? `\n      nearest: ${describeActual(near, doc)}\n      differs: ${differences(want, near).join('; ')}` : '\n      nothing found with any of its words'));
  }
  for (const a of doc.attributions) if (!used.has(a.id)) problems.push(`extra: ${describeActual(a, doc)}`);

  // Speakers: all attributions naming one expected speaker resolve to one actual speaker, distinct per expected speaker.
  const idOf = new Map<string, string | null>();
  for (const [want, got] of matchOf) {
    if (want.speaker === null) {
      if (got.speakerId !== null) problems.push(`speaker: ${describeActual(got, doc)}, expected no speaker`);
      continue;
    }
    const seen = idOf.get(want.speaker);
    if (seen === undefined) idOf.set(want.speaker, got.speakerId);
    else if (seen !== got.speakerId) problems.push(`speaker: ${describeActual(got, doc)}, expected the same speaker as the other attributions of ${want.speaker}`);
  }
  const claimed = new Map<string, string>();
  for (const spec of expected.speakers) {
    const id = idOf.get(spec.name);
    if (id === undefined) continue; // its attributions were reported missing above
    const speaker = doc.speakers.find((s) => s.id === id);
    if (!speaker) {
      problems.push(`speaker ${spec.name}: its attributions resolve to no speaker`);
      continue;
    }
    const other = claimed.get(speaker.id);
    if (other) problems.push(`speaker ${spec.name}: resolved to ${speaker.name}, the same speaker as ${other}`);
    claimed.set(speaker.id, spec.name);
    if (speaker.type !== spec.type) problems.push(`speaker ${spec.name}: type ${speaker.type}, expected ${spec.type}`);
    // Anonymous speakers have no canonical name; their identity is checked through the attributions above.
    if (spec.type !== 'anonymous' && !nameMatches(spec.name, speaker.name)) problems.push(`speaker ${spec.name}: named "${speaker.name}"`);
    for (const mention of spec.mentions ?? []) {
      if (!speaker.mentions.some((m) => same(m.text, mention))) problems.push(`speaker ${spec.name}: no mention "${mention}" (has ${speaker.mentions.map((m) => `"${m.text}"`).join(', ')})`);
    }
  }

  const unattributed = doc.quotes.filter((q) => q.attributionId === null).map((q) => wordTokens(q.text).join(' ')).sort();
  const wantUnattributed = expected.unattributedQuotes.map((q) => wordTokens(q).join(' ')).sort();
  if (unattributed.join('\n') !== wantUnattributed.join('\n')) {
    problems.push(`unattributed quotes ${JSON.stringify(doc.quotes.filter((q) => q.attributionId === null).map((q) => q.text))}, expected ${JSON.stringify(expected.unattributedQuotes)}`);
  }
  return problems;
}

describe('fixtures', () => {
  const cases = fixtureCases();

  it('has at least 12 cases, each with a well-formed expected.json', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    for (const c of cases) {
      const expected = JSON.parse(readFileSync(c.expected, 'utf8')) as Expected;
      const names = new Set(expected.speakers.map((s) => s.name));
      for (const a of expected.attributions) {
        expect(a.content === undefined, `${c.name}: give content or spans, not both`).toBe(a.spans !== undefined);
        if (a.speaker !== null) expect(names, `${c.name}: speaker "${a.speaker}" is not in speakers`).toContain(a.speaker);
      }
    }
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const expected = JSON.parse(readFileSync(c.expected, 'utf8')) as Expected;
    const run = await runCli(['analyze', '--format', 'json', c.input]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.documents).toHaveLength(1);
    const problems = compare(expected, report.documents[0]!);
    expect(problems.length === 0, `fixtures/${c.name}:\n  ${problems.join('\n  ')}\n`).toBe(true);
  });
});
