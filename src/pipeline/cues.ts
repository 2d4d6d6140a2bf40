/**
 * Stage 3, cues: the reporting verbs and phrases of a sentence, found by
 * longest match against the cue lexicon (src/lexicon/cues.ts), plus the
 * colon that introduces a quotation, and a past verb closing the sentence
 * right after one (“…,” Oliver barked.), in the lexicon or not.
 */
import { CUES, type CueCategory, type CueEntry, type CueFrame } from '../lexicon/cues.js';
import {
  ADVERBIAL_GERUND_OPENERS, ADVERBIAL_SUBORDINATORS, ANONYMITY_WORDS, ARTICLES, ASKED_PARTICIPLES, AUXILIARIES, BE_FORMS, CAUSATIVES, CLAUSE_PUNCTUATION, COMPLEMENTIZERS, COPULAS, CREDIT_LINE, DEPENDENT_PHRASE_OPENERS, GERUND_CLAUSE_PREPOSITIONS, HYPOTHETICAL_MODALS, INDEFINITE_ARTICLES, MODAL_PASSIVE_VIEW_LEMMAS, MODALS, NAMING_LEMMAS, NEGATIONS, NON_REPORTING_PHRASES, NON_SPEAKER_LABELS, PHRASAL_PARTICLES, PLURALS_WITHOUT_S, POLL_NOUNS, POSSESSIVE_PRONOUNS, PRONOUNS, QUANTIFIERS_INSIDE, QUANTIFIER_SUBJECTS, SINGLE_SURVEY_NOUNS, SPEECH_CONTENT_NOUNS, SURVEY_PLACING_VERBS, SURVEY_PREPOSITIONS, SURVEY_STANDING_WORDS, TIME_HEADS, VERB_MODIFIERS, VIEW_HOLDER_PRONOUNS,
} from '../lexicon/words.js';
import type { Stance } from '../types.js';
import type { Sentence } from './segment.js';
import { clauseSubjectAt, timePhraseEnd } from './phrases.js';
import { followsPluralHead, isDash, isFiniteVerb, isPastReadAsAdjective, isQuoteMark, NOUN_PHRASE_POS, OBJECT_OPENING_TAGS, OPEN_QUOTE_MARK, type Token } from './tokens.js';

export interface CueMatch {
  /** Token range [first, last] within the sentence's tokens. */
  first: number;
  last: number;
  lemma: string;
  stance: Stance;
  category: CueCategory | PunctuationCue;
  reliability: number;
  /** Rarely a cue (unreliable, or rare in the training data and not reliable): needs a reported clause to count. */
  weak: boolean;
  /** Used as a noun: "Trump’s claim that …", "the allegation that …". */
  nominal?: boolean;
  /** Its subject receives the reaction, from a source after "from" (lexicon receivesReaction). */
  receivesReaction?: boolean;
  /** It reports a noun phrase, never a clause (lexicon objectOnly). */
  objectOnly?: boolean;
}

/** A sentence with its tagged tokens and the cues found in them: what the attribution stage reads. */
export interface SentenceTokens {
  sentence: Sentence;
  tokens: Token[];
  cues: CueMatch[];
}

/**
 * Punctuation that attributes: a colon before a quotation (X: “…”), a
 * transcript label opening a paragraph (PENCE: …), a dash signing a quotation
 * (“…” ― Name), after it or on the line below it.
 */
export type PunctuationCue = 'colon' | 'label' | 'signature';

/** Below this share of occurrences being cues, a word is a cue only before a reported clause. */
const WEAK_RELIABILITY = 0.2;
/** Lemmas seen fewer times than this in the training data need a higher share. */
const RARE_COUNT = 10;
const RARE_RELIABILITY = 0.25;
/** A form of an unreliable lemma counts on its own reliability when it is a cue more often than not. */
const RELIABLE_FORM = 0.5;

/** One form of a lexicon entry, with what the entry's numbers make of it. */
interface LexiconForm {
  words: string[];
  entry: CueEntry;
  /** The entry's reliability, or this form's own where it is a cue more often than not. */
  reliability: number;
  weak: boolean;
  nounOnly: boolean;
}

