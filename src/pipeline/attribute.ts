/**
 * Stage 4, attribution patterns: for every cue, find its source (phrases.ts)
 * and its content (content.ts) in the sentence, and, for quotations, across
 * sentences and paragraphs.
 *
 * Patterns, in the order they are tried:
 *   according to X, CONTENT  /  CONTENT, according to X[, MORE CONTENT]
 *   X: “CONTENT”  /  PENCE: CONTENT  /  “CONTENT” ― Name   (punctuation cues)
 *   Said X, “CONTENT”                    (a speech verb opening the sentence)
 *   CONTENT was CUE-ed by X              (passive with an agent)
 *   As reported by X, CONTENT  /  CONTENT, as reported by X
 *   X’s claim that CONTENT               (a noun cue with a possessor)
 *   X made the claim that CONTENT  /  the claim that CONTENT   (a noun cue without one: its verb's subject, or none)
 *   X is expected to / seems to …        (no source: the whole clause)
 *   X was accused of CONTENT             (passive without an agent: no source)
 *   CUE-ing (that) CONTENT, X …          (opening participle: the main clause's subject; "Asked …": none)
 *   …, CUE-ing (that) CONTENT            (participle: the main clause's source)
 *   X CUE1 … and CUE2 CONTENT            (coordination: CUE1's source)
 *   X took to Twitter to CUE CONTENT     (infinitive: the clause's subject)
 *   “CONTENT,” X said  /  X said (that) CONTENT  /  CONTENT, X said  /  X said: ¶ CONTENT   (source before)
 *   “CONTENT,” said X                    (inverted)
 *   X urged …, proposed that CONTENT     (a verb in a series: the first verb's subject)
 * then: “A,” he said, “B.” joins B to the same attribution; a cue inside
 * another attribution's content is dropped unless it is a loaded speech act,
 * and one inside another's source ("White House press secretary X said") is
 * part of that noun phrase; a transcript turn ends where the next label
 * begins; a paragraph that is only a quotation is one more fragment of the
 * attribution before it.
 */
import { ADDRESSEE_VERBS, ADVERBIAL_GERUND_OPENERS, ADVERBIAL_PREPOSITIONS, ADVERBIAL_SUBORDINATORS, AGENT_COMPLEMENT_PREPOSITIONS, ALL_OF_WHAT_WORDS, ANONYMOUS_NOUNS, ASKED_OPENERS, ASPECTUAL_VERBS, AUXILIARIES, BARE_CLAUSE_LEMMAS, BARE_DAYS, BE_FORMS, CLAUSE_COORDINATORS, CLAUSE_PUNCTUATION, COMPLEMENTIZERS, COMPLEMENT_PREPOSITIONS, COPULAS, COPULA_CLITICS, CUE_PARTICLES, DISCOVERY_LEMMAS, EFFORT_WORDS, EXPERIENCER_PARTICIPLES, FILLER_CONTENT_WORDS, FINDING_SOURCE_NOUNS, FIRST_OF_KIND, FRONTED_SUBORDINATORS, HOLDING_VERBS, INDEFINITE_ARTICLES, MADE_OR_SPENT_OBJECTS, MEANS_OF_SPEAKING, NAMED_RELATIVES, NON_SUBJECT_PRONOUNS, OBJECT_BEFORE_PREPOSITION, OBJECT_CONTROL_VERBS, OBJECT_EXPERIENCER_CUES, OBJECT_NAMING_LEMMAS, OPENING_CONJUNCTIONS, PART_OR_ORIGIN_PREPOSITIONS, PAST_AUXILIARIES, PERFECT_AUXILIARIES, PHRASAL_PARTICLES, POSSESSIVE_PRONOUNS, PRESENT_AUXILIARIES, PRONOUNS, QUANTIFIER_SUBJECTS, QUESTION_LEMMAS, QUESTION_OPENERS, RAISING_WORDS, REACTION_SOURCE_PREPOSITIONS, RECEIVING_VERBS, REFUSAL_CUES, RELATIVE_PRONOUNS, RELATIVE_WORDS, REPORT_SUBORDINATORS, RESTATING_PRONOUNS, ROLE_NOUNS, SAID_THING_WORDS, SOURCELESS_CUES, SOURCE_AFTER_CUE, STANDING_RELATIVES, SUBJECT_CONTROL_WORDS, SUBJECT_GAP_LEMMAS, SUBJECT_MODIFIER_LINKS, SUBJECT_RELATIVES, SUBORDINATOR_MODIFIERS, SURVEY_MAKING_PARTICIPLES, THING_PRONOUNS, TIME_NAMES, TIME_WORDS, TRAILING_ADVERBIALS, VERB_COORDINATORS, WORK_OBJECT_CUES } from '../lexicon/words.js';
import { countStartingBy } from '../positions.js';
import type { Span, Stance } from '../types.js';
import {
  clauseStart, contentAfter, contentBefore, hasFiniteVerb, isFrontedAdverbial, isReportedObject, lastContentToken, mainClauseAfter, onlyWhenOrHow, opensWithParticiple, quotationBefore, spanOfRange, startsReport, withClosingMark, withContinuation,
} from './content.js';
import { isPossessive, labelSpan, opensInfinitive, pollAfter, possessorInPhrase, speechNounBeforeCopula, surveyPhraseEnd, type CueMatch, type SentenceTokens } from './cues.js';
import {
  afterOpeningTimePhrase, clauseSubjectAt, datedBackAt, isNominal, isVerbModifier, joinedClauseSubject, mainClauseSubject, nounPhraseFrom, occasionAt, relativeAntecedent, skipTimePhrase, skipVerbModifiers, spanOf, subjectEndingAt, timePhraseEnd, type Subject,
} from './phrases.js';
import type { Paragraph, Quote, QuoteIndex } from './segment.js';
import { closesQuotation, isDash, isFiniteVerb, isPastReadAsAdjective, isQuoteMark, isToBeforeNounPhrase, NOUN_PHRASE_POS, OPEN_QUOTE_MARK, skipBackOver, skipOver, type Token } from './tokens.js';

/** Categories of cues that report what was said or shown (not a belief or a reaction). */
const REPORTING_CATEGORIES = new Set<string>(['speech', 'evidence']);

export interface FoundCue extends Span {
  lemma: string;
  stance: Stance;
  category: CueMatch['category'];
}

export interface FoundAttribution {
  /** Content fragments, in text order. */
  content: Span[];
  cue: FoundCue;
  /** The words naming the source here; for participles and coordination, the governing clause's source. */
  source: Span | null;
  /** Tokens of the source phrase, for resolution. */
  sourceTokens: Token[];
  confidence: number;
  /** Its cue lies in another attribution's content (kept: a loaded speech act, or a reported saying). */
  nested: boolean;
  /** The attribution whose act this speech act was the means of ("responded … by saying …"): this one is kept instead. */
  meansOf: FoundAttribution | null;
  /** It reports a whole clause ("As reported by The Post, Smith said …"): the speech acts inside it stay. */
  framesClause: boolean;
}

/**
 * Every attribution is made here, with all its fields, so that all have one shape: V8 keeps the code that reads
 * them monomorphic (optional fields set by some patterns, or added later, made several and cost re-compiles).
 */
function attribution(
  base: { cue: FoundCue }, content: Span[], source: Span | null, sourceTokens: Token[], confidence: number,
  meansOf: FoundAttribution | null = null, framesClause = false,
): FoundAttribution {
  return { content, cue: base.cue, source, sourceTokens, confidence, nested: false, meansOf, framesClause };
}

export function findAttributions(sentences: SentenceTokens[], quotes: QuoteIndex, paragraphs: Paragraph[], text: string): FoundAttribution[] {
  const found: FoundAttribution[] = [];
  // The source of the title's last attribution so far: a subhead opening with a verb goes on with it.
  let headlineSubject: Token[] | null = null;
  for (const s of sentences) {
    const inSentence: FoundAttribution[] = [];
    const title = s.sentence.paragraph === 0;
    for (let c = 0; c < s.cues.length; c++) {
      // A reporting verb inside a quotation is the quoted speaker's own wording, not the article's attribution.
      if (insideQuotation(s.tokens[s.cues[c]!.first]!.start, quotes) && !introducesInnerQuotation(s, c, quotes)) continue;
      const attribution = attributeCue(s, c, inSentence, quotes, paragraphs, text, title ? headlineSubject : null);
      if (attribution) inSentence.push(attribution);
    }
    // (A work made is dropped last: a participle after it still takes its source, "X wrote Lee, urging …".)
    const kept = withoutNested(withoutCuesInSources(endingBeforeCoordinatedVerbs(endingBeforeCoordinatedReports(withoutFrontedClauseReaching(inSentence, s.tokens), s.tokens, quotes), s.tokens)), quotes).filter((a) => !onlyAWorkMade(a, s.tokens, quotes));
    resolveRelativeSources(kept, s.tokens);
    if (title) headlineSubject = kept.findLast((a) => a.sourceTokens.length > 0)?.sourceTokens ?? headlineSubject;
    found.push(...kept);
  }
  const attributions = withoutClaimedContinuations(dropDuplicates(transcriptTurns(found, text), text), text).filter((a) => !onlyFillerWords(a, text));
  addFollowingQuotations(attributions, quotes, paragraphs, text);
  addContinuingQuotations(attributions, quotes, paragraphs, text);
  return attributions;
}

/** How many words after a relative pronoun a group's clause may name it by ("those who want lower taxes"). */
const GROUP_CLAUSE_WORDS = 16;

/**
 * A source that is a relative pronoun alone ("Weaver, who came out and endorsed Lee") is resolved as the words it
 * stands for (relativeAntecedent); the source stays the pronoun, as annotated.
 */
function resolveRelativeSources(found: FoundAttribution[], tokens: Token[]): void {
  for (const a of found) {
    const pronoun = a.sourceTokens.at(-1);
    if (!pronoun || !STANDING_RELATIVES.has(pronoun.lower)) continue;
    const at = tokens.indexOf(pronoun);
    if (at < 0) continue;
    // "any word of Ruiz, who", "the anger of legislators who": a source ending in a relative pronoun is named by the
    // phrase the pronoun stands for, inside the source ("said Lee, who": not the cue before it).
    if (a.sourceTokens.length > 1) {
      const antecedent = relativeAntecedent(tokens, at, at)?.filter((t) => a.sourceTokens.includes(t));
      if (antecedent && antecedent.length > 0) a.sourceTokens = antecedent;
      continue;
    }
    // "a week in which he was booed and accused of …", "the bill, which he once backed, …": a relative with a subject
    // of its own after it is no subject; that one is the source, as annotated.
    const next = tokens[at + 1];
    const own = clauseSubjectAt(tokens, at + 1) ?? (next !== undefined && next.lower in PRONOUNS ? [next] : null);
    if (own) {
      a.source = spanOf(own);
      a.sourceTokens = own;
      continue;
    }
    // (A group's clause runs through the content right after the cue, unless that is long: then to the cue.)
    const content = a.content[0]!;
    let end = tokens.findLastIndex((t) => t.end <= content.end);
    if (content.start < a.cue.end || end - at > GROUP_CLAUSE_WORDS) end = tokens.findLastIndex((t) => t.end <= a.cue.end);
    const antecedent = relativeAntecedent(tokens, at, end);
    if (antecedent) a.sourceTokens = antecedent;
  }
}

