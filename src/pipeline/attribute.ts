/**
 * Stage 4, attribution patterns: for every cue, find its source and its
 * content in the sentence (and, for quotations, across sentences).
 *
 * Patterns, in the order they are tried for a verb cue:
 *   according to X, CONTENT  /  CONTENT, according to X
 *   X [aux] CUE [that] CONTENT           (source before, content after)
 *   CONTENT, X [aux] CUE [adverbials]    (source before, content before)
 *   “CONTENT,” CUE X                     (inverted)
 *   …, CUE-ing (that) CONTENT            (participle: the main clause's source)
 *   X CUE1 … and CUE2 CONTENT            (coordination: CUE1's source)
 * followed by continuations: “A,” he said, “B.” joins B to the same attribution.
 */
import {
  CLAUSE_BOUNDARIES, COMPLEMENTIZERS, NON_SUBJECT_PRONOUNS, PRONOUNS, SOURCELESS_CUES, TIME_NAMES, TRAILING_ADVERBIALS, VERB_MODIFIERS,
} from '../lexicon/words.js';
import type { Span, Stance } from '../types.js';
import type { CueMatch } from './cues.js';
import type { Paragraph, Quote, Sentence } from './segment.js';
import type { Token } from './tokens.js';

export interface SentenceTokens {
  sentence: Sentence;
  tokens: Token[];
  cues: CueMatch[];
}

export interface FoundCue extends Span {
  lemma: string;
  stance: Stance;
  category: CueMatch['category'];
}

export interface FoundAttribution {
  /** Content fragments, in text order. */
  content: Span[];
  cue: FoundCue | null;
  /** The words naming the source here; for participles and coordination, the governing clause's source. */
  source: Span | null;
  /** Tokens of the source phrase, for resolution. */
  sourceTokens: Token[];
  confidence: number;
  /** Its cue lies in another attribution's content (kept because the speech act is loaded). */
  nested?: boolean;
  /** A quotation paragraph with no cue of its own that goes on with this attribution's speaker. */
  continues?: FoundAttribution;
}

/** Words that end an object noun phrase: relative and subordinate clauses, contrasts, time adverbials. */
const OBJECT_STOPS = new Set(['which', 'who', 'whom', 'when', 'while', 'because', 'since', 'after', 'before', 'although', 'though', 'but', 'during', 'until', 'where', 'whereas', 'if', 'unless']);

/** Conjunctions that open an adverbial clause, never a report's content. */
const ADVERBIAL_SUBORDINATORS = new Set(['as', 'because', 'while', 'after', 'before', 'although', 'though', 'since', 'until', 'unless', 'whereas']);

/** Prepositions that open where or when something was said, not what. */
const ADVERBIAL_PREPOSITIONS = new Set(['at', 'during', 'after', 'before', 'outside', 'inside', 'via', 'in', 'from', 'on', 'while']);

/** Subordinators that open an adverbial clause after "X said Friday, …". */
const SUBORDINATORS = new Set(['as', 'while', 'when', 'after', 'before', 'because', 'since', 'though', 'although', 'adding', 'noting', 'saying', 'according', 'in', 'where']);

/** Lemmas whose first object is the addressee, not the content ("told reporters that …"). */
const ADDRESSEE_VERBS = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'brief', 'notify', 'promise']);

/** Lemmas whose content is the rest of a prepositional phrase ("according to X"). */
const SOURCE_AFTER_CUE = new Set(['according to']);