/** Forms indexed by their first word, longest first, built once. */
const FORMS_BY_FIRST_WORD: Map<string, LexiconForm[]> = (() => {
  const map = new Map<string, LexiconForm[]>();
  for (const entry of CUES) {
    // "criticism", "decision": a lemma with no verb forms is a noun wherever it stands.
    const nounOnly = !entry.forms.some((f) => /(?:ed|ing)$/.test(f.split(' ')[0]!));
    for (const form of entry.forms) {
      // A form may be more reliable than its lemma ("stated", "stating" where "state" is mostly a noun).
      const formReliability = entry.formReliability?.[form];
      const ownReliability = formReliability !== undefined && formReliability >= RELIABLE_FORM;
      const reliability = ownReliability ? formReliability : entry.reliability;
      const unreliable = !entry.standalone && (reliability < WEAK_RELIABILITY || (entry.count < RARE_COUNT && reliability < RARE_RELIABILITY));
      // (A reliable form of a lemma that needs a clause is a cue on its own: "sounded the alarm" is not, "sounded" is.)
      const weak = unreliable || (entry.needsClause === true && !ownReliability);
      const words = form.split(' ');
      const first = words[0]!;
      const list = map.get(first) ?? [];
      list.push({ words, entry, reliability, weak, nounOnly });
      map.set(first, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** Tokens before a verb that show it is used as a noun ("the claims", "Russian claims", "his report"). */
function looksLikeNoun(tokens: Token[], i: number): boolean {
  let p = i - 1;
  // Quotation marks are transparent (a “tough” response); an auxiliary shows a verb (has long said).
  while (p >= 0 && (isQuoteMark(tokens[p]!.text) || (VERB_MODIFIERS.has(tokens[p]!.lower) && tokens[p]!.pos !== 'det'))) {
    if (tokens[p]!.pos === 'aux' || AUXILIARIES.has(tokens[p]!.lower)) return false;
    p--;
  }
  // "Health worries have dogged …": a word tagged a noun, right before the verb of its clause, heads the subject.
  const next = tokens[i + 1];
  if (tokens[i]!.pos === 'noun' && next !== undefined && (AUXILIARIES.has(next.lower) || isFiniteVerb(next))) return true;
  if (firstOfCompound(tokens, i)) return true;
  const prev = tokens[p];
  if (!prev) return false;
  // "college savings plans that …": the tagger read an -s word after a plural as the noun phrase's head (no agreement).
  if (tokens[i]!.pos === 'noun' && tokens[i]!.lower.endsWith('s') && followsPluralHead(tokens, i)) return true;
  // (The tagger has already read "Six in 10 say he …" and "Most believe that …" as verbs: a quantifier can be the subject.)
  const verbAfterQuantity = tokens[i]!.pos === 'verb' && (QUANTIFIER_SUBJECTS.has(prev.lower) || prev.pos === 'num');
  if (prev.pos === 'det' && prev.lower !== 'that' && !verbAfterQuantity) return true;
  // Right after a finite verb it is the object ("Norvex cuts forecast"); after a causative, a bare infinitive ("let parliament approve").
  if (prev.pos === 'verb' && (prev.verbForm === 'past' || prev.verbForm === 'present') && tokens[i]!.verbForm !== 'gerund' && tokens[i]!.verbForm !== 'past') return true;
  if ((prev.pos === 'noun' || prev.pos === 'proper' || prev.pos === 'pron') && CAUSATIVES.has(tokens[p - 1]?.lower ?? '')) return true;
  // A past form ("said", "denied") is a noun only after an article ("the accused").
  if (tokens[i]!.verbForm === 'past') return false;
  if (((prev.pos === 'adj' || prev.pos === 'num') && !verbAfterQuantity) || prev.pos === 'poss') return true;
  // "a fundraising call", "a court order": after "a" or "an" and nouns, a bare form heads the phrase ("A new
  // poll shows" is a verb).
  if ((tokens[i]!.verbForm === 'base' || tokens[i]!.pos === 'noun') && !tokens[i]!.lower.endsWith('s') && tokens[p]?.pos === 'noun' && indefiniteEndsAt(tokens, p, isNounOrAdjective)) return true;
  // So after "the" and a singular noun ("discuss on the call-in show whether …"), which a bare verb would not agree with
  // ("the senators show" is a verb; so is one after a noun's prepositional phrase: "Supporters of the law hope").
  const singular = (t: Token): boolean => t.pos === 'adj' || (t.pos === 'noun' && !t.lower.endsWith('s') && !PLURALS_WITHOUT_S.has(t.lower));
  // (Not one before a colon, which may introduce a quotation as a cue: "made the following comment: …".)
  if (tokens[i]!.pos === 'noun' && !tokens[i]!.lower.endsWith('s') && p === i - 1 && singular(prev) && prev.pos === 'noun' && tokens[i + 1]?.text !== ':' && definiteEndsAt(tokens, p, singular)) return true;
  // "a June report", "a CNN poll": after an indefinite article and a name, the head of a noun phrase.
  if (prev.pos === 'proper' && tokens[i]!.verbForm !== 'gerund' && INDEFINITE_ARTICLES.has(tokens[p - 1]?.lower ?? '')) return true;
  // "of triggering", "for calling": a gerund after a preposition is a noun phrase, not a report ("by telling them
  // that …", "before asking her": an adverbial clause of the subject's is); after "and" it goes on with a participle
  // before it ("trashing Trump and accusing him of …").
  if ((prev.pos === 'prep' || (prev.pos === 'conj' && !['and', 'or', 'but'].includes(prev.lower))) && tokens[i]!.verbForm === 'gerund') return !ADVERBIAL_GERUND_OPENERS.has(prev.lower);
  return false;
}

/** Does a noun phrase opened by "the" end at `last`, its words all ones `inPhrase` accepts, not in a noun's prepositional phrase? */
function definiteEndsAt(tokens: Token[], last: number, inPhrase: (t: Token) => boolean): boolean {
  let k = last;
  while (k >= 0 && inPhrase(tokens[k]!)) k--;
  const modifiesNoun = tokens[k - 1]?.pos === 'prep' && tokens[k - 2] !== undefined && ['noun', 'proper', 'pron'].includes(tokens[k - 2]!.pos);
  return k < last && tokens[k]?.lower === 'the' && !modifiesNoun;
}

/**
 * Does an indefinite noun phrase end at `last`: "a" or "an", then words `inPhrase` accepts, at most `most` of them
 * ("a fundraising call", "a Facebook group")?
 */
function indefiniteEndsAt(tokens: Token[], last: number, inPhrase: (t: Token) => boolean, most = Infinity): boolean {
  let k = last;
  while (k >= 0 && last - k < most && inPhrase(tokens[k]!)) k--;
  return k < last && INDEFINITE_ARTICLES.has(tokens[k]?.lower ?? '');
}

/**
 * "community credit unions", "warehouses and call centers": a bare form the tagger reads as a noun, between a
 * singular noun (or nouns and "and" or a comma) and another noun, is the first part of a compound noun; as a verb
 * it would need a plural subject there ("polls show voters …").
 */
function firstOfCompound(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const prev = tokens[i - 1];
  if (token.pos !== 'noun' || token.lower.endsWith('s') || tokens[i + 1]?.pos !== 'noun' || prev === undefined) return false;
  if (prev.lower === 'and' || prev.text === ',') return tokens[i - 2]?.pos === 'noun';
  return prev.pos === 'noun' && !prev.lower.endsWith('s') && !PLURALS_WITHOUT_S.has(prev.lower);
}

/** A noun or an adjective: a word of "a new group", "a fundraising call" before its head, as the tagger reads it. */
const isNounOrAdjective = (t: Token): boolean => t.pos === 'noun' || t.pos === 'adj';

/** Parts of speech of the words of a noun phrase between its article and its end. */
const TAGS_AFTER_ARTICLE = new Set<Token['pos']>(['noun', 'adj', 'proper', 'num']);

/**
 * Any word that may stand in a noun phrase, whatever the tagger made of it: it may read the head of "a firm",
 * "a play" as an adjective or a verb.
 */
const mayBeInNounPhrase = (t: Token): boolean => TAGS_AFTER_ARTICLE.has(t.pos) || t.verbForm === 'gerund' || t.verbForm === 'base';

/**
 * A word of the phrase a naming participle follows: a noun phrase's word, its "of" ("a group of exiles called …")
 * a participle or an adverb in -ly before it ("a newly formed fund called …").
 */
const mayBeInNamedPhrase = (t: Token): boolean => mayBeInNounPhrase(t) || t.verbForm === 'past' || t.lower === 'of' || (t.pos === 'adv' && t.lower.endsWith('ly'));

/** How many words an indefinite noun phrase before a naming participle may have ("a Facebook group called …"). */
const NAMED_PHRASE_WORDS = 4;

/** Lower-case words that may link the capitalised words of one name ("the House to Home Prize", "Friends of Lee"). */
const NAME_LINKS = new Set(['of', 'to', 'for', 'on', "'s", '’s']);

/**
 * Does a name (capitalised words, perhaps after "the") or a quotation start at `i` and end its phrase (then
 * punctuation, a verb, a preposition or a conjunction: "a party called Anti-Prom at a former mill", "a play called
 * Sons of Lee", "a group called the People's Front")?
 */
function namesAndEnds(tokens: Token[], i: number): boolean {
  let k = i;
  if (tokens[k]?.lower === 'the' && tokens[k + 1]?.cap === true) k++;
  if (isQuoteMark(tokens[k]?.text ?? '')) {
    k++;
    while (k < tokens.length && !isQuoteMark(tokens[k]!.text)) k++;
    k++;
  } else {
    // (A number or a linking word may stand inside the name: "Fund 45", "the House to Home Prize", "Friends of Lee".)
    while (tokens[k]?.cap === true || (k > i && (tokens[k]?.pos === 'num' || (NAME_LINKS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.cap === true)))) k++;
    if (k === i) return false;
  }
  const after = tokens[k];
  // (A quotation after the name is what it is called: "one lawmaker called Lee “a menace”".)
  if (after !== undefined && k > i && isQuoteMark(after.text) && !isQuoteMark(tokens[i]!.text)) return false;
  return after === undefined || ['punct', 'verb', 'aux', 'prep'].includes(after.pos) || ['and', 'or', 'but'].includes(after.lower);
}

/** The word after a noun as lexicon nounPrepositions name it: 'to+verb' for an infinitive ("a promise to build"), else the word. */
function nounLink(tokens: Token[], i: number): string {
  return opensInfinitive(tokens, i) ? 'to+verb' : tokens[i]?.lower ?? '';
}

/** What may open a verb's object: "rebuild the pier", "thank her", "visit Ohio", "hire two aides". */
const OBJECT_OPENERS = new Set<Token['pos']>([...OBJECT_OPENING_TAGS, 'pron']);

/**
 * Does "to" at `i` open an infinitive, not a noun phrase ("his promise to rebuild the pier"; "a reference to the
 * scandal")? The tagger may read the verb as a noun; one before an object is a verb.
 * (Looser than tokens.ts's retag of such a noun, which every stage sees; reading the retag alone changed train.)
 */
export function opensInfinitive(tokens: Token[], i: number): boolean {
  const verb = tokens[i + 1];
  if (tokens[i]?.lower !== 'to' || verb === undefined) return false;
  return verb.pos === 'verb' || (verb.pos === 'noun' && !verb.lower.endsWith('s') && OBJECT_OPENERS.has(tokens[i + 2]?.pos ?? 'punct'));
}

/** "a say", "their final say", "one common saying": a determiner, a number or a possessive before the word, past one adjective. */
function isDetermined(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1]?.pos === 'adj' ? i - 2 : i - 1;
  return isDeterminer(tokens[p]);
}

/** A determiner, a number or a possessive ("a", "one", "their", "Trump’s"): what stands before a noun's adjectives. */
function isDeterminer(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'det' || t.pos === 'num' || isPossessive(t));
}

/** "Trump’s", "his": the tagger's possessive or a possessive pronoun. */
export function isPossessive(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'poss' || POSSESSIVE_PRONOUNS.has(t.lower));
}

/** "Trump’s claim", "his assertion": a possessive right before the noun. */
function isPossessed(tokens: Token[], i: number): boolean {
  // Adjectives may stand between: "Stumpf’s repeated emphasis that …".
  let p = i - 1;
  while (p > 0 && i - p <= 2 && tokens[p]!.pos === 'adj') p--;
  return isPossessive(tokens[p]);
}

/**
 * Does the "that" at `i` open a clause with a subject and a verb of its own ("that the plan failed"), not a
 * relative clause ("that left …", "that she denied.": a verb first, or a verb with no object)? A verb group that
 * runs straight into the end of the clause, or one without "be" (no passive, no copula) that runs into a number or
 * another finite verb, has lost its object to the noun before "that" ("proposals that rivals have made will fail", "a
 * bill that she pushed three years ago").
 */
function opensComplementClause(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || isFiniteVerb(next) || next.pos === 'adv' || next.pos === 'punct') return false;
  const verb = tokens.findIndex((t, k) => k > i + 1 && isFiniteVerb(t));
  if (verb < 0) return false;
  // The rest of the verb group ("has generated", "did not have"; "were racing").
  let last = verb;
  const inGroup = (t: Token): boolean => t.pos === 'aux' || NEGATIONS.has(t.lower) || (t.pos === 'verb' && (t.verbForm !== 'gerund' || BE_FORMS.has(tokens[last]!.lower)));
  while (tokens[last + 1] !== undefined && inGroup(tokens[last + 1]!)) last++;
  const after = tokens[last + 1];
  // (A mark right after it leaves the verb no object: "a claim that she denied.")
  if (after === undefined || CLAUSE_PUNCTUATION.has(after.text)) return false;
  return tokens.slice(verb, last + 1).some((t) => BE_FORMS.has(t.lower)) || !(after.pos === 'num' || isFiniteVerb(after));
}

/** Is the token at `i` "be" after a modal, past adverbs and "not" ("can be", "will almost certainly be", "could not be")? */
function modalBeforeBe(tokens: Token[], i: number): boolean {
  if (tokens[i]?.lower !== 'be') return false;
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === 'adv' || NEGATIONS.has(tokens[k]!.lower))) k--;
  return MODALS.has(tokens[k]?.lower ?? '');
}

