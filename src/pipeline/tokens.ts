/**
 * Stage 2, tokens: words and punctuation with offsets, each tagged with a
 * coarse part of speech from compromise's lexicon (its word → tag dictionary,
 * ~25k inflected words) plus spelling cues for words it does not know.
 *
 * Running compromise's full tagger costs ~70 KB/s; a lexicon lookup per token
 * is two orders of magnitude cheaper and gives the rules what they need.
 */
import { loadLexicon, type Lexicon, type SuffixPatterns } from '../lexicon/compromise-lexicon.js';
import { anyOf, DOUBLE_CLOSING_MARKS, DOUBLE_OPENING_MARKS, QUOTATION_MARKS, USUAL_OPENING_MARKS } from '../lexicon/quotation-marks.js';
import { ADVERB_SUBORDINATORS, ADVERBIAL_SUBORDINATORS, ARTICLES, ASKED_PARTICIPLES, AUXILIARIES, BARE_DAYS, BE_FORMS, CLOSING_EVIDENCE_VERBS, COMMON_NOUN_ENDING, COMPLEMENTIZERS, CONTRACTING_PRONOUNS, INNER_PREPOSITIONS, LEXICON_ADDITIONS, LOWER_CASE_NAME_READINGS, MODALS, NON_SUBJECT_PRONOUNS, NOUN_DETERMINERS, OBJECT_CONTROL_VERBS, OBJECT_OR_SUBJECT_PRONOUNS, PARTICIPLE_OPENERS, PARTY_TAG, PERFECT_AUXILIARIES, PHRASAL_PARTICLES, PLACE_PREPOSITIONS, PLURAL_AUXILIARIES, PLURAL_EVIDENCE_VERBS, PLURAL_NOUN_MODIFIERS, PLURAL_PEOPLE_NOUN, POLL_NOUNS, POSSESSIVE_PRONOUNS, PRONOUNS, PRONOUNS_AS_OBJECT, QUANTIFIER_SUBJECTS, REFLEXIVE_PRONOUNS, RELATIVE_PRONOUNS, ROLE_NOUNS, SINGULAR_DETERMINERS, SINGULARS_IN_S, TITLE_MINOR_WORDS, TITLES, VERB_HEADED_COMPOUNDS, VERB_MODIFIERS, VERBS_BEFORE_OBJECT_NOUNS } from '../lexicon/words.js';
import { isWordPair, wordPairs } from '../lexicon/word-pairs.js';
import type { Span } from '../types.js';
import { keepsDot } from './segment.js';

export type Pos =
  | 'det' | 'pron' | 'noun' | 'proper' | 'verb' | 'aux' | 'adj' | 'adv' | 'prep' | 'conj' | 'num' | 'poss' | 'punct';

/** What the lexicon knows about a name-like word. */
export type NameClass = 'first' | 'male' | 'female' | 'last' | 'person' | 'honorific' | 'place' | 'org' | null;

export interface Token extends Span {
  text: string;
  lower: string;
  pos: Pos;
  /** Starts with an upper-case letter. */
  cap: boolean;
  name: NameClass;
  /** The lexicon knows the word as a common word (not a name): "Foods" in "Harbor Foods". */
  common: boolean;
  /** Verb form from the lexicon: past, present, gerund, base (infinitive), or null. */
  verbForm: 'past' | 'present' | 'gerund' | 'base' | 'participle' | null;
}

let lexicon: Lexicon | null = null;
let suffixPatterns: SuffixPatterns = [];
/** compromise's ending rules for adjectives, by last letter (its verb and noun rules misread more names of things than
 * they fix: "slate" a verb). */
let adjectiveEndings = new Map<string, RegExp[]>();

/**
 * compromise's lexicon, extended with words news attribution needs. Loaded once
 * per process (or worker), from the build's snapshot of it when there is one
 * (src/lexicon/compromise-lexicon.ts).
 */
function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const loaded = loadLexicon(LEXICON_ADDITIONS);
  ({ lexicon, suffixPatterns } = loaded);
  adjectiveEndings = new Map(Object.entries(loaded.endingPatterns).map(([last, rules]) => [last, rules.filter(([, tag]) => tag === 'Adjective').map(([source]) => new RegExp(source))]));
  return lexicon;
}

function getSuffixPatterns(): SuffixPatterns {
  getLexicon();
  return suffixPatterns;
}

/** Additions to compromise's lexicon (it does not know these, or tags them unhelpfully for news). */

const QUOTATION_MARK_SET = new Set(QUOTATION_MARKS);

/**
 * Whether a token's text is a quotation mark. (A set, not a regular expression: the rules ask this of token after
 * token, some 1.4 times per token, and each test() of a regular expression cost several hundred instructions.)
 */
export function isQuoteMark(text: string): boolean {
  // (Every mark is one character: the length rules out nearly every word without a lookup.)
  return text.length === 1 && QUOTATION_MARK_SET.has(text);
}
/**
 * A mark that opens a quotation in its usual convention; not ' (more often an apostrophe: the Clintons'), which
 * callers test for where it matters, nor » and ›, which open only the reversed »…«.
 */
export const OPEN_QUOTE_MARK = new RegExp(`^[${anyOf(USUAL_OPENING_MARKS.replace('\'', ''))}]$`);

/**
 * A quotation mark that closes: a closing mark, or a straight double mark written right after the word before it
 * ("host of "Morning Talk," said", where the straight mark is the same character either way).
 */
export function closesQuotation(tokens: Token[], k: number): boolean {
  const mark = tokens[k];
  if (mark === undefined || !isQuoteMark(mark.text)) return false;
  return !OPEN_QUOTE_MARK.test(mark.text) || (mark.text === '"' && k > 0 && tokens[k - 1]!.end === mark.start);
}
/** Dashes as separate tokens (a hyphen inside a word is part of the word). */
const DASHES = new Set(['—', '―', '–', '-']);

/** Whether a token's text is a dash (one character: the length rules out nearly every word without a lookup). */
export function isDash(text: string): boolean {
  return text.length === 1 && DASHES.has(text);
}