const QUOTE_MARK = /^[“”"‘’'«»]$/;
/** Dashes as separate tokens (a hyphen inside a word is part of the word). */
const DASHES = new Set(['—', '―', '–', '-']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const OPEN_QUOTE_MARK = /^[“"‘«]$/;

export function findAttributions(sentences: SentenceTokens[], quotes: Quote[], paragraphs: Paragraph[], text: string): FoundAttribution[] {
  const found: FoundAttribution[] = [];
  for (const s of sentences) {
    const inSentence: FoundAttribution[] = [];
    for (let c = 0; c < s.cues.length; c++) {
      // A reporting verb inside a quotation is the quoted speaker's own wording, not the article's attribution.
      if (insideQuotation(s.tokens[s.cues[c]!.first]!.start, quotes) && !introducesInnerQuotation(s, c)) continue;
      const attribution = attributeCue(s, c, inSentence, quotes, paragraphs, text);
      if (attribution) inSentence.push(attribution);
    }
    found.push(...withoutNested(inSentence, quotes));
  }
  const attributions = dropDuplicates(withoutNestedInLabels(found));
  return [...attributions, ...continuingQuotations(attributions, quotes, paragraphs, text)];
}

/**
 * A paragraph that is only a quotation, right after a paragraph whose last
 * attribution quotes someone, goes on with that speaker (the news convention:
 * “…,” Carver said. ¶ “We have waited twenty years …”).
 */
function continuingQuotations(found: FoundAttribution[], quotes: Quote[], paragraphs: Paragraph[], text: string): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  const claimed = (q: Quote): boolean => found.some((a) => a.content.some((c) => c.start <= q.inner.start && q.inner.start < c.end));
  for (let p = 1; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    const quote = quotes.find((q) => q.start === paragraph.start && q.closed && q.mark === 'double');
    if (!quote || !/^[\s.,!?]*$/.test(text.slice(quote.end, paragraph.end)) || claimed(quote)) continue;
    const previous = paragraphs[p - 1]!;
    const last = [...found, ...out].filter((a) => a.content[0]!.start >= previous.start && a.content[0]!.start < previous.end).pop();
    if (!last || !quotes.some((q) => q.start >= previous.start && q.end <= previous.end && last.content.some((c) => c.start <= q.inner.start && q.inner.start < c.end))) continue;
    out.push({ content: [quote.inner], cue: null, source: null, sourceTokens: [], confidence: 0.6, continues: last });
  }
  return out;
}

function attributeCue(s: SentenceTokens, c: number, earlier: FoundAttribution[], quotes: Quote[], paragraphs: Paragraph[], text: string): FoundAttribution | null {
  const { tokens, cues } = s;
  const cue = cues[c]!;
  const foundCue: FoundCue = { start: tokens[cue.first]!.start, end: tokens[cue.last]!.end, lemma: cue.lemma, stance: cue.stance, category: cue.category };
  const base = { cue: foundCue };

  if (SOURCE_AFTER_CUE.has(cue.lemma)) return accordingTo(s, cue, base);
  if (cue.category === 'colon') return colonQuote(s, cue, base, earlier, quotes);
  if (cue.category === 'label') return speakerLabel(s, cue, base, paragraphs);
  if (cue.category === 'signature') return signature(s, cue, base, quotes);

  const before = skipTimePhrase(tokens, skipBackOver(tokens, cue.first - 1, (t) => VERB_MODIFIERS.has(t.lower) || t.pos === 'adv'));
  const prev = tokens[before];
  const cueToken = tokens[cue.first]!;
  // Passive with an agent ("is supported by far fewer papers"): the roles are reversed; not handled.
  if (tokens[cue.last + 1]?.lower === 'by' && tokens.slice(before + 1, cue.first).some((t) => BE_FORMS.has(t.lower))) return null;

  // "Trump’s claim that …": the possessor is the source.
  if (cue.nominal) return possessedClaim(s, c, base, quotes);
  // "The Assembly is expected to vote …", "She seemed to …": no source; the whole clause is the content.
  const sourceless = SOURCELESS_CUES[cue.lemma];
  if (sourceless && tokens[cue.last + 1]?.lower === 'to') {
    const passive = tokens.slice(before + 1, cue.first).some((t) => BE_FORMS.has(t.lower));
    if (passive || !sourceless.passiveOnly) {
      const subject = prev ? subjectEndingAt(tokens, before) : null;
      const span = spanOfRange(tokens, subject?.first ?? 0, lastContentToken(tokens, tokens.length - 1));
      return span ? { ...base, content: [span], source: null, sourceTokens: [], confidence: 0.5 } : null;
    }
  }

  // Participle after a comma, or a verb coordinated with an earlier cue: the governing clause's source.
  const participle = cueToken.verbForm === 'gerund' || cueToken.lower.endsWith('ing');
  if (prev && ((prev.text === ',' && participle) || prev.lower === 'and')) {
    const governing = earlier[earlier.length - 1]?.sourceTokens ?? mainClauseSubject(s, before);
    const contentSpan = contentAfter(s, c, quotes);
    if (!governing || governing.length === 0 || !contentSpan) return null;
    // ", including Friday’s tweets", ", focusing on …": weak cues need a reported clause here too.
    if (cue.weak && !startsReport(tokens, cue.last + 1, cue.category === 'belief')) return null;
    return { ...base, content: [contentSpan], source: spanOf(governing), sourceTokens: governing, confidence: confidenceFor(cue, governing) - 0.1 };
  }

  // Source before the cue: “…,” X said (quotation first) or X said (that) … (content after).
  const subject = prev ? subjectEndingAt(tokens, before) : null;
  if (subject) {
    const quoted = quotationBefore(s, subject.first, quotes);
    const content = quoted && (quoted.opensSentence || !contentAfter(s, c, quotes)) ? withContinuation(s, quoted.span, quotes, text) : contentAfterOrBefore(s, c, subject.first, quotes, text);
    // "''A'' of the plan, Mr. X said. ''B.''": a quotation right after goes on with the content before the source.
    if (content && content.length === 1 && content[0]!.end <= tokens[subject.first]!.start) return { ...base, content: withContinuation(s, content[0]!, quotes, text), source: spanOf(subject.tokens), sourceTokens: subject.tokens, confidence: confidenceFor(cue, subject.tokens) };
    if (!content) return null;
    return { ...base, content, source: spanOf(subject.tokens), sourceTokens: subject.tokens, confidence: confidenceFor(cue, subject.tokens) };
  }

  // Inverted: “…,” said X. Only speech verbs invert, and the noun phrase must end the clause ("said he would" is not inverted).
  if (prev && (prev.text === ',' || QUOTE_MARK.test(prev.text)) && cue.category === 'speech') {
    const candidate = nounPhraseFrom(tokens, cue.last + 1);
    const after = candidate ? tokens[cue.last + 1 + candidate.length] : undefined;
    const object = candidate && (!after || after.pos === 'punct' || TRAILING_ADVERBIALS.has(after.lower)) ? candidate : null;
    const quoted = object ? quotationBefore(s, before + 1, quotes) : null;
    // Without a quotation the content before must be a clause ("The program, called EB-5, …" names, it does not report).
    const clause = object ? contentBefore(s, before + 1) : null;
    const content = quoted ? withContinuation(s, quoted.span, quotes, text) : clause && hasFiniteVerb(tokens, clause[0]!) ? clause : null;
    if (object && content) return { ...base, content, source: spanOf(object), sourceTokens: object, confidence: confidenceFor(cue, object) };
  }
  return null;
}

/** X said (that) CONTENT, or CONTENT, X said: after the cue when something is reported there. */
function contentAfterOrBefore(s: SentenceTokens, c: number, sourceFirst: number, quotes: Quote[], text: string): Span[] | null {
  const cue = s.cues[c]!;
  const after = contentAfter(s, c, quotes);
  if (after) {
    // Weak cues ("called", "showed") need a clause or quotation to report.
    if (cue.weak && !startsReport(s.tokens, cue.last + 1, cue.category === 'belief')) return null;
    return [after];
  }
  void text;
  const before = contentBefore(s, sourceFirst);
  if (!before) return null;
  // "Climate change, Mr. Obama says, is the greatest threat": the sentence continues after the parenthetical.
  const resume = s.tokens.findIndex((t, k) => k > cue.last && t.text === ',');
  if (resume > 0 && !s.tokens.slice(cue.last + 1, resume).some((t) => t.pos === 'verb' || t.pos === 'aux')) {
    const last = lastContentToken(s.tokens, s.tokens.length - 1);
    const rest = spanOfRange(s.tokens, resume + 1, last);
    const next = s.tokens[resume + 1];
    if (rest && next && (next.pos === 'aux' || next.pos === 'verb')) return [...before, rest];
  }
  return before;
}

/** “… he told us, ‘We will win.’ …”: a quotation inside the quotation is attributed speech too. */
function introducesInnerQuotation(s: SentenceTokens, c: number): boolean {
  const cue = s.cues[c]!;
  return s.tokens.slice(cue.last + 1, cue.last + 5).some((t) => t.text === '‘' || (t.text === '\'' && t.start > 0));
}

/** Inside a closed quotation (an unclosed one may have swallowed the attribution clause: “We see …, Chen told analysts). */
function insideQuotation(offset: number, quotes: Quote[]): boolean {
  return quotes.some((q) => q.closed && q.inner.start <= offset && offset < q.inner.end && q.inner.end - q.inner.start > 1);
}

// ---------------------------------------------------------------- patterns

function accordingTo(s: SentenceTokens, cue: CueMatch, base: { cue: FoundCue }): FoundAttribution | null {
  const { tokens } = s;
  // The source runs from "to" to the next comma or the end of the sentence ("according to exit polls released Tuesday").
  let sourceEnd = cue.last + 1;
  while (sourceEnd < tokens.length && tokens[sourceEnd]!.text !== ',' && tokens[sourceEnd]!.pos !== 'punct') sourceEnd++;
  const source = tokens.slice(cue.last + 1, sourceEnd);
  if (source.length === 0 || source.length > 20) return null;
  let content: Span | null;
  if (cue.first === 0 || (cue.first === 1 && tokens[0]!.pos === 'conj')) {
    // According to X, CONTENT.
    content = spanOfRange(tokens, tokens[sourceEnd]?.text === ',' ? sourceEnd + 1 : sourceEnd, lastContentToken(tokens, tokens.length - 1));
  } else {
    // CONTENT, according to X[, MORE CONTENT].
    const end = tokens[cue.first - 1]!.text === ',' ? cue.first - 2 : cue.first - 1;
    content = spanOfRange(tokens, 0, lastContentToken(tokens, end));
  }
  if (!content) return null;
  return { ...base, content: [content], source: spanOf(source), sourceTokens: source, confidence: 0.85 };
}

/** "Trump’s claim that …", "his assertion that …": the possessor says the that-clause. */
function possessedClaim(s: SentenceTokens, c: number, base: { cue: FoundCue }, quotes: Quote[]): FoundAttribution | null {
  const { tokens } = s;
  const cue = s.cues[c]!;
  const poss = tokens[cue.first - 1]!;
  const owner = poss.pos === 'poss' ? subjectEndingAt(tokens, cue.first - 2) : { first: cue.first - 1, tokens: [poss] };
  const content = contentAfter(s, c, quotes);
  if (!owner || !content) return null;
  const source = poss.pos === 'poss' ? [...owner.tokens, poss] : owner.tokens;
  return { ...base, content: [content], source: spanOf(source), sourceTokens: owner.tokens, confidence: 0.6 };
}

/** X: “quote” — a colon introducing a quotation, with the noun phrase before it as source. */
/** PENCE: … — the label's words are the source, the rest of the paragraph the content. */
function speakerLabel(s: SentenceTokens, cue: CueMatch, base: { cue: FoundCue }, paragraphs: Paragraph[]): FoundAttribution | null {
  const { tokens } = s;
  const source = tokens.slice(0, cue.first).filter((t) => !QUOTE_MARK.test(t.text));
  const paragraph = paragraphs[s.sentence.paragraph];
  const from = tokens[cue.first + 1];
  if (source.length === 0 || !paragraph || !from) return null;
  return { ...base, content: [{ start: from.start, end: paragraph.end }], source: spanOf(source), sourceTokens: source, confidence: 0.7 };
}

/** “…” ― Name: a quotation signed with a dash and a name. */
function signature(s: SentenceTokens, cue: CueMatch, base: { cue: FoundCue }, quotes: Quote[]): FoundAttribution | null {
  const { tokens } = s;
  const mark = tokens[cue.first - 1]!;
  const quote = quotes.find((q) => q.closed && q.end === mark.end);
  const source: Token[] = [];
  for (let k = cue.first + 1; k < tokens.length && source.length < 6 && (tokens[k]!.cap || tokens[k]!.text === '.'); k++) source.push(tokens[k]!);
  if (!quote || source.length === 0) return null;
  return { ...base, content: [quote.inner], source: spanOf(source), sourceTokens: source, confidence: 0.7 };
}

function colonQuote(s: SentenceTokens, cue: CueMatch, base: { cue: FoundCue }, earlier: FoundAttribution[], quotes: Quote[]): FoundAttribution | null {
  const { tokens } = s;
  // A verb cue right before the colon ("said: “…”") already took this quotation.
  if (earlier.some((a) => a.cue && a.cue.end >= tokens[cue.first]!.start - 2)) return null;
  const subject = subjectEndingAt(tokens, cue.first - 1);
  const quote = quotes.find((q) => q.start >= tokens[cue.first]!.end && q.start <= tokens[cue.first]!.end + 2);
  if (!subject || !quote) return null;
  return { ...base, content: [quote.inner], source: spanOf(subject.tokens), sourceTokens: subject.tokens, confidence: 0.6 };
}

/** The subject of the sentence's main clause: the noun phrase before its first verb. */
function mainClauseSubject(s: SentenceTokens, limit: number): Token[] | null {
  const { tokens } = s;
  // An introductory phrase ("In an op-ed the day before the debate, two speechwriters implored …") is not the subject.
  const first = tokens[0];
  const introComma = first && (first.pos === 'prep' || first.pos === 'adv' || first.pos === 'conj' || CLAUSE_BOUNDARIES.has(first.lower)) ? tokens.findIndex((t) => t.text === ',') : -1;
  for (let i = introComma >= 0 && introComma < limit ? introComma + 1 : 0; i < limit; i++) {
    const t = tokens[i]!;
    if (t.pos === 'verb' || (t.pos === 'aux' && t.lower !== 'not')) {
      const before = skipBackOver(tokens, i - 1, (x) => VERB_MODIFIERS.has(x.lower) || x.pos === 'adv');
      const subject = subjectEndingAt(tokens, before);
      if (subject) return subject.tokens;
    }
  }
  return null;
}

// ---------------------------------------------------------------- content

/**
 * The reported clause after a cue: from the first content word (skipping an
 * addressee after tell-like verbs, a comma or colon) to the end of the
 * sentence, or to the next coordinated or participial cue.
 */
function contentAfter(s: SentenceTokens, c: number, quotes: Quote[]): Span | null {
  const { tokens, cues } = s;
  const cue = cues[c]!;
  let from = cue.last + 1;
  if (ADDRESSEE_VERBS.has(cue.lemma)) {
    // "told analysts on a call": an addressee with nothing reported after it leaves the content before the cue.
    from = skipAddressee(tokens, from);
    if (from < 0) return null;
  }
  from = skipLeadingAdverbial(tokens, from);
  // "scolded him: “…”", "told the crowd: “…”": an object, a colon and a quotation.
  const colon = tokens.findIndex((t, k) => k >= from && k - from <= 4 && t.text === ':');
  if (colon >= 0 && quotes.some((q) => q.start === tokens[colon + 1]?.start) && tokens.slice(from, colon).every((t) => t.pos !== 'verb' && t.pos !== 'aux')) from = colon + 1;
  while (tokens[from] && (tokens[from]!.text === ',' || tokens[from]!.text === ':' || tokens[from]!.text === '—')) from++;
  if (from >= tokens.length) return null;
  // "Talks are continuing, he said.": what follows the comma is another cue's source clause, not content.
  if (tokens[from - 1]?.text === ',' && trailingSourceClause(tokens, cue.last, cues) === from - 1) return null;
  // Nothing but a time or place adverbial left ("said on Wednesday.", "said Friday, as they …"): no content after the cue.
  if (onlyAdverbials(tokens, from, tokens.length)) return null;
  const comma = tokens.findIndex((t, k) => k >= from && t.text === ',');
  if (comma > from && onlyAdverbials(tokens, from, comma) && SUBORDINATORS.has(tokens[comma + 1]?.lower ?? '')) return null;
  // "Health worries have dogged …": a finite verb right after the cue word shows it was a noun;
  // "… cuts forecast as demand slows": an adverbial clause is not what was reported.
  const firstWord = tokens[from]!;
  const cueForm = tokens[cue.last]!.verbForm;
  if (ADVERBIAL_SUBORDINATORS.has(firstWord.lower) && cueForm !== 'past' && cueForm !== 'gerund') return null;
  // "said at a Washington event." — a speech verb followed only by where or when it was said.
  if (cue.category === 'speech' && cue.first === cue.last && ADVERBIAL_PREPOSITIONS.has(firstWord.lower) && !tokens.slice(from).some((t) => t.lower === 'that' || OPEN_QUOTE_MARK.test(t.text))) return null;
  if (firstWord.pos === 'aux' || (firstWord.pos === 'verb' && (firstWord.verbForm === 'past' || firstWord.verbForm === 'present'))) return null;

  // "protests that have rocked": a cue word that can be a noun, followed by a relative clause, is a noun.
  if (cueForm !== 'past' && cueForm !== 'gerund' && isRelativeThat(tokens, from)) return null;

  // A semicolon closes the reported clause ("… would raise $1.1 trillion; the Tax Foundation puts …").
  const semicolon = tokens.findIndex((t, k) => k > from && t.text === ';');
  let to = lastContentToken(tokens, semicolon > 0 ? semicolon - 1 : tokens.length - 1);
  for (const next of cues.slice(c + 1)) {
    // Stop before "…, CUE-ing" and "… and [aux] CUE": those start an attribution of their own.
    const before = skipBackOver(tokens, next.first - 1, (t) => VERB_MODIFIERS.has(t.lower) || t.pos === 'adv');
    const joint = tokens[before];
    const nextIsParticiple = tokens[next.first]!.lower.endsWith('ing');
    if (next.weak) continue;
    if (joint && ((joint.text === ',' && nextIsParticiple) || joint.lower === 'and' || joint.lower === 'but')) {
      to = Math.min(to, lastContentToken(tokens, before - 1));
    } else if (next.lemma === 'according to' && joint?.text === ',') {
      to = Math.min(to, lastContentToken(tokens, before - 1));
    }
  }
  // A trailing ", X said" belongs to another reading of this sentence; stop before it.
  const trailing = trailingSourceClause(tokens, from, cues);
  if (trailing !== null) to = Math.min(to, lastContentToken(tokens, trailing - 1));
  if (to < from) return null;
  // A quotation that opens the content is the content, whatever its length, when it runs to the end of the
  // sentence or closes a clause ("told us, ‘We will win,’ and nobody argued").
  const quote = quotes.find((q) => q.start === tokens[from]!.start);
  if (quote) {
    const after = tokens.find((t) => t.start >= quote.end);
    if (quote.end >= tokens[to]!.end || (quote.closed && after !== undefined && (after.text === ',' || after.lower === 'and' || after.lower === 'but'))) return quote.inner;
  }
  // A noun-phrase or infinitive object ("called for more investment in a statement") ends with its phrase.
  if (!quote && !isClause(tokens, from, to)) to = Math.min(to, objectEnd(tokens, from, to));
  const span = spanOfRange(tokens, from, to);
  return span && countWords(tokens, from, to) >= 1 ? span : null;
}

function hasFiniteVerb(tokens: Token[], span: Span): boolean {
  return tokens.some((t) => t.start >= span.start && t.end <= span.end && (t.pos === 'aux' || (t.pos === 'verb' && (t.verbForm === 'past' || t.verbForm === 'present'))));
}

/** Does the content from `from` to `to` report a clause (that …, whether …, or a subject with a finite verb)? */
function isClause(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from]!;
  if (COMPLEMENTIZERS.has(first.lower) || OPEN_QUOTE_MARK.test(first.text) || first.lower === 'to') return first.lower !== 'to';
  if (first.verbForm === 'gerund' || first.lower.endsWith('ing')) return false; // "warned against cutting rates too early, as …
  for (let k = from + 1; k <= to; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return false;
    if (t.pos === 'aux' || (t.pos === 'verb' && (t.verbForm === 'past' || t.verbForm === 'present'))) return true;
  }
  return false;
}

/** The last token of an object phrase: before a comma, a relative or subordinate clause, or a trailing adverbial. */
function objectEnd(tokens: Token[], from: number, to: number): number {
  let end = to;
  let verbal = false; // "of moving troops … during the ceasefire": a verb inside keeps its own adverbials
  for (let k = from + 1; k <= to; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || DASHES.has(t.text) || t.text === ';' || (!verbal && OBJECT_STOPS.has(t.lower))) { end = lastContentToken(tokens, k - 1); break; }
    if (t.lower === 'in' && (tokens[k + 1]?.lower === 'a' || tokens[k + 1]?.lower === 'an') && TRAILING_ADVERBIALS.has(tokens[k + 2]?.lower ?? '')) { end = lastContentToken(tokens, k - 1); break; }
    if (t.pos === 'verb') verbal = true;
  }
  // "… on Saturday" / "… last week" closing the object: the time of the report, not its content.
  const last = tokens[end];
  const opener = tokens[end - 1];
  if (last && opener && end - 1 > from && TIME_WORDS.has(last.lower) && ['on', 'last', 'this', 'next'].includes(opener.lower)) end = lastContentToken(tokens, end - 2);
  return end;
}

