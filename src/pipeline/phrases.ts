/**
 * Stage 4a, phrases: who a cue's source is. Noun phrases around a cue — the
 * subject that ends right before it (with titles, possessives, parentheses,
 * appositives and time phrases), the noun phrase after an inverted cue, the
 * main clause's subject for participles — found by walking the tagged tokens.
 */
import {
  AGO_PHRASE_WORDS, AGO_WORDS, ANONYMOUS_HEADS, ANONYMOUS_NOUNS, ASIDE_CLAUSE_OPENERS, ASIDE_PREPOSITIONS, BARE_DAYS, CLAUSE_BOUNDARIES, CLAUSE_NAMED_GROUPS, COMPANY_SUFFIXES, COMPLEMENTIZERS, COORDINATORS, DEFINITE_DETERMINERS, DOCUMENT_NOUNS, FRONTED_SUBORDINATORS, INDEFINITE_PRONOUNS, INNER_PREPOSITIONS, JOINED_RELATIVES, MEDIA_NOUNS, MEDIUM_PREPOSITIONS, MONTH_NAMES, NAME_PREPOSITIONS, NAMING_PARTICIPLES, NON_SUBJECT_PRONOUNS, NUMBER_BOUNDS, OBJECT_OR_SUBJECT_PRONOUNS, OBJECT_PRONOUNS, OCCASION_PREPOSITIONS, PARTICIPLE_COMPLEMENTS, PARTY_TAG, PERSON_RELATIVES, PHRASAL_PARTICLES, PLACE_PREPOSITIONS, POLL_NOUNS, POSTNOMINAL_ADJECTIVES, PRONOUNS, PUBLISHED_WORDS, QUANTIFIER_SUBJECTS, REFLEXIVE_PRONOUNS, RELATIVE_PRONOUNS, RELATIVE_WORDS, REPORTED_NOUNS, ROLE_NOUNS, SENTENCE_TIME_ADVERBS, SHARE_PREPOSITIONS, SHARE_WORDS, STRETCH_MODIFIERS, STRETCH_PREPOSITIONS, SUBJECT_CONJUNCTIONS, TIME_HEADS, TIME_NAMES, TIME_PHRASE_MODIFIERS, TIME_PHRASE_OPENERS, TIME_UNITS, US_STATES, VERB_MODIFIERS, WRITTEN_PIECES,
} from '../lexicon/words.js';
import type { Span } from '../types.js';
import { closesQuotation, isDash, isFiniteVerb, isPastReadAsAdjective, isQuoteMark, isToBeforeNounPhrase, lowerWords, NOUN_PHRASE_POS, OPEN_QUOTE_MARK, skipBackOver, type Token } from './tokens.js';