/** The cues of one sentence, given its tokens and its text. */
export function findCues(tokens: Token[], sentence: string, title = false): CueMatch[] {
  const cues: CueMatch[] = [];
  // A wire story's credit line ("Additional reporting by …") attributes nothing.
  if (CREDIT_LINE.test(sentence)) return cues;
  const describing = anonymityClauses(tokens);
  // (A story's title line is a headline whatever its case: "Biden, stumping for Clinton, trashes Trump.")
  const headline = title || isTitleCase(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (describing?.[i]) continue;
    const punctuation = punctuationCue(tokens, i, title);
    if (punctuation) {
      cues.push({ first: i, last: i, lemma: token.text, stance: 'neutral', category: punctuation, reliability: 0.5, weak: false });
      continue;
    }
    // "In a CNN poll released Monday, 50 percent …": a survey opening the sentence is the source of its clause; so is
    // one survey closing it ("Lee leads by six points in a new CBS poll.").
    if (token.lower === 'in' && (i === 0 ? pollAfter(tokens, i + 1) > 0 : surveyClosesClause(tokens, i))) {
      cues.push({ first: i, last: i, lemma: 'in', stance: 'neutral', category: 'evidence', reliability: 0.8, weak: false });
      continue;
    }
    // "The Lakeview poll has Ruiz leading Lee", "the survey puts his approval at 40 percent": a survey placing someone
    // reports its finding, as "shows" does.
    if (SURVEY_PLACING_VERBS.has(token.lower) && surveyEndsAt(tokens, i) && placesSomeone(tokens, i + 1)) {
      cues.push({ first: i, last: i, lemma: 'show', stance: 'other', category: 'evidence', reliability: 0.7, weak: false });
      continue;
    }
    // "In Ruiz’s view, …", "…, in his view, …": the possessor holds the clause around the phrase, as with "according to".
    if (token.lower === 'view' && possessorInPhrase(tokens, i) >= 0) {
      cues.push({ first: i, last: i, lemma: 'in view', stance: 'other', category: 'belief', reliability: 0.6, weak: false });
      continue;
    }
    // "To Ruiz, the plan was a mistake": a person after "To" opening the sentence holds the view of the clause.
    if (i === 0 && token.lower === 'to' && holdsViewAfterTo(tokens)) {
      cues.push({ first: i, last: i, lemma: 'to', stance: 'other', category: 'belief', reliability: 0.6, weak: false });
      continue;
    }
    // A capitalised word inside a sentence is a name ("the Washington Post"), not a verb, unless a headline's.
    const headlineVerb = headline && (i > 0 || title) && isHeadlineVerb(tokens, i, title);
    if (token.pos === 'proper' && !headlineVerb) continue;
    // (No form opens with a mark: a mark needs no lookup.)
    if (token.pos === 'punct') continue;
    const forms = FORMS_BY_FIRST_WORD.get(token.lower);
    if (!forms || inNonReportingPhrase(tokens, i) || askedOfReader(tokens, i)) continue;
    const found = formAt(forms, tokens, i);
    if (!found) continue;
    const { form, length } = found;
    // "needs to …", "continues to …", "added in …": after these this lemma rarely reports (lexicon notBefore).
    const { notBefore, reportsBefore } = form.entry;
    const frame = notBefore || reportsBefore ? frameAfter(tokens, i + length) : null;
    // (Right after a quotation, "“…,” added Pavone", what follows is the source, not an object.)
    const afterQuotation = isQuoteMark(tokens[i - 1]?.text ?? '') || (tokens[i - 1]?.text === ',' && isQuoteMark(tokens[i - 2]?.text ?? ''));
    const inverted = frame === 'object' && afterQuotation;
    if (frame !== null && notBefore?.includes(frame) && !inverted) continue;
    // "could declare …", "should consider …": a possibility or a recommendation, not a report (lexicon HYPOTHETICAL_MODALS);
    // but "I should say that …" is the writer saying it.
    if (HYPOTHETICAL_MODALS.has(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.text !== 'I') continue;
    // "can be found here", "will almost certainly be decided at the convention": a passive after a modal tells what may
    // happen to something, not what anyone said; "could be seen as …" still gives a view (lexicon MODAL_PASSIVE_VIEW_LEMMAS).
    if (!token.lower.endsWith('ing') && modalBeforeBe(tokens, i - 1) && !MODAL_PASSIVE_VIEW_LEMMAS.has(form.entry.lemma)) continue;
    // "found himself in …", "find a way to …", "showed up": another sense of the verb (lexicon notBeforeWords).
    if (form.entry.notBeforeWords && otherSense(tokens, i + length, form.entry.notBeforeWords)) continue;
    // "a TV show", "a roll call vote": the word before makes a compound noun of it (lexicon notAfterWords).
    if (form.entry.notAfterWords?.includes(tokens[i - 1]?.lower ?? '')) continue;
    // "plans to …", "listed the reasons": after these an unreliable lemma reports on its own (lexicon reportsBefore).
    // (For that, a noun phrase and its finite verb open a clause as "that" does: "knows the plan will fail"; as a
    // frame to avoid, still an object: "a focus on big donors proved costly".)
    const reportFrame = frame === 'object' && clauseSubjectAt(tokens, i + form.words.length) !== null ? 'clause' : frame;
    // In the story's title an attack verb in -s between its subject's name and its object's is the headline's report
    // ("Lee targets Ruiz's plan", "Lee, on tour, trashes Ruiz"), however rarely its lemma reports elsewhere. (Not a
    // plural noun before the verb: "Harbor attacks test Lee's plan", "Criminal charges against Lee …".)
    const headlineAttack = title && headlineVerb && token.lower.endsWith('s') && form.entry.stance === 'accusing' && OBJECT_OPENING_TAGS.has(tokens[i + length]?.pos ?? 'punct');
    const weak = form.weak && !headlineAttack && !(reportFrame !== null && reportsBefore?.includes(reportFrame));
    const multiword = form.words.length > 1;
    // An adjective reports a stance only after a copula ("is confident that", "seemed nervous about").
    if (token.pos === 'adj' && !multiword && !/(?:ed|ing)$/.test(token.lower) && !COPULAS.has(tokens[i - 1]?.lower ?? '')) continue;
    // ("Her message was clear: “…”": an adjective that says what the message was is part of the colon's cue.)
    if (token.pos === 'adj' && tokens[i + 1]?.text === ':' && speechNounBeforeCopula(tokens, i + 1) >= 0) continue;
    // "a program called Sandy Hook Promise", "a group named …": a participle naming what the phrase before it is,
    // with a name that ends the phrase ("A spokeswoman called the report baseless" reports).
    // (Or "one": "one fund called Stop Lee and another …".)
    if (NAMING_LEMMAS.has(form.entry.lemma) && token.verbForm === 'past' && (indefiniteEndsAt(tokens, i - 1, mayBeInNamedPhrase, NAMED_PHRASE_WORDS) || tokens[i - 2]?.lower === 'one') && namesAndEnds(tokens, i + 1)) continue;
    // ("pivoted to arguing that …", "joined Ruiz in calling for …", "took the step of announcing that …": a gerund after
    // "to", "in", "of" or "from" reports for the subject only when its form is a cue more often than not; "critical to
    // understanding the world", "slow in seeking bids", "no way of knowing" name acts.)
    const nounAfterPreposition = (token.verbForm === 'gerund' || token.lower.endsWith('ing')) && GERUND_CLAUSE_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '') && form.reliability < RELIABLE_FORM;
    const nominal = !headlineVerb && !multiword && (looksLikeNoun(tokens, i) || nounAfterPreposition || (token.pos === 'noun' && form.nounOnly)) && !(form.entry.nounOnlyWhenDetermined && !isDetermined(tokens, i));
    // A noun is a cue only as "X’s claim that …" / "his assertion that …": a possessor and a that-clause; or, without
    // a possessor, a noun that only names what is said, before a clause ("the allegation that he lied"; not
    // "an attack that left …", "a claim that she denied").
    // So is a noun before one of its own prepositions, weak lemma or not ("criticism of the judge", "his attacks on Lee":
    // lexicon nounPrepositions, possessedNounPrepositions).
    const link = nounLink(tokens, i + 1);
    const nounFrame = nominal && (form.entry.nounPrepositions?.includes(link) === true || (form.entry.possessedNounPrepositions?.includes(link) === true && isPossessed(tokens, i)));
    if (nominal && !nounFrame && !(tokens[i + 1]?.lower === 'that' && (isPossessed(tokens, i) || (form.nounOnly && opensComplementClause(tokens, i + 1))))) continue;
    const { lemma, stance, category } = form.entry;
    const { reliability } = form;
    const receivesReaction = form.entry.receivesReaction === true;
    const objectOnly = form.entry.objectOnly === true && !nominal;
    cues.push({ first: i, last: i + length - 1, lemma, stance, category, reliability, weak: weak && !nounFrame, nominal, receivesReaction, objectOnly });
    i += length - 1;
  }
  // "“Go home,” Oliver barked.": any past verb that, with only its subject (and an adverbial), follows a quotation
  // ending in a comma, "!" or "?" and ends the sentence reports it, in the lexicon or not (on train every such verb
  // was a gold cue, most of them outside the lexicon: "barked", "fumed", "quipped").
  const verb = verbAfterQuotation(tokens);
  if (verb >= 0 && !cues.some((c) => c.first <= verb && verb <= c.last)) {
    cues.push({ first: verb, last: verb, lemma: tokens[verb]!.lower, stance: 'neutral', category: 'speech', reliability: 0.5, weak: false });
    cues.sort((a, b) => a.first - b.first);
  }
  // Whom a title's label addresses says nothing: "Lee To Voters Worried About Taxes: …" ("Worried" is no cue).
  const label = cues.find((c) => c.category === 'label');
  if (label !== undefined) {
    const { end } = labelSpan(tokens, label.first, title);
    return cues.filter((c) => c === label || c.last < end || c.first > label.first);
  }
  return cues;
}