/** The content before "…, X said.": the sentence up to the comma or dash before the source. */
function contentBefore(s: SentenceTokens, sourceFirst: number): Span[] | null {
  const { tokens } = s;
  const sep = tokens[sourceFirst - 1];
  if (!sep || !(sep.text === ',' || sep.text === '—' || sep.text === '–' || sep.text === '―')) return null;
  const last = lastContentToken(tokens, sourceFirst - 2);
  const span = last >= 0 ? spanOfRange(tokens, 0, last) : null;
  return span ? [span] : null;
}

/**
 * “…,” X said / “…?” said X: the quotation that closes right before the
 * source or inverted cue (the comma, question or exclamation mark inside it).
 * When it opens the sentence (or an earlier one) it is the content as a whole;
 * when it opens mid-sentence the content is the sentence up to its end (mixed).
 */
function quotationBefore(s: SentenceTokens, index: number, quotes: Quote[]): { span: Span; opensSentence: boolean } | null {
  const { tokens } = s;
  let k = index - 1;
  if (tokens[k]?.text === ',') k--; // British order: “…”, he said
  const mark = tokens[k];
  if (!mark || !QUOTE_MARK.test(mark.text)) return null;
  const quote = quotes.find((q) => q.closed && q.end === mark.end);
  if (!quote) return null;
  const first = tokens[0]!;
  if (quote.start <= first.start) return { span: quote.inner, opensSentence: true };
  return { span: { start: first.start, end: quote.end }, opensSentence: false };
}