export interface Subject {
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
export function subjectEndingAt(tokens: Token[], i: number): Subject | null {
  const last = tokens[i];
  if (!last) return null;
  if (last.text === ',') {
    // "An analysis of PACs that raised money since Jan. 1, 2015, shows", "The report, released on Jan. 1, 2015, shows":
    // a year after a date's comma is the date's, not an aside; the date ends the subject or an aside in it.
    if (isDateYear(tokens, i - 1)) {
      const through = subjectEndingAt(tokens, i - 3);
      if (through && !MONTH_NAMES.has(through.tokens[0]!.lower)) return { first: through.first, tokens: tokens.slice(through.first, i) };
      return subjectBeforeAppositive(tokens, i - 2);
    }
    const outer = subjectBeforeAppositive(tokens, i);
    // "After the vote, Gov. Ana Ruiz (R-Ohio), said": a comma after a party tag in parentheses closes no aside (unless
    // the name is a role's appositive: "A rival, Sen. Jo Hart (D-Ore.), said"); the name ends there.
    const partyTag = tokens[i - 1]?.text === ')' && PARTY_TAG.test(tokens[i - 2]?.text ?? '');
    const tagged = partyTag && !(outer && outer.first + outer.tokens.length === i) ? subjectEndingAt(tokens, i - 1) : null;
    // (The whole aside is the name: not "others, including Sen. Jo Hart (D-Ore.), said".)
    return tagged && (tagged.first === 0 || tokens[tagged.first - 1]!.text === ',') ? tagged : outer;
  }
  // "X, host of MSNBC’s “Morning Joe,” suggested": the appositive's comma sits inside the closing quotation mark
  // (which may be written as two marks: "Mr. Manafort, citing ''the unique magic of Trump,'' said").
  let mark = i;
  while (mark > 0 && closesQuotation(tokens, mark) && i - mark < 2) mark--;
  if (mark < i && tokens[mark]?.text === ',') return subjectBeforeAppositive(tokens, mark, tokens[i]!.text);
  // "Many speakers — including Muslims, Christians, Jews — said": an aside between dashes.
  // A doubled hyphen stands for a dash ("Kall -- co-editor of … -- said").
  const doubleHyphen = last.text === '-' && tokens[i - 1]?.text === '-';
  // So does a hyphen with a space on each side ("The three scholars - Tribe, Epstein and Amar - agreed").
  if ((isDash(last.text) && last.text !== '-') || doubleHyphen || spacedHyphen(tokens, i)) return subjectBeforeDashes(tokens, doubleHyphen ? i - 1 : i);
  let j = i;
  // A parenthesis after a name: "Rep. Stephen Lynch (D-Mass.) said".
  if (last.text === ')') {
    const open = findOpening(tokens, i);
    if (open <= 0) return null;
    j = open - 1;
  }
  // Quotation marks around a word ("unnamed “Russians”") are transparent.
  while (j >= 0 && isQuoteMark(tokens[j]!.text) && !OPEN_QUOTE_MARK.test(tokens[j]!.text)) j--;
  const head = tokens[j];
  if (!head) return null;
  // "a foundation that focuses on …": a relative "that" stands for the noun phrase before it; "That suggests …".
  if (head.lower === 'that' && head.pos === 'det') {
    if (j === 0) return { first: 0, tokens: [head] };
    const antecedent = tokens[j - 1] !== undefined && isNominal(tokens[j - 1]!) ? subjectEndingAt(tokens, j - 1) : null;
    return antecedent ? { first: antecedent.first, tokens: [...antecedent.tokens, head] } : null;
  }
  // "Those close to him", "people familiar with them": an object pronoun ending a postnominal phrase.
  if (head.pos === 'pron' && NON_SUBJECT_PRONOUNS.has(head.lower) && INNER_PREPOSITIONS.has(tokens[j - 1]?.lower ?? '') && POSTNOMINAL_ADJECTIVES.has(tokens[j - 2]?.lower ?? '')) {
    let first = j - 2;
    while (first > 0 && j - first < 10 && (isNominal(tokens[first - 1]!) || ['det', 'adj'].includes(tokens[first - 1]!.pos))) first--;
    return first < j - 2 ? { first, tokens: tokens.slice(first, j + 1) } : null;
  }
  // "Several said", "Yet another said": a quantifier standing alone.
  // (Not right after a verb: "who said honesty mattered most supported Lee" – there it is an adverb or an object.)
  if (QUANTIFIER_SUBJECTS.has(head.lower) && (head.pos === 'det' || head.pos === 'adj') && i === j) return tokens[j - 1]?.pos === 'verb' ? null : { first: j, tokens: [head] };
  // "many of whom say", "most of them said": a quantifier of a relative or object pronoun.
  if ((head.lower === 'whom' || head.lower === 'them' || head.lower === 'us') && tokens[j - 1]?.lower === 'of' && tokens[j - 2] !== undefined && INDEFINITE_PRONOUNS.has(tokens[j - 2]!.lower)) return { first: j - 2, tokens: tokens.slice(j - 2, j + 1) };
  // "Aides who worked with him say", "Groups who wrote to her on Thursday say": an object pronoun (which the tagger may
  // read as a determiner) ends a restrictive relative clause on the subject. (Not "US", the country.)
  if (OBJECT_PRONOUNS.has(head.lower) && !head.cap && i === j) return relativeEndingAt(tokens, j);
  if (head.pos === 'pron') {
    // (Not RELATIVE_PRONOUNS: whose is no subject itself, "X, whose aide said"; reading it as one lowered dev F1 when measured.)
    const relative = head.lower === 'who' || head.lower === 'which';
    if (NON_SUBJECT_PRONOUNS.has(head.lower)) return null;
    if (!(head.lower in PRONOUNS) && !relative && !INDEFINITE_PRONOUNS.has(head.lower)) return null;
    // "A city hall official, who spoke …" / "the police department, which reported …": the relative stands for the noun phrase before it.
    if (relative) {
      let antecedent = subjectEndingAt(tokens, tokens[j - 1]?.text === ',' ? j - 2 : j - 1);
      // "Rep. Ana Ortiz, D-N.Y., who …": the name before a party tag.
      if (antecedent && antecedent.tokens.length === 1 && PARTY_TAG.test(antecedent.tokens[0]!.text) && tokens[antecedent.first - 1]?.text === ',') {
        const named = subjectEndingAt(tokens, antecedent.first - 2);
        if (named) antecedent = { first: named.first, tokens: tokens.slice(named.first, antecedent.first + 1) };
      }
      // ("“…,” said Lee, who said …": not the inverted source's verb, which the name's phrase takes for a participle.)
      const inverted = antecedent !== null && antecedent.tokens.length > 1 && antecedent.tokens[0]!.verbForm === 'past' && isQuoteMark(tokens[antecedent.first - 1]?.text ?? '') && tokens[j + 1]?.lower === antecedent.tokens[0]!.lower;
      if (inverted) antecedent = { first: antecedent!.first + 1, tokens: antecedent!.tokens.slice(1) };
      if (antecedent && antecedent.tokens.every((t) => !RELATIVE_PRONOUNS.has(t.lower))) return { first: antecedent.first, tokens: [...antecedent.tokens, head] };
      if (head.lower === 'which') return null;
    }
    return { first: j, tokens: [head] };
  }
  // The head may be an adjective after a noun ("the attorney general") or used as one ("The chief said",
  // "The self-described democratic socialist said").
  const opening = skipBackOver(tokens, j - 1, (t) => t.pos === 'adj' || isNominal(t));
  // (Or without an article after a comma, as headlines drop it: "…, former rival says", "…, expert says".)
  const bare = opening >= 0 && tokens[opening]!.text === ',';
  const adjectiveAsNoun = head.pos === 'adj' && i === j && j - opening <= 6 && (tokens[opening]?.pos === 'det' || bare);
  if (!isNominal(head) && !(head.pos === 'adj' && tokens[j - 1] !== undefined && isNominal(tokens[j - 1]!)) && !adjectiveAsNoun) {
    if (i !== j) return null;
    if (head.pos === 'verb' || head.pos === 'adj') return relativeEndingAt(tokens, j);
    // "States whose laws were struck down say": the clause's verb may end in its particle (before the main clause's
    // finite verb; not "people who have given up looking").
    // ("Officials who stepped down later said": adverbs may stand between them.)
    let next = j + 1;
    while (tokens[next] !== undefined && tokens[next]!.pos === 'adv' && !PHRASAL_PARTICLES.has(tokens[next]!.lower)) next++;
    const mainVerb = (tokens[next]?.pos === 'verb' || tokens[next]?.pos === 'aux') && tokens[next]!.verbForm !== 'gerund';
    return PHRASAL_PARTICLES.has(head.lower) && tokens[j - 1]?.pos === 'verb' && mainVerb ? relativeEndingAt(tokens, j - 1, j) : null;
  }
  let first = j;
  for (let k = j - 1; k >= 0 && j - k < 16; k--) {
    const t = tokens[k]!;
    if (t.pos === 'det' && t.lower === 'that') break;
    // A hyphen standing alone is a dash ("Nov 27 (Reuters) - The Solent Harbour Authority", "WASHINGTON -- President
    // Obama"): hyphenated names are one token.
    if (t.text === '-') break;
    // A capitalised article after a noun or number opens the phrase ("9:15 p.m. The Associated Press has called …").
    if (t.cap && (t.lower === 'the' || t.lower === 'a' || t.lower === 'an') && tokens[k - 1] !== undefined && isNominal(tokens[k - 1]!)) { first = k; break; }
    if (isNominal(t) || t.pos === 'adj' || POSTNOMINAL_ADJECTIVES.has(t.lower) || t.pos === 'poss' || t.pos === 'det' || t.text === '&') {
      first = k;
      continue;
    }
    // "newly filed reports", "a highly respected pollster": an -ly adverb before the phrase's adjective is the phrase's.
    if (t.pos === 'adv' && t.lower.endsWith('ly') && k + 1 === first && tokens[first]!.pos === 'adj') { first = k; continue; }
    // A participle opening the phrase before a name describes the person ("retired Air Force general Lloyd Newton"),
    // after a comma only in an aside ("Ana Li, retired general Jo Ode, said"; not "Li, said Costa had said …").
    const aside = tokens[k - 1]?.text !== ',' || tokens[j + 1]?.text === ',';
    if (t.pos === 'verb' && t.verbForm === 'past' && tokens[k + 1]?.cap === true && (k === 0 || tokens[k - 1]!.pos === 'punct' || tokens[k - 1]!.pos === 'det') && aside) { first = k; break; }
    // "…, tax filings show": a bare verb opening the phrase (after a comma or at the sentence's start) right before its
    // noun modifies it ("tax", "court", "campaign" are verbs to the lexicon); a clause's verb would have a subject before it.
    if (t.pos === 'verb' && t.verbForm === 'base' && k + 1 === first && isNominal(tokens[first]!) && (k === 0 || tokens[k - 1]!.text === ',')) { first = k; break; }
    // A capitalised first word of the sentence before a name is part of it ("Transport Minister Paul Brennan"), or before
    // a role and a name ("Fed chair Ana Ruiz said"); so is a modal before a name and a finite verb ("Will Hurd said",
    // "May Ruiz said"; a question's verb would be bare: "Will Hurd say").
    const beforeName = tokens[1]?.cap === true || (ROLE_NOUNS.has(tokens[1]?.lower ?? '') && tokens[2]?.cap === true);
    const givenName = t.pos === 'aux' && tokens[1]?.pos === 'proper' && isFiniteVerb(tokens[i + 1]);
    if (k === 0 && t.cap && beforeName && (t.pos === 'verb' || givenName)) { first = 0; continue; }
    // A parenthesis inside a name: "Sen. Tim Kaine (D-Va.) said".
    if (t.text === ')') {
      const open = findOpening(tokens, k);
      if (open > 0) { first = open; k = open; continue; }
      break;
    }
    // (A quoted word or two, or a quoted title before a role: "unnamed “Russians”", "“Orange Is the New Black” star
    // Ana Diaz"; not the end of a quotation before the source: "“…” Grubbs said".)
    if (isQuoteMark(t.text)) {
      const inner = tokens[k - 1];
      const opensWithin = (n: number): boolean => tokens.slice(Math.max(0, k - n), k).some((x) => OPEN_QUOTE_MARK.test(x.text));
      const beforeRole = tokens[k + 1]?.pos === 'noun' && !tokens[k + 1]!.cap;
      // (A straight mark right after its word closes a quotation: "… No, Lee. -H" Ruiz tweeted".)
      const opens = OPEN_QUOTE_MARK.test(t.text) && !closesQuotation(tokens, k);
      const shortQuote = opens || opensWithin(4) || (beforeRole && opensWithin(8));
      if (inner && shortQuote && (isNominal(inner) || inner.pos === 'det' || inner.pos === 'adj')) { first = k; continue; }
      break;
    }
    // "Doctors Without Borders said", "Mothers Against Drunk Driving": a capitalised preposition of names between names
    // (or after the sentence's first noun) is the name's.
    if (t.cap && NAME_PREPOSITIONS.has(t.lower) && (tokens[k - 1]?.pos === 'proper' || (k === 1 && isNominal(tokens[0]!))) && tokens[k + 1]?.pos === 'proper') { first = k; continue; }
    // "A group called Harbor Watch said", "an outfit known as the Guild": the noun the name belongs to is the subject's.
    const naming = t.lower === 'as' && tokens[k - 1]?.lower === 'known' ? k - 1 : k;
    const nameAfter = tokens[k + 1]?.cap === true || (tokens[k + 1]?.lower === 'the' && tokens[k + 2]?.cap === true);
    if (NAMING_PARTICIPLES.has(lowerWords(tokens.slice(naming, k + 1))) && nameAfter && tokens[naming - 1] !== undefined && isNominal(tokens[naming - 1]!) && !tokens[naming - 1]!.cap) { first = naming; k = naming; continue; }
    // "At least three officials said", "more than 100 economists": a bound on the number opens the phrase.
    if (first === k + 1 && NUMBER_BOUNDS.has(`${t.lower} ${tokens[k + 1]!.lower}`)) { first = k; continue; }
    if (first === k + 1 && k > 0 && NUMBER_BOUNDS.has(`${tokens[k - 1]!.lower} ${t.lower}`) && tokens[k + 1]!.pos === 'num') { first = k - 1; k--; continue; }
    // "A study by the agency found", "a poll by the firm": who made a written piece or a poll.
    const piece = tokens[k - 1]?.lower.replace(/s$/, '') ?? '';
    if (t.lower === 'by' && (WRITTEN_PIECES.has(piece) || POLL_NOUNS.has(piece))) { first = k; continue; }
    // "a source familiar with the matter", "who in Russia", "the head of the party", "the Commission on Presidential Debates"
    // ("No one outside the board knew", "delegates inside the hall": a preposition of place after a noun.)
    if (t.pos === 'prep' && PLACE_PREPOSITIONS.has(t.lower) && k > 0 && (isNominal(tokens[k - 1]!) || ANONYMOUS_NOUNS.has(tokens[k - 1]!.lower))) { first = k; continue; }
    if ((t.pos === 'prep' || t.lower === 'to') && INNER_PREPOSITIONS.has(t.lower) && k > 0) {
      const before = tokens[k - 1]!;
      const nameInside = before.cap && tokens[k + 1]?.cap === true && !TIME_NAMES.has(tokens[k + 1]!.lower);
      const postnominal = POSTNOMINAL_ADJECTIVES.has(before.lower);
      // "a former aide to Senator Costa", "an adviser to Clinton": whose role it is.
      const roleTo = t.lower === 'to' && ROLE_NOUNS.has(before.lower) && tokens[k + 1]?.cap === true;
      // ("Leaders on the ground said", "members on the panel": "on" and a common noun after a plural noun.)
      const onPanel = t.lower === 'on' && before.pos === 'noun' && !before.cap && before.lower.endsWith('s') && tokens[k + 1]?.pos === 'det' && tokens[k + 2]?.pos === 'noun' && !TIME_HEADS.has(tokens[k + 2]!.lower);
      if (nameInside || postnominal || roleTo || onPanel || (t.lower !== 'on' && t.lower !== 'to' && (isNominal(before) || before.lower === 'who' || before.pos === 'adj'))) { first = k; continue; }
    }
    // "A poll conducted by students in the district showed", "the part of the debate devoted to race revealed": a
    // participle with its agent or complement after the noun describes it.
    const participle = tokens[k - 1];
    // (Other than "by", only before a finite verb of the subject's, which the participle cannot also be: not "the
    // conversation ended with Maddow asking", "the speech came as Republicans reaffirmed".)
    const complement = t.lower === 'by' || (PARTICIPLE_COMPLEMENTS.has(t.lower) && isFiniteVerb(tokens[i + 1]) && tokens[i + 1]!.verbForm !== 'gerund');
    // (The tagger may have read the participle as an adjective: "devoted".)
    const pastParticiple = participle !== undefined && ((participle.pos === 'verb' && (participle.verbForm === 'past' || participle.verbForm === 'participle')) || isPastReadAsAdjective(participle));
    // (Adverbs may come between the noun and the participle: "a guide just published for students".)
    let noun = k - 2;
    while (noun > 0 && tokens[noun]!.pos === 'adv') noun--;
    if (complement && pastParticiple && tokens[noun] !== undefined && isNominal(tokens[noun]!)) { first = noun; k = noun; continue; }
    if (t.lower === 'who' && k === first - 1 && tokens[first]?.pos === 'prep') { first = k; break; }
    break;
  }
  // "Later Ruiz said", "Last week Ruiz said", "Earlier this week the mayor said", "On Monday Ruiz said": a time phrase
  // opening the sentence with no comma after it is not the subject's. (Not a possessive's: "Yesterday’s report said".)
  // (The walk stops at a preposition opening the sentence, "On Monday Ruiz said": the phrase starts there.)
  const phraseStart = first === 1 && tokens[0]!.pos === 'prep' ? 0 : first;
  if (phraseStart === 0) {
    let start = 0;
    if (SENTENCE_TIME_ADVERBS.has(tokens[start]!.lower) && tokens[start + 1]?.pos !== 'poss') start++;
    const time = Math.max(timePhraseEnd(tokens, start, j - 1), stretchOfTimeEnd(tokens, start, j - 1));
    if (time >= start && tokens[time + 1]?.pos !== 'poss') start = time + 1;
    if (start > first && start <= j) first = start;
  }
  // Trim leading prepositions and quote marks left by the walk.
  const bound = (k: number): boolean => NUMBER_BOUNDS.has(`${tokens[k]!.lower} ${tokens[k + 1]?.lower ?? ''}`);
  while (first < j && ((tokens[first]!.pos === 'prep' && !bound(first)) || (isQuoteMark(tokens[first]!.text) && !OPEN_QUOTE_MARK.test(tokens[first]!.text)))) first++;
  // "Acme Robotics, Inc. (NASDAQ: ACMR) announced": a company's legal form after a comma goes with the name before it.
  if (COMPANY_SUFFIXES.has(tokens[first]!.lower) && tokens[first - 1]?.text === ',') {
    const named = subjectEndingAt(tokens, first - 2);
    if (named) first = named.first;
  }
  // Coordinated subjects opening the sentence: "Developers and supporters in Congress say", or after the quotation
  // they report: "“We will win,” Ruiz and Bell said".
  // ("Neither Lee nor Ruiz said", "Lee or Ruiz will say": other conjunctions too.)
  if (SUBJECT_CONJUNCTIONS.has(tokens[first - 1]?.lower ?? '') && first >= 2) {
    const left = subjectEndingAt(tokens, first - 2);
    // (A straight closing mark too: "\"We will win,\" Ruiz and Bell said"; or a relative word: "France, which the
    // Office of Trade and Industry says had …".)
    const opening = (k: number): boolean => k === 0 || tokens[k - 1]!.text === ',' || closesQuotation(tokens, k - 1) || RELATIVE_PRONOUNS.has(tokens[k - 1]!.lower);
    // (A pronoun only in the subject's case: "“…,” she and an aide said"; not "it" or "you", objects as often.)
    const subjectPronoun = (t: Token): boolean => t.lower in PRONOUNS && !OBJECT_OR_SUBJECT_PRONOUNS.has(t.lower);
    if (left && opening(left.first) && left.tokens.every((t) => t.pos !== 'pron' || subjectPronoun(t))) first = left.first;
    // ("Ruiz, Bell and Lee said": a series of names from the sentence's start.)
    let series = first;
    while (tokens[series - 1]?.text === ',' && tokens[series - 2]?.pos === 'proper') {
      const name = subjectEndingAt(tokens, series - 2);
      if (!name || !name.tokens.every((t) => t.pos === 'proper')) break;
      series = name.first;
    }
    if (series < first && opening(series)) first = series;
  }
  // "Two senators who voted against the bill said": the object of a relative clause is not the subject.
  const relative = relativeClauseBefore(tokens, first);
  if (relative !== null) first = relative;
  // Nor the object of a gerund after the sentence's first noun phrase ("Voters wanting change backed Lee").
  else if (isFiniteVerb(tokens[i + 1]) && tokens[i + 1]!.verbForm !== 'gerund') first = gerundClauseBefore(tokens, first) ?? first;
  // "…, an allegation Lee denied": a noun of what is said, right before the name that ends the phrase, is the object
  // of a relative clause without "that"; the name is the subject.
  let name = j;
  while (name > first && tokens[name - 1]!.pos === 'proper' && !TIME_NAMES.has(tokens[name - 1]!.lower)) name--;
  const noun = tokens[name - 1];
  if (name > first && tokens[name]!.pos === 'proper' && noun !== undefined && !noun.cap && REPORTED_NOUNS.has(noun.lower)) first = name;
  // So is a determiner right after such a noun ("…, a finding the agency disputes"): a noun phrase opening there is the subject.
  for (let k = j; k > first + 1; k--) {
    if (DEFINITE_DETERMINERS.has(tokens[k]!.lower) && !tokens[k - 1]!.cap && REPORTED_NOUNS.has(tokens[k - 1]!.lower)) { first = k; break; }
  }
  const phrase = tokens.slice(first, i + 1);
  if (!phrase.some((t) => isNominal(t) || t.pos === 'pron') && !adjectiveAsNoun) return null;
  return { first, tokens: phrase };
}

const CURRENCY_SIGN = /^[$€£¥]$/;

/** How far back from the subject's end a relative clause the subject ends in may open. */
const RELATIVE_CLAUSE_WORDS = 10;

/**
 * When the noun phrase starting at `first` ends a relative clause ("senators
 * who voted against [the bill]"), the index where the clause's antecedent
 * starts; else null.
 */
function relativeClauseBefore(tokens: Token[], first: number): number | null {
  for (let k = first - 1; k > 0 && first - k <= RELATIVE_CLAUSE_WORDS; k--) {
    const t = tokens[k]!;
    // (A currency sign is a word of the clause: "groups that raised $1 million".)
    if (t.pos === 'punct' && !CURRENCY_SIGN.test(t.text)) return null;
    if (RELATIVE_PRONOUNS.has(t.lower)) {
      // (The phrase may open at the clause's verb, after an auxiliary: "Officials who were briefed on it said".)
      const verb = tokens.slice(k + 1, first + 1).some((x) => x.pos === 'verb' || x.pos === 'aux');
      const antecedent = verb ? (tokens[k - 1]?.lower === 'those' ? thoseAntecedent(tokens, k - 1) : subjectEndingAt(tokens, k - 1)) : null;
      return antecedent && antecedent.first < k ? antecedent.first : null;
    }
    // "An analysis of groups that raised money since March shows": "that" right before its verb, after a noun, is the
    // subject of a relative clause too, unless a clause of its own opens the phrase ("cells that can turn into … and
    // researchers hope", "an effect that is common when criminals know": the phrase is that clause's subject).
    const verbAfter = tokens[k + 1] !== undefined && (tokens[k + 1]!.pos === 'verb' || tokens[k + 1]!.pos === 'aux');
    // ("since" before a month is a preposition: "groups that raised money since Jan. 1".)
    const boundary = tokens[first - 1]!;
    const opensClause = (CLAUSE_BOUNDARIES.has(boundary.lower) && !(boundary.pos === 'prep' && MONTH_NAMES.has(tokens[first]!.lower))) || COMPLEMENTIZERS.has(boundary.lower);
    if (t.lower === 'that' && verbAfter && isNominal(tokens[k - 1]!) && !opensClause) {
      const antecedent = subjectEndingAt(tokens, k - 1);
      return antecedent && antecedent.first < k ? antecedent.first : null;
    }
  }
  return null;
}

/**
 * "those" before a relative clause ("Those who named a candidate said"), with the share of them it may be of
 * ("27 percent of those who …", "Most of those who …").
 */
function thoseAntecedent(tokens: Token[], those: number): Subject {
  const share = tokens[those - 1]?.lower === 'of' ? subjectEndingAt(tokens, those - 2) : null;
  const first = share ? share.first : those;
  return { first, tokens: tokens.slice(first, those + 1) };
}

/**
 * The words a relative pronoun that is a source by itself stands for, for its speaker: the noun phrase before it
 * ("Weaver, who …", "Graham—who …", "delegates who …", "Lee, whom …, and who …"), or, for a group that only its
 * clause names ("those who want lower taxes", "many who …"), the group with the clause up to `clauseEnd`. Null when
 * it stands for nothing before it: a question ("Who is …?"), a preposition's object ("in which …"), "That …".
 */
export function relativeAntecedent(tokens: Token[], relative: number, clauseEnd: number): Token[] | null {
  // (Closing quotation marks are transparent: "“citizen journalists” who".)
  let k = relative - 1;
  while (k > 0 && closesQuotation(tokens, k)) k--;
  const last = k;
  const before = tokens[k];
  if (!before || before.pos === 'prep') return null;
  // "Lee, whom the board named, and who now chairs it": a relative joined to an earlier one stands for what it does.
  if (COORDINATORS.has(before.lower)) {
    for (let m = k - 1; m > 0 && k - m <= 2 * RELATIVE_CLAUSE_WORDS; m--) {
      if (JOINED_RELATIVES.has(tokens[m]!.lower)) return relativeAntecedent(tokens, m, clauseEnd);
    }
    return null;
  }
  // ("That" opening a sentence is no relative, nor one after anything but its noun.)
  if (tokens[relative]!.lower === 'that' && !isNominal(before)) return null;
  // An aside's opening mark: "Weaver, who", "Graham—who", "Duke (who", "Emanuel -- who".
  if (before.text === ',' || before.text === '(' || isDash(before.text) || spacedHyphen(tokens, k)) k--;
  if (tokens[k]?.text === '-' && tokens[k + 1]?.text === '-') k--;
  // "Lee himself, who …".
  if (REFLEXIVE_PRONOUNS.has(tokens[k]?.lower ?? '')) k--;
  // "Sen. Jo Hart, D-Ore., who …": a party and state tag is an aside on the name before it.
  if (tokens[k] !== undefined && PARTY_TAG.test(tokens[k]!.text) && tokens[k - 1]?.text === ',') k -= 2;
  const head = tokens[k];
  if (!head) return null;
  if (CLAUSE_NAMED_GROUPS.has(head.lower)) {
    const first = head.lower === 'those' ? thoseAntecedent(tokens, k).first : k;
    return tokens.slice(first, clauseEnd + 1);
  }
  // (A noun the tagger read as a verb may end it: "convention delegates who", "the hedge fund who".)
  const misread = head.pos === 'verb' && tokens[k - 1] !== undefined && (isNominal(tokens[k - 1]!) || tokens[k - 1]!.pos === 'det' || tokens[k - 1]!.pos === 'adj');
  const opening = misread ? (tokens[k - 1]!.pos === 'det' ? { first: k - 1, tokens: [tokens[k - 1]!] } : subjectEndingAt(tokens, k - 1)) : null;
  const phrase = misread ? { first: opening?.first ?? k, tokens: [...(opening?.tokens ?? []), head] } : subjectEndingAt(tokens, k);
  if (!phrase || phrase.tokens.some((t) => RELATIVE_WORDS.has(t.lower))) return null;
  // After a comma, dash or parenthesis the relative is about the nearest noun phrase ("the workings of the Harbor
  // Bank, which", "in the direction of Ana Ruiz, who"), unless a name heads the phrase ("Sen. Jo Hart of Ohio, who").
  // (Right after its noun it restricts the phrase's head: "a pollster with the party who …".)
  const aside = k < last;
  const preposition = aside ? phrase.tokens.findLastIndex((t) => t.pos === 'prep') : -1;
  // (Not a month or a day: "her tax returns in May, which" are the returns.)
  const dated = TIME_NAMES.has(phrase.tokens.at(-1)!.lower);
  let words = preposition > 0 && phrase.tokens[preposition - 1]!.pos !== 'proper' && !dated ? phrase.tokens.slice(preposition + 1) : phrase.tokens;
  // "who" stands for people: right after its noun, for the first phrase of people in the chain ("the anger of
  // legislators who" are the legislators); after a mark, for the nearest phrase unless that names no one ("a rise in
  // support for Lee, who" is Lee, "an analyst at the bank, who" the analyst).
  if (PERSON_RELATIVES.has(tokens[relative]!.lower)) {
    const people = aside && words !== phrase.tokens && headNamesPeople(words) ? null : firstPeoplePhrase(phrase.tokens);
    if (people !== null) words = phrase.tokens.slice(people);
  }
  // (A verb the tagger read as a noun does not open it, after an auxiliary or as a gerund: "could ease his ties with
  // …", "telling the story of a woman who …".)
  if (words === phrase.tokens && (tokens[phrase.first - 1]?.pos === 'aux' || words[0]!.lower.endsWith('ing'))) {
    const article = words.findIndex((t, n) => n > 0 && t.pos === 'det');
    if (article > 0) words = words.slice(article);
  }
  return words.length > 0 ? words : null;
}

/**
 * Where the first noun phrase in a chain of them joined by prepositions ("the anger of legislators in Ohio") whose head
 * names people starts: a role, a group of people or a person's name (legislators); null if none does.
 */
function firstPeoplePhrase(words: Token[]): number | null {
  let start = 0;
  // (A share of the people is the phrase too: "two in five tenants who", "a third of the renters who", "one of the aides who".)
  let share: number | null = null;
  for (let k = 0; k <= words.length; k++) {
    const t = words[k];
    // (Not a preposition inside a name: "a Club for Growth donor".)
    if (t !== undefined && (t.pos !== 'prep' || (words[k - 1]?.cap && words[k + 1]?.cap))) continue;
    const head = words.slice(start, k).findLast((w) => w.pos === 'noun' || w.pos === 'proper' || w.pos === 'num' || SHARE_WORDS.has(w.lower));
    if (head !== undefined && namesPeople(head)) return share ?? start;
    share = head !== undefined && (head.pos === 'num' || SHARE_WORDS.has(head.lower)) && SHARE_PREPOSITIONS.has(t?.lower ?? '') ? share ?? start : null;
    start = k + 1;
  }
  return null;
}

/** A noun that names a person or people: a role ("aides"), a group of people ("voters") or a person's name. */
function namesPeople(t: Token): boolean {
  const singular = t.lower.endsWith('s') ? t.lower.slice(0, -1) : t.lower;
  // (Anonymous heads include the reports and the media, which speak but are not people.)
  const people = ANONYMOUS_HEADS.has(t.lower) && !DOCUMENT_NOUNS.has(t.lower) && t.lower !== 'media';
  return ROLE_NOUNS.has(t.lower) || ROLE_NOUNS.has(singular) || people || (t.name !== null && t.name !== 'place' && t.name !== 'org');
}

/** Whether a noun phrase's last noun names people ("the mayor", "Ana Ruiz"). */
function headNamesPeople(words: Token[]): boolean {
  const head = words.findLast((w) => w.pos === 'noun' || w.pos === 'proper');
  return head !== undefined && namesPeople(head);
}

/**
 * When the noun phrase starting at `first` ends a gerund's clause on the sentence's first noun phrase ("Voters wanting
 * [change]", "Anyone expecting Lee to pivot to [a new tone]"), with no finite verb or mark in it: 0; else null.
 */
function gerundClauseBefore(tokens: Token[], first: number): number | null {
  // (The tagger may call the gerund an adjective: "Residents demanding a recount".)
  const gerund = tokens.findIndex((t, k) => k > 0 && k < first && t.lower.endsWith('ing') && (t.pos === 'verb' || t.pos === 'adj'));
  if (gerund < 0 || !isNominal(tokens[gerund - 1]!) || subjectEndingAt(tokens, gerund - 1)?.first !== 0) return null;
  return tokens.slice(gerund + 1, first).some((t) => isFiniteVerb(t) || (t.pos === 'punct' && !CURRENCY_SIGN.test(t.text))) ? null : 0;
}

/**
 * "Those who attended said", "Officials who spoke said": a restrictive relative clause ending in its verb (or in a
 * predicate adjective, "Those who were angry said"), right before the cue, with the noun phrase (or "those") it
 * restricts. The clause may hold a clause of its own ("Voters who think the race is rigged say"), as far back as
 * relativeClauseBefore looks.
 */
function relativeEndingAt(tokens: Token[], verb: number, end = verb): Subject | null {
  for (let k = verb - 1; k > 0 && verb - k <= RELATIVE_CLAUSE_WORDS; k--) {
    const t = tokens[k]!;
    if (t.pos === 'punct') return null;
    // ("Officials whose offices were searched said": "whose" and its noun are the clause's subject.)
    if (t.lower !== 'who' && t.lower !== 'whose') continue;
    const before = tokens[k - 1]!;
    const antecedent = before.lower === 'those' ? thoseAntecedent(tokens, k - 1) : isNominal(before) ? subjectEndingAt(tokens, k - 1) : null;
    return antecedent ? { first: antecedent.first, tokens: tokens.slice(antecedent.first, end + 1) } : null;
  }
  return null;
}

/** Whether the token at `k` is the year of a date written "Jan. 1, 2015". */
export function isDateYear(tokens: Token[], k: number): boolean {
  return /^\d{4}$/.test(tokens[k]?.text ?? '') && tokens[k - 1]?.text === ',' && tokens[k - 2]?.pos === 'num' && MONTH_NAMES.has(tokens[k - 3]?.lower ?? '');
}

/** Index of the "(" matching the ")" at `close`, or -1. */
function findOpening(tokens: Token[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k < 12; k--) if (tokens[k]!.text === '(') return k;
  return -1;
}

/** "The three scholars — Mr. Tribe, Ms. Epstein and Mr. Amar — agreed": the noun phrase before an aside between dashes. */
function subjectBeforeDashes(tokens: Token[], close: number): Subject | null {
  // The aside opens with the same mark ("—", or "--" as two hyphens).
  const doubled = tokens[close]!.text === '-' && tokens[close + 1]?.text === '-';
  const spaced = !doubled && spacedHyphen(tokens, close);
  const opens = (k: number): boolean => tokens[k]!.text === tokens[close]!.text && (!doubled || tokens[k + 1]?.text === '-') && (!spaced || spacedHyphen(tokens, k));
  let open = close - 1;
  while (open > 0 && !opens(open) && close - open < 30) open--;
  if (open <= 0 || open >= close - (doubled ? 2 : 1) || !opens(open)) return null;
  const name = subjectEndingAt(tokens, open - 1);
  return name && !name.tokens.some((t) => isDash(t.text)) ? name : null;
}

/** A hyphen standing alone between spaces, written for a dash. */
function spacedHyphen(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return t !== undefined && t.text === '-' && before !== undefined && after !== undefined && before.end < t.start && t.end < after.start && before.text !== '-' && after.text !== '-';
}

/** "X, the press secretary, said" / "X, who …, said" / "X, at Monday’s debate, said": the name before the parenthetical. */
function subjectBeforeAppositive(tokens: Token[], comma: number, quotedEnd: string | null = null): Subject | null {
  let open = comma - 1;
  // (An aside may be a long relative clause: "X, a former aide who … and now runs …, said"; or hold a title whose
  // closing mark follows its comma: "X, the author of “Going Home,” about the town, said".)
  while (open >= 0 && (tokens[open]!.text !== ',' || (open + 1 < comma && closesQuotation(tokens, open + 1))) && comma - open < 45) open--;
  if (open <= 0 || tokens[open]!.text !== ',') return null;
  const inside = tokens.slice(open + 1, comma);
  // When the comma sits inside a closing quotation mark, the quotation must open inside the appositive ("''" too; a
  // straight mark with a straight one, not with a single mark quoted inside it).
  const opens = (t: Token): boolean => (quotedEnd === '"' ? t.text === '"' : OPEN_QUOTE_MARK.test(t.text) || t.text === "'");
  if (quotedEnd !== null && !inside.some(opens)) return null;
  const firstInside = inside[0];
  if (!firstInside) return null;
  // An appositive, a relative clause, a prepositional or participial phrase ("X, speaking to veterans, said").
  // A participle opens one too ("X, clad in a red cape, said", "A poll, conducted jointly with …, shows").
  const isParticiple = (t: Token | undefined): boolean => t !== undefined && (t.verbForm === 'gerund' || t.verbForm === 'past' || t.verbForm === 'participle');
  // (Or adverbs and a participle: "X, now retired in Maine, said", "Lee, clearly frustrated, said", "X, once considered
  // a favourite, said"; not a coordinator: "An opinion drafted for the firm, and obtained by AP, concluded" coordinates
  // with the phrase before.)
  const adverbFirst = firstInside.pos === 'adv' || firstInside.pos === 'conj';
  const lead = inside.findIndex((t) => t.pos !== 'adv' && !(t.pos === 'conj' && !COORDINATORS.has(t.lower)));
  const participleAt = lead >= 0 && isParticiple(inside[lead]) ? lead : -1;
  const participial = participleAt >= 0;
  // So does a discourse adverb ("Jones, however, said"), or one before a noun phrase ("X, now a CNN commentator, said", "X, now 81, said").
  const nounAfterAdverb = adverbFirst && ['det', 'proper', 'adj', 'noun', 'num'].includes(inside[1]?.pos ?? '');
  // ("X, associate professor of history, said": a bare verb the tagger reads before a noun is a noun's modifier.)
  const modifier = firstInside.pos === 'verb' && firstInside.verbForm === 'base' && inside[1]?.pos === 'noun';
  // So does an adverbial clause ("X, when asked about it, said", "X, if elected, would …"), whatever the tagger makes of "when".
  const adverbialClause = ASIDE_CLAUSE_OPENERS.has(firstInside.lower);
  // ("X, like Obama, has said": a preposition the lexicon may take for a verb.)
  // ("X, himself a veteran, said", "X, herself up for reelection, said": a reflexive opens an appositive too.)
  const appositive = adverbialClause || RELATIVE_PRONOUNS.has(firstInside.lower) || REFLEXIVE_PRONOUNS.has(firstInside.lower) || ['det', 'proper', 'adj', 'noun', 'num', 'prep', 'adv'].includes(firstInside.pos) || ASIDE_PREPOSITIONS.has(firstInside.lower) || participial || nounAfterAdverb || modifier || inside.every((t) => t.pos === 'adv' || t.pos === 'conj');
  // A clause between commas (", the losses would outstrip the gains,") is not an appositive, unless relative.
  // A verb inside must belong to a relative clause ("a former minister who is a critic of …").
  // ("X, both of whom opposed the deal, are …": "whom" after a quantifier's "of" opens one too.)
  const relativeAt = inside.findIndex((t, k) => RELATIVE_PRONOUNS.has(t.lower) || (k > 0 && t.lower === 'that' && isNominal(inside[k - 1]!)) || (t.lower === 'whom' && inside[k - 1]?.lower === 'of'));
  // The opening participle and hyphenated words ("self-described") are not finite verbs.
  // So may an adverbial clause ("Clinton, after the scandal broke in March, said", "X, when asked, said").
  const finite = !adverbialClause && inside.some((t, k) => (relativeAt < 0 || k < relativeAt) && !(k === participleAt) && !t.text.includes('-') && isFiniteVerb(t) && !isParticipleInPhrase(inside, k));
  if (!appositive || finite) return null;
  // "John Smith, 45, of Springfield, said", "Sanders, meanwhile, who sits …, said", "Sen. Ella Hart, D-Ore., a
  // member of …, said": an age, an adverb or a party tag before this aside is one more aside.
  const oneWord = tokens[open - 1];
  const oneWordAside = oneWord !== undefined && (oneWord.pos === 'num' || oneWord.pos === 'adv' || PARTY_TAG.test(oneWord.text)) && tokens[open - 2]?.text === ',';
  const beyond = oneWordAside ? subjectBeforeAppositive(tokens, open) : null;
  if (beyond) return beyond;
  // "Cory Ames, of Flint, Mich., said", "Ana Li, who grew up in Aurora, Colorado, said": a state after a town's comma
  // is part of the aside before it.
  const townBefore = (k: number): boolean => tokens[k - 1]?.text === ',' && tokens[k - 2]?.cap === true && tokens[k - 2]!.pos === 'proper';
  if (isState(inside) && townBefore(open + 1)) return subjectBeforeAppositive(tokens, open);
  const name = subjectEndingAt(tokens, open - 1);
  if (name && isState(name.tokens) && townBefore(name.first)) return subjectBeforeAppositive(tokens, name.first - 1);
  // (Commas inside it only between coordinated names with their asides: "Sen. Ella Hart, D-Ore., and Rep. Jo Kline".)
  if (!name || (name.tokens.some((t) => t.text === ',') && !name.tokens.some((t) => t.lower === 'and'))) return null;
  // "Sen. Ana Ruiz, facing a tough race in Ohio, a swing state, said": the object of a participle opening an aside
  // ("a tough race …") is no subject: that aside and this appositive both describe the name before them.
  const governor = tokens[name.first - 1];
  const object = governor !== undefined && governor.pos === 'verb' && tokens[name.first - 2]?.text === ',' && ['det', 'poss'].includes(name.tokens[0]!.pos);
  const governed = object ? subjectBeforeAppositive(tokens, open) : null;
  if (governed) return governed;
  // "Angelique Brunner, a developer and spokeswoman for the coalition, which is made up of …, said", "Scott Pruitt,
  // the attorney general of Oklahoma, one of the states suing the EPA, said": an aside after an appositive (a role:
  // article or adjective first) describes the name before both — a name that opens its clause, not one inside a
  // phrase ("In Washington, the White House, which …, said").
  const role = ['det', 'adj'].includes(name.tokens[0]!.pos);
  if (role && tokens[name.first - 1]?.text === ',') {
    const named = subjectBeforeAppositive(tokens, open);
    const opensClause = named !== null && (named.first === 0 || tokens[named.first - 1]!.pos === 'punct');
    // (Not a time opening the sentence: "Last week, the city's lawyer, Ana Ruiz, said" has its source after it.)
    const last = named ? named.first + named.tokens.length - 1 : -1;
    const time = named !== null && (timePhraseEnd(tokens, named.first, last) === last || (named.tokens.length === 1 && BARE_DAYS.has(named.tokens[0]!.lower)));
    if (named && opensClause && !time) return named;
  }
  // "Pike’s lawyer, Fiona Gallagher, said": the role is named by the appositive; the source runs through the name.
  // (The name may say where they are from or work: "The moderator, Jorge Alvarez of Channel 9, said".)
  // (A party tag in parentheses after the name is the name's: "A rival, Sen. Jo Hart (D-Ore.), said".)
  const tagged = inside.length > 3 && inside[inside.length - 1]!.text === ')' && PARTY_TAG.test(inside[inside.length - 2]!.text) && inside[inside.length - 3]!.text === '(';
  const named = tagged ? inside.slice(0, -3) : inside;
  const nameWord = (t: Token): boolean => t.cap || t.text === '.' || t.text === '-';
  const nameEnd = named.findIndex((t) => !nameWord(t));
  const affiliation = nameEnd > 0 && ['of', 'at', 'from'].includes(named[nameEnd]!.lower) && named.length - nameEnd <= 5 && named.slice(nameEnd + 1).every((t) => nameWord(t) || t.pos === 'num');
  const insideIsName = (nameEnd < 0 && named.length <= 4) || (affiliation && nameEnd <= 4) || isRoleThenName(named);
  // (The role's head is a common noun: "Pike’s lawyer", "A White House spokesperson"; or one of a group, a number or
  // a quantifier standing for one: "One, …", "A third, Tom Bell, said", "Another, Ana Li, said".)
  const head = name.tokens[name.tokens.length - 1]!;
  const countsOne = (head.pos === 'num' && !/\d/.test(head.text)) || QUANTIFIER_SUBJECTS.has(head.lower);
  // (Or a role before a preposition, whatever ends the phrase: "The head of the World Health Organization, Ana Ruiz, said".)
  const prepAt = name.tokens.findIndex((t, k) => k > 0 && t.pos === 'prep');
  const roleBeforePrep = prepAt > 0 && !name.tokens[prepAt - 1]!.cap && ROLE_NOUNS.has(name.tokens[prepAt - 1]!.lower);
  const outerIsRole = (head.pos === 'noun' && !head.cap) || (name.tokens.length === 1 && INDEFINITE_PRONOUNS.has(head.lower)) || countsOne || roleBeforePrep;
  if (insideIsName && outerIsRole) return { first: name.first, tokens: tokens.slice(name.first, comma) };
  return name;
}

/** "the economist Dan Hale": an article, a role in common words, and a name of two or more words. */
function isRoleThenName(words: Token[]): boolean {
  const nameAt = words.findIndex((t) => t.cap);
  return words.length <= 7 && words[0]!.pos === 'det' && nameAt > 1 && words.length - nameAt >= 2 &&
    words.slice(1, nameAt).every((t) => t.pos === 'noun' || t.pos === 'adj') && words.slice(nameAt).every((t) => t.cap && (t.pos === 'proper' || t.text === '.'));
}

/**
 * A past form inside a noun phrase, not a clause's verb: a reduced relative after its noun ("an article published in
 * the Post", "a group called Color of Change") or a modifier between a determiner and its noun ("Trump’s fired
 * campaign manager").
 */
function isParticipleInPhrase(words: Token[], k: number): boolean {
  const [before, t, after] = [words[k - 1], words[k]!, words[k + 1]];
  if (t.verbForm !== 'past' || !before) return false;
  // "X, 81 and retired in Lyon, said": coordinated with a phrase that has no verb of its own, it describes too.
  if (COORDINATORS.has(before.lower) && k > 1 && !words.slice(0, k - 1).some((w) => isFiniteVerb(w))) return true;
  if (!after) return false;
  const reducedRelative = isNominal(before) && !before.cap && (after.pos === 'prep' || (after.cap && after.pos === 'proper'));
  const modifier = (before.pos === 'poss' || before.pos === 'det') && (after.pos === 'noun' || after.pos === 'adj');
  return reducedRelative || modifier;
}

function isState(words: Token[]): boolean {
  return words.length > 0 && words.length <= 2 && words.every((t) => t.cap) && US_STATES.has(lowerWords(words));
}

/** The noun phrase starting at `i` (after an inverted cue or "according to"). */
export function nounPhraseFrom(tokens: Token[], i: number): Token[] | null {
  const phrase: Token[] = [];
  for (let k = i; k < tokens.length && phrase.length < 14; k++) {
    const t = tokens[k]!;
    if (phrase.length === 0 && t.pos === 'pron' && (t.lower in PRONOUNS)) return [t];
    if (phrase.length > 0 && occasionAt(tokens, k)) break;
    if (isNominal(t) || t.pos === 'det' || t.pos === 'poss' || t.text === '-' || t.text === '&') { phrase.push(t); continue; }
    // An adjective inside the phrase: "Clinton’s top foreign policy aide Jake Sullivan".
    const next = tokens[k + 1];
    if (t.pos === 'adj' && next !== undefined && (isNominal(next) || next.pos === 'adj')) { phrase.push(t); continue; }
    // A quantifier before "of" opens it: "most of the state's unions", "many of its members".
    if (phrase.length === 0 && INDEFINITE_PRONOUNS.has(t.lower) && next?.lower === 'of') { phrase.push(t); continue; }
    if (t.pos === 'prep' && ['of', 'for', 'with', 'at', 'from'].includes(t.lower) && phrase.length > 0 && tokens[k + 1] && (isNominal(tokens[k + 1]!) || tokens[k + 1]!.pos === 'det')) { phrase.push(t); continue; }
    // A participle before a capitalised title or name: "retired Army Lt. Gen. Mick Bednarek", "embattled Gov. Ann Ode".
    if (t.pos === 'verb' && (t.verbForm === 'past' || t.verbForm === 'participle') && phrase.length === 0 && next?.cap === true && isNominal(next)) { phrase.push(t); continue; }
    break;
  }
  while (phrase.length > 0 && !isNominal(phrase[phrase.length - 1]!)) phrase.pop();
  return phrase.length > 0 ? phrase : null;
}

/**
 * Whether a phrase of when or of the occasion opens at `k`, after a source named behind its cue: "said Robin Lee on
 * Monday", "said Lee Monday", "said Lee in a statement", "said Lee with a grin" (after a name: an affiliation
 * reads "an economist at the Brookings Institution", "Jo Li of the firm").
 */
export function occasionAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (BARE_DAYS.has(t.lower) || timePhraseEnd(tokens, k, tokens.length - 1) >= 0) return true;
  if (datedBackAt(tokens, k)) return true;
  if (t.pos !== 'prep') return false;
  // "in a statement", "at a news conference", "in his speech"
  let j = k + 1;
  while (j < tokens.length && j - k <= 4 && (tokens[j]!.pos === 'det' || tokens[j]!.pos === 'poss' || tokens[j]!.pos === 'adj' || tokens[j]!.pos === 'noun') && !MEDIA_NOUNS.has(tokens[j]!.lower)) j++;
  if ((MEDIUM_PREPOSITIONS.has(t.lower) || t.lower === 'during') && MEDIA_NOUNS.has(tokens[j]?.lower ?? '')) return true;
  // "with a grin", "at a rally": a preposition and a common noun after a name.
  const [before, article, noun] = [tokens[k - 1], tokens[k + 1], tokens[k + 2]];
  // "wrote Ann Ruiz in The Times", "said Lee on CNN": a medium by its name after a person's (not a place: gold keeps
  // "an analyst in Almaty"; nor after an organisation's: "the Committee on Homeland Security").
  const named = article?.cap === true && article.name !== 'place' && (article.pos === 'proper' || (article.lower === 'the' && noun?.cap === true));
  const person = before !== undefined && before.pos === 'proper' && PERSON_NAME_CLASSES.has(before.name ?? '');
  if (MEDIUM_PREPOSITIONS.has(t.lower) && person && named) return true;
  return OCCASION_PREPOSITIONS.has(t.lower) && before?.pos === 'proper' && (article?.pos === 'det' || article?.pos === 'poss') && noun !== undefined && noun.pos === 'noun' && !noun.cap;
}

