/**
 * Stage 5a, entities: what a phrase names. Finds the person and organisation
 * names of a document (compromise's lexicon marks first names, surnames,
 * honorifics, places and organisations; capitalised runs, hyphenated names,
 * titles and possessives are our rules) and classifies source phrases.
 */
import { CUES } from '../lexicon/cues.js';
import {
  ADDRESSEE_VERBS, AGE_NOUN, ANONYMOUS_HEADS, ANONYMOUS_MARKERS, ARTICLES, CLAUSE_NAMED_GROUPS, DOCUMENT_NOUNS, GENDERED_NOUNS, INDEFINITE_PRONOUNS, KNOWN_ORGS, LOCATIVE_PREPOSITIONS, NAME_PARTICLES, NAME_SUFFIXES, NAMING_PARTICIPLES, ORG_DESCRIPTORS, OWNER_PRONOUNS, ORG_HEADS, PARTITIVE_QUANTIFIERS, PARTY_MEMBER_NOUNS, PARTY_TAG, PEOPLE_NOUNS, POLL_NOUNS, POSTNOMINAL_ADJECTIVES, PRONOUNS, QUANTIFIER_SUBJECTS, RELATIVE_PRONOUNS, ROLE_NOUNS, SUBJECT_CONJUNCTIONS, TIME_NAMES, TITLE_ROLES, TITLES,
} from '../lexicon/words.js';
import { GIVEN_NAME_SEX } from '../lexicon/given-names.js';
import type { Span } from '../types.js';
import { isDash, isQuoteMark, lowerWords, NOUN_PHRASE_POS, type Token } from './tokens.js';

export type Gender = 'male' | 'female' | null;

export type PhraseClass =
  | { type: 'pronoun'; word: string }
  | { type: 'person'; name: string; first: string | null; last: string; gender: Gender }
  | { type: 'organization'; name: string; key: string }
  | { type: 'anonymous'; name: string; key: string; gender: Gender }
  | { type: 'role'; name: string; head: string; gender: Gender; possessor: string | null }
  | { type: 'orgref'; name: string; head: string }
  | { type: 'unknown'; name: string; key: string };

export interface NameMention extends Span {
  text: string;
  /** The name without titles: "Kassym-Jomart Tokayev" for "Kazakh President Kassym-Jomart Tokayev". */
  name: string;
  first: string | null;
  last: string;
  gender: Gender;
  /** The role or title written before the name ("mayor" in "Mayor Bill de Blasio"), if any. */
  role: string | null;
  /** Whether the name opens with a given name the lexicon knows ("Sarah Lind", not "Marion Avenue Baptist Church"). */
  given: boolean;
  /** Whether it is the subject of its clause (see isClauseSubject). */
  subject: boolean;
}

/** The fields of all the types of PhraseClass. */
type PhraseFields = { word: string; name: string; key: string; first: string | null; last: string; gender: Gender; head: string; possessor: string | null };

/**
 * A phrase class with every field of every type, in one order (the ones its type has no use for empty): all
 * classes then have one shape for V8, and the code that reads them stays monomorphic (seven shapes, and a spread
 * of personName()'s result, cost re-compiles of classifyPhrase and of its readers).
 */
export function phraseClass<T extends PhraseClass>(cls: T): T {
  const c: { type: PhraseClass['type'] } & Partial<PhraseFields> = cls;
  const full = { type: c.type, word: c.word ?? '', name: c.name ?? '', key: c.key ?? '', first: c.first ?? null, last: c.last ?? '', gender: c.gender ?? null, head: c.head ?? '', possessor: c.possessor ?? null };
  return full as unknown as T;
}

/** Readable text of a phrase: quotation marks dropped, possessive joined. */
function phraseText(tokens: Token[]): string {
  let out = '';
  for (const t of tokens) {
    if (isQuoteMark(t.text) && t.pos !== 'poss') continue;
    if (t.pos === 'poss' || t.text === '-' || t.text === '/' || t.text === ',' || out.endsWith('-') || out.endsWith('/') || out === '') out += t.text;
    else out += ' ' + t.text;
  }
  return out.trim();
}

/** An abbreviation's word without its dot ("sen." → "sen"), as the word lists have it. */
export function withoutDot(lower: string): string {
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

function isNameToken(t: Token): boolean {
  return t.cap && (t.pos === 'proper' || t.name !== null) && !TITLES.has(withoutDot(t.lower)) && !TIME_NAMES.has(t.lower) && !isDescriptiveCompound(t.text);
}

/**
 * A capitalised compound of common words is a description, not a name: "Mum-of-three Kerry Blackwood". (Every
 * part after the first in lower case: "Saif-al-Islam" and "Zia-ul-Haq" are names.)
 */
function isDescriptiveCompound(word: string): boolean {
  // (The hyphen first: a name's tokens are tested many times over, and a regular expression costs far more.)
  return word.includes('-') && DESCRIPTIVE_COMPOUND.test(word);
}

const DESCRIPTIVE_COMPOUND = /^\p{Lu}\p{Ll}*(?:-\p{Ll}+){2,}$/u;

/** A hyphen or particle between two name words ("Kassym - Jomart", "Bill de Blasio"). */
function isNameJoint(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.text !== '-' && !NAME_PARTICLES.has(t.lower)) return false;
  // (Past the particles before it: "Marieke van der Berg".)
  let before = k - 1;
  while (before >= 0 && NAME_PARTICLES.has(tokens[before]!.lower)) before--;
  return before >= 0 && isNameToken(tokens[before]!);
}

function isDemonym(t: Token): boolean {
  return t.pos === 'adj' && t.cap;
}