/**
 * “A,” he said, “B.” / “A,” he said. “B.” — B continues the same attribution
 * when it opens right after the attribution clause: after a comma in the same
 * sentence, or as the next sentence of the paragraph.
 */
function withContinuation(s: SentenceTokens, first: Span, quotes: Quote[], text: string): Span[] {
  const end = s.sentence.end;
  const next = quotes.find((q) => q.start >= first.end + 1 && q.mark === 'double' && q.start > s.tokens[0]!.start);
  if (!next || (next.start > end && !/^[ \t]*$/.test(text.slice(end, next.start)))) return [first];
  // “A,” Trump said, adding later, “B.” — a second cue whose clause runs straight into B introduces B itself.
  const cuesBetween = s.cues.filter((c) => s.tokens[c.first]!.start > first.end && s.tokens[c.last]!.end < next.start);
  const lastBetween = cuesBetween[cuesBetween.length - 1];
  if (cuesBetween.length > 1 && lastBetween && !/[\p{L}\p{N}]/u.test(text.slice(s.tokens[lastBetween.last]!.end, next.start).replace(/\b(?:later|again|also|then)\b/g, ''))) return [first];
  if (next.start < end) {
    // Same sentence: only ", “B" after the source and its adverbials.
    const between = text.slice(first.end, next.start);
    if (!/,\s*$/.test(between) || /[“"]/.test(between.slice(2))) return [first];
  } else if (!/^[\s]*$/.test(text.slice(end, next.start)) || /[\n\r\u2029]/.test(text.slice(end, next.start))) {
    return [first];
  }
  return [first, next.inner];
}

// ---------------------------------------------------------------- noun phrases

interface Subject {
  first: number;
  tokens: Token[];
}

/**
 * The noun phrase that ends at token `i` and is the subject of the verb after
 * it: a pronoun, or a run of determiners, adjectives, nouns and names (with
 * "of", "for", "with", "in", "at", "from" inside), possibly followed by an
 * appositive or relative clause between commas ("Jen Psaki, the White House
 * press secretary, said").
 */
function subjectEndingAt(tokens: Token[], i: number): Subject | null {
  const last = tokens[i];
  if (!last) return null;
  if (last.text === ',') return subjectBeforeAppositive(tokens, i);
  let j = i;
  // A parenthesis after a name: "Rep. Stephen Lynch (D-Mass.) said".
  if (last.text === ')') {
    const open = findOpening(tokens, i);
    if (open <= 0) return null;
    j = open - 1;
  }
  // Quotation marks around a word ("unnamed “Russians”") are transparent.
  while (j >= 0 && QUOTE_MARK.test(tokens[j]!.text) && !OPEN_QUOTE_MARK.test(tokens[j]!.text)) j--;
  const head = tokens[j];
  if (!head) return null;
  if (head.pos === 'pron') {
    if (NON_SUBJECT_PRONOUNS.has(head.lower) || (!(head.lower in PRONOUNS) && head.lower !== 'who' && !isIndefinite(head.lower))) return null;
    const phrase = [head];
    return { first: j, tokens: phrase };
  }
  // The head may be an adjective after a noun ("the attorney general").
  if (!isNominal(head) && !(head.pos === 'adj' && tokens[j - 1] !== undefined && isNominal(tokens[j - 1]!))) return null;
  let first = j;
  for (let k = j - 1; k >= 0 && j - k < 16; k--) {
    const t = tokens[k]!;
    if (t.pos === 'det' && t.lower === 'that') break;
    if (isNominal(t) || t.pos === 'adj' || t.pos === 'poss' || t.pos === 'det' || t.text === '-' || t.text === '&' || (t.text === '.' && /\p{L}$/u.test(tokens[k - 1]?.text ?? ''))) {
      first = k;
      continue;
    }
    // A capitalised first word of the sentence before a name is part of it ("Transport Minister Paul Brennan").
    if (k === 0 && t.cap && tokens[1]?.cap === true) { first = 0; continue; }
    // A parenthesis inside a name: "Sen. Tim Kaine (D-Va.) said".
    if (t.text === ')') {
      const open = findOpening(tokens, k);
      if (open > 0) { first = open; k = open; continue; }
      break;
    }
    if (QUOTE_MARK.test(t.text)) {
      const inner = tokens[k - 1];
      if (inner && (isNominal(inner) || inner.pos === 'det' || inner.pos === 'adj')) { first = k; continue; }
      break;
    }
    // "a source familiar with the matter", "who in Russia", "the head of the party", "the Commission on Presidential Debates"
    if (t.pos === 'prep' && INNER_PREPOSITIONS.has(t.lower) && k > 0) {
      const before = tokens[k - 1]!;
      const nameInside = before.cap && tokens[k + 1]?.cap === true && !TIME_NAMES.has(tokens[k + 1]!.lower);
      if (nameInside || (t.lower !== 'on' && t.lower !== 'to' && (isNominal(before) || before.lower === 'who' || before.lower === 'familiar' || before.pos === 'adj'))) { first = k; continue; }
    }
    if (t.lower === 'who' && k === first - 1 && tokens[first]?.pos === 'prep') { first = k; break; }
    break;
  }
  // Trim leading prepositions and quote marks left by the walk.
  while (first < j && (tokens[first]!.pos === 'prep' || (QUOTE_MARK.test(tokens[first]!.text) && !OPEN_QUOTE_MARK.test(tokens[first]!.text)))) first++;
  // Coordinated subjects opening the sentence: "Developers and supporters in Congress say".
  if (tokens[first - 1]?.lower === 'and' && first >= 2) {
    const left = subjectEndingAt(tokens, first - 2);
    if (left && (left.first === 0 || tokens[left.first - 1]!.text === ',') && left.tokens.every((t) => t.pos !== 'pron')) first = left.first;
  }
  const phrase = tokens.slice(first, i + 1);
  if (!phrase.some((t) => isNominal(t) || t.pos === 'pron')) return null;
  return { first, tokens: phrase };
}

const INNER_PREPOSITIONS = new Set(['of', 'for', 'with', 'in', 'at', 'from', 'on', 'to']);

/** Index of the "(" matching the ")" at `close`, or -1. */
function findOpening(tokens: Token[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k < 12; k--) if (tokens[k]!.text === '(') return k;
  return -1;
}

/** "X, the press secretary, said" / "X, who …, said" / "X, at Monday’s debate, said": the name before the parenthetical. */
function subjectBeforeAppositive(tokens: Token[], comma: number): Subject | null {
  let open = comma - 1;
  while (open >= 0 && tokens[open]!.text !== ',' && comma - open < 30) open--;
  if (open <= 0 || tokens[open]!.text !== ',') return null;
  const inside = tokens.slice(open + 1, comma);
  const firstInside = inside[0];
  if (!firstInside) return null;
  // An appositive, a relative clause, a prepositional or participial phrase ("X, speaking to veterans, said").
  const appositive = firstInside.lower === 'who' || ['det', 'proper', 'adj', 'noun', 'num', 'prep', 'adv'].includes(firstInside.pos) || firstInside.verbForm === 'gerund';
  // A clause between commas (", the losses would outstrip the gains,") is not an appositive, unless relative.
  const finite = inside.some((t) => t.pos === 'aux' || (t.pos === 'verb' && (t.verbForm === 'past' || t.verbForm === 'present')));
  if (!appositive || (finite && !['who', 'which', 'whose'].includes(firstInside.lower))) return null;
  const name = subjectEndingAt(tokens, open - 1);
  if (!name || name.tokens.some((t) => t.text === ',')) return null;
  // "Pike’s lawyer, Fiona Gallagher, said": the role is named by the appositive; the source runs through the name.
  const insideIsName = inside.length <= 4 && inside.every((t) => t.cap || t.text === '.' || t.text === '-');
  const outerIsRole = !name.tokens.some((t) => t.pos === 'proper' && tokens[name.tokens.indexOf(t) + name.first + 1]?.pos !== 'poss');
  if (insideIsName && outerIsRole) return { first: name.first, tokens: tokens.slice(name.first, comma) };
  return name;
}

/** The noun phrase starting at `i` (after an inverted cue or "according to"). */
function nounPhraseFrom(tokens: Token[], i: number): Token[] | null {
  const phrase: Token[] = [];
  for (let k = i; k < tokens.length && phrase.length < 14; k++) {
    const t = tokens[k]!;
    if (phrase.length === 0 && t.pos === 'pron' && (t.lower in PRONOUNS)) return [t];
    if (isNominal(t) || t.pos === 'det' || t.pos === 'poss' || t.text === '-' || t.text === '&') { phrase.push(t); continue; }
    if (t.pos === 'prep' && ['of', 'for', 'with', 'at', 'from'].includes(t.lower) && phrase.length > 0 && tokens[k + 1] && (isNominal(tokens[k + 1]!) || tokens[k + 1]!.pos === 'det')) { phrase.push(t); continue; }
    if (t.pos === 'verb' && t.verbForm === 'past' && phrase.length > 0 && t.lower === 'familiar') { phrase.push(t); continue; }
    break;
  }
  while (phrase.length > 0 && !isNominal(phrase[phrase.length - 1]!)) phrase.pop();
  return phrase.length > 0 ? phrase : null;
}

function isNominal(t: Token): boolean {
  return t.pos === 'noun' || t.pos === 'proper' || t.pos === 'num' || (t.pos === 'adj' && t.cap) || ANONYMOUS_NOUNS.has(t.lower);
}

const ANONYMOUS_NOUNS = new Set(['sources', 'source', 'officials', 'official', 'people', 'person', 'others', 'some', 'many', 'critics']);

function isIndefinite(word: string): boolean {
  return ['some', 'many', 'others', 'few', 'both', 'several', 'most', 'one', 'nobody', 'someone', 'everyone'].includes(word);
}

// ---------------------------------------------------------------- small helpers

function skipBackOver(tokens: Token[], i: number, skip: (t: Token) => boolean): number {
  let j = i;
  while (j >= 0 && skip(tokens[j]!)) j--;
  return j;
}

/** "Rachel Lindqvist on Wednesday warned", "Trump last week said": step back over the time phrase to the subject. */
function skipTimePhrase(tokens: Token[], i: number): number {
  const last = tokens[i];
  const opener = tokens[i - 1];
  if (last && opener && (TIME_WORDS.has(last.lower) || TIME_NAMES.has(last.lower)) && ['on', 'last', 'this', 'early', 'late', 'in'].includes(opener.lower) && i - 2 >= 0) {
    return skipBackOver(tokens, i - 2, (t) => VERB_MODIFIERS.has(t.lower) || t.pos === 'adv');
  }
  return i;
}

/** After "told": skip the addressee ("reporters", "CNN on Wednesday") up to the content. */
function skipAddressee(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length && k - from < 10; k++) {
    const t = tokens[k]!;
    if (COMPLEMENTIZERS.has(t.lower) || OPEN_QUOTE_MARK.test(t.text) || t.text === ':' || t.text === ',') return k;
    // "told African-Americans this weekend he would …": a subject pronoun after the addressee starts the clause.
    if (k > from && t.pos === 'pron' && t.lower in PRONOUNS && (tokens[k + 1]?.pos === 'aux' || tokens[k + 1]?.pos === 'verb')) return k;
    if (t.pos === 'verb' || t.pos === 'aux' || t.lower === 'to') return from; // "told him to …": the object is part of the content
  }
  return lastContentToken(tokens, tokens.length - 1) - from < 10 ? -1 : from;
}

/**
 * "said via email that …", "told reporters on Monday that …", "said Friday, “…”":
 * a time or circumstance phrase between the cue and a reported clause or
 * quotation is skipped.
 */
function skipLeadingAdverbial(tokens: Token[], from: number): number {
  const first = tokens[from];
  if (!first || COMPLEMENTIZERS.has(first.lower) || !(first.pos === 'prep' || TIME_WORDS.has(first.lower))) return from;
  for (let k = from + 1; k < tokens.length && k - from < 12; k++) {
    const t = tokens[k]!;
    if (t.lower === 'that' || OPEN_QUOTE_MARK.test(t.text)) return k;
    if (t.text === ',' && OPEN_QUOTE_MARK.test(tokens[k + 1]?.text ?? '')) return k + 1;
    if (t.pos === 'verb' || t.pos === 'aux' || (t.pos === 'punct' && t.text !== ',')) return from;
  }
  return from;
}

const TIME_WORDS = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'earlier', 'later', 'last', 'this', 'recently', 'previously', 'repeatedly', 'again', 'privately', 'publicly']);