/** "She wrote a children's book": a cue of writing whose content is a noun phrase, the work itself (WORK_OBJECT_CUES). */
function onlyAWorkMade(a: FoundAttribution, tokens: Token[], quotes: QuoteIndex): boolean {
  if (!WORK_OBJECT_CUES.has(a.cue.lemma)) return false;
  // (Not what a piece is about, "wrote a column about the ferry crew": its content starts past the piece.)
  const next = tokens.find((t) => t.start >= a.cue.end);
  if (!next || next.start !== a.content[0]!.start) return false;
  if (a.content.some((c) => quotes.overlapping(c.start, c.end).length > 0)) return false;
  const words = tokens.filter((t) => a.content.some((c) => c.start <= t.start && t.end <= c.end));
  return words.length > 0 && !COMPLEMENTIZERS.has(words[0]!.lower) && !words.some((t) => isFiniteVerb(t));
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Content whose every word is a time, degree or linking word ("reported late Thursday", "said little"): it reports nothing. */
function onlyFillerWords(a: FoundAttribution, text: string): boolean {
  // (Word by word, stopping at the first that is not filler: nearly every content's first word is not.)
  for (const c of a.content) {
    const words = text.slice(c.start, c.end).toLowerCase();
    WORD.lastIndex = 0;
    for (let m = WORD.exec(words); m !== null; m = WORD.exec(words)) if (!FILLER_CONTENT_WORDS.has(m[0])) return false;
  }
  return true;
}

/** Inside a closed quotation (an unclosed one may have swallowed the attribution clause: “We see …, Chen told analysts). */
function insideQuotation(offset: number, quotes: QuoteIndex): boolean {
  return quotes.overlapping(offset, offset + 1).some((q) => q.closed && q.inner.start <= offset && offset < q.inner.end && q.inner.end - q.inner.start > 1);
}

/** “… he told us, ‘We will win.’ …”: a quotation inside the quotation is attributed speech too. */
function introducesInnerQuotation(s: SentenceTokens, c: number, quotes: QuoteIndex): boolean {
  const cue = s.cues[c]!;
  // The single quote follows a comma or colon, as a quotation does ("told us, ‘We …'"), not a word ("report all 'significant' …").
  // And it opens a quotation that segment found: not the closing '' of "''… to blame,'' said Li.", nor a straight
  // ' inside a straight "…", which segment does not open (its content would stop at the first word).
  const after = s.tokens.slice(cue.last + 1, cue.last + 5);
  return after.some((t, k) => (t.text === '‘' || t.text === '\'') && (after[k - 1]?.text === ',' || after[k - 1]?.text === ':') && quotes.startingAt(t.start) !== undefined);
}

function attributeCue(s: SentenceTokens, c: number, earlier: FoundAttribution[], quotes: QuoteIndex, paragraphs: Paragraph[], text: string, headlineSubject: Token[] | null): FoundAttribution | null {
  const { tokens, cues } = s;
  const cue = cues[c]!;
  const foundCue: FoundCue = { start: tokens[cue.first]!.start, end: tokens[cue.last]!.end, lemma: cue.lemma, stance: cue.stance, category: cue.category };
  const base = { cue: foundCue };

  if (SOURCE_AFTER_CUE.has(cue.lemma)) return accordingTo(s, cue, base, quotes);
  if (cue.lemma === 'in view') return inPossessorsView(s, cue, base, quotes);
  if (cue.category === 'colon') return colonQuote(s, cue, base, earlier, quotes);
  if (cue.category === 'label') return speakerLabel(s, cue, base, paragraphs, quotes, text);
  if (cue.category === 'signature') return signature(s, cue, base, quotes, text);
  // "Said Ann Lee, “…”", "Continued Lee: ¶ …": a speech verb opening the sentence, its source after it.
  const openingInverted = cue.first === 0 && cue.category === 'speech' ? invertedOpening(s, c, base, quotes, paragraphs) : null;
  if (openingInverted) return openingInverted;
  // A subhead of the title opening with a verb (or a series of them) has the headline's subject: "Ruiz hints …;
  // \nSays Lee would …", "Mayor rebuffs …; \nSpurns offer, blasts …".
  if (headlineSubject !== null && opensWithVerbs(s, cue)) {
    const content = contentAfter(s, c, quotes);
    if (content) return attribution(base, [content], spanOf(headlineSubject), headlineSubject, confidenceFor(cue, headlineSubject) - 0.1);
  }
  // "Lee wins Ohio, vows to fight on", "Ruiz praises, faults the plan": in a headline, a verb after a comma goes on
  // with the headline's subject, in the series of its verbs (PolNeAR train annotates all 6 that were missed).
  if (s.sentence.paragraph === 0 && !cue.weak && !cue.nominal && cue.first > 0 && tokens[cue.first - 1]!.text === ',' && tokens[cue.first]!.lower.endsWith('s')) {
    const subject = mainClauseSubject(tokens, cue.first - 1);
    // (A verb in -s, after a verb of the subject opening the headline, with no other comma between: not "…, said Ana
    // Ruiz", nor "Lee, a historian who wrote …, argues …".)
    const between = subject ? tokens.slice(tokens.indexOf(subject[subject.length - 1]!) + 1, cue.first - 1) : [];
    const series = subject !== null && tokens[0] === subject[0] && between.some((t) => isFiniteVerb(t)) && !between.some((t) => t.text === ',');
    const content = series ? contentAfter(s, c, quotes) : null;
    if (subject && content) {
      // (The verb before it reports up to the comma: "Ruiz says taxes rose, blames the board".)
      const comma = tokens[cue.first - 1]!;
      const kept = tokens[cue.first - 2]!;
      for (const a of earlier) a.content = a.content.filter((x) => x.start < comma.start).map((x) => (x.end > comma.start ? { start: x.start, end: kept.end } : x));
      return attribution(base, [content], spanOf(subject), subject, confidenceFor(cue, subject) - 0.1);
    }
  }

  const cueToken = tokens[cue.first]!;
  // "Then he began dismissing the notion that …": a verb of beginning or stopping before a gerund cue is stepped over to its subject.
  const verbGroupEnd = skipVerbModifiers(tokens, cue.first - 1);
  const aspectual = cueToken.verbForm === 'gerund' && ASPECTUAL_VERBS.has(tokens[verbGroupEnd]?.lower ?? '');
  const before = skipTimePhrase(tokens, aspectual ? skipVerbModifiers(tokens, verbGroupEnd - 1) : verbGroupEnd);
  const prev = tokens[before];
  // "is supported", "has been accused", "was expected": a form of "be" in the verb group.
  let passive = false;
  for (let k = before + 1; k < cue.first && !passive; k++) passive = BE_FORMS.has(tokens[k]!.lower);
  // Passive with an agent ("Trump is supported by far fewer papers"): the agent is the source, the subject the content.
  // So does a participle right after its noun, a reduced relative ("the change offered by Trump", "a book written by …").
  // (After a common noun: "Ms. Gao said by telephone" has its subject there; nor a means, "responded by settling".)
  const agentStart = tokens[cue.last + 2];
  const reduced = !passive && prev?.pos === 'noun' && cue.first === cue.last && (cueToken.verbForm === 'past' || cueToken.verbForm === 'participle')
    && agentStart !== undefined && agentStart.verbForm !== 'gerund' && !MEANS_OF_SPEAKING.has(agentStart.lower);
  if ((passive || (reduced && !clauseAfterAgent(tokens, cue))) && tokens[cue.last + 1]?.lower === 'by') return passiveWithAgent(s, cue, before, base, reduced);
  // "A report published Wednesday said …", "A study posted in May shows …": without an agent, a participle after
  // its noun that a phrase of when or where leads to the sentence's reporting verb describes the noun; it reports nothing.
  // (Adverbs may come between: "A guide just published for students explains …".)
  const adverbsBetween = tokens.slice(before + 1, cue.first).every((t) => isVerbModifier(t));
  const participleAfterNoun = !passive && prev?.pos === 'noun' && adverbsBetween && cue.first === cue.last && (cueToken.verbForm === 'past' || cueToken.verbForm === 'participle');
  const laterVerb = participleAfterNoun ? modifierBeforeCue(s, cue.last + 1, cueToken.verbForm === 'participle') : -1;
  // (After an adverb, a later verb that may itself be a participle after its noun is no main verb to defer to: "The
  // firm also said in a report published Tuesday that …" is the firm's report.)
  const laterMayBeParticiple = (k: number): boolean => tokens[k - 1]!.pos === 'noun' && (tokens[k]!.verbForm === 'past' || tokens[k]!.verbForm === 'participle');
  if (laterVerb >= 0 && (before === cue.first - 1 || !laterMayBeParticiple(laterVerb))) return null;
  // "As reported by Western Journalism, …", "…, as first reported by The Post.": the agent reports the main clause.
  if (prev?.lower === 'as' && tokens[cue.last + 1]?.lower === 'by' && cueToken.verbForm === 'past') return asReportedBy(s, cue, before, base);

  // "Trump’s claim that …": the possessor is the source ("the allegation that …": the verb's subject, if any).
  if (cue.nominal) return nominalClaim(s, c, base, quotes);
  // "The Assembly is expected to vote …", "She seemed to …": no source; the whole clause is the content.
  const sourceless = SOURCELESS_CUES[cue.lemma];
  // ("The board is reportedly planning …": an adverb of hearsay in a clause with a subject of its own; not one on a
  // cue's verb, "X reportedly told aides that …", which is that cue's report.)
  const verbIsCue = cues.some((other) => other.first > cue.last && other.first <= cue.last + 2 && !other.weak && other.category === 'speech');
  const hearsay = sourceless?.adverb === true && prev !== undefined && !verbIsCue && subjectEndingAt(tokens, before) !== null;
  if (sourceless && (hearsay || tokens[cue.last + 1]?.lower === 'to' || (sourceless.complement === true && sourcelessComplement(tokens, cue, before)))) {
    // "Ruiz seemed to urge the opposite", "the emails appear to show that …": a verb of speech or evidence after "to"
    // is the report's cue, with the subject as its source; "seemed to" goes with it (PolNeAR train 15 of 24).
    const reportingVerb = !sourceless.passiveOnly && tokens[cue.last + 1]?.lower === 'to'
      && cues.some((other) => other.first === cue.last + 2 && !other.weak && REPORTING_CATEGORIES.has(other.category));
    if (reportingVerb) return null;
    if (passive || !sourceless.passiveOnly) {
      const subject = prev ? subjectEndingAt(tokens, before) : null;
      // The clause ends where the infinitive after the cue ends ("… seemed to match the mood as the band played",
      // "… appears to be moving behind Trump, despite …"), by the same rules as any content after a cue.
      const after = contentAfter(s, c, quotes);
      const end = after ? Math.max(lastContentToken(tokens, tokens.findLastIndex((t) => t.end <= after.end)), cue.last + 1) : lastContentToken(tokens, tokens.length - 1);
      // The verb group itself is not reported: "The House … to pass the bill" has two fragments, as annotated.
      const kept = subject ? relativeOrSubject(subject.tokens) : null;
      const headFirst = kept ? modifiedHeadStart(tokens, tokens.indexOf(kept[0]!)) : 0;
      // (The subject's last token, not its length from its first: "the fair, which" skips the comma.)
      // Around a hearsay adverb only the adverb is left out: "The board is ||| planning …", as annotated.
      const headEnd = hearsay ? cue.first - 1 : subject ? tokens.indexOf(subject.tokens[subject.tokens.length - 1]!) : before;
      const head = prev ? spanOfRange(tokens, headFirst, lastContentToken(tokens, headEnd)) : null;
      const rest = spanOfRange(tokens, cue.last + 1, end);
      const content = [head, rest].filter((x): x is Span => x !== null);
      return content.length > 0 ? attribution(base, content, null, [], 0.5) : null;
    }
  }

  // "Peacekeepers have been accused of hurting civilians": a passive without an agent.
  // ("Her advisers are convinced that …": a participle of feeling or belief says what its subject holds.)
  // (The tagger may read the participle as an adjective after a plural: "Other candidates are considered contenders"; so
  // before the noun phrase or adjective that it says the subject is, not before "to", "of" or "that": "were shocked
  // that …", "is assured of …" are the subject's own feeling.)
  const complement = cue.first === cue.last && ['det', 'adj', 'noun', 'num'].includes(tokens[cue.last + 1]?.pos ?? '') && !COMPLEMENTIZERS.has(tokens[cue.last + 1]!.lower);
  const pastParticiple = cueToken.verbForm === 'past' || cueToken.verbForm === 'participle' || (isPastReadAsAdjective(cueToken) && complement);
  if (passive && prev && pastParticiple && !EXPERIENCER_PARTICIPLES.has(cueToken.lower)) return passiveWithoutAgent(s, c, before, base, quotes);
  // "The driver accused of killing a cyclist": a participle with no object where its verb needs one is passive,
  // and the noun before it is who is accused; nobody who accuses is named.
  if (prev && isNominal(prev) && cue.first === cue.last && tokens[cue.last + 1] !== undefined && OBJECT_BEFORE_PREPOSITION[cueToken.lower] === tokens[cue.last + 1]!.lower) return null;

  // "Promising that …, Bolton said …", "Asked whether …, 75 percent said yes": a participle opening the sentence.
  // So does "asked" after "when" inside it ("“No,” she said when asked whether …"): a question put to the subject.
  const whenAsked = cueToken.verbForm === 'past' && QUESTION_LEMMAS.has(cue.lemma) && ASKED_OPENERS.has(prev?.lower ?? '');
  if (opensWithParticiple(tokens, cue.first) || whenAsked) return openingParticiple(s, c, base, quotes);

  const participle = cueToken.verbForm === 'gerund' || cueToken.lower.endsWith('ing');
  // "…, with top aides on both sides warning of risks and vowing to …": a participle in an absolute after "with" has
  // the noun phrase after "with" for its subject, not the sentence's.
  const absolute = participle && !cue.weak ? withAbsoluteSubject(tokens, cue.first) : null;
  const absoluteContent = absolute ? contentAfterOrBelow(s, c, quotes, paragraphs) : null;
  if (absolute && absoluteContent) return attribution(base, absoluteContent, spanOf(absolute), absolute, confidenceFor(cue, absolute) - 0.1);
  // Participle after a comma, or a verb coordinated with an earlier cue: the governing clause's source.
  // "…, saying", "… – saying", "… “New York values,” saying": a participle after a comma or dash.
  // (Not a progressive, "is" before it: "Ana Li, celebrating a win at home, is pledging …" has its subject before the aside.)
  const afterBreak = prev !== undefined && !passive && (prev.text === ',' || isDash(prev.text) || quotes.endingAt(prev.end)?.commaInside === true);
  if (prev && ((participle && (afterBreak || ADVERBIAL_GERUND_OPENERS.has(prev.lower))) || prev.lower === 'and' || prev.lower === 'but')) {
    // (Not a cue inside the content of an attribution that does not also hold this one: in "X said that the
    // country would declare … and suggested that …", "suggested" goes with "said", not with "declare".)
    const holds = (outer: FoundAttribution, at: number, end: number): boolean => outer.content.some((x) => x.start <= at && end <= x.end);
    const governingAct = earlier.findLast((a) => !earlier.some((o) => o !== a && o.sourceTokens.length > 0 && holds(o, a.cue.start, a.cue.end) && !holds(a, o.cue.start, o.cue.end) && !holds(o, foundCue.start, foundCue.end)));
    // (A governing act without a source, "Asked whether …, the mayor shook his head and said …", leaves it to the
    // main clause's subject.)
    // (Nor one inside a fronted adverbial clause: "When the mayor asked about it, Ruiz laughed and said …".)
    // (Nor a noun's: "Critics seized on her claim that …, calling it …" goes on with the critics, not with "her".)
    // (Nor a reaction the subject received: "Lee won the support of millions by echoing …" goes on with Lee.)
    const nounAct = governingAct !== undefined && s.cues.some((other) => (other.nominal || other.receivesReaction) && tokens[other.first]!.start === governingAct.cue.start);
    // (Nor one before a clause with a subject of its own that this verb is joined to: in "Lee told Ana Ruiz, who
    // answered the door and said …" or "The crowd cheered when Lee spotted a sign and asked …" the relative or the
    // subordinate clause's subject speaks.)
    const joined = joinedClauseSubject(tokens, before, !participle || !afterBreak);
    // (Its verb a plain one in the cue's tense: "the groups that brought them in and say …" goes on with the main clause.
    // Not inside the governing act's content, whose clauses are what was said: "A: I came home and a neighbor told me …".)
    const joinedVerb = joined ? tokens.slice(tokens.indexOf(joined[joined.length - 1]!) + 1, before).find((t) => isFiniteVerb(t)) : undefined;
    const sameTense = joinedVerb !== undefined && joinedVerb.pos === 'verb' && joinedVerb.verbForm === cueToken.verbForm;
    const joinedLater = joined !== null && sameTense && (prev.lower === 'and' || prev.lower === 'but') && governingAct !== undefined && joined[0]!.start >= governingAct.cue.end && !holds(governingAct, foundCue.start, foundCue.end);
    // (Nor "according to X" before it: in "Lee's aides watched the tape, according to their lawyers, and said …" the
    // verb after "and" is the aides', X only vouches for the clause.)
    const aside = governingAct !== undefined && SOURCE_AFTER_CUE.has(governingAct.cue.lemma);
    const governs = governingAct !== undefined && governingAct.sourceTokens.length > 0 && !nounAct && !joinedLater && !aside && !inFrontedClause(tokens, governingAct.cue.start, foundCue.start);
    // (Failing those, a reliable participle's own phrase tells: the subject before its aside, "Lee, citing data, said …",
    // or the main clause's after its fronted phrase, "After arguing that …, Lee said …".)
    const phraseSubject = (): Token[] | null => (!participle || cue.weak || cue.reliability < 0.5 ? null : afterBreak ? subjectBeforeAside(tokens, before) : subjectAfterFrontedGerund(tokens, before));
    const governing = governs ? governingAct.sourceTokens : joined ?? mainClauseSubject(tokens, before) ?? phraseSubject();
    // ("Lee drew crowds and won the backing of the union": the coordinated reaction is about the subject.)
    if (cue.receivesReaction && !governs && governing) return reactionReceived(tokens, cue, base, governing);
    // (A fronted phrase's report ends at its comma, where the main clause begins.)
    const subjectAt = governing && !governs ? tokens.indexOf(governing[0]!) : -1;
    const mainStart = subjectAt > 0 && tokens[subjectAt]!.start > foundCue.end && tokens[subjectAt - 1]!.text === ',' ? tokens[subjectAt - 1]!.start : -1;
    // ("…, reporting:" ending its paragraph introduces the next one.)
    const reported = contentAfterOrBelow(s, c, quotes, paragraphs);
    const fronted = reported && mainStart >= 0 ? reported.filter((x) => x.start < mainStart).map((x) => ({ start: x.start, end: Math.min(x.end, mainStart) })) : reported;
    // (A verb joined inside a relative clause on the subject ends where its main clause's verb begins, as the
    // clause's first verb does: "Voters who backed Lee and said they liked him now support Ruiz".)
    const holder = governing && governing.length > 0 ? { first: tokens.indexOf(governing[0]!), tokens: governing } : null;
    const content = holder ? endOfRestrictiveRelative(s, holder, endOfAsideRelative(tokens, holder, fronted)) : fronted;
    if (!governing || governing.length === 0 || !content || content.length === 0) return null;
    // ", including Friday’s tweets", ", focusing on …": weak cues need a reported clause here too.
    if (cue.weak && !startsReport(tokens, cue.last + 1, cue.category === 'belief')) return null;
    // "responded to the mother by saying …": the speech act is how the governing cue's act was done (nothing
    // but its object between them), and the one reported.
    const means = prev.lower === 'by' && cue.category === 'speech' && governingAct !== undefined
      && !tokens.some((t) => t.start >= governingAct.cue.end && t.end <= prev.start && (isFiniteVerb(t) || COMPLEMENTIZERS.has(t.lower)));
    return attribution(base, content, spanOf(governing), governing, confidenceFor(cue, governing) - 0.1, means ? governingAct ?? null : null);
  }

  // "Clinton took to Twitter to say …", "X was quick to embrace …": an infinitive reports for the main clause's subject.
  // (The tagger may read the bare verb as a noun: "is trying to show …", "to call the bluff".)
  const bare = cueToken.verbForm === 'base' || (cueToken.pos === 'noun' && cue.lemma.split(' ')[0] === cueToken.lower);
  if (prev?.lower === 'to' && bare) return infinitive(s, c, before, base, quotes);

  // (Right after a quotation a reliable cue of writing inverts too: "“Vote no,” read one sign"; so does a verb of
  // belief that is no weak cue, after a double mark: "“Our ideas differ,” agrees Ana Ruiz", "“…,” remembered Tom Lee";
  // a headline's single marks quote words, not what its next verb holds: "Lee hails ‘revolution,’ ignores losses".)
  const believes = cue.category === 'belief' && cueToken.pos === 'verb' && prev?.text !== '’' && prev?.text !== '\'';
  const inverts = prev !== undefined && (prev.text === ',' || isQuoteMark(prev.text)) && (cue.category === 'speech' || ((cue.category === 'evidence' || believes) && !cue.weak && isQuoteMark(prev.text)));
  // Source before the cue: “…,” X said (quotation first) or X said (that) … (content after).
  const subject = describedByGerund(tokens, cue, before, withoutRestatement(tokens, prev ? subjectEndingAt(tokens, before) : null));
  // "It would cost more for Ana, forcing cuts, said Bo Li.": a "subject" read past an aside that follows a verb or a
  // preposition is that verb's object; the source is after "said".
  const beforeSubject = subject ? tokens[subject.first - 1] : undefined;
  const objectBefore = subject !== null && cue.lemma === 'say' && prev?.text === ',' && beforeSubject !== undefined && (['verb', 'aux', 'prep'].includes(beforeSubject.pos) || beforeSubject.lower === 'to');
  const inverted = inverts && objectBefore ? invertedSource(s, c, before, base, quotes, text, 'endingSentence') : null;
  if (inverted) return inverted;
  // "The trouble with the plan, said Ana Ruiz, is the cost": the sentence goes on after an inverted source. (Only
  // "say" or a present tense: "The program, called EB-5, allows …", "The deal, announced Friday, would …" are participles.)
  const interposed = inverts && prev.text === ',' && (cue.lemma === 'say' || cueToken.verbForm === 'present') ? invertedSource(s, c, before, base, quotes, text, 'resumingSentence') : null;
  if (interposed) return interposed;
  if (subject) {
    // "The remarks angered Democrats": the object feels it, about the subject.
    const experiencer = !passive && OBJECT_EXPERIENCER_CUES.has(cue.lemma) ? experiencerObject(tokens, cue) : null;
    if (experiencer) return attribution(base, [spanOf(subject.tokens)], spanOf(experiencer), experiencer, confidenceFor(cue, experiencer));
    // "The plan drew criticism from residents": the subject is what the reaction is about; its source follows "from".
    if (cue.receivesReaction) return reactionReceived(tokens, cue, base, subject.tokens);
    // "an offer the leadership rebuffed", "a proposal he has raised": a noun phrase right before the subject is the
    // object the cue's relative clause leaves out (no "that"), and what the source holds.
    const gapped = passive ? null : objectOfZeroRelative(tokens, cue, subject);
    if (gapped) return attribution(base, [spanOf(gapped.object)], spanOf(gapped.source), gapped.source, confidenceFor(cue, gapped.source));
    const gappedSubject = passive ? null : zeroRelativeSubject(s, cue, subject);
    if (gappedSubject) return attribution(base, gappedSubject.content, spanOf(gappedSubject.source), gappedSubject.source, confidenceFor(cue, gappedSubject.source));
    // (The content is found around the words before the cue, whoever the source is.)
    const source = objectOfVerbBefore(s, cue, subject);
    const quoted = quotationBefore(s, subject.first, quotes, text);
    // (A mixed quotation whose closing mark holds the comma may open a sentence the source interrupts; without the
    // comma the source is the quotation's noun's: "“citizen journalists” who promote …".)
    const commaBefore = quoted !== null && (quotes.endingAt(quoted.span.end)?.commaInside === true || tokens[subject.first - 1]?.text === ',');
    const mixedBefore = quoted && !quoted.opensSentence && commaBefore ? quoted.span : undefined;
    const content = quoted && (quoted.opensSentence || !contentAfter(s, c, quotes)) ? withContinuation(s, quoted.span, quotes, text) : contentAfterOrBefore(s, c, subject.first, quotes, mixedBefore);
    // "''A'' of the plan, Mr. X said. ''B.''": a quotation right after goes on with the content before the source.
    if (content && content.length === 1 && content[0]!.end <= tokens[subject.first]!.start) return attribution(base, withContinuation(s, content[0]!, quotes, text), spanOf(source), source, confidenceFor(cue, source));
    // (A relative clause holds the verb a participle's source is the subject of: "The union, which released a statement
    // questioning whether …, was not a party" ends before "was" too.)
    const holder = source === subject.tokens ? subject : { first: tokens.indexOf(source[0]!), tokens: source };
    const introduced = endOfRestrictiveRelative(s, holder, endOfAsideRelative(tokens, holder, content)) ?? relativeSubjectClause(s, c, subject.first) ?? introducedBelow(s, c, quotes, paragraphs) ?? (subject.first === 0 || restatesWhatWasSaid(tokens, subject.first) ? quotationJustBefore(s, c, quotes, text) : null);
    if (!introduced) return null;
    // "in what officials called a hate crime", "whom he describes as a peer": the relative word that is named stands
    // first in the content, as annotated. So does any relative the reported clause is missing, after any cue:
    // "the tax, which she said hurts shops", "a fence, which he said the city should pay for" (but not after a
    // preposition, where it is the main clause's: "an interview in which he said …").
    const named = tokens[subject.first - 1];
    const gap = named !== undefined && NAMED_RELATIVES.has(named.lower) && (OBJECT_NAMING_LEMMAS.has(cue.lemma) || !isPrepositionOrTo(tokens[subject.first - 2]));
    if (gap && introduced.length === 1 && introduced[0]!.start >= tokens[cue.last]!.end) return attribution(base, [{ start: named!.start, end: named!.end }, ...introduced], spanOf(source), source, confidenceFor(cue, source));
    return attribution(base, introduced, spanOf(source), source, confidenceFor(cue, source));
  }

  return (inverts ? invertedSource(s, c, before, base, quotes, text) : null) ?? coordinatedInSeries(s, c, before, base, quotes);
}

// ---------------------------------------------------------------- patterns, in the order attributeCue tries them

/** The cue is a verb in -s opening the sentence, or one after a comma or "and" in a series that a cue opens ("Spurns offer, blasts …"). */
function opensWithVerbs(s: SentenceTokens, cue: CueMatch): boolean {
  const verb = s.tokens[cue.first]!;
  if (cue.weak || !verb.lower.endsWith('s') || verb.lower.endsWith('ss')) return false;
  if (cue.first === 0) return true;
  const prev = s.tokens[cue.first - 1]!;
  return s.cues[0]!.first === 0 && s.cues[0] !== cue && (prev.text === ',' || prev.lower === 'and') && (verb.pos === 'verb' || verb.pos === 'proper');
}

/**
 * "an offer the leadership rebuffed", "a plan he has described as urgent": a relative clause without "that" whose
 * verb is the cue and has no object after it; the noun phrase before its subject is that object. The subject the
 * tagger read may hold both phrases ("an offer the leadership"), or be a pronoun after the first.
 */
function objectOfZeroRelative(tokens: Token[], cue: CueMatch, subject: Subject): { object: Token[]; source: Token[] } | null {
  const verb = tokens[cue.first]!;
  if (cue.nominal || cue.weak || cue.reliability < 0.5 || verb.pos !== 'verb' || verb.verbForm === 'gerund') return null;
  // (An object, a clause or a quotation after the cue is what it reports; so is a verb, "the plan he said would help".)
  const next = tokens[cue.last + 1];
  if (next !== undefined && !(next.pos === 'prep' || (next.pos === 'punct' && !isQuoteMark(next.text)))) return null;
  const phraseEnd = tokens.findIndex((t, k) => k > cue.last && (t.text === ',' || t.text === ';'));
  if (tokens.slice(cue.last + 1, phraseEnd < 0 ? tokens.length : phraseEnd).some((t) => COMPLEMENTIZERS.has(t.lower) || isQuoteMark(t.text))) return null;
  return zeroRelativeSplit(tokens, subject);
}

/**
 * The object a relative clause without "that" leaves out and that clause's subject, read from the words before a cue
 * ("an offer [the leadership]", "a probe [the agency]"; or a pronoun after a noun phrase, "the plan [he]"), or null.
 * `names`: a name or a noun phrase after a noun counts as the subject too ("a plan [Ruiz]", "the plan [the mayor]").
 */
function zeroRelativeSplit(tokens: Token[], subject: Subject, names = false): { object: Token[]; source: Token[] } | null {
  const opensSecond = (t: Token): boolean => t.lower in PRONOUNS || QUANTIFIER_SUBJECTS.has(t.lower) || ((t.pos === 'det' || POSSESSIVE_PRONOUNS.has(t.lower)) && t.lower !== 'that');
  const endsFirst = (t: Token): boolean => t.pos === 'noun' && !TIME_WORDS.has(t.lower);
  const words = subject.tokens;
  const split = words.findIndex((t, k) => k > 0 && opensSecond(t) && endsFirst(words[k - 1]!));
  if (split > 0) return { object: words.slice(0, split), source: words.slice(split) };
  // (An adjective after an article is the noun it stands for there: "a dynamic [Lee] said could …".)
  const endsObject = (k: number): boolean => tokens[k] !== undefined && (endsFirst(tokens[k]!) || (names && tokens[k]!.pos === 'adj' && tokens[k - 1]?.pos === 'det'));
  // A name ending the words, after a noun: "a plan [Ruiz]", "a dynamic [Lee]".
  let nameFirst = words.length;
  while (names && nameFirst > 0 && words[nameFirst - 1]!.pos === 'proper') nameFirst--;
  // (Not a role before its holder's name: "FBI director James Comey".)
  const role = ROLE_NOUNS.has(words[nameFirst - 1]?.lower ?? '');
  if (nameFirst > 0 && nameFirst < words.length && !role && endsObject(subject.first + nameFirst - 1)) return { object: words.slice(0, nameFirst), source: words.slice(nameFirst) };
  // (Or a noun phrase of its own after a noun: "the plan [the mayor]".)
  if (!(words.length === 1 && words[0]!.lower in PRONOUNS) && nameFirst > 0 && !(names && opensSecond(words[0]!))) return null;
  const before = tokens[subject.first - 1];
  if (before === undefined || !endsObject(subject.first - 1)) return null;
  const object = endsFirst(before) ? subjectEndingAt(tokens, subject.first - 1)?.tokens : tokens.slice(subject.first - 2, subject.first);
  return object && object.length > 0 ? { object, source: words } : null;
}

/**
 * "a probe the agency said was ongoing", "a step they believe could help": the subject a relative clause without
 * "that" leaves out, before the source, and the clause from the verb right after the cue (ending as a relative
 * clause with its word does: relativeSubjectClause), as annotated: the object and the clause.
 */
function zeroRelativeSubject(s: SentenceTokens, cue: CueMatch, subject: Subject): { content: Span[]; source: Token[] } | null {
  const { tokens } = s;
  const verb = tokens[cue.first]!;
  // (Any cue's: the verb right after it shows the gap, "a step they believe could help".)
  if (!SUBJECT_GAP_LEMMAS.has(cue.lemma) || cue.nominal || cue.weak || verb.pos !== 'verb' || verb.verbForm === 'gerund' || !isFiniteVerb(tokens[cue.last + 1])) return null;
  const split = zeroRelativeSplit(tokens, subject, true);
  if (split && SAID_THING_WORDS.has(split.object[split.object.length - 1]!.lower)) return null;
  const rest = split ? spanOfRange(tokens, cue.last + 1, lastContentToken(tokens, relativeClauseEnd(tokens, cue.last + 1))) : null;
  return split && rest ? { content: [spanOf(split.object), rest], source: split.source } : null;
}

/**
 * "Lee, citing new data, said …": the subject that opens the sentence (after a conjunction, if any), right before the
 * comma at `comma` that opens the participle's aside; the main clause's verb comes after the aside.
 */
function subjectBeforeAside(tokens: Token[], comma: number): Token[] | null {
  if (tokens[comma]?.text !== ',') return null;
  const subject = subjectEndingAt(tokens, comma - 1);
  if (!subject || !(subject.first === 0 || (subject.first === 1 && OPENING_CONJUNCTIONS.has(tokens[0]!.lower)))) return null;
  // (The aside closes with a comma before a verb: "…, said", "…, has repeatedly said".)
  const close = tokens.findIndex((t, k) => k > comma && t.text === ',');
  const verb = close > 0 ? skipOverModifiers(tokens, close + 1) : -1;
  return verb > 0 && isFiniteVerb(tokens[verb]) ? subject.tokens : null;
}

/**
 * "After arguing that …, Lee said …", "Now, while denouncing the tax, she …": a gerund after the preposition at
 * `opener`, in a phrase that opens the sentence (after a connective and its comma, if any); its subject is the main
 * clause's, right after the phrase's comma.
 */
function subjectAfterFrontedGerund(tokens: Token[], opener: number): Token[] | null {
  if (!ADVERBIAL_GERUND_OPENERS.has(tokens[opener]?.lower ?? '')) return null;
  // (Words before the preposition: none, a connective and its comma, or a time: "One month after announcing …".)
  const lead = tokens.slice(0, opener);
  if (lead.some((t) => t.text === ',' ? false : t.pos === 'verb' || t.pos === 'aux' || t.pos === 'pron' || t.pos === 'proper')) return null;
  const comma = tokens.findIndex((t, k) => k > opener && t.text === ',');
  if (comma < 0) return null;
  const verb = tokens.findIndex((t, k) => k > comma && isFiniteVerb(t));
  if (verb < 0) return null;
  const subject = subjectEndingAt(tokens, skipTimePhrase(tokens, skipBackOver(tokens, verb - 1, isVerbModifier)));
  return subject && subject.first === comma + 1 ? subject.tokens : null;
}

/** "The plan drew criticism from residents": what the reaction is about, the subject; its source follows "from". */
function reactionReceived(tokens: Token[], cue: CueMatch, base: { cue: FoundCue }, subject: Token[]): FoundAttribution {
  // (The lexicon's form may end in the preposition: "received support from", "has the backing of", "support among".)
  const from = REACTION_SOURCE_PREPOSITIONS.has(tokens[cue.last]!.lower) ? cue.last : cue.last + 1;
  const reacting = REACTION_SOURCE_PREPOSITIONS.has(tokens[from]?.lower ?? '') ? nounPhraseFrom(tokens, from + 1) ?? [] : [];
  // ("Lee, who has the backing of the union": the relative pronoun stands for what it is about, as annotated.)
  const relative = subject.length > 1 && RELATIVE_PRONOUNS.has(subject[subject.length - 1]!.lower);
  return attribution(base, [spanOf(relative ? subject.slice(-1) : subject)], reacting.length > 0 ? spanOf(reacting) : null, reacting, confidenceFor(cue, reacting));
}

function accordingTo(s: SentenceTokens, cue: CueMatch, base: { cue: FoundCue }, quotes: QuoteIndex): FoundAttribution | null {
  const { tokens } = s;
  // The source runs from "to" to the next comma or the end of the sentence ("according to exit polls released Tuesday",
  // "In an NBC News/Wall Street Journal poll released Monday, …": the survey's name may hold a slash).
  // (A survey closing the clause ends with its own phrase: "… in the survey in two years", "… in a poll, a drop".)
  let sourceEnd = cue.lemma !== 'in' ? cue.last + 1 : cue.first > 0 ? surveyPhraseEnd(tokens, pollAfter(tokens, cue.last + 1)) : pollAfter(tokens, cue.last + 1) + 1;
  // (An ampersand joins a name's words: "according to Procter & Gamble".)
  while (sourceEnd < tokens.length && tokens[sourceEnd]!.text !== ',' && (tokens[sourceEnd]!.pos !== 'punct' || tokens[sourceEnd]!.text === '&')) sourceEnd++;
  // (The source's words stop before the occasion of the remark: "according to Lee in a statement"; not before a date
  // after a participle, "according to exit polls released Tuesday".)
  const occasion = tokens.findIndex((_, k) => k > cue.last + 1 && k < sourceEnd && isNominal(tokens[k - 1]!) && occasionAt(tokens, k));
  // "According to X, CONTENT" opens the sentence, or a clause after a colon, semicolon or parenthesis.
  const opener = tokens[cue.first - 1];
  const opens = !opener || (cue.first === 1 && opener.pos === 'conj') || [':', ';', '('].includes(opener.text);
  // ("According to Ana Ruiz, a city spokeswoman, the talks failed": an aside describing X is the source's too.)
  const aside = opens ? asideAfter(tokens, sourceEnd) : -1;
  const source = aside > 0 ? tokens.slice(cue.last + 1, aside) : tokens.slice(cue.last + 1, occasion > 0 ? occasion : sourceEnd);
  if (source.length === 0 || source.length > 20) return null;
  const last = lastContentToken(tokens, tokens.length - 1);
  const content: Span[] = [];
  if (opens) {
    // According to X, CONTENT.
    const from = aside > 0 ? aside + 1 : tokens[sourceEnd]?.text === ',' ? sourceEnd + 1 : sourceEnd;
    // (A quotation opening there is the content whole, over the sentences it runs on: According to X, “A. B.”)
    const quote = tokens[from] ? quotes.startingAt(tokens[from]!.start) : undefined;
    // (So is one opened inside it: According to X, the board “was slow. B.”)
    const clause = spanOfRange(tokens, from, last);
    const after = quote?.closed && quote.end >= s.sentence.end - 1 ? quote.inner : clause && withClosingMark(clause, quotes);
    if (after) content.push(after);
  } else {
    // CONTENT, according to X[, MORE CONTENT]: the clause goes on after the source when its verb is still to come.
    // ("That’s according to a new poll": the copula's clitic on a pronoun for what was just said belongs to the cue, as
    // annotated; the pronoun is the content. Not a possessive's: "Clinton’s in a survey".)
    const clitic = cue.first >= 2 && COPULA_CLITICS.has(tokens[cue.first - 1]!.text) && tokens[cue.first - 1]!.start === tokens[cue.first - 2]!.end && THING_PRONOUNS.has(tokens[cue.first - 2]!.lower);
    const end = tokens[cue.first - 1]!.text === ',' || clitic ? cue.first - 2 : cue.first - 1;
    if (clitic) base = { cue: { ...base.cue, start: tokens[cue.first - 1]!.start } };
    // (A quotation opened in it ends with its closing mark: 'Turnout was "historic," according to …'.)
    // ("And turnout fell, according to X": the conjunction opening the sentence joins it to the one before, and is
    // not X's; PolNeAR train 7 of 9, dev 3 of 3.)
    const start = clauseStart(tokens, end);
    let opening = OPENING_CONJUNCTIONS.has(tokens[start]?.lower ?? '') ? start + 1 : start;
    // ("In March, Ruiz had 38 percent in a Fox poll": what the survey found is the clause, not when it was.)
    if (cue.lemma === 'in') opening = pastFrontedAdverbials(tokens, opening, cue.first);
    const before = spanOfRange(tokens, opening, lastContentToken(tokens, end));
    if (before) content.push(withClosingMark(before, quotes));
    const next = tokens[sourceEnd + 1];
    // (So it does after "and" with a verb or a clause of its own: "…, according to X, and said …", "…, and the rest
    // paid …" are X's too, as annotated, the clause without its "and"; not after "but", whose clause sets another
    // against it.)
    // (An existential clause too: "…, and there were …".)
    const existential = tokens[sourceEnd + 2]?.lower === 'there' && isFiniteVerb(tokens[sourceEnd + 3]);
    const clause = next?.lower === 'and' && (clauseSubjectAt(tokens, sourceEnd + 2) !== null || existential);
    const joined = clause || (next?.lower === 'and' && isFiniteVerb(tokens[sourceEnd + 2]));
    const rest = tokens[sourceEnd]?.text === ',' ? spanOfRange(tokens, clause ? sourceEnd + 2 : sourceEnd + 1, last) : null;
    if (before && rest && next && (next.pos === 'aux' || (next.pos === 'verb' && next.verbForm !== 'gerund') || joined || !hasFiniteVerb(tokens, before))) content.push(rest);
  }
  if (content.length === 0) return null;
  return attribution(base, content, spanOf(source), source, 0.85);
}

/**
 * "In Ruiz’s view, the pier is unsafe", "The pier, in her view, is unsafe", "The pier is unsafe in his view": the
 * possessor is the source and the clause around the phrase the content (the phrase is left out, as annotated).
 */
function inPossessorsView(s: SentenceTokens, cue: CueMatch, base: { cue: FoundCue }, quotes: QuoteIndex): FoundAttribution | null {
  const { tokens } = s;
  const owner = possessorInPhrase(tokens, cue.first);
  const phrase = owner - 1;
  const ownEnd = tokens[cue.first - 1]?.lower === 'own' ? cue.first - 2 : cue.first - 1;
  const source = tokens.slice(owner, ownEnd + 1);
  const last = lastContentToken(tokens, tokens.length - 1);
  const afterPhrase = tokens[cue.last + 1]?.text === ',' ? cue.last + 2 : cue.last + 1;
  const start = clauseStart(tokens);
  const opening = OPENING_CONJUNCTIONS.has(tokens[start]?.lower ?? '') ? start + 1 : start;
  const content: Span[] = [];
  if (phrase <= opening) {
    const after = spanOfRange(tokens, afterPhrase, last);
    if (after) content.push(withClosingMark(after, quotes));
  } else {
    const end = tokens[phrase - 1]!.text === ',' ? phrase - 2 : phrase - 1;
    const before = spanOfRange(tokens, opening, lastContentToken(tokens, end));
    if (before) content.push(withClosingMark(before, quotes));
    // ("The pier, in her view, is unsafe": the clause goes on after the phrase when its verb is still to come.)
    const rest = afterPhrase <= last ? spanOfRange(tokens, afterPhrase, last) : null;
    if (before && rest && !hasFiniteVerb(tokens, before)) content.push(rest);
  }
  // (Nor around another report: "He also says the plan was handled well in his view" is his saying, the view inside it.)
  const reportInside = s.cues.some((other) => {
    const at = tokens[other.first]!;
    return other !== cue && !other.weak && other.category === 'speech' && !insideQuotation(at.start, quotes) && content.some((x) => x.start <= at.start && at.end <= x.end);
  });
  if (content.length === 0 || source.length === 0 || reportInside) return null;
  return attribution(base, content, spanOf(source), source, 0.7);
}

/**
 * Where the clause starting at `from` starts past a fronted adverbial phrase ("In March, ", "As a result, ", "By
 * May 8, two days after the vote, "): at the first comma before a clause's subject, before token `to`.
 */
function pastFrontedAdverbials(tokens: Token[], from: number, to: number): number {
  const comma = tokens.findIndex((t, k) => k > from && k < to && t.text === ',');
  if (comma < 0 || !isFrontedAdverbial(tokens, spanOfRange(tokens, from, comma - 1)!)) return from;
  const main = mainClauseAfter(tokens, comma - 1, to);
  return main > 0 ? main + 1 : from;
}

/**
 * The comma closing an aside that opens after the comma at `comma`, when a clause (a subject and its verb) follows
 * it: a relative clause ("…, who spoke on condition of anonymity, …") or a noun phrase without a verb ("…, a city
 * spokeswoman, …"; not a time phrase, "…, last year, …"); else -1.
 */
function asideAfter(tokens: Token[], comma: number): number {
  if (tokens[comma]?.text !== ',') return -1;
  const close = tokens.findIndex((t, k) => k > comma + 1 && (t.text === ',' || t.pos === 'punct'));
  if (close < 0 || tokens[close]!.text !== ',') return -1;
  const inside = tokens.slice(comma + 1, close);
  const relative = SUBJECT_RELATIVES.has(inside[0]!.lower);
  // (With "a", not "the": "According to X, the pier, which opened in May, is unsafe" has the content's subject there.)
  const described = (INDEFINITE_ARTICLES.has(inside[0]!.lower) || ['adj', 'noun', 'num'].includes(inside[0]!.pos)) && !inside.some(isFiniteVerb) && timePhraseEnd(tokens, comma + 1, close - 1) < 0;
  // ("In the Lakeview poll, conducted in May, 40 percent …": a participle saying when or by whom the survey was made.)
  const made = inside[0]!.pos === 'verb' && inside[0]!.verbForm === 'past' && SURVEY_MAKING_PARTICIPLES.has(inside[0]!.lower);
  return (relative || described || made) && !RELATIVE_PRONOUNS.has(tokens[close + 1]?.lower ?? '') && clauseSubjectAt(tokens, close + 1) !== null ? close : -1;
}

/** X: “quote” — a colon introducing a quotation, with the noun phrase before it as source. */
function colonQuote(s: SentenceTokens, cue: CueMatch, base: { cue: FoundCue }, earlier: FoundAttribution[], quotes: QuoteIndex): FoundAttribution | null {
  const { tokens } = s;
  // A verb cue right before the colon ("said: “…”") already took this quotation.
  if (earlier.some((a) => a.cue.end >= tokens[cue.first]!.start - 2)) return null;
  // "Her message was simple: “…”": the noun of speech and its verb are the cue, and the noun's owner the source.
  const speechNoun = speechNounBeforeCopula(tokens, cue.first);
  if (speechNoun >= 0) return speechNounColon(s, speechNoun, cue, base, quotes);
  const next = quotes.firstFrom(tokens[cue.first]!.end);
  const quote = next && next.start <= tokens[cue.first]!.end + 2 ? next : undefined;
  // "Lee went even further: “…”", "A footnote makes that clear: “…”": a clause ends at the colon; its subject is the
  // source, and its verb to the colon the cue.
  const prev = tokens[cue.first - 1]!;
  if (prev.pos === 'adv' || prev.pos === 'adj') return quote ? clauseBeforeColon(s, cue, base, quote) : null;
  const subject = subjectEndingAt(tokens, cue.first - 1);
  if (!subject || !quote || isByline(tokens, subject.first)) return null;
  // "The mayor issued the following statement: “…”": the phrase before the colon may be a verb's object (not an
  // agent, "… is shown by this finding:"); the verb's subject is the source and the verb phrase the cue.
  const agent = tokens[subject.first - 1]?.lower === 'by';
  const governing = agent ? null : governingVerb(tokens, subject);
  if (!governing) {
    // "Ruiz replied, with a smile: “…”", "Lee recites, to applause, the line: “…”": a phrase after the clause's verb
    // is no speaker; the clause's subject is, and its verb to the colon the cue. (Not an agent, "… is shown by this
    // finding: “…”"; nor a name after a dash, "TURNOUT RISES - Ann Lee: “…”", quoted under a heading; nor when a cue of
    // the sentence already reports the quotation, "Lee, who told aides when asked: “…”".)
    const clause = mainClauseSubject(tokens, subject.first);
    const verb = clause ? tokens.indexOf(clause[clause.length - 1]!) + 1 : -1;
    const afterDash = tokens.slice(verb, cue.first).some((t) => isDash(t.text) || t.text.startsWith('-'));
    const reported = earlier.some((a) => a.content.some((c) => c.start < quote.inner.end && c.end > quote.inner.start));
    const own = !agent && verb > 0 && verb < subject.first && !RELATIVE_PRONOUNS.has(clause![clause!.length - 1]!.lower) && !afterDash && !reported;
    if (!own) return attribution(base, [quote.inner], spanOf(subject.tokens), subject.tokens, 0.6);
    return attribution({ cue: { ...base.cue, start: tokens[verb]!.start } }, [quote.inner], spanOf(clause!), clause!, 0.6);
  }
  // (Not when the verb is a cue that took the object and the quotation already: "Lee recalled the pay freeze: “…”".)
  if (earlier.some((a) => a.content.some((c) => c.start <= quote.inner.start && c.end >= quote.inner.end))) return null;
  // "Kaine adopted the stance of many officials: “…”": a plain object is reported with the quotation, the verb (and its
  // particle) alone the cue; a noun of speech is the cue's ("added a caveat: “…”").
  let objectFirst = governing.verb + 1;
  while (PHRASAL_PARTICLES.has(tokens[objectFirst]?.lower ?? '')) objectFirst++;
  const object = tokens.slice(objectFirst, cue.first);
  if (isReportedObject(object, '')) {
    const verbCue = { ...base.cue, start: tokens[governing.verb]!.start, end: tokens[objectFirst - 1]!.end };
    return attribution({ cue: verbCue }, [{ start: object[0]!.start, end: quote.end }], spanOf(governing.subject), governing.subject, 0.6);
  }
  const cueSpan = { ...base.cue, start: tokens[governing.verb]!.start };
  return attribution({ cue: cueSpan }, [quote.inner], spanOf(governing.subject), governing.subject, 0.6);
}

/** The main clause before a colon and its quotation: its subject is the source, its verb to the colon the cue. */
function clauseBeforeColon(s: SentenceTokens, cue: CueMatch, base: { cue: FoundCue }, quote: Quote): FoundAttribution | null {
  const { tokens } = s;
  // (Not after a clause with a cue of its own: "Lee said that a deal might be possible: “…”" is the verb's.)
  if (s.cues.some((other) => other !== cue && other.last < cue.first)) return null;
  const subject = mainClauseSubject(tokens, cue.first);
  if (!subject || subject.length === 0 || RELATIVE_PRONOUNS.has(subject[subject.length - 1]!.lower)) return null;
  const verb = tokens.indexOf(subject[subject.length - 1]!) + 1;
  if (verb <= 0 || verb >= cue.first) return null;
  return attribution({ cue: { ...base.cue, start: tokens[verb]!.start } }, [quote.inner], spanOf(subject), subject, 0.6);
}

/**
 * "Her message was simple: “…”", "Clinton’s response was: “…”": the cue runs from the noun of speech to the colon; the
 * source is the noun's owner (a possessive pronoun, or the name before "’s"), or without one the noun phrase itself
 * ("The message was clear: “…”").
 */
function speechNounColon(s: SentenceTokens, noun: number, cue: CueMatch, base: { cue: FoundCue }, quotes: QuoteIndex): FoundAttribution | null {
  const { tokens } = s;
  const next = quotes.firstFrom(tokens[cue.first]!.end);
  const subject = subjectEndingAt(tokens, noun);
  if (!subject || !next || next.start > tokens[cue.first]!.end + 2) return null;
  const owner = subject.tokens.findIndex(isPossessive);
  const source = owner < 0 ? subject.tokens : subject.tokens.slice(0, tokens[subject.first + owner]!.pos === 'poss' ? owner : owner + 1);
  if (source.length === 0) return null;
  return attribution({ cue: { ...base.cue, start: tokens[noun]!.start } }, [next.inner], spanOf(source), source, 0.6);
}

/**
 * “Club to close,” by Times’ Ann Lee: “…”: a link roundup credits the excerpt's article to its writer after a comma
 * and "by"; the excerpt is the article's text, not a statement of hers.
 */
function isByline(tokens: Token[], subjectFirst: number): boolean {
  if (tokens[subjectFirst - 1]?.lower !== 'by') return false;
  // (The comma may stand inside the title's closing mark: “…,” by.)
  const before = isQuoteMark(tokens[subjectFirst - 2]?.text ?? '') ? subjectFirst - 3 : subjectFirst - 2;
  return tokens[before]?.text === ',';
}

/** PENCE: … — the label's words are the source, the rest of the paragraph the content. */
function speakerLabel(s: SentenceTokens, cue: CueMatch, base: { cue: FoundCue }, paragraphs: Paragraph[], quotes: QuoteIndex, text: string): FoundAttribution | null {
  const { tokens } = s;
  const label = labelSpan(tokens, cue.first, s.sentence.paragraph === 0);
  const source = tokens.slice(label.first, label.end).filter((t) => !isQuoteMark(t.text));
  const paragraph = paragraphs[s.sentence.paragraph];
  const from = tokens[cue.first + 1];
  if (source.length === 0 || !paragraph || !from) return null;
  // "Cole: “We will appeal.”": a quotation that is the whole turn is the content without its marks.
  const quote = quotes.startingAt(from.start);
  const whole = quote !== undefined && quote.closed && !/\S/.test(text.slice(quote.end, paragraph.end));
  // (A transcript written a turn per line: transcriptTurns ends the turn where the next line's label begins, and
  // drops the turns too short to report.)
  // (In the story's title a label's words end with their line: a subhead may follow, "Ruiz: Pier will reopen; \nCouncil
  // split.")
  let end = paragraph.end;
  if (s.sentence.paragraph === 0 && /^[^\S\n]*\n/.test(text.slice(s.sentence.end, paragraph.end))) {
    end = s.sentence.end;
    while (end > from.start && /[\s;]/.test(text[end - 1]!)) end--;
  }
  const content = whole ? quote.inner : { start: from.start, end };
  return attribution(base, [content], spanOf(source), source, 0.7);
}

/** “…” ― Name: a quotation signed with a dash and a name, after it or on the line below it. */
function signature(s: SentenceTokens, cue: CueMatch, base: { cue: FoundCue }, quotes: QuoteIndex, text: string): FoundAttribution | null {
  const { tokens } = s;
  const mark = tokens[cue.first - 1];
  // (A line set between dashes is a subhead, not a signature: “…” ¶ – Ready to vote –.)
  const subhead = !mark && tokens.slice(cue.first + 1).some((t) => isDash(t.text));
  const quote = mark ? quotes.endingAt(mark.end) : subhead ? undefined : quotationAbove(s.sentence.start, quotes, text);
  // The signature's words up to a comma or the end: "― Janet Feld, county clerk", "― Council member Tom Baker".
  const source: Token[] = [];
  for (let k = cue.first + 1; k < tokens.length && source.length < 8 && tokens[k]!.pos !== 'punct'; k++) source.push(tokens[k]!);
  // (A clause after the dash is the text going on, not a signature: "“It is over.” — The council adjourned.")
  if (!quote || !source.some((t) => t.cap) || source.some((t) => isFiniteVerb(t))) return null;
  return attribution(base, [quote.inner], spanOf(source), source, 0.7);
}

/** The quotation that ends the paragraph right above `start` (“…” ¶ - Ann Lee.), its final stop aside. */
function quotationAbove(start: number, quotes: QuoteIndex, text: string): Quote | undefined {
  let end = start;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (!/\n/.test(text.slice(end, start))) return undefined;
  return quotes.endingAt(end) ?? (text[end - 1] === '.' ? quotes.endingAt(end - 1) : undefined);
}

/** How many words a source after a cue opening the sentence may have ("Said Ann Lee, who grew up with him, “…”"). */
const OPENING_SOURCE_WORDS = 16;

/**
 * "Said Ann Lee, who grew up with him, “We were proud.”", "Stated Lee: ¶ “…”": a finite speech verb opening the
 * sentence with a name after it: the words up to the comma or colon before a quotation (or before the paragraph the
 * colon introduces) are the source.
 */
function invertedOpening(s: SentenceTokens, c: number, base: { cue: FoundCue }, quotes: QuoteIndex, paragraphs: Paragraph[]): FoundAttribution | null {
  const { tokens } = s;
  const cue = s.cues[c]!;
  const verb = tokens[cue.first]!;
  // (The lexicon may read a capitalised "Stated" as an adjective.)
  const finite = verb.verbForm === 'past' || verb.verbForm === 'present' || isPastReadAsAdjective(verb);
  if (!finite || tokens[cue.last + 1]?.cap !== true) return null;
  const opening = tokens.findIndex((t, k) => k > cue.last + 1 && OPEN_QUOTE_MARK.test(t.text));
  const stop = opening > 0 ? opening - 1 : tokens.length - 1;
  if (stop - cue.last > OPENING_SOURCE_WORDS || (tokens[stop]!.text !== ',' && tokens[stop]!.text !== ':')) return null;
  // (Not an opening question with its own clause after it: "Asked about the plan, Lee said, “…”".)
  if (s.cues.some((other) => other.first > cue.last && other.first < stop)) return null;
  const quote = opening > 0 ? quotes.startingAt(tokens[opening]!.start) : undefined;
  const content = quote?.closed ? [quote.inner] : opening < 0 ? introducedBelow(s, c, quotes, paragraphs) : null;
  const source = tokens.slice(cue.last + 1, stop);
  return content ? attribution(base, content, spanOf(source), source, confidenceFor(cue, source)) : null;
}

/**
 * "The registration issue was first reported by The Washington Post": the
 * noun phrase after "by" is the source, the subject before the verb group
 * (the cue, its auxiliaries and adverbs ending at `before`) the content.
 */
function passiveWithAgent(s: SentenceTokens, cue: CueMatch, before: number, base: { cue: FoundCue }, reduced = false): FoundAttribution | null {
  const { tokens } = s;
  const agent = nounPhraseFrom(tokens, cue.last + 2);
  if (!agent) return null;
  // "by Republican nominee Donald Trump and the Obama administration": coordinated agents.
  const after = cue.last + 2 + agent.length;
  const more = tokens[after]?.lower === 'and' ? nounPhraseFrom(tokens, after + 1) : null;
  const source = more ? tokens.slice(cue.last + 2, after + 1 + more.length) : agent;
  const subjectEnd = skipBackOver(tokens, before, (t) => isVerbModifier(t) || t.pos === 'aux');
  // (A reduced relative's noun phrase is only the words of the phrase: "rejected [a plan] offered by the mayor".)
  let first = subjectEnd;
  while (reduced && first > 0 && tokens[first]!.pos !== 'det' && ['det', 'adj', 'noun', 'num', 'poss'].includes(tokens[first - 1]!.pos) && !tokens[first - 1]!.lower.endsWith('ed')) first--;
  const subject = reduced ? (first <= subjectEnd ? { first, tokens: tokens.slice(first, subjectEnd + 1) } : null) : subjectEndingAt(tokens, subjectEnd);
  if (!subject) return null;
  const passiveSubject = relativeOrSubject(subject.tokens);
  // "FBI officials were angered by the deal": with a verb of causing a feeling the subject feels it, about the agent.
  if (OBJECT_EXPERIENCER_CUES.has(cue.lemma)) return attribution(base, [spanOf(source)], spanOf(passiveSubject), passiveSubject, confidenceFor(cue, passiveSubject) - 0.1);
  // "Lee was asked by a reporter whether …": what was asked is the question after the agent, not the one asked.
  const question = QUESTION_LEMMAS.has(cue.lemma) ? questionAfterAgent(s, cue.last + 2 + source.length) : null;
  if (question) return attribution(base, [question], spanOf(source), source, confidenceFor(cue, source) - 0.1);
  const complement = complementAfterAgent(tokens, cue, cue.last + 2 + source.length);
  return attribution(base, complement ? [spanOf(passiveSubject), complement] : [spanOf(passiveSubject)], spanOf(source), source, confidenceFor(cue, source) - 0.1);
}

/** The question clause ("whether …", "why …") opening at `at`, to the sentence's end, or null. */
function questionAfterAgent(s: SentenceTokens, at: number): Span | null {
  const { tokens } = s;
  const opener = tokens[at];
  if (opener === undefined || opener.lower === 'that' || !COMPLEMENTIZERS.has(opener.lower)) return null;
  return spanOfRange(tokens, at, lastContentToken(tokens, tokens.length - 1));
}

/** How far after "by" a "that" clause may start for the "by" phrase to be one of manner ("by a wide margin that …"). */
const AGENT_PHRASE_WORDS = 6;

/**
 * "Voters said by a wide margin that …": a clause after the "by" phrase shows an active verb with a phrase of
 * manner, not a reduced relative with its agent ("the plan offered by the mayor").
 */
function clauseAfterAgent(tokens: Token[], cue: CueMatch): boolean {
  const that = tokens.findIndex((t, k) => k > cue.last + 2 && k <= cue.last + 1 + AGENT_PHRASE_WORDS && t.lower === 'that');
  return that > 0 && clauseSubjectAt(tokens, that + 1) !== null;
}

/** "… was criticized by rivals for skipping the debate": the complement after the agent, up to a comma or the end. */
function complementAfterAgent(tokens: Token[], cue: CueMatch, at: number): Span | null {
  const preposition = tokens[at]?.lower ?? '';
  if (!AGENT_COMPLEMENT_PREPOSITIONS.has(preposition) && OBJECT_BEFORE_PREPOSITION[tokens[cue.last]!.lower] !== preposition) return null;
  let end = at;
  while (end + 1 < tokens.length && tokens[end + 1]!.text !== ',' && tokens[end + 1]!.text !== ';' && !isDash(tokens[end + 1]!.text)) end++;
  return spanOfRange(tokens, at, lastContentToken(tokens, end));
}

/**
 * "As reported by Western Journalism, the former secretary …" (the clause after the agent) and "…, as first
 * reported by the New York Times on Tuesday." (the clause before "as"): the agent after "by" is the source.
 */
function asReportedBy(s: SentenceTokens, cue: CueMatch, as: number, base: { cue: FoundCue }): FoundAttribution | null {
  const { tokens } = s;
  const agent = nounPhraseFrom(tokens, cue.last + 2);
  if (!agent) return null;
  let content: Span | null = null;
  if (as === 0) {
    const afterAgent = cue.last + 2 + agent.length;
    const comma = tokens.findIndex((t, k) => k >= afterAgent && t.text === ',');
    content = comma > 0 ? spanOfRange(tokens, comma + 1, lastContentToken(tokens, tokens.length - 1)) : null;
  } else if ((tokens[as - 1]?.text === ',' || isDash(tokens[as - 1]?.text ?? '')) && !s.cues.some((c) => c.last < as && !c.weak)) {
    // (Not when the clause before has an attribution of its own: "“…,” Carson noted, as reported by BuzzFeed.")
    content = spanOfRange(tokens, clauseStart(tokens), lastContentToken(tokens, as - 2));
  }
  // "As reported by The Post, Smith said …": Smith's speech act inside it stays (framesClause).
  return content ? attribution(base, [content], spanOf(agent), agent, confidenceFor(cue, agent) - 0.1, null, true) : null;
}

/** "Trump’s claim that …", "his assertion that …": the possessor says the that-clause; "the allegation that …" has no possessor. */
function nominalClaim(s: SentenceTokens, c: number, base: { cue: FoundCue }, quotes: QuoteIndex): FoundAttribution | null {
  const { tokens } = s;
  const cue = s.cues[c]!;
  // The possessor, before any adjectives ("Stumpf’s repeated emphasis").
  const at = skipBackOver(tokens, cue.first - 1, (t) => t.pos === 'adj');
  // (None when the noun opens the sentence: "Criticism of the plan grew.")
  const poss = tokens[at];
  const content = contentAfter(s, c, quotes);
  if (!content) return null;
  // "the allegation that …": no possessor. "Li persisted in the argument that …": the subject of the verb whose
  // object the noun is holds it, and the verb phrase is the cue; otherwise no source.
  if (poss === undefined || !isPossessive(poss)) {
    const governing = governingVerb(tokens, { first: cue.first, tokens: [tokens[cue.first]!] });
    const holder = governing?.subject;
    if (!governing || !holder || (holder.length === 1 && THING_PRONOUNS.has(holder[0]!.lower))) return attribution(base, [content], null, [], 0.5);
    // "Lee challenged the assertion that …": a verb that is a cue itself reports the whole phrase.
    if (s.cues.some((other) => other.first <= governing.verb && governing.verb <= other.last && !other.weak)) return null;
    const verb = tokens[governing.verb]!;
    if (HOLDING_VERBS.has(verb.lower)) return attribution({ cue: { ...base.cue, start: verb.start } }, [content], spanOf(holder), holder, 0.5);
    // "Ruiz roused the crowd with criticism of the mayor": before its preposition, the noun's phrase is the content
    // whatever the verb, and the verb's subject its source (none when it receives it: "Ortiz faced criticism of …").
    if (tokens[cue.last + 1]?.lower !== 'that') {
      const source = RECEIVING_VERBS.has(verb.lower) ? [] : holder;
      return attribution(base, [content], source.length > 0 ? spanOf(source) : null, source, 0.5);
    }
    // "Lee bristled at the suggestion that …": the subject takes the claim up; the verb (and its preposition) is the
    // cue and the noun phrase, claim and all, the content.
    const phrase = skipBackOver(tokens, cue.first - 1, (t) => t.pos === 'det' || t.pos === 'adj' || t.pos === 'num' || isNominal(t)) + 1;
    return attribution({ cue: { ...base.cue, start: verb.start, end: tokens[phrase - 1]!.end } }, [{ start: tokens[phrase]!.start, end: content.end }], spanOf(holder), holder, 0.5);
  }
  const owner = poss.pos === 'poss' ? subjectEndingAt(tokens, at - 1) : { first: at, tokens: [poss] };
  if (!owner) return null;
  const source = poss.pos === 'poss' ? [...owner.tokens, poss] : owner.tokens;
  // "Lee’s claim that the plan would fail was wrong": the claim is the sentence's subject, so its clause ends before
  // the main verb.
  const opensSentence = !tokens.slice(0, owner.first).some((t) => isFiniteVerb(t));
  return attribution(base, [opensSentence ? beforeMainVerb(tokens, content) : content], spanOf(source), owner.tokens, 0.6);
}

/**
 * A that-clause inside the sentence's subject, cut before the main verb (mainVerbAfterClause).
 */
function beforeMainVerb(tokens: Token[], content: Span): Span {
  const first = tokens.findIndex((t) => t.start >= content.start);
  const last = tokens.findLastIndex((t) => t.end <= content.end);
  const main = mainVerbAfterClause(tokens, first, last);
  return main < 0 ? content : spanOfRange(tokens, first, lastContentToken(tokens, main - 1)) ?? content;
}

/**
 * The main verb after a reported clause from `first` to `last` that stands in the sentence's subject ("Lee’s claim
 * that the plan would fail [was] wrong", "Voters who said taxes were too high [backed] Lee"): the first finite verb
 * after the clause's own verb group, with nothing between that opens another clause; -1 if there is none.
 */
function mainVerbAfterClause(tokens: Token[], first: number, last: number): number {
  let k = first;
  while (k <= last && !isFiniteVerb(tokens[k])) k++;
  // (The group runs over auxiliaries and adverbs to its first verb: "would soon fail".)
  const auxiliary = (t: Token): boolean => t.pos !== 'verb' || BE_FORMS.has(t.lower) || AUXILIARIES.has(t.lower);
  while (k + 1 <= last && auxiliary(tokens[k]!) && (tokens[k + 1]!.pos === 'aux' || isVerbModifier(tokens[k + 1]!) || tokens[k + 1]!.pos === 'verb')) k++;
  return mainVerbFrom(tokens, k + 1, last);
}

/**
 * The first finite verb from `from` to `last`, if nothing before it opens a clause; -1 otherwise. (Not a participle
 * the tagger reads as finite after a preposition or an article: "in so-called …".)
 */
function mainVerbFrom(tokens: Token[], from: number, last: number): number {
  for (let m = from; m <= last; m++) {
    const t = tokens[m]!;
    // ("to", tagged a conjunction, opens no clause: "who wants to unseat Lee is …", "talked about it to voters now wants".)
    if (t.pos === 'punct' || (t.pos === 'conj' && t.lower !== 'to') || COMPLEMENTIZERS.has(t.lower) || RELATIVE_PRONOUNS.has(t.lower)) return -1;
    if (isFiniteVerb(t) && tokens[m - 1]!.pos !== 'prep' && tokens[m - 1]!.pos !== 'det') return m;
  }
  return -1;
}

/**
 * "The idea of cutting the tax seems …", "Voters leaving the hall did not seem …", "The bond between the city and
 * the county appears …": the noun phrase found before the verb may only end the subject, after a preposition or a
 * participle that the noun heading it governs; where that subject starts (on train the clause annotated for
 * "seem"/"appear" starts at that head).
 */
function modifiedHeadStart(tokens: Token[], first: number): number {
  let start = first;
  for (let step = 0; step < 4; step++) {
    const link = tokens[start - 1];
    if (!link) break;
    const gerund = link.pos === 'verb' && link.verbForm === 'gerund';
    // ("the plan of tying himself to …": a gerund after a preposition is that preposition's object.)
    if (gerund && SUBJECT_MODIFIER_LINKS.has(tokens[start - 2]?.lower ?? '')) {
      start--;
      continue;
    }
    // ("between the city and the county": "and" links only inside a "between" phrase.)
    const between = link.lower === 'and' && subjectBetween(tokens, start - 2);
    if (!SUBJECT_MODIFIER_LINKS.has(link.lower) && !between && !gerund) break;
    const head = nounPhraseStart(tokens, start - 2);
    if (head < 0) break;
    start = head;
  }
  return start;
}

/** "the city" ending at `i` right after "between". */
function subjectBetween(tokens: Token[], i: number): boolean {
  const first = nounPhraseStart(tokens, i);
  return first >= 0 && tokens[first - 1]?.lower === 'between';
}

/**
 * Where the plain noun phrase ending at `i` starts (determiners, adjectives, nouns, names, numbers, possessives; an
 * object pronoun, "tying himself to"), or -1 when none ends there (a subject pronoun starts a clause of its own).
 */
function nounPhraseStart(tokens: Token[], i: number): number {
  const inPhrase = (t: Token): boolean => ['det', 'adj', 'noun', 'proper', 'num', 'poss'].includes(t.pos) || (t.pos === 'pron' && (NON_SUBJECT_PRONOUNS.has(t.lower) || t.lower.endsWith('self')));
  let k = i;
  // (A determiner opens the phrase: "the night the plan" is two.)
  while (k >= 0 && inPhrase(tokens[k]!)) if (tokens[k--]!.pos === 'det') break;
  const nominal = tokens.slice(k + 1, i + 1).some((t) => t.pos !== 'det' && t.pos !== 'adj' && t.pos !== 'poss');
  return k < i && nominal ? k + 1 : -1;
}

/**
 * "Cruz seemed lost", "The race appears closer in Ohio", "She is known for her speeches": a complement without "to"
 * (of a SOURCELESS_CUES verb that takes one) says how the subject seems as much as an infinitive does, so the clause
 * is the content and there is no source.
 * (Not after "it" or before a clause: "It seems unfair that …", "Rubio seemed hopeful that …" report what
 * someone holds.)
 */
function sourcelessComplement(tokens: Token[], cue: CueMatch, before: number): boolean {
  const next = tokens[cue.last + 1];
  // (A subject of its own, found right before the verb group: not "to appear next time", nor a clause's start.)
  // (Nor a place or time after "appear": "appeared before the committee", "appeared Sunday"; "seemed like a trap" compares.)
  const placeOrTime = next !== undefined && (((next.pos === 'prep' || ADVERBIAL_PREPOSITIONS.has(next.lower)) && next.lower !== 'like') || TIME_WORDS.has(next.lower) || TIME_NAMES.has(next.lower));
  if (next === undefined || next.pos === 'punct' || placeOrTime || tokens[before]?.lower === 'it' || !subjectEndingAt(tokens, before)) return false;
  // (Only before a mark: "seems stable, but that could change" has a clause of the writer's after the comma.)
  const complement = tokens.slice(cue.last + 1, cue.last + 5);
  const mark = complement.findIndex((t) => t.pos === 'punct');
  return !complement.slice(0, mark < 0 ? undefined : mark).some((t) => COMPLEMENTIZERS.has(t.lower));
}

/**
 * A passive without an agent names no source: its subject is who is accused, not who accuses, and is part
 * of what is reported ("Mr. Quiros was accused of using …").
 */
function passiveWithoutAgent(s: SentenceTokens, c: number, before: number, base: { cue: FoundCue }, quotes: QuoteIndex): FoundAttribution | null {
  const subject = subjectEndingAt(s.tokens, before);
  const after = withinFrontedClause(s.tokens, s.cues[c]!, contentAfter(s, c, quotes, true));
  // "The plan was ultimately approved last year": when it was done is not part of what was.
  const cue = s.cues[c]!;
  const next = cue.last + 1;
  const onlyWhen = !after && s.tokens[next] !== undefined && s.tokens[next]!.pos !== 'punct' && onlyWhenOrHow(s.tokens, next, next);
  // ("…,” said Jo Li, who was asked about the plan.": a relative clause's passive says nothing of its own.)
  if (!subject || (!after && !onlyWhen) || cue.weak || SUBJECT_RELATIVES.has(subject.tokens.at(-1)!.lower)) return null;
  // "It was reported that …": an "it" standing in for the clause after is no part of what was reported.
  const clauseAfter = after !== null && COMPLEMENTIZERS.has(s.tokens.find((t) => t.start >= after.start)?.lower ?? '');
  if (after && clauseAfter && subject.tokens.length === 1 && subject.tokens[0]!.lower === 'it') return attribution(base, [after], null, [], 0.5);
  // "The plan was backed on Friday by the mayor", "She was named the winner by the networks": an agent after the
  // verb's complement or a phrase of when is the source, and the content ends before it.
  const by = after ? laterAgent(s.tokens, next, after) : -1;
  if (by >= 0) {
    const agent = nounPhraseFrom(s.tokens, by + 1)!;
    const complement = spanOfRange(s.tokens, s.tokens.findIndex((t) => t.start >= after!.start), lastContentToken(s.tokens, by - 1));
    const kept = complement && !onlyWhenOrHow(s.tokens, s.tokens.findIndex((t) => t.start >= complement.start), by - 1) ? [spanOf(subject.tokens), complement] : [spanOf(subject.tokens)];
    return attribution(base, kept, spanOf(agent), agent, confidenceFor(cue, agent) - 0.1);
  }
  // "Lee was booed at the rally when she said …", "The price was not disclosed, though …": a clause after a
  // subordinator says when or why it was done, not what was; the subject alone is reported.
  const first = after ? s.tokens.findIndex((t) => t.start >= after.start) : -1;
  const subordinate = first > next && (FRONTED_SUBORDINATORS.has(s.tokens[first - 1]!.lower) || FRONTED_SUBORDINATORS.has(s.tokens[first]!.lower));
  // So does a phrase of where or when with no clause in it ("was argued in January", "was revealed last week in …").
  const circumstance = first >= 0 && (ADVERBIAL_PREPOSITIONS.has(s.tokens[first]!.lower) || TIME_WORDS.has(s.tokens[first]!.lower))
    && !s.tokens.some((t) => t.start >= after!.start && t.end <= after!.end && (COMPLEMENTIZERS.has(t.lower) || isQuoteMark(t.text)));
  // And a clause after a comma ("It was announced, and no one came"): a passive's complement follows it directly
  // (not a quotation: "was asked, “…”"; nor after a passive set off as an aside: "where, it is said, …").
  const aside = s.tokens[subject.first - 1]?.text === ',';
  const afterComma = first > next && s.tokens[first - 1]!.text === ',' && !aside && !isQuoteMark(s.tokens[first]!.text) && !quotes.startingAt(s.tokens[first]!.start);
  const adverbial = subordinate || circumstance || afterComma;
  // "Lee was asked whether …", "was told that …": without an agent the subject is who was asked or told, not part of
  // what was said (PolNeAR train: "was asked …" so annotated 24 times of 30).
  if (after && !adverbial && (ADDRESSEE_VERBS.has(cue.lemma) || QUESTION_LEMMAS.has(cue.lemma))) return attribution(base, [after], null, [], 0.5);
  return attribution(base, after && !adverbial ? [spanOf(subject.tokens), after] : [spanOf(subject.tokens)], null, [], 0.5);
}

/**
 * "When rebels are revealed as spies, the envoys call them …": in a fronted adverbial clause, what the passive
 * reports ends at the comma before the main clause.
 */
function withinFrontedClause(tokens: Token[], cue: CueMatch, after: Span | null): Span | null {
  if (!after || !inFrontedClause(tokens, tokens[cue.first]!.start, after.end)) return after;
  const comma = tokens.findIndex((t) => t.text === ',');
  // (A content that starts after the comma is the main clause, which the comma test below leaves out.)
  return tokens[comma]!.start <= after.start ? after : spanOfRange(tokens, tokens.findIndex((t) => t.start >= after.start), lastContentToken(tokens, comma - 1));
}

/**
 * Where "by" and a noun phrase follow a passive's complement or a phrase of when ("was backed Friday by …"), inside
 * the content after it and before any clause, quotation, comma or inflected verb of its own; -1 when there is none.
 */
function laterAgent(tokens: Token[], from: number, after: Span): number {
  for (let k = from + 1; k < tokens.length && tokens[k]!.end <= after.end; k++) {
    const t = tokens[k]!;
    // ("are said to be urging him to play by the rules": "by" inside a verb phrase of the content's own.)
    if (t.pos === 'punct' || t.pos === 'aux' || (t.pos === 'verb' && t.verbForm !== 'base') || COMPLEMENTIZERS.has(t.lower) || RELATIVE_PRONOUNS.has(t.lower)) return -1;
    if (t.lower === 'by') return tokens[k + 1]?.verbForm !== 'gerund' && nounPhraseFrom(tokens, k + 1) ? k : -1;
  }
  return -1;
}

/**
 * A participle opening the sentence reports for the main clause's subject ("Having announced that he would
 * not send me to prison, Judge Berman …"); a past participle was put to them ("Asked whether …, 75 percent
 * said yes"), so it names no source.
 */
function openingParticiple(s: SentenceTokens, c: number, base: { cue: FoundCue }, quotes: QuoteIndex): FoundAttribution | null {
  const { tokens } = s;
  const cue = s.cues[c]!;
  if (cue.weak && !startsReport(tokens, cue.last + 1, cue.category === 'belief')) return null;
  // "Asked at a briefing Monday about the delay, …", "Asked Tuesday about Lee, …": a phrase of when or where before
  // "about" leaves the topic asked about, from "about" to the main clause's comma.
  const about = cue.lemma === 'ask' ? topicAfterOccasion(tokens, cue.last + 1) : -1;
  if (about > 0) {
    const main = tokens.findIndex((t, k) => k > about && t.text === ',');
    const topic = main > about + 1 ? spanOfRange(tokens, about, lastContentToken(tokens, main - 1)) : null;
    if (topic) return attribution(base, [topic], null, [], 0.5);
  }
  const content = contentAfter(s, c, quotes);
  if (!content) return null;
  // "Asked whether …", "Asked on Monday who leads …": a question put to the subject. "Asked about the talks, …"
  // opening the sentence names its topic (PolNeAR marks it, the seed's annotation not after "When").
  if (tokens[cue.first]!.verbForm !== 'gerund') {
    // (So does "which" or "whom" after "asked", and an infinitive: "When asked to confirm the report, …", a request;
    // "whom" is no addressee there, "asked whom she backed".)
    const opener = tokens[cue.last + 1];
    const asks = QUESTION_LEMMAS.has(cue.lemma) && opener !== undefined && (QUESTION_OPENERS.has(opener.lower) || (opener.lower === 'to' && tokens[cue.last + 2]?.pos === 'verb'));
    const first = asks ? cue.last + 1 : tokens.findIndex((t) => t.start >= content.start);
    const question = startsReport(tokens, first) || (cue.lemma === 'ask about' && cue.first === 0) || asks;
    // (The question ends at the comma before the main clause: "When asked whether …, most voters picked Lee".)
    // (A question opened by "which" or "whom", or a request, has no comma of its own: "When asked which issue matters
    // most, an average of 32 percent …".)
    const main = asks ? tokens.findIndex((t, k) => k > first && t.text === ',') : mainClauseAfter(tokens, cue.last, tokens.length);
    const asked = (main > first && tokens[main]!.end < content.end ? spanOfRange(tokens, first, lastContentToken(tokens, main - 1)) : spanOfRange(tokens, first, tokens.findIndex((t) => t.end >= content.end))) ?? content;
    // ("Asked by a reporter whether …": the agent put the question, and is its source, as annotated.)
    const asker = tokens[cue.last + 1]?.lower === 'by' ? nounPhraseFrom(tokens, cue.last + 2) : null;
    if (question && asker && asker.length > 0) return attribution(base, [asked], spanOf(asker), asker, confidenceFor(cue, asker) - 0.1);
    return question ? attribution(base, [asked], null, [], 0.5) : null;
  }
  const comma = mainClauseAfter(tokens, cue.last, tokens.length);
  const subject = comma > 0 ? clauseSubjectAt(tokens, comma + 1) : null;
  if (!subject) return null;
  return attribution(base, [content], spanOf(subject), subject, confidenceFor(cue, subject) - 0.1);
}

/**
 * The index of "about" after a phrase of when or where that opens at `k` ("at a briefing Monday in Ohio about",
 * "Tuesday about", "later about"): prepositions, their noun phrases and time words, no comma or verb; -1 if none.
 */
function topicAfterOccasion(tokens: Token[], k: number): number {
  const first = tokens[k];
  if (!first || !(first.pos === 'prep' || first.pos === 'adv' || BARE_DAYS.has(first.lower) || TIME_WORDS.has(first.lower)) || first.lower === 'about' || first.lower === 'by') return -1;
  for (let j = k; j < tokens.length && j - k <= 10; j++) {
    const t = tokens[j]!;
    if (t.lower === 'about') return j > k ? j : -1;
    if (!['prep', 'det', 'noun', 'proper', 'adj', 'num', 'adv'].includes(t.pos) || t.lower === 'by') return -1;
  }
  return -1;
}

/**
 * The noun phrase after "with" in an absolute that holds the participle at `cue` (", with aides saying …", ", with
 * officials on both sides citing … and vowing …"): "with" after a comma, then only noun phrase words up to the first
 * participle, which is the cue or one joined to it by "and"; null if there is none.
 */
function withAbsoluteSubject(tokens: Token[], cue: number): Token[] | null {
  let w = cue - 1;
  while (w > 0 && tokens[w]!.lower !== 'with' && !CLAUSE_PUNCTUATION.has(tokens[w]!.text) && !isQuoteMark(tokens[w]!.text)) w--;
  if (w <= 0 || tokens[w]!.lower !== 'with' || tokens[w - 1]!.text !== ',') return null;
  let g = w + 1;
  while (g < cue && !(tokens[g]!.verbForm === 'gerund' || (tokens[g]!.pos === 'verb' && tokens[g]!.lower.endsWith('ing')))) g++;
  const phrase = tokens.slice(w + 1, g);
  const nounPhrase = phrase.length > 0 && phrase.length <= 8 && isNominal(phrase[phrase.length - 1]!) && phrase.every((t) => isNominal(t) || ['det', 'adj', 'num', 'prep'].includes(t.pos) || t.pos === 'poss');
  if (!nounPhrase) return null;
  // (The cue is that participle, or one joined to it: "… underlining the risk and vowing …".)
  return g === cue || (tokens[cue - 1]!.lower === 'and' && !tokens.slice(g + 1, cue - 1).some((t) => t.text === ',' || isFiniteVerb(t))) ? phrase : null;
}

/** The content after the cue, or, when none is there, the paragraph its colon introduces ("…, adding:"). */
function contentAfterOrBelow(s: SentenceTokens, c: number, quotes: QuoteIndex, paragraphs: Paragraph[]): Span[] | null {
  const after = contentAfter(s, c, quotes);
  return after ? [after] : introducedBelow(s, c, quotes, paragraphs);
}

/**
 * "Hillary Clinton took to Twitter to say thanks", "Ramos used his speech to call for …": the subject of
 * the clause the infinitive (its "to" at `to`) depends on is the source. After a verb that makes its object
 * act ("led some to speculate"), the object is.
 */
function infinitive(s: SentenceTokens, c: number, to: number, base: { cue: FoundCue }, quotes: QuoteIndex): FoundAttribution | null {
  const { tokens } = s;
  const cue = s.cues[c]!;
  // Purpose clauses are often not reports ("went to Geneva to discuss …"): only reliable speech verbs, or any cue
  // after a verb of trying ("tried to show …"), or a reliable cue or one before a reported clause after a verb whose
  // subject does the infinitive's act ("continued to question whether …").
  // ("has yet to endorse": "has" is a modifier elsewhere, here the verb of obligation.)
  const at = skipBackOver(tokens, to - 1, (t) => isVerbModifier(t) && !SUBJECT_CONTROL_WORDS.has(t.lower));
  const reports = cue.reliability >= 0.5 || startsReport(tokens, cue.last + 1, cue.category === 'belief');
  const control = SUBJECT_CONTROL_WORDS.has(tokens[at]?.lower ?? '') && reports;
  const raised = RAISING_WORDS.has(tokens[at]?.lower ?? '') && REPORTING_CATEGORIES.has(cue.category) && !cue.weak;
  const effort = EFFORT_WORDS.has(tokens[at]?.lower ?? '') || control || raised;
  // "Lee to endorse Ruiz", "Lee, Ruiz to campaign for …", "Democrats to sue state": in the story's title names or nouns
  // and "to" opening the line are a headline's future, the subject its source, whatever cue follows, weak ones too
  // ("Lee to release records"; on train 8 titles of 12 with this opening were annotated so). (No verb before "to":
  // "Lee pushes council to …" has its verb, read as a noun.)
  const headlineSubject = s.sentence.paragraph === 0 ? subjectEndingAt(tokens, to - 1) : null;
  if (headlineSubject && headlineSubject.tokens[0] === tokens[0] && headlineSubject.tokens.every((t) => t.pos === 'proper' || t.pos === 'noun' || t.text === ',' || t.lower === 'and')) {
    const content = contentAfter(s, c, quotes);
    return content ? attribution(base, [content], spanOf(headlineSubject.tokens), headlineSubject.tokens, confidenceFor(cue, headlineSubject.tokens) - 0.1) : null;
  }
  const objectActs = objectOfControlVerb(tokens, to);
  if (objectActs && !cue.weak && reports) {
    const content = contentAfter(s, c, quotes);
    return content ? attribution(base, [content], spanOf(objectActs), objectActs, confidenceFor(cue, objectActs) - 0.1) : null;
  }
  // "Lee was the first senator to endorse Ruiz", "the only well-known Republican to back him": the one singled out takes
  // the stance (the subject of "was"/"became" before it, if any).
  const singledOut = cue.objectOnly === true ? firstOfKindEndingAt(tokens, to - 1) : null;
  if (singledOut) {
    const content = contentAfter(s, c, quotes);
    let copula = singledOut.first - 1;
    while (copula >= 0 && COPULAS.has(tokens[copula]!.lower)) copula--;
    const subject = copula < singledOut.first - 1 ? subjectEndingAt(tokens, copula)?.tokens : undefined;
    const source = subject ?? tokens.slice(singledOut.first, to);
    return content ? attribution(base, [content], spanOf(source), source, confidenceFor(cue, source) - 0.1) : null;
  }
  if (cue.weak || (!effort && (cue.category !== 'speech' || cue.reliability < 0.5))) return null;
  // "are to blame", "Her answer is to tell …": after "be" the infinitive is a duty or a definition, not an act.
  if (BE_FORMS.has(tokens[to - 1]?.lower ?? '') && cue.lemma !== 'say') return null;
  if (restatingInfinitive(tokens, to)) return null;
  const content = contentAfter(s, c, quotes);
  // (After a word of trying, the one trying: "In the ad, the senator tries to show …", "The mayor has decided to …".)
  const trying = effort ? subjectEndingAt(tokens, skipTimePhrase(tokens, skipBackOver(tokens, at - 1, (t) => isVerbModifier(t) || t.pos === 'aux'))) : null;
  const subject = trying?.tokens ?? mainClauseSubject(tokens, to);
  // "His best response was to say that …": after "be", the one whose response (a thing, not a role) it was says it.
  const governing = subject && BE_FORMS.has(tokens[to - 1]?.lower ?? '') ? possessorOfThing(subject) ?? subject : subject;
  if (!content || !governing) return null;
  const mainVerb = tokens.slice(tokens.indexOf(governing[governing.length - 1]!) + 1, to).find((t) => t.pos === 'verb');
  if (mainVerb && OBJECT_CONTROL_VERBS.has(mainVerb.lower)) return null;
  // ("Lee struggled to earn the support of farmers": the reaction is about the one trying.)
  if (cue.receivesReaction) return reactionReceived(tokens, cue, base, governing);
  return attribution(base, [content], spanOf(governing), governing, confidenceFor(cue, governing) - 0.1);
}

/** How many words a phrase singling one out may have before its infinitive ("one of the earliest House members"). */
const FIRST_OF_KIND_WORDS = 8;

/**
 * "the first sitting members of Congress", "one of the earliest House members": a noun phrase ending at `end` that
 * opens with "the" and a word singling one out (FIRST_OF_KIND), or "one of" before them; its first token, or null.
 */
function firstOfKindEndingAt(tokens: Token[], end: number): { first: number } | null {
  if (end < 0 || !isNominal(tokens[end]!)) return null;
  for (let k = end - 1; k >= 1 && end - k < FIRST_OF_KIND_WORDS; k--) {
    const t = tokens[k]!;
    if (FIRST_OF_KIND.has(t.lower) && tokens[k - 1]!.lower === 'the') {
      const first = tokens[k - 2]?.lower === 'of' && tokens[k - 3]?.lower === 'one' ? k - 3 : k - 1;
      return { first };
    }
    if (!(isNominal(t) || t.pos === 'adj' || t.pos === 'det' || t.lower === 'of' || t.lower === 'in' || t.text === '-')) return null;
  }
  return null;
}

/**
 * The possessor of a noun phrase naming a thing ("His best response" → "His", "The mayor's answer" → "The mayor"),
 * or null when there is none or the head is a person ("Her spokesman").
 */
function possessorOfThing(phrase: Token[]): Token[] | null {
  const head = phrase[phrase.length - 1]!;
  if (head.pos !== 'noun' || head.cap || ROLE_NOUNS.has(head.lower) || ANONYMOUS_NOUNS.has(head.lower)) return null;
  const owner = phrase.findIndex(isPossessive);
  if (owner < 0 || !phrase.slice(owner + 1, -1).every((t) => t.pos === 'adj' || t.pos === 'noun')) return null;
  if (phrase[owner]!.pos !== 'poss') return owner === 0 ? [phrase[0]!] : null;
  return owner > 0 ? phrase.slice(0, owner) : null;
}

/**
 * "That is not to say the plan is bad", "This is to say …": after "be" with "not", or after "be" with a pronoun
 * standing for what was just said, "to say" restates or qualifies the writer's own words; nobody reports anything.
 */
function restatingInfinitive(tokens: Token[], to: number): boolean {
  if (tokens[to - 1]?.lower === 'not') return BE_FORMS.has(tokens[to - 2]?.lower ?? '');
  return BE_FORMS.has(tokens[to - 1]?.lower ?? '') && RESTATING_PRONOUNS.has(tokens[to - 2]?.lower ?? '');
}

/**
 * "The ruling led some to speculate that …", "prompted the board to announce …": the object of a verb that makes it
 * act, right before the infinitive's "to", does the infinitive's act.
 */
function objectOfControlVerb(tokens: Token[], to: number): Token[] | null {
  for (let k = to - 2; k >= 0 && to - k <= 12; k--) {
    if (!OBJECT_CONTROL_VERBS.has(tokens[k]!.lower)) continue;
    const object = nounPhraseFrom(tokens, k + 1);
    return object && k + 1 + object.length === to ? object : null;
  }
  return null;
}

/** Whether the offset `at` lies in a fronted adverbial clause ("When …,", "After …,") that ends before `beyond`. */
function inFrontedClause(tokens: Token[], at: number, beyond: number): boolean {
  const comma = tokens[frontedClauseComma(tokens)];
  return comma !== undefined && at < comma.start && comma.end <= beyond;
}

/** The comma that closes a fronted adverbial clause opening the sentence ("When …,", "Back when …,"), or -1. */
export function frontedClauseComma(tokens: Token[]): number {
  const start = afterOpeningTimePhrase(tokens);
  const opener = SUBORDINATOR_MODIFIERS.has(tokens[start]?.lower ?? '') ? start + 1 : start;
  return FRONTED_SUBORDINATORS.has(tokens[opener]?.lower ?? '') ? tokens.findIndex((t, k) => k > opener && t.text === ',') : -1;
}

/**
 * The finite cue verb that the words from `i` run into, if they are a phrase of when or where (prepositional phrases, a time phrase) that runs straight
 * into another cue's finite verb ("Wednesday said", "in the journal found"); not when a new noun phrase opens after
 * one ("on Monday the firm said …"), which is a clause's subject. After a form the tagger reads as a participle,
 * adverbs too ("posted online shows"; not "said more details …"). -1 if not.
 */
function modifierBeforeCue(s: SentenceTokens, i: number, participle: boolean): number {
  const { tokens } = s;
  const first = tokens[i];
  // (A particle is the verb's own: "shouted out an insult aimed at …".)
  // ("to" may be read as a conjunction: "footage credited to Channel Four showed …".)
  const preposition = (first?.pos === 'prep' || isToBeforeNounPhrase(tokens, i)) && !PHRASAL_PARTICLES.has(first!.lower);
  if (!first || !(preposition || (participle && first.pos === 'adv') || BARE_DAYS.has(first.lower) || timePhraseEnd(tokens, i, tokens.length - 1) >= 0)) return -1;
  // (A name may have its apposition between commas: "a man later identified as Tom Bell, a teacher, asked …".)
  let commas = 0;
  for (let k = i; k < tokens.length && k - i < 10 + 4 * commas; k++) {
    const t = tokens[k]!;
    if (k > i && isFiniteVerb(t)) return (commas === 0 || (commas === 2 && tokens[k - 1]!.text === ',')) && s.cues.some((other) => other.first === k) ? k : -1;
    if (t.text === ',' && commas < 2 && isNominal(tokens[k - 1]!)) { commas++; continue; }
    const newPhrase = t.pos === 'det' && tokens[k - 1] !== undefined && isNominal(tokens[k - 1]!);
    const modifier = t.pos === 'prep' || t.lower === 'to' || t.pos === 'det' || t.pos === 'adj' || (participle && t.pos === 'adv') || t.pos === 'num' || isNominal(t);
    if (newPhrase || !modifier) return -1;
  }
  return -1;
}

/**
 * Inverted: “…,” said X. Only speech verbs invert, and the noun phrase must end the clause ("said he would" is
 * not inverted). `before` is the comma or closing mark before the cue.
 */
function invertedSource(s: SentenceTokens, c: number, before: number, base: { cue: FoundCue }, quotes: QuoteIndex, text: string, only: 'endingSentence' | 'resumingSentence' | null = null): FoundAttribution | null {
  const { tokens } = s;
  const cue = s.cues[c]!;
  // ("“…,” said another.": a quantifier alone ending the sentence stands for a person, as before the verb.)
  const quantifier = tokens[cue.last + 1];
  const alone = quantifier !== undefined && QUANTIFIER_SUBJECTS.has(quantifier.lower) && tokens[cue.last + 2]?.text === '.' ? [quantifier] : null;
  const candidate = nounPhraseFrom(tokens, cue.last + 1) ?? alone;
  if (!candidate) return null;
  const after = tokens[cue.last + 1 + candidate.length];
  // (A relative clause or a participle may describe it: "said the man who built …", "says a source involved in …".)
  // (Or words with no verb of their own up to a comma or the end: "said a person close to the Clintons", "said Jo
  // Li of the firm IMGE", "said Elijah Cummings (D-Md.)"; only for "said" or after a quotation: "…, mocked the party
  // and its leaders" has its object there.)
  const describes = after !== undefined && candidate[0]!.pos !== 'pron';
  const invertsHere = cue.lemma === 'say' || isQuoteMark(tokens[before]!.text);
  // ("“…,” said Ana Ruiz as she opened her campaign.": a clause of when or why after the source ends it.)
  const clauseAfter = (k: number): boolean => FRONTED_SUBORDINATORS.has(tokens[k]?.lower ?? '') && clauseSubjectAt(tokens, k + 1) !== null;
  const whenClause = invertsHere && clauseAfter(cue.last + 1 + candidate.length);
  const found = describes && invertsHere && after.pos !== 'punct' && !whenClause ? descriptionUntilStop(tokens, cue.last + 1 + candidate.length) : null;
  // (Not one adjective or past form alone, the reported clause's predicate: "…, said the talks failed.")
  const description = found && !(found.length === 1 && (found[0]!.pos === 'adj' || found[0]!.pos === 'verb')) ? found : null;
  const described = describes && (SUBJECT_RELATIVES.has(after.lower) || (after.pos === 'verb' && after.verbForm === 'past') || description !== null);
  if (after && after.pos !== 'punct' && !TRAILING_ADVERBIALS.has(after.lower) && !datedBackAt(tokens, cue.last + 1 + candidate.length) && !described && !whenClause) return null;
  const phrase = description ? [...candidate, ...description] : candidate;
  const next = tokens[cue.last + 1 + phrase.length];
  // "said the company’s chief executive, John J. Ferriola.": a name in apposition ending the sentence is part of the source.
  const object = next?.text === ',' ? [...phrase, ...appositiveName(tokens, cue.last + 1 + phrase.length)] : phrase;
  const quoted = quotationBefore(s, before + 1, quotes, text);
  // Without a quotation the content before must be a clause ("The program, called EB-5, …" names, it does not report).
  const clause = contentBefore(s, before + 1, quotes);
  // ("Prices rose, said Ana Ruiz.": before "said" and a source that ends the sentence, a clause of two words or
  // more reports whatever the lexicon made of its verb.)
  // (An appositive may close it, and a relative clause or a participle describe that: "…, said Ana Ruiz, the mayor.",
  // "…, said Ana Ruiz, an economist who has written three books.", "…, said Ana Ruiz, an aide now working for Lee.",
  // "…, said Ana Ruiz, the mayor, adding that …")
  const rest = next?.text === ',' ? tokens.slice(cue.last + 2 + phrase.length) : [];
  const describedFrom = rest.findIndex((t, k) => SUBJECT_RELATIVES.has(t.lower) || (t.pos === 'verb' && rest[k - 1]?.text === ','));
  const appositive = describedFrom > 0 ? rest.slice(0, describedFrom) : rest;
  // ("The trouble with the plan, said Ana Ruiz when she was asked, is the cost": the sentence may resume after that clause.)
  const whenClauseEnd = whenClause ? tokens.findIndex((t, k) => k > cue.last + phrase.length && t.text === ',') : -1;
  const resumesAfterWhen = whenClauseEnd >= 0 && resumingVerb(tokens, whenClauseEnd) >= 0;
  const endsSentence = next === undefined || next.text === '.' || next.text === '!' || (whenClause && !resumesAfterWhen) || (appositive.length > 0 && appositive[0]!.pos !== 'verb' && appositive.every((t) => !isFiniteVerb(t)));
  // "The trouble with the plan, said Ana Ruiz (, the mayor), is the cost": a noun phrase before the source, and the
  // rest of the sentence from the verb after it, are the content.
  if (only === 'resumingSentence') {
    // (Not a reported clause's "that": "The firm, an agency, says that Lee, who …, has lost".)
    if (COMPLEMENTIZERS.has(phrase[0]!.lower)) return null;
    const resumes = resumesAfterWhen ? resumingVerb(tokens, whenClauseEnd) : next?.text === ',' && !endsSentence ? resumingVerb(tokens, cue.last + 1 + phrase.length) : -1;
    const resumed = resumes >= 0 ? spanOfRange(tokens, resumes, lastContentToken(tokens, tokens.length - 1)) : null;
    const subject = clause && clause.length === 1 && !hasFiniteVerb(tokens, clause[0]!) ? clause[0]! : null;
    return subject && resumed ? attribution(base, [subject, resumed], spanOf(phrase), phrase, confidenceFor(cue, phrase) - 0.1) : null;
  }
  if (only === 'endingSentence' && !endsSentence) return null;
  const saidClause = clause !== null && cue.lemma === 'say' && endsSentence && before - tokens.findIndex((t) => t.start >= clause[0]!.start) >= 2;
  const content = quoted ? withContinuation(s, quoted.span, quotes, text) : clause && (hasFiniteVerb(tokens, clause[0]!) || saidClause) ? clause : null;
  return content ? attribution(base, content, spanOf(object), object, confidenceFor(cue, object)) : null;
}

/**
 * The words from `i` to the next comma, colon, semicolon or the end of the sentence (outside parentheses:
 * "(D-Md.)"), if no auxiliary or finite verb is among them but the verb group of a relative clause opening them
 * ("said residents who lost their homes").
 */
function descriptionUntilStop(tokens: Token[], i: number): Token[] | null {
  let k = i;
  const relative = tokens[i]?.lower === 'who';
  for (let depth = 0; k < tokens.length && (depth > 0 || !(CLAUSE_PUNCTUATION.has(tokens[k]!.text) || occasionAt(tokens, k))); k++) {
    const verbGroup = relative && tokens.slice(i + 1, k).every((t) => isFiniteVerb(t) || t.pos === 'adv');
    if (isFiniteVerb(tokens[k]) && !verbGroup) return null;
    if (tokens[k]!.text === '(') depth++;
    else if (tokens[k]!.text === ')') depth = Math.max(0, depth - 1);
  }
  return k > i ? tokens.slice(i, k) : null;
}

/** The comma at `comma` and a name after it that ends the sentence ("…, John J. Ferriola."), or nothing. */
function appositiveName(tokens: Token[], comma: number): Token[] {
  let end = comma + 1;
  while (end < tokens.length && tokens[end]!.pos === 'proper') end++;
  // (Or before the occasion of the remark: "said the clinic’s director, Ana Ruiz, in an interview.")
  const closes = end === tokens.length || (end === tokens.length - 1 && tokens[end]!.pos === 'punct') || (tokens[end]?.text === ',' && occasionAt(tokens, end + 1));
  return end > comma + 1 && closes ? tokens.slice(comma, end) : [];
}

/**
 * Where the sentence's verb resumes after the comma at `comma` that closes an inverted source, or after an appositive
 * with no verb of its own that follows it ("…, said Ana Ruiz, the mayor, is …"), or a relative clause that describes
 * the source ("…, said Ana Ruiz, who chairs the board, is …"); -1 when no finite verb comes next.
 */
function resumingVerb(tokens: Token[], comma: number): number {
  const appositiveEnd = tokens.findIndex((t, k) => k > comma && t.text === ',');
  const appositive = appositiveEnd > comma + 1 ? tokens.slice(comma + 1, appositiveEnd) : [];
  const relative = appositive.length > 1 && SUBJECT_RELATIVES.has(appositive[0]!.lower);
  const closings = appositive.length > 0 && (relative || appositive.every((t) => t.pos !== 'verb' && t.pos !== 'aux')) ? [comma, appositiveEnd] : [comma];
  for (const closing of closings) {
    let verb = closing + 1;
    while (tokens[verb]?.pos === 'adv') verb++;
    if (isFiniteVerb(tokens[verb])) return closing + 1;
  }
  return -1;
}

/**
 * The object of a verb of causing a feeling, if the clause ends after it: "angered Democrats.", "worries
 * environmentalists, who …" (not "worry Trump could win", whose object is a clause).
 */
function experiencerObject(tokens: Token[], cue: CueMatch): Token[] | null {
  const verb = tokens[cue.last]!;
  if (verb.verbForm === 'gerund' || verb.lower.endsWith('ing')) return null;
  const object = nounPhraseFrom(tokens, cue.last + 1);
  const after = object ? tokens[cue.last + 1 + object.length] : undefined;
  return object && (after === undefined || after.pos === 'punct' || after.pos === 'conj' || after.pos === 'prep') ? object : null;
}

/**
 * "The union issued a statement saying …", "Ana Li sent a letter on Monday to the board urging …": a participle
 * right after the object of a verb (with its prepositional phrases) reports for that verb's subject when the object
 * is what the subject made or spent (MADE_OR_SPENT_OBJECTS); otherwise for the object it follows ("Police received
 * calls saying …", "Lee held up a sign saying …").
 */
function objectOfVerbBefore(s: SentenceTokens, cue: CueMatch, subject: Subject): Token[] {
  const { tokens } = s;
  // "Ruiz made an unprompted call for …": a cue the tagger reads as a noun, after an indefinite article that a verb
  // takes as its object, is that verb's subject's act (not a relative's verb: "a boy who calls himself …").
  const nounCue = tokens[cue.first]!.pos === 'noun' && INDEFINITE_ARTICLES.has(subject.tokens[0]!.lower) && tokens[subject.first - 1]?.pos === 'verb'
    && !RELATIVE_PRONOUNS.has(subject.tokens[subject.tokens.length - 1]!.lower);
  if (nounCue) return governingVerb(tokens, subject)?.subject ?? subject.tokens;
  if (tokens[cue.first]!.verbForm !== 'gerund') return subject.tokens;
  const governing = governingVerb(tokens, subject);
  if (!governing) return subject.tokens;
  // (The whole object counts, its phrases too: "spent much of the run-up to the vote portraying …".)
  const made = tokens.slice(governing.verb + 1, cue.first).some((t) => MADE_OR_SPENT_OBJECTS.has(t.lower));
  // (An object read past a verb, or a year, is no source: "a speech that included Lee vowing …", "sent out in 2013 …".)
  const noSource = subject.tokens.some((t) => t.pos === 'verb' || t.pos === 'num' || /^\d+$/.test(t.text));
  // (Nor is the addressee of a speech verb: "Ruiz emailed supporters saying …".)
  const addressee = s.cues.some((other) => other.first === governing.verb && other.category === 'speech');
  return made || noSource || addressee ? governing.subject : subject.tokens;
}

/**
 * The verb whose object (with its prepositional phrases) the noun phrase `object` is, and that verb's subject, if
 * there are both ("The union issued a statement", "Li sent a letter on Monday to the board").
 */
function governingVerb(tokens: Token[], object: Subject): { verb: number; subject: Token[] } | null {
  let k = object.first - 1;
  while (k >= 0 && (tokens[k]!.pos === 'prep' || tokens[k]!.lower === 'to' || tokens[k]!.pos === 'det' || tokens[k]!.pos === 'adj' || tokens[k]!.pos === 'poss' || isNominal(tokens[k]!))) k--;
  const verb = tokens[k];
  if (!verb || verb.pos !== 'verb' || verb.verbForm === 'gerund' || k === 0) return null;
  const end = skipTimePhrase(tokens, skipBackOver(tokens, k - 1, (t) => isVerbModifier(t) || t.pos === 'aux'));
  const subject = subjectEndingAt(tokens, end)?.tokens;
  return subject ? { verb: k, subject } : null;
}

/**
 * X said (that) CONTENT, or CONTENT, X said: after the cue when something is reported there. `quotedBefore` is the
 * sentence up to a quotation that closes, its comma inside, right before the source (mixed: "The plan “will fail,” …").
 */
function contentAfterOrBefore(s: SentenceTokens, c: number, sourceFirst: number, quotes: QuoteIndex, quotedBefore?: Span): Span[] | null {
  const cue = s.cues[c]!;
  const after = contentAfter(s, c, quotes);
  if (after) {
    // Weak cues ("called", "showed") need a clause or quotation to report.
    if (cue.weak && !startsReport(s.tokens, cue.last + 1, cue.category === 'belief')) return null;
    // "Ruiz found a new sponsor": coming upon something, unless a study or poll found it ("the survey found a rise").
    if (DISCOVERY_LEMMAS.has(cue.lemma) && INDEFINITE_ARTICLES.has(s.tokens[cue.last + 1]?.lower ?? '') && !s.tokens.slice(sourceFirst, cue.first).some((t) => FINDING_SOURCE_NOUNS.has(t.lower))) return null;
    // "But to prevent problems, he said, local officials should be vigilant": the source interrupts the content.
    // Not when a quotation follows: it is the content ("Asked to describe the device, O'Neill said, “Not going …”").
    let commaAfterCue = false;
    for (let k = cue.last + 1; k < s.tokens.length && s.tokens[k]!.end <= after.start && !commaAfterCue; k++) commaAfterCue = s.tokens[k]!.text === ',';
    // A quotation that opens a sentence of its own, with a capital, is the content; one in lower case completes the
    // sentence begun before the source ("The reality is, he added, “there are no recusals.”").
    // (A quotation opened by doubled single marks, ''…'', starts two characters before its words.)
    const quoted = quotes.startingAt(after.start - 1) ?? quotes.startingAt(after.start) ?? quotes.innerStartingAt(after.start);
    const firstWord = quoted === undefined ? undefined : s.tokens.find((t) => t.start >= quoted.inner.start && t.pos !== 'punct');
    const opensSentence = firstWord !== undefined && /^[\p{Lu}\p{N}]/u.test(firstWord.text);
    // (So does a mixed quotation whose closing mark holds the comma: "Voters who watch “those shows,” he said, end up …".)
    const interrupted = (s.tokens[sourceFirst - 1]?.text === ',' || quotedBefore !== undefined) && commaAfterCue && (quoted === undefined || !opensSentence);
    // "Costs have doubled, Lee said during a speech to the council", "…, the mayor told aides as he left": what follows a
    // preposition or subordinator after the cue is its setting, not its report; the clause before the source's comma is.
    const firstAfter = s.tokens.findIndex((t) => t.start >= after.start);
    const opener = s.tokens[firstAfter - 1];
    const next = s.tokens[cue.last + 1];
    // ("to" before a noun phrase, "said to the crowd"; not an infinitive, "pledged to oppose …", which is the report.)
    const toPhrase = next?.lower === 'to' && cue.first === cue.last && ['det', 'adj', 'noun', 'proper', 'num'].includes(s.tokens[cue.last + 2]?.pos ?? '') && !opensInfinitive(s.tokens, cue.last + 1);
    // (Not a particle of the cue's own, "spoke at …", "said on …".)
    const settingWord = toPhrase || (next !== undefined && !CUE_PARTICLES.has(next.lower) && (ADVERBIAL_PREPOSITIONS.has(next.lower) || ADVERBIAL_SUBORDINATORS.has(next.lower)));
    // (A speech cue's: "agreed to pay …", "sued them for …" report what follows; nor a relative's, "a state that refused to …".)
    const ownClause = cue.category === 'speech' && !cue.weak && !s.tokens.slice(sourceFirst, cue.first).some((t) => SUBJECT_RELATIVES.has(t.lower));
    const setting = ownClause && !interrupted && quoted === undefined && s.tokens[sourceFirst - 1]?.text === ',' && !COMPLEMENTIZERS.has(s.tokens[firstAfter]?.lower ?? '')
      && (settingWord || (opener !== undefined && opener.start > s.tokens[cue.last]!.start && ADVERBIAL_SUBORDINATORS.has(opener.lower)));
    const fronted = setting ? contentBefore(s, sourceFirst, quotes) : null;
    // (Not a fronted adverbial clause, "After the vote failed, Lee said in a statement …": the source's own setting.)
    // (Nor one after a fronted phrase, "On Tuesday, even as shares fell, Lee wrote to investors".)
    const frontedWords = fronted?.length === 1 ? s.tokens.filter((t) => t.start >= fronted[0]!.start && t.end <= fronted[0]!.end) : [];
    const subordinate = frontedWords.some((t, k) => FRONTED_SUBORDINATORS.has(t.lower) && (k === 0 || ['punct', 'adv', 'conj'].includes(frontedWords[k - 1]!.pos)));
    if (frontedWords.length > 0 && hasFiniteVerb(s.tokens, fronted![0]!) && !subordinate) return fronted;
    const before = interrupted ? (quotedBefore ? [quotedBefore] : contentBefore(s, sourceFirst, quotes)) : null;
    // "It is no surprise, she said, that the mayor, who grew up here, won": what resumes after the parenthetical source
    // is the rest of the sentence, not a reported clause of the cue's that ends at its first closer.
    if (before) {
      const last = lastContentToken(s.tokens, s.tokens.length - 1);
      // (Not past a quotation mark or another cue: "“Back then, he said, ‘…,’” she recalled".)
      const between = s.tokens.filter((t) => t.start >= after.end && t.end <= (s.tokens[last]?.end ?? 0));
      const plain = !between.some((t) => isQuoteMark(t.text)) && !s.cues.some((other) => other.first > cue.last && !other.weak && s.tokens[other.first]!.start >= after.end);
      const rest = plain && between.length > 0 ? { start: after.start, end: s.tokens[last]!.end } : after;
      return [...before, rest];
    }
    return [after];
  }
  // "“…,” said X, a lawyer involved in development projects.": after a reliable cue that has taken the words
  // before it, a weak cue word is part of a noun phrase ("The plan will fail, critics charge." still reports).
  const takenBefore = cue.weak && s.cues.some((other) => other.first < cue.first && !other.weak);
  // A relative clause is no parenthetical source: in "Dr Alan Pryce, a historian who has written about it, argues …"
  // the words before it are the main clause's subject, not what the historian wrote.
  const relativeClause = s.tokens.slice(sourceFirst, cue.first).some((t) => SUBJECT_RELATIVES.has(t.lower));
  // "…, Trump will insist on being Trump.": a complement's preposition and a gerund after the cue are what it reports,
  // not the words before the comma (an adverbial's are not: "…, he said after meeting aides").
  const ownComplement = COMPLEMENT_PREPOSITIONS.has(s.tokens[cue.last + 1]?.lower ?? '') && s.tokens[cue.last + 2]?.verbForm === 'gerund';
  // (A clause of "as" only for a reliable verb, "as Lee noted", not "as the crowd cheered"; and not after a quotation
  // or another cue's clause, whose report it is part of: "“…,” she said, as the crowd applauded.")
  const reportedBefore = s.tokens.slice(0, sourceFirst).some((t) => isQuoteMark(t.text)) || s.cues.some((other) => other.last < sourceFirst && !other.weak && s.tokens[other.last + 1]?.lower === 'that');
  const afterAs = !cue.weak && !cue.nominal && !reportedBefore;
  const before = takenBefore || relativeClause || ownComplement ? null : contentBefore(s, sourceFirst, quotes, afterAs);
  if (!before) return null;
  // "Climate change, Mr. Obama says, is the greatest threat": the sentence continues after the parenthetical.
  const resume = s.tokens.findIndex((t, k) => k > cue.last && t.text === ',');
  if (resume > 0 && !s.tokens.slice(cue.last + 1, resume).some((t) => isFiniteVerb(t))) {
    const last = lastContentToken(s.tokens, s.tokens.length - 1);
    const rest = spanOfRange(s.tokens, resume + 1, last);
    const next = s.tokens[resume + 1];
    // Not a participle: "…, she said, referencing the bank’s drive" is her own phrase.
    // "It may not pass, they say, but it has support": a clause joined by "but" or "and" goes on with it too.
    // (Or by "and"/"but" and a verb of the same subject's: "He had no ties, the airline said, and had passed all checks".)
    const joined = next !== undefined && (next.lower === 'but' || next.lower === 'and') && (clauseSubjectAt(s.tokens, resume + 2) !== null || isFiniteVerb(s.tokens[resume + 2]));
    // (So does its reason: "The effects are hard to predict, economists say, because there is no precedent".)
    // (Not a reason that reports of its own: "…, because he said the party …".)
    const reason = next?.lower === 'because' && (clauseSubjectAt(s.tokens, resume + 2) !== null || s.tokens[resume + 2]?.lower === 'there') && !s.cues.some((o) => o.first > resume && !o.weak && o.category === 'speech');
    // (So does the main clause of a fronted conditional or temporal clause: "If she wins, Ruiz said in a tweet, taxes
    // will fall", "…, then it can …".)
    const opener = s.tokens.find((t) => t.start >= before[0]!.start);
    const main = resume + (next?.lower === 'then' ? 2 : 1);
    // (Not a passive, "When reforms began, Lee was released from prison, others were freed": the sentence's own clause.)
    const passive = s.tokens.slice(sourceFirst, cue.first).some((t) => BE_FORMS.has(t.lower));
    const conditioned = opener !== undefined && FRONTED_SUBORDINATORS.has(opener.lower) && !passive && clauseSubjectAt(s.tokens, main) !== null;
    if (rest && next && (next.pos === 'aux' || (next.pos === 'verb' && next.verbForm !== 'gerund') || joined || reason || conditioned)) return [...before, rest];
  }
  // ("On the last day of the race, Kasich is reflecting on …": only the setting of the source's own clause.)
  return before.length === 1 && isFrontedAdverbial(s.tokens, before[0]!) ? null : before;
}

/**
 * "Juanita Broaddrick, who said Clinton raped her in 1978, recounted the incident …": in a relative clause set off
 * after the sentence's subject, the content ends at the comma that closes it, before the main clause's verb. The
 * same between dashes: "Ana Ruiz - who said the pier would fall - told the board …".
 */
function endOfAsideRelative(tokens: Token[], subject: Subject, content: Span[] | null): Span[] | null {
  const relative = subject.tokens[subject.tokens.length - 1]!;
  const at = tokens.indexOf(relative);
  const opening = tokens[at - 1]?.text ?? '';
  if (!content || content.length !== 1 || !SUBJECT_RELATIVES.has(relative.lower) || !(opening === ',' || isDash(opening))) return content;
  // The antecedent opens the sentence, so its verb is still to come.
  if (tokens.slice(0, at).some((t) => isFiniteVerb(t))) return content;
  const span = content[0]!;
  const closing = (t: Token): boolean => (opening === ',' ? t.text === ',' : isDash(t.text));
  // (The comma may sit inside a closing quotation mark: "who called it “a sham,” resigned".)
  const afterMarks = (k: number): number => (closesQuotation(tokens, k) ? k + 1 : k);
  const close = tokens.findIndex((t, k) => t.start >= span.start && t.end <= span.end && closing(t) && isFiniteVerb(tokens[skipOverModifiers(tokens, afterMarks(k + 1))]));
  if (close < 0) return content;
  const end = lastContentToken(tokens, close - 1);
  const first = tokens.findIndex((t) => t.start >= span.start);
  const cut = end >= first ? spanOfRange(tokens, first, end) : null;
  return cut ? [cut] : content;
}

/**
 * "Voters who said taxes were too high backed Lee": in a relative clause that restricts the sentence's subject (no
 * comma before it), the content ends before the main clause's verb. That is the first finite verb after the reported
 * clause's own (after an infinitive or a verb with nothing before it, the first one), with no clause opened between.
 * (content.ts's verbAfterRelativeClause cuts the same shape when the content is a noun phrase, "Residents who opposed
 * the plan were angry", where the first finite verb is already the main one; this one reads a reported clause, and
 * across the commas and conjunctions that make that one give up: 3 train contents are right only by it.)
 */
function endOfRestrictiveRelative(s: SentenceTokens, subject: Subject, content: Span[] | null): Span[] | null {
  const { tokens, cues } = s;
  const relative = subject.tokens[subject.tokens.length - 1]!;
  const at = tokens.indexOf(relative);
  const opening = tokens[at - 1];
  if (!content || content.length !== 1 || !SUBJECT_RELATIVES.has(relative.lower) || opening === undefined || opening.pos === 'punct') return content;
  // The antecedent opens the sentence, so its verb is still to come.
  if (tokens.slice(0, at).some((t) => isFiniteVerb(t))) return content;
  const span = content[0]!;
  const first = tokens.findIndex((t) => t.start >= span.start);
  const last = tokens.findLastIndex((t) => t.end <= span.end);
  if (first < 0 || last <= first || isQuoteMark(tokens[first]!.text)) return content;
  // (A plural main verb the tagger reads as a bare form, before any finite verb: "Groups who wrote to her on Thursday
  // say …", "Economists who favor the tax agree …".)
  const bare = bareMainVerb(tokens, first, last);
  if (bare > 0) {
    const cut = spanOfRange(tokens, first, lastContentToken(tokens, bare - 1));
    return cut ? [cut] : content;
  }
  // The reported clause's own verb comes first when a subject opens it ("said [taxes were] too high backed"); with
  // none ("to", or the verb first: "opposed [the plan] were angry") the first finite verb is the main one.
  const start = tokens[first]!.lower === 'that' ? first + 1 : first;
  const own = tokens.findIndex((t, k) => k >= first && k <= last && isFiniteVerb(t));
  if (own < 0 || own === first) return content;
  const hasOwn = own > start && tokens[first]!.lower !== 'to';
  // (Not when the reported clause's verb is a cue with a clause of its own: "… a story that posted that he believes
  // the government is …".)
  if (hasOwn && cues.some((cue) => cue.first === own)) return content;
  const main = hasOwn ? mainVerbAfterClause(tokens, first, last) : mainVerbFrom(tokens, start, last);
  if (main < 0) return content;
  const cut = spanOfRange(tokens, first, lastContentToken(tokens, main - 1));
  return cut ? [cut] : content;
}

/**
 * The first bare-form verb after `first` that follows a noun or an adverb, with no finite verb, punctuation or clause
 * opener before it: the plural present of a main clause ("… on Thursday say"); -1 if none.
 */
function bareMainVerb(tokens: Token[], first: number, last: number): number {
  for (let m = first + 1; m <= last; m++) {
    const t = tokens[m]!;
    if (isFiniteVerb(t) || t.pos === 'punct' || COMPLEMENTIZERS.has(t.lower) || RELATIVE_PRONOUNS.has(t.lower) || (t.pos === 'conj' && t.lower !== 'to')) return -1;
    const before = tokens[m - 1]!;
    if (t.pos === 'verb' && t.verbForm === 'base' && (before.pos === 'noun' || before.pos === 'proper' || before.pos === 'adv')) return m;
  }
  return -1;
}

/** A preposition, or "to" (tagged a conjunction): "in which", "to which", whose relative is the main clause's. */
function isPrepositionOrTo(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'prep' || t.lower === 'to');
}