/** Classify a source phrase. */
export function classifyPhrase(tokens: Token[]): PhraseClass {
  // A parenthesis is an aside, not part of the name ("Rep. Tom Walsh (R-Ohio)").
  let depth = 0;
  const words = tokens.filter((t) => {
    if (t.text === '(') depth++;
    const keep = depth === 0 && (!isQuoteMark(t.text) || t.pos === 'poss');
    if (t.text === ')') depth = Math.max(0, depth - 1);
    return keep;
  });
  // "Tom Baker, who …", "a charity that …": a relative pronoun ending the source stands for the phrase before it.
  const last = words[words.length - 1];
  if (words.length > 1 && last && (RELATIVE_PRONOUNS.has(last.lower) || last.lower === 'that')) return classifyPhrase(words.slice(0, -1));
  // "those who want lower taxes", "many who …": a group only its clause names is no one named, and the whole phrase
  // tells it from other such groups (not its last noun: "those who want more liberal policies" is not "those who want
  // his policies").
  if (words.some((t, k) => k > 0 && t.lower === 'who' && CLAUSE_NAMED_GROUPS.has(words[k - 1]!.lower))) return phraseClass({ type: 'anonymous', name: phraseText(words), key: lowerWords(words), gender: null });
  // "Ana Ruiz, who grew up on the island": so does a named person's before the clause the source runs on into (an
  // unnamed one's relative clause still marks it anonymous: "a woman who …").
  // (Not one of two people: "Tom Bell, who …, and Ana Ruiz".)
  const relative = words.findIndex((t, k) => k > 1 && t.lower === 'who' && words[k - 1]!.text === ',');
  const another = (): boolean => words.some((t, k) => k > relative && SUBJECT_CONJUNCTIONS.has(t.lower) && words[k - 1]!.text === ',');
  if (relative > 0 && !another()) {
    const before = classifyPhrase(words.slice(0, relative - 1));
    if (before.type === 'person') return before;
  }
  // "A spokeswoman for the governor, Alicia Moreno": a name in apposition names the speaker.
  const comma = words.findIndex((t) => t.text === ',');
  if (comma > 0) {
    const after = words.slice(comma + 1).filter((t) => t.text !== ',');
    // "Sen. Ella Hart, D-Ore.": a party and state tag names nobody; the name is before it.
    if (after.length === 1 && PARTY_TAG.test(after[0]!.text)) return classifyPhrase(words.slice(0, comma));
    const named = classifyPhrase(after);
    // "The utility, Northern Power", "The company, Verdant Pulp": a description, then the organisation's name,
    // whatever the name looks like.
    const described = words.slice(0, comma);
    const describesOrg = described.every((t) => !t.cap || t === described[0]) && ORG_DESCRIPTORS.has(described[described.length - 1]!.lower);
    if (describesOrg && (named.type === 'organization' || named.type === 'person')) return named.type === 'organization' ? named : phraseClass({ type: 'organization', name: phraseText(after), key: orgKey(after) });
    if (named.type === 'person') return named;
  }
  // "A group called Harbor Watch": the name after a naming participle names the speaker.
  const namingAt = words.findIndex((t, k) => k > 0 && (NAMING_PARTICIPLES.has(t.lower) || (t.lower === 'as' && NAMING_PARTICIPLES.has(`${words[k - 1]!.lower} as`))));
  if (namingAt > 0 && namingAt < words.length - 1) {
    const named = classifyPhrase(words.slice(namingAt + 1));
    if (named.type === 'organization' || named.type === 'person') return named;
  }
  const first = words[0];
  if (words.length === 1 && first && (first.lower in PRONOUNS)) return phraseClass({ type: 'pronoun', word: first.lower });
  // ("Her message was simple: “…”": a possessive alone as the source is its owner's pronoun.)
  if (words.length === 1 && first && (first.lower in OWNER_PRONOUNS)) return phraseClass({ type: 'pronoun', word: OWNER_PRONOUNS[first.lower]! });
  // "Most of them", "Several", "another": part of the group "they" would refer to, which speaks for it ("most of
  // us" for the group "we" would).
  if (words.length === 3 && words[1]!.lower === 'of' && (words[2]!.lower === 'them' || words[2]!.lower === 'us')) return phraseClass({ type: 'pronoun', word: words[2]!.lower === 'us' ? 'we' : 'they' });
  if (words.length === 1 && first && QUANTIFIER_SUBJECTS.has(first.lower)) return phraseClass({ type: 'pronoun', word: 'they' });
  const name = phraseText(words);
  // "One of Lee's top aides", "two of the officials": part of an unnamed group or role is unnamed too.
  if (words.length > 2 && words[1]!.lower === 'of' && (first?.pos === 'num' || INDEFINITE_PRONOUNS.has(first?.lower ?? ''))) {
    const group = classifyPhrase(words.slice(2));
    // (People by a role in the plural: "Lee's top aides", "the senators".)
    const roles = ROLE_NOUNS.has(words[words.length - 1]!.lower.replace(/s$/, '')) && !words[words.length - 1]!.cap;
    if (group.type === 'anonymous' || group.type === 'role' || roles) return phraseClass({ type: 'anonymous', name, key: `${first!.lower} of ${lowerWords(words.slice(2))}`, gender: group.type === 'anonymous' || group.type === 'role' ? group.gender : null });
  }
  const content = words.filter((t) => t.pos !== 'det' || t.cap || NAME_PARTICLES.has(t.lower));
  // The head: the last noun before any preposition or adjective after the noun ("two people familiar with the talks",
  // "an official close to the Clintons" → people, official).
  const prepAt = words.findIndex((t, i) => i > 0 && (t.pos === 'prep' || t.lower === 'to' || POSTNOMINAL_ADJECTIVES.has(t.lower)));
  const headPart = prepAt > 0 ? words.slice(0, prepAt) : words;
  const nouns = headPart.filter((t) => t.pos === 'noun' || t.pos === 'proper' || t.pos === 'num' || t.pos === 'pron' || ANONYMOUS_HEADS.has(t.lower));
  const head = nouns[nouns.length - 1] ?? headPart[headPart.length - 1];
  const headLower = head?.lower ?? '';
  const possAt = words.findIndex((t) => t.pos === 'poss');
  // A person named in the head ("Senator Warren’s aides" is not anonymous): a known name, or two name words in a row.
  const nameWord = (k: number): boolean => {
    const t = headPart[k];
    return t !== undefined && isNameToken(t) && t.name !== 'place' && t.name !== 'org' && !isDemonym(t) && !ORG_HEADS.has(t.lower);
  };
  const namedInHead = headPart.some((t, k) => nameWord(k) && (t.name !== null || nameWord(k + 1) || nameWord(k - 1)));
  // (The phrase's words are read from its tokens, not from an array of them made here: see lowerWords.)
  const opening = first?.lower;
  // ("One woman, who asked not to be named, said": "one" before a common noun is an indefinite article too.)
  const indefinite = opening === 'a' || opening === 'an' || opening === 'another' || (opening === 'one' && words[1] !== undefined && !words[1].cap && words[1].pos === 'noun');
  // "a report by the state transportation department", "a survey by the Gazette": a document or a poll speaks for
  // whoever it is by.
  // (Right after it: "records obtained by the Times" are not the Times'.)
  if (prepAt > 0 && words[prepAt - 1] === head && (DOCUMENT_NOUNS.has(headLower) || POLL_NOUNS.has(headLower)) && ['by', 'from', 'of'].includes(words[prepAt]!.lower)) {
    const author = classifyPhrase(words.slice(prepAt + 1));
    if (author.type === 'person' || author.type === 'organization' || author.type === 'orgref') return author;
  }

  // "Bank of England Governor Sam Ode", "Union leader Marieke van der Berg": a title or role and a name end the
  // phrase, whatever organisation comes before.
  const titleAt = words.length >= 4 ? words.findLastIndex((t) => (t.cap && TITLES.has(withoutDot(t.lower))) || (!t.cap && ROLE_NOUNS.has(t.lower))) : -1;
  // (Not the object of a preposition: "a former aide to Senator Raymond Costa" is the aide.)
  const objectOfPreposition = titleAt > 0 && (words[titleAt - 1]!.pos === 'prep' || words[titleAt - 1]!.lower === 'to');
  const titled = titleAt > 0 && !objectOfPreposition && titleAt < words.length - 2 && words.slice(titleAt + 1).every((t, k) => isNameToken(t) || isNameJoint(words, titleAt + 1 + k)) ? personName(words.slice(titleAt)) : null;
  if (titled && titled.first !== null) return phraseClass({ type: 'person', ...titled });
  // "The report said", "this study found": a document named before, not an unnamed person ("reports say" is).
  if (DOCUMENT_NOUNS.has(headLower) && !headLower.endsWith('s') && ['the', 'this', 'that'].includes(opening ?? '') && words.length <= 3) {
    return phraseClass({ type: 'unknown', name, key: headLower });
  }
  // Unnamed sources: "sources", "a source familiar with …", "unnamed “Russians”", "who in Russia",
  // and a role nobody is named in ("a spokeswoman for the ministry", "an aide").
  // A group of people named only by what its members are or whom they are for is no one named: "Clinton aides",
  // "Sanders supporters", "Many Russians", "some senators".
  const plural = headLower.endsWith('s');
  const quantified = PARTITIVE_QUANTIFIERS.has(opening ?? '');
  // (A people noun in a name is no group of them: "the Communications Workers of America", "Friends of the Earth".)
  const afterHead = head ? words.indexOf(head) + 1 : -1;
  const inName = head !== undefined && head.cap && PEOPLE_NOUNS.has(headLower) && words[afterHead]?.lower === 'of' && words[afterHead + 1]?.cap === true;
  const anonymousHead = ANONYMOUS_HEADS.has(headLower) && !inName;
  const peopleHead = plural && (anonymousHead || ROLE_NOUNS.has(headLower.slice(0, -1)));
  // (Not one with its leader: "Tom Bell and his aides".)
  const coordinated = words.some((t) => SUBJECT_CONJUNCTIONS.has(t.lower));
  // (And a bare plural of people by role, "prosecutors", "party leaders", "Republican senators": no one named, as
  // "officials" are; not a definite or counted group, "the candidates", "both candidates", "three senators".)
  const undetermined = first !== undefined && first.pos !== 'det' && first.pos !== 'num' && first.pos !== 'pron' && opening !== 'all';
  const unnamedRoles = peopleHead && !namedInHead && !coordinated && undetermined && head !== undefined && !head.cap;
  const peopleGroup = (peopleHead && ((namedInHead && !coordinated) || quantified)) || unnamedRoles || (quantified && plural && head !== undefined && head.cap);
  if (isShareOfPeople(words)) return phraseClass({ type: 'anonymous', name, key: lowerWords(words), gender: null });
  if (words.some((t) => ANONYMOUS_MARKERS.has(t.lower)) || opening === 'who' || peopleGroup ||
    (anonymousHead && !namedInHead) || (indefinite && ROLE_NOUNS.has(headLower) && !namedInHead)) {
    // "a spokeswoman for the utility" is a woman: a later "she" can stand for her.
    // (An interrogative "who" and where names an unnamed source: "did not say who in Russia had alleged it"; not a
    // relative's "who in 2010", "who in part".)
    const whoWhere = opening === 'who' && words[1]?.pos === 'prep' && words.slice(2).some((t) => t.cap && !TIME_NAMES.has(t.lower));
    const anonymousName = whoWhere ? `unnamed source ${phraseText(words.slice(1))}` : name;
    return phraseClass({ type: 'anonymous', name: anonymousName, key: anonymousKey(words, head), gender: GENDERED_NOUNS[headLower] ?? null });
  }

  const bare = lowerWords(words.filter((t) => t.lower !== 'the')).replace(/ 's/g, '\'s');
  // "Russia’s Foreign Ministry", "the Kremlin", "His government" (an institution of someone named before).
  const ownedInstitution = head !== undefined && ORG_HEADS.has(headLower) && ['his', 'her', 'their', 'its'].includes(opening ?? '');
  // "The Lang campaign", "the Trump administration": a name before an institution's word says whose it is, as a
  // possessive would.
  const headAt = head ? words.indexOf(head) : -1;
  const namedOwner = headAt > 0 && isNameToken(words[headAt - 1]!);
  // "The administration said", "the court ruled": an institution by its common word alone is an organisation (a word
  // that also names a kind of company or group, "the company", is left to refer back: orgref below; a role, "the
  // spokesperson", is a person).
  const institution = opening === 'the' && head !== undefined && !head.cap && words.length <= 3 && ORG_HEADS.has(headLower) && !ORG_DESCRIPTORS.has(headLower) && !ROLE_NOUNS.has(headLower);
  // (A place or company after a given name is a surname: "Ana Lima", "Tom Washington", "Henry Ford".)
  const givenName = words.length <= 3 && words.some(isGivenName);
  if (KNOWN_ORGS.has(bare) || (head && ORG_HEADS.has(headLower) && (head.cap || possAt >= 0 || namedOwner)) || ownedInstitution || institution || (head?.name === 'org' && !givenName) || (words.length <= 2 && head?.name === 'place' && !givenName)) {
    return phraseClass({ type: 'organization', name, key: orgKey(words) });
  }
  // "the company", "the airline": an organisation named earlier. (A headline drops the article: "Harbour authority
  // rejects …", its first word capitalised for being first.)
  const headlineArticleless = first !== undefined && first !== head && first.cap && first.name === null && words.length <= 3 &&
    words.every((t, k) => (t.pos === 'noun' || t.pos === 'adj') && (k === 0 || !t.cap));
  if ((opening === 'the' || headlineArticleless) && head && !head.cap && ORG_DESCRIPTORS.has(headLower) && !words.some((t, k) => k > 0 && isNameToken(t))) return phraseClass({ type: 'orgref', name, head: headLower });

  // A role, possibly of someone named in a possessive: "President Joe Biden’s spokeswoman", "the spokeswoman".
  // (A capitalised role after "the" and a place too: "the Kentucky Republican".)
  // (And a party's member after "the" alone, "The Republican said", a person named before: "Republicans" is the party.)
  const theRole = opening === 'the' && ((words.length === 3 && words[1]!.name === 'place' && head === words[2]) || (words.length === 2 && PARTY_MEMBER_NOUNS.has(headLower)));
  // "The 45-year-old said": a person named before, by their age.
  if (opening === 'the' && words.length === 2 && AGE_NOUN.test(headLower)) return phraseClass({ type: 'role', name, head: headLower, gender: null, possessor: null });
  if (head && ROLE_NOUNS.has(headLower) && (!head.cap || possAt >= 0 || words.length === 1 || theRole)) {
    const possessor = possAt > 0 ? phraseText(words.slice(0, possAt)) : null;
    return phraseClass({ type: 'role', name, head: headLower, gender: GENDERED_NOUNS[headLower] ?? null, possessor });
  }

  // The name is in the head, not in a trailing "of St. Luke’s Hospital".
  const headContent = content.filter((t) => headPart.includes(t));
  const person = personName(headContent);
  if (person && isPersonLike(headContent)) return phraseClass({ type: 'person', ...person });
  // A capital that only opens the sentence ("Engineers said") does not make a name, nor does one letter (an
  // interview's "Q:" and "A:").
  const letter = words.length === 1 && name.length === 1;
  if (((head?.cap && head.pos === 'proper') || person) && !letter) return phraseClass({ type: 'organization', name: name.replace(/^the\s+/i, ''), key: orgKey(words) });
  return phraseClass({ type: 'unknown', name, key: bare });
}