/** Whether a time dated back from now or then opens at `k`: "challenged by Lee 30 years ago", "said Lee two days later". */
export function datedBackAt(tokens: Token[], k: number): boolean {
  let unit = k;
  while (unit < tokens.length && unit - k <= 3 && (tokens[unit]!.pos === 'num' || AGO_PHRASE_WORDS.has(tokens[unit]!.lower))) unit++;
  return unit > k && TIME_UNITS.has(tokens[unit]?.lower ?? '') && AGO_WORDS.has(tokens[unit + 1]?.lower ?? '');
}

/** What the lexicon calls a word of a person's name. */
const PERSON_NAME_CLASSES = new Set(['first', 'male', 'female', 'last', 'person']);

const NOUN_PHRASE_WORDS = new Set<Token['pos']>(['det', 'adj', 'poss', 'pron']);

/** The subject noun phrase of a clause starting at `i` (a noun phrase, then a finite verb), or null. */
export function clauseSubjectAt(tokens: Token[], i: number): Token[] | null {
  let j = i;
  // ("75 percent of voters said", "the sting of those cuts would …": "of" inside the phrase, between two of its words;
  // after it, not a relative pronoun: "the share of voters who agreed" has its verb in the relative clause.)
  const inPhrase = (k: number): boolean => isNominal(tokens[k]!) || NOUN_PHRASE_WORDS.has(tokens[k]!.pos) || tokens[k]!.text === '.';
  let of = false;
  while (j < tokens.length && j - i < 8 && !(of && RELATIVE_PRONOUNS.has(tokens[j]!.lower))) {
    if (tokens[j]!.lower === 'of' && j > i && tokens[j + 1] !== undefined && inPhrase(j + 1)) of = true;
    else if (!inPhrase(j)) break;
    j++;
  }
  return j > i && isFiniteVerb(tokens[j]) ? tokens.slice(i, j) : null;
}