/** Does the text after a cue start a reported clause or quotation? */
function startsReport(tokens: Token[], i: number, infinitive = false): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  // "wants to triple …", "plans to call on …": an intention's content is an infinitive.
  if (infinitive && t.lower === 'to' && tokens[i + 1]?.pos === 'verb') return true;
  return (COMPLEMENTIZERS.has(t.lower) || OPEN_QUOTE_MARK.test(t.text) || t.text === ':') && !isRelativeThat(tokens, i);
}

/** "protests that have rocked …": "that" straight before a verb opens a relative clause, so the word before it is a noun. */
function isRelativeThat(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]?.lower === 'that' && next !== undefined && (next.pos === 'verb' || next.pos === 'aux');
}

function onlyAdverbials(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'punct') continue;
    if (!TRAILING_ADVERBIALS.has(t.lower) && t.pos !== 'num' && !(t.cap && k > from)) return false;
  }
  return true;
}

/** Start index of a trailing ", X said." clause in the tokens after `from`, or null. */
function trailingSourceClause(tokens: Token[], from: number, cues: CueMatch[]): number | null {
  // The sentence's last speech cue, with only its subject between it and a comma before, and only adverbials after.
  const cue = [...cues].reverse().find((c) => c.category === 'speech' && !c.weak && tokens[c.first]!.start > tokens[from]!.start);
  if (!cue || !onlyAdverbials(tokens, cue.last + 1, tokens.length)) return null;
  for (let k = cue.first - 1; k > from && cue.first - k <= 8; k--) {
    const t = tokens[k]!;
    if (t.text === ',') return k;
    if (!(isNominal(t) || t.pos === 'det' || t.pos === 'pron' || t.pos === 'adj' || t.pos === 'poss' || t.pos === 'adv' || VERB_MODIFIERS.has(t.lower) || QUOTE_MARK.test(t.text) || t.text === '.')) return null;
  }
  return null;
}