/**
 * "22 percent of voters", "six in 10", "the 30 percent who", "half of respondents", "42%": a share of a group of
 * people, no one named (not of a thing: "half of the speech").
 */
function isShareOfPeople(words: Token[]): boolean {
  let k = 0;
  while (k < words.length && SHARE_OPENERS.has(words[k]!.lower)) k++;
  const at = words[k];
  if (!at) return false;
  let end: number;
  if (at.text.endsWith('%')) end = k + 1;
  else if (words[k + 1]?.lower === 'percent' || words[k + 1]?.text === '%') end = k + 2;
  else if (at.pos === 'num' && words[k + 1]?.lower === 'in' && words[k + 2]?.pos === 'num') end = k + 3;
  else if (SHARE_FRACTIONS.has(at.lower)) end = k + 1;
  else return false;
  // (Of a group, "22 percent of voters", or a group after "N in 10", "six in 10 voters"; not "the minority leader".)
  const next = words[end];
  if (next === undefined || next.pos === 'punct' || RELATIVE_PRONOUNS.has(next.lower)) return true;
  if (next.lower !== 'of' && words[end - 2]?.lower !== 'in') return false;
  // (The group's last noun before any clause or aside.)
  const group = words.slice(next.lower === 'of' ? end + 1 : end);
  const stop = group.findIndex((t) => t.pos === 'punct' || RELATIVE_PRONOUNS.has(t.lower) || (t.pos === 'prep' && t !== group[0]));
  const head = (stop >= 0 ? group.slice(0, stop) : group).findLast((t) => t.pos === 'noun' || t.pos === 'proper');
  if (!head) return false;
  return ANONYMOUS_HEADS.has(head.lower) || ROLE_NOUNS.has(head.lower.replace(/s$/, '')) || (head.cap && head.lower.endsWith('s'));
}