/**
 * Where the past verb is in the words closing a sentence after “…,” (its subject and the verb, the verb and its
 * subject, or its subject, the verb and an adverbial), or -1.
 */
function verbAfterQuotation(tokens: Token[]): number {
  const end = tokens.length - 1;
  if (tokens[end]?.text !== '.' && tokens[end]?.text !== '!') return -1;
  const mark = tokens.findLastIndex((t, k) => k < end && isQuoteMark(t.text));
  const inside = tokens[mark - 1]?.text;
  if (mark < 1 || (inside !== ',' && inside !== '!' && inside !== '?') || end - mark - 1 < 2 || end - mark - 1 > QUOTATION_CLAUSE_WORDS) return -1;
  const clause = tokens.slice(mark + 1, end);
  const verb = clause.findIndex((t) => t.pos === 'verb' && t.verbForm === 'past');
  if (verb < 0) return -1;
  // The verb first or after a noun phrase ("barked an angry Oliver", "Oliver barked"), then nothing, a noun phrase,
  // or an adverbial without a verb of its own ("Oliver fumed on Tuesday", "the crowd cried out, booing").
  const subject = clause.slice(0, verb);
  const rest = clause.slice(verb + 1);
  const adverbial = rest.length > 0 && (rest[0]!.pos === 'prep' || rest[0]!.pos === 'adv') && !rest.some((t) => isFiniteVerb(t));
  const phrase = (words: Token[]): boolean => words.every((t) => SPEAKER_PHRASE_TAGS.has(t.pos));
  if (!phrase(subject) || (subject.length === 0 ? rest.length === 0 || !phrase(rest) : rest.length > 0 && !adverbial)) return -1;
  return mark + 1 + verb;
}