function skipOverModifiers(tokens: Token[], i: number): number {
  let k = i;
  while (k < tokens.length && isVerbModifier(tokens[k]!) && tokens[k]!.pos !== 'aux') k++;
  return k;
}

/**
 * "The changes, which officials said will take effect in May, …", "what she said is growing demand": the
 * relative pronoun before the source is the subject of the reported clause, which runs on after the cue.
 */
function relativeSubjectClause(s: SentenceTokens, c: number, subjectFirst: number): Span[] | null {
  const { tokens } = s;
  const cue = s.cues[c]!;
  const relative = tokens[subjectFirst - 1];
  if (!relative || !SUBJECT_RELATIVES.has(relative.lower) || !isFiniteVerb(tokens[cue.last + 1])) return null;
  const rest = spanOfRange(tokens, cue.last + 1, lastContentToken(tokens, relativeClauseEnd(tokens, cue.last + 1)));
  return rest ? [{ start: relative.start, end: relative.end }, rest] : null;
}

/**
 * The last token of a relative clause whose verb group starts at `verb`: before a comma, semicolon or dash, or before
 * the main clause's verb ("The man who police said fired the shots was arrested").
 */
function relativeClauseEnd(tokens: Token[], verb: number): number {
  let end = verb;
  while (end + 1 < tokens.length && (tokens[end + 1]!.pos === 'aux' || tokens[end + 1]!.pos === 'verb')) end++;
  // (A verb of a clause inside it goes on with it: "which he said was safe even though it caused rashes", "a view
  // that the plan is sound"; so does one that "but" or "and" joins to its own: "which he said was careless but did not …".)
  let inner = false;
  const ends = (k: number): boolean => {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === ';' || isDash(t.text)) return true;
    // (Not a second relative clause: "who is tied to X and who claimed …".)
    if (VERB_COORDINATORS.has(t.lower) && RELATIVE_WORDS.has(tokens[k + 1]?.lower ?? '')) return true;
    if (FRONTED_SUBORDINATORS.has(t.lower) || COMPLEMENTIZERS.has(t.lower) || RELATIVE_WORDS.has(t.lower)) inner = true;
    const prev = tokens[k - 1]!;
    return isFiniteVerb(t) && !inner && !VERB_COORDINATORS.has(prev.lower) && prev.pos !== 'aux' && prev.lower !== 'not';
  };
  while (end + 1 < tokens.length && !ends(end + 1)) end++;
  return end;
}

