/**
 * Stage 4b, content: what an attribution reports. The reported clause after a
 * cue (skipping an addressee or a time phrase, ending at the next attribution
 * or at the end of an object phrase), the content before "…, X said", a
 * quotation before the source, and the quotation that continues it.
 */
import {
  ADDRESSEE_TOPIC_PREPOSITIONS, ADDRESSEE_VERBS, ADVERBIAL_GERUND_OPENERS, ADVERBIAL_PREPOSITIONS, ADVERBIAL_SUBORDINATORS, AMOUNTS_SAID, APPROXIMATORS, ASIDE_QUALIFIERS, AS_COMPLEMENT_LEMMAS, AUXILIARIES, BARE_DAYS, BE_FORMS, CLAUSE_JOINERS, CLAUSE_PUNCTUATION, CLOSERS_AFTER_COMMA, CLOSERS_AFTER_DASH, COMPLEMENTIZERS, CONTRAST_JOINERS, COORDINATORS, CORRECTING_AFTER_BUT, CUE_PARTICLES, DEFINITE_DETERMINERS, DEGREE_ADVERBS_IN_LY, DO_SUPPORT, FIGURE_DETAIL_OPENERS, FIGURE_UNITS, FRONTED_CONCESSIONS, FRONTED_SUBORDINATORS, INDEFINITE_ARTICLES, INFINITIVE_CUES, LEADING_TIME_OPENERS, MANNER_ADVERBS, MARGIN_WORDS, MEDIA_NOUNS, MEDIUM_PREPOSITIONS, NEGATED_QUANTIFIERS, NEGATIONS, NON_SUBJECT_PRONOUNS, NUMBER_BOUNDS, OBJECT_FINAL_STRETCH_PREPOSITIONS, OBJECT_FINAL_TIME_OPENERS, OCCASION_EVENT_PREPOSITIONS, OCCASION_NOUNS, OBJECT_NOUN_PREPOSITIONS, OBJECT_PREPOSITIONS, OPTIONAL_ADDRESSEE_VERBS, OBJECT_ONLY_PRONOUNS, OBJECT_STOPS, PARTY_TAG, PHRASAL_PARTICLES, POSSESSIVE_PRONOUNS, PRONOUNS, PRONOUNS_AS_OBJECT, PUBLISHING_MEDIA, RELATIVE_CLAUSE_OPENERS, RELATIVE_PRONOUNS, RELATIVE_WORDS, REPORTED_NOUNS, REPORT_JOINERS, SECOND_COMPLEMENT_OPENERS, SENTENCE_CONNECTIVES, SINGULARS_IN_S, SINGULAR_VERBS, STANCE_NOUNS, STANCE_PREPOSITIONS, SUBJECT_RELATIVES, SPEECH_OBJECT_NOUNS, STRETCH_MODIFIERS, SUBORDINATORS, TIME_MODIFIERS, TIME_NAMES, TIME_NOUNS, TIME_POINTS, TIME_PREPOSITIONS, TIME_WORDS, TRAILING_ADVERBIALS, TWO_WORD_SUBORDINATORS, UNADDRESSED_PREPOSITIONS, VERB_MODIFIERS, VERB_PREPOSITIONS, WHEN_OR_HOW, WH_CLAUSE_LEMMAS, WRITTEN_PIECES, WRITTEN_PIECE_LINKS,
} from '../lexicon/words.js';
import { CUES } from '../lexicon/cues.js';
import { anyOf, CLOSING_MARKS, DOUBLE_OPENING_MARK, QUOTATION_MARKS } from '../lexicon/quotation-marks.js';
import { isWordPair, wordPairs } from '../lexicon/word-pairs.js';
import type { Span } from '../types.js';
import { isPossessive, opensInfinitive, type CueMatch, type SentenceTokens } from './cues.js';
import { clauseSubjectAt, isDateYear, isNominal, isVerbModifier, stretchOfTimeEnd, subjectEndingAt, timePhraseEnd } from './phrases.js';
import type { Quote, QuoteIndex } from './segment.js';
import { isAdjectiveLike, isDash, isFiniteVerb, isPastReadAsAdjective, isQuoteMark, NOUN_PHRASE_POS, OBJECT_OPENING_TAGS, OPEN_QUOTE_MARK, skipBackOver, skipOver, type Token } from './tokens.js';

/**
 * The reported clause after a cue: from the first content word (skipping an
 * addressee after tell-like verbs, a leading time or place phrase, a comma or
 * colon, a time phrase before the object, and a preposition that goes with the
 * verb: "bristled at") to the end of the sentence, or to whatever closes it
 * first: the next coordinated or participial cue, a semicolon, ", but", ", and"
 * with a clause of its own, a comma after the verb of a noun's that-clause, the
 * main clause after a fronted adverbial clause or a relative clause on the
 * subject, or the end of an object phrase. After a passive (`passive`) the
 * object phrase keeps its time ("was blamed for the riots during the final").
 */