/** How many words may follow a quotation as its attribution clause ("an angry Hollande retaliated"). */
const QUOTATION_CLAUSE_WORDS = 10;
/** Parts of speech of the speaker's noun phrase in that clause ("an angry Hollande", "his wife", "she"). */
const SPEAKER_PHRASE_TAGS = new Set<Token['pos']>(['proper', 'pron', 'noun', 'det', 'adj', 'poss']);

/** A headline in title case: nearly every word of four letters or more is capitalised ("Le Pen Backs Trump And Denounces Clinton"). */
function isTitleCase(tokens: Token[]): boolean {
  // (The length first: this runs for every token of every sentence, and most words are shorter.)
  const words = tokens.filter((t) => t.text.length >= 4 && opensWithFourLetters(t.text));
  return words.length >= 4 && words.filter((t) => t.cap).length >= 0.8 * words.length;
}

const FOUR_LETTERS = /^\p{L}{4,}/u;

/**
 * Whether `text` opens with four letters. ASCII is read by its character codes, the regular expression left for the
 * rest: it tests \p{L} with a call per character, and this runs for most words of every sentence.
 */
function opensWithFourLetters(text: string): boolean {
  for (let k = 0; k < 4; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) continue;
    return c >= 128 && FOUR_LETTERS.test(text);
  }
  return true;
}

/**
 * Whether the word at `from`, or the head after a determiner, a number or adjectives ("a new way", "a third term"), is
 * one of `words`; an entry of several words is a phrase right at `from` ("to mind").
 */
function otherSense(tokens: Token[], from: number, words: readonly string[]): boolean {
  if (words.some((w) => w.includes(' ') && w.split(' ').every((part, k) => tokens[from + k]?.lower === part))) return true;
  let i = from;
  while (i - from < 3 && (isDeterminer(tokens[i]) || tokens[i]?.pos === 'adj')) {
    if (words.includes(tokens[i]!.lower)) return true;
    i++;
  }
  return words.includes(tokens[i]?.lower ?? '');
}

/**
 * Where the possessor starts in "in Ruiz’s view", "in his view", "in Professor Ruiz's own view" (the noun "view" at
 * `i`), or -1: a possessive pronoun, or a name (up to three words) and "’s", right after "in".
 */
export function possessorInPhrase(tokens: Token[], i: number): number {
  let k = i - 1;
  if (tokens[k]?.lower === 'own') k--;
  if (POSSESSIVE_PRONOUNS.has(tokens[k]?.lower ?? '')) return tokens[k - 1]?.lower === 'in' ? k : -1;
  if (tokens[k]?.pos !== 'poss') return -1;
  let first = k;
  while (first > 0 && k - first < 3 && tokens[first - 1]!.pos === 'proper') first--;
  return first < k && tokens[first - 1]?.lower === 'in' ? first : -1;
}

/** The set phrases that report nothing, by each of their words, with that word's place in the phrase. */
const NON_REPORTING_BY_WORD = new Map<string, { phrase: readonly string[]; at: number }[]>();
for (const phrase of NON_REPORTING_PHRASES) {
  phrase.forEach((word, at) => NON_REPORTING_BY_WORD.set(word, [...(NON_REPORTING_BY_WORD.get(word) ?? []), { phrase, at }]));
}

/** Whether the word at `i` is the cue word of a set phrase that reports nothing ("That said, …", "too soon to say"). */
function inNonReportingPhrase(tokens: Token[], i: number): boolean {
  candidates: for (const { phrase, at } of NON_REPORTING_BY_WORD.get(tokens[i]!.lower) ?? []) {
    for (let k = 0; k < phrase.length; k++) {
      const w = phrase[k]!;
      // ("^" stands before the first token.)
      if (w === '^' ? i - at + k !== -1 : tokens[i - at + k]?.lower !== w) continue candidates;
    }
    return true;
  }
  return false;
}

/**
 * "Do you support the plan?", "What do you think of it?": a question put to the reader (an auxiliary, "you", then the
 * cue, in a sentence ending in a question mark) asks for a stance; it reports none.
 */
function askedOfReader(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.lower === 'you' && AUXILIARIES.has(tokens[i - 2]?.lower ?? '') && tokens.at(-1)?.text === '?';
}