/** Where the sentence goes on after a phrase of when and its comma opening it ("Last month, when I asked Lee …, he …"), or 0. */
export function afterOpeningTimePhrase(tokens: Token[]): number {
  const when = timePhraseEnd(tokens, 0, Math.min(tokens.length - 1, 5));
  return when >= 0 && tokens[when + 1]?.text === ',' ? when + 2 : 0;
}

/** The subject of the sentence's main clause: the noun phrase before its first verb. */
export function mainClauseSubject(tokens: Token[], limit: number): Token[] | null {
  // An introductory phrase ("In an op-ed the day before the debate, two speechwriters implored …") is not the subject.
  const from = afterOpeningTimePhrase(tokens);
  const first = tokens[from];
  // (Nor an opening participle's clause: "Asked whether he would run, the mayor laughed and said …".)
  const participle = first !== undefined && first.pos === 'verb' && (first.verbForm === 'past' || first.verbForm === 'gerund');
  const introComma = first && (first.pos === 'prep' || first.pos === 'adv' || first.pos === 'conj' || CLAUSE_BOUNDARIES.has(first.lower) || participle) ? tokens.findIndex((t, k) => k >= from && t.text === ',') : -1;
  let afterPreposition: Token[] | null = null;
  for (let i = introComma >= 0 && introComma < limit ? introComma + 1 : from < limit ? from : 0; i < limit; i++) {
    const t = tokens[i]!;
    // An -ed word the lexicon calls an adjective may be the verb ("Clinton’s right-hand woman rallied supporters").
    if (t.pos === 'verb' || (t.pos === 'aux' && t.lower !== 'not') || isPastReadAsAdjective(t)) {
      const before = skipTimePhrase(tokens, skipBackOver(tokens, i - 1, isVerbModifier));
      const subject = subjectEndingAt(tokens, before);
      // (A noun phrase after a preposition is its object, not a subject: "House Democrats, looking for a way out on gun
      // control, seized …" has no verb "control"; kept for want of another. Not after "as", "since" that open a clause,
      // nor a subject pronoun: "As he shifts gears …".)
      const preposition = subject !== null && subject.first > 0 ? tokens[subject.first - 1]! : undefined;
      const objectOf = preposition?.pos === 'prep' && !FRONTED_SUBORDINATORS.has(preposition.lower) && !(subject!.tokens.length === 1 && subject!.tokens[0]!.lower in PRONOUNS);
      if (subject && objectOf) afterPreposition ??= subject.tokens;
      else if (subject) return subject.tokens;
    }
  }
  if (afterPreposition) return afterPreposition;
  // "He left the room and said …": a subject pronoun opening the sentence, whatever the lexicon made of its verb.
  const opening = tokens[0];
  return opening !== undefined && opening.lower in PRONOUNS && limit > 1 ? [opening] : null;
}