/** Words before a share's number: "the", "some", "nearly", "more than" (see isShareOfPeople). */
const SHARE_OPENERS = new Set(['the', 'some', 'vast', 'large', 'slim', 'narrow', 'overwhelming', 'clear', 'about', 'nearly', 'almost', 'only', 'just', 'another', 'roughly', 'around', 'up', 'to', 'more', 'than', 'fewer', 'less', 'at', 'least', 'over', 'under', 'a', 'an', 'fully', 'barely']);
/** Fractions that are shares of a group by themselves: "a third", "two-thirds of voters", "the majority". */
const SHARE_FRACTIONS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'majority', 'minority', 'one-third', 'two-thirds', 'one-quarter', 'three-quarters', 'one-fifth']);

/**
 * A source that is one capitalised word the lexicon knows nothing about ("Okafor", "Westline"): classifyPhrase
 * calls it an organisation for want of evidence, but it may as well be a surname (resolve.ts lets a later "he"
 * or "she" decide).
 */
export function isBareUnknownName(tokens: Token[], sentence: readonly Token[] = []): boolean {
  const words = tokens.filter((t) => !isQuoteMark(t.text));
  const word = words[0];
  // (In a line set in capitals, "OKAFOR SAYS FERRY WILL SAIL", a word in capitals is no acronym.)
  const brand = word !== undefined && (BRAND_SHAPE.test(word.text) || (ACRONYM_SHAPE.test(word.text) && !inCapitals(sentence)));
  return words.length === 1 && word !== undefined && word.pos === 'proper' && word.cap && word.name === null && !word.common &&
    !KNOWN_ORGS.has(word.lower) && !ORG_HEADS.has(word.lower) && !brand;
}