export function contentAfter(s: SentenceTokens, c: number, quotes: QuoteIndex, passive = false): Span | null {
  const { tokens, cues } = s;
  const cue = cues[c]!;
  // "Ruiz said, and Lee agreed, that …": the clause after the second cue is the first one's too.
  const sharing = cueSharingClause(tokens, cues, c);
  if (sharing >= 0) return contentAfter(s, sharing, quotes, passive);
  let from = cue.last + 1;
  // "the plans that the state offers, …": a relative clause's verb whose object is the noun before it; what follows
  // its comma goes on with the sentence (unless an aside ends in a clause or a quotation: "reports that Ruiz said, in
  // a speech, that …").
  if (tokens[from]?.text === ',' && objectRelativeBefore(tokens, cue.first) && !tokens.some((t, k) => k > from && tokens[k - 1]!.text === ',' && (t.lower === 'that' || opensQuotation(t)))) return null;
  // "her criticism of the judge", "comments about taxes": what a noun cue reports starts past its preposition (an
  // infinitive is part of it: "his promise to build …").
  if (cue.nominal && tokens[from]?.lower !== 'that' && !opensInfinitive(tokens, from)) from++;
  // "warned of a long, bitter fight", "warned against …": no addressee. (Not after a form of "be": "she is assured
  // of a majority" is said to her. Nor other prepositions: "asked on Monday whether …" has its addressee's time.)
  const withoutAddressee = UNADDRESSED_PREPOSITIONS.has(tokens[from]?.lower ?? '') && !BE_FORMS.has(tokens[skipBackOver(tokens, cue.first - 1, isAdverb)]?.lower ?? '');
  if (ADDRESSEE_VERBS.has(cue.lemma) && !withoutAddressee) {
    // "told analysts on a call": an addressee with nothing reported after it leaves the content before the cue.
    const clause = skipAddressee(tokens, from);
    const topic = clause >= 0 ? clause : topicAfterAddressee(tokens, cue.lemma, from);
    if (topic < 0 && !OPTIONAL_ADDRESSEE_VERBS.has(cue.lemma)) return null;
    if (topic >= 0) from = topic;
  }
  // "warned of the dangers of “open borders”", "boasted about a plan to spend …": a preposition right after the cue
  // opens its object, not a phrase of time or place to skip up to the quotation or infinitive inside it. (Before a
  // colon it is the topic of what follows: "said of the request: “…”".)
  const objectPreposition = from === cue.last + 1 && OBJECT_PREPOSITIONS.has(tokens[from]?.lower ?? '') && !tokens.some((t, k) => k > from && t.text === ':');
  if (!objectPreposition) from = skipLeadingAdverbial(tokens, from);
  // "pushed back hard on the report", "fired back sharply at …": adverbs of manner between the cue and its particle
  // go with the cue, and the particle after them is taken as if it followed the cue.
  let particleSlot = cue.last + 1;
  const afterManner = from === particleSlot ? skipOver(tokens, from, isMannerAdverb) : from;
  if (afterManner > from && CUE_PARTICLES.has(tokens[afterManner]?.lower ?? '')) from = particleSlot = afterManner;
  // "said little about the cost": an amount of speech before "about" goes with the cue too.
  else if (from === particleSlot && AMOUNTS_SAID.has(tokens[from]?.lower ?? '') && tokens[from + 1]?.lower === 'about') from = particleSlot = from + 1;
  // "announced on Monday the lawsuit against …", "released last week a report on …": a time phrase between the cue and
  // the noun phrase it reports. (Or its infinitive, whatever the lexicon makes of the verb: "sought on Wednesday to
  // calm …", "pleaded guilty in July to …".)
  const timeEnd = timePhraseEnd(tokens, from, tokens.length - 1);
  if (timeEnd >= 0 && (tokens[timeEnd + 1]?.pos === 'det' || POSSESSIVE_PRONOUNS.has(tokens[timeEnd + 1]?.lower ?? '') || tokens[timeEnd + 1]?.lower === 'to')) from = timeEnd + 1;
  // "spoke out Tuesday about the shooting", "called Friday for a recount": the verb's particle after its time goes with
  // the verb, as right after it.
  else if (from === particleSlot) {
    // (Or a bare day: "spoke out Tuesday about …", "called Friday night for …".)
    const day = BARE_DAYS.has(tokens[from]?.lower ?? '') ? (TIME_NOUNS.has(tokens[from + 1]?.lower ?? '') ? from + 1 : from) : -1;
    const end = timeEnd >= 0 ? timeEnd : day;
    // (Not a place after a speech cue: "said this week at an event …".)
    const particle = tokens[end + 1]?.lower ?? '';
    if (end >= 0 && CUE_PARTICLES.has(particle) && !(cue.category === 'speech' && ADVERBIAL_PREPOSITIONS.has(particle))) from = particleSlot = end + 1;
  }
  // "scolded him: “…”", "told the crowd: “…”": an object, a colon and a quotation.
  const colon = tokens.findIndex((t, k) => k >= from && k - from <= 4 && t.text === ':');
  if (colon >= 0 && tokens[colon + 1] !== undefined && quotes.startingAt(tokens[colon + 1]!.start) && tokens.slice(from, colon).every((t) => t.pos !== 'verb' && t.pos !== 'aux') && !isReportedObject(tokens.slice(from, colon), cue.lemma)) from = colon + 1;
  // "wrote his 20,000 Twitter followers, “It’s time …”", "went on to say, “…”", "said in an op-ed before a Senate
  // hearing, “…”": a phrase (up to 12 words) with no clause of its own, a comma and a quotation.
  else {
    // (The phrase may sit between commas: "joked, again using a Southern accent, “…”".)
    const lead = tokens[from]?.text === ',' ? from + 1 : from;
    const comma = tokens.findIndex((t, k) => k > lead && k - lead <= 12 && t.text === ',');
    const quote = comma > 0 && tokens[comma + 1] !== undefined ? quotes.startingAt(tokens[comma + 1]!.start) : undefined;
    if (quote && tokens.slice(lead, comma).every((t) => !isFiniteVerb(t) && t.pos !== 'aux' && t.pos !== 'punct' && !COMPLEMENTIZERS.has(t.lower)) && !verbAfterAppositive(tokens, quote)) from = comma + 1;
  }
  while (tokens[from] && (tokens[from]!.text === ',' || tokens[from]!.text === ':' || tokens[from]!.text === '—')) from++;
  if (from >= tokens.length) return null;
  // "Talks are continuing, he said.": what follows the comma is another cue's source clause, not content.
  if (tokens[from - 1]?.text === ',' && trailingSourceClause(tokens, cue.last, cues) === from - 1) return null;
  // Nothing but a time or place adverbial left ("said on Wednesday.", "said Friday, as they …"): no content after the cue.
  // (A quotation right after the cue, its colon or comma is content, whatever its words: "would now ask:
  // ''WHAT? …''", "chanting “U-S-A!”"; not one after a phrase: "appeared in the 1994 “Contract with America.”".)
  const introducedQuote = quotes.startingAt(tokens[from]!.start) !== undefined && (from === cue.last + 1 || tokens[from - 1]?.text === ':' || tokens[from - 1]?.text === ',');
  // (Not an object pronoun after a verb that reports only an object: "endorsed her.", "opposed it on Friday".)
  const pronounObject = cue.objectOnly === true && PRONOUNS_AS_OBJECT.has(tokens[from]!.lower);
  if (!introducedQuote && !pronounObject && onlyAdverbials(tokens, from, tokens.length)) return null;
  const comma = tokens.findIndex((t, k) => k >= from && t.text === ',');
  if (comma > from && onlyAdverbials(tokens, from, comma) && SUBORDINATORS.has(tokens[comma + 1]?.lower ?? '')) return null;
  // "As the Salem Times reported Monday, the plant will close": after "As X reported" and its time, the main clause.
  // (After a connective and its comma too: "After all, as we saw in 2009, banks …"; or "But": "But as Lee noted, …".)
  // (Or mid-sentence, "In the old city, as Lee reported in his book, the elite …", with a phrase of where it was said.)
  const opening = tokens.findLastIndex((t, k) => k < cue.first && t.lower === 'as' && (k === 0 || tokens[k - 1]!.text === ',' || (k === 1 && COORDINATORS.has(tokens[0]!.lower))));
  // (Only a speech verb's phrase of where: "As the crowd sparred over taxes, …", "As Lee began tweeting out …" report their own.)
  const setting = (): boolean => onlyAdverbials(tokens, from, comma) || (cue.category === 'speech' && !cue.weak && ADVERBIAL_PREPOSITIONS.has(tokens[from]!.lower) && !tokens.slice(from, comma).some((t) => isFiniteVerb(t) || COMPLEMENTIZERS.has(t.lower) || isQuoteMark(t.text)));
  // (Not inside a quotation that is the content: "But as The Hill noted, “Still, Lee has …”".)
  if (comma > from && opening >= 0 && cue.first - opening <= 6 && !isQuoteMark(tokens[from]!.text) && setting()) from = comma + 1;
  // "These employees, Stumpf explained earlier in the hearing, were well paid": a phrase of where or when, then
  // the verb of the interrupted sentence; the content is around the source, not after the cue.
  const adverbial = tokens[from]!.pos === 'prep' || tokens[from]!.pos === 'adv' || TIME_WORDS.has(tokens[from]!.lower);
  if (comma > from && adverbial && isFiniteVerb(tokens[comma + 1]) && !tokens.slice(from, comma).some((t) => isFiniteVerb(t) || COMPLEMENTIZERS.has(t.lower))) return null;
  // "Health worries have dogged …": a finite verb right after the cue word shows it was a noun;
  // "… cuts forecast as demand slows": an adverbial clause is not what was reported.
  const firstWord = tokens[from]!;
  const cueForm = tokens[cue.last]!.verbForm;
  const asComplement = firstWord.lower === 'as' && AS_COMPLEMENT_LEMMAS.has(cue.lemma);
  if (ADVERBIAL_SUBORDINATORS.has(firstWord.lower) && cueForm !== 'past' && cueForm !== 'gerund' && !asComplement) return null;
  // "renewed her promise Saturday when she announced …", "bristled when aides attacked her": a clause of when, after a
  // cue that takes no wh-clause, says when it happened, not what was said ("asked when …", "recalled when …" do).
  if (firstWord.lower === 'when' && tokens[from + 1]?.lower !== 'to' && !WH_CLAUSE_LEMMAS.has(cue.lemma)) return null;
  // "The crowd booed when Lee told them …", "cheered when she mentioned …": a reaction to a report of its own, with its
  // own subject and cue; that report is what annotated news marks, not the reaction.
  if (!passive && from === cue.last + 1 && !WH_CLAUSE_LEMMAS.has(cue.lemma) && joinsReportOfItsOwn(tokens, cues, from)) return null;
  // "It would take weeks, he said, and intense work would follow.", "cards they never asked for or just were
  // confused": a conjunction right after the cue goes on with the sentence; it is not what was said.
  if (['and', 'but', 'or'].includes(firstWord.lower)) return null;
  // "said at a Washington event.", "cut its forecast on Tuesday": a cue followed only by where or when. (Not "at least"
  // before a figure: "said at least 20 people died".)
  const figureModifier = NUMBER_BOUNDS.has(`${firstWord.lower} ${tokens[from + 1]?.lower ?? ''}`);
  const clauseOrQuotationLater = (): boolean => tokens.slice(from).some((t) => COMPLEMENTIZERS.has(t.lower) || opensQuotation(t));
  if ((cue.category === 'speech' || cue.category === 'evidence') && cue.first === cue.last && ADVERBIAL_PREPOSITIONS.has(firstWord.lower) && !figureModifier && !clauseOrQuotationLater()) return null;
  // "a claim rejected by two courts", "responded by closing the road": "by" right after the cue names an agent or a
  // means, never what was reported (unless a clause or quotation follows: "said by a wide margin that …").
  if (from === cue.last + 1 && firstWord.lower === 'by' && !clauseOrQuotationLater()) return null;
  const nextWord = tokens[from + 1];
  const subjectOfClause = nextWord !== undefined && (nextWord.pos === 'aux' || VERB_MODIFIERS.has(nextWord.lower)); // "said taxes would rise"
  // ("decided not to run": a negated infinitive is the report, not a finite verb; unless its verb is a cue reporting
  // a clause of its own: "decided not to question whether …".)
  const negatedInfinitive = (firstWord.lower === 'not' || firstWord.lower === 'never') && nextWord?.lower === 'to' && !cues.some((other) => other.first === from + 2 && startsReport(tokens, other.last + 1, false));
  // ("announced plans to …": a form in -s right after a cue in the past is its object, a plural noun; two finite verbs
  // do not follow each other.)
  const pluralObject = from === cue.last + 1 && cueForm === 'past' && firstWord.pos === 'verb' && firstWord.verbForm === 'present' && firstWord.lower.endsWith('s');
  // ("said not all voters agreed": "not" before a quantifier opens the reported clause's subject.)
  const negatedSubject = firstWord.lower === 'not' && NEGATED_QUANTIFIERS.has(nextWord?.lower ?? '');
  if (isFiniteVerb(firstWord) && (firstWord.pos === 'aux' || !subjectOfClause) && !negatedInfinitive && !pluralObject && !negatedSubject) return null;
  // "bristled at the questions", "apologized for his remarks": the preposition goes with the verb, not the content.
  // So does "to" before a noun phrase ("responded to the news", "to requests for comment"), not before a verb.
  // And one before a wh-clause ("disagree on how …", "hinted at what …": PolNeAR train starts the content at the
  // wh-word 55 times in 59); not before "that" or "if".
  const object = tokens[from + 1];
  // (Not a verb the lexicon takes for an adjective or a plural: "pledged to shut down …", "wanted to address the …".)
  const adjective = object?.pos === 'adj' && ['noun', 'proper', 'adj'].includes(tokens[from + 2]?.pos ?? '');
  const plural = object?.pos === 'noun' && object.lower.endsWith('s') && !object.lower.endsWith('ss');
  const toNounPhrase = firstWord.lower === 'to' && object !== undefined && (OBJECT_OPENING_TAGS.has(object.pos) || adjective || plural);
  // ("said about half of the votes …", "estimated over 300 …", "at least 20": before a figure the particle is part of it.)
  const figure = (APPROXIMATORS.has(firstWord.lower) && (object?.pos === 'num' || object?.lower === 'half')) || figureModifier;
  if (from === particleSlot && (CUE_PARTICLES.has(firstWord.lower) || toNounPhrase) && object !== undefined && object.lower !== 'that' && object.lower !== 'if' && !figure) from++;
  // "said to reporters that …", "explained to me that …": after "to", the person spoken to, then the clause, as after
  // "told". (Not a quotation after it: "agreed to an interview on “…”" names no addressee.)
  const addresseeAfterTo = firstWord.lower === 'to' && object !== undefined && (toNounPhrase || NON_SUBJECT_PRONOUNS.has(object.lower));
  if (addresseeAfterTo && from <= particleSlot + 1) {
    const clause = skipAddressee(tokens, particleSlot + 1);
    // (Not a noun of what was said before "that": "responded to reports that …" reports the reports.)
    if (clause > particleSlot + 1 && tokens[clause]!.lower === 'that') from = REPORTED_NOUNS.has(tokens[clause - 1]!.lower) ? particleSlot + 1 : clause;
  }

  // "went on to praise the crew": the verb of the infinitive goes with the cue, and its object is the report.
  if (from === cue.last + 1 && INFINITIVE_CUES.has(cue.lemma) && firstWord.lower === 'to') {
    const verb = skipOver(tokens, from + 1, isAdverb);
    const object = tokens[verb + 1];
    // (Whatever the tagger makes of it: after "went on to" a word is a verb, "went on to name cities …".)
    const bare = tokens[verb] !== undefined && /\p{L}/u.test(tokens[verb]!.text) && tokens[verb]!.pos !== 'det' && tokens[verb]!.pos !== 'pron';
    // ("went on to say: “…”": its colon or comma too.)
    const after = skipOver(tokens, verb + 1, (t) => t.text === ':' || t.text === ',');
    // (Not a phrasal verb or one with a preposition: "attempted to reach out to …", "tried to win over …" report the
    // whole phrase.)
    const particle = object !== undefined && (object.pos === 'prep' || PHRASAL_PARTICLES.has(object.lower));
    if (bare && object !== undefined && !particle && after < tokens.length) from = after;
  }

  // "offered some kind words about Mr. Bush", "expressed confidence that …": a stance noun as the verb's object goes
  // with the cue; the content is what it is about. (Not one that is someone's or a definite one: "his support for
  // Trump", "the notion that …" are annotated as content.)
  if (from === cue.last + 1) {
    let head = from;
    while (head < tokens.length && head - from < 4 && (tokens[head]!.pos === 'adj' || tokens[head]!.pos === 'num' || (tokens[head]!.pos === 'det' && !DEFINITE_DETERMINERS.has(tokens[head]!.lower)))) head++;
    const noun = tokens[head];
    const link = tokens[head + 1];
    if (noun !== undefined && link !== undefined && STANCE_NOUNS.has(noun.lower) && tokens[head + 2] !== undefined) {
      // (Not before a phrase of when: "announced support on Thursday".)
      if (STANCE_PREPOSITIONS.has(link.lower) && !timePhraseAt(tokens, head + 1, tokens.length - 1)) from = head + 2;
      else if (link.lower === 'that' && !isRelativeThat(tokens, head + 1)) from = head + 1;
    }
    // "published a story about …", "released a report detailing …": a written piece's subject.
    if (noun !== undefined && link !== undefined && WRITTEN_PIECES.has(noun.lower) && WRITTEN_PIECE_LINKS.has(link.lower) && tokens[head + 2] !== undefined && !timePhraseAt(tokens, head + 1, tokens.length - 1)) from = head + 2;
  }

  // "protests that have rocked": a cue word that can be a noun, followed by a relative clause, is a noun;
  // not after a subject pronoun ("He says that was not the first time"; but "Clinton claims that were debunked") or a
  // plural noun, which no noun follows in a compound ("recent polls show that has changed").
  // Nor when a cue in -s meets a singular verb: a plural noun's relative clause would agree with it ("Reynolds says
  // that's the point": "that" is the subject of the reported clause).
  const wordBefore = tokens[skipBackOver(tokens, cue.first - 1, isAdverb)];
  const pluralBefore = wordBefore?.pos === 'noun' && wordBefore.lower.endsWith('s') && !wordBefore.lower.endsWith('ss') && !SINGULARS_IN_S.has(wordBefore.lower);
  // (Nor after a number, for a form without -s: "One in five say that won't change" has its subject there.)
  const subjectBefore = (wordBefore?.lower ?? '') in PRONOUNS || pluralBefore || (wordBefore?.pos === 'num' && !tokens[cue.last]!.lower.endsWith('s'));
  const disagrees = tokens[cue.last]!.lower.endsWith('s') && SINGULAR_VERBS.has(tokens[from + 1]?.lower ?? '');
  // (A phrasal cue's form is its verb's: "pointed out that was …".)
  const verbForm = tokens[cue.first]!.verbForm;
  if (verbForm !== 'past' && verbForm !== 'gerund' && !subjectBefore && !disagrees && isRelativeThat(tokens, from)) return null;

  // A semicolon closes the reported clause ("… would raise $1.1 trillion; the Tax Foundation puts …").
  // So do the writer's additions after a comma (", but …", ", who faces a primary …", ", compared with …") or a
  // dash ("… – though economists doubt it"; "… – but she has doubts", a clause of its own after "but", unless a speech
  // act's clause goes on with it) (words.ts), a comment or a clause of its own after a comma (", a jab at …",
  // ", the crowd cheered"), "but" with a verb of the source's ("… but did not say …"),
  // ", and" with a clause of its own ("…, and three-quarters said …"), ", which" on a noun at the end of the sentence,
  // and a parenthesis that is the writer's aside.
  // ("but" and a verb goes on with a reported clause that has a subject of its own: "said he would stay but would
  // review the costs".)
  // Inside a quotation the speaker's own words go on ("one of ''suffering and delight, one of fear, but also of hope''").
  // (Most sentences hold no quotation: their tokens need no lookup each.)
  const sentenceQuoted = quotes.overlapping(tokens[0]!.start, tokens[tokens.length - 1]!.end).length > 0;
  const quoted = (t: Token): boolean => sentenceQuoted && quotes.overlapping(t.start, t.end).some((q) => q.inner.start <= t.start && t.end <= q.inner.end && q.start >= tokens[from]!.start);
  // "says it would cost more at first, but would save $8 billion", "said …, but that …": after a speech cue, ", but" goes
  // on with what was said (PolNeAR train: 119 such contents go on past it, 31 end there), unless it turns to the source
  // ("…, but he declined …") or to another report ("…, but Smith said …", "…, but agreed that …").
  const contrastGoesOn = (k: number): boolean => {
    // "believes not only the plan, but also the cost …", "thinks it is not the tax, but that the roads …": a "but" that
    // corrects or adds to what is held goes on with it (words.ts CORRECTING_AFTER_BUT; not the pronoun "that" before
    // its verb: "…, but that was not the case").
    const pronounThat = tokens[k + 2]?.lower === 'that' && (tokens[k + 3]?.pos === 'aux' || isFiniteVerb(tokens[k + 3]));
    if (tokens[k + 1]!.lower === 'but' && cue.category === 'belief' && CORRECTING_AFTER_BUT.has(tokens[k + 2]?.lower ?? '') && !pronounThat) return true;
    if (tokens[k + 1]!.lower !== 'but' || cue.category !== 'speech' || ['he', 'she'].includes(tokens[k + 2]?.lower ?? '')) return false;
    const subject = clauseSubjectAt(tokens, k + 2) !== null;
    return !cues.some((other) => other.first > k && !other.weak && (subject ? other.category === 'speech' : startsReport(tokens, other.last + 1)));
  };
  // "said he had not seen it, and when asked whether …, he said …", "…, while others say …", "… - critics say …": a report
  // of its own, with its own subject, joined after a comma (words.ts REPORT_JOINERS) or after a
  // dash, ends this one. (Not the dash of an aside alone: requiring no second dash lost on dev, measured.)
  const anotherReport = (k: number): boolean => (isDash(tokens[k]!.text) || REPORT_JOINERS.has(tokens[k + 1]?.lower ?? '')) && cues.some((other) => other.first > k + 2 && !other.weak && other.category === 'speech' && (isNominal(tokens[other.first - 1]!) || (tokens[other.first - 1]!.lower in PRONOUNS)) && !quoted(tokens[other.first]!));
  // "Republicans said taxes would fall, Democrats said they would rise": a subject and a speech cue right after a comma,
  // reporting a clause of their own (not a parenthetical ", he said," that the sentence runs on past). The same after
  // "and"/"but" with no comma when the subject is a pronoun or a name ("… but she said the road …", "… and Ruiz said
  // …"; a common noun there is as often the second half of a subject: "shootings and protests demands that …").
  const reportAfterComma = (k: number): boolean => cues.some((other) => {
    if (other.first <= k + 1 || other.weak || other.category !== 'speech' || other.first - k > 6) return false;
    if (!tokens.slice(k + 1, other.first).every((x) => (isNominal(x) || ['det', 'adj', 'poss', 'pron'].includes(x.pos)) && !RELATIVE_WORDS.has(x.lower))) return false;
    const next = tokens[other.last + 1];
    return next !== undefined && (next.lower === 'that' || clauseSubjectAt(tokens, other.last + 1) !== null);
  });
  // "said she and Lee agreed …": "and" after a noun phrase that a reported clause may open joins two subjects (not after
  // a cue that reports only an object or ends in its preposition: "backed Ruiz and 40 percent favored Lee").
  const takesClause = cue.objectOnly !== true && tokens[cue.last]!.pos !== 'prep';
  // (Nor after a subject pronoun, wherever it stands: "what he and his allies see as …".)
  const subjectsJoined = (k: number): boolean => (tokens[k]!.lower === 'and' || tokens[k]!.lower === 'or') && ((tokens[k - 1]!.lower in PRONOUNS && !NON_SUBJECT_PRONOUNS.has(tokens[k - 1]!.lower)) || (takesClause && nounPhrase(tokens, from, k - 1)));
  // "confirmed that Ruiz would attend but declined to say …": "but" and a verb in the cue's own tense, no subject between.
  const sourceVerbAfter = (k: number): boolean => {
    const v = tokens[skipOver(tokens, k + 1, isAdverb)];
    // (Not in a relative clause, whose verb it may be: "the man who weighed a run but stepped aside".)
    if (tokens.slice(from + 1, k).some((x) => RELATIVE_WORDS.has(x.lower))) return false;
    return v !== undefined && v.pos === 'verb' && isFiniteVerb(v) && v.verbForm === cueForm && (cueForm === 'past' || cueForm === 'present');
  };
  // Whether the reported clause closes at token `k`, by the rules above (inside a quotation it never does).
  // (A quotation the content opens with: "chanted “Lock her up!” as they had before".)
  const openingQuote = quotes.startingAt(tokens[from]!.start);
  // "(or they are worried that aid might shrink), the state offers …": a cue inside a parenthesis reports up to its close.
  const lastParenthesis = tokens.findLastIndex((x, j) => j < cue.first && (x.text === '(' || x.text === ')'));
  const inParenthesis = lastParenthesis >= 0 && tokens[lastParenthesis]!.text === '(';
  const closesAt = (t: Token, k: number): boolean => {
    if (quoted(t) || isDateComma(tokens, k)) return false;
    // After the quotation, a phrase of when or where is the writer's, not the speaker's ("yelled “You lie!” at the
    // president during …", "chanting “No contract” after talks failed").
    // (Not "as" before a noun phrase: "named “Madam Secretary” as her favourite show"; only a clause's: "as they had".)
    if (openingQuote?.closed && tokens[k - 1]?.end === openingQuote.end && AFTER_QUOTE_ADVERBIALS.has(t.lower) && (t.lower !== 'as' || clauseSubjectAt(tokens, k + 1) !== null)) return true;
    // So is a phrase of the medium after a quotation inside the content ("said the deal had “kept us safe” on Twitter",
    // "… “that crap” in an interview with CNN").
    // (Not "at his rally", "in his comments": the occasion or the remarks themselves are as often the speaker's words'.)
    if ((t.lower === 'in' || t.lower === 'on') && k > 0 && quotes.endingAt(tokens[k - 1]!.end)?.closed === true && namesMedium(tokens, k + 1, tokens.length - 1, PUBLISHING_MEDIA)) return true;
    // An object or infinitive ends before a report of its own joined to it ("declined to renew it and the council could
    // not find …"); a reported clause may hold one ("said taxes rose because Lee wanted it").
    if (joinsReportOfItsOwn(tokens, cues, t.text === ',' ? k + 1 : k) && !isClause(tokens, from, k - 1) && !subjectsJoined(k)) return true;
    // After a comma, "while" or "though" with a subject and a cue of its own ends a reported clause too ("argued the plan
    // was sound, while the council sought to delay it"); with any other verb it goes on ("…, while the council met",
    // measured).
    if (t.text === ',' && CONTRAST_JOINERS.has(tokens[k + 1]?.lower ?? '') && joinsReportOfItsOwn(tokens, cues, k + 1, true)) return true;
    // "said the plan was dead before adding that …", "…, while insisting that …": "before" (or "while" after a comma) and a
    // gerund speech cue open the source's next report, even after a reported clause. (Not "after": "after citing …" is
    // as often part of the first report; nor "while" with no comma: "could not stay calm while talking about him".)
    const gerundOpener = t.lower === 'before' || (t.lower === 'while' && tokens[k - 1]?.text === ',');
    if (gerundOpener && cues.some((other) => other.first === k + 1 && !other.weak && !other.nominal && gerund(tokens[k + 1]) && other.category === 'speech')) return true;
    if (t.text === ';' || (t.text === ')' && inParenthesis)) return true;
    if (t.text === '(') return closesWithAside(tokens, k);
    if (t.lower === 'but' && isFiniteVerb(tokens[k + 1]) && !isClause(tokens, from, k - 1)) return true;
    if (t.lower === 'but' && tokens[k - 1]?.text !== ',' && sourceVerbAfter(k)) return true;
    if (isDash(t.text)) return CLOSERS_AFTER_DASH.has(tokens[k + 1]?.lower ?? '') || (tokens[k + 1]?.lower === 'but' && clauseSubjectAt(tokens, k + 2) !== null && !(cue.category === 'speech' && isClause(tokens, from, k - 1))) || anotherReport(k) || dashedComment(tokens, k) || (s.sentence.paragraph === 0 && teaserAfterDash(tokens, k));
    if ((t.lower === 'and' || t.lower === 'but') && tokens[k - 1]?.text !== ',' && ((tokens[k + 1]?.lower ?? '') in PRONOUNS || tokens[k + 1]?.pos === 'proper')) return reportAfterComma(k);
    const next = tokens[k + 1]?.lower ?? '';
    // "that Ruiz would “protect our parks,” the crowd applauded", "“…,” while Lee said …", "“…,” but he gave …": after a
    // quotation whose closing mark holds the comma, a clause of its own, a report of its own, or "but" that turns from
    // what was said, as after a comma. (Not ", and" or ", who", which changed nothing on train or dev, measured.)
    if (isQuoteMark(t.text) && tokens[k - 1]?.text === ',' && quotes.endingAt(t.end)?.commaInside === true) {
      return spliced(tokens, from, k, true) || anotherReport(k) || reportAfterComma(k) || (next === 'but' && !contrastGoesOn(k) && asideBeforeComplement(tokens, k, tokens.length - 1) < 0);
    }
    if (t.text !== ',') return false;
    if (cue.nominal && closesNounClause(tokens, from, k)) return true;
    return closingAppositive(tokens, from, k) || spliced(tokens, from, k) || anotherReport(k) || reportAfterComma(k)
      || (CLOSERS_AFTER_COMMA.has(next) && !contrastGoesOn(k) && !relativeBeforeVerb(tokens, k, cues) && asideBeforeComplement(tokens, k, tokens.length - 1) < 0)
      || (next === 'which' && trailingWhich(tokens, k))
      || (next === 'and' && !COMPLEMENTIZERS.has(tokens[k + 2]?.lower ?? '') && clauseSubjectAt(tokens, k + 2) !== null);
  };
  const closing = tokens.findIndex((t, k) => k > from && closesAt(t, k));
  let to = lastContentToken(tokens, closing > 0 ? closing - 1 : tokens.length - 1);
  // "Voters who believe the media are biased are unlikely to …": a cue in a relative clause on the sentence's subject
  // reports up to the main clause's verb.
  // ("Officials expecting a deal said the talks …", "The footage of a wife pleading for her life came as …": a gerund
  // with an object, not a clause of speech, has the first finite verb after a noun for the sentence's.)
  const objectGerund = tokens[cue.first]!.lower.endsWith('ing') && cue.category !== 'speech' && tokens[from]?.lower !== 'that';
  const firstVerb = objectGerund ? tokens.findIndex((t, k) => k > from && k <= to && isFiniteVerb(t) && isNominal(tokens[k - 1]!)) : -1;
  const mainVerb = inSubjectRelative(tokens, cue) ? (firstVerb > 0 ? firstVerb : verbAfterRelativeClause(tokens, from, to)) : -1;
  if (mainVerb > from) to = Math.min(to, lastContentToken(tokens, mainVerb - 1));
  // "her criticism of the judge", "attacks on Lee — …": a noun cue reports the noun phrase after its preposition.
  if (cue.nominal && tokens[cue.last + 1]?.lower !== 'that') to = Math.min(to, prepositionalObjectEnd(tokens, cue, from, to));
  // "While aides insisted that …, the campaign has …": a cue in a fronted adverbial clause reports up to the main clause.
  const mainClause = fronted(tokens, cue.first) ? mainClauseAfter(tokens, from, to) : -1;
  if (mainClause > 0) to = lastContentToken(tokens, mainClause - 1);
  for (const next of cues.slice(c + 1)) {
    // Stop before "…, CUE-ing" and "… and [aux] CUE": those start an attribution of their own.
    const before = skipBackOver(tokens, next.first - 1, isVerbModifier);
    const joint = tokens[before];
    const nextIsParticiple = tokens[next.first]!.lower.endsWith('ing');
    // "vowed to keep it open and celebrated …", "signaled a rift and illustrated …": after an object or infinitive,
    // "and"/"but" and a cue in the cue's own tense is the source's next verb, a report of its own, weak or not. (Not
    // after a clause, whose own subject may have it: "said she was tired and wanted a change" is all one report; but a
    // "that" or "whether" clause closed by a comma is whole: "questioned whether Ruiz could lead, but declined to …".
    // attribute.ts's endingBeforeCoordinatedVerbs cuts the same way once both verbs are attributions of one source;
    // this one also sees past adverbs, "but then declined", and a next verb that built nothing of its own.)
    const nextVerb = tokens[next.first]!;
    const nextTense = isPastReadAsAdjective(nextVerb) ? 'past' : isFiniteVerb(nextVerb) ? nextVerb.verbForm : null;
    const sourceVerb = (joint?.lower === 'and' || joint?.lower === 'but') && nextTense !== null && nextTense === verbForm && nextVerb.pos !== 'aux' && (!isClause(tokens, from, before - 1) || (tokens[before - 1]?.text === ',' && !next.weak && COMPLEMENTIZERS.has(firstWord.lower)));
    if (sourceVerb) {
      to = Math.min(to, lastContentToken(tokens, before - 1));
      continue;
    }
    if (next.weak) continue;
    // "said he would sit Putin down and tell him …": a bare verb after "and" goes on with the reported clause.
    // (So is the cue's own base form before an object or possessive pronoun, whatever the lexicon calls it: "and tell him …".)
    // (So is an uninflected form after a cue in the past, whatever the tagger made of it: "said they would expand the
    // program and push for reform" cannot go with "said".)
    const uninflected = tokens[next.first]!.lower === next.lemma.split(' ')[0];
    // (Not one after "did"/"does": "said he would pray for the winner but did not suggest …" is the source's own verb.)
    const doSupport = tokens.slice(before + 1, next.first).some((x) => DO_SUPPORT.has(x.lower));
    const bare = !doSupport && (tokens[next.first]!.verbForm === 'base' || (uninflected && (NON_SUBJECT_PRONOUNS.has(tokens[next.last + 1]?.lower ?? '') || cueForm === 'past')));
    const coordinated = (joint?.lower === 'and' || joint?.lower === 'but') && !bare && next.category === 'speech';
    // (The comma may sit inside a closing quotation mark: "… “expanded the party,” claiming that …".)
    const comma = joint?.text === ',' || (joint !== undefined && quotes.endingAt(joint.end)?.commaInside === true);
    if (joint && ((comma && nextIsParticiple) || coordinated)) {
      to = Math.min(to, isQuoteMark(joint.text) ? before : lastContentToken(tokens, before - 1));
    }
  }
  // A trailing ", X said" belongs to another reading of this sentence; stop before it.
  const trailing = trailingSourceClause(tokens, from, cues);
  if (trailing !== null) to = Math.min(to, lastContentToken(tokens, trailing - 1));
  if (to < from) return null;
  // A quotation that opens the content is the content, whatever its length, when it runs to the end of the
  // sentence or closes a clause ("told us, ‘We will win,’ and nobody argued").
  const quote = quotes.startingAt(tokens[from]!.start);
  if (quote) {
    const after = tokens.find((t) => t.start >= quote.end);
    // '… ago," adding that …': a comma inside the closing mark closes the clause too.
    if (quote.end >= tokens[to]!.end || (quote.closed && after !== undefined && (quote.commaInside || after.text === ',' || after.lower === 'and' || after.lower === 'but'))) {
      const last = lastOfQuotedList(tokens, quote, quotes);
      return last === quote ? quote.inner : { start: quote.inner.start, end: last.inner.end };
    }
  }
  // A noun-phrase or infinitive object ("called for more investment in a statement") ends with its phrase.
  if (!quote && !COMPLEMENTIZERS.has(firstWord.lower) && firstWord.lower !== 'to') to = objectEndBeforeJoinedVerb(tokens, cue, from, to);
  if (!quote && firstWord.lower === 'to') to = infinitiveEndBeforeFiniteVerb(tokens, from, to);
  // ("supported him because he …": a verb that reports only an object has no clause after it.)
  if (!quote && (cue.objectOnly === true || !isClause(tokens, from, to))) to = Math.min(to, objectEnd(tokens, from, to, passive, cue.category === 'evidence'));
  // "defended his support of waterboarding at a rally in Ohio", "urged a larger role for the country at the annual
  // security conference": the event where it was said ends a noun-phrase object, whatever verb forms it holds. (Not an
  // infinitive's, a passive's, nor in the story's title.)
  // (Decided once for the three cuts below: none of them turns a non-clause into a clause.)
  const nounPhraseObject = !quote && firstWord.lower !== 'to' && !isClause(tokens, from, to);
  if (nounPhraseObject && !passive && s.sentence.paragraph !== 0) to = Math.min(to, objectEndBeforeOccasion(tokens, from, to));
  // "played down the idea in recent weeks", "will endorse Ruiz in coming weeks", "backed the cuts for years": a
  // stretch of time closing a noun-phrase object is when it was said or done. (Not after a verb: "saw prices rise in
  // recent years"; nor in a finding, whose time it is: "a study found a rise in thefts in recent months".)
  if (nounPhraseObject && !passive && s.sentence.paragraph !== 0 && cue.category !== 'evidence') to = Math.min(to, objectEndBeforeStretch(tokens, from, to));
  // In the story's title a named object ends before "over", "amid" or "despite": "Ruiz slams Lee over pier plan"
  // reports "Lee"; the rest is the headline's why or setting.
  if (nounPhraseObject && s.sentence.paragraph === 0) to = Math.min(to, headlineObjectEnd(tokens, from, to));
  // "backed Lee by 20 points", "supported her by a wide margin", "backed Lee, 57 percent to 22 percent": the size of the
  // support is the writer's figure, not what is supported. So after a verb of preference or view with a noun-phrase
  // object ("favored Lee 46 percent to 32 percent", "preferred her by broad margins"; not an infinitive, whose own time
  // it may be: "declined to comment Tuesday on …").
  if (!quote && (cue.objectOnly === true || (cue.category === 'belief' && firstWord.lower !== 'to' && !isClause(tokens, from, to)))) to = Math.min(to, objectEndBeforeMargin(tokens, from, to));
  // "endorsed him say they …", "supported it and Lee …": an object pronoun is the whole object (not "her" before its noun).
  if (!quote && cue.objectOnly === true && PRONOUNS_AS_OBJECT.has(tokens[from]!.lower) && !(tokens[from]!.lower === 'her' && tokens[from + 1] !== undefined && (isNominal(tokens[from + 1]!) || tokens[from + 1]!.pos === 'adj'))) to = from;
  // "Pastors supporting Ruiz in every county met …": a participle after its noun in the sentence's subject reports up
  // to the sentence's verb, as a noun cue there does.
  // (The tagger may read the participle as an adjective.)
  const participle = tokens[cue.first]!.lower.endsWith('ing') && cue.first > 0 && isNominal(tokens[cue.first - 1]!);
  if (!quote && cue.objectOnly === true && participle) to = Math.min(to, prepositionalObjectEnd(tokens, cue, from - 1, to));
  // "backed Lee in 2012 and, in later races, …": a conjunction whose second half was cut off ends nothing.
  while (to > from && tokens[to]!.pos === 'conj' && DANGLING_CONJUNCTIONS.has(tokens[to]!.lower)) to = lastContentToken(tokens, to - 1);
  const span = spanOfRange(tokens, from, to);
  // "said Thursday during a taping …", "booed loudly", "sparred for months", "said twice": only when or how.
  if (onlyWhenOrHow(tokens, from, to)) return null;
  return span && countWords(tokens, from, to) >= 1 ? withClosingMark(span, quotes) : null;
}