/**
 * "… when protesters interrupted her speech, shouting …", "… and the union sued the city, saying …": the subject of
 * the last clause joined after the main clause's verb (by a coordinator or a subordinator, its subject right after
 * it) before `limit`; a participle after it goes with that clause, as annotated. Null when there is none.
 */
export function joinedClauseSubject(tokens: Token[], limit: number, coordinated = false): Token[] | null {
  const mainVerb = tokens.findIndex((t, k) => k < limit && isFiniteVerb(t));
  if (mainVerb < 0) return null;
  for (let k = limit - 1; k >= 0; k--) {
    const t = tokens[k]!;
    // ("The vote went his way; he thanked the staff and said …": a clause after a semicolon has its own subject.)
    if (t.text === ';') return clauseSubjectFrom(tokens, k + 1, limit);
    if (t.text === ':' || isQuoteMark(t.text)) return null;
    // "Lee, who came out and endorsed Ruiz": a verb coordinated inside a relative clause has the relative pronoun for
    // its subject (a comma closes the clause first; "that" only right after a noun and before its verb).
    if (coordinated && t.text === ',') return null;
    const relative = (t.lower === 'who' || t.lower === 'which' || (t.lower === 'that' && isNominal(tokens[k - 1] ?? t) && k > 0 && isFiniteVerb(tokens[k + 1])));
    if (coordinated && relative && k > 0 && tokens.slice(k + 1, limit).some((x) => isFiniteVerb(x))) return [t];
    if (k <= mainVerb) continue;
    if (!(COORDINATORS.has(t.lower) || FRONTED_SUBORDINATORS.has(t.lower))) continue;
    // (Its verb the first finite one after it, its subject every word between: "and Lee fired …", "as a guard walks …".)
    const verb = tokens.findIndex((x, j) => j > k && j < limit && isFiniteVerb(x));
    if (verb < 0) continue;
    const before = skipBackOver(tokens, verb - 1, isVerbModifier);
    const subject = before > k ? subjectEndingAt(tokens, before) : null;
    if (subject && subject.first === k + 1 && !subject.tokens.some((x) => x.text === ',' || RELATIVE_PRONOUNS.has(x.lower))) return subject.tokens;
  }
  return null;
}