/** "That was all Ruiz would say": the words before the subject at `first` restate the quotation before as what was said. */
function restatesWhatWasSaid(tokens: Token[], first: number): boolean {
  return first > 2 && RESTATING_PRONOUNS.has(tokens[0]!.lower) && BE_FORMS.has(tokens[1]!.lower) && tokens.slice(2, first).every((t) => ALL_OF_WHAT_WORDS.has(t.lower));
}

/** The subject without the words of a restatement the tagger read into it ("That was [all] Ruiz would say"). */
/**
 * "a resource for anyone wanting to learn more", "the head of the PAC backing Lee": a gerund right after a noun
 * describes that noun, the object of the phrase's last preposition, not the phrase (as annotated).
 */
function describedByGerund(tokens: Token[], cue: CueMatch, before: number, subject: Subject | null): Subject | null {
  if (!subject || before !== cue.first - 1 || cue.first !== cue.last || !tokens[cue.first]!.lower.endsWith('ing') || !isNominal(tokens[before]!)) return subject;
  // (Only a plain noun phrase, without a clause of its own; and not a part, a share or an origin: "one of the groups",
  // "three in 10", "the campaign of the senator from Ohio".)
  if (subject.tokens.some((t) => isFiniteVerb(t) || SUBJECT_RELATIVES.has(t.lower))) return subject;
  const preposition = subject.tokens.findLastIndex((t, k) => k > 0 && t.pos === 'prep' && !PART_OR_ORIGIN_PREPOSITIONS.has(t.lower));
  return preposition > 0 && preposition < subject.tokens.length - 1 ? { first: subject.first + preposition + 1, tokens: subject.tokens.slice(preposition + 1) } : subject;
}