/**
 * "… when Lee suggested …", "… even though prosecutors found …", "… and the council could not find …": a joining word at
 * `k` (words.ts CLAUSE_JOINERS) before a subject of its own and a cue right after it (past auxiliaries and adverbs)
 * opens another report. (The subject and its cue must follow the joiner directly: "… when the polls, critics say, …" is
 * not it.) With `anyJoiner`, whatever word stands at `k` (the caller has checked it).
 */
function joinsReportOfItsOwn(tokens: Token[], cues: CueMatch[], k: number, anyJoiner = false): boolean {
  const joiner = tokens[k];
  if (joiner === undefined || (!anyJoiner && !CLAUSE_JOINERS.has(joiner.lower))) return false;
  const twoWords = twoWordSubordinatorAt(tokens, k);
  if (joiner.lower === 'even' && !twoWords) return false;
  const start = twoWords ? k + 2 : k + 1;
  let j = start;
  // (A pronoun opens the subject, never follows a noun in it: "as a major reason it thought …" holds a relative clause.)
  const inSubject = (t: Token, at: number): boolean => isNominal(t) || ['det', 'adj', 'poss'].includes(t.pos) || (t.pos === 'pron' && at === start) || (t.lower === 'of' && at > start);
  while (j < tokens.length && j - start < 8 && inSubject(tokens[j]!, j) && !RELATIVE_WORDS.has(tokens[j]!.lower)) j++;
  if (j === start) return false;
  // (After "and" with no comma, a subject opening with an adjective or a bare noun may be the next item of a list: "rules
  // for his wife and young models opposed to …".)
  const opener = tokens[start]!;
  if (joiner.lower === 'and' && tokens[k - 1]?.text !== ',' && (opener.pos === 'adj' || opener.pos === 'noun')) return false;
  const verb = skipOver(tokens, j, (t) => isVerbModifier(t) || t.pos === 'aux');
  // ("… when he would be worried about …": after a form of "be" the cue word is an adjective or a passive.)
  if (BE_FORMS.has(tokens[verb - 1]?.lower ?? '')) return false;
  return cues.some((other) => other.first === verb && !other.weak && !other.nominal && (other.category === 'speech' || other.category === 'belief' || other.category === 'evidence'));
}

/** How far after "by" a margin's word may stand ("by about a 67 percentage point margin"). */
const MARGIN_WORDS_AFTER_BY = 7;

/** The object's last token before a margin ("by 20 points", ", 57 percent to 22 percent"), or `to`. */
function objectEndBeforeMargin(tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k <= to; k++) {
    const t = tokens[k]!;
    const figureAfterComma = t.text === ',' && tokens[k + 1]?.pos === 'num' && FIGURE_UNITS.has(tokens[k + 2]?.lower ?? '');
    // ("favored Lee 46 percent to 32 percent": with no comma, a score of two figures right after the name.)
    const score = t.pos === 'num' && isNominal(tokens[k - 1]!) && FIGURE_UNITS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'to' && tokens[k + 3]?.pos === 'num';
    const margin = t.lower === 'by' && tokens.slice(k + 1, k + 1 + MARGIN_WORDS_AFTER_BY).some((x) => MARGIN_WORDS.has(x.lower));
    // ("threw her support behind Lee Wednesday, saying …": a bare day after the object is when, not what.)
    // (Not a day's own noun: "to win Monday's debate".)
    const day = BARE_DAYS.has(t.lower) && (isNominal(tokens[k - 1]!) || tokens[k - 1]!.text === ')') && tokens[k + 1]?.pos !== 'poss';
    if (figureAfterComma || score || margin || day) return lastContentToken(tokens, k - 1);
  }
  return to;
}

/**
 * "Voters who believe …", "Those who wanted …": is the cue the verb of a relative clause (its relative word right
 * before it) on a noun phrase with no verb before it, so that the sentence's own verb is still to come?
 */
function inSubjectRelative(tokens: Token[], cue: CueMatch): boolean {
  const relative = skipBackOver(tokens, cue.first - 1, isVerbModifier);
  // "Voters wanting change backed Lee": a gerund right after the noun is a relative clause without its pronoun.
  // (The tagger may call the gerund an adjective: "Residents demanding a recount gathered".)
  // (The noun phrase must open the sentence: not "have been poring over data showing that …".)
  const reduced = tokens[cue.first]!.lower.endsWith('ing') && cue.first === cue.last && relative === cue.first - 1 && tokens[relative] !== undefined && isNominal(tokens[relative]!) && subjectEndingAt(tokens, relative)?.first === 0;
  if (!reduced && (relative < 1 || !SUBJECT_RELATIVES.has(tokens[relative]!.lower) || tokens[relative]!.lower === 'what')) return false;
  const head = reduced ? tokens[relative]! : tokens[relative - 1]!;
  return (isNominal(head) || head.pos === 'pron' || head.pos === 'det') && !tokens.slice(0, relative).some((t) => isFiniteVerb(t) || t.text === ',' || t.text === ':' || isDash(t.text));
}

/**
 * "Ruiz said, and Lee agreed, that …": the cue after a comma and a coordinator that follows the cue at `c` with only
 * its subject between them, itself followed by a comma and a complementizer; its index, or -1.
 */
function cueSharingClause(tokens: Token[], cues: CueMatch[], c: number): number {
  const cue = cues[c]!;
  if (tokens[cue.last + 1]?.text !== ',' || !COORDINATORS.has(tokens[cue.last + 2]?.lower ?? '')) return -1;
  const next = cues[c + 1];
  if (next === undefined || tokens[next.last + 1]?.text !== ',' || !COMPLEMENTIZERS.has(tokens[next.last + 2]?.lower ?? '')) return -1;
  const subject = tokens.slice(cue.last + 3, next.first);
  return subject.length > 0 && subject.every((t) => isNominal(t) || t.pos === 'det' || t.pos === 'pron' || isVerbModifier(t)) ? c + 1 : -1;
}

/**
 * Where the noun phrase after a noun cue's preposition ends: before a mark ("attacks on Lee, who …", "criticism of
 * the plan — …"), or, when the cue stands in the sentence's subject (no finite verb before it), before the sentence's
 * verb ("Her criticism of the judge drew fire"; not one inside a relative clause of the phrase: "a law that protects …").
 */
function prepositionalObjectEnd(tokens: Token[], cue: CueMatch, from: number, to: number): number {
  let inSubject = !tokens.slice(0, cue.first).some(isFiniteVerb);
  for (let k = from + 1; k <= to; k++) {
    const t = tokens[k]!;
    if (CLAUSE_PUNCTUATION.has(t.text) || isDash(t.text)) return lastContentToken(tokens, k - 1);
    if (RELATIVE_WORDS.has(t.lower)) inSubject = false;
    // (An auxiliary the tagger read as a base form is finite too, but for an infinitive's: "to have".)
    if (inSubject && (isFiniteVerb(t) || (AUXILIARIES.has(t.lower) && tokens[k - 1]!.lower !== 'to'))) return lastContentToken(tokens, k - 1);
  }
  return to;
}

/** Prepositions that in a headline open the why or the setting of the verb, not more of its object ("slams Lee over …"). */
const HEADLINE_OBJECT_STOPS = new Set(['over', 'amid', 'despite']);

/**
 * The last token of a headline's object from `from` that is a name: before a preposition of why or setting ("slams
 * Lee over pier plan"; not "welcome the fight over …", "backing Lee over Ruiz", where the phrase is the object's own).
 */
function headlineObjectEnd(tokens: Token[], from: number, to: number): number {
  let k = from;
  while (k <= to && tokens[k]!.pos === 'proper') k++;
  return k > from && k <= to && HEADLINE_OBJECT_STOPS.has(tokens[k]!.lower) ? lastContentToken(tokens, k - 1) : to;
}

/**
 * The main clause's verb after a relative clause's content from `from` to `to`: the last finite verb that opens a
 * verb group of its own ("believe the media are biased [are] unlikely", "opposed the plan [were] angry"), since the
 * sentence's verb is still to come; -1 when a clause, a conjunction or punctuation first leaves it unclear (attribute.ts's
 * endOfRestrictiveRelative then reads a reported clause's own verb first).
 * (Not attribute.ts's mainVerbAfterClause: content from a cue's object may lack its verb; sharing it changed train.)
 */
function verbAfterRelativeClause(tokens: Token[], from: number, to: number): number {
  const start = tokens[from]!.lower === 'that' ? from + 1 : from;
  let main = -1;
  for (let k = start + 1; k <= to; k++) {
    const t = tokens[k]!;
    if (RELATIVE_WORDS.has(t.lower) || FRONTED_SUBORDINATORS.has(t.lower) || ['and', 'or', 'but'].includes(t.lower) || t.pos === 'punct') return -1;
    const prev = tokens[k - 1]!;
    // ("got an answer he might …": a pronoun and its verb open a clause of their own.)
    if (isFiniteVerb(t) && prev.lower in PRONOUNS) return main;
    if (isFiniteVerb(t) && prev.pos !== 'verb' && prev.pos !== 'aux' && !isVerbModifier(prev)) main = k;
  }
  return main;
}