/** The subject that opens the clause at `first`, right before its first finite verb before `limit`; null if none. */
function clauseSubjectFrom(tokens: Token[], first: number, limit: number): Token[] | null {
  const verb = tokens.findIndex((x, j) => j >= first && j < limit && isFiniteVerb(x));
  if (verb < 0) return null;
  const before = skipBackOver(tokens, verb - 1, isVerbModifier);
  const subject = before >= first ? subjectEndingAt(tokens, before) : null;
  return subject && subject.first === first && !subject.tokens.some((x) => x.text === ',' || RELATIVE_PRONOUNS.has(x.lower)) ? subject.tokens : null;
}

export function isNominal(t: Token): boolean {
  return t.pos === 'noun' || t.pos === 'proper' || t.pos === 'num' || (t.pos === 'adj' && t.cap) || ANONYMOUS_NOUNS.has(t.lower);
}

/** An adverb, or a word that modifies a verb ("also", "not", "later"): what stands between a subject and its verb. */
export function isVerbModifier(t: Token): boolean {
  // (Not one the tagger read as a name: "“…,” Will said", "May told reporters".)
  return (VERB_MODIFIERS.has(t.lower) && t.pos !== 'proper') || t.pos === 'adv';
}

/**
 * The verb group's modifiers ending at `i`, with an adverbial aside between commas after an auxiliary ("has,
 * however, revealed", "have, in fact, praised"): the index before them.
 */