/** Whether a sentence is set in capitals: three words or more, none with a lower-case letter. */
function inCapitals(sentence: readonly Token[]): boolean {
  const words = sentence.filter((t) => /\p{L}\p{L}/u.test(t.text));
  return words.length >= 3 && words.every((t) => !/\p{Ll}/u.test(t.text));
}

/** An acronym's shape: "ESPN", "NAACP". */
const ACRONYM_SHAPE = /^\p{Lu}{2,}$/u;
/** The prefixes a surname's capital follows ("DeSantis", "McKinsey", "MacArthur", "VanHollen"): NAME_PARTICLES, Mc, Mac. */
const SURNAME_PREFIXES = [...NAME_PARTICLES, 'mc', 'mac'].map((p) => p[0]!.toUpperCase() + p.slice(1));
/** A word shaped as a brand, not a surname: "BuzzFeed", "Factcheck.org" (not "McKinsey", "DeSantis"). */
const BRAND_SHAPE = new RegExp(`^(?:(?!(?:${SURNAME_PREFIXES.join('|')})\\p{Lu})\\p{Lu}\\p{Ll}+\\p{Lu}\\w*|.*\\.(?:com|org|net))$`, 'u');

/**
 * Does a capitalised phrase name a person? A known first name or surname, a
 * title or gendered noun, a hyphenated or two-word unknown name ("Kofi
 * Mensah"). Not when it ends in a common noun ("Harbor Foods") or is a single
 * unknown word ("Westline"); resolution still merges a bare surname with a
 * person named in full elsewhere.
 */
function isPersonLike(tokens: Token[]): boolean {
  // The final run of name words ("Rail operator Westline" → Westline).
  let end = tokens.length - 1;
  while (end >= 0 && !isNameToken(tokens[end]!)) end--;
  let start = end;
  while (start > 0 && continuesNameBefore(tokens, start - 1)) start--;
  const names = tokens.slice(start, end + 1).filter((t) => isNameToken(t));
  const last = names[names.length - 1];
  if (!last) return false;
  if (tokens.some((t) => t.name === 'first' || t.name === 'male' || t.name === 'female' || t.name === 'last' || t.name === 'person' || t.name === 'honorific')) return true;
  if (tokens.some((t) => TITLES.has(withoutDot(t.lower)) && t.cap) || tokens.some((t) => GENDERED_NOUNS[t.lower] !== undefined)) return true;
  if (last.common) return false;
  return names.length >= 2 || /-/.test(last.text);
}

/**
 * Whether the token at `k` belongs to the name that follows it: a name word, a particle or hyphen, an initial, or a
 * capitalised word right before a known surname that is no title or role ("Bo Yang", where "bo" is also a noun).
 */
function continuesNameBefore(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (isNameToken(t) || isNameJoint(tokens, k) || /^\p{Lu}\.$/u.test(t.text)) return true;
  // (Only before a surname that ends the name: in "Party Icon Ana Lind" the word before "Ana" is no given name.)
  const endsName = tokens[k + 2] === undefined || !isNameToken(tokens[k + 2]!);
  return t.cap && (t.pos === 'noun' || t.pos === 'proper') && tokens[k + 1]?.name === 'last' && endsName && !TITLES.has(withoutDot(t.lower)) && !ROLE_NOUNS.has(t.lower);
}

/** A capitalised title's word right after a given name is a surname ("Ana King", "Elena Price"). */
function surnameAfterGivenName(tokens: Token[], k: number): boolean {
  return tokens[k]!.cap && TITLES.has(withoutDot(tokens[k]!.lower)) && isGivenName(tokens[k - 1]);
}

/**
 * The sex a given name surely has: the table's (GIVEN_NAME_SEX). (Not compromise's: it gives some names of both sexes
 * one, "Lindsey" a woman's.)
 */
export function sureGivenNameSex(given: string | null): Gender {
  return given === null ? null : GIVEN_NAME_SEX.get(given.toLowerCase()) ?? null;
}

/** The sex two readings agree on: either's if only one has one, none if they differ. */
export function agreedGender(a: Gender, b: Gender): Gender {
  return a === b || b === null ? a : a === null ? b : null;
}

/**
 * Where a person's name starts in the capitalised run tokens[start..end]: at a given name inside it that follows
 * capitalised words of another kind, which a title-case headline runs into the name ("Harbour Widow Ana Lind",
 * "Critic Tom Bell Slams …"). (Not a given name that ends the run, a surname like "Paul" in "Rand Paul", or that a
 * common word, title or role follows, "South Carolina Democrat", "North Carolina Rep. Ana Lind"; nor one after
 * another given name or an initial, "Mary Kate Lind", "J. Tom Bell", "Ana K Lind".)
 */