/** Are the words from `from` to `to` only a time, a frequency or a manner ("Thursday", "last week", "loudly", "twice")? */
export function onlyWhenOrHow(tokens: Token[], from: number, to: number): boolean {
  let words = 0;
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'punct') continue;
    words++;
    // ("reported ten days ago", "reported a few days later", "reported late Thursday".)
    const when = TIME_WORDS.has(t.lower) || TIME_NAMES.has(t.lower) || WHEN_OR_HOW.has(t.lower) || (t.pos === 'num' && WHEN_OR_HOW.has(tokens[k + 1]?.lower ?? ''));
    const how = t.pos === 'adv' && t.lower.endsWith('ly');
    if (!when && !how) return false;
  }
  return words > 0;
}

/**
 * "denied the charges and counter-sued her", "favors the bill and opposes the cap": "and" before a verb in the cue's
 * own tense, after an object with no verb of its own, goes on with the source's sentence, so the object ends before
 * it. So does "and" before an auxiliary, which the object cannot be the subject of ("has not endorsed Smith and has
 * criticized …"), unless a relative clause in the object holds it ("a nation that borders Chile and has had …").
 * After a gerund cue, "and" before another gerund ("touting her record and pounding him on taxes"), unless the
 * object has one of its own. Returns the object's last token, `to` when no such "and" ends it.
 */
function objectEndBeforeJoinedVerb(tokens: Token[], cue: CueMatch, from: number, to: number): number {
  // (The cue's verb, not its particle: "sided with Cruz and bankrolled …".)
  const cueVerb = tokens.slice(cue.first, cue.last + 1).reverse().find((t) => t.pos === 'verb' || t.pos === 'aux');
  const cueTense = cueVerb?.verbForm === 'past' || cueVerb?.verbForm === 'present' ? cueVerb.verbForm : tokens[cue.last]!.verbForm;
  // A relative clause in the object ("for rules that have driven …"): 'open' after its relative word, then its verb's form.
  let relative: string | null = null;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (RELATIVE_WORDS.has(t.lower) && relative === null && cueTense !== 'gerund') { relative = 'open'; continue; }
    const verbOfRelative = relative === 'open' && (t.pos === 'verb' || t.pos === 'aux');
    if (verbOfRelative) { relative = t.pos === 'aux' || AUXILIARIES.has(t.lower) ? 'aux' : t.verbForm; continue; }
    if (relative !== null && (isFiniteVerb(t) || t.pos === 'aux' || RELATIVE_WORDS.has(t.lower))) continue;
    if (isFiniteVerb(t) || (cueTense === 'gerund' && t.verbForm === 'gerund') || t.pos === 'aux' || (t.pos === 'punct' && !(relative !== null && isQuoteMark(t.text))) || RELATIVE_WORDS.has(t.lower)) break;
    if (t.lower !== 'and') continue;
    const verb = tokens[skipOver(tokens, k + 1, isAdverb)];
    // ("and showcases his career": a word in the cue's ending before a definite determiner or possessive is a verb,
    // whatever the tagger called it; not before "a": "magazines and supplements a year".)
    const ending = cueTense === 'past' ? 'ed' : cueTense === 'present' && tokens[cue.last]!.lower.endsWith('s') ? 's' : null;
    const object = tokens[skipOver(tokens, k + 1, isAdverb) + 1];
    // (Nor before an object pronoun, in any tense: "and ranks it as …", "and cast himself as …".)
    const readAsNoun = verb !== undefined && (verb.pos === 'noun' || verb.pos === 'adj') && object !== undefined
      && ((ending !== null && verb.lower.endsWith(ending) && (DEFINITE_DETERMINERS.has(object.lower) || POSSESSIVE_PRONOUNS.has(object.lower))) || (cueTense !== 'gerund' && OBJECT_ONLY_PRONOUNS.has(object.lower)));
    const sameTense = ((cueTense === 'past' || cueTense === 'present') && isFiniteVerb(verb) && verb!.verbForm === cueTense) || (cueTense === 'gerund' && verb?.verbForm === 'gerund') || readAsNoun;
    // (After a relative clause only a verb in another form than the relative's, before its object's article, possessive or
    // pronoun, goes back to the source: "blamed her for rules that have driven shops out and cast the plan as …" (the
    // tagger may call "cast" a noun); "a nation that borders Chile and has had …", "that had been forged and led by …"
    // go on with it.)
    if (relative !== null) {
      const objectAfter = object !== undefined && object.lower !== 'that' && (DEFINITE_DETERMINERS.has(object.lower) || POSSESSIVE_PRONOUNS.has(object.lower) || OBJECT_ONLY_PRONOUNS.has(object.lower));
      const verbRead = verb !== undefined && (sameTense || (verb.pos === 'noun' && !verb.cap && !verb.lower.endsWith('s')));
      if (relative !== 'open' && verbRead && objectAfter && verb!.verbForm !== relative && !AUXILIARIES.has(verb!.lower)) return lastContentToken(tokens, k - 1);
      continue;
    }
    if (AUXILIARIES.has(verb?.lower ?? '') || sameTense) return lastContentToken(tokens, k - 1);
  }
  return to;
}

/**
 * "pledged to keep the clinic open and celebrated the ruling", "wants to win and says so": after an infinitive, "and"
 * or "but" before a finite verb (which the infinitive's own verb cannot be joined to) goes on with the source's
 * sentence, so the infinitive ends before it. Not past a mark or a relative or reported clause, whose own verb it may be.
 */
function infinitiveEndBeforeFiniteVerb(tokens: Token[], from: number, to: number): number {
  for (let k = from + 2; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'punct' || RELATIVE_WORDS.has(t.lower) || COMPLEMENTIZERS.has(t.lower)) break;
    if (t.lower !== 'and' && t.lower !== 'but') continue;
    const v = skipOver(tokens, k + 1, isAdverb);
    const verb = tokens[v];
    // (Not an -ed word before a noun, which it describes, "and need-based aid", nor a passive's: "and obtained by …".)
    const after = tokens[v + 1];
    const describes = after !== undefined && (['noun', 'adj', 'proper'].includes(after.pos) || after.lower === 'by');
    if (verb !== undefined && verb.pos === 'verb' && isFiniteVerb(verb) && /^[a-z]+(?:ed|s)$/.test(verb.lower) && !describes) return lastContentToken(tokens, k - 1);
  }
  return to;
}

/**
 * Does the parenthesis opening at `k` hold the writer's aside, which ends the content: a clause of its own
 * ("… (they want lower rates)") or a remark that ends the sentence ("… legal grounding (naturally).")? Names,
 * figures and glosses inside the sentence ("Sen. Ted Cruz (R-Tex.) voted …", "50 meters (yards) away") are read on.
 */
function closesWithAside(tokens: Token[], k: number): boolean {
  let close = k + 1;
  while (close < tokens.length && tokens[close]!.text !== ')') close++;
  if (close >= tokens.length) return true;
  // ("that Cruz (who has 231 delegates) must win …": between a subject and its verb, the aside is read on past.)
  if (isFiniteVerb(tokens[skipOver(tokens, close + 1, isAdverb)])) return false;
  // "Sen. Ana Ortiz (R-Texas).": a legislator's party tag belongs to the name, also at the sentence's end.
  if (close === k + 2 && PARTY_TAG.test(tokens[k + 1]!.text)) return false;
  // "the Affordable Care Act (ACA).": a name's short form after it belongs to the name, also at the sentence's end.
  if (close === k + 2 && tokens[k - 1]?.pos === 'proper' && isUpperCaseWord(tokens[k + 1]!)) return false;
  return lastContentToken(tokens, tokens.length - 1) <= close || tokens.slice(k + 1, close).some((t) => isFiniteVerb(t));
}

/**
 * In a story's title, a dash and a clause of a pronoun or a possessive's noun with its own verb is the teaser that
 * follows the report ("Lee Revealed Who He Would Pick – It Might Surprise You", "… – His Answer Could Anger Ruiz").
 */
function teaserAfterDash(tokens: Token[], k: number): boolean {
  const first = tokens[k + 1];
  if (first === undefined) return false;
  const subjectEnd = first.lower in PRONOUNS ? k + 1 : POSSESSIVE_PRONOUNS.has(first.lower) && isNominal(tokens[k + 2] ?? first) ? k + 2 : -1;
  const verb = tokens[subjectEnd + 1];
  return subjectEnd > k && verb !== undefined && (isFiniteVerb(verb) || AUXILIARIES.has(verb.lower));
}

/**
 * "said he would cut the rate to 6 percent — a goal that no one has met since": after a dash, "a"/"an" and a noun with
 * a relative clause of its own, running to the sentence's end, is the writer's comment on what was said.
 */
function dashedComment(tokens: Token[], k: number): boolean {
  if (!INDEFINITE_ARTICLES.has(tokens[k + 1]?.lower ?? '') || tokens.slice(k + 1).some((t) => isDash(t.text))) return false;
  let j = k + 2;
  while (j < tokens.length && j - k <= 5 && (isNominal(tokens[j]!) || tokens[j]!.pos === 'adj' || tokens[j]!.pos === 'adv')) j++;
  if (!isNominal(tokens[j - 1]!) || j === k + 2) return false;
  return SUBJECT_RELATIVES.has(tokens[j]?.lower ?? '') || ((tokens[j]?.lower ?? '') in PRONOUNS && clauseSubjectAt(tokens, j) !== null);
}

/**
 * "said she would attend the convention, which begins Monday": a relative clause on a noun, running to the end of the
 * sentence, is the writer's note on the noun, not what was said (measured on PolNeAR train: about three pairs gained
 * for each lost). Not on a figure, a year or a day ("lost $3 million in 2009, which allowed …", "met on Monday, which was
 * a holiday" go on with the report), and not one a comma or dash follows, whose sentence may go on with its verb.
 */
function trailingWhich(tokens: Token[], k: number): boolean {
  const noun = tokens[k - 1]!;
  if (!isNominal(noun) || noun.pos === 'num' || TIME_NAMES.has(noun.lower) || TIME_NOUNS.has(noun.lower)) return false;
  return !tokens.slice(k + 2).some((t) => t.text === ',' || t.text === ';' || isDash(t.text));
}

/**
 * "that Lane, who runs the firm, has sold it": a relative clause on the subject, set off by commas and followed by
 * the subject's own verb, sits inside the reported clause; it does not close it. (Unless it or that verb is a report
 * of its own, "that Lane, who denied it, has sold it", "when Lane, who lost, called for a recount", which the
 * annotation leaves out of the content around it.)
 */
function relativeBeforeVerb(tokens: Token[], k: number, cues: CueMatch[]): boolean {
  if (!RELATIVE_WORDS.has(tokens[k + 1]?.lower ?? '')) return false;
  for (let j = k + 2; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.text === ';' || isDash(t.text) || t.text === '(' || t.text === '.') return false;
    if (t.text !== ',') continue;
    // (The comma may stand inside a closing quotation mark, and a quotation may open the verb's clause: "the plan,
    // which she called “a disaster,” would fail", "the plan, first proposed in 2014, “makes no sense”".)
    const verb = skipOver(tokens, j + 1, (x) => isAdverb(x) || isQuoteMark(x.text));
    return isFiniteVerb(tokens[verb]) && !cues.some((c) => !c.weak && c.first > k && c.first <= verb);
  }
  return false;
}

/**
 * "said it was good to be home, a man yelled …": a clause of its own after a comma, when what came before is a whole
 * clause (a subject and its verb, with no subordinator that would make it the fronted part: "that if X wins, Y …").
 */
function spliced(tokens: Token[], from: number, k: number, afterQuotation = false): boolean {
  // (Not a noun phrase with a clause of its own, "…, an island the navy took"; those are closingAppositive's.)
  // (But "…, a man yelled …": an article, at most an adjective and one noun, then the verb, is a subject.)
  const article = ['a', 'an'].includes(tokens[k + 1]?.lower ?? '');
  const subject = RELATIVE_WORDS.has(tokens[k + 1]?.lower ?? '') ? null : clauseSubjectAt(tokens, k + 1);
  if (subject === null || subject.some((t) => RELATIVE_WORDS.has(t.lower)) || (article && !isShortIndefinite(subject))) return false;
  const start = tokens[from]!.lower === 'that' ? from + 1 : from;
  // (After a quotation whose closing mark holds the comma, `k` is that mark: its comma and the quotation's marks are
  // the clause's own.)
  const inner = afterQuotation ? k - 1 : k;
  if (tokens.slice(start, inner).some((t) => FRONTED_SUBORDINATORS.has(t.lower) || COMPLEMENTIZERS.has(t.lower) || t.text === ',' || (isQuoteMark(t.text) && !afterQuotation))) return false;
  return clauseSubjectAt(tokens, start) !== null;
}

/** "a man", "an angry voter": an article, at most one adjective and a noun. */
function isShortIndefinite(phrase: Token[]): boolean {
  const head = phrase[phrase.length - 1]!;
  return phrase.length <= 3 && (head.pos === 'noun' || head.pos === 'proper') && phrase.slice(1, -1).every((t) => t.pos === 'adj');
}

/**
 * "…, a jab at his rivals", "…, a view few others share": a noun phrase opened by "a" after a comma closing a
 * reported clause and running to the end of the sentence is the writer's comment on it, not more of what was said.
 * (After a dash it more often explains the noun before it: "another man - a suspect with a warrant"; measured.)
 * (Not one inside the clause, followed by its verb: "that Smith, a lawyer, would run", nor one after a name, which it describes.)
 */
function closingAppositive(tokens: Token[], from: number, k: number): boolean {
  const article = tokens[k + 1]?.lower;
  if ((article !== 'a' && article !== 'an') || k - from < 3 || tokens[k - 1]!.pos === 'proper' || !isClause(tokens, from, k - 1)) return false;
  // (Nor an item of a list: "a speech, a push or a resolution".)
  if (listEnd(tokens, k, tokens.length - 1) > k) return false;
  let relative = false;
  for (let j = k + 2; j < tokens.length; j++) {
    relative ||= RELATIVE_WORDS.has(tokens[j]!.lower);
    // "…, a vote on the plan could not be held", "that, for once, a woman would lead": a subject and its verb.
    // (A verb straight after the article is a noun the lexicon reads as a verb: "a view that …".)
    if (!relative && j > k + 2 && (isFiniteVerb(tokens[j]) || tokens[j]!.pos === 'aux') && isNominal(tokens[j - 1]!)) return false;
    if (['and', 'or'].includes(tokens[j]!.lower) && ['a', 'an'].includes(tokens[j + 1]?.lower ?? '')) return false;
    if ((tokens[j]!.text === ',' || isDash(tokens[j]!.text)) && (isFiniteVerb(tokens[j + 1]) || tokens[j + 1]?.pos === 'aux')) return false;
  }
  return true;
}

/**
 * "said the plan, “a total disaster,” would fail": a verb right after a quotation set off by commas (its comma
 * inside the closing mark or after it) makes the quotation an appositive on the subject before it, not what is said.
 */
function verbAfterAppositive(tokens: Token[], quote: Quote): boolean {
  let k = tokens.findIndex((t) => t.start >= quote.end);
  if (k < 0) return false;
  if (tokens[k]!.text === ',') k++;
  else if (!quote.commaInside) return false;
  const next = tokens[skipOver(tokens, k, isAdverb)];
  return isFiniteVerb(next) || next?.pos === 'aux';
}

/** “how the system is rigged,” and “wounded American families” and “our own …”: the last of quotations joined by "and"/"or". */
function lastOfQuotedList(tokens: Token[], first: Quote, quotes: QuoteIndex): Quote {
  let last = first;
  for (;;) {
    let k = tokens.findIndex((t) => t.start >= last.end);
    if (tokens[k]?.text === ',') k++;
    const next = tokens[k + 1] !== undefined && ['and', 'or'].includes(tokens[k]?.lower ?? '') ? quotes.startingAt(tokens[k + 1]!.start) : undefined;
    if (!next?.closed) return last;
    last = next;
  }
}

/** Does the sentence open with an adverbial clause ("While …", "Even as …", "But although …") that holds token `i`? */
function fronted(tokens: Token[], i: number): boolean {
  let k = 0;
  while (k < i && (tokens[k]!.pos === 'conj' || tokens[k]!.lower === 'even' || isQuoteMark(tokens[k]!.text)) && !ADVERBIAL_SUBORDINATORS.has(tokens[k]!.lower)) k++;
  if ((k < i && ADVERBIAL_SUBORDINATORS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'as') || opensWithParticiple(tokens, i)) return true;
  // "When the moderator pointed out …", "Last month, when I asked …", "Years after he claimed …": a subordinator
  // between the cue and the comma before it, with no verb before it (so the main clause is still to come).
  for (let j = i - 1; j >= 0 && tokens[j]!.text !== ','; j--) {
    // (Not "As Smith noted, even if …, he would …": there the main clause after the comma is what was said.)
    if (FRONTED_SUBORDINATORS.has(tokens[j]!.lower)) return !tokens.slice(0, j).some((t) => isFiniteVerb(t) || t.pos === 'aux') && !(tokens[j]!.lower === 'as' && tokens[i + 1]?.text === ',');
  }
  return false;
}

/** "Asked whether …, 75 percent said yes", "Having announced that …, Judge Berman proceeded": the cue at `i` opens the sentence as a participle. */
export function opensWithParticiple(tokens: Token[], i: number): boolean {
  const cue = tokens[i]!;
  const participle = cue.verbForm === 'gerund' || cue.verbForm === 'past' || cue.verbForm === 'participle';
  const opener = i === 0 || (i === 1 && (tokens[0]!.lower === 'having' || tokens[0]!.pos === 'conj' || ADVERBIAL_GERUND_OPENERS.has(tokens[0]!.lower)));
  return participle && opener;
}