export function skipVerbModifiers(tokens: Token[], i: number): number {
  let j = skipBackOver(tokens, i, isVerbModifier);
  // "Residents who moved away say": a particle right after a verb ends that verb's group, not the next verb's modifiers.
  if (j < i && tokens[j]?.pos === 'verb' && PHRASAL_PARTICLES.has(tokens[j + 1]!.lower)) j++;
  // "Both said …", "But all agreed …": a quantifier opening the clause is its subject, not a modifier of the verb.
  const opening = tokens[j] === undefined || tokens[j]!.pos === 'conj' || tokens[j]!.pos === 'punct';
  // (Not one read as an adverb: "and most recently defended".)
  if (opening && j + 1 <= i && QUANTIFIER_SUBJECTS.has(tokens[j + 1]!.lower) && tokens[j + 1]!.pos !== 'adv') return j + 1;
  if (tokens[j]?.text !== ',') return j;
  let open = j - 1;
  while (open > 0 && j - open <= 4 && tokens[open]!.text !== ',') {
    if (tokens[open]!.pos === 'verb' || tokens[open]!.pos === 'aux') return j;
    open--;
  }
  const auxiliary = tokens[open - 1];
  const aside = tokens[open]?.text === ',' && open < j - 1;
  if (!aside || auxiliary === undefined || !isVerbModifier(auxiliary) || auxiliary.pos === 'adv') return j;
  // (With nothing before it the word is no auxiliary but the subject, a name: "Long, the treasurer, said".)
  const subjectEnd = skipBackOver(tokens, open - 1, isVerbModifier);
  return subjectEnd >= 0 ? subjectEnd : j;
}