function givenNameStart(tokens: Token[], start: number, end: number): number {
  for (let k = start + 1; k < end; k++) {
    const before = tokens[k - 1]!;
    const next = tokens[k + 1]!;
    const surnameAfter = isNameToken(next) && !next.common && !ROLE_NOUNS.has(next.lower);
    if (isGivenName(tokens[k]) && surnameAfter && !isGivenName(before) && !NAME_PARTICLES.has(before.lower) && before.text !== '-' && !/^\p{Lu}\.?$/u.test(before.text)) return k;
  }
  return start;
}

/**
 * The sex of a name's first word as a given name: the lexicon's, else the table's (GIVEN_NAME_SEX: "Bill", "Barack").
 * (The table only when a surname follows: a word alone may be a surname, "Graham", "Warren".)
 */
function givenNameSex(t: Token, surnameFollows: boolean): Gender {
  if (t.name === 'male' || t.name === 'female') return t.name;
  return surnameFollows && t.cap ? GIVEN_NAME_SEX.get(t.lower) ?? null : null;
}

/** A first name the lexicon knows ("Ana", "Tom"). */
function isGivenName(t: Token | undefined): boolean {
  return t?.name === 'first' || t?.name === 'male' || t?.name === 'female';
}

/** A word of an organisation's name at `k`, not a title before a given name ("President" in "… President Ana Ruiz"). */
function isOrgNameWord(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return (isNameToken(t) || (t.cap && ORG_HEADS.has(t.lower))) && !(t.cap && TITLES.has(withoutDot(t.lower)) && isGivenName(tokens[k + 1]));
}

/** A hyphen or name particles ("von der", "bin") before a name word go on with the name ("Ursula von der Leyen"). */
function joinsNameAfter(tokens: Token[], k: number): boolean {
  if (tokens[k]?.text === '-') return tokens[k + 1] !== undefined && isNameToken(tokens[k + 1]!);
  let next = k;
  while (next < tokens.length && next - k < 3 && NAME_PARTICLES.has(tokens[next]!.lower)) next++;
  return next > k && tokens[next] !== undefined && isNameToken(tokens[next]!);
}

/** A capitalised word right before a name suffix: the surname, a title's word too ("King" in "Martin Luther King Jr."). */
function isBeforeSuffix(tokens: Token[], k: number): boolean {
  return tokens[k]!.cap && NAME_SUFFIXES.has(withoutDot(tokens[k + 1]?.lower ?? ''));
}

/** The person name in a phrase: its final run of name tokens, titles and demonyms dropped. */
function personName(tokens: Token[]): { name: string; first: string | null; last: string; gender: Gender } | null {
  let end = tokens.length - 1;
  while (end >= 0 && !isNameToken(tokens[end]!) && !surnameAfterGivenName(tokens, end)) end--;
  if (end < 0) return null;
  // Before a suffix any capitalised word is the surname, a title's word too ("Martin Luther King Jr.").
  let start = end > 0 && isBeforeSuffix(tokens, end - 1) ? end - 1 : end;
  while (start > 0 && continuesNameBefore(tokens, start - 1)) start--;
  start = givenNameStart(tokens, start, end);
  const run = tokens.slice(start, end + 1).filter((t) => t.text !== '-' && !NAME_PARTICLES.has(t.lower));
  // The surname is the last name word before a suffix ("King" in "Martin Luther King Jr.").
  while (run.length > 1 && NAME_SUFFIXES.has(withoutDot(run[run.length - 1]!.lower))) run.pop();
  const last = run[run.length - 1];
  if (!last) return null;
  const firstToken = run.length > 1 ? run[0]! : null;
  // A gendered title or noun ("Mrs.", "spokeswoman") decides; else the given name ("Linda Thomas" is a woman
  // whatever "Thomas" would be alone).
  let gender: Gender = null;
  for (const t of tokens) gender = GENDERED_NOUNS[withoutDot(t.lower)] ?? gender;
  gender ??= givenNameSex(run[0]!, run.length > 1);
  return { name: phraseText(tokens.slice(start, end + 1)), first: firstToken?.text ?? null, last: last.text, gender };
}

/**
 * One unnamed group per head noun and the words that say whose it is: "U.S. officials", "Russian officials",
 * "officials in Kyiv" and "a finance ministry official" are four groups ("u.s. official", "russian official", "kyiv
 * official", "finance ministry official"); a bare "officials" joins one named before (resolve.ts).
 */
function anonymousKey(words: Token[], head: Token | undefined): string {
  const headAt = head ? words.indexOf(head) : -1;
  // (Names anywhere, "Officials in Kyiv"; nouns before the head, "a finance ministry official"; not adjectives, "senior".)
  const whose = words.filter((t, k) => t !== head && (t.pos === 'proper' || isDemonym(t) || (t.pos === 'noun' && k < headAt)));
  const headKey = head?.lower.replace(/s$/, '') || 'anonymous';
  return whose.length > 0 ? `${lowerWords(whose)} ${headKey}` : headKey;
}

function orgKey(words: Token[]): string {
  // "Russia’s Foreign Ministry" and "the Foreign Ministry" are one organisation: key on the words after a possessive.
  const possAt = words.findIndex((t) => t.pos === 'poss');
  const rest = possAt >= 0 ? words.slice(possAt + 1) : words;
  // (But a common noun after it is only the owner's: "Rubio’s campaign" is "the Rubio campaign", not "Cruz’s
  // campaign". The owner's last word keys it, as "the Rubio campaign" is keyed.)
  const owner = possAt > 0 && rest.every((t) => !t.cap) ? words[possAt - 1]! : null;
  return lowerWords([...(owner ? [owner] : []), ...rest.filter((t) => t.pos !== 'det')]);
}

export interface OrgMention extends Span {
  name: string;
  key: string;
  /** A place's name ("Ohio", "United States"), which may speak for its government but is no company or agency. */
  place: boolean;
}