/**
 * Index of the comma after which a main clause (a subject and a finite verb) starts, between `from` and `to`; else -1.
 * (Of the closing mark after a comma inside a quotation: "Asked whether Lee “can win,” 60 percent said yes".)
 */
export function mainClauseAfter(tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    if (tokens[k]!.text !== ',') continue;
    const marks = skipOver(tokens, k + 1, (t) => isQuoteMark(t.text) && !opensQuotation(t));
    if (clauseSubjectAt(tokens, marks) !== null) return marks - 1;
  }
  return -1;
}

/**
 * A quotation opened inside the content ends it where it closes: `was "armed and dangerous."`, and
 * `said that “ethanol people” “do a fantastic job. And it’s so important.”` (past the sentence's end).
 */
export function withClosingMark(span: Span, quotes: QuoteIndex): Span {
  // (Not over paragraphs: a mark paired wrongly across them must not pull in what follows.)
  const closing = quotes.overlapping(span.end - 1, span.end).find((q) => q.closed && !q.multiParagraph && q.start >= span.start && q.end > span.end);
  return closing ? { start: span.start, end: closing.end } : span;
}

export function hasFiniteVerb(tokens: Token[], span: Span): boolean {
  return tokens.some((t) => t.start >= span.start && t.end <= span.end && isFiniteVerb(t));
}

/**
 * "On the last day of the race, Kasich is reflecting on …", "With 40 seats at stake, she …": a phrase opened by a
 * preposition, with no verb of its own, before the source sets the source's clause in time or place; it reports
 * nothing (on train such contents were almost never right). So does a lone adverbial clause ("When the storm hit, the
 * mayor promised …", "But if the vote fails, you would never know it"): without a comma of its own it holds no main
 * clause for the source to report (on train most such contents were wrong). ("When asked …" is left: its subject is
 * the source's, and what follows may be the answer.) And so do a few words of time or discourse ("Then", "Two weeks
 * earlier, …": on train no such content was right).
 */
export function isFrontedAdverbial(tokens: Token[], span: Span): boolean {
  // (After a conjunction too: "But in Anaheim, the crowd …".)
  let k = tokens.findIndex((t) => t.start >= span.start);
  if (tokens[k]?.pos === 'conj' && !FRONTED_SUBORDINATORS.has(tokens[k]!.lower)) k++;
  if (tokens[k]?.pos === 'prep' && !hasFiniteVerb(tokens, span)) return true;
  return isLoneAdverbialClause(tokens, span) || isShortSetting(tokens, span);
}

/** What a few words of time or discourse are made of ("Then", "More importantly", "Five years earlier"). */
const SETTING_POS: ReadonlySet<string> = new Set(['adv', 'conj', 'det', 'num']);

function isShortSetting(tokens: Token[], span: Span): boolean {
  const words = tokens.filter((t) => t.start >= span.start && t.end <= span.end && t.pos !== 'punct');
  const setting = (t: Token, k: number): boolean =>
    SETTING_POS.has(t.pos) || TIME_WORDS.has(t.lower) || TIME_NOUNS.has(t.lower) || (t.pos === 'noun' && words[k - 1]?.pos === 'num');
  return words.length > 0 && words.length <= 3 && words.every(setting);
}

function isLoneAdverbialClause(tokens: Token[], span: Span): boolean {
  let k = tokens.findIndex((t) => t.start >= span.start);
  while (tokens[k]?.pos === 'conj' && !FRONTED_SUBORDINATORS.has(tokens[k]!.lower)) k++;
  if (!FRONTED_SUBORDINATORS.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.pos === 'verb') return false;
  return !tokens.some((t) => t.start >= span.start && t.end <= span.end && t.text === ',');
}

/** Does the content from `from` to `to` report a clause (that …, whether …, or a subject with a finite verb)? */
function isClause(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from]!;
  if (COMPLEMENTIZERS.has(first.lower) || opensQuotation(first) || first.lower === 'to') return first.lower !== 'to';
  // "warned against cutting rates too early, as …"; but a gerund with its object can be a clause's subject ("said
  // taxing land encourages savings, …").
  // (Not a preposition's object: "against cutting interest rates", where "rates" may read as a verb.)
  if (first.verbForm === 'gerund' || first.lower.endsWith('ing')) return tokens[from - 1]?.pos !== 'prep' && clauseSubjectAt(tokens, from + 1) !== null;
  for (let k = from + 1; k <= to; k++) {
    const t = tokens[k]!;
    // "his candidacy after he won the primary": after a noun phrase, a verb behind a subordinator is the adverbial
    // clause's, not the content's. So behind "when" ("the bill when it came to a vote").
    if ((((ADVERBIAL_SUBORDINATORS.has(t.lower) || t.lower === 'when') && clauseSubjectAt(tokens, k + 1) !== null) || adverbialClauseAt(tokens, k)) && nounPhrase(tokens, from, k - 1)) return false;
    // "families - gay, straight or foster - would qualify": an aside between dashes before the subject's verb.
    if (isDash(t.text)) {
      const close = tokens.findIndex((x, j) => j > k + 1 && j <= Math.min(to, k + ASIDE_WORDS) && isDash(x.text));
      if (close > 0 && isFiniteVerb(tokens[close + 1])) return true;
    }
    if (t.text === ',') {
      if (isDateComma(tokens, k)) continue;
      // "comments from Rice, Rhodes and Panetta were consistent": a list of subjects before the verb.
      if (subjectListVerb(tokens, k, to)) return true;
      // "the program, run by the department, has brought …": a parenthetical between the subject and its verb.
      // (Its comma may stand inside a closing quotation mark: "the plan, which she called “a disaster,” would fail".)
      let close = k + 1;
      while (close <= Math.min(to, k + ASIDE_WORDS) && tokens[close]!.text !== ',') close++;
      const verb = skipOver(tokens, close + 1, (x) => isQuoteMark(x.text));
      if (close > Math.min(to, k + ASIDE_WORDS) || !isFiniteVerb(tokens[verb])) return false;
      k = verb - 1;
      continue;
    }
    if (isFiniteVerb(t) || taggedOffFinite(tokens, from, k)) return true;
  }
  return false;
}

/** "Sept. 11, 2001, attacks", "the June 3, 2015 vote": the commas around a date's year, at `k`, go on with the phrase. */
function isDateComma(tokens: Token[], k: number): boolean {
  return tokens[k]?.text === ',' && (isDateYear(tokens, k + 1) || isDateYear(tokens, k - 1));
}

/** How far an aside between commas or dashes may run between a subject and its verb. */
const ASIDE_WORDS = 15;

/** Are the words from `from` to `to` a noun phrase, with its prepositional phrases ("Clinton's record on trade")? */
function nounPhrase(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from, to + 1).every((t) => NOUN_PHRASE_WITH_PREPOSITIONS.has(t.pos) && t.lower !== 'to');
}

const NOUN_PHRASE_WITH_PREPOSITIONS = new Set<Token['pos']>([...NOUN_PHRASE_POS, 'prep']);

/**
 * A finite verb the tagger read otherwise, right after a short subject opening the clause at `from`: a bare form
 * after a pronoun or coordinated subject ("he and Jones differ on …"), an -ed form read as an adjective before its
 * object ("millions lost their homes"), a preposition or the end ("the talks failed on Monday").
 */
function taggedOffFinite(tokens: Token[], from: number, k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1]!;
  const next = tokens[k + 1];
  const subject = isNominal(prev) || (prev.pos === 'pron' && prev.lower in PRONOUNS);
  if (!subject || k - from > 3) return false;
  if (t.pos === 'verb' && t.verbForm === 'base') return (prev.pos === 'pron' && k - 1 === from) || tokens[k - 2]?.lower === 'and';
  return isPastReadAsAdjective(t) && (next === undefined || next.pos === 'det' || isPossessive(next) || next.pos === 'prep' || next.pos === 'punct');
}

/** After the comma at `comma`, the rest of a noun list ("B, C and D") and then a finite verb? */
function subjectListVerb(tokens: Token[], comma: number, to: number): boolean {
  let joined = false;
  for (let k = comma + 1; k <= to && k - comma <= 12; k++) {
    const t = tokens[k]!;
    if (t.lower === 'and' || t.lower === 'or') { if (joined) return false; joined = true; continue; }
    if (t.text === ',' && !joined) continue;
    if (NOUN_PHRASE_POS.has(t.pos)) continue;
    return joined && isFiniteVerb(t) && NOUN_PHRASE_POS.has(tokens[k - 1]!.pos);
  }
  return false;
}

/** The last token of an object phrase: before a comma, a relative or subordinate clause, or a trailing adverbial. */
function objectEnd(tokens: Token[], from: number, to: number, passive: boolean, evidence: boolean): number {
  let end = to;
  let verbal = false; // "of moving troops … during the ceasefire": a verb inside keeps its own adverbials
  // So does an infinitive, whatever the lexicon makes of its verb ("to win after …"), and its time (below).
  const infinitive = tokens[from]!.lower === 'to';
  for (let k = from + 1; k <= to; k++) {
    const t = tokens[k]!;
    // "low economic growth, unemployment and growing inequality": a comma inside a list goes on to its last item.
    // (After a verb, only a list with an item before its "and": "to fix roads, bridges and sewers"; "to sing, and
    // students …" joins a clause of its own.)
    if (t.text === ',' && (!verbal || !['and', 'or'].includes(tokens[k + 1]?.lower ?? ''))) {
      const last = listEnd(tokens, k, to);
      if (last > k) { k = last; continue; }
    }
    // "his executive actions, including the latest ones", "leading Mr. Cruz, 45 percent to 18 percent": examples and
    // figures after a comma go on with the object.
    // (Not "including Gov. Jack Markell", who are more of the source, nor "…, 721 delegates cast …".)
    // ("his rivals, especially Cruz", "exceptions, such as rape": the examples the object is said of go on with it.)
    const example = (tokens[k + 1]?.lower === 'including' && tokens[k + 2]?.pos !== 'proper') || tokens[k + 1]?.lower === 'especially' || (tokens[k + 1]?.lower === 'such' && tokens[k + 2]?.lower === 'as' && (NOUN_PHRASE_POS.has(tokens[k + 3]?.pos ?? 'punct') || gerund(tokens[k + 3])));
    // "to work at the bank, not the store": a contrast after a comma goes on with the object.
    // "the attacks to stick, or to appear flustered": an alternative after a comma goes on with the object.
    const alternative = tokens[k + 1]?.lower === 'or' && (NOUN_PHRASE_POS.has(tokens[k + 2]?.pos ?? 'punct') || tokens[k + 2]?.lower === 'to');
    const contrast = tokens[k + 1]?.lower === 'not' && ['det', 'poss', 'proper', 'noun', 'adj', 'num', 'prep'].includes(tokens[k + 2]?.pos ?? '') && !COMPLEMENTIZERS.has(tokens[k + 2]!.lower);
    const figure = tokens[k + 1]?.pos === 'num' && FIGURE_UNITS.has(tokens[k + 2]?.lower ?? '');
    // "Des Moines, Iowa", "Corona, Calif.": a comma between a name and its place goes on with the names. So does a
    // legislator's party tag: "Sen. Ana Ruiz, D-Ohio".
    const names = tokens[k - 1]?.pos === 'proper' && tokens[k + 1]?.pos === 'proper' && (tokens[k + 1]?.name === 'place' || PARTY_TAG.test(tokens[k + 1]!.text));
    // "against the leading candidate, Ana Ruiz.", "her predecessor, John F. Ortiz.": a name after a comma that closes
    // the object names the noun before it, and goes with it.
    const appositiveName = k < to && tokens.slice(k + 1, to + 1).every((x) => x.pos === 'proper');
    const adjectives = isCommaBetweenAdjectives(tokens, k);
    // "to triple the program, grow the corps and create a reserve": a comma between the verb phrases of an infinitive
    // that the last of them joins with "and" or "or".
    // So between gerunds when the object opens with one: "eliminating tolls, limiting parking and building lanes".
    const gerunds = tokens[from]!.verbForm === 'gerund';
    const form = gerunds ? gerund : baseVerb;
    // (The last of them may follow a comma of its own: "…, limiting parking, and building lanes".)
    const lastItem = ['and', 'or'].includes(tokens[k + 1]?.lower ?? '') && form(tokens[k + 2]) && k > from + 1;
    const verbList = t.text === ',' && (infinitive || verbal || gerunds) && ((form(tokens[k + 1]) && verbListEnds(tokens, k + 1, to, form)) || lastItem);
    if (t.text === ',' && (example || alternative || contrast || figure || names || appositiveName || adjectives || verbList || isDateComma(tokens, k))) {
      // (A participle between the adjectives and the noun describes it; it makes no verb phrase of the object.)
      if (adjectives) while (tokens[k + 1]?.pos === 'verb' && /(?:ed|ing)$/.test(tokens[k + 1]!.lower) && k + 1 < to) k++;
      continue;
    }
    // "vowed to stay in the race through June, and perhaps until the convention", "accused her of delay, and of
    // favoring drilling": ", and" before a phrase (not a clause: no finite verb to the end) adds to the object. The
    // phrase opens with a preposition or a determiner, past adverbs ("…, and then a visual vote"; "…, and soon" alone
    // is the next clause's opening).
    let phrase = k + 2;
    while (phrase <= to && tokens[phrase]!.pos === 'adv') phrase++;
    const addedPhrase = t.text === ',' && tokens[k + 1]?.lower === 'and' && ['prep', 'det'].includes(tokens[phrase]?.pos ?? '') && phrase < to && !tokens.slice(k + 2, to + 1).some((x) => isFiniteVerb(x) || x.pos === 'aux');
    if (addedPhrase) return to;
    // "portraying Mexican immigrants, in particular, as …": an aside between commas goes on with the object.
    if (t.text === ',' && (tokens[k + 1]?.pos === 'prep' || tokens[k + 1]?.pos === 'adv')) {
      let close = k + 2;
      while (close <= to && close - k <= 5 && tokens[close]!.text !== ',' && tokens[close]!.pos !== 'verb' && tokens[close]!.pos !== 'aux') close++;
      const after = tokens[close + 1];
      if (tokens[close]?.text === ',' && close < to && after !== undefined && !isFiniteVerb(after) && after.pos !== 'pron' && after.pos !== 'conj') { k = close; continue; }
    }
    // "a poll showed Lee leading Ruiz 44 percent to 37 percent, with 13 percent undecided": what a poll or study shows
    // goes on with its figures after a comma. (After "with", a figure within three words: not "…, with Fox News
    // calling the race", another report.)
    const opener = tokens[k + 1]?.lower ?? '';
    const figureNear = tokens.slice(k + 2, k + 5).some((x) => x.pos === 'num');
    if (t.text === ',' && evidence && FIGURE_DETAIL_OPENERS.has(opener) && (opener !== 'with' || figureNear)) return to;
    // "praised Lee, who left the race Monday, as a decent man", "urged him, both in public and in private, to quit":
    // an aside after the object, then the verb's second complement, goes on with the object.
    if (t.text === ',') {
      const close = asideBeforeComplement(tokens, k, to);
      if (close > 0) { k = close; continue; }
    }
    // (A passive's complement keeps when it happened: "was blamed for the riots during the final", "is accused of
    // killing two men in June 2015"; the time is of the act, not of the report.)
    const when = passive && (t.lower === 'during' || timePhraseAt(tokens, k, to));
    // "some- thing", "a Sanders- and Warren-style progressive": a hyphen glued to the word before it breaks or suspends
    // that word; it is no dash.
    const hyphen = t.text === '-' && tokens[k - 1]!.end === t.start;
    // "called for all candidates to lay out specifics — including the cost — of their plans", "urged all nations — rich
    // and poor — to limit …": an aside between dashes, then a preposition or infinitive that goes on with the object.
    if (isDash(t.text) && !hyphen) {
      // (A doubled dash, "--", opens the aside once.)
      const open = skipOver(tokens, k + 1, (x) => x.text === t.text);
      const close = tokens.findIndex((x, j) => j > open && j <= to && j - open < ASIDE_WORDS && x.text === t.text);
      const after = tokens[close + 1];
      if (close > 0 && close < to && after !== undefined && (after.lower === 'to' || (after.pos === 'prep' && !OBJECT_STOPS.has(after.lower))) && !tokens.slice(k + 1, close).some((x) => isFiniteVerb(x) || x.pos === 'aux')) { k = close; continue; }
      // "hoping to see her focus on strength — not frustration — when …", "touted his record — “the longest expansion” —":
      // a qualifier or a quotation between dashes is more of the object, which ends at the closing dash. (Not a noun
      // phrase that describes it, "— a dream for many voters —", nor a clause.)
      const opener = tokens[open];
      if (close > 0 && opener !== undefined && (isQuoteMark(opener.text) || ASIDE_QUALIFIERS.has(opener.lower) || ['prep', 'adv'].includes(opener.pos))) { end = lastContentToken(tokens, close - 1); break; }
    }
    if (t.text === ',' || (isDash(t.text) && !hyphen) || t.text === ';' || (!verbal && !infinitive && OBJECT_STOPS.has(t.lower) && !when)) { end = lastContentToken(tokens, k - 1); break; }
    if (t.lower === 'in' && (tokens[k + 1]?.lower === 'a' || tokens[k + 1]?.lower === 'an') && TRAILING_ADVERBIALS.has(tokens[k + 2]?.lower ?? '')) { end = lastContentToken(tokens, k - 1); break; }
    // "criticized the bill as it was moving through the Senate", "endorsed him even though he …": "as" or "even
    // though" before a subject and its verb opens a clause of when or why, not the object's complement ("as a relic").
    if (!verbal && !infinitive && adverbialClauseAt(tokens, k)) { end = lastContentToken(tokens, k - 1); break; }
    // "endorsed Trump in early June", "announced his candidacy in June 2015", "stressed those worries on Sunday at a forum":
    // a phrase of when ends the object, with whatever follows it.
    if (!verbal && !infinitive && !passive && k > from && timePhraseAt(tokens, k, to)) { end = lastContentToken(tokens, k - 1); break; }
    if (!verbal && !infinitive && MEDIUM_PREPOSITIONS.has(t.lower) && namesMedium(tokens, k + 1, to)) { end = lastContentToken(tokens, k - 1); break; }
    if (t.pos === 'verb' || (t.lower.endsWith('ing') && tokens[k - 1]!.pos === 'prep')) verbal = true; // "of moving": a gerund the lexicon calls an adjective
  }
  // "… on Saturday" / "… last week" / "… in December" closing the object: the time of the report, not its content.
  const last = tokens[end];
  const opener = tokens[end - 1];
  const timeWord = last !== undefined && (TIME_WORDS.has(last.lower) || TIME_NAMES.has(last.lower));
  // (Not after an infinitive: "is expected to vote next week" is when the vote is.)
  if (last && opener && end - 1 > from && timeWord && OBJECT_FINAL_TIME_OPENERS.has(opener.lower) && !infinitive && !passive) end = lastContentToken(tokens, end - 2);
  return end;
}