/** How many words a phrase of when before a verb may have ("in the last few weeks"). */
const TIME_PHRASE_WORDS = 5;

/** Parts of speech of an adverbial after a participle ("online", "to its members", "on the website"). */
const ADVERBIAL_WORDS = new Set<Token['pos']>(['adv', 'prep', ...NOUN_PHRASE_POS]);

/**
 * "Rachel Lindqvist on Wednesday warned", "Trump last week said", "Ana Ruiz on Friday evening said", "the chairman
 * this past week announced", "The ministry less than two weeks ago said", "Her allies have in the past said": step
 * back over the time phrase to the subject; and over a participle the tagger read as describing that subject, with
 * its adverbial ("A video posted online shows", "A letter sent to the members says").
 */
export function skipTimePhrase(tokens: Token[], i: number): number {
  for (let p = i; p > 0 && i - p <= 8; p--) {
    // (Not with its agent, which the source keeps: "A survey conducted by students … showed".)
    if (tokens[p]!.verbForm === 'participle') {
      if (isNominal(tokens[p - 1]!) && tokens[p + 1]?.lower !== 'by') return p - 1;
      break;
    }
    // ("to" before a noun phrase, not an infinitive: "sought to outdo".)
    if (!ADVERBIAL_WORDS.has(tokens[p]!.pos) && !isToBeforeNounPhrase(tokens, p)) break;
  }
  // "Acme Robotics today announced", "The group Monday said": a bare day between the subject and its verb.
  if (tokens[i] && tokens[i - 1] && BARE_DAYS.has(tokens[i]!.lower) && (isNominal(tokens[i - 1]!) || tokens[i - 1]!.text === ',' || tokens[i - 1]!.text === ')')) return i - 1;
  // ("A report published Wednesday said": the participle the day dates goes too.)
  if (tokens[i] && BARE_DAYS.has(tokens[i]!.lower) && datedParticiple(tokens, i - 1)) return i - 2;
  // "two weeks ago", "less than a year ago", "years ago", "days later"
  // (The callers step over "ago", an adverb, to the unit before it.)
  const ago = TIME_UNITS.has(tokens[i]?.lower ?? '') && AGO_WORDS.has(tokens[i + 1]?.lower ?? '') ? i + 1 : -1;
  if (ago > 0) {
    let k = ago - 1;
    while (k > 0 && (AGO_PHRASE_WORDS.has(tokens[k]!.lower) || TIME_UNITS.has(tokens[k]!.lower) || tokens[k]!.pos === 'num')) k--;
    if (k < ago - 1) return skipBackOver(tokens, k, isVerbModifier);
  }
  // "in the past"
  if (tokens[i]?.lower === 'past' && tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'in' && i - 3 >= 0) return skipBackOver(tokens, i - 3, isVerbModifier);
  // "on Friday evening", "last week", "this past week", "in late August": the longest phrase of when ending at `i`.
  let opener = -1;
  for (let k = i - 1; k > 0 && i - k <= TIME_PHRASE_WORDS; k--) if (timePhraseEnd(tokens, k, i) === i) opener = k;
  if (opener > 0) {
    // A participle that the phrase dates goes too ("A poll released in late August found": the source is "A poll").
    const before = skipBackOver(tokens, opener - 1, isVerbModifier);
    return datedParticiple(tokens, before) ? before - 1 : before;
  }
  return i;
}

/**
 * Whether the token at `k` is a participle after its noun, which a time phrase after it dates ("A poll released …"),
 * or a word that dates it the same way ("A poll out Monday shows …": words.ts PUBLISHED_WORDS).
 */
function datedParticiple(tokens: Token[], k: number): boolean {
  const participle = tokens[k];
  if (participle === undefined || tokens[k - 1] === undefined || !isNominal(tokens[k - 1]!)) return false;
  return PUBLISHED_WORDS.has(participle.lower) || (/ed$/.test(participle.lower) && (participle.pos === 'adj' || participle.verbForm === 'past' || participle.verbForm === 'participle'));
}

/**
 * Where the phrase of when opening at `k` ends (at `to` at the furthest), or -1: a preposition of time or "last",
 * "this", "next", "early", "late"; up to three determiners, numbers or modifiers ("in early June", "on the same day",
 * "this past week"); a day, a month, or a stretch or point of time; and any more of those or numbers ("on Friday
 * evening", "in June 2015").
 */
export function timePhraseEnd(tokens: Token[], k: number, to: number): number {
  if (!TIME_PHRASE_OPENERS.has(tokens[k]?.lower ?? '')) return -1;
  // ("this past week"; not "in the past week": skipped, it lost an attribution on train, none gained.)
  let j = tokens[k + 1]?.lower === 'past' && (tokens[k]!.lower === 'this' || tokens[k]!.lower === 'last') ? k + 2 : k + 1;
  while (j <= to && j - k <= 3 && (tokens[j]!.pos === 'det' || tokens[j]!.pos === 'num' || TIME_PHRASE_MODIFIERS.has(tokens[j]!.lower))) j++;
  if (j > to || !TIME_HEADS.has(tokens[j]!.lower)) return -1;
  while (j + 1 <= to && (TIME_HEADS.has(tokens[j + 1]!.lower) || tokens[j + 1]!.pos === 'num')) j++;
  return j;
}

/**
 * Where a stretch of time that starts at `k` ends ("In the next eight weeks", "Over the past two years", "For months"),
 * or -1.
 */
export function stretchOfTimeEnd(tokens: Token[], k: number, to: number): number {
  if (!STRETCH_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return -1;
  let j = k + 1;
  while (j <= to && (tokens[j]!.pos === 'det' || tokens[j]!.pos === 'num' || STRETCH_MODIFIERS.has(tokens[j]!.lower))) j++;
  return j <= to && TIME_UNITS.has(tokens[j]!.lower) ? j : -1;
}

export function spanOf(tokens: Token[]): Span {
  return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
}