/**
 * The first (longest) of a word's forms that the tokens from `i` on spell out. Plain loops: callbacks here
 * were closures made for every token that starts a form.
 */
function formAt(forms: LexiconForm[], tokens: Token[], i: number): { form: LexiconForm; length: number } | undefined {
  for (const form of forms) {
    // (Past modifiers after the first word: "drew sharp criticism", "raised new questions about", "spoke briefly
    // about"; where the entry does not allow all of them, before a noun or manner adverbs only, not "look good for",
    // "pointed north to".)
    // (Where the entry allows modifiers inside, the noun's article or possessive too: "won the full support of", "threw
    // her support behind".)
    // (After a phrasal verb's particle where the form has one: "picked up the endorsement of".)
    const at = form.words.length > 2 && PHRASAL_PARTICLES.has(form.words[1]!) && tokens[i + 1]?.lower === form.words[1] ? 2 : 1;
    const most = form.words.length > 1 ? (form.entry.phraseInside?.includes(tokens[i + 1]?.lower ?? '') ? phraseFrom(tokens, i + 1) : modifiersFrom(tokens, i + at, form.entry.modifiersInside === true)) : 0;
    skips: for (let skip = 0; skip <= most; skip++) {
      for (let k = 0; k < form.words.length; k++) if (tokens[i + k + (k >= at ? skip : 0)]?.lower !== form.words[k]) continue skips;
      const allowed = skip === 0 || form.entry.modifiersInside === true || form.entry.phraseInside !== undefined || tokens[i + at + skip]!.pos === 'noun' || tokens.slice(i + at, i + at + skip).every(isMannerAdverb);
      if (allowed) return { form, length: form.words.length + skip };
    }
  }
  return undefined;
}

/** How many words a phrase inside a multiword cue may have ("by the Herald", "in the local paper"). */
const PHRASE_INSIDE = 7;

/** How many words a preposition at `i` and its noun phrase have (0 if no noun phrase follows it). */
function phraseFrom(tokens: Token[], i: number): number {
  let k = i + 1;
  while (k - i < PHRASE_INSIDE && tokens[k] !== undefined && NOUN_PHRASE_POS.has(tokens[k]!.pos)) k++;
  return k > i + 1 ? k - i : 0;
}

/** "briefly", "glowingly": an adverb of manner, which may stand inside a verb's multiword cue ("spoke briefly about"). */
const isMannerAdverb = (t: Token): boolean => t.pos === 'adv' && t.lower.endsWith('ly');

/** How many modifiers of a noun may stand inside a multiword cue ("harsh, bitter", "any", "even stronger"). */
const MODIFIERS_INSIDE = 4;

/** How many modifiers (adjectives, adverbs, quantifiers, a comma between adjectives) start at `i`, past "the" or "her" if `determiner`. */
function modifiersFrom(tokens: Token[], i: number, determiner: boolean): number {
  let k = determiner && (tokens[i]?.lower === 'the' || POSSESSIVE_PRONOUNS.has(tokens[i]?.lower ?? '')) ? i + 1 : i;
  while (k - i < MODIFIERS_INSIDE && tokens[k] !== undefined && (tokens[k]!.pos === 'adj' || tokens[k]!.pos === 'adv' || QUANTIFIERS_INSIDE.has(tokens[k]!.lower)
    || (tokens[k]!.text === ',' && k > i && tokens[k - 1]!.pos === 'adj'))) k++;
  return k - i;
}

/**
 * What follows the cue ending before token `from`, past adverbs ("adding later, “…”"); 'none' when it is
 * punctuation ("claimed, without …, that") or the sentence's end. A subject pronoun and its verb open a clause
 * ("added he would …").
 */
function frameAfter(tokens: Token[], from: number): CueFrame {
  let i = from;
  // (The tagger may read a time adverb as an adjective: "adding later, “…”".)
  while (tokens[i]?.pos === 'adv' || (tokens[i]?.pos === 'adj' && VERB_MODIFIERS.has(tokens[i]!.lower))) i++;
  const t = tokens[i];
  if (!t) return 'none';
  if (OPEN_QUOTE_MARK.test(t.text)) return 'quote';
  if (COMPLEMENTIZERS.has(t.lower)) return 'clause';
  if (t.lower in PRONOUNS && (tokens[i + 1]?.pos === 'aux' || tokens[i + 1]?.pos === 'verb')) return 'clause';
  if (t.lower === 'to') return tokens[i + 1]?.pos === 'det' ? 'prep' : 'to';
  if (t.pos === 'prep') return 'prep';
  return t.pos === 'punct' ? 'none' : 'object';
}

/**
 * "who was not authorized to speak publicly", "who requested anonymity": a relative clause saying why a
 * source is not named describes the source; its verbs report nothing. Marks the tokens of such clauses
 * (null when there are none).
 */
function anonymityClauses(tokens: Token[]): boolean[] | null {
  let marked: boolean[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'who') continue;
    // The clause runs to a comma, or to the main clause's verb after the anonymity word ("Officials who spoke on
    // condition of anonymity said …"). A clause after it saying why belongs to it when it too says the source may not
    // be named ("… anonymity because they were not authorized to discuss it"; not "because she feared her boss …").
    let end = i + 1;
    let anonymous = false;
    let why = -1;
    let whyAnonymous = false;
    let whyVerb: 'none' | 'in it' | 'past it' = 'none';
    for (; end < tokens.length && tokens[end]!.text !== ',' && end - i < 24; end++) {
      const token = tokens[end]!;
      const inVerb = token.pos === 'verb' || token.pos === 'aux' || token.pos === 'adv' || token.lower === 'not';
      if (why >= 0 && whyVerb === 'none' && inVerb) whyVerb = 'in it';
      else if (why >= 0 && whyVerb === 'in it' && !inVerb) whyVerb = 'past it';
      else if (anonymous && (why < 0 || whyVerb === 'past it') && isFiniteVerb(token)) break;
      if (why >= 0) whyAnonymous ||= ANONYMITY_WORDS.has(token.lower);
      else if (anonymous && ADVERBIAL_SUBORDINATORS.has(token.lower)) why = end;
      anonymous ||= ANONYMITY_WORDS.has(token.lower);
    }
    if (why >= 0 && !whyAnonymous) end = why;
    if (anonymous) (marked ??= new Array<boolean>(tokens.length).fill(false)).fill(true, i, end);
  }
  return marked;
}

/** The index of the survey noun ending the noun phrase that starts at `from` ("a New York Times/CBS News survey"), or -1. */
export function pollAfter(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length && k - from < 10; k++) {
    const t = tokens[k]!;
    if (POLL_NOUNS.has(t.lower)) return tokens[k + 1]?.pos === 'noun' ? -1 : k; // not "a poll worker"
    if (!NOUN_PHRASE_POS.has(t.pos) && t.text !== '/' && t.text !== '-') return -1;
  }
  return -1;
}