/**
 * The last token of a noun-phrase object before "at" or "during" and an event (words.ts OCCASION_NOUNS) within six
 * words of it, when nothing after the event holds a verb or a quotation ("… at a campaign rally in Ohio on Monday";
 * not "… at the rally that she organized"); else `to`. Not after a verb or its object pronoun, whose own place it is
 * ("of grabbing her at a press conference", "saw Lee speak at a rally"), nor after a relative word ("supporters who
 * speak at his rallies"), nor at someone's named event ("the lack of a crowd at Ruiz's event").
 */
function objectEndBeforeOccasion(tokens: Token[], from: number, to: number): number {
  if (tokens[from]!.pos === 'verb' || tokens.slice(from, to + 1).some((t) => isQuoteMark(t.text))) return to;
  for (let k = from + 1; k < to; k++) {
    if (RELATIVE_WORDS.has(tokens[k]!.lower)) return to;
    const before = tokens[k - 1]!;
    if (!OCCASION_EVENT_PREPOSITIONS.has(tokens[k]!.lower) || before.pos === 'verb' || OBJECT_ONLY_PRONOUNS.has(before.lower) || PRONOUNS_AS_OBJECT.has(before.lower)) continue;
    // (The event heads its phrase: "at a bus stop shelter", "at the dinner table" name a place, not an event.)
    const j = mediumNounAt(tokens, k + 1, to, { media: OCCASION_NOUNS, words: 6, occasion: true });
    if (j < 0) continue;
    if (tokens.slice(j + 1, to + 1).some((t) => t.pos === 'verb' || t.pos === 'aux' || RELATIVE_WORDS.has(t.lower))) continue;
    return lastContentToken(tokens, k - 1);
  }
  return to;
}

/**
 * The last token of a noun-phrase object before a stretch of time in plural units that closes it ("in recent weeks",
 * "in the coming months", "in the weeks to come", "for years"); else `to`. (Not after a verb, and no figure: "its
 * lowest profit in 17 years" measures the object, "promised free tuition for two years" is the promise's.)
 */
function objectEndBeforeStretch(tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    // (Nor after any verb form: "shows rivals outpacing Lee in recent weeks" is the poll's finding.)
    if (tokens[k - 1]!.pos === 'verb' || t.pos === 'verb') return to;
    if (!OBJECT_FINAL_STRETCH_PREPOSITIONS.has(t.lower) || tokens[k - 1]!.pos === 'prep') continue;
    const j = stretchOfTimeEnd(tokens, k, to);
    // (Only "the" and words like "recent", "coming" between the preposition and its unit.)
    if (j < 0 || !tokens.slice(k + 1, j).every((x, i) => STRETCH_MODIFIERS.has(x.lower) || (i === 0 && x.lower === 'the')) || !tokens[j]!.lower.endsWith('s')) continue;
    const toCome = tokens[j + 1]?.lower === 'to' && tokens[j + 2]?.lower === 'come';
    if ((toCome ? j + 2 : j) === to) return lastContentToken(tokens, k - 1);
  }
  return to;
}

/** "as it was …", "even though he …", "so that the …": a subordinator of time, cause or purpose at `k`, then a subject and its verb. */
function adverbialClauseAt(tokens: Token[], k: number): boolean {
  const words = tokens[k]!.lower === 'as' ? 1 : twoWordSubordinatorAt(tokens, k) ? 2 : 0;
  const subject = words > 0 ? clauseSubjectAt(tokens, k + words) : null;
  // (A short subject of its own: "as a bully who knew little" is the complement, its relative clause's verb.)
  return subject !== null && subject.length <= 3 && !subject.some((x) => RELATIVE_WORDS.has(x.lower) || x.pos === 'adj');
}

/** Whether a subordinator of two words ("even though", "so that", words.ts TWO_WORD_SUBORDINATORS) opens at `k`. */
function twoWordSubordinatorAt(tokens: Token[], k: number): boolean {
  return isWordPair(SUBORDINATOR_PAIRS, tokens[k]!.lower, tokens[k + 1]?.lower);
}

const SUBORDINATOR_PAIRS = wordPairs(TWO_WORD_SUBORDINATORS);

/**
 * When the comma at `comma` opens an aside (a relative clause, an appositive, a participle or an adverbial; not a
 * clause of its own) that a comma closes before the opener of a verb's second complement ("…, as …", "…, of …",
 * "…, to" and a verb), the index of that closing comma; else -1.
 */
function asideBeforeComplement(tokens: Token[], comma: number, to: number): number {
  const first = tokens[comma + 1];
  if (first === undefined || first.pos === 'conj' || (first.pos === 'pron' && !RELATIVE_PRONOUNS.has(first.lower))) return -1;
  const relative = RELATIVE_PRONOUNS.has(first.lower);
  for (let j = comma + 2; j < to && j - comma <= ASIDE_WORDS; j++) {
    const t = tokens[j]!;
    if (t.text === ';' || t.text === '(' || isDash(t.text) || isQuoteMark(t.text) || COMPLEMENTIZERS.has(t.lower)) return -1;
    if (!relative && isFiniteVerb(t)) return -1;
    if (t.text !== ',') continue;
    const opener = tokens[j + 1]!.lower;
    // ("to close": the tagger may call the verb an adjective; not "to the party", a preposition's object.)
    const verbAfterTo = opener === 'to' && tokens[j + 2] !== undefined && !OBJECT_OPENING_TAGS.has(tokens[j + 2]!.pos) && tokens[j + 2]!.pos !== 'punct';
    return SECOND_COMPLEMENT_OPENERS.has(opener) || verbAfterTo ? j : -1;
  }
  return -1;
}

/**
 * "in early June", "on Tuesday evening", "in June 2015": a preposition whose phrase (timePhraseEnd) names a day, month or stretch of
 * time, and nothing after it goes on with the object: not a noun it modifies ("in the November election", "on
 * Tuesday's ballot"), a quotation or complement ("called his remarks on Saturday “a wake-up call”") or a preposition
 * of the verb's ("criticized her on Monday over …").
 */
function timePhraseAt(tokens: Token[], k: number, to: number): boolean {
  if (!TIME_PREPOSITIONS.has(tokens[k]!.lower)) return false;
  const j = timePhraseEnd(tokens, k, to);
  if (j < 0) return false;
  const after = tokens[j + 1];
  if (j + 1 > to || after === undefined) return true;
  if (after.pos === 'punct') return !opensQuotation(after) && after.text !== "'";
  return (after.pos === 'prep' && !VERB_PREPOSITIONS.has(after.lower)) || OBJECT_STOPS.has(after.lower) || ADVERBIAL_SUBORDINATORS.has(after.lower);
}

/** "in early-morning tweets", "on social media", "in a ruling released Thursday": a phrase of the medium, up to `to`. */
function namesMedium(tokens: Token[], from: number, to: number, media: ReadonlySet<string> = MEDIA_NOUNS): boolean {
  return mediumNounAt(tokens, from, to, { media }) >= 0;
}

/**
 * The noun of `media` (default MEDIA_NOUNS) that a phrase from `from` reaches within `words` words (default 4) up to
 * `to`, past determiners, adjectives, nouns and names; -1 if none. An `occasion` (objectEndBeforeOccasion) also
 * reaches past figures, but not past a name's possessive ("at Ruiz's event" is his), and only a noun that heads its
 * phrase counts, the scan going on past one that does not.
 */
function mediumNounAt(tokens: Token[], from: number, to: number, { media = MEDIA_NOUNS, words = 4, occasion = false }: { media?: ReadonlySet<string>; words?: number; occasion?: boolean } = {}): number {
  for (let k = from; k <= to && k - from < words; k++) {
    const t = tokens[k]!;
    if (media.has(t.lower) && (!occasion || headsPhrase(tokens, k))) return k;
    if (!['det', 'adj', 'noun', 'poss', 'proper'].includes(t.pos) && !(occasion && t.pos === 'num')) return -1;
    if (occasion && t.pos === 'poss' && tokens[k - 1]?.pos === 'proper') return -1;
  }
  return -1;
}

/** The noun at `k` heads its phrase: no noun but a time word after it ("a bus stop shelter" is no stop). */
function headsPhrase(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next?.pos !== 'noun' || TIME_WORDS.has(next.lower);
}

function baseVerb(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'verb' && t.verbForm === 'base';
}

function gerund(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'verb' && t.verbForm === 'gerund';
}

/** From the verb at `from`, a later "and" or "or" before a verb of the same form (`form`), with no clause or stop in between. */
function verbListEnds(tokens: Token[], from: number, to: number, form: (t: Token | undefined) => boolean = baseVerb): boolean {
  for (let k = from + 1; k <= to && k - from <= 15; k++) {
    const t = tokens[k]!;
    if ((t.lower === 'and' || t.lower === 'or') && form(tokens[k + 1])) return true;
    if (isFiniteVerb(t) || t.text === ';' || isDash(t.text) || t.pos === 'pron' || COMPLEMENTIZERS.has(t.lower)) return false;
    if (t.text === ',' && !form(tokens[k + 1]) && !['and', 'or'].includes(tokens[k + 1]?.lower ?? '')) return false;
  }
  return false;
}

/**
 * When the comma at `comma` separates items of a noun list ("A, B and C", "A, B, or C"), the index of the
 * list's last token (at most `to`); else -1.
 */
function listEnd(tokens: Token[], comma: number, to: number): number {
  let k = comma + 1;
  let joined = false;
  let preposition = -1;
  for (; k <= to && k - comma <= 12; k++) {
    const t = tokens[k]!;
    if (t.lower === 'and' || t.lower === 'or') { if (joined) break; joined = true; continue; }
    if (t.text === ',' && !joined) continue;
    // "rising prices", "and growing inequality": a gerund can open an item (or be its preposition's object).
    // "her support for first responders and her work …": a preposition inside an item before the last, after its noun.
    // ("opposition to tolls", "an end to fracking": "to" before a noun or gerund is a preposition too.)
    const inner = !joined && (t.pos === 'prep' || t.lower === 'to') && NOUN_PHRASE_POS.has(tokens[k - 1]!.pos) && tokens[k + 1] !== undefined && (NOUN_PHRASE_POS.has(tokens[k + 1]!.pos) || gerund(tokens[k + 1]));
    if (inner) preposition = k;
    if (!NOUN_PHRASE_POS.has(t.pos) && !inner && !(t.verbForm === 'gerund' && (tokens[k - 1]!.lower === 'and' || tokens[k - 1]!.text === ',' || preposition === k - 1))) break;
  }
  if (!joined || tokens[k - 1] === undefined || !NOUN_PHRASE_POS.has(tokens[k - 1]!.pos)) return -1;
  // The list ends the phrase or a preposition or adverb follows it, or a relative clause on its last item ("workers
  // in Ohio, Iowa and Utah who …", "donors, aides and his allies that he …"; not after "a": "Lee, a banker and
  // former aide who …" describes the name).
  const after = tokens[k];
  const described = INDEFINITE_ARTICLES.has(tokens[comma + 1]!.lower);
  const relative = (v: number): boolean => !described && tokens[v] !== undefined && RELATIVE_CLAUSE_OPENERS.has(tokens[v]!.lower);
  if (k <= to && after !== undefined && !['punct', 'prep', 'adv'].includes(after.pos) && after.lower !== 'to' && !relative(k)) return -1;
  // "the video Friday, and attorneys for the family released it": a verb after the last item makes it a clause.
  // (Not one in the relative clause: "reforms of the system that curb …".)
  for (let v = k; v <= to && v - k < 6 && tokens[v]!.pos !== 'punct' && !relative(v); v++) if (isFiniteVerb(tokens[v]) || isPastReadAsAdjective(tokens[v]!)) return -1;
  return k - 1;
}

/** The content before "…, X said.": the sentence up to the comma or dash before the source. */
export function contentBefore(s: SentenceTokens, sourceFirst: number, quotes: QuoteIndex, afterAs = false): Span[] | null {
  const { tokens } = s;
  // "…, an allegation Lee denied": the noun of what is said after the comma, object of the relative clause, is the content.
  const said = REPORTED_NOUNS.has(tokens[sourceFirst - 1]?.lower ?? '') ? skipBackOver(tokens, sourceFirst - 2, (t) => t.pos === 'det' || t.pos === 'adj') : -1;
  if (said >= 0 && tokens[said]!.text === ',') {
    const noun = spanOfRange(tokens, said + 1, sourceFirst - 1);
    return noun ? [noun] : null;
  }
  // "…, as Lee noted in a post.": a clause of "as" after a comma says who holds the clause before it (when the
  // caller allows it: "as the crowd cheered" is a time).
  const asClause = afterAs && tokens[sourceFirst - 1]?.lower === 'as' ? 1 : 0;
  const sep = tokens[sourceFirst - 1 - asClause];
  if (!sep || !(sep.text === ',' || isDash(sep.text))) return null;
  const last = lastContentToken(tokens, sourceFirst - 2 - asClause);
  // "the plan, which, she said, would cut costs": a relative pronoun right before the source is, alone, the subject
  // of the reported clause; the main clause before it is not reported. (So is "that" after its noun: "a plan that,
  // she said, would …".)
  const relative = tokens[last];
  const opened = tokens[last - 1] !== undefined && (tokens[last - 1]!.text === ',' || isDash(tokens[last - 1]!.text));
  const relativeThat = relative?.lower === 'that' && tokens[last - 1] !== undefined && isNominal(tokens[last - 1]!);
  if (relative !== undefined && ((RELATIVE_PRONOUNS.has(relative.lower) && opened) || relativeThat)) return [{ start: relative.start, end: relative.end }];
  const span = last >= 0 ? spanOfRange(tokens, clauseStart(tokens, last), last) : null;
  return span ? [withClosingMark(span, quotes)] : null;
}

/** How many words a sentence's lead before its quotation may have (leadOfQuotation). */
const QUOTATION_LEAD_WORDS = 12;
/**
 * The words before a quotation since the last sentence end (and its closing marks) or line break, with no quotation
 * mark, colon or clause break. (A straight "'" may be an apostrophe: "The board's “was slow".)
 */
const QUOTATION_LEAD = new RegExp(`(?:^|[.?!][${anyOf(CLOSING_MARKS)}]*\\s+|\\n\\s*)([^.?!\\n:;${anyOf(QUOTATION_MARKS.replace("'", ''))}]*)$`, 'u');

/**
 * The start of the words that open the sentence of a quotation at `at` and lead into it with no comma ("The board
 * “was slow"), or -1: after a sentence's end or a line break, with no quotation mark, colon or clause break.
 * (Not attribute.ts's sentenceLeadBefore, which takes any words, a comma too: this lead runs into the quotation.)
 */
function leadOfQuotation(text: string, at: number): number {
  const lead = QUOTATION_LEAD.exec(text.slice(Math.max(0, at - 200), at));
  const words = lead?.[1]!.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!lead || words.length === 0 || words.length > QUOTATION_LEAD_WORDS || /,\s*$/.test(lead[1]!) || !/^\p{Lu}/u.test(lead[1]!)) return -1;
  return at - lead[1]!.length;
}

/**
 * “…,” X said / “…?” said X: the quotation that closes right before the
 * source or inverted cue (the comma, question or exclamation mark inside it).
 * When it opens the sentence (or an earlier one) it is the content as a whole;
 * when it opens mid-sentence the content is the sentence up to its end (mixed).
 */
export function quotationBefore(s: SentenceTokens, index: number, quotes: QuoteIndex, text: string): { span: Span; opensSentence: boolean } | null {
  const { tokens } = s;
  let k = index - 1;
  if (tokens[k]?.text === ',') k--; // British order: “…”, he said
  const mark = tokens[k];
  if (!mark || !isQuoteMark(mark.text)) return null;
  const quote = quotes.endingAt(mark.end);
  if (!quote) return null;
  const first = tokens[clauseStart(tokens)]!;
  // "The board “was slow. People were angry,” Ruiz said.": a quotation of sentences that opened after the words
  // of its first sentence (here a subject) takes them along, as annotated.
  const lead = quote.start < s.sentence.start ? leadOfQuotation(text, quote.start) : -1;
  if (lead >= 0) return { span: { start: lead, end: quote.end }, opensSentence: false };
  if (quote.start <= first.start) return { span: quote.inner, opensSentence: true };
  // "… ticked through the code: “Civility was assumed,” Gray said": a quotation after a colon is the content on its own.
  const opener = tokens.findIndex((t) => t.start >= quote.start);
  if (opener > 0 && tokens[opener - 1]!.text === ':') return { span: quote.inner, opensSentence: true };
  return { span: { start: first.start, end: quote.end }, opensSentence: false };
}