/** The last token at or before `i` that is not punctuation (closing quotes and final stops are left out). */
function lastContentToken(tokens: Token[], i: number): number {
  let j = i;
  while (j >= 0 && tokens[j]!.pos === 'punct' && !/[)\]%$]/.test(tokens[j]!.text)) j--;
  return j;
}

function countWords(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k <= to; k++) if (tokens[k]!.pos !== 'punct') n++;
  return n;
}

function spanOf(tokens: Token[]): Span {
  return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
}

function spanOfRange(tokens: Token[], from: number, to: number): Span | null {
  if (from > to || !tokens[from] || !tokens[to]) return null;
  // Keep a quotation mark that opens right before the first word or closes right after the last.
  return { start: tokens[from]!.start, end: tokens[to]!.end };
}

function confidenceFor(cue: CueMatch, source: Token[]): number {
  const named = source.some((t) => t.pos === 'proper' || t.pos === 'pron');
  return Math.round(Math.min(0.98, 0.45 + 0.4 * cue.reliability + (named ? 0.1 : 0)) * 100) / 100;
}

/**
 * A cue inside another attribution's content reports what the outer source
 * said someone else said or thinks ("Stein said she plans to …"): the outer
 * attribution carries it. Annotated news (PolNeAR) marks the outer one only.
 * A loaded speech act inside it (someone "accused", "denied", "claimed") is
 * kept: it attributes a claim to a third party, which readers need to see.
 */