/** Does a survey's phrase end right before `i` ("The poll has", "A survey released Friday had")? */
function surveyEndsAt(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) if (POLL_NOUNS.has(tokens[k]!.lower)) return k === i - 1 || surveyPhraseEnd(tokens, k) === i;
  return false;
}

/**
 * Does a noun phrase at `from` stand with where a survey places it after it: a gerund or a word of standing ("Ruiz
 * leading Lee", "his approval at 40 percent", "Lee well ahead")? Not an object alone ("has a margin of error").
 */
function placesSomeone(tokens: Token[], from: number): boolean {
  let k = from;
  // (The tagger may read "leading" as an adjective.)
  while (k < tokens.length && k - from < 6 && NOUN_PHRASE_POS.has(tokens[k]!.pos) && !SURVEY_STANDING_WORDS.has(tokens[k]!.lower)) k++;
  const at = tokens[k];
  if (k === from || at === undefined) return false;
  return (at.verbForm === 'gerund' && at.pos === 'verb') || SURVEY_STANDING_WORDS.has(at.lower) || (at.pos === 'adv' && SURVEY_STANDING_WORDS.has(tokens[k + 1]?.lower ?? ''));
}

/**
 * Does the "in" at `i` lead to one survey that closes its clause ("… leads by six points in a new CBS poll released
 * Monday.")? Not the polls at large ("leads in the polls", "in New Hampshire polls", "in polling": annotated news
 * marks those less often than not), nor a survey inside the subject ("voters surveyed in the poll said"), nor one the
 * clause goes on past ("13 percent of voters in the survey approved", "rose three points in the survey to 29").
 */
function surveyClosesClause(tokens: Token[], i: number): boolean {
  const head = pollAfter(tokens, i + 1);
  if (head < 0 || !SINGLE_SURVEY_NOUNS.has(tokens[head]!.lower) || ASKED_PARTICIPLES.has(tokens[i - 1]?.lower ?? '')) return false;
  // Not in a clause or phrase hung on the main one ("…, after half said so in the earlier poll", "…, with 6 percent in
  // the poll", "…, averaging 5 percent in the new poll"): the survey is the source of that part only.
  let opening = i - 1;
  while (opening > 0 && tokens[opening - 1]!.text !== ',') opening--;
  const opener = tokens[opening]!;
  if (opening > 0 && (ADVERBIAL_SUBORDINATORS.has(opener.lower) || DEPENDENT_PHRASE_OPENERS.has(opener.lower) || opener.verbForm === 'gerund')) return false;
  const end = surveyPhraseEnd(tokens, head);
  return end === tokens.length || CLAUSE_PUNCTUATION.has(tokens[end]!.text) || isDash(tokens[end]!.text);
}

/**
 * Does the sentence open with "To", a person and a comma, then a clause ("To Ruiz, the plan was a mistake", "To them,
 * it signals …", "To Lee, who has studied the race, Tuesday marked a turning point")? A name or a pronoun of people
 * only: "To win the race, …", "To stop Ted Lee, …" are infinitives, "To the extent that …", "To that end" are no one's view.
 */
function holdsViewAfterTo(tokens: Token[]): boolean {
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 2) return false;
  const words = tokens.slice(1, comma);
  const person = words.length === 1 && VIEW_HOLDER_PRONOUNS.has(words[0]!.lower)
    || (words.every((t) => NOUN_PHRASE_POS.has(t.pos) && t.pos !== 'det' && (t.pos !== 'proper' || t.cap)) && words.at(-1)!.pos === 'proper' && (words[0]!.cap || words[0]!.pos === 'adj'));
  if (!person) return false;
  // (Past an aside describing the person: "To Lee, who has studied the race, …".)
  const clause = tokens[comma + 1]?.lower === 'who' ? tokens.findIndex((t, k) => k > comma + 1 && t.text === ',') + 1 : comma + 1;
  return clause > 0 && clauseSubjectAt(tokens, clause) !== null;
}

/** What may follow a participle describing a survey: a date, a place, a phrase ("released Monday", "taken in May"). */
const PARTICIPLE_MODIFIER_TAGS = new Set<Token['pos']>(['prep', 'proper', 'num', 'adv', 'adj']);

/**
 * Where the phrase of the survey noun at `head` ends: past a participle describing it ("released Monday", "conducted
 * by Gallup and CNN"), a phrase of its maker or sample ("from Monmouth University", "of likely voters") or its
 * time ("last month"), up to a mark or the sentence's end.
 */
export function surveyPhraseEnd(tokens: Token[], head: number): number {
  const first = tokens[head + 1];
  if (first === undefined) return head + 1;
  const until = (k: number): number => {
    while (k < tokens.length && !CLAUSE_PUNCTUATION.has(tokens[k]!.text) && !isDash(tokens[k]!.text) && !isFiniteVerb(tokens[k])) k++;
    return k;
  };
  const modifier = tokens[head + 2];
  // (The tagger may read the participle as an adjective: "a poll released Thursday".)
  const participle = (first.pos === 'verb' && first.verbForm === 'past') || isPastReadAsAdjective(first);
  if (participle && modifier !== undefined && (PARTICIPLE_MODIFIER_TAGS.has(modifier.pos) || TIME_HEADS.has(modifier.lower))) return until(head + 2);
  if (SURVEY_PREPOSITIONS.has(first.lower)) return until(head + 2);
  const time = timePhraseEnd(tokens, head + 1, tokens.length - 1);
  return time >= 0 ? time + 1 : head + 1;
}

/**
 * In a headline, a lexicon verb form in -s or -ed after a name (or, in the story's title line, after an aside's
 * comma) is the verb, though the tagger reads it as a name: "Le Pen Backs Trump", "Senator Praises Donor". So is
 * one opening a subhead of the title before a word in lower case, its subject the headline's ("Spurns offer, …").
 */
function isHeadlineVerb(tokens: Token[], i: number, title: boolean): boolean {
  const word = tokens[i]!.lower;
  const before = tokens[i - 1];
  if (!/(?:s|ed)$/.test(word) || word.endsWith('ss') || !FORMS_BY_FIRST_WORD.has(word)) return false;
  if (before === undefined) return title && tokens[i + 1] !== undefined && !tokens[i + 1]!.cap && tokens[i + 1]!.pos !== 'punct';
  return (before.cap && before.pos !== 'det') || (title && before.text === ',');
}

/** Tags of a clause's last word before a colon that introduces a quotation ("went even further:", "made that clear:"). */
const COLON_CLAUSE_ENDS = new Set(['adv', 'adj']);