/**
 * Where the sentence's own clause starts: after a wire dateline and after a connective and its comma ("Still, …",
 * "In fact, …"; words.ts SENTENCE_CONNECTIVES), which link it to the sentence before and are the writer's. Given
 * where the content must end (`before`, a token index), also after a fronted concession whose main clause starts
 * before it.
 */
export function clauseStart(tokens: Token[], before = -1): number {
  const k = datelineEnd(tokens);
  for (const words of CONNECTIVES_BY_FIRST_WORD.get(tokens[k]?.lower ?? '') ?? []) {
    if (tokens[k + words.length]?.text === ',' && words.every((w, j) => tokens[k + j]?.lower === w)) return k + words.length + 1;
  }
  // "Despite the polls, the race is close": a concession's phrase ends at the comma before the main clause's subject.
  // (Not when the first comma with a subject after it is the one before the source: "Despite X, Lee wrote, …".)
  const main = before > k && FRONTED_CONCESSIONS.has(tokens[k]?.lower ?? '') ? mainClauseAfter(tokens, k, before) : -1;
  return main > 0 ? main + 1 : k;
}

/** SENTENCE_CONNECTIVES as words, by their first word (clauseStart runs for every report). */
const CONNECTIVES_BY_FIRST_WORD = new Map<string, string[][]>();
for (const connective of SENTENCE_CONNECTIVES) {
  const words = connective.split(' ');
  CONNECTIVES_BY_FIRST_WORD.set(words[0]!, [...(CONNECTIVES_BY_FIRST_WORD.get(words[0]!) ?? []), words]);
}

/**
 * The index of the first token after a wire dateline opening the sentence ("WASHINGTON (Reuters) -",
 * "LONDON —", "NEW YORK, Jan. 5 --"), or 0. The dateline is where the story was filed, not what was said.
 */
function datelineEnd(tokens: Token[]): number {
  let k = 0;
  // (After a comma: a country, state or date in ordinary capitals, "KYIV, Ukraine —", "BRUSSELS, March 3 —".)
  let afterComma = false;
  while (k < tokens.length && k < 8 && (isUpperCaseWord(tokens[k]!) || (k > 0 && (tokens[k]!.text === ',' || tokens[k]!.pos === 'num' || tokens[k]!.text.endsWith('.') || (afterComma && tokens[k]!.cap))))) {
    afterComma ||= tokens[k]!.text === ',';
    k++;
  }
  if (k === 0 || !isUpperCaseWord(tokens[0]!)) return 0;
  // A place ("LONDON"), two words ("NEW YORK") or a date ("NEW YORK, Jan. 5") make it a dateline; one capitalised
  // acronym before a dash is more often the subject ("ISIS — the group that seized Mosul — is weakening").
  let evidence = k > 1 || tokens[0]!.name === 'place';
  if (tokens[k]?.text === '(') {
    const close = tokens.findIndex((t, j) => j > k && j - k <= 5 && t.text === ')');
    if (close < 0) return 0;
    k = close + 1;
    evidence = true; // the wire service: "(Reuters)", "(AP)"
  }
  if (!evidence || !isDash(tokens[k]?.text ?? '')) return 0;
  k++;
  if (tokens[k]?.text === '-') k++; // "--"
  return k < tokens.length ? k : 0;
}

function isUpperCaseWord(t: Token): boolean {
  return t.text.length >= 2 && /\p{Lu}/u.test(t.text) && t.text === t.text.toUpperCase();
}

/**
 * “A,” he said, “B.” / “A,” he said. “B.” — B continues the same attribution
 * when it opens right after the attribution clause: after a comma in the same
 * sentence, or as the next sentence of the paragraph.
 */
export function withContinuation(s: SentenceTokens, first: Span, quotes: QuoteIndex, text: string): Span[] {
  const end = s.sentence.end;
  let next = quotes.firstFrom(Math.max(first.end + 1, s.tokens[0]!.start + 1));
  // The next quotation in the marks of the first (double, or single where the article quotes in single marks:
  // ‘A,’ said Byrne. ‘B.’; a single one inside double ones is skipped, there are few of those), past a title the
  // attribution clause names ("said on Fox News’s “Fox and Friends.” “B.”").
  const mark = quotes.innerStartingAt(first.start)?.mark ?? 'double';
  // (By length, not attribute.ts's isTitleQuote by capitals: a title here may end in a period, “Fox and Friends.”; requiring capitals too lowered dev F1 when measured.)
  const isTitle = (q: Quote): boolean => q.end <= end && !/,\s*$/.test(text.slice(first.end, q.start)) && q.inner.end - q.inner.start <= 40;
  while (next && (next.mark !== mark || isTitle(next))) next = quotes.firstFrom(next.start + 1);
  // (Only white space between the sentence and B: a lone line break too, not a paragraph's end.)
  if (!next || (next.start > end && (!/^\s*$/.test(text.slice(end, next.start)) || PARAGRAPH_BREAK.test(text.slice(end, next.start))))) return [first];
  // A next sentence “B,” with a comma inside its closing mark has an attribution clause of its own after it
  // (“B,” added Reilly); in the same sentence (“A,” he said, “and B,” before leaving) B goes on with A.
  if (next.start >= end && next.commaInside) return [first];
  // “A,” Trump said, adding later, “B.” — a second cue whose clause runs straight into B, or holds B in the
  // same sentence (“A,” the mayor said, adding that it would take “hours”), introduces B itself.
  // (A weak cue is no such clause: "said during the Democratic debate. “B.”" names an occasion, not a second report.)
  // (Nor a verb after a preposition: "said after publicly testifying. “B.”" names when A was said.)
  const afterPreposition = (c: CueMatch): boolean => s.tokens[skipBackOver(s.tokens, c.first - 1, isAdverb)]?.pos === 'prep';
  const cuesBetween = s.cues.filter((c) => s.tokens[c.first]!.start > first.end && s.tokens[c.last]!.end < next.start && !c.weak && !afterPreposition(c));
  const lastBetween = cuesBetween[cuesBetween.length - 1];
  if (cuesBetween.length > 1 && lastBetween && (next.start < end || !/[\p{L}\p{N}]/u.test(text.slice(s.tokens[lastBetween.last]!.end, next.start).replace(/\b(?:later|again|also|then)\b/g, '')))) return [first];
  // “A,” Lee said, adding that C. “B.”: B goes on with C (lexicon takesNextQuotation).
  if (next.start >= end && cuesBetween.some((c) => TAKES_NEXT_QUOTATION.has(c.lemma) && s.tokens[c.first]!.lower.endsWith('ing'))) return [first];
  if (next.start < end) {
    // (Nor “B,” with a report of its own right after it: “A,” Lee said, but “B,” said Cruz.)
    const own = s.cues.find((c) => !c.weak && s.tokens[c.first]!.start > next.end);
    if (next.commaInside && own && s.tokens.filter((t) => t.start > next.end && t.end <= s.tokens[own.first]!.start).length <= 4) return [first];
    // Same sentence: only ", “B" (or ", but “B") after the source and its adverbials.
    const between = text.slice(first.end, next.start);
    if (!/,\s*(?:but\s+|and\s+)?$/.test(between) || DOUBLE_OPENING_MARK.test(between.slice(2))) return [first];
  }
  // “A,” Lee said. “B” and C.: a next sentence that opens with B and goes on past its closing mark goes on with it.
  // (Joined by a conjunction or a preposition, "“… the middle class” and other issues."; not "“B” he said.", a report of its own.)
  const tail = next.start >= end && next.closed && !next.commaInside ? QUOTATION_TAIL.exec(text.slice(next.end)) : null;
  const goesOn = tail !== null && TAIL_OPENERS.has(tail[1]!) && !REPORT_IN_TAIL.test(tail[0]);
  return [first, goesOn ? { start: next.inner.start, end: next.end + tail[0].length } : next.inner];
}

/** The words of a sentence after a quotation's closing mark that it goes on with (lower case, to the sentence's end, no other quotation). */
const QUOTATION_TAIL = /^[ \t]+([a-z]+)[^.?!\n“”"]*(?=[.?!])/u;
const TAIL_OPENERS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'to', 'of', 'for', 'on', 'about', 'with', 'than']);
const REPORT_IN_TAIL = /\b(?:said|says|told|tells|added|adds|wrote|writes|asked|explained|noted|continued)\b/;

/** Words opening a phrase of when or where after a quotation the content opens with (closesAt). */
const AFTER_QUOTE_ADVERBIALS = new Set(['at', 'after', 'before', 'as', 'until', 'when', 'while', 'amid', 'following']);

const TAKES_NEXT_QUOTATION = new Set(CUES.filter((c) => c.takesNextQuotation).map((c) => c.lemma));

/** A blank line or U+2029 (segment.ts's paragraph break); a lone line break inside a paragraph is not one ("… he said.⏎“B.”" goes on). */
const PARAGRAPH_BREAK = /\n[ \t\f\v\r\u00a0]*\n|\r[ \t\f\v\u00a0]*\r|\u2029/;

/**
 * "a protracted, three-way fight", "real, lasting impact", "older, rural and young voters": a comma between adjectives
 * before their noun (the last of them may be joined by "and" or "or").
 */
function isCommaBetweenAdjectives(tokens: Token[], k: number): boolean {
  // ("a lawless, terrorized nation", "the narrow, congested shipping lanes", "the embarrassing, race-baiting tactics": a
  // participle the tagger reads as a verb, after an adjective that a determiner opens. An -ing word read as a noun
  // only before a hyphenated participle: "the shooting, visited victims" is an object and the next verb.)
  const left = tokens[k - 1];
  const participle = tokens[k + 1];
  const firstAdjective = left !== undefined && (left.pos === 'adj' || (left.lower.endsWith('ing') && participle?.lower.includes('-') === true));
  const prenominal = firstAdjective && ['det', 'poss', 'adj', 'adv'].includes(tokens[k - 2]?.pos ?? '');
  if (prenominal && participle?.pos === 'verb' && /(?:ed|ing)$/.test(participle.lower) && (tokens[k + 2]?.pos === 'noun' || (tokens[k + 2]?.pos === 'verb' && tokens[k + 2]!.lower.endsWith('ing') && tokens[k + 3]?.pos === 'noun'))) return true;
  if (!isAdjectiveLike(tokens[k - 1]) || !isAdjectiveLike(tokens[k + 1])) return false;
  const next = tokens[k + 2];
  const joined = (next?.lower === 'and' || next?.lower === 'or') && ['adj', 'noun'].includes(tokens[k + 3]?.pos ?? '') ? k + 4 : k + 2;
  return ['noun', 'adj'].includes(tokens[joined]?.pos ?? '');
}

/** How far an addressee with its time and place may run ("told an audience at a literary festival in Houston last week that"). */
const ADDRESSEE_WORDS = 16;

/**
 * "asked the court for quick action", "reminded his staff about the show": with no clause after the addressee (an object
 * pronoun or a short noun phrase), the preposition of what was asked, reminded or warned about starts the content
 * (ADDRESSEE_TOPIC_PREPOSITIONS); -1 if none. ("of" not after a pronoun: "it reminds me of home" is likeness, not speech.)
 */
function topicAfterAddressee(tokens: Token[], lemma: string, from: number): number {
  const prepositions = ADDRESSEE_TOPIC_PREPOSITIONS[lemma];
  if (prepositions === undefined || tokens[from] === undefined) return -1;
  // ("her about it" is a pronoun; "his staff about …" a noun phrase.)
  const pronoun = NON_SUBJECT_PRONOUNS.has(tokens[from]!.lower) && !NOUN_PHRASE_POS.has(tokens[from + 1]?.pos ?? 'punct');
  let k = pronoun ? from + 1 : from;
  if (!pronoun) while (k < tokens.length && k - from < 5 && (NOUN_PHRASE_POS.has(tokens[k]!.pos) || isPossessive(tokens[k]!))) k++;
  const preposition = tokens[k]?.lower ?? '';
  if (k === from || !prepositions.has(preposition) || (pronoun && preposition === 'of') || tokens[k + 1] === undefined || tokens[k + 1]!.pos === 'punct') return -1;
  return k;
}

/** A noun phrase from `i` (not a time, up to 8 words, prepositions inside it) and a finite verb after it. */
function clauseAfterPronounAddressee(tokens: Token[], i: number): boolean {
  const first = tokens[i];
  if (first === undefined || !(first.pos === 'det' || first.pos === 'proper' || first.pos === 'noun') || TIME_WORDS.has(first.lower) || BARE_DAYS.has(first.lower)) return false;
  let j = i;
  while (j < tokens.length && j - i < 8 && (NOUN_PHRASE_POS.has(tokens[j]!.pos) || (j > i && tokens[j]!.pos === 'prep' && tokens[j]!.lower !== 'to'))) j++;
  return j > i && isFiniteVerb(tokens[j]);
}

/** After "told": skip the addressee ("reporters", "CNN on Wednesday") up to the content. */
function skipAddressee(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length && k - from < ADDRESSEE_WORDS; k++) {
    const t = tokens[k]!;
    // "is telling a packed crowd in Windham, New Hampshire, on the final day that …": words between commas with
    // no verb of their own lead on to the reported clause.
    if (t.text === ',') {
      let clause = k + 1;
      while (clause < tokens.length && clause - k < 16 && !COMPLEMENTIZERS.has(tokens[clause]!.lower) && !isFiniteVerb(tokens[clause]) && tokens[clause]!.lower !== 'to') clause++;
      if (tokens[clause]?.lower === 'that') return clause;
    }
    // "told voters who came to the hall that …": a relative clause describing the addressee runs to "that".
    // (People only, as subject or object: who, whom; not RELATIVE_PRONOUNS.)
    if ((t.lower === 'who' || t.lower === 'whom') && k > from && isNominal(tokens[k - 1]!)) {
      const that = tokens.findIndex((x, j) => j > k && j - from < ADDRESSEE_WORDS && x.lower === 'that');
      if (that > 0) return that;
    }
    // "told “Good Morning America” on Friday that …": a programme's title in quotation marks is the addressee.
    if (opensQuotation(t)) {
      const that = tokens.findIndex((x, j) => j > k && j - k <= 10 && x.lower === 'that');
      const title = that > 0 && tokens.slice(k + 1, that).some((x) => isQuoteMark(x.text)) && !tokens.slice(k + 1, that).some((x) => isFiniteVerb(x) || x.pos === 'aux' || x.text === ',');
      return title ? that : k;
    }
    if (COMPLEMENTIZERS.has(t.lower) || t.text === ':' || (t.text === ',' && !isCommaBetweenAdjectives(tokens, k))) return k;
    // "told African-Americans this weekend he would …": a subject pronoun after the addressee starts the clause (so
    // before a quoted verb: "told CNN she “had no regrets”").
    // (Its adverbs before the verb too: "told her she clearly did not …".)
    const verb = tokens[skipOver(tokens, k + 1, (x) => x.pos === 'adv')];
    if (k > from && t.pos === 'pron' && t.lower in PRONOUNS && (verb?.pos === 'aux' || verb?.pos === 'verb' || opensQuotation(tokens[k + 1]))) return k;
    // "told me his support for the plan makes him …", "telling them Acme was …": after an object pronoun as the
    // addressee, a noun phrase (its prepositions too) and a finite verb are the clause.
    if (k === from + 1 && OBJECT_ONLY_PRONOUNS.has(tokens[from]!.lower) && clauseAfterPronounAddressee(tokens, k)) return k;
    // "told reporters the raid had been planned": a noun phrase and its verb (or its quoted verb: "the raid “was
    // planned”") after the addressee start the clause.
    // (So after an object pronoun as the addressee: "told me the raid …".)
    const addressee = k > from && (isNominal(tokens[k - 1]!) || (k - 1 === from && NON_SUBJECT_PRONOUNS.has(tokens[k - 1]!.lower)));
    if (addressee && t.pos === 'det' && (clauseSubjectAt(tokens, k) !== null || endsInPastReadAsAdjective(tokens, k) || opensQuotation(tokens[skipOver(tokens, k + 1, isNounPhraseWord)]))) return k;
    // "told him to …": the object is part of the content. (Right after the cue an -s form is the addressee, a plural
    // noun the lexicon lists as a verb: "told delegates at the convention that …".)
    const pluralAddressee = k === from && t.verbForm === 'present' && t.lower.endsWith('s');
    // (Nor a gerund inside the addressee's noun phrase, "told cheering supporters", "told a committee hearing", nor
    // "to" before a noun phrase, "told reporters during a visit to Ohio that …".)
    // (Only when "that" follows to open the reported clause.)
    const next = tokens[k + 1];
    const thatLater = tokens.some((x, j) => j > k + 1 && j - from < ADDRESSEE_WORDS && x.lower === 'that');
    const attributive = t.verbForm === 'gerund' && (k === from ? next?.pos === 'noun' : ['det', 'adj', 'noun', 'proper'].includes(tokens[k - 1]!.pos)) && !COMPLEMENTIZERS.has(next?.lower ?? '');
    const preposition = t.lower === 'to' && ['det', 'poss', 'proper'].includes(next?.pos ?? '');
    if (thatLater && (attributive || preposition)) continue;
    // (Nor a base form after a noun and right before "that", the addressee's last noun: "told the crowd at the
    // Union League club that …".)
    const nounBeforeThat = k > from && t.verbForm === 'base' && isNominal(tokens[k - 1]!) && next?.lower === 'that';
    if ((t.pos === 'verb' && !pluralAddressee && !nounBeforeThat) || t.pos === 'aux' || t.lower === 'to') return from;
  }
  return lastContentToken(tokens, tokens.length - 1) - from < 10 ? -1 : from;
}