/** A transcript turn (PENCE: …) is one attribution: the cues inside it are the speaker's own words. */
function withoutNestedInLabels(found: FoundAttribution[]): FoundAttribution[] {
  const turns = found.filter((a) => a.cue?.category === 'label').map((a) => a.content[0]!);
  return found.filter((a) => !a.cue || a.cue.category === 'label' || !turns.some((t) => t.start <= a.cue!.start && a.cue!.end <= t.end));
}

const LOADED_STANCES = new Set<Stance>(['accusing', 'denying', 'doubting']);

function withoutNested(inSentence: FoundAttribution[], quotes: Quote[]): FoundAttribution[] {
  const holds = (outer: FoundAttribution, inner: FoundAttribution): boolean =>
    inner.cue !== null && outer.content.some((c) => c.start <= inner.cue!.start && inner.cue!.end <= c.end);
  // Two attributions holding each other's cues ("Talks are continuing, he said"): neither is nested; both stay for now.
  return inSentence.filter((inner) => {
    const nested = inSentence.some((outer) => outer !== inner && holds(outer, inner) && !holds(inner, outer));
    if (nested) inner.nested = true;
    // Kept: loaded speech acts, and quotations quoted inside a quotation.
    return !nested || LOADED_STANCES.has(inner.cue!.stance) || inner.content.every((c) => quotes.some((q) => q.inner.start === c.start && q.inner.end === c.end && q.mark === 'single'));
  });
}

/** Two cues can yield the same content (a verb and its colon): keep the first. */
function dropDuplicates(found: FoundAttribution[]): FoundAttribution[] {
  const seen = new Set<string>();
  return found.filter((a) => {
    const key = a.content.map((s) => `${s.start}-${s.end}`).join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