function withoutRestatement(tokens: Token[], subject: Subject | null): Subject | null {
  if (!subject || subject.first !== 2 || !RESTATING_PRONOUNS.has(tokens[0]!.lower) || !BE_FORMS.has(tokens[1]!.lower)) return subject;
  const kept = subject.tokens.findIndex((t) => !ALL_OF_WHAT_WORDS.has(t.lower));
  return kept > 0 ? { first: subject.first + kept, tokens: subject.tokens.slice(kept) } : subject;
}

/**
 * “… that are missing.” Trump said.: a sentence of only a source and a speech cue, right after a quotation
 * that ends the sentence before it, attributes that quotation.
 */
function quotationJustBefore(s: SentenceTokens, c: number, quotes: QuoteIndex, text: string): Span[] | null {
  const cue = s.cues[c]!;
  if (cue.category !== 'speech' || cue.weak || s.tokens.slice(cue.last + 1).some((t) => t.pos !== 'punct')) return null;
  let end = s.sentence.start;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  const quote = quotes.endingAt(end);
  return quote?.closed && quote.mark === 'double' ? [quote.inner] : null;
}

/**
 * "She urged the board to act, proposed that more staff be hired, and …": a finite verb after a comma in a series of
 * verb phrases shares the subject of the clause's first verb, in the same tense.
 */