// A number with thousands separators ("$200,000") is one word, so its comma splits nothing; so is a percentage ("42%"),
// and a pair of names in capitals joined by a slash ("CNN/ORC", a poll's two sponsors). An abbreviation's dot before
// a hyphen stays inside the word ("U.S.-Mexico border"): that hyphen is no dash closing a clause.
// Sticky, and read with test() and slice(): a token starts at every character that is not a space, and exec()'s
// match objects were a seventh of all the memory the pipeline allocates. Each match takes the spaces after its word
// too, which trimEnd() drops again (the same characters as \s): one test() per token then finds both the word and
// where the next one starts (a second, for the spaces, cost as much again).
const WORD_AND_SPACES = /(?:[\p{L}\p{N}]+(?:(?:\.-|[-'’.&])[\p{L}\p{N}]+|(?<=\p{Lu})\/\p{Lu}+(?!\p{Ll})|(?<=\p{N}),\p{N}{3}(?!\p{N}))*(?:(?<=\p{N})%)?\.?|[^\s\p{L}\p{N}])\s*/uy;
const SPACES = /\s*/uy;
const POSSESSIVE = /^(.+?)(['’]s)$/iu;
const NEGATION = /^(.+?)(n['’]t)$/iu;
const CONTRACTION = /^(\p{L}+)(['’](?:re|ve|ll|d|m))$/iu;

/**
 * Tokenise `text[span]`: words (with inner hyphens, apostrophes and dots) and single punctuation marks. `title` says
 * the span is the story's title, whose grammar is a headline's.
 */
export function tokenize(text: string, span: Span, title = false): Token[] {
  const tokens: Token[] = [];
  const body = text.slice(span.start, span.end);
  // In a headline set in title case ("Obama Says Museum Will Tell …") capitals do not mark names.
  const titleCase = isTitleCase(body);
  for (let at = skipSpaces(body, 0); readWord(body, at); at = wordRead.next) {
    const start = span.start + at;
    // A plain word has no final dot to weigh and no apostrophe to split: it is tagged from the body's characters,
    // with no string of its own (the word-class cache gives the token its text).
    if (wordRead.plain) {
      pushAt(body, at, wordRead.end, start);
      continue;
    }
    let word = body.slice(at, wordRead.end);
    const end = at + word.length;
    // A final dot belongs to the word only for abbreviations ("U.S.", "Sen.", "D-Calif."); otherwise it ends the
    // sentence ("R-Texas.").
    // (The abbreviation is read only for a word ending in a dot: built for every token it was a regular expression
    // test, a slice and a toLowerCase() each.)
    if (word.length > 1 && word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word) && !keepsDot(abbreviationOf(word), body.slice(end, end + 3))) {
      word = word.slice(0, -1);
      push(word, start);
      push('.', start + word.length);
      continue;
    }
    // Contractions: "isn’t" → "is" + "n’t", "we're" → "we" + "'re", so they read like "not" and "are"; possessives:
    // "Trump’s" → "Trump" + "’s".
    const apostrophe = word.includes('\'') || word.includes('’');
    const split = apostrophe ? NEGATION.exec(word) ?? CONTRACTION.exec(word) ?? POSSESSIVE.exec(word) : null;
    if (split) {
      push(split[1]!, start);
      push(split[2]!, start + split[1]!.length);
      continue;
    }
    push(word, start);
    // "the nurses’ union": an apostrophe right after a plural and before a word is its possessive, unless a single
    // quotation mark opened before it and is still open (‘It was close. We lost the votes’ Byrne said).
    if ((word === '’' || word === '\'') && isPluralPossessive(text, start)) tokens[tokens.length - 1]!.pos = 'poss';
  }
  readContractedIs(tokens);
  readByNextWord(tokens);
  if (title) readHeadlineVerb(tokens);
  return tokens;

  function push(word: string, start: number): void {
    pushAt(word, 0, word.length, start);
  }

  /** The token of the word `source[from, to)`, which starts at `start` in the text. */
  function pushAt(source: string, from: number, to: number, start: number): void {
    const prev = tokens[tokens.length - 1];
    const token = tagWord(source, from, to, start, titleCase || prev === undefined || (prev.pos === 'punct' && !afterComma(tokens)));
    // After "to" a present-tense -s form is a plural noun ("responded to questions").
    const pluralAfterTo = token.verbForm === 'present' && prev?.lower === 'to' && token.lower.endsWith('s');
    if (token.pos === 'verb' && (nounAfterDeterminer(token, tokens) || pluralAfterTo || isCompoundHead(prev, token) || baseAfterNameModifier(token, tokens))) {
      token.pos = 'noun';
      token.verbForm = null;
    }
    // After a subject pronoun (and an adverb), a word the lexicon tags as a noun is the verb: the lexicon lists
    // words that are both by their noun ("She hopes", "it shows", "he also claims", "they fear").
    else if (token.pos === 'noun' && !token.cap && agreesWithSubject(token, tokens, prev?.pos === 'adv' ? tokens.length - 2 : tokens.length - 1)) {
      token.pos = 'verb';
      token.verbForm = 'present';
    }
    // After a modal or a negation (and an adverb), a word the lexicon calls a noun but whose verb forms it knows is
    // the bare verb ("will show", "didn't feel", "would likely cast").
    else if (token.pos === 'noun' && !token.cap && takesBareVerb(prev?.pos === 'adv' ? tokens[tokens.length - 2] : prev) && hasVerbForms(token.lower)) {
      token.pos = 'verb';
      token.verbForm = 'base';
    }
    // After a subject pronoun or a perfect "has" (and an adverb), an -ed word the lexicon calls an adjective is
    // a past verb ("they turned to", "has rejected a request", "He also suggested").
    else if (token.pos === 'adj' && /ed$/.test(token.lower) && isSubjectOrPerfect(prev?.pos === 'adv' ? tokens[tokens.length - 2] : prev)) {
      token.pos = 'verb';
      token.verbForm = 'past';
    }
    // After a plural noun and an adverb in -ly, a bare word the lexicon calls an adjective or a noun but whose verb
    // forms it knows is the clause's verb ("Voters overwhelmingly express support", "tenants strongly favor").
    else if ((token.pos === 'adj' || token.pos === 'noun') && !token.cap && prev?.pos === 'adv' && prev.lower.endsWith('ly') && isPluralSubject(tokens[tokens.length - 2]) && !/[^s]s$/.test(token.lower) && hasVerbForms(token.lower)) {
      token.pos = 'verb';
      token.verbForm = 'present';
    }
    tokens.push(token);
  }
}

/** The head of a compound the lexicon reads as a bare verb, after its first word ("health care"). */
function isCompoundHead(prev: Token | undefined, token: Token): boolean {
  return isWordPair(COMPOUNDS, prev?.lower, token.lower);
}

const COMPOUNDS = wordPairs(VERB_HEADED_COMPOUNDS);

/** A plural noun, or one opening the sentence that the tagger took for a name ("Voters …"). */
function isPluralSubject(t: Token | undefined): boolean {
  return t !== undefined && (isPluralNoun(t) || (t.pos === 'proper' && /[^siu]s$/.test(t.lower) && !/[A-Z]/.test(t.text.slice(1))));
}

/**
 * Whether `token`, a verb to the lexicon, is a noun after the tokens before it (asked of verbs only: the word lists
 * it consults cost a lookup each, and most tokens are no verbs). Right after an article or possessive, a word the
 * lexicon calls a verb is a noun ("the network", "his plan", "Monday’s debate"); so is a bare or present-tense verb
 * after a number or adjective ("one slide says", "new polls show"). Never an auxiliary: "this has been", "no one
 * has", "she still has" ("still" is an adjective to the lexicon). After an article or ’s even a gerund is ("the
 * ruling", "another ranking", "Thursday’s meeting").
 */
function nounAfterDeterminer(token: Token, tokens: Token[]): boolean {
  const prev = tokens[tokens.length - 1];
  if (prev === undefined) return false;
  // (Not the ’s of "He’s claiming", which is "is".)
  const possessive = prev.pos === 'poss' && !CONTRACTING_PRONOUNS.has(tokens[tokens.length - 2]?.lower ?? '');
  if (token.verbForm === 'gerund') {
    // ("in his filing", "their meeting": a possessive pronoun too, but not "her", an object as often: "saw her leaving".)
    return NOUN_DETERMINERS.has(prev.lower) || possessive || (POSSESSIVE_PRONOUNS.has(prev.lower) && prev.lower !== 'her');
  }
  const bareOrPresent = token.verbForm === 'base' || token.verbForm === 'present';
  return ((prev.pos === 'det' && prev.lower !== 'that') || ((possessive || prev.pos === 'num' || prev.pos === 'adj') && bareOrPresent)) && !verbOfQuantifier(token, tokens) && !AUXILIARIES.has(token.lower);
}

/**
 * "A new Gallup survey shows …", "the Lakeside College study": a bare verb form after a name that a determiner opens
 * (with adjectives between) heads the noun phrase; as a verb it would need an -s after a singular subject.
 */
function baseAfterNameModifier(token: Token, tokens: Token[]): boolean {
  if (token.verbForm !== 'base') return false;
  let k = tokens.length - 1;
  if (tokens[k]?.pos !== 'proper' || tokens[k]!.lower.endsWith('s')) return false;
  while (k >= 0 && (tokens[k]!.pos === 'proper' || tokens[k]!.pos === 'adj')) k--;
  return k >= 0 && NOUN_DETERMINERS.has(tokens[k]!.lower);
}

/** Tags before a role noun that heads its phrase ("one resident", "the independent", "a local resident"). */
const ROLE_HEAD_AFTER = new Set<Token['pos']>(['det', 'num', 'poss', 'adj']);

/** A word ending in a dot without its dot and its party tag, in lower case: "D-Calif." → "calif". */
function abbreviationOf(word: string): string {
  return (PARTY_TAG.test(word) ? word.slice(2) : word).slice(0, -1).toLowerCase();
}

/** The last token is a comma, or a quotation mark closing after one (“…,” Will Doyle said): a capital after it marks a name. */
function afterComma(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1];
  return last !== undefined && (last.text === ',' || (isQuoteMark(last.text) && tokens[tokens.length - 2]?.text === ','));
}

/** Whether the sticky `pattern` matches `body` at `at`; its `lastIndex` is then where the match ends. */
export function matchesAt(pattern: RegExp, body: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(body);
}

/**
 * Where readWord's word ends, where the next one starts (after the spaces), and whether it is plain: ASCII letters and
 * digits, or a single ASCII mark other than an apostrophe.
 */
const wordRead = { end: 0, next: 0, plain: false };

/**
 * WORD_AND_SPACES's match at `at`, into wordRead; false if there is none. Most words are plain ASCII letters and
 * digits followed by a space or a simple mark, and most marks are single ASCII characters: for those a loop over the
 * characters finds the same ends without the regular expression (its test() and the trimEnd() of its match were
 * a twentieth of the run time). Any character that could extend the word (- ' . & / , % or anything beyond ASCII)
 * is left to the regular expression.
 */
function readWord(body: string, at: number): boolean {
  const length = body.length;
  if (at >= length) return false;
  let k = at;
  const first = body.charCodeAt(k);
  if (isAsciiLetterOrDigit(first)) {
    do k++; while (k < length && isAsciiLetterOrDigit(body.charCodeAt(k)));
    if (k < length && !isPlainWordEnd(body.charCodeAt(k))) return readWordByPattern(body, at);
  } else if (first < 128) k++; // (Not a space: the spaces after the previous word were skipped.)
  else return readWordByPattern(body, at);
  wordRead.plain = first !== 39;
  wordRead.end = k;
  while (k < length && isSpace(body.charCodeAt(k))) k++;
  wordRead.next = k;
  return true;
}

function readWordByPattern(body: string, at: number): boolean {
  if (!matchesAt(WORD_AND_SPACES, body, at)) return false;
  let end = WORD_AND_SPACES.lastIndex;
  wordRead.plain = false;
  wordRead.next = end;
  while (end > at && isSpace(body.charCodeAt(end - 1))) end--;
  wordRead.end = end;
  return true;
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** An ASCII character after a word that cannot continue it in WORD_AND_SPACES (not - ' . & / , %). */
function isPlainWordEnd(c: number): boolean {
  return c < 128 && c !== 45 && c !== 39 && c !== 46 && c !== 38 && c !== 47 && c !== 44 && c !== 37;
}

/** \s (and trimEnd()'s spaces): white space and line ends. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** Where the first character that is not a space lies, from `from` on. */
function skipSpaces(body: string, from: number): number {
  matchesAt(SPACES, body, from);
  return SPACES.lastIndex;
}

/** Marks that end a noun phrase. */
const NOUN_PHRASE_ENDS = new Set(['.', ';', ':', '?', '!']);

/** Word classes that open a clause's subject ("say he …", "say the …", "says China …"). */
const CLAUSE_SUBJECT_START = new Set<Token['pos']>(['pron', 'det', 'proper']);

/** Word classes after which a noun can stand ("the engineer", "team nurse", "“…,” engineer", "said coach"). */
const NOUN_SLOT_BEFORE = new Set<Token['pos']>(['det', 'adj', 'poss', 'proper', 'noun', 'punct', 'num', 'verb']);

/**
 * Whether `verb` (a verb to the lexicon) is the verb of a quantifier standing alone as the subject before it,
 * agreeing in number: "Most believe", "some say", "another says" (but "some states", "the most offered").
 */
function verbOfQuantifier(verb: Token, before: Token[]): boolean {
  const quantifier = before[before.length - 1];
  const number = quantifier === undefined ? undefined : QUANTIFIER_SUBJECTS.get(quantifier.lower);
  // ("the most offered", "at most": not a subject.)
  const article = before[before.length - 2]?.lower;
  if (number === undefined || article === 'the' || article === 'at') return false;
  if (verb.verbForm === 'past') return true;
  const thirdSingular = verb.verbForm === 'present' && verb.lower.endsWith('s');
  return thirdSingular ? !number.plural : number.plural;
}

/** Whether `word` (a noun to the lexicon) has the -s of a present verb exactly when the pronoun `subject` needs one. */
function agreesWithSubject(word: Token, tokens: Token[], at: number): boolean {
  const subject = tokens[at];
  const pronoun = subject?.pos === 'pron' ? PRONOUNS[subject.lower] : undefined;
  if (pronoun === undefined) return false;
  // "it" and "you" are objects as often ("told you people that", "called it lies"): subjects only opening a clause.
  const before = tokens[at - 1];
  if (OBJECT_OR_SUBJECT_PRONOUNS.has(subject!.lower) && before !== undefined && before.pos !== 'punct' && before.pos !== 'conj' && !COMPLEMENTIZERS.has(before.lower)) return false;
  const thirdSingular = !pronoun.plural && subject!.lower !== 'i' && subject!.lower !== 'you';
  return word.lower.endsWith('s') === thirdSingular && word.lower.length > 2;
}

/**
 * Is the -ed word at `i`, which the lexicon calls an adjective, the clause's past verb? After a name that opens the
 * sentence or a clause, or a name or noun before "that" ("Clinton celebrated in Florida", "…, as Ruiz noted in …",
 * "Mark Z. Barabak noted that …", "The editorial noted that"); or between a noun or name (and verb modifiers) and the
 * determiner or pronoun of its object ("Her office (later) released a statement", "Ana Ruiz released its report",
 * "the agency recorded him": a participle after a noun is passive, with no object of its own).
 */
function isPastVerbByContext(tokens: Token[], i: number, afterOpeningName: boolean): boolean {
  const next = tokens[i + 1]!;
  if ((tokens[i - 1]!.pos === 'proper' && (next.lower === 'that' || afterOpeningName)) || (endsCommonNoun(tokens, i - 1) && next.lower === 'that')) return true;
  // (After a comma or "and", before "that", an article or a possessive: "…, Sam Lee, suggested that …", "… and
  // celebrated the ruling": the verb of a subject before the aside, or one coordinated with the clause's verb.)
  if ((tokens[i - 1]!.text === ',' || tokens[i - 1]!.lower === 'and') && (next.lower === 'that' || NOUN_DETERMINERS.has(next.lower) || POSSESSIVE_PRONOUNS.has(next.lower))) return true;
  let subjectEnd = i - 1;
  while (subjectEnd > 0 && (tokens[subjectEnd]!.pos === 'adv' || VERB_MODIFIERS.has(tokens[subjectEnd]!.lower))) subjectEnd--;
  // (Or an appositive between commas after it: "Ana Ruiz, the group's director, released a statement".)
  const subject = endsCommonNoun(tokens, subjectEnd) || tokens[subjectEnd]!.pos === 'proper' || (tokens[subjectEnd]!.text === ',' && subjectEndsBefore(tokens, subjectEnd + 1, afterOpeningName));
  return subject && (NOUN_DETERMINERS.has(next.lower) || NON_SUBJECT_PRONOUNS.has(next.lower));
}

/**
 * Does a common noun phrase end at `k`: a noun, or an adjective after an article (and modifiers) or a possessive
 * pronoun, which stands for the noun when a verb follows ("The editorial noted …", "Their rival noted …":
 * readAdjectiveAsNoun reads it so once "noted" is the verb)? ("her" only opening a clause: it is an object as often,
 * "called her rival".)
 */
function endsCommonNoun(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos === 'noun') return true;
  if (t.pos !== 'adj' || /ed$/.test(t.lower) || k === 0) return false;
  const before = tokens[k - 1]!.lower;
  const opening = k === 1 || tokens[k - 2]!.pos === 'punct' || tokens[k - 2]!.pos === 'conj';
  return (POSSESSIVE_PRONOUNS.has(before) && (before !== 'her' || opening)) || opensNounPhraseWord(tokens[beforeNounModifiers(tokens, k - 1)]);
}

/**
 * An article or another determiner, or "one" ("One expert says"): what opens a noun phrase an adjective may head
 * ("one" only before the clause's verb: "no one tougher than").
 */
function opensNounPhraseWord(t: Token | undefined): boolean {
  return t !== undefined && (NOUN_DETERMINERS.has(t.lower) || SINGULAR_DETERMINERS.has(t.lower));
}

/** A subject pronoun, "who", or a perfect auxiliary: what a past verb follows. */
function isSubjectOrPerfect(t: Token | undefined): boolean {
  return t !== undefined && ((t.pos === 'pron' && (t.lower in PRONOUNS || t.lower === 'who')) || PERFECT_AUXILIARIES.has(t.lower));
}

/** A common noun in the plural, by its -s ("investors"; not "news", "crisis" or "status"). */
function isPluralNoun(t: Token): boolean {
  return t.pos === 'noun' && /[^siu]s$/.test(t.lower) && !SINGULARS_IN_S.has(t.lower);
}

/** An -s verb to the lexicon, which may yet be read as a plural noun ("filed reports"). */
function isPresentS(t: Token): boolean {
  return t.pos === 'verb' && t.verbForm === 'present' && t.lower.endsWith('s') && !AUXILIARIES.has(t.lower);
}

/** How many words may stand before the plural subject of a closing "…, campaign finance records show." */
const CLOSING_SUBJECT_MODIFIERS = 4;

/** The index of the first token from `i` on that `skip` does not pass over: an adverb ("and then has …"), a comma. */
export function skipOver(tokens: Token[], i: number, skip: (t: Token) => boolean): number {
  let k = i;
  while (k < tokens.length && skip(tokens[k]!)) k++;
  return k;
}

/** The index of the first token from `i` back that `skip` does not accept (-1 if it accepts them all). */
export function skipBackOver(tokens: Token[], i: number, skip: (t: Token) => boolean): number {
  let j = i;
  while (j >= 0 && skip(tokens[j]!)) j--;
  return j;
}

/** An adverb in -ly ("newly", "highly"). */
function isLyAdverb(t: Token): boolean {
  return t.pos === 'adv' && t.lower.endsWith('ly');
}

/**
 * Whether a plural common noun heading its phrase comes right before `i`, which an -s verb at `i` would not agree with
 * ("those college savings plans"; but "a survey of insiders shows": the head is "survey", before the preposition).
 */
export function followsPluralHead(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  // (A plural to the lexicon, not one read so from the verb after it: "what she believes remains".)
  if (prev === undefined || prev.cap || !isPluralNoun(prev) || wordClass(prev.text).pos !== 'noun') return false;
  // (A plural that modifies the next noun makes a compound wherever it stands: "one of those savings plans that …".)
  if (PLURAL_NOUN_MODIFIERS.has(prev.lower)) return true;
  let k = i - 2;
  // (Back over coordinated nouns too: "a look at his planes and helicopters suggests".)
  while (k >= 0 && (NOUN_PHRASE_POS.has(tokens[k]!.pos) || tokens[k]!.lower === 'and' || tokens[k]!.lower === 'or')) k--;
  return tokens[k]?.pos !== 'prep' && tokens[k]?.lower !== 'to';
}

/** Whether a noun phrase may open right after `prev`: at the start, after punctuation, a conjunction, "that" or a determiner. */
function opensNounPhrase(prev: Token | undefined): boolean {
  return prev === undefined || prev.pos === 'punct' || prev.pos === 'conj' || prev.pos === 'det' || prev.pos === 'adj' || COMPLEMENTIZERS.has(prev.lower);
}

/** Whether `token`, an -s verb to the lexicon, is a plural noun before the verb or preposition `next` ("Engineers say", "Surveys show voters"). */
function pluralSubjectBefore(token: Token, next: Token, after: Token | undefined): boolean {
  if (token.pos !== 'verb' || token.verbForm !== 'present' || !token.lower.endsWith('s') || AUXILIARIES.has(token.lower)) return false;
  if (next.pos === 'verb' && next.verbForm === 'base' && !AUXILIARIES.has(next.lower)) return true;
  // "Engineers at the port authority have …", "Critics of the plan say": a preposition inside the noun phrase.
  if (next.pos === 'prep' && next.lower !== 'to' && INNER_PREPOSITIONS.has(next.lower)) return true;
  // "States whose laws were struck down say", "Voters who …": a relative clause on the noun.
  if (next.lower === 'who' || next.lower === 'whose') return true;
  const objectAfter = after !== undefined && (CLAUSE_SUBJECT_START.has(after.pos) || after.pos === 'noun');
  return next.pos === 'noun' && !next.cap && !next.lower.endsWith('s') && objectAfter;
}

/** The index of the first token from `from` back that is not a common noun or an adjective: where a noun phrase's determiner would be. */
function beforeNounModifiers(tokens: Token[], from: number): number {
  let i = from;
  while (i > 0 && (tokens[i]!.pos === 'noun' || tokens[i]!.pos === 'adj')) i--;
  return i;
}

/** The parts of speech of a noun phrase's words ("the state's Democratic governor", "its 300 members"). */
export const NOUN_PHRASE_POS: ReadonlySet<Token['pos']> = new Set<Token['pos']>(['det', 'adj', 'noun', 'proper', 'num', 'poss']);

/** An adjective, or a hyphenated compound the lexicon does not know and calls a noun or a verb ("oil-rich", "full-blown", "error-prone"). */
export function isAdjectiveLike(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'adj' || ((t.pos === 'noun' || t.pos === 'verb') && /\p{L}-\p{L}/u.test(t.text)));
}

/** Tags of a word that opens a noun phrase as an object: "the crew", "her record", "Trump", "300 jobs". */
export const OBJECT_OPENING_TAGS: ReadonlySet<Token['pos']> = new Set<Token['pos']>(['det', 'poss', 'proper', 'num']);

/**
 * Where the clause's verb is, when the past form at `i` is a participle describing the common noun before it, or -1:
 * only an adverbial (adverbs, prepositional phrases; not a bare noun, which may be the subject of a clause it reports:
 * "said Monday was …") stands between it and the clause's finite verb, or a plural the lexicon knows only as a noun
 * before its object ("shows the"). Not with nothing between, where the noun is more often a relative clause's subject
 * ("a deadline insiders said went …").
 */
function verbAfterDescribingParticiple(tokens: Token[], i: number): number {
  const token = tokens[i]!;
  if (token.pos !== 'verb' || token.verbForm !== 'past' || PERFECT_AUXILIARIES.has(token.lower) || i === 0 || tokens[i - 1]!.pos !== 'noun') return -1;
  // (Not a bare noun right after a verb, the subject of its clause: "said honesty mattered most".)
  if (tokens[i - 2]?.pos === 'verb') return -1;
  let k = i + 1;
  while (k < tokens.length && k - i <= 8) {
    const t = tokens[k]!;
    // (Not "there", a subject: "said there were".)
    if ((t.pos === 'adv' && t.lower !== 'there') || (t.pos === 'adj' && !/ed$/.test(t.lower))) k++;
    // (Not a subordinator, whose clause has a verb of its own: "gathered as results came in".)
    else if ((t.pos === 'prep' || t.lower === 'to') && !ADVERBIAL_SUBORDINATORS.has(t.lower)) {
      // (The preposition's object is a noun whatever the lexicon says: "with chants", where "chants" is a verb too.)
      k++;
      if (tokens[k]?.verbForm === 'present') k++;
      // (A determiner after a noun opens another phrase: "differed from an assessment the director gave".)
      while (k < tokens.length && NOUN_PHRASE_POS.has(tokens[k]!.pos) && !COMPLEMENTIZERS.has(tokens[k]!.lower) && !(tokens[k]!.pos === 'det' && NOUN_HEADS.has(tokens[k - 1]!.pos)) && !isVerbOfClause(tokens, k)) k++;
    } else break;
  }
  return k > i + 1 && isVerbOfClause(tokens, k) ? k : -1;
}

/** Word classes that end a noun phrase, after which a determiner opens another. */
const NOUN_HEADS = new Set<Token['pos']>(['noun', 'proper', 'num']);

/**
 * An auxiliary, or a finite verb (or a plural the lexicon knows only as a noun: "shows") before the start of its object
 * or clause ("shows the …", "says that …", "followed him"; not "gun controls, which", "seemed unperturbed.").
 */
function isVerbOfClause(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  if (t.pos === 'aux') return t.lower !== 'not' && t.lower !== 'n\'t';
  const next = tokens[k + 1];
  if (next === undefined) return false;
  if (t.pos === 'noun') return isPluralNoun(t) && NOUN_DETERMINERS.has(next.lower);
  const complement = (CLAUSE_SUBJECT_START.has(next.pos) || next.pos === 'num' || next.lower === 'that') && !RELATIVE_PRONOUNS.has(next.lower);
  return complement && isFiniteVerb(t);
}

/** Whether `next` cannot continue a noun phrase: a sentence's end, a preposition, a relative word or a finite verb. */
function endsNounPhrase(next: Token): boolean {
  return NOUN_PHRASE_ENDS.has(next.text) || next.pos === 'prep' || RELATIVE_PRONOUNS.has(next.lower) || next.lower === 'that' || isFiniteVerb(next);
}

/**
 * Readings that need the next word: titles between names, past verbs after a name, plural subjects; one pass, left
 * to right. An adjective standing for its noun is read after the word that follows it, once that word has its own
 * reading: in "The editorial noted the …" "noted" becomes the verb, and so "editorial" the noun.
 */
function readByNextWord(tokens: Token[]): void {
  // A name (and its title's dots) opening the sentence or a clause (after a comma, a conjunction or a subordinator)
  // ends before tokens[openingName].
  let openingName = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const prev = tokens[i - 1];
    if (prev !== undefined && (prev.text === ',' || prev.pos === 'conj' || ADVERBIAL_SUBORDINATORS.has(prev.lower))) openingName = i;
    else if (openingName === i - 1 && prev !== undefined && (prev.pos === 'proper' || prev.text === '.')) openingName = i;
    readWordByNextWord(tokens, i, openingName === i && prev?.pos === 'proper');
    if (i > 0) readAdjectiveAsNoun(tokens, i - 1);
  }
  if (tokens.length > 1) readAdjectiveAsNoun(tokens, tokens.length - 2);
}

/** Do nouns and names end at `k`, after modifiers, with a determiner, a number or a possessive before them ("a GOP data")? */
function determinedModifiers(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos !== 'noun' && t.pos !== 'proper') return false;
  const opener = tokens[skipBackOver(tokens, k, (w) => w.pos === 'noun' || w.pos === 'proper' || w.pos === 'adj')];
  return opener !== undefined && (opener.pos === 'det' || opener.pos === 'num' || opener.pos === 'poss');
}

/** The readings of the word at `i` (not the last) that need the word after it; `afterOpeningName` if a name opening the sentence ends before it. */
function readWordByNextWord(tokens: Token[], i: number, afterOpeningName: boolean): void {
  const token = tokens[i]!;
  const next = tokens[i + 1]!;
  // "Frost responded", "“…,” Shook said": a capitalised bare or past verb opening the sentence or right after
  // a quotation, before a past or present verb, is a name ("Engineers said" is a plural, below).
  if (token.cap && token.pos === 'verb' && (token.verbForm === 'base' || token.verbForm === 'past') && next.pos === 'verb' && (next.verbForm === 'past' || next.verbForm === 'present') && (i === 0 || isQuoteMark(tokens[i - 1]!.text))) {
    token.pos = 'proper';
    token.verbForm = null;
    return;
  }
  // "“…,” From said", "“…,” Down added": so is a capitalised preposition or adverb right after a quotation that ends in
  // a comma (a surname; pronouns and determiners keep their reading; after “…?” a new sentence may open: "Then said").
  if (token.cap && (token.pos === 'prep' || token.pos === 'adv') && next.pos === 'verb' && (next.verbForm === 'past' || next.verbForm === 'present') && i > 1 && isQuoteMark(tokens[i - 1]!.text) && tokens[i - 2]!.text === ',') {
    token.pos = 'proper';
    return;
  }
  // "… and cast doubt on the count", "cast himself as an outsider": a noun to the lexicon before its idiom's object,
  // or before a reflexive pronoun and "as", is the verb (bare after "to"); the object a noun.
  const objectNouns = token.pos === 'noun' ? VERBS_BEFORE_OBJECT_NOUNS[token.lower] : undefined;
  if (objectNouns !== undefined) {
    const object = ARTICLES.has(next.lower) ? tokens[i + 2] : next;
    const idiom = object !== undefined && objectNouns.has(object.lower);
    if (idiom || (REFLEXIVE_PRONOUNS.has(next.lower) && tokens[i + 2]?.lower === 'as')) {
      token.pos = 'verb';
      token.verbForm = tokens[i - 1]?.lower === 'to' ? 'base' : 'past';
      if (idiom) {
        object!.pos = 'noun';
        object!.verbForm = null;
      }
      return;
    }
  }
  // "Park’s chief of staff", "Sing’s lawyer": a verb to the lexicon before a possessive ’s is its owner, a name when
  // capitalised. (After a pronoun the ’s is "is": "He’s", readContractedIs; after "let" it is "us".)
  if (token.pos === 'verb' && next.pos === 'poss' && next.lower !== '\'' && next.lower !== '’' && token.lower !== 'let') {
    token.pos = token.cap ? 'proper' : 'noun';
    token.verbForm = null;
    return;
  }
  // "engineer Sam Patel", "head coach Dan Ortiz": a title the lexicon calls a verb, right before a name, is a noun
  // where a noun can stand (not "who guard Trump", "will head Treasury", "to coach Alabama").
  if (token.pos === 'verb' && token.verbForm === 'base' && !token.cap && next.pos === 'proper' && TITLES.has(token.lower) && (i === 0 || NOUN_SLOT_BEFORE.has(tokens[i - 1]!.pos))) {
    token.pos = 'noun';
    token.verbForm = null;
    return;
  }
  // "another unaligned strategist", "a retired general", "of newly filed reports": a past verb between a determiner or
  // a preposition (and -ly adverbs) and a noun is an adjective.
  if (token.pos === 'verb' && token.verbForm === 'past') {
    const opener = tokens[skipBackOver(tokens, i - 1, isLyAdverb)];
    if (opener !== undefined && (NOUN_DETERMINERS.has(opener.lower) || (opener.pos === 'prep' && opener.lower !== 'than')) && (next.pos === 'noun' || next.pos === 'proper' || next.pos === 'adj' || isPresentS(next))) {
      token.pos = 'adj';
      token.verbForm = null;
      return;
    }
  }
  // "the first two voting states", "a rising star": a gerund between a determiner or a number and a noun (or an -s
  // word, its plural) modifies the noun; it reports nothing.
  if (token.pos === 'verb' && token.verbForm === 'gerund' && i > 0 && (tokens[i - 1]!.pos === 'num' || NOUN_DETERMINERS.has(tokens[i - 1]!.lower)) && (next.pos === 'noun' || isPresentS(next))) {
    token.pos = 'adj';
    token.verbForm = null;
    if (isPresentS(next)) {
      next.pos = 'noun';
      next.verbForm = null;
    }
    return;
  }
  // "said one resident, who …", "the independent said": a role noun the lexicon also calls an adjective, heading its
  // phrase after a determiner, a number or an adjective (no noun after it), is the noun; so after nouns and names
  // that a determiner opens ("said a GOP expert", "a longtime GOP data expert who …").
  if (token.pos === 'adj' && ROLE_NOUNS.has(token.lower) && i > 0 && (ROLE_HEAD_AFTER.has(tokens[i - 1]!.pos) || determinedModifiers(tokens, i - 1)) && !NOUN_PHRASE_POS.has(next.pos)) {
    token.pos = 'noun';
    return;
  }
  // "voters polled said", "those interviewed told": a participle of asking, between a noun and the clause's verb,
  // describes the noun ("a deadline insiders said went unnoticed" is a verb; so is "the voters Reuters interviewed
  // said", after a name).
  if (token.pos === 'verb' && ASKED_PARTICIPLES.has(token.lower) && i > 0 && (tokens[i - 1]!.pos === 'noun' || tokens[i - 1]!.lower === 'those') && next.pos === 'verb' && (next.verbForm === 'past' || next.verbForm === 'present')) {
    token.pos = 'adj';
    token.verbForm = null;
    return;
  }
  // "A video posted online shows …", "A letter sent to members says …": a past form after a noun, with only an
  // adverbial between it and the clause's verb, describes the noun.
  const verb = verbAfterDescribingParticiple(tokens, i);
  if (verb > 0) {
    // A participle; an adjective between it and the verb is an adverb ("posted online"), and a plural the lexicon
    // knows only as a noun is the verb ("shows").
    token.verbForm = 'participle';
    const after = tokens[i + 1]!;
    if (after.pos === 'adj' && (tokens[i + 2]!.pos === 'prep' || i + 2 === verb)) after.pos = 'adv';
    if (tokens[verb]!.pos === 'noun') {
      tokens[verb]!.pos = 'verb';
      tokens[verb]!.verbForm = 'present';
    }
    return;
  }
  // "the pro-Trump rally said", "the secretary of state said": a bare verb right before the clause's verb ends its subject.
  // (Not an auxiliary: "protests that have rocked".)
  // (Not after a plural noun, its subject: "Investors believe rates will rise", where "rates" reads as a verb too.)
  if (token.pos === 'verb' && token.verbForm === 'base' && !AUXILIARIES.has(token.lower) && i > 0 && (NOUN_SLOT_BEFORE.has(tokens[i - 1]!.pos) || tokens[i - 1]!.pos === 'prep') && !isPluralNoun(tokens[i - 1]!) && next.pos === 'verb' && (next.verbForm === 'past' || next.verbForm === 'present')) {
    token.pos = 'noun';
    token.verbForm = null;
    return;
  }
  // "Exit polling showed", "Recent polling shows that …", "polling data": a survey noun read as a gerund, right
  // before the clause's verb or a noun (the lexicon reads "shows" as one), is a noun (not after an auxiliary: "is
  // polling at 10 percent").
  if (token.verbForm === 'gerund' && POLL_NOUNS.has(token.lower) && (isFiniteVerb(next) || next.pos === 'noun') && !AUXILIARIES.has(tokens[i - 1]?.lower ?? '')) {
    token.pos = 'noun';
    token.verbForm = null;
    return;
  }
  // "Virginia delegate Beau Correll": a bare verb between names is part of a title.
  if (token.pos === 'verb' && token.verbForm === 'base' && i > 0 && tokens[i - 1]!.pos === 'proper' && next.pos === 'proper') {
    token.pos = 'noun';
    token.verbForm = null;
    return;
  }
  // "Residents who lost their homes say": right after the relative "who", a word the lexicon calls an adjective, before
  // an object, is the clause's verb (an irregular past: "lost", "broken"); so after "which" and an -ed word ("The union,
  // which released a statement …").
  const relative = tokens[i - 1]?.lower === 'who' || (tokens[i - 1]?.lower === 'which' && token.lower.endsWith('ed'));
  if (token.pos === 'adj' && i > 0 && relative && opensObject(next)) {
    token.pos = 'verb';
    token.verbForm = 'past';
    return;
  }
  if (token.pos === 'adj' && /ed$/.test(token.lower) && i > 0 && isPastVerbByContext(tokens, i, afterOpeningName)) {
    token.pos = 'verb';
    token.verbForm = 'past';
    return;
  }
  // "A resident insists the …", "One expert says that …": an -s verb read as a noun after an adjective is the verb after
  // all when a singular determiner comes before the adjective (no plural follows one: the adjective heads the phrase)
  // and a clause or an object follows ("a civil rights group" stays a noun).
  if (token.pos === 'noun' && i > 1 && tokens[i - 1]!.pos === 'adj' && SINGULAR_DETERMINERS.has(tokens[i - 2]!.lower) && (CLAUSE_SUBJECT_START.has(next.pos) || next.lower === 'that') && !RELATIVE_PRONOUNS.has(next.lower)) {
    const lexical = wordClass(token.text);
    if (lexical.pos === 'verb' && lexical.verbForm === 'present' && token.lower.endsWith('s')) {
      token.pos = 'verb';
      token.verbForm = 'present';
      return;
    }
  }
  // "“…,” the two write.", "“…,” the editorial read.": the sentence’s last word, read as a noun after a noun phrase
  // that opens right after “…,”, is that phrase's verb when the lexicon knows its verb forms.
  if (token.pos === 'noun' && !token.cap && next.text === '.' && i + 2 === tokens.length && hasVerbForms(token.lower)) {
    const opener = skipBackOver(tokens, i - 1, (t) => t.pos === 'noun' || t.pos === 'adj' || t.pos === 'num');
    const det = tokens[opener];
    if (opener < i - 1 || det?.pos === 'det') {
      const start = det?.pos === 'det' ? opener : opener + 1;
      if (start > 1 && isQuoteMark(tokens[start - 1]!.text) && tokens[start - 2]!.text === ',' && start < i) {
        const lexical = wordClass(token.text);
        token.pos = 'verb';
        token.verbForm = lexical.pos === 'verb' ? lexical.verbForm : 'past';
        return;
      }
    }
  }
  // "Six in 10 say he …", "One says the …": a verb read as a noun after a number is the verb after all when a
  // clause or its subject follows and it agrees with the number ("the four states that …" is a noun).
  if (token.pos === 'noun' && i > 0 && tokens[i - 1]!.pos === 'num' && ((CLAUSE_SUBJECT_START.has(next.pos) && !RELATIVE_PRONOUNS.has(next.lower)) || next.lower === 'that')) {
    const lexical = wordClass(token.text);
    const agrees = tokens[i - 1]!.lower === 'one' ? lexical.verbForm === 'present' : lexical.verbForm === 'base';
    if (lexical.pos === 'verb' && agrees) {
      token.pos = 'verb';
      token.verbForm = lexical.verbForm;
      return;
    }
  }
  // "a promise to cut fares", "her plan to end the levy": after a singular noun's "to", a word the lexicon calls a
  // singular noun but whose verb forms it knows is the infinitive's verb when its object follows (an article, a
  // pronoun, a number or a plural: "a threat to public health" stays a noun; a plural before "to" is as often a verb's
  // addressee, "warned officials to boost …", whose infinitive is read elsewhere).
  if (token.pos === 'noun' && !token.cap && i > 1 && tokens[i - 1]!.lower === 'to' && tokens[i - 2]!.pos === 'noun' && !isPluralNoun(tokens[i - 2]!) && !isPluralNoun(token) && hasVerbForms(token.lower) && opensObject(next)) {
    token.pos = 'verb';
    token.verbForm = 'base';
    return;
  }
  // "The truck with broken lights stops here", "Lee, who said the plan would fail, now backs it": an -s word read as a
  // plural noun, whose verb forms the lexicon knows, is the sentence's verb when its singular subject ends right before
  // it, with a prepositional phrase or an aside of a relative clause after the head, and an adverb, a pronoun, an
  // article or the sentence's end follows (not a noun or a preposition: "The drumbeat of big names from the past").
  if (isPluralNoun(token) && !token.cap && (next.pos === 'adv' || next.pos === 'pron' || next.pos === 'det' || next.text === '.') && hasVerbForms(token.lower.slice(0, -1)) && singularSubjectEndsBefore(tokens, i)) {
    token.pos = 'verb';
    token.verbForm = 'present';
    return;
  }
  // "Ruiz faces charges that …", "Lee wins votes", "Ana Ruiz announces plans for …": of two -s words after a name
  // opening the clause, the first (a plural to the lexicon whose verb forms it knows, or a verb to it) is the verb and
  // the second (a verb to the lexicon) its object: a plural subject takes no -s verb. (In a title too; before the
  // "Engineers said" rule below, which would read the first, before a present verb, as a plural noun.)
  if (afterOpeningName && ((token.pos === 'noun' && isPluralNoun(token) && isVerbInS(token.lower)) || isPresentS(token)) && isPresentS(next)) {
    token.pos = 'verb';
    token.verbForm = 'present';
    next.pos = 'noun';
    next.verbForm = null;
    return;
  }
  // "Prosecutors allege", "Passengers said": a word the lexicon does not know, opening the sentence before a verb,
  // in the plural of a noun for people, is that noun ("Vickers, the chief executive, said" stays a name).
  if (i === 0 && token.pos === 'proper' && token.name === null && !token.common && PLURAL_PEOPLE_NOUN.test(token.lower) && (next.pos === 'verb' || next.pos === 'aux')) {
    token.pos = 'noun';
    token.common = true;
    return;
  }
  // "Engineers say the …", "Surveys show voters …": a capitalised -s verb opening the sentence before a bare verb (or
  // a word the lexicon reads as a singular noun, "show", before its object) is a plural noun, the clause's subject.
  if (i === 0 && token.cap && pluralSubjectBefore(token, next, tokens[i + 2])) {
    token.pos = 'noun';
    token.verbForm = null;
    return;
  }
  // "Outside the campaign, …", "delegates inside the hall": a word of place the lexicon calls an adjective, before an
  // article or a possessive, is a preposition ("the inside track" keeps its noun after it).
  if (token.pos === 'adj' && PLACE_PREPOSITIONS.has(token.lower) && (next.pos === 'det' || next.pos === 'poss' || POSSESSIVE_PRONOUNS.has(next.lower))) {
    token.pos = 'prep';
    return;
  }
  // "Ruiz delegates inside the hall have booed …", "angry donors at the gala were …": an -s verb after a name or an
  // adjective, before a prepositional phrase (its "inside" not yet read as a preposition) that ends at a plural
  // auxiliary, is a plural noun, the subject of that verb.
  if (isPresentS(token) && i > 0 && (tokens[i - 1]!.pos === 'proper' || tokens[i - 1]!.pos === 'adj') && (next.pos === 'prep' || PLACE_PREPOSITIONS.has(next.lower)) && pluralSubjectOfVerbAfter(tokens, i + 1)) {
    token.pos = token.cap ? 'proper' : 'noun';
    token.verbForm = null;
    return;
  }
  // "She added, though, that …", "It failed, though.": a subordinator with no clause after it is an adverb.
  if ((next.text === ',' || next.text === '.') && ADVERB_SUBORDINATORS.has(token.lower)) {
    token.pos = 'adv';
    return;
  }
  // "Her deputy, Per Holm, said": a capitalised preposition after a comma and before a name is a given name.
  if (token.pos === 'prep' && token.cap && next.pos === 'proper' && i > 0 && tokens[i - 1]!.text === ',') {
    token.pos = 'proper';
    return;
  }
  // "a series of tweets early Friday saying": an -s verb right after a preposition is a plural noun (no clause
  // starts at its verb; not after "than": "more than doubles").
  // So after a preposition and one modifier, an adjective, a gerund or a participle ("with blinking lights", "by
  // cutting costs", "of newly minted bonds").
  const modifier = tokens[i - 1];
  const modified = modifier !== undefined && (modifier.pos === 'adj' || (modifier.pos === 'verb' && (modifier.verbForm === 'gerund' || modifier.verbForm === 'past' || modifier.verbForm === 'participle')));
  const opener = modified ? i - 2 : i - 1;
  if (isPresentS(token) && opener >= 0 && tokens[opener]!.pos === 'prep' && tokens[opener]!.lower !== 'than') {
    token.pos = token.cap ? 'proper' : 'noun';
    token.verbForm = null;
    return;
  }
  // "and most recently defended", "most notably said": "most" before an -ly adverb and a verb is a superlative
  // adverb, not a quantifier standing for people.
  if (token.lower === 'most' && next.pos === 'adv' && next.lower.endsWith('ly') && isFiniteVerb(tokens[i + 2])) {
    token.pos = 'adv';
    return;
  }
  // "Ruiz hit back, saying …", "The mayor hit the governor", "She cut off talks": a word read as a noun between a
  // clause's subject (subjectEndsBefore) and its object (an article, a
  // possessive, an object pronoun) or a phrasal particle that ends the phrase or opens one is the verb ("the Ruiz
  // campaign" and "the state parks spokesman" go on with a noun; "Ruiz campaign this week" with a time phrase; a
  // role before a name's title is the name's: "party spokesman the Rev. Ana Ruiz"; a survey is no verb's subject
  // here: "a new poll out Monday shows"; "out of" is a preposition: "miners out of work").
  // (Asked of nouns only, and what follows a noun before the word lists of the noun itself: most tokens would pay for
  // lookups that decide nothing.)
  const particle = token.pos === 'noun' && PHRASAL_PARTICLES.has(next.lower) && opensPhrasalObject(tokens[i + 2]) && !(next.lower === 'out' && tokens[i + 2]!.lower === 'of');
  if (token.pos === 'noun' && (particle || OBJECT_OPENERS.has(next.lower)) && !ROLE_NOUNS.has(token.lower) && !POLL_NOUNS.has(token.lower) && subjectEndsBefore(tokens, i, afterOpeningName)) {
    token.pos = 'verb';
    // (Finite is what counts: "hit", "cut", "set" are past and present alike.)
    token.verbForm = 'present';
    if (particle) next.pos = 'adv';
    return;
  }
  // "Republicans who say taxes are too high favor Lee": a bare noun after a predicate adjective (not a participle, after
  // "be" and any adverbs) and before a name or a pronoun is the verb of the clause the adjective's ends.
  if (token.pos === 'noun' && !token.cap && !token.lower.endsWith('s') && i > 1 && tokens[i - 1]!.pos === 'adj' && !tokens[i - 1]!.lower.endsWith('ed') && (next.pos === 'proper' || PRONOUNS_AS_OBJECT.has(next.lower))
    && BE_FORMS.has(tokens[skipBackOver(tokens, i - 2, (t) => t.pos === 'adv')]?.lower ?? '') && !ROLE_NOUNS.has(token.lower)) {
    token.pos = 'verb';
    token.verbForm = 'present';
    return;
  }
  // "The senator cast doubt on the figures": a singular noun with verb forms right after a clause's subject, before a
  // word read as a bare verb and a preposition, is the verb and that word its object (a singular noun is no subject
  // of a bare verb).
  if (token.pos === 'noun' && !token.lower.endsWith('s') && !ROLE_NOUNS.has(token.lower) && next.pos === 'verb' && next.verbForm === 'base' && !next.cap && !AUXILIARIES.has(next.lower)
    && tokens[i + 2]?.pos === 'prep' && hasVerbForms(token.lower) && subjectEndsBefore(tokens, i, afterOpeningName)) {
    token.pos = 'verb';
    token.verbForm = 'present';
    next.pos = 'noun';
    next.verbForm = null;
    return;
  }
  // "A state parks spokesman said", "the city schools chief warned": an -s verb between a common noun and a role
  // whose verb follows is a plural noun modifying the role (a clause's verb would have the role as its object,
  // with no verb of its own right after it).
  if (isPresentS(token) && i > 0 && tokens[i - 1]!.pos === 'noun' && !tokens[i - 1]!.cap && next.pos === 'noun' && ROLE_NOUNS.has(next.lower) && isFiniteVerb(tokens[i + 2])) {
    token.pos = 'noun';
    token.verbForm = null;
    return;
  }
  // "…, an analysis of campaign reports shows.": of two -s words closing the sentence after a noun, the second, a verb
  // that reports on its own, is the verb, and the first the plural its subject ends with.
  if (isPresentS(token) && i > 0 && (tokens[i - 1]!.pos === 'noun' || tokens[i - 1]!.pos === 'adj') && CLOSING_EVIDENCE_VERBS.has(next.lower) && (tokens[i + 2] === undefined || tokens[i + 2]!.text === '.')) {
    token.pos = 'noun';
    token.verbForm = null;
    next.pos = 'verb';
    next.verbForm = 'present';
    return;
  }
  // "FEC reports show that …", "news reports identify him as …": an -s word after a noun, before the bare form of a verb
  // that reports findings and what it reports, is the plural its subject ends with, not a verb.
  if (isPresentS(token) && i > 0 && ['noun', 'proper', 'adj'].includes(tokens[i - 1]!.pos) && PLURAL_EVIDENCE_VERBS.has(next.lower) && next.pos !== 'aux'
    && tokens[i + 2] !== undefined && (tokens[i + 2]!.lower === 'that' || ['det', 'pron', 'proper', 'noun'].includes(tokens[i + 2]!.pos))) {
    token.pos = 'noun';
    token.verbForm = null;
    return;
  }
  // "…, campaign finance records show.", "…, new fundraising reports show.": a plural after the sentence's last comma,
  // before the bare form of such a verb that closes the sentence, is its subject and that form the verb (the tagger
  // reads "show" as a noun and "reports" as a verb).
  // (So are the words between that comma and the plural, nouns modifying it: "fundraising", "finance".)
  // (The sentence's end is tested before the word list: the list's key is a new string.)
  if (token.lower.endsWith('s') && (token.pos === 'noun' || isPresentS(token)) && next.pos !== 'verb' && (tokens[i + 2] === undefined || tokens[i + 2]!.text === '.')
    && CLOSING_EVIDENCE_VERBS.has(next.lower + 's')) {
    const comma = tokens.findLastIndex((t, k) => k < i && t.text === ',');
    const modifiers = tokens.slice(comma + 1, i);
    if (comma > 0 && modifiers.length <= CLOSING_SUBJECT_MODIFIERS && modifiers.every((t) => t.pos === 'adj' || t.pos === 'noun' || t.pos === 'proper' || t.pos === 'det' || (t.pos === 'verb' && !t.cap))) {
      for (const t of modifiers) if (t.pos === 'verb') { t.pos = 'noun'; t.verbForm = null; }
      token.pos = 'noun';
      token.verbForm = null;
      next.pos = 'verb';
      next.verbForm = 'base';
      return;
    }
  }
  // "…, citing reasons of health", "and answering questions about …": an -s verb right after a participle that follows a
  // comma or a conjunction is that participle's object, a plural noun (not before "to" or a verb: "…, hiring continues
  // to …" is a gerund subject's verb).
  if (isPresentS(token) && i > 1 && tokens[i - 1]!.verbForm === 'gerund' && PARTICIPLE_OPENERS.has(tokens[i - 2]!.lower) && next.lower !== 'to' && !['verb', 'aux', 'adv'].includes(next.pos)) {
    token.pos = 'noun';
    token.verbForm = null;
    return;
  }
  // "those college savings plans that …": an -s verb right after a plural noun heading its phrase does not agree with it.
  if (isPresentS(token) && followsPluralHead(tokens, i)) {
    token.pos = 'noun';
    token.verbForm = null;
    return;
  }
  // "Economists expect rates to rise", "urged states to adopt …": an -s word between a verb whose object does what
  // the infinitive after it says and that "to" is the object, a plural noun ("Jobs report gives …" has no such verb).
  if (isPresentS(token) && next.lower === 'to' && i > 0
    && tokens[i - 1]!.pos === 'verb' && OBJECT_CONTROL_VERBS.has(tokens[i - 1]!.lower)) {
    token.pos = token.cap ? 'proper' : 'noun';
    token.verbForm = null;
    return;
  }
  // "Engineers said", "Nurses warned", "Health worries have dogged", "that rates will rise": an -s verb the lexicon
  // knows, right before a finite verb or a plural auxiliary, or before a modal where a noun phrase opens, is a plural
  // noun ("has brought" stays a verb; so does "which he believes will", after its subject).
  if (isPresentS(token) && ((next.pos === 'verb' && (next.verbForm === 'past' || next.verbForm === 'present')) || PLURAL_AUXILIARIES.has(next.lower) || (MODALS.has(next.lower) && opensNounPhrase(tokens[i - 1])))) {
    token.pos = token.cap && i > 0 ? 'proper' : 'noun';
    token.verbForm = null;
  }
}

/**
 * Does a prepositional phrase open at `from` (a preposition and an article or a possessive) and end, with no clause
 * between, at a plural auxiliary (adverbs before it)? "inside the hall have booed", "at the gala were" (not at a past
 * form, as often a participle: "Ruiz says in the spot titled …").
 */
function pluralSubjectOfVerbAfter(tokens: Token[], from: number): boolean {
  const article = tokens[from + 1];
  if (article === undefined || (article.pos !== 'det' && article.pos !== 'poss')) return false;
  const end = skipOver(tokens, from + 2, (t) => PREPOSITIONAL_PHRASE_POS.has(t.pos) && t.lower !== 'that');
  const verb = tokens[skipOver(tokens, end, (t) => t.pos === 'adv')];
  return verb !== undefined && PLURAL_AUXILIARIES.has(verb.lower);
}

/** The parts of speech within a prepositional phrase of places and names ("inside the convention hall in Philadelphia"). */
const PREPOSITIONAL_PHRASE_POS = new Set(['prep', 'det', 'adj', 'noun', 'proper', 'num', 'poss']);

/**
 * Whether the lexicon lists a past or an -ing form of `word` as a verb's ("show" → "showed", "cast" → "casting"; with a
 * doubled consonant even as an adjective: "cut" → "cutting").
 */
function hasVerbForms(word: string): boolean {
  let known = verbFormsByWord.get(word);
  if (known === undefined) {
    if (verbFormsByWord.size >= VERB_FORMS_CACHE) verbFormsByWord.clear();
    known = lexiconHasVerbForms(word);
    verbFormsByWord.set(word, known);
  }
  return known;
}

/**
 * hasVerbForms's answers, by word. Its six lexicon look-ups, each of a string just built, took 5-7 µs a call inside a
 * run (about 350 ms of a warm pass over the 840 train texts), and the same few hundred words are asked again and again.
 * Module state kept across calls, but a memo of the constant lexicon, never of an article: safe across articles and
 * workers (the "no state kept between calls" contract is about what an article leaves).
 */
const verbFormsByWord = new Map<string, boolean>();
/** Words kept at most: a bound for a long-lived process. */
const VERB_FORMS_CACHE = 1 << 14;

function lexiconHasVerbForms(word: string): boolean {
  const lexicon = getLexicon();
  const stem = word.endsWith('e') ? word.slice(0, -1) : word;
  const doubled = word + word.slice(-1);
  const past = (w: string): boolean => lexicon[w] === 'PastTense';
  const gerund = (w: string): boolean => lexicon[w] === 'Gerund';
  return past(word + 'ed') || past(stem + 'ed') || past(doubled + 'ed')
    || gerund(stem + 'ing') || gerund(word + 'ing') || gerund(doubled + 'ing') || lexicon[doubled + 'ing'] === 'Adjective';
}

/** What opens a verb's object: an article, a possessive or object pronoun, a number, or a plural noun ("cut fares"). */
function opensObject(t: Token): boolean {
  return OBJECT_OPENERS.has(t.lower) || t.pos === 'num' || isPluralNoun(t);
}

/** A modal or a negation, after which a verb is bare ("would show", "not feel"). */
function takesBareVerb(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'aux' && (MODALS.has(t.lower) || t.lower === 'not' || t.lower === 'n\'t');
}

/** Words opening a verb's object: an article, a possessive or an object pronoun (not "this", which opens time phrases). */
const OBJECT_OPENERS = new Set([...ARTICLES, ...POSSESSIVE_PRONOUNS, ...NON_SUBJECT_PRONOUNS]);

/** After a phrasal particle: the end of the clause or an object or adverbial ("hit back, …", "cut off talks", "lashed out at", "hit back Tuesday"). */
function opensPhrasalObject(t: Token | undefined): boolean {
  return t !== undefined && (t.text === ',' || t.text === '.' || t.pos === 'prep' || t.pos === 'det' || BARE_DAYS.has(t.lower));
}

/** Words of a subject before its verb: nouns, names, adjectives and possessive ’s ("the mayor’s office"). */
const SUBJECT_WORDS = new Set<Token['pos']>(['noun', 'proper', 'adj', 'poss']);

/**
 * Whether a clause's subject ends right before `verb` (or the adverbs before it): a name opening the clause, a
 * personal pronoun or "who", or nouns and names (after a determiner or a possessive, if any) opening it ("The White House",
 * "His campaign", "Lee’s aides").
 */
function subjectEndsBefore(tokens: Token[], verb: number, afterOpeningName: boolean): boolean {
  // (Adverbs may stand between: "Ruiz also hit back".)
  let i = verb;
  while (i > 0 && tokens[i - 1]!.pos === 'adv') i--;
  const prev = tokens[i - 1];
  if (prev === undefined) return false;
  // "Ruiz, 54, hit back", "The mayor, a Democrat, hit back": an appositive between commas after the subject.
  if (prev.text === ',') {
    const open = appositiveOpening(tokens, i - 1);
    return open > 0 && subjectEndsBefore(tokens, open, tokens.slice(0, open).every((t) => t.pos === 'proper' || t.text === '.'));
  }
  // ("who" too, the subject of its relative clause: "the senator who heads the committee".)
  if ((afterOpeningName && i === verb) || (prev.pos === 'pron' && (prev.lower in PRONOUNS || prev.lower === 'who'))) return true;
  if (prev.pos !== 'noun' && prev.pos !== 'proper') return false;
  let k = i - 1;
  while (k >= 0 && SUBJECT_WORDS.has(tokens[k]!.pos)) k--;
  if (k >= 0 && (NOUN_DETERMINERS.has(tokens[k]!.lower) || POSSESSIVE_PRONOUNS.has(tokens[k]!.lower))) k--;
  // (The lexicon's "to" is a conjunction: "to help spread the word" has no subject.)
  return k < 0 || tokens[k]!.text === ',' || (tokens[k]!.pos === 'conj' && tokens[k]!.lower !== 'to');
}

/** Words a sentence-opening subject may hold before the verb read at `verb` by singularSubjectEndsBefore. */
const MODIFIED_SUBJECT_WORDS = 14;

/**
 * Whether a singular noun phrase opening the sentence ends right before `verb`, followed by a prepositional phrase
 * ("The truck with broken lights") or by a relative clause between commas ("Lee, who said the plan would fail,"
 * and adverbs), with no finite verb outside that clause.
 */
function singularSubjectEndsBefore(tokens: Token[], verb: number): boolean {
  if (verb < 2 || verb > MODIFIED_SUBJECT_WORDS) return false;
  let end = verb - 1;
  while (end > 0 && VERB_MODIFIERS.has(tokens[end]!.lower)) end--;
  const phraseWord = (t: Token): boolean => t.pos === 'det' || t.pos === 'adj' || t.pos === 'noun' || t.pos === 'proper' || t.pos === 'num' || t.pos === 'poss';
  // The head: the noun phrase opening the sentence, singular.
  const headEnd = (last: number): boolean => {
    const head = tokens[last];
    // (A capitalised plural opening the sentence may be read as a name: "Supporters of the plan".)
    if (head === undefined || (head.pos !== 'noun' && head.pos !== 'proper') || isPluralNoun({ ...head, pos: 'noun' })) return false;
    return tokens.slice(0, last + 1).every(phraseWord);
  };
  if (tokens[end]!.text === ',') {
    const open = tokens.findIndex((t, k) => k < end && t.text === ',');
    const relative = tokens[open + 1];
    if (open < 1 || relative === undefined || (relative.lower !== 'who' && relative.lower !== 'which')) return false;
    const aside = tokens.slice(open + 2, end);
    return headEnd(open - 1) && aside.some((t) => t.pos === 'verb' || t.pos === 'aux') && !aside.some((t) => t.text === ',' || isQuoteMark(t.text));
  }
  if (end !== verb - 1 || tokens[end]!.pos !== 'noun') return false;
  const preposition = tokens.findIndex((t, k) => k < end && t.pos === 'prep');
  if (preposition < 1 || !INNER_PREPOSITIONS.has(tokens[preposition]!.lower)) return false;
  return headEnd(preposition - 1) && tokens.slice(preposition + 1, end + 1).every(phraseWord);
}

/** How many words an appositive between a subject and its verb may have ("Ruiz, the city's mayor since 2019, hit back"). */
const APPOSITIVE_WORDS = 8;

/** The comma opening an appositive (words with no verb of their own) that the comma at `close` ends, or -1. */
function appositiveOpening(tokens: Token[], close: number): number {
  for (let k = close - 2; k > 0 && close - k <= APPOSITIVE_WORDS + 1; k--) {
    const t = tokens[k]!;
    if (t.text === ',') return k;
    if (t.pos === 'verb' || t.pos === 'aux' || t.pos === 'punct' || t.pos === 'conj') return -1;
  }
  return -1;
}

/**
 * "His rival, Siobhán Ní Bhriain, said", "Their rival noted …", "said the expert.", "a data expert who …", "the chief of
 * staff", "One expert says": a word the lexicon calls an adjective, between a possessive and a comma or the clause's
 * verb, or between an article (and its modifiers) and the end of its noun phrase, is the noun (after an article a comma may join adjectives: "a generous, patient boss"; an -ed
 * word there is a verb: "a judge determined that").
 */
function readAdjectiveAsNoun(tokens: Token[], i: number): void {
  const token = tokens[i]!;
  const next = tokens[i + 1]!;
  if (token.pos !== 'adj' || /ed$/.test(token.lower) || i === 0) return;
  const opener = tokens[beforeNounModifiers(tokens, i - 1)];
  // (Not before a comma that joins adjectives: "its important, costly ally", "its important, oil-rich ally".)
  const after = tokens[i + 2];
  const adjectivesJoined = next.text === ',' && isAdjectiveLike(after) && (tokens[i + 3]?.pos === 'noun' || tokens[i + 3]?.pos === 'adj');
  // ("“…,” the editorial read.": a verb in any form that ends the sentence has the phrase as its subject.)
  const closingVerb = next.pos === 'verb' && (after === undefined || after.text === '.');
  const ends = POSSESSIVE_PRONOUNS.has(tokens[i - 1]!.lower) ? (next.text === ',' && !adjectivesJoined) || isVerbAfterSubject(tokens, i + 1)
    : opensNounPhraseWord(opener) && (opener!.lower === 'one' ? isFiniteVerb(next) : endsNounPhrase(next) || closingVerb);
  if (ends) token.pos = 'noun';
}

/** A finite verb at `k`, not a past form describing the noun after it ("his plant-based diet", "their last paid speeches"). */
function isVerbAfterSubject(tokens: Token[], k: number): boolean {
  const after = tokens[k + 1];
  return isFiniteVerb(tokens[k]) && !(tokens[k]!.verbForm === 'past' && after !== undefined && (after.pos === 'noun' || after.pos === 'adj'));
}

/** How far back a single quotation mark still open may have opened (a quotation of a few sentences). */
const OPEN_QUOTE_REACH = 1000;
/** An English single quotation opening (after a space, a bracket or a double mark) and closing (as in segment.ts). */
const SINGLE_OPENED = new RegExp(`(?:^|[\\s(${anyOf(DOUBLE_OPENING_MARKS)}"])[‘']\\p{L}`, 'gu');
const SINGLE_CLOSED = new RegExp(`\\p{L}[’'](?=[\\s,.;:!?)${anyOf(DOUBLE_CLOSING_MARKS)}"]|$)`, 'gu');

function isPluralPossessive(text: string, at: number): boolean {
  if (!/[sS]$/.test(text.slice(Math.max(0, at - 1), at)) || !/^\s\p{L}/u.test(text.slice(at + 1, at + 3))) return false;
  const before = text.slice(Math.max(0, at - OPEN_QUOTE_REACH), at);
  const opened = (before.match(SINGLE_OPENED) ?? []).length;
  const closed = (before.match(SINGLE_CLOSED) ?? []).length;
  return opened <= closed;
}

/** "He’s predicting", "that’s why", "she’s been": after a pronoun, ’s is "is" or "has", not a possessive. */
function readContractedIs(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.pos !== 'poss' || !CONTRACTING_PRONOUNS.has(tokens[i - 1]!.lower)) continue;
    const next = tokens[i + 1];
    token.pos = 'aux';
    token.lower = next !== undefined && (next.verbForm === 'past' || next.lower === 'been') ? 'has' : 'is';
  }
}

/**
 * The tokens' lower-case words, separated by spaces: how the word lists write a phrase. (A loop, not
 * map().join(' '): TurboFan's inlined map() makes holey arrays where the interpreter's are packed, so every place
 * that read one such array was compiled again once the code that made it was optimised.)
 */
export function lowerWords(tokens: Token[]): string {
  let out = '';
  for (let k = 0; k < tokens.length; k++) out += k === 0 ? tokens[k]!.lower : ' ' + tokens[k]!.lower;
  return out;
}

/** An -ed word the lexicon calls an adjective ("failed", "noted"): after a subject, often the past verb. */
export function isPastReadAsAdjective(t: Token): boolean {
  return t.pos === 'adj' && t.lower.endsWith('ed');
}

/** An auxiliary or a verb in the past or present tense: the verb of a clause. */
export function isFiniteVerb(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'aux' || (t.pos === 'verb' && (t.verbForm === 'past' || t.verbForm === 'present')));
}

/** "to" at `k` before a noun phrase, a preposition, not an infinitive's ("credited to Channel Four", "a visit to the city"; not "sought to outdo"). */
export function isToBeforeNounPhrase(tokens: Token[], k: number): boolean {
  return tokens[k]?.lower === 'to' && ['det', 'proper', 'num', 'poss'].includes(tokens[k + 1]?.pos ?? '');
}

const TITLE_WORD = /\p{L}[\p{L}'’-]*/gu;
const UPPER_INITIAL = /^\p{Lu}/u;

/** At least four major words, all capitalised; stops at the first lower-case major word (most sentences have one early). */
function isTitleCase(body: string): boolean {
  let major = 0;
  TITLE_WORD.lastIndex = 0;
  for (let m = TITLE_WORD.exec(body); m; m = TITLE_WORD.exec(body)) {
    const word = m[0];
    if (TITLE_MINOR_WORDS.has(word.toLowerCase())) continue;
    if (!UPPER_INITIAL.test(word)) return false;
    major++;
  }
  return major >= 4;
}

function tagWord(source: string, from: number, to: number, start: number, sentenceInitial: boolean): Token {
  // Copied field by field: a spread in the middle of an object literal is a slow generic copy.
  const { text, lower, pos, cap, name, common, verbForm } = wordClassAt(source, from, to, sentenceInitial);
  return { start, end: start + text.length, text, lower, pos, cap, name, common, verbForm };
}

type WordClass = Omit<Token, 'start' | 'end' | 'text'>;

/** A word's class, with the word (its one string, which its tokens share). */
interface CachedWordClass extends WordClass {
  text: string;
}

/**
 * What a word is, from its spelling and whether it opens a sentence. News repeats its words, so the answers are kept
 * (a bounded cache per process): tagging was a third of the run time.
 *
 * The cache is an open-addressing table keyed by the word's characters where they stand, not a Map keyed by a string:
 * a Map lookup was an eighth of the run time, nearly all of it waiting on memory (a bucket, then its entries' keys one
 * after the other, then the value) plus hashing a new string per token. Here a slot's key, word and class are in three
 * arrays, so the word (to compare) and its class (to copy) are fetched at once, and only for the slot whose key
 * matches; and a plain word needs no string of its own, as its tokens take the cached one.
 */
const WORD_CLASS_SLOT_BITS = 17;
const WORD_CLASS_SLOTS = 1 << WORD_CLASS_SLOT_BITS;
/** Words kept: at most half the slots, so that a probe soon finds the word or an empty slot. */
const WORD_CLASS_CACHE = WORD_CLASS_SLOTS >> 1;
/** A hash of the word's characters, its lowest bit set if the word opens a sentence. */
const wordClassKeys = new Int32Array(WORD_CLASS_SLOTS);
const wordClassTexts = new Array<string>(WORD_CLASS_SLOTS).fill('');
/** The classes; undefined in an empty slot. */
const wordClassEntries = new Array<CachedWordClass | undefined>(WORD_CLASS_SLOTS).fill(undefined);
let wordClassCount = 0;

/** The class of the word `source[from, to)`. */
function wordClassAt(source: string, from: number, to: number, sentenceInitial: boolean): CachedWordClass {
  // FNV-1a over the characters; then Fibonacci hashing for the slot.
  let hash = 0x811c9dc5 | 0;
  for (let k = from; k < to; k++) hash = Math.imul(hash ^ source.charCodeAt(k), 0x01000193);
  const key = (hash & ~1) | (sentenceInitial ? 1 : 0);
  let slot = Math.imul(key, 0x9e3779b1) >>> (32 - WORD_CLASS_SLOT_BITS);
  for (let entry = wordClassEntries[slot]; entry !== undefined; entry = wordClassEntries[slot]) {
    if (wordClassKeys[slot] === key && sameCharacters(wordClassTexts[slot]!, source, from, to)) return entry;
    slot = (slot + 1) & (WORD_CLASS_SLOTS - 1);
  }
  if (wordClassCount >= WORD_CLASS_CACHE) {
    wordClassEntries.fill(undefined);
    wordClassTexts.fill('');
    wordClassCount = 0;
    return wordClassAt(source, from, to, sentenceInitial);
  }
  const text = from === 0 && to === source.length ? source : source.slice(from, to);
  // Copied into one object literal: classifyWord's spreads make objects of several shapes, and tagWord's reads
  // of them were megamorphic property loads, six for every token.
  const { lower, pos, cap, name, common, verbForm } = classifyWord(text, sentenceInitial);
  const entry: CachedWordClass = { text, lower, pos, cap, name, common, verbForm };
  wordClassKeys[slot] = key;
  wordClassTexts[slot] = text;
  wordClassEntries[slot] = entry;
  wordClassCount++;
  return entry;
}

/** Whether `text` is `source[from, to)`. */
function sameCharacters(text: string, source: string, from: number, to: number): boolean {
  if (text.length !== to - from) return false;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) !== source.charCodeAt(from + k)) return false;
  return true;
}

/** The class of `text` inside a sentence. */
function wordClass(text: string): WordClass {
  return wordClassAt(text, 0, text.length, false);
}

/** The lexicon's tags of given names, which some common words also have ("drew", "mark", "grant"). */
const GIVEN_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);

function classifyWord(text: string, sentenceInitial: boolean): WordClass {
  const lower = text.toLowerCase().replace(/’/g, '\'');
  const cap = /^\p{Lu}/u.test(text);
  const base: WordClass = { lower, pos: 'noun', cap, name: null, common: false, verbForm: null };
  if (!/[\p{L}\p{N}]/u.test(text)) return { ...base, pos: 'punct' };
  if (lower === '\'s') return { ...base, pos: 'poss' };
  if (lower === 'n\'t' || /^'(?:re|ve|ll|d|m)$/.test(lower)) return { ...base, pos: 'aux' };
  if (/^\p{N}/u.test(text)) return { ...base, pos: 'num' };
  const key = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  const entry = getLexicon()[key];
  const tags = entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
  // Acronyms ("US", "CSTO", "NATO") are names, whatever the lexicon says of "us".
  if (text.length >= 2 && /^[\p{Lu}.&]+$/u.test(text)) return { ...base, pos: 'proper', name: tags.length > 0 ? classify(tags)?.name ?? null : null };
  // "drew criticism", "will sue", "a grant": a given name in lower case is not a name (its other tags, if any, or an
  // unknown word).
  // (Or its reading in LOWER_CASE_NAME_READINGS: "drew" is "draw"'s past.)
  const lowerName = !cap && tags.some((t) => GIVEN_NAME_TAGS.has(t));
  const commonTags = lowerName ? tags.filter((t) => !GIVEN_NAME_TAGS.has(t)) : tags;
  const lowerReading = lowerName && commonTags.length === 0 ? LOWER_CASE_NAME_READINGS[key] : undefined;
  const tagged = classify(lowerReading === undefined ? commonTags : [lowerReading]);
  if (tagged) {
    base.common = tagged.name === null;
    // A capitalised common noun inside a sentence is part of a name ("Foreign Ministry", "White House").
    // So is a capitalised adjective that is not a nationality ("Josh Earnest", but "Russian claims").
    if (cap && !sentenceInitial && !tagged.name && (tagged.pos === 'noun' || tagged.pos === 'verb' || tagged.pos === 'aux' || (tagged.pos === 'adj' && !tags.includes('Demonym')))) return { ...base, ...tagged, pos: 'proper' };
    return { ...base, ...tagged };
  }
  // (Not opening a sentence with a common noun's ending: "Criticism of the plan grew".)
  if (cap && !(sentenceInitial && COMMON_NOUN_ENDING.test(key))) return { ...base, pos: 'proper' };
  if (cap) return { ...base, pos: 'noun', common: true };
  // Inflections the lexicon does not list ("chimed", "tweeting") are verbs.
  if (key.length > 4 && /[^e]ed$|[^aeiou]ied$/.test(key)) return { ...base, pos: 'verb', verbForm: 'past' };
  if (key.length > 5 && key.endsWith('ing')) return { ...base, pos: 'verb', verbForm: 'gerund' };
  return { ...base, ...(classify(suffixTags(key)) ?? { pos: 'noun' }) };
}

/** compromise's suffix patterns, then its ending rules, for a word it does not know ("-ous", "-ical" and "-dent" adjectives). */
function suffixTags(word: string): string[] {
  const patterns = getSuffixPatterns();
  for (let len = Math.min(patterns.length - 1, word.length - 1); len >= 1; len--) {
    const tag = patterns[len]?.[word.slice(-len)];
    if (tag) return [tag];
  }
  return adjectiveEndings.get(word.slice(-1))?.some((re) => re.test(word)) ? ['Adjective'] : [];
}

function classify(tags: string[]): Pick<Token, 'pos' | 'name' | 'verbForm'> | null {
  if (tags.length === 0) return null;
  const has = (t: string): boolean => tags.includes(t);
  let name: NameClass = null;
  if (has('MaleName')) name = 'male';
  else if (has('FemaleName')) name = 'female';
  else if (has('FirstName')) name = 'first';
  else if (has('LastName')) name = 'last';
  else if (has('Person')) name = 'person';
  else if (has('Honorific')) name = 'honorific';
  else if (has('Organization') || has('SportsTeam')) name = 'org';
  else if (has('Place') || has('Country') || has('City') || has('Region')) name = 'place';
  if (name) return { pos: 'proper', name, verbForm: null };
  if (has('Determiner')) return { pos: 'det', name, verbForm: null };
  // Possessive pronouns (his, their) open noun phrases like determiners.
  if (has('Possessive')) return { pos: 'det', name, verbForm: null };
  if (has('Pronoun') || has('Reflexive')) return { pos: 'pron', name, verbForm: null };
  if (has('Preposition')) return { pos: 'prep', name, verbForm: null };
  if (has('Conjunction')) return { pos: 'conj', name, verbForm: null };
  if (has('Copula') || has('Auxiliary') || has('Modal') || has('Negative')) return { pos: 'aux', name, verbForm: null };
  if (has('Adverb')) return { pos: 'adv', name, verbForm: null };
  if (has('PastTense')) return { pos: 'verb', name, verbForm: 'past' };
  if (has('PresentTense')) return { pos: 'verb', name, verbForm: 'present' };
  if (has('Gerund')) return { pos: 'verb', name, verbForm: 'gerund' };
  if (has('Participle')) return { pos: 'verb', name, verbForm: 'participle' };
  if (has('Infinitive') || has('Verb') || has('Imperative')) return { pos: 'verb', name, verbForm: 'base' };
  // "Mexicans", "Russians": a plural nationality is a group of people, a noun.
  if (has('Demonym') && has('Plural')) return { pos: 'noun', name, verbForm: null };
  if (has('Adjective') || has('Comparative') || has('Superlative') || has('Demonym')) return { pos: 'adj', name, verbForm: null };
  if (has('Cardinal') || has('Ordinal') || has('Value')) return { pos: 'num', name, verbForm: null };
  if (has('QuestionWord')) return { pos: 'pron', name, verbForm: null };
  return { pos: 'noun', name, verbForm: null };
}

/** Marks that end a headline's clause: a comma, semicolon, colon or dash. */
function isHeadlineClauseEnd(text: string): boolean {
  return text === ',' || text === ';' || text === ':' || isDash(text);
}

/** Tags after the opening names of a headline that may open its verb's object or complement. */
const HEADLINE_OBJECT_TAGS = new Set<Token['pos']>(['proper', 'noun', 'det', 'adj', 'num', 'prep', 'poss']);

/**
 * In a story's title the word in -s right after the names opening it is their verb, not a plural noun: "Lee wins Ohio,
 * vows …" (the next verb of a series after the comma), "Ruiz announces plans for …". Only a word the lexicon knows verb
 * forms of, before what may open its object ("to" too); not before a finite verb or a mark ("Lee emails show …", "Lee
 * emails: …").
 */
function readHeadlineVerb(tokens: Token[]): void {
  let i = 0;
  while (tokens[i]?.pos === 'proper') i++;
  const word = tokens[i];
  const next = tokens[i + 1];
  if (i === 0 || word === undefined || next === undefined || word.pos !== 'noun' || !/[^s]s$/.test(word.lower)) return;
  // (Two words in -s, "Lee announces plans for …", are read so in any sentence: readWordByNextWord.)
  if (!(HEADLINE_OBJECT_TAGS.has(next.pos) || next.lower === 'to') || isFiniteVerb(next)) return;
  // (Nor before another verb in its clause: "Ruiz delegates inside the hall have booed …"; one after a subordinator or
  // a relative has a clause of its own.)
  for (let k = i + 2; k < tokens.length && !isHeadlineClauseEnd(tokens[k]!.text); k++) {
    const t = tokens[k]!;
    if (COMPLEMENTIZERS.has(t.lower) || RELATIVE_PRONOUNS.has(t.lower) || ADVERBIAL_SUBORDINATORS.has(t.lower)) break;
    if (isFiniteVerb(t)) return;
  }
  if (!isVerbInS(word.lower)) return;
  word.pos = 'verb';
  word.verbForm = 'present';
}

/** A word in -s that is the -s form of a verb the lexicon knows ("faces", "wins"), after an -e too ("pushes"). */
function isVerbInS(word: string): boolean {
  const stem = word.slice(0, -1);
  return hasVerbForms(stem) || (stem.endsWith('e') && hasVerbForms(stem.slice(0, -1)));
}