function punctuationCue(tokens: Token[], i: number, title: boolean): PunctuationCue | null {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (token.text === ':') {
    if (isSpeakerLabel(tokens, i, title)) return 'label';
    // "Trump tweeted: “…”" is a verb cue; "The statement: “…”" has only the colon.
    if (next !== undefined && isQuoteMark(next.text) && prev !== undefined && (prev.pos === 'proper' || prev.pos === 'noun' || prev.pos === 'pron')) return 'colon';
    if (next !== undefined && isQuoteMark(next.text) && speechNounBeforeCopula(tokens, i) >= 0) return 'colon';
    // "Rep. Ana Ruiz (R-Texas): “…”", "Lee went even further: “…”": after a parenthesis or a clause's last word.
    if (next !== undefined && isQuoteMark(next.text) && prev !== undefined && (prev.text === ')' || COLON_CLAUSE_ENDS.has(prev.pos))) return 'colon';
  }
  // (Or opening a line of its own under the quotation: “…” ¶ - Ann Lee.)
  if (isDash(token.text) && (prev === undefined || isQuoteMark(prev.text)) && next !== undefined && next.cap) return 'signature';
  return null;
}

/**
 * "Her message was simple: “…”", "Clinton’s response was: “…”": a noun of what was said (words.ts
 * SPEECH_CONTENT_NOUNS), a form of "be" and perhaps an adjective (with its adverbs) before the colon at `colon`: the
 * quotation is the message itself. The noun's index, or -1.
 */
export function speechNounBeforeCopula(tokens: Token[], colon: number): number {
  let k = colon - 1;
  if (tokens[k]?.pos === 'adj') k--;
  while (tokens[k]?.pos === 'adv') k--;
  if (!BE_FORMS.has(tokens[k]?.lower ?? '')) return -1;
  return SPEECH_CONTENT_NOUNS.has(tokens[k - 1]?.lower ?? '') ? k - 1 : -1;
}

/** How many names, at least, make a list after a colon a roster. */
const ROSTER_NAMES = 3;

/**
 * "Iowa: Ana Ruiz, Bo Li, Cal Moss.": after a colon, only names separated by commas (and a last "and"), a roster of
 * people under a heading; nobody says anything.
 */
function isRoster(tokens: Token[], from: number): boolean {
  const rest = tokens.slice(from);
  const names = rest.filter((t) => t.text === ',' || t.lower === 'and').length + 1;
  return names >= ROSTER_NAMES && rest.every((t) => (t.cap && t.pos !== 'verb' && t.pos !== 'aux') || t.text === ',' || t.lower === 'and' || t.text === '.');
}

/** A word of a title's label after the name: a noun or adjective ("camp", "new warning"); the tagger may read the noun as a verb, but not a finite one ("Ruiz wins:"). */
function isLabelHeadWord(t: Token): boolean {
  return t.pos === 'noun' || t.pos === 'adj' || t.pos === 'proper' || t.pos === 'poss' || (t.pos === 'verb' && t.verbForm !== 'present' && t.verbForm !== 'past');
}

/** How many words, at most, a kicker before a dash in the title has ("EXCLUSIVE – Ruiz: …"). */
const KICKER_WORDS = 2;

/**
 * The words of a speaker label before the colon at `colon`: the sentence's first words, but in the story's title
 * not a kicker before a dash ("EXCLUSIVE – Ruiz: …") nor whom a name addresses ("Ruiz to Council: Fix the Pier",
 * "Lee To Voters Worried About Taxes: …"). Token indices [first, end).
 */
export function labelSpan(tokens: Token[], colon: number, title: boolean): { first: number; end: number } {
  let first = 0;
  let end = colon;
  if (!title) return { first, end };
  const dash = tokens.slice(0, colon).findIndex((t) => isDash(t.text));
  if (dash > 0 && dash <= KICKER_WORDS && tokens.slice(0, dash).every((t) => t.cap)) first = dash + 1;
  // (A name and "to" and then a verb is what the name will do: "Ruiz to Fight Pier Plan: …".)
  const to = tokens.findIndex((t, k) => k > first && k < colon && t.lower === 'to');
  const addressee = tokens[to + 1];
  const named = to > first && to - first <= 3 && tokens.slice(first, to).every((t) => t.pos === 'proper');
  if (named && addressee !== undefined && addressee.cap && addressee.pos !== 'verb' && addressee.pos !== 'aux') end = to;
  return { first, end };
}

/**
 * A speaker label: the sentence's first words, then a colon. A transcript
 * label in capitals ("PENCE:", "MR. TRUMP:", "Q:"), a name ("Pence: Flowers
 * Won’t Be at Debate", a headline convention), a survey ("Poll: …"), or, in
 * the story's title line, any capitalised words ("NY Daily News: …").
 */
function isSpeakerLabel(tokens: Token[], colon: number, title: boolean): boolean {
  const label = labelSpan(tokens, colon, title);
  const words = tokens.slice(label.first, label.end).filter((t) => !isQuoteMark(t.text));
  if (words.length === 0 || words.length > 4 || colon + 1 >= tokens.length) return false;
  // ("The Latest:", "Monday’s Email:" are kickers; "Judicial Watch:", "Daily Post editorial:" are who says it.)
  const named = words.length > 1 && words[0]!.pos === 'proper' && !words.some((t) => t.pos === 'poss' || /['’]s$/.test(t.text));
  if (NON_SPEAKER_LABELS.has(words.at(-1)!.lower) && !(title && named)) return false;
  if (isRoster(tokens, colon + 1)) return false;
  const capitals = words.every((t) => /^[\p{Lu}.\-’']+$/u.test(t.text) && /\p{Lu}/u.test(t.text));
  const name = words.length <= 3 && words.every((t) => t.pos === 'proper' || t.text === '.');
  // In a headline set in title case capitals mark no names: "Poll: Wealthy Voters Abandon …", "Pence: Flowers Won’t …"
  // (a name of one or two words; "Iowa Caucus Results: Trump Leads" is a subhead).
  const headline = words.length <= 2 && words.every((t) => t.cap) && tokens.slice(colon + 1).filter((t) => /^\p{L}{4,}/u.test(t.text)).every((t) => t.cap);
  // "Poll: Trump and Clinton hold narrow leads …": a survey heading a report of its findings.
  const survey = words.every((t) => t.cap) && POLL_NOUNS.has(words.at(-1)!.lower);
  // In the story's title line capitalised words before a colon name who says what follows ("Bill Clinton: Hillary
  // thinks …", "NY Daily News: …"), though the tagger may not read them as names (not "The Latest: …", nor a kicker
  // with a preposition, "Big Win For Bernie: …").
  // So does a name and a noun of who speaks or what was said after it ("Ruiz camp: …", "Democrats' new warning: …").
  // (Not a name and a lower-case cue noun, which is the cue: "IG report: …".)
  const cueNoun = words.length > 1 && !words.at(-1)!.cap && FORMS_BY_FIRST_WORD.has(words.at(-1)!.lower);
  const titled = title && !cueNoun && (words.every((t) => t.cap && t.pos !== 'prep') || (words.length > 1 && (words[0]!.pos === 'proper' || words[1]!.pos === 'poss') && words.slice(1).every(isLabelHeadWord))) && !ARTICLES.has(words[0]!.lower);
  return capitals || name || headline || survey || titled;
}