function coordinatedInSeries(s: SentenceTokens, c: number, comma: number, base: { cue: FoundCue }, quotes: QuoteIndex): FoundAttribution | null {
  const { tokens } = s;
  const cue = s.cues[c]!;
  const verb = tokens[cue.first]!;
  // (The tagger may read the -ed verb as an adjective after the comma: "…, proposed that …".)
  const tense = isPastReadAsAdjective(verb) ? 'past' : isFiniteVerb(verb) && verb.pos === 'verb' ? verb.verbForm : undefined;
  // (Not a participle with its agent, "…, opposed by Democrats,".)
  if (tokens[comma]?.text !== ',' || cue.weak || tense === undefined || tokens[cue.last + 1]?.lower === 'by') return null;
  const subject = mainClauseSubject(tokens, comma);
  if (!subject) return null;
  // (Adverbs may stand before the first verb: "The agency repeatedly delayed the audit, admitted it had …"; and an
  // auxiliary may carry its tense: "Lee has mocked the plan, called it …", "Ruiz is upbeat, says she …".)
  const first = tokens[skipOver(tokens, tokens.indexOf(subject[subject.length - 1]!) + 1, isVerbModifier)];
  const content = contentAfter(s, c, quotes);
  if (!first || tenseOfSeries(first) !== tense || !content) return null;
  return attribution(base, [content], spanOf(subject), subject, confidenceFor(cue, subject) - 0.1);
}