/**
 * "told reporters the talks failed": a noun phrase from `i` whose last word is an -ed word the lexicon calls an
 * adjective, with no noun or adjective after it that it could describe, is a clause's subject and past verb. After an addressee a second object does not
 * end in a participle; the clause after it needs a verb, and this is the only one.
 */
function endsInPastReadAsAdjective(tokens: Token[], i: number): boolean {
  let j = i + 1;
  while (j < tokens.length && j - i < 8 && (isNominal(tokens[j]!) || tokens[j]!.pos === 'adj') && !isPastReadAsAdjective(tokens[j]!)) j++;
  const after = tokens[j + 1];
  return j > i + 1 && tokens[j] !== undefined && isPastReadAsAdjective(tokens[j]!) && (after === undefined || !(isNominal(after) || after.pos === 'adj'));
}

/** How many words a phrase of time or circumstance between a cue and its clause may have; with ", that" after it, how many more. */
const ADVERBIAL_WORDS = 12;
const LONG_ADVERBIAL_WORDS = 24;

/** Words that open a reported clause and take no adverb of their own. */
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if']);

/** A mark that may open a quotation (a straight one too): the one test content.ts uses for it. */
function opensQuotation(t: Token | undefined): boolean {
  return t !== undefined && OPEN_QUOTE_MARK.test(t.text);
}

/**
 * "said via email that …", "told reporters on Monday that …", "said Friday, “…”":
 * a time or circumstance phrase between the cue and a reported clause or
 * quotation is skipped.
 */
function skipLeadingAdverbial(tokens: Token[], from: number): number {
  // "said — on Twitter, as it happens — that …": an aside between dashes before "that" or a quotation.
  if (isDash(tokens[from]?.text ?? '')) {
    const close = tokens.findIndex((t, k) => k > from + 1 && k - from <= 12 && isDash(t.text));
    const next = tokens[close + 1];
    if (close > 0 && next !== undefined && (next.lower === 'that' || opensQuotation(next))) return close + 1;
  }
  // "claimed, without offering evidence, that …": the phrase may sit between commas.
  const start = tokens[from]?.text === ',' ? from + 1 : from;
  // "said, however, that …", "revealed somewhat stiltedly that …": adverbs before the reported clause.
  let afterAdverbs = start;
  while (tokens[afterAdverbs]?.pos === 'adv' && afterAdverbs - start < 3) afterAdverbs++;
  if (afterAdverbs > start && tokens[afterAdverbs]?.text === ',') afterAdverbs++;
  // ("wondered aloud if …", "asked again whether …"; not "showed just how …", where the adverb goes with "how".)
  if (afterAdverbs > start && CLAUSE_OPENERS.has(tokens[afterAdverbs]?.lower ?? '')) return afterAdverbs;
  const first = tokens[start];
  // ("said late Wednesday that …", "said before the vote that …", "said following a vote that …"; not a clause of
  // when, "said before he died".)
  const clauseOfWhen = clauseSubjectAt(tokens, start + 1)?.every((t) => !RELATIVE_WORDS.has(t.lower)) === true;
  const timeOpener = first !== undefined && ((LEADING_TIME_OPENERS.has(first.lower) && !clauseOfWhen) || (TIME_MODIFIERS.has(first.lower) && TIME_NAMES.has(tokens[start + 1]?.lower ?? '')));
  if (!first || COMPLEMENTIZERS.has(first.lower) || !(first.pos === 'prep' || TIME_WORDS.has(first.lower) || timeOpener)) return from;
  // (Whether every word so far is a word of time, kept as the loop goes.)
  let bareTime = true;
  for (let k = start + 1; k < tokens.length && k - start < LONG_ADVERBIAL_WORDS; k++) {
    const t = tokens[k]!;
    // (Past ADVERBIAL_WORDS, only ", that" ends the phrase: "said Thursday during a taping of a town hall in Buffalo,
    // New York, that …"; a "that" or "to" without the comma is as likely a relative clause or an infinitive of its own.)
    if (k - start >= ADVERBIAL_WORDS) {
      if (t.lower === 'that' && tokens[k - 1]!.text === ',') return k;
      if ((t.pos === 'punct' && t.text !== ',') || isFiniteVerb(t)) return from;
      continue;
    }
    // (Not a relative "that" on the phrase's noun: "boasted of his ties to the voters that make up the base".)
    // (A participle after it is no relative clause's verb: "said in an interview that given the polls, …".)
    // (A quotation right after a determiner is its noun phrase's: "said, this “small town …”".)
    const relative = isRelativeThat(tokens, k) && tokens[k + 1]!.verbForm !== 'participle';
    // (A programme's title in quotation marks is part of the phrase: "said on ABC's “This Week” that …"; so is a year's
    // apostrophe, "said in '08 that …".)
    const title = isQuoteMark(t.text) ? titleInPhrase(tokens, k) : -1;
    if (title > 0) {
      k = title;
      continue;
    }
    if (isQuoteMark(t.text) && tokens[k + 1]?.pos === 'num' && /^\d\d$/.test(tokens[k + 1]!.text)) continue;
    // "bristled at the suggestion that …", "balked at the proposal to build …": a noun of what was said or planned
    // right before its own clause is the object of the verb's preposition, not a phrase of where or when.
    // (Not a time: "claimed at one point that …".)
    const noun = tokens[k - 1]!.lower;
    const nounClause = OBJECT_NOUN_PREPOSITIONS.has(first.lower) && REPORTED_NOUNS.has(noun) && noun !== 'point' && (t.lower === 'that' || (t.lower === 'to' && tokens[k + 1]?.pos === 'verb'));
    if (nounClause) return from;
    if ((t.lower === 'that' && !relative) || (opensQuotation(t) && !(k === start + 1 && first.pos === 'det'))) return k;
    // "said Tuesday his actions were lawful", "reported last month Cameron had …": a bare time, then the clause's subject.
    const previous = tokens[k - 1]!.lower;
    bareTime &&= TIME_WORDS.has(previous) || TIME_NAMES.has(previous); // (TIME_WORDS holds TIME_NOUNS)
    const timeEnds = TIME_NAMES.has(previous) || TIME_NOUNS.has(previous) || TIME_POINTS.has(previous);
    if (bareTime && timeEnds && !TIME_NOUNS.has(t.lower) && t.lower !== 'that' && t.pos !== 'poss' && clauseSubjectAt(tokens, k) !== null) return k;
    // "said after the convention he would not …": a subject pronoun and its verb start the clause (or its quoted
    // verb: "said on Thursday he “sent a letter”").
    if (t.pos === 'pron' && t.lower in PRONOUNS && (tokens[k + 1]?.pos === 'aux' || tokens[k + 1]?.pos === 'verb' || opensQuotation(tokens[k + 1]))) return k;
    if ((t.text === ',' || t.text === ':') && opensQuotation(tokens[k + 1])) return k + 1;
    // "said Friday, as they …": an adverbial clause after the comma is not what was said.
    if (t.text === ',' && ADVERBIAL_SUBORDINATORS.has(tokens[k + 1]?.lower ?? '')) return from;
    // "decided after a lengthy investigation not to recommend …": an infinitive after the adverbial is the content.
    // (So does one whose object is quoted: "promised at a rally to end “the program”".)
    const quotedObject = tokens[k + 1]?.pos === 'noun' && opensQuotation(tokens[k + 2]);
    if (t.lower === 'to' && ((tokens[k + 1]?.pos === 'verb' && tokens[k + 1]?.verbForm === 'base') || nounReadVerbBeforeObject(tokens, k + 1) || quotedObject)) return tokens[k - 1]?.lower === 'not' ? k - 1 : k;
    // A bare verb inside the phrase is a noun the lexicon calls a verb ("during a rally in Michigan that …");
    // a gerund after its preposition belongs to it ("without offering evidence").
    // (So does a gerund after a determiner, an adjective in all but name: "in her opening remarks that …".)
    const gerundObject = t.verbForm === 'gerund' && (tokens[k - 1]!.pos === 'prep' || tokens[k - 1]!.pos === 'det' || tokens[k - 1]!.pos === 'poss');
    // (And a participle after a noun of the phrase, "an interview taped before the vote": participleInAdverbial.)
    // (A negation before the infinitive is no verb of the phrase's: "… not to recommend".)
    const negatedTo = (t.lower === 'not' || t.lower === 'never') && tokens[k + 1]?.lower === 'to';
    if ((t.pos === 'verb' && t.verbForm !== 'base' && !gerundObject && !participleInAdverbial(tokens, k, start)) || (t.pos === 'aux' && !negatedTo) || (t.pos === 'punct' && t.text !== ',')) return from;
  }
  return from;
}

/** How many words a title in quotation marks inside an adverbial phrase may have ("on NBC's “Meet the Press”"). */
const TITLE_WORDS = 6;

/**
 * A short quotation at `k` inside a phrase after a cue that is a title, not what was said: capitalised, no verb
 * inside it, and "that" or more of the phrase (a preposition, a word of time) right after its closing mark ("said on
 * ABC's “This Week” on Sunday that …"). The index of its last closing mark, or -1.
 */
function titleInPhrase(tokens: Token[], k: number): number {
  // (Doubled marks: ''Morning Joe''.)
  let open = k;
  while (isQuoteMark(tokens[open + 1]?.text ?? '')) open++;
  // (A title is capitalised: not "as “volatile,” with …".)
  if (!/^\p{Lu}/u.test(tokens[open + 1]?.text ?? '')) return -1;
  let close = open + 1;
  while (close < tokens.length && close - open <= TITLE_WORDS + 1 && !isQuoteMark(tokens[close]!.text)) {
    const t = tokens[close]!;
    if (t.pos === 'verb' || t.pos === 'aux' || (t.pos === 'punct' && t.text !== ',')) return -1;
    close++;
  }
  if (close === open + 1 || !isQuoteMark(tokens[close]?.text ?? '')) return -1;
  while (isQuoteMark(tokens[close + 1]?.text ?? '')) close++;
  const next = tokens[close + 1];
  return next !== undefined && (next.lower === 'that' || next.pos === 'prep' || TIME_NAMES.has(next.lower)) ? close : -1;
}

/**
 * "in an interview taped before the vote that …", "during a speech delivered in Ohio that …": is the token at `k`,
 * in the adverbial phrase from `start`, a participle right after its noun, before its own phrase of time or place
 * (not an agent's "by"), with "that" still to follow within the phrase?
 */
function participleInAdverbial(tokens: Token[], k: number, start: number): boolean {
  const next = tokens[k + 1];
  if (tokens[k]!.verbForm !== 'past' || tokens[k - 1]!.pos !== 'noun' || next === undefined || next.lower === 'by') return false;
  const phraseAfter = next.pos === 'prep' || LEADING_TIME_OPENERS.has(next.lower) || TIME_WORDS.has(next.lower) || TIME_NAMES.has(next.lower);
  return phraseAfter && tokens.some((x, j) => j > k + 1 && j - start < ADVERBIAL_WORDS && x.lower === 'that');
}

/** After "to", a bare verb the tagger reads as a noun, as it may before the verb's object: "to blame the crew", "to reopen the bridge". */
function nounReadVerbBeforeObject(tokens: Token[], i: number): boolean {
  const object = tokens[i + 1];
  // ("in a letter to donors that …": after a noun "that" opens a clause, not an object.)
  return tokens[i]?.pos === 'noun' && object !== undefined && OBJECT_OPENING_TAGS.has(object.pos) && object.lower !== 'that';
}

/** Does the text after a cue start a reported clause or quotation? */
export function startsReport(tokens: Token[], i: number, infinitive = false): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  // "wants to triple …", "plans to call on …": an intention's content is an infinitive.
  if (infinitive && t.lower === 'to' && tokens[i + 1]?.pos === 'verb') return true;
  return (COMPLEMENTIZERS.has(t.lower) || opensQuotation(t) || t.text === ':') && !isRelativeThat(tokens, i);
}

/**
 * "the allegation that he lied, which he denied", "suggestions that she lost, despite …", "Despite complaints that
 * it failed, the plan …": a noun's that-clause sits inside a noun phrase of the writer's sentence, so a comma (at
 * `k`) after its verb ends it. Not one before the verb ("that the bridge, built in 1950, will close"), before a
 * second "that" (more of the same claim) or inside a dashed aside ("that Ohio - and, some say, Iowa - will …"); a
 * date's commas ("Sept. 11, 2001") the caller passes over (isDateComma).
 */
function closesNounClause(tokens: Token[], from: number, k: number): boolean {
  const next = tokens[k + 1];
  if (next === undefined || next.lower === 'that') return false;
  // (A participle right after a comma opens an aside, not the clause's verb.)
  const verb = tokens.slice(from + 1, k).some((t, j) => (t.pos === 'verb' || t.pos === 'aux') && t.verbForm !== 'gerund' && tokens[from + j]!.text !== ',');
  const dashes = tokens.slice(from, k).filter((t) => isDash(t.text)).length;
  return verb && dashes % 2 === 0;
}

/** "protests that have rocked …": "that" straight before a verb opens a relative clause, so the word before it is a noun. */
function isRelativeThat(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  // (A gerund after it is a subject: "telling a town hall that waterboarding is …".)
  // (Nor "not": "pointed out that not all voters agreed".)
  return tokens[i]?.lower === 'that' && next !== undefined && ((next.pos === 'verb' && next.verbForm !== 'gerund') || (next.pos === 'aux' && !NEGATIONS.has(next.lower)));
}

function onlyAdverbials(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'punct') continue;
    if (!TRAILING_ADVERBIALS.has(t.lower) && t.pos !== 'num' && !(t.pos === 'proper' && k > from)) return false;
  }
  return true;
}

/**
 * Whether the verb at `verb` closes a relative clause that has the noun before it as its object: a noun, "that" or
 * "which", the clause's subject (and adverbs), the verb ("the plans that the state offers", "a deal which Ruiz backed").
 */
function objectRelativeBefore(tokens: Token[], verb: number): boolean {
  let k = skipBackOver(tokens, verb - 1, isAdverb);
  const subjectEnd = k;
  while (k >= 0 && (NOUN_PHRASE_POS.has(tokens[k]!.pos) || tokens[k]!.pos === 'pron') && tokens[k]!.lower !== 'that') k--;
  const relative = tokens[k]?.lower;
  return k < subjectEnd && (relative === 'that' || relative === 'which') && tokens[k - 1] !== undefined && isNominal(tokens[k - 1]!);
}

/** Start index of a trailing ", X said." clause in the tokens after `from`, or null. */
function trailingSourceClause(tokens: Token[], from: number, cues: CueMatch[]): number | null {
  // The sentence's last speech cue, with only its subject between it and a comma before, and only adverbials after.
  const cue = [...cues].reverse().find((c) => (c.category === 'speech' || c.category === 'evidence') && !c.weak && tokens[c.first]!.start > tokens[from]!.start);
  if (!cue || !onlyAdverbials(tokens, cue.last + 1, tokens.length)) return null;
  for (let k = cue.first - 1; k > from && cue.first - k <= 8; k--) {
    const t = tokens[k]!;
    if (t.text === ',') return k;
    if (!(isNominal(t) || t.pos === 'det' || t.pos === 'pron' || t.pos === 'adj' || t.pos === 'poss' || t.pos === 'adv' || VERB_MODIFIERS.has(t.lower) || isQuoteMark(t.text) || t.text === '.')) return null;
  }
  return null;
}

/** Conjunctions that join two halves: one that ends a span has lost its second. */
const DANGLING_CONJUNCTIONS = new Set(['and', 'or', 'but']);

/** The last token at or before `i` that is not punctuation (closing quotes and final stops are left out). */
export function lastContentToken(tokens: Token[], i: number): number {
  let j = i;
  while (j >= 0 && tokens[j]!.pos === 'punct' && !/[)\]%$]/.test(tokens[j]!.text)) j--;
  return j;
}

function countWords(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k <= to; k++) if (tokens[k]!.pos !== 'punct') n++;
  return n;
}

export function spanOfRange(tokens: Token[], from: number, to: number): Span | null {
  let end = to;
  // A closing parenthesis whose opening one lies before the range is not part of it ("(Lee said it was late).").
  if (tokens[end]?.text === ')' && !tokens.slice(from, end).some((t) => t.text === '(')) end = lastContentToken(tokens, end - 1);
  if (from > end || !tokens[from] || !tokens[end]) return null;
  // Keep a quotation mark that opens right before the first word or closes right after the last.
  return { start: tokens[from]!.start, end: tokens[end]!.end };
}

function isAdverb(t: Token): boolean {
  return t.pos === 'adv';
}

/** An adverb of manner: "sharply", "strongly" (an adverb in "-ly" of neither time nor degree: not "lately", "only"), "hard". */
function isMannerAdverb(t: Token): boolean {
  return (t.pos === 'adv' && t.lower.endsWith('ly') && !TIME_WORDS.has(t.lower) && !DEGREE_ADVERBS_IN_LY.has(t.lower)) || MANNER_ADVERBS.has(t.lower);
}

/** A word of a noun phrase, by its part of speech (NOUN_PHRASE_POS). */
function isNounPhraseWord(t: Token): boolean {
  return NOUN_PHRASE_POS.has(t.pos);
}

/**
 * "revealed a few facts: “…”": a plain noun phrase that a verb takes as its object before a colon is reported together
 * with the quotation spelling it out. Not an addressee ("told the crowd: “…”"), a phrase ("said in a statement:"), a
 * pronoun ("scolded him:") or a noun of speech, which announces the quotation ("added a caveat: “…”").
 */
export function isReportedObject(object: Token[], lemma: string): boolean {
  const first = object[0];
  if (!first || ADDRESSEE_VERBS.has(lemma)) return false;
  return (first.pos === 'det' || first.pos === 'adj' || first.pos === 'noun') && !(first.lower in PRONOUNS) && !PHRASAL_PARTICLES.has(first.lower) && !object.some((t) => SPEECH_OBJECT_NOUNS.has(t.lower));
}