/** The forms of the verbs that take an addressee ("told", "informs"), from the cue lexicon. */
const ADDRESSEE_FORMS = new Set(CUES.filter((c) => ADDRESSEE_VERBS.has(c.lemma)).flatMap((c) => c.forms));

/** How far into its sentence a dateline's wire credit may stand ("NEW YORK, Jan. 5 (AP) —"). */
const DATELINE_WORDS = 10;

/** Organisation names across the document ("Halden Biotech", "the Foreign Ministry"), for "the company said". */
export function findOrganizations(sentences: Token[][], names: readonly NameMention[]): OrgMention[] {
  const orgs: OrgMention[] = [];
  // "Mayor Elena Price … Price said": one word that is a named person's surname is that person, however common a word.
  const surnames = new Set(names.map((n) => n.last.toLowerCase()));
  for (const tokens of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      if (!isNameToken(tokens[i]!) && !(tokens[i]!.cap && ORG_HEADS.has(tokens[i]!.lower))) continue;
      let j = i;
      // "University of Oregon", "Bank of England": an organisation's head goes on over "of" and a name, up to a title
      // ("University of Oregon President Ana Ruiz": the university is not Oregon).
      // (And over a plural's apostrophe inside the name: "the Consumers’ Association", "the Teachers' Federation".)
      const pluralPossessive = (k: number): boolean => tokens[k]!.pos === 'poss' && isQuoteMark(tokens[k]!.text) && tokens[k - 1]!.cap && tokens[k + 1] !== undefined && isOrgNameWord(tokens, k + 1);
      while (j + 1 < tokens.length && (isOrgNameWord(tokens, j + 1) || pluralPossessive(j + 1) || (tokens[j + 1]!.lower === 'of' && ORG_HEADS.has(tokens[j]!.lower) && tokens[j + 2] !== undefined && isOrgNameWord(tokens, j + 2)))) j++;
      const run = tokens.slice(i, j + 1);
      // "Jo Diaz told CNN": the outlet someone spoke to is not an organisation that speaks in the story.
      const addressee = ADDRESSEE_FORMS.has(tokens[i - 1]?.lower ?? '');
      // "PORTSMOUTH (Reuters) - …": nor is the wire service of a dateline.
      const wireCredit = i <= DATELINE_WORDS && tokens[i - 1]?.text === '(' && tokens[j + 1]?.text === ')' && isDash(tokens[j + 2]?.text ?? '');
      i = j;
      if (addressee || wireCredit) continue;
      // Only names that show they are organisations ("Halden Biotech", "NATO"), not any capitalised word;
      // checked first, as it rules out most runs and is cheaper than classifying them.
      const evidence = run.some((t) => ORG_HEADS.has(t.lower) || t.name === 'org' || t.name === 'place' || t.common) || KNOWN_ORGS.has(lowerWords(run));
      if (!evidence || (run.length === 1 && surnames.has(run[0]!.lower))) continue;
      const cls = classifyPhrase(run);
      const place = run.some((t) => t.name === 'place') && !run.some((t) => t.name === 'org' || ORG_HEADS.has(t.lower));
      if (cls.type === 'organization' && !TIME_NAMES.has(cls.key)) orgs.push({ start: run[0]!.start, end: run[run.length - 1]!.end, name: cls.name, key: cls.key, place });
    }
  }
  return orgs;
}

/**
 * Person names across the document: runs of capitalised name tokens that
 * contain a known first name or surname, or follow a title ("Sen. Warren",
 * "President Tokayev"), or are hyphenated ("Kassym-Jomart").
 */
export function findNames(sentences: Token[][]): NameMention[] {
  const names: NameMention[] = [];
  /** The names that are one word with the sex of a given name, which may be a surname instead ("Bradley"). */
  const givenNameSexed = new Set<number>();
  for (const tokens of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      if (!isNameToken(tokens[i]!)) continue;
      let j = i;
      while (j + 1 < tokens.length && (isNameToken(tokens[j + 1]!) || isBeforeSuffix(tokens, j + 1) || surnameAfterGivenName(tokens, j + 1) || joinsNameAfter(tokens, j + 1))) j++;
      i = givenNameStart(tokens, i, j);
      const run = tokens.slice(i, j + 1);
      if (run.every((t) => NAME_SUFFIXES.has(withoutDot(t.lower)))) { i = j; continue; } // "Jr." alone names nobody
      const prev = tokens[i - 1];
      const prevWord = (prev ? withoutDot(prev.lower) : '');
      // A title ("Mayor Bill de Blasio") or a role noun ("spokeswoman Melezia Figueroa") before the name.
      const titled = prev !== undefined && ((TITLES.has(prevWord) && prev.cap) || ROLE_NOUNS.has(prevWord));
      const known = run.some((t) => t.name === 'first' || t.name === 'male' || t.name === 'female' || t.name === 'last' || t.name === 'person');
      // (Not a given name and a place or company: "Ana Lima", "Henry Ford".)
      const givenName = run.length <= 3 && run.some(isGivenName);
      const orgLike = run.some((t) => ORG_HEADS.has(t.lower) || ((t.name === 'org' || t.name === 'place') && !givenName));
      const hyphenated = run.some((t) => /-/.test(t.text)) && run.length >= 2;
      // "a veterans group in Virginia": one word the lexicon only knows as some name, after "in", is a place.
      const placeAfterPreposition = run.length === 1 && run[0]!.name === 'person' && LOCATIVE_PREPOSITIONS.has(prevWord);
      // "an Orlando Republican", "the Virginia Democrat": nor one before a role it says where is from.
      const next = tokens[j + 1];
      const placeOfRole = run.length === 1 && run[0]!.name === 'person' && next !== undefined && next.cap && ROLE_NOUNS.has(next.lower);
      if ((known || titled || hyphenated) && !orgLike && !placeAfterPreposition && !placeOfRole) {
        const words = run.filter((t) => t.text !== '-');
        const named = words.filter((t, k) => k === 0 || !NAME_SUFFIXES.has(withoutDot(t.lower)));
        const last = named[named.length - 1]!;
        let gender: Gender = givenNameSex(words[0]!, words.length > 1);
        if (GENDERED_NOUNS[prevWord]) gender = GENDERED_NOUNS[prevWord]!;
        else if (words.length === 1 && gender !== null) givenNameSexed.add(names.length);
        if (words.length > 1) coordinatedGivenName(tokens, i, last.text, names, givenNameSexed);
        names.push({
          start: run[0]!.start, end: run[run.length - 1]!.end, text: phraseText(run), name: phraseText(run),
          first: words.length > 1 ? words[0]!.text : null, last: last.text, gender, role: titled ? TITLE_ROLES[prevWord] ?? prevWord : appositiveRole(tokens, j),
          given: words.length > 1 && isGivenName(words[0]),
          subject: isClauseSubject(tokens, i, j),
        });
      }
      i = j;
    }
  }
  // "Rebecca Bradley … Bradley said": a word alone that is the surname of someone named in full has that person's
  // sex, not the one it has as a given name (none, if the two disagree: the lexicon is not sure of either).
  for (const k of givenNameSexed) {
    const n = names[k]!;
    const full = names.find((m) => m.first !== null && m.last.toLowerCase() === n.last.toLowerCase());
    if (full) n.gender = agreedGender(n.gender, full.gender);
  }
  return [...names, ...bareSurnames(sentences, names)].sort((a, b) => a.start - b.start);
}