/** The tense a series of verb phrases goes on in after its first verb or auxiliary ("has mocked …, called": past). */
function tenseOfSeries(first: Token): Token['verbForm'] | undefined {
  if (PERFECT_AUXILIARIES.has(first.lower)) return 'past';
  if (first.pos === 'aux') return PAST_AUXILIARIES.has(first.lower) ? 'past' : PRESENT_AUXILIARIES.has(first.lower) ? 'present' : undefined;
  return first.pos === 'verb' ? first.verbForm : undefined;
}

// ---------------------------------------------------------------- shared by the patterns

/**
 * "The New York Times reports:" ending its paragraph introduces the next one: a quotation opening it (with
 * the paragraphs it runs over), or the paragraph itself.
 */
function introducedBelow(s: SentenceTokens, c: number, quotes: QuoteIndex, paragraphs: Paragraph[]): Span[] | null {
  const { tokens } = s;
  const cue = s.cues[c]!;
  const colon = tokens.length - 1;
  const paragraph = paragraphs[s.sentence.paragraph];
  const next = paragraphs[s.sentence.paragraph + 1];
  if (tokens[colon]!.text !== ':' || colon <= cue.last || colon - cue.last > 4 || !paragraph || !next || tokens[colon]!.end < paragraph.end - 1) return null;
  const quote = quotes.startingAt(next.start);
  return [quote?.closed ? quote.inner : { start: next.start, end: next.end }];
}

/**
 * "Wasserman Schultz, who is reviled by …", "the email, which was first reported by …": a subject ending in a
 * relative pronoun reports only the pronoun, as annotated; the noun before it belongs to the main clause.
 */
function relativeOrSubject(subject: Token[]): Token[] {
  const last = subject[subject.length - 1]!;
  return RELATIVE_PRONOUNS.has(last.lower) && subject.length > 1 ? [last] : subject;
}

function confidenceFor(cue: CueMatch, source: Token[]): number {
  const named = source.some((t) => t.pos === 'proper' || t.pos === 'pron');
  return Math.round(Math.min(0.98, 0.45 + 0.4 * cue.reliability + (named ? 0.1 : 0)) * 100) / 100;
}

// ---------------------------------------------------------------- in a sentence: cues inside sources and contents

/**
 * A cue word inside another attribution's source ("White House press secretary Josh Earnest said", "Clinton
 * campaign spokesman Brian Fallon said") is part of a noun phrase, unless its own reading is the more
 * confident one.
 */
function withoutCuesInSources(inSentence: FoundAttribution[]): FoundAttribution[] {
  const inSource = (a: FoundAttribution, b: FoundAttribution): boolean => b.source !== null && b.source.start <= a.cue.start && a.cue.end <= b.source.end;
  return inSentence.filter((a) => !inSentence.some((b) => b !== a && inSource(a, b) && b.confidence >= a.confidence));
}

/**
 * "Many Republicans said they would stay away, and others said they had no time": a speech act whose source follows
 * "and", "but", "while" or "though" inside another report's content is the writer's next clause, not part of what
 * the first source said; the first content ends before the conjunction, and the second is then not nested in it.
 * So does one after a bare comma whose report follows its verb ("Lee said the budget was short, Ruiz said it was
 * fine"; not a source set off inside the report, "the plan, Ruiz argued, would fail").
 * So does one after "when", "after", ", even as" … ("Ruiz said she will back the nominee, even as she has criticized
 * his remarks"): on PolNeAR train the report in the subordinate clause is annotated on its own, a belief or a finding
 * there too ("…, after an audit showed …"). (Beliefs and findings after a coordinator gained less than they cost on
 * train: freed from the first content, they stayed as attributions of their own, mostly not annotated.)
 */
function endingBeforeCoordinatedReports(inSentence: FoundAttribution[], tokens: Token[], quotes: QuoteIndex): FoundAttribution[] {
  const at = (offset: number): number => tokens.findIndex((t) => t.start === offset);
  for (const b of inSentence) {
    if (!b.source || b.source.end > b.cue.start) continue;
    const first = at(b.source.start);
    const conjunction = tokens[first - 1];
    if (!conjunction) continue;
    // ("as" alone is mostly a preposition, "cited them as examples": a conjunction only after a comma or "even", or
    // before a finite cue of its own subject's, "citing him in every speech as she praises his record". "while",
    // "though" … are subordinators here too: not after a "that" opening its clause, "argued that although X confessed, …".)
    const asClause = conjunction.lower === 'as' && (tokens[first - 2]?.text === ',' || SUBORDINATOR_MODIFIERS.has(tokens[first - 2]?.lower ?? '') || isFiniteVerb(tokens[at(b.cue.start)]));
    const subordinate = REPORT_SUBORDINATORS.has(conjunction.lower) || asClause;
    // "Most say they trust her, some fear she will lose": a clause after a bare comma, its report after its cue.
    const splice = conjunction.text === ',' && b.content[0]!.start >= b.cue.end && tokens[tokens.findIndex((t) => t.end === b.cue.end) + 1]?.text !== ',' && isFiniteVerb(tokens[at(b.cue.start)]);
    if (!CLAUSE_COORDINATORS.has(conjunction.lower) && !subordinate && !splice) continue;
    // (A belief or a finding too after a subordinator, if its verb is finite: ", even as he understands …", "after an
    // audit showed …"; not "when he wouldn't be worried".)
    if (b.cue.category !== 'speech' && !(subordinate && (b.cue.category === 'belief' || b.cue.category === 'evidence') && isFiniteVerb(tokens[at(b.cue.start)]))) continue;
    if (quotes.overlapping(conjunction.start, conjunction.end).some((q) => q.inner.start <= conjunction.start && conjunction.end <= q.inner.end)) continue;
    // Not one source of two: "what Trump and Lewandowski said", "said she and her aides had left"; nor a relative
    // clause, "delegates who pledged".
    let joinAt = first - 1;
    if (subordinate && SUBORDINATOR_MODIFIERS.has(tokens[joinAt - 1]?.lower ?? '')) joinAt--;
    const joined = tokens[joinAt - 1];
    if ((!subordinate && (joined?.cap || joined?.pos === 'pron')) || RELATIVE_WORDS.has(tokens[tokens.findIndex((t) => t.end === b.source!.end)]!.lower)) continue;
    // A participle goes on with the clause before it ("Lee winning the state and the race continuing"), unless the
    // first report is a participle too ("Ryan saying …, and Trump calling it …").
    const gerund = (a: FoundAttribution): boolean => tokens[at(a.cue.start)]?.verbForm === 'gerund';
    if (gerund(b) && !inSentence.some((a) => a !== b && a.cue.end <= b.source!.start && gerund(a))) continue;
    const cut = joined?.text === ',' ? joinAt - 1 : joinAt;
    const lastKept = tokens[cut - 1];
    if (!lastKept) continue;
    for (const a of inSentence) {
      // (A survey's findings are all its own: "In the poll, 60 percent said …, and 38 percent said …".)
      if (a === b || a.cue.end > tokens[cut]!.start || a.cue.category === 'evidence' || SOURCE_AFTER_CUE.has(a.cue.lemma)) continue;
      const k = a.content.findIndex((c) => c.start < tokens[cut]!.start && b.cue.end <= c.end);
      if (k < 0) continue;
      // "said his band and a friend wrote new songs": a short noun phrase right after a cue of a bare clause, "and" and
      // a subject with a finite verb is one subject of two, opening the reported clause.
      const kept = tokens.filter((t) => t.start >= a.content[k]!.start && t.end <= lastKept.end);
      const rightAfterCue = tokens[tokens.findIndex((t) => t.end === a.cue.end) + 1]?.start === a.content[k]!.start;
      if (!subordinate && conjunction.lower === 'and' && a.cue.category === 'speech' && BARE_CLAUSE_LEMMAS.has(a.cue.lemma) && rightAfterCue && kept.length > 0 && kept.length <= 4 && kept.every((t) => NOUN_PHRASE_POS.has(t.pos)) && isFiniteVerb(tokens[at(b.cue.start)])) continue;
      // After a subordinator the first content ends only where its own clause is whole: after a comma, or after a
      // noun phrase ("asked about a speech she had given the week before, when she claimed …"). A clause without the
      // comma goes on ("says he knew little about her before she announced her bid"), and so does a "that" clause
      // opening with the subordinate one ("said that when the council criticized the plan, it was …").
      if (subordinate) {
        const clause = kept.some(isFiniteVerb);
        // (Also a comma inside a closing mark: "are “about right,” though voters say …".)
        const afterComma = joined?.text === ',' || (joined !== undefined && isQuoteMark(joined.text) && tokens[joinAt - 2]?.text === ',');
        if (kept.length === 0 || (COMPLEMENTIZERS.has(kept[0]!.lower) ? !(clause && afterComma) : clause && !afterComma)) continue;
      }
      a.content[k] = { start: a.content[k]!.start, end: lastKept.end };
      a.content.length = k + 1;
    }
  }
  return inSentence;
}

/**
 * "After the hearing ended, Lee stated that …": a cue inside a fronted adverbial clause reports nothing after the
 * clause's comma; the main clause is the sentence's own ("As Lee noted, …" is a report of it, and stays). On PolNeAR
 * train such reports were the main clause's cue wrongly taken, or not annotated.
 */
function withoutFrontedClauseReaching(inSentence: FoundAttribution[], tokens: Token[]): FoundAttribution[] {
  const at = frontedClauseComma(tokens);
  const comma = tokens[at];
  // (A quotation after the comma is what the clause's cue introduced: "When he returned he began by saying, “…”".)
  if (!comma || isQuoteMark(tokens[at + 1]?.text ?? '') || tokens.slice(0, at).some((t) => t.lower === 'as')) return inSentence;
  return inSentence.filter((a) => !(a.cue.end <= comma.start && a.content[0]!.start >= comma.end));
}

/**
 * "Lee questioned whether the plan would work, but declined to …", "referred to them as friends and showed …": a cue
 * verb joined by "and", "but" or "or" to an earlier cue of the same source, in the same form, is that source's next
 * act, not part of what the first one reported, when a comma or dash comes first or the first content is no clause;
 * the first content ends before the conjunction (and its comma or dash). (content.ts's contentAfter ends a content
 * there too as it reads it, but only after "that"/"whether" opening the content, and in the cue's own tense; this one
 * sees both verbs built, any finite pair, "has questioned … but declined", and a phrasal first cue.)
 */
function endingBeforeCoordinatedVerbs(inSentence: FoundAttribution[], tokens: Token[]): FoundAttribution[] {
  const at = (offset: number): number => tokens.findIndex((t) => t.start === offset);
  for (const b of inSentence) {
    if (b.sourceTokens.length === 0) continue;
    const verb = at(b.cue.start);
    const conjunction = tokens[verb - 1];
    if (!conjunction || !VERB_COORDINATORS.has(conjunction.lower)) continue;
    let last = verb - 2;
    while (tokens[last] && (tokens[last]!.text === ',' || isDash(tokens[last]!.text))) last--;
    const lastKept = tokens[last];
    if (!lastKept) continue;
    for (const a of inSentence) {
      if (a === b || a.sourceTokens[0] !== b.sourceTokens[0] || a.cue.end > conjunction.start) continue;
      const first = tokens[at(a.cue.start)];
      if (!first || !sameVerbForm(first, tokens[verb]!)) continue;
      const k = a.content.findIndex((c) => c.start < conjunction.start && b.cue.end <= c.end);
      if (k < 0 || lastKept.end <= a.content[k]!.start) continue;
      // (A clause reported without a comma goes on with its own verbs: "said she was tired of it and wanted …".)
      const clause = tokens.some((t) => t.start >= a.content[k]!.start && t.end <= lastKept.end && isFiniteVerb(t));
      if (clause && last === verb - 2) continue;
      a.content[k] = { start: a.content[k]!.start, end: lastKept.end };
      a.content.length = k + 1;
    }
  }
  return inSentence;
}


/** Both finite ("said … and thinks"), or both participles in "-ing". */
function sameVerbForm(a: Token, b: Token): boolean {
  return (isFiniteVerb(a) && isFiniteVerb(b)) || (a.verbForm === 'gerund' && b.verbForm === 'gerund');
}

const THIRD_PARTY_CLAIM_STANCES = new Set<Stance>(['accusing', 'denying', 'doubting']);

/**
 * A cue inside another attribution's content reports what the outer source
 * said someone else said or thinks ("Stein said she plans to …"): the outer
 * attribution carries it. Annotated news (PolNeAR) mostly marks the outer one only.
 * A loaded speech act inside another loaded one ("claiming that Russians have falsely accused Washington …") is
 * kept: it attributes a claim to a third party, which readers need to see; so is a reported saying (isReportedSaying).
 * (Inside a neutral report, "Berry said he blames the engineers", PolNeAR train marks such an act a quarter of
 * the time or less.)
 */
function withoutNested(inSentence: FoundAttribution[], quotes: QuoteIndex): FoundAttribution[] {
  const holds = (outer: FoundAttribution, inner: FoundAttribution): boolean =>
    outer.content.some((c) => c.start <= inner.cue.start && inner.cue.end <= c.end);
  // Two attributions holding each other's cues ("Talks are continuing, he said"): neither is nested; both stay for now.
  const holderOf = (inner: FoundAttribution, outers: FoundAttribution[]): FoundAttribution | undefined => outers.find((outer) => outer !== inner && holds(outer, inner) && !holds(inner, outer));
  // An attribution holding the speech act it was done by ("responded … by saying") gives way to it.
  const supersededByMeans = new Set<FoundAttribution>();
  for (const a of inSentence) if (a.meansOf) supersededByMeans.add(a.meansOf);
  // Of two holding each other's cues, a speech act holds the other ("The figures, he said, show a gain": not what the
  // figures show, with "he said" inside): on PolNeAR train the other was annotated 5 times in 25.
  const speechHolds = (a: FoundAttribution): boolean => a.cue.category !== 'speech' && inSentence.some((b) => b !== a && b.cue.category === 'speech' && holds(a, b) && holds(b, a));
  const kept = inSentence.filter((a) => !supersededByMeans.has(a) && !speechHolds(a));
  // Only an attribution nested in none holds others: in "Writing for a panel that all agreed Pence won, Barabak
  // noted that …", "agreed" (inside "Writing"'s content) does not swallow "noted".
  // (A writer's hedge holds nothing: "He appeared rattled when Ruiz accused him of …", "what appeared to be a jab,
  // Lee refused to endorse him" report what Ruiz and Lee did.)
  const outermost = kept.filter((a) => holderOf(a, kept) === undefined && !RAISING_WORDS.has(a.cue.lemma));
  // A report framing a clause hides the findings inside it, not a speech act ("As reported by The Post, Smith said …").
  const speechHiders = outermost.filter((a) => !a.framesClause);
  return kept.filter((inner) => {
    const outer = holderOf(inner, inner.cue.category === 'speech' ? speechHiders : outermost);
    if (outer) inner.nested = true;
    // Kept: loaded speech acts, reported sayings (below), and quotations quoted inside a quotation.
    return !outer || isReportedSaying(inner, outer, quotes) || (THIRD_PARTY_CLAIM_STANCES.has(outer.cue.stance) && THIRD_PARTY_CLAIM_STANCES.has(inner.cue.stance)) || inner.content.every((c) => { const q = quotes.innerStartingAt(c.start); return q !== undefined && q.inner.end === c.end && q.mark === 'single'; });
  });
}

/**
 * What someone is reported to have said inside a report ("Song said Clinton had said the plan wouldn't happen",
 * "criticized Trump, who said …") is an attribution of its own: on PolNeAR train, 59% of such "said"s are annotated
 * (other nested lemmas much less). Not inside a quotation (the speaker's own words, 0 of 10), nor inside "According
 * to the poll, …" or "In a survey, …" (the poll is the report, 8 of 46), nor after a finding or a publication that
 * reports it ("A poll showed that 60 percent said …", "The Post reported that Klein said …": 1 of 15; "…, the footage
 * showed." after it is no frame), nor a refusal ("declined to say whether").
 */
function isReportedSaying(inner: FoundAttribution, outer: FoundAttribution, quotes: QuoteIndex): boolean {
  // (Someone who can say it: "That said it all" is the writer's idiom.)
  const sayer = inner.sourceTokens.length > 0 && !(inner.sourceTokens.length === 1 && THING_PRONOUNS.has(inner.sourceTokens[0]!.lower));
  return inner.cue.lemma === 'say' && sayer && !SOURCE_AFTER_CUE.has(outer.cue.lemma) && !(outer.cue.category === 'evidence' && outer.cue.start < inner.cue.start) && !REFUSAL_CUES.has(outer.cue.lemma) && quotes.overlapping(inner.cue.start, inner.cue.end).length === 0;
}

// ---------------------------------------------------------------- in the document: transcript turns, duplicates, quotations that go on

/** Fewer words than this make a transcript turn too short to be reported as an attribution. */
const MIN_TURN_WORDS = 3;

/**
 * A transcript turn (PENCE: …) is one attribution: the cues inside it are the speaker's own words. A turn runs to
 * its paragraph's end, or, in a transcript written a turn per line, to where the next label begins.
 */
function transcriptTurns(found: FoundAttribution[], text: string): FoundAttribution[] {
  const labels = found.filter((a) => a.cue.category === 'label');
  for (let k = 0; k + 1 < labels.length; k++) {
    const turn = labels[k]!.content[0]!;
    const next = labels[k + 1]!.source?.start ?? labels[k + 1]!.cue.start;
    // (A new span: a turn that is a whole quotation shares its span with the quotation's index.)
    if (turn.start < next && next < turn.end) labels[k]!.content[0] = { start: turn.start, end: turn.start + text.slice(turn.start, next).trimEnd().length };
  }
  const inTurn = (a: FoundAttribution): boolean => labels.some((l) => l.content[0]!.start <= a.cue.start && a.cue.end <= l.content[0]!.end);
  // "Clinton: 2,316.": a tally in a table of results says nothing; nor does a turn of a word or two ("A: No!",
  // "Q: And you?", "Twitter: @handle"), which annotated news leaves out. (Its cues are still the speaker's words.)
  const tooShort = (a: FoundAttribution): boolean => (text.slice(a.content[0]!.start, a.content[0]!.end).match(/\p{L}+/gu)?.length ?? 0) < MIN_TURN_WORDS;
  return found.filter((a) => (a.cue.category === 'label' ? !tooShort(a) : !inTurn(a)));
}

/**
 * Two cues can yield the same content (a verb and its colon): keep the first. (Not a second cue with a source of
 * its own, coordinated with the first: "Ruiz said, and Lee agreed, that …".)
 */
function dropDuplicates(found: FoundAttribution[], text: string): FoundAttribution[] {
  const seen = new Map<string, FoundAttribution>();
  return found.filter((a) => {
    let key = '';
    for (const s of a.content) key += `${key === '' ? '' : ','}${s.start}-${s.end}`;
    const first = seen.get(key);
    // (A clause, not a quotation: "Lee said, and I quote, “…”" is one report.)
    if (first) return a.source !== null && COORDINATED_SOURCE.test(text.slice(first.cue.end, a.source.start)) && SHARED_CLAUSE.test(text.slice(a.content[0]!.start));
    seen.set(key, a);
    return true;
  });
}

/** What stands between a cue and the source of a second cue coordinated with it: ", and ", ", but ". */
const COORDINATED_SOURCE = /^,\s+(?:and|but)\s+$/;
/** How a clause that two coordinated cues share opens. */
const SHARED_CLAUSE = /^(?:that|whether|if)\b/i;

/**
 * “We won,” Smith said. “They lost.” Jones said.: a quotation that opens another attribution's content is not
 * also a continuation of the one before it (one quotation, one speaker), nor when that content goes on after it
 * (“A,” Lee said. “B” to the council, she said.).
 */
function withoutClaimedContinuations(found: FoundAttribution[], text: string): FoundAttribution[] {
  if (!found.some((a) => a.content.length > 1)) return found;
  // Openings by start; for each fragment, only those starting at or before it with no word between, looked at from
  // the nearest back, not all of them (that was quadratic in a piece's attributions).
  const opening = found.map((a) => a.content[0]!).sort((x, y) => x.start - y.start);
  const claimed = (c: Span): boolean => {
    const lo = countStartingBy(opening, c.start);
    for (let k = lo - 1; k >= 0; k--) {
      const w = opening[k]!;
      // A word between this opening and the fragment is between every earlier opening and it too.
      if (/[\p{L}\p{N}]/u.test(text.slice(w.start, c.start))) return false;
      if (c.end <= w.end) return true;
    }
    return false;
  };
  for (const a of found) if (a.content.length > 1) a.content = [a.content[0]!, ...a.content.slice(1).filter((c) => !claimed(c))];
  return found;
}

/**
 * "Greene added that the Fed wants out before the election. “They don’t like to talk about it.”": a quotation
 * that is the whole next sentence of the paragraph, with no attribution of its own, goes on with the report
 * that ends the sentence before it, as “A,” he said. “B.” does. Before a quotation that closes the paragraph, words
 * opening its sentence go with it ("Instead, “B.”").
 */
function addFollowingQuotations(found: FoundAttribution[], quotes: QuoteIndex, paragraphs: Paragraph[], text: string): void {
  const claimed = new Set<Quote>();
  for (const a of found) for (const c of a.content) for (const q of quotes.overlapping(c.start, c.end)) claimed.add(q);
  for (const a of found) {
    const last = a.content[a.content.length - 1]!;
    const next = quotes.firstFrom(last.end);
    if (!next || !next.closed || next.commaInside || next.multiParagraph || next.mark !== 'double' || claimed.has(next)) continue;
    // (A report of a few words is a topic, not a statement the quotation goes on with: "urged retaliation.")
    if ((text.slice(a.content[0]!.start, last.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 4) continue;
    // Only the end of a sentence between them, in the same paragraph, besides this attribution's own cue and source
    // ("Clinton “drew well” there, said Paul Beck. “That was her constituency.”"), or, before a quotation that
    // closes the paragraph, the writer's own sentences (onlyNarrationBetween).
    let between = text.slice(last.end, next.start);
    for (const own of [a.cue, a.source]) {
      if (own && own.start >= last.end && own.end <= next.start) between = between.slice(0, own.start - last.end) + ' '.repeat(own.end - own.start) + between.slice(own.end - last.end);
    }
    // (A lone line break is no paragraph's end: "… he said.⏎“They won't leave.”" goes on.)
    if (paragraphs.some((p) => p.start > last.end && p.start <= next.start)) continue;
    // The quotation is a sentence of its own: its paragraph ends after it, or another sentence starts.
    const rest = /^[^\p{L}\p{N}]*/u.exec(text.slice(next.end))![0];
    const closesParagraph = /[\n\r\u2029]/.test(rest) || next.end + rest.length >= text.length;
    const ends = closesParagraph || (/[.?!]/.test(text.slice(next.inner.end - 1, next.end) + rest) && /^\s*$/.test(rest.replace(/[.?!]/g, '')));
    if (!ends) continue;
    const bare = /^[^\p{L}\p{N}]*[.?!][^\p{L}\p{N}]*$/u.test(between);
    if (!bare && !(closesParagraph && onlyNarrationBetween(a, last.end, next, found, quotes, text))) continue;
    // (Words of its own sentence before it go with it, as annotated: "Instead, “he just walked away.”")
    const lead = bare ? -1 : sentenceLeadBefore(text, last.end, next.start);
    a.content.push(lead >= 0 ? withClosingMark({ start: lead, end: next.inner.end }, quotes) : next.inner);
    claimed.add(next);
  }
}

/**
 * The start of the words between `from` and a quotation at `to` that open the quotation's sentence ("Then, “…”"),
 * or -1 (not content.ts's leadOfQuotation, which wants a lead running into the quotation with no comma, its subject).
 */
function sentenceLeadBefore(text: string, from: number, to: number): number {
  const between = text.slice(from, to);
  const lead = /[.?!][^\p{L}\p{N}\s]*\s+([^.?!]*)$/u.exec(between);
  if (!lead || !/[\p{L}\p{N}]/u.test(lead[1]!)) return -1;
  return to - lead[1]!.length;
}

/**
 * “A,” said Lee, who runs the yard. She has worked there for years. “B.” ¶ — a quotation closing the paragraph goes on
 * with the attribution quoting A across the writer's sentences between them, when those hold no quotation and
 * no report of their own.
 */
function onlyNarrationBetween(a: FoundAttribution, from: number, next: Quote, found: FoundAttribution[], quotes: QuoteIndex, text: string): boolean {
  const quoting = quotes.innerStartingAt(a.content[0]!.start) !== undefined;
  const reportBetween = found.some((o) => o !== a && o.cue.start >= from && o.cue.end <= next.start);
  // (Past the mark closing A.)
  const narration = text.slice(from, next.start).replace(/^[^\p{L}\p{N}\s]+/u, '');
  return quoting && !reportBetween && !isQuoteMark(narration) && /[.?!]/.test(narration);
}

/**
 * A paragraph that is only a quotation, right after a paragraph whose last
 * attribution quotes someone (or reports what someone said), goes on with that attribution (the news
 * convention: “…,” Carver said. ¶ “We have waited twenty years …”): it becomes
 * one more content fragment, as “A,” he said. “B.” does inside a paragraph.
 */
function addContinuingQuotations(found: FoundAttribution[], quotes: QuoteIndex, paragraphs: Paragraph[], text: string): void {
  // Quotations some attribution already holds, and each paragraph's last attribution (by content start).
  const claimed = new Set<Quote>();
  const lastIn = new Map<number, FoundAttribution>();
  let p = 0;
  // (Not a report quoted inside another's content: “Smith said, ‘…’,” Jones told them. ¶ “B.” goes on with Jones.)
  const nested = nestedInOthers(found);
  for (const a of [...found].sort((x, y) => x.content[0]!.start - y.content[0]!.start)) {
    for (const c of a.content) for (const q of quotes.overlapping(c.start, c.end)) if (c.start <= q.inner.start) claimed.add(q);
    while (p + 1 < paragraphs.length && paragraphs[p + 1]!.start <= a.content[0]!.start) p++;
    if (!nested.has(a)) lastIn.set(p, a);
  }
  for (let k = 1; k < paragraphs.length; k++) {
    const paragraph = paragraphs[k]!;
    const opening = quotes.startingAt(paragraph.start);
    const quote = opening?.closed ? opening : undefined;
    if (!quote || claimed.has(quote) || !/^[\s.,!?]*$/.test(text.slice(quote.end, paragraph.end))) continue;
    const previous = paragraphs[k - 1]!;
    const last = lastIn.get(k - 1);
    // (A signature ends its quotation: “A.” ― Ann Lee, then “B.” is someone else's, or nobody's.)
    if (last?.cue.category === 'signature') continue;
    // The previous attribution quotes someone in the same marks (“…” or ‘…’), not only a title ("published “Why
    // Small Cities Fail” last year").
    const quoting = (q: Quote): boolean => q.mark === quote.mark && q.start >= previous.start && !isTitleQuote(q, text);
    // (Or reports a statement in its own words with a speech cue: "Smith said the town would take 100 more. ¶ “That is
    // all we can do.”", "In a 1963 speech, he declared: ¶ “…”")
    const reporting = last !== undefined && last.cue.category === 'speech' && last.sourceTokens.length > 0 && last.content.every((c) => quotes.overlapping(c.start, c.end).length === 0);
    if (!last || (!reporting && !last.content.some((c) => quotes.overlapping(c.start, c.end).some((q) => quoting(q) && c.start <= q.inner.start)))) continue;
    last.content.push(quote.inner);
    lastIn.set(k, last);
  }
}

/**
 * The attributions whose first content fragment lies inside a fragment of another attribution's content. One sweep
 * in text order: the fragments starting at or before a first fragment, of which it is enough to know the furthest
 * end, and the furthest end among other attributions than that one's (comparing each with every other was
 * quadratic: 256 KB of "He said yes. " spent 5 of its 9 s here).
 */
function nestedInOthers(found: FoundAttribution[]): Set<FoundAttribution> {
  const fragments: { start: number; end: number; owner: FoundAttribution }[] = [];
  for (const a of found) for (const c of a.content) fragments.push({ start: c.start, end: c.end, owner: a });
  fragments.sort((x, y) => x.start - y.start);
  const firsts = [...found].sort((x, y) => x.content[0]!.start - y.content[0]!.start);
  const nested = new Set<FoundAttribution>();
  // The furthest end of the fragments seen, and its attribution; the furthest end of the other attributions' fragments.
  let bestEnd = -1;
  let bestOwner: FoundAttribution | null = null;
  let otherEnd = -1;
  let f = 0;
  for (const a of firsts) {
    const first = a.content[0]!;
    for (; f < fragments.length && fragments[f]!.start <= first.start; f++) {
      const { end, owner } = fragments[f]!;
      if (owner === bestOwner) bestEnd = Math.max(bestEnd, end);
      else if (end > bestEnd) {
        otherEnd = bestEnd;
        bestEnd = end;
        bestOwner = owner;
      } else otherEnd = Math.max(otherEnd, end);
    }
    if ((bestOwner !== a ? bestEnd : otherEnd) >= first.end) nested.add(a);
  }
  return nested;
}

/** A quoted title, not words someone said: a few capitalised words without a sentence's end ("Why Small Cities Fail"). */
function isTitleQuote(q: Quote, text: string): boolean {
  // (By capitals, not by length as content.ts's isTitle: a short quotation in the paragraph before is mostly speech; excluding short ones too lowered dev F1 when measured.)
  const words = text.slice(q.inner.start, q.inner.end).match(/[\p{L}\p{N}’']+/gu) ?? [];
  const capitalised = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w);
  // (Not a short saying in lower case: “not now”.)
  return words.length > 0 && words.length <= 8 && capitalised(words[0]!) && words.some((w) => w.length >= 4) && !/[.!?,;:]\s*$/.test(text.slice(q.inner.start, q.inner.end)) && words.every((w) => w.length < 4 || capitalised(w));
}