/**
 * "Tom and Ana Ruiz": a given name alone before "and" and a full name shares its surname; a mention of "Tom Ruiz" (in
 * place of the one of "Tom" alone, if the lexicon found it). Only a given name with a sex, not any name before "and":
 * "Lee and Ana Ruiz" are two surnames' people. (Not the surname of a name before it: "Tom Bell and Ana Ruiz".)
 */
function coordinatedGivenName(tokens: Token[], start: number, surname: string, names: NameMention[], givenNameSexed: Set<number>): void {
  const given = tokens[start - 2];
  if (tokens[start - 1]?.lower !== 'and' || !given || (tokens[start - 3] && isNameToken(tokens[start - 3]!))) return;
  const gender = givenNameSex(given, true);
  if (gender === null) return;
  const mention: NameMention = {
    start: given.start, end: given.end, text: given.text, name: `${given.text} ${surname}`, first: given.text, last: surname, gender, role: null, given: true,
    subject: isClauseSubject(tokens, start - 2, start - 2),
  };
  const alone = names.length - 1;
  if (names[alone]?.start === given.start) { names[alone] = mention; givenNameSexed.delete(alone); }
  else names.push(mention);
}

/**
 * Whether the name at tokens[start..end] is a clause's subject, as far as word order shows: only the words of a noun
 * phrase stand between it and the sentence's start or the last punctuation ("Mayor Ana Lee met …", "After the vote,
 * Lee met …", "Lee, who met Ortiz, …"), and it is no possessive ("Lee’s aide"). Not after a verb or a preposition:
 * "… met Tom Ortiz", "After meeting Ortiz, …".
 */
function isClauseSubject(tokens: Token[], start: number, end: number): boolean {
  if (tokens[end + 1]?.pos === 'poss') return false;
  for (let k = start - 1; k >= 0 && tokens[k]!.pos !== 'punct'; k--) if (!NOUN_PHRASE_POS.has(tokens[k]!.pos)) return false;
  return true;
}

/**
 * The role an apposition after a name gives it: "Tom Bell, the actor,", "Ana Lind, a veteran pilot of the line," (the
 * head noun before any punctuation or preposition, if a role noun).
 */
function appositiveRole(tokens: Token[], end: number): string | null {
  if (tokens[end + 1]?.text !== ',' || !ARTICLES.has(tokens[end + 2]?.lower ?? '')) return null;
  // (It ends at punctuation or a preposition: a verb after it makes it a clause's subject, "In a talk with Tom Bell,
  // the actor said …".)
  for (let k = end + 3; k < tokens.length && k <= end + APPOSITION_WORDS + 3; k++) {
    const t = tokens[k]!;
    if (t.pos === 'punct' || t.pos === 'prep') return k > end + 3 && ROLE_NOUNS.has(tokens[k - 1]!.lower) ? tokens[k - 1]!.lower : null;
    if (t.pos === 'verb' || t.pos === 'aux') return null;
  }
  return null;
}

/** How many words an apposition's noun phrase may have before its head ("the two-term Democratic governor"). */
const APPOSITION_WORDS = 5;

/**
 * "Linda Park … Park disagreed. She said": a capitalised word alone that is the surname of someone named in full
 * is a mention of them, whatever the lexicon makes of the word (not before a noun it modifies, "Young voters", nor
 * a possessive, "Park’s aide", which a later "she" seldom means).
 */
function bareSurnames(sentences: Token[][], names: NameMention[]): NameMention[] {
  const full = new Map<string, NameMention>();
  for (const n of names) if (n.first !== null && !full.has(n.last.toLowerCase())) full.set(n.last.toLowerCase(), n);
  if (full.size === 0) return [];
  const named = new Set(names.map((n) => n.end));
  const found: NameMention[] = [];
  for (const tokens of sentences) {
    tokens.forEach((t, k) => {
      const person = t.cap ? full.get(t.lower) : undefined;
      const next = tokens[k + 1];
      if (!person || named.has(t.end) || (next && (next.cap || next.pos === 'noun' || next.pos === 'poss'))) return;
      if (tokens[k - 1]?.cap && tokens[k - 1]!.pos === 'proper') return;
      found.push({ start: t.start, end: t.end, text: t.text, name: t.text, first: null, last: t.text, gender: person.gender, role: null, given: false, subject: isClauseSubject(tokens, k, k) });
    });
  }
  return found;
}
