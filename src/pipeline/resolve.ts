/**
 * Stage 5b, resolution: every attribution's source becomes a speaker.
 * Names merge by surname ("Psaki" → "Jen Psaki"); pronouns go to the nearest
 * compatible earlier speaker (in a sentence before, its subject rather than a
 * name after its verb); role descriptors ("President Joe Biden’s spokeswoman",
 * "the Vermont senator") to the named person the text links them with; unnamed
 * sources to anonymous speakers.
 */
import { AGE_NOUN, ARTICLES, CLAUSE_PUNCTUATION, COMPANY_REFERENCES, EPITHET_NOUNS, GENDERED_NOUNS, NAMELESS_PRONOUNS, NAME_PARTICLES, NEWS_DESCRIPTORS, NEWS_NAME_WORDS, NEWS_OUTLETS, OFFICE_NOUNS, OFFICE_QUALIFIERS, ORG_DESCRIPTORS, ORG_HEADS, ORG_KIND_WORDS, OWNER_PRONOUNS, PARTY_MEMBER_NOUNS, PARTY_TAG, PARTY_WORDS, PERSON_RELATIVES, ROLE_NOUNS, TITLES, TITLE_ROLES, US_STATES } from '../lexicon/words.js';
import { wordTable } from '../lexicon/word-table.js';
import { countEndingBy, countStartingBy } from '../positions.js';
import type { SpeakerType, Span } from '../types.js';
import type { FoundAttribution } from './attribute.js';
import { agreedGender, classifyPhrase, isBareUnknownName, phraseClass, sureGivenNameSex, withoutDot, type Gender, type NameMention, type OrgMention, type PhraseClass } from './entities.js';
import type { Token } from './tokens.js';

export interface ResolvedSpeaker {
  name: string;
  type: SpeakerType;
  gender: Gender;
  /** Lower-case surname for persons, normalised key otherwise. */
  key: string;
  first: string | null;
  /** The roles the speaker holds, by head noun, each with the places named with it ("vermont" for "the Vermont senator", "" for "Sen."). */
  roles: Map<string, Set<string>>;
  mentions: Span[];
}

export interface Resolution {
  speakers: ResolvedSpeaker[];
  /** Index into `speakers` for each attribution, or null. */
  speakerOf: (number | null)[];
}

/** How many paragraphs back a pronoun may reach, and how many attributions it looks at on the way. */
const PRONOUN_REACH = 3;
const PRONOUN_LOOKBACK = 12;
/** How many paragraphs ahead a role descriptor (or a headline's organisation word) looks for whom it names. */
const ROLE_REACH = 2;
/** The paragraphs that may name someone by role before the name: the headline and the lead (or the first two). */
const LEAD_PARAGRAPHS = 2;

export function resolveSpeakers(found: FoundAttribution[], names: NameMention[], orgs: OrgMention[], paragraphOf: (offset: number) => number, sentenceOf: (offset: number) => number, frontedClauseEnd: (offset: number) => number, sentenceTokensAt: (offset: number) => Token[]): Resolution {
  const speakers: ResolvedSpeaker[] = [];
  // (Array.from, not map(): other functions read these arrays, and TurboFan's inlined map() makes them holey where
  // the interpreter's are packed, which cost each reader a re-compile. The same in index.ts.)
  const speakerOf: (number | null)[] = Array.from(found, () => null);
  /** The persons among `speakers`, by key, in ascending order: looking each up among all speakers was quadratic. */
  const personsByKey = new Map<string, number[]>();
  /** The first full name in the text with a surname and agreeing with a gender, by both (cached): `names.find` was quadratic. */
  const fullNameFor = new Map<string, NameMention | null>();
  /** Full names (with a first name) by surname, in text order, those below the headline first (a title-case headline
   * runs other words into names: "Oscar-winner Ana Lind Backs …"). */
  const fullNamesByKey = new Map<string, NameMention[]>();
  const inBody = (n: NameMention): boolean => paragraphOf(n.start) > 0;
  for (const n of [...names.filter(inBody), ...names.filter((n) => !inBody(n))]) {
    if (n.first === null) continue;
    const key = nameKey(n.last);
    const list = fullNamesByKey.get(key);
    if (list) list.push(n);
    else fullNamesByKey.set(key, [n]);
  }
  /** Name mentions by surname key, in text order. With `namedTraits` and `titleRolesByKey` (what the names of a
   * person say, found once: names do not change while speakers resolve), an office epithet no longer looks at every
   * name in the text, which was quadratic in a long transcript ("the senator said" throughout). */
  const namesByKey = new Map<string, NameMention[]>();
  for (const n of names) {
    const key = nameKey(n.last);
    const list = namesByKey.get(key);
    if (list) list.push(n);
    else namesByKey.set(key, [n]);
  }
  const namedTraits = new Map<string, Traits>();
  /** For each title's role, the people the text titles so ("Mayor Bill Lund"), by surname key, at their first such name, in text order. */
  const titledByRole = new Map<string, { at: number; key: string }[]>();
  for (const n of names) {
    if (n.role === null) continue;
    const list = titledByRole.get(n.role) ?? [];
    const key = nameKey(n.last);
    if (!list.some((t) => t.key === key)) list.push({ at: n.start, key });
    titledByRole.set(n.role, list);
  }
  const titleRolesByKey = new Map<string, Set<string>>();
  /** Owned speakers ("his campaign") by owner, type and phrase, and the owner of each. */
  const ownedSpeakers = new Map<string, number>();
  const ownerOfOwned = new Map<number, number>();
  /** Organisation names inside an organisation's own source (orgsInOrgSources), once the first "the company" asks. */
  let orgNamesInOrgSources: Set<OrgMention> | null = null;
  /** Speakers typed organisation only for want of evidence (isBareUnknownName), and those also named otherwise. */
  const bareNames = new Set<number>();
  const namedOrgs = new Set<number>();
  /** Organisation speakers whose name the lexicon knows as an organisation's ("Boeing", "Pfizer"; not "United States"). */
  const lexiconOrgs = new Set<number>();
  /** Persons whose sex two given names disagree on ("Bradley" a man's, "Rebecca Bradley" a woman's): only a pronoun tells. */
  const sexUnsure = new Set<number>();
  /** Persons whose given name is only the full name's a bare surname was given ("Clinton" → "Bill Clinton"). */
  const guessedFirst = new Set<number>();
  /** Persons the text calls by the given name alone ("his wife, Jane"), as it does to tell them from another by the surname. */
  const calledByGivenName = new Set<number>();
  /** The keys of places the text names ("ohio"), which "the company" or "the agency" never means. */
  const places = new Set(orgs.flatMap((o) => (o.place ? [o.key] : [])));
  // (A relative pronoun left alone, standing for nothing attribute could find, "in which he …", or a "That" standing for
  // what went before, names no one: no speaker "who" or "That".)
  const named = (a: FoundAttribution): boolean => a.sourceTokens.length > 1 || (a.sourceTokens.length === 1 && !NAMELESS_PRONOUNS.has(a.sourceTokens[0]!.lower));
  const classes: (PhraseClass | null)[] = Array.from(found, (a) => (named(a) ? classifyPhrase(a.sourceTokens) : null));

  // Surnames of the persons named as sources anywhere, so a bare "Figueroa" joins "Melezia Figueroa".
  const surnames = new Set(classes.flatMap((c) => (c?.type === 'person' && c.first ? [nameKey(c.last)] : [])));
  // Full names in the text, by surname (the first one written wins).
  const fullNames = new Map<string, NameMention>();
  for (const n of names) if (n.first !== null && !fullNames.has(nameKey(n.last))) fullNames.set(nameKey(n.last), n);
  for (const key of fullNames.keys()) surnames.add(key);
  // The sex the text's honorifics give each surname ("Mr. Lind" … "Mr. Lind"), null where they give both.
  const honorificSex = new Map<string, Gender>();
  for (const n of names) {
    const sex = n.first === null && n.role !== null ? GENDERED_NOUNS[n.role] : undefined;
    const key = nameKey(n.last);
    if (sex !== undefined) honorificSex.set(key, honorificSex.has(key) && honorificSex.get(key) !== sex ? null : sex);
  }
  // Full names that open with a known given name, by it, for a person called by it alone ("Sarah Lind … Sarah
  // said"); null when two people share it.
  const givenNames = new Map<string, NameMention | null>();
  for (const n of names) {
    if (!n.given || n.first === null) continue;
    const given = nameKey(n.first);
    const known = givenNames.get(given);
    givenNames.set(given, known === undefined || (known !== null && nameKey(known.last) === nameKey(n.last)) ? known ?? n : null);
  }

  // Pass 1: named persons, organisations, anonymous and unknown sources.
  found.forEach((a, i) => {
    const cls = classes[i];
    if (!cls || !a.source) return;
    // ("his campaign", "her advisers": whose they are is known only once pronouns are, in pass 2.)
    if (ownerPronoun(a, cls) !== null) return;
    // A single unknown capitalised word is a surname when the text names a person with it ("Psaki" → "Jen Psaki",
    // "Price:" in a headline → "Mayor Elena Price"). (A single word, or one after a particle: "De Blasio".)
    // (A capitalised role word alone may be such a surname too: "King said" after "Martin Luther King Jr.".)
    const bareRole = cls.type === 'role' && !cls.name.includes(' ');
    const unnamed = (cls.type === 'organization' || cls.type === 'unknown' || bareRole) && /^\p{Lu}/u.test(cls.name) ? cls.name : null;
    const words = unnamed?.split(' ') ?? [];
    const single = words.length > 0 && words.slice(0, -1).every((w) => NAME_PARTICLES.has(w.toLowerCase())) ? nameKey(words[words.length - 1]!) : null;
    // (Or a person who has spoken already, named in a way the name finder does not read: "MAYOR PRICE:" … "PRICE:".)
    const spokenSurname = single !== null && personsByKey.has(single);
    if (unnamed !== null && single !== null && (surnames.has(single) || givenNames.get(single) || spokenSurname)) speakerOf[i] = personSpeaker(phraseClass({ type: 'person', name: unnamed, first: null, last: words[words.length - 1]!, gender: null }));
    else if (cls.type === 'person') speakerOf[i] = personSpeaker(cls, a.sourceTokens.some((t) => GENDERED_NOUNS[withoutDot(t.lower)] !== undefined));
    else if (cls.type === 'organization' || cls.type === 'anonymous' || cls.type === 'unknown') speakerOf[i] = keyedSpeaker(cls.type, cls.key, cls.name, cls.type === 'anonymous' ? cls.gender : null);
    const s = speakerOf[i];
    if (s !== null && s !== undefined && speakers[s]!.type === 'organization') (isBareUnknownName(a.sourceTokens, sentenceTokensAt(a.source.start)) ? bareNames : namedOrgs).add(s);
    if (s !== null && s !== undefined && speakers[s]!.type === 'organization' && namesOrganization(a.sourceTokens)) lexiconOrgs.add(s);
  });
  // Organisations known only by one unknown word, which a pronoun may show to be a surname.
  for (const s of namedOrgs) bareNames.delete(s);
  // Such a word is a surname where the text says its speaker is a person: a role or age in apposition, a "who"
  // ("Okafor, the mayor, said", "Okafor, 45, said", "said Okafor, who …"). (Not "Okafor said he would …": a news
  // agency reports what a man said so.)
  found.forEach((a, i) => {
    const s = speakerOf[i];
    const kind = s !== null && s !== undefined && bareNames.has(s) ? appositionKind(a) : null;
    if (kind === 'person') makePerson(s!);
    else if (kind === 'organization') bareNames.delete(s!);
  });

  // Pass 2: role descriptors, then pronouns, in text order so later pronouns see earlier resolutions.
  found.forEach((a, i) => {
    const cls = classes[i];
    if (!cls || !a.source || speakerOf[i] !== null) return;
    const owner = ownerPronoun(a, cls);
    if (owner !== null) speakerOf[i] = ownedSpeaker(cls, owner, a, i);
    else if (cls.type === 'role') speakerOf[i] = roleSpeaker(cls, a.source, i);
    else if (cls.type === 'orgref') speakerOf[i] = orgRefSpeaker(cls, a.source, i);
    else if (cls.type === 'pronoun') speakerOf[i] = pronounSpeaker(cls.word, a.source, i);
  });

  // One unknown word that nothing showed to be a person, nor an "it" or an apposition to be an organisation, is of
  // unknown type: the word alone ("Okafor", "Westline") does not tell.
  classes.forEach((cls, i) => {
    const s = speakerOf[i];
    if (cls?.type === 'pronoun' && (cls.word === 'it' || cls.word === 'they') && s !== null && s !== undefined) bareNames.delete(s);
  });
  for (const s of bareNames) speakers[s]!.type = 'unknown';

  found.forEach((a, i) => {
    const s = speakerOf[i];
    if (s !== null && s !== undefined && a.source) addMention(speakers[s]!, a.source);
  });
  // Every further occurrence of a named person's name or surname is a mention too.
  for (const n of names) {
    const key = nameKey(n.last);
    // (Of the name's sex when one is: "Mrs. Ruiz" is Ana Ruiz's mention, not Carlos Ruiz's.)
    const persons = personsByKey.get(key)?.filter((k) => compatibleFirst(speakers[k]!.first, n.first)) ?? [];
    const s = persons.find((k) => n.gender !== null && speakers[k]!.gender === n.gender) ?? persons.find((k) => genderAgrees(speakers[k]!.gender, n.gender)) ?? persons[0];
    if (s !== undefined) addMention(speakers[s]!, n);
  }
  for (const sp of speakers) sp.mentions.sort((x, y) => x.start - y.start);
  return { speakers, speakerOf };

  /** Speaker `s`, known by one unknown word, is a person by that surname. */
  function makePerson(s: number): void {
    const sp = speakers[s]!;
    sp.type = 'person';
    sp.key = nameKey(sp.name);
    indexPerson(s);
    bareNames.delete(s);
  }

  /**
   * What the words after the source say it is: a person by the head noun of a role or an age in apposition, or a "who"
   * ("Okafor, the mayor,", "Okafor, 45,", "Okafor, who"); an organisation by an organisation's word ("Westline, the
   * rail operator,").
   */
  function appositionKind(a: FoundAttribution): SpeakerType | null {
    const tokens = sentenceTokensAt(a.source!.start);
    let k = tokens.findIndex((t) => t.start >= a.source!.end);
    if (k >= 0 && tokens[k]!.text === ',') {
      const next = tokens[k + 1];
      if (next && (PERSON_RELATIVES.has(next.lower) || (next.pos === 'num' && tokens[k + 2]?.text === ','))) return 'person';
      if (next && ARTICLES.has(next.lower)) {
        // (By the head of the phrase: "Xinhua, the official news agency," is an agency, "Okafor, the company's chief
        // executive," a person.)
        let head = k + 1;
        for (k += 2; k < tokens.length && !CLAUSE_PUNCTUATION.has(tokens[k]!.text) && tokens[k]!.pos !== 'prep'; k++) head = k;
        const w = tokens[head]!.lower;
        if (ORG_HEADS.has(w) || ORG_DESCRIPTORS.has(w)) return 'organization';
        return ROLE_NOUNS.has(w) || GENDERED_NOUNS[w] !== undefined ? 'person' : null;
      }
    }
    return null;
  }

  /** The nearest name before `offset` that `accept`s, looking back until `stop` says the names are too far. */
  function lastNameBefore(offset: number, accept: (n: NameMention) => boolean, stop: (n: NameMention) => boolean = () => false): NameMention | undefined {
    const lo = countEndingBy(names, offset);
    for (let k = lo - 1; k >= 0 && lo - k <= PRONOUN_LOOKBACK * 4; k--) {
      const n = names[k]!;
      if (stop(n)) return undefined;
      if (accept(n)) return n;
    }
    return undefined;
  }

  /** A name's sex, or that of the person already speaking by it ("Trump" is Donald Trump's surname). */
  function nameGender(n: NameMention): Gender {
    if (n.gender !== null) return n.gender;
    const key = nameKey(n.last);
    // (A full name's own: "Rakeyia Lind" is not "Lind", her husband, who spoke first.)
    if (n.first !== null) return speakers.find((sp) => sp.type === 'person' && sp.key === key && sp.first !== null && nameKey(sp.first) === nameKey(n.first!))?.gender ?? null;
    return speakers.find((sp) => sp.type === 'person' && sp.key === key)?.gender ?? fullNames.get(key)?.gender ?? null;
  }

  /** The first of `mentions` (names or organisations) after `offset` that `accept`s, at most ROLE_REACH paragraphs on from paragraph `here`. */
  function firstMentionAfter<M extends Span>(mentions: M[], offset: number, here: number, accept: (m: M) => boolean): M | undefined {
    for (let k = countEndingBy(mentions, offset); k < mentions.length && paragraphOf(mentions[k]!.start) - here <= ROLE_REACH; k++) {
      if (mentions[k]!.start >= offset && accept(mentions[k]!)) return mentions[k];
    }
    return undefined;
  }

  /**
   * `sexSure`: the phrase has a gendered title or noun ("Mr.", "his wife"), whose sex, unlike the lexicon's for a given
   * name, is sure.
   */
  function personSpeaker(cls: Extract<PhraseClass, { type: 'person' }>, sexSure = false): number {
    const key = nameKey(cls.last);
    // A bare surname has the sex the text's honorifics give it: "Lind" in a text of "Mr. Lind" is not "Ana Lind".
    // (Only where every full name with it is surely of the other sex: which of "Pat Ruiz" and "Ana Ruiz" a bare "Ruiz"
    // is, "Mrs. Ruiz" does not tell.)
    const honorific = cls.first === null && cls.gender === null ? honorificSex.get(key) ?? null : null;
    if (honorific !== null && (fullNamesByKey.get(key) ?? []).every((n) => surelyOtherSex(n.first, honorific))) return personSpeaker(phraseClass({ ...cls, gender: honorific }), true);
    // (A full name's sex is sure too by a given name the table knows.)
    if (cls.first !== null && cls.gender !== null && sureGivenNameSex(cls.first) === cls.gender) sexSure = true;
    // A given name alone, where no one has it for a surname, is the one person the text names in full with it.
    const given = cls.first === null && !fullNames.has(key) ? givenNames.get(key) : null;
    if (given) {
      const s = mentionSpeaker(given, cls.gender ?? given.gender);
      calledByGivenName.add(s);
      return s;
    }
    const same = (sp: ResolvedSpeaker): boolean => sp.type === 'person' && sp.key === key && compatibleFirst(sp.first, cls.first);
    // (A bare surname is not one called by the given name when the text names someone else in full by it: "Sanders"
    // is Tom Sanders, not "his wife, Jane" Sanders.)
    const someoneElse = (k: number): boolean => (fullNamesByKey.get(key) ?? []).some((n) => nameKey(n.first!) !== nameKey(speakers[k]!.first ?? ''));
    const persons = (personsByKey.get(key) ?? []).filter((k) => same(speakers[k]!) && !(cls.first === null && calledByGivenName.has(k) && someoneElse(k)));
    // A bare surname takes the full name from anywhere in the document ("Psaki" → "Jen Psaki").
    const full = cls.first ? null : firstFullName(key, cls.gender, sexSure);
    // Of the same sex if one is: "Mrs. Holt" is "Ellen Holt", not "Richard Holt", nor a "Holt" of unknown sex whose
    // given name was taken for a bare surname, when the text names Ellen Holt; a person of the other sex only when the
    // text names no one else so (a given name's sex is a guess: "Mr. Graham" is "Lindsey Graham").
    // (The full name's speaker, or -2 for none yet.)
    const fullSpeaker = (): number => persons.find((k) => speakers[k]!.first !== null && nameKey(speakers[k]!.first!) === nameKey(full!.first!)) ?? -2;
    let s = persons.find((k) => cls.gender !== null && speakers[k]!.gender === cls.gender) ?? -1;
    // (A person of unknown sex who spoke by the full name keeps the surname: "Jeb Bush said … Mr. Bush said" is not
    // the George Bush the text names; one whose given name was taken for a bare surname does not.)
    const firm = persons.some((k) => speakers[k]!.gender === null && !guessedFirst.has(k));
    if (s === -1 && full && cls.gender !== null && full.gender === cls.gender && !firm) s = persons.find((k) => speakers[k]!.first === null && speakers[k]!.gender === null) ?? fullSpeaker();
    if (s === -1) s = persons.find((k) => genderAgrees(speakers[k]!.gender, cls.gender)) ?? -1;
    if (s === -1 && full && cls.gender !== null) s = fullSpeaker();
    // (One of sure sex, "Mr. Lind", not one surely of the other: by a given name the table knows, or by a title or
    // pronoun alone.)
    if (s === -1) s = persons.find((k) => !sexSure || (!surelyOtherSex(speakers[k]!.first, cls.gender) && (speakers[k]!.first !== null || genderAgrees(speakers[k]!.gender, cls.gender)))) ?? -1;
    s = Math.max(s, -1);
    if (s < 0) {
      // (A bare surname's sex as a given name yields to the full name's: "Bradley" is Rebecca Bradley. Where the two
      // disagree, the given names' sexes are not to be trusted, and the speaker's sex stays unknown.)
      const gender = full ? agreedGender(cls.gender, full.gender) : cls.gender;
      s = addSpeaker({ name: full?.name ?? cls.name, type: 'person', gender, key, first: cls.first ?? full?.first ?? null, roles: new Map(), mentions: [] });
      if (full && gender === null && cls.gender !== null) sexUnsure.add(s);
      if (!cls.first && full) guessedFirst.add(s);
    } else {
      const sp = speakers[s]!;
      if (cls.first && !sp.first) { sp.first = cls.first; sp.name = cls.name; }
      if (cls.first) guessedFirst.delete(s);
      if (!sexUnsure.has(s)) sp.gender ??= cls.gender;
    }
    return s;
  }

  function keyedSpeaker(type: SpeakerType, key: string, name: string, gender: Gender = null): number {
    // "the Foreign Ministry" / "Russia’s Foreign Ministry", "SkyBridge" / "SkyBridge Airlines": one speaker, the fuller name.
    // (The same key first; else the latest that one key extends: "officials" after "U.S. officials" and "Russian officials".)
    const same = speakers.findIndex((sp) => sp.type === type && sp.key === key);
    const s = same >= 0 ? same : speakers.findLastIndex((sp) => sp.type === type && (sp.key.endsWith(' ' + key) || key.endsWith(' ' + sp.key) ||
      (type === 'organization' && (sp.key.startsWith(key + ' ') || key.startsWith(sp.key + ' ')))));
    if (s >= 0) {
      const sp = speakers[s]!;
      if (type === 'organization' && key.startsWith(sp.key + ' ')) { sp.key = key; sp.name = name; }
      return s;
    }
    return addSpeaker({ name, type, gender, key, first: null, roles: new Map(), mentions: [] });
  }

  /** A new speaker's index; a person is indexed by key. */
  function addSpeaker(sp: ResolvedSpeaker): number {
    const s = speakers.push(sp) - 1;
    if (sp.type === 'person') indexPerson(s);
    return s;
  }

  /** Index speaker `s` (now a person) by its key, in ascending order. */
  function indexPerson(s: number): void {
    const key = speakers[s]!.key;
    const list = personsByKey.get(key);
    if (!list) { personsByKey.set(key, [s]); return; }
    let at = list.length;
    while (at > 0 && list[at - 1]! > s) at--;
    list.splice(at, 0, s);
  }

  /**
   * The first full name with this surname that agrees with the gender, else the first with it (not, for a `sexSure`
   * one, one whose given name is surely of the other sex); null when there is none.
   */
  function firstFullName(key: string, gender: Gender, sexSure: boolean): NameMention | null {
    const cacheKey = `${gender}|${sexSure}|${key}`;
    let full = fullNameFor.get(cacheKey);
    if (full === undefined) {
      const list = fullNamesByKey.get(key) ?? [];
      // (One of the very sex before one of unknown sex: "Mrs. Holt" is "Ellen Holt" before "Sam Holt"; one of the
      // other sex only when the text names no one else by the surname, whose given name's sex is a guess.)
      full = (gender !== null ? list.find((n) => n.gender === gender) : undefined) ?? list.find((n) => genderAgrees(n.gender, gender)) ??
        (list.length > 0 && list.every((n) => nameKey(n.first!) === nameKey(list[0]!.first!)) && !(sexSure && surelyOtherSex(list[0]!.first, gender)) ? list[0] : undefined) ?? null;
      fullNameFor.set(cacheKey, full);
    }
    return full;
  }

  /** "the company said": the nearest organisation before it, as a speaker or a name in the text. */
  function orgRefSpeaker(cls: Extract<PhraseClass, { type: 'orgref' }>, source: Span, i: number): number {
    let best: { at: number; speaker: number } | null = null;
    for (let k = i - 1; k >= 0; k--) {
      const s = speakerOf[k];
      const at = found[k]!.source?.start ?? -1;
      // (Only one whose name fits it, "the council" for "Lagos City Council", not "the harbor authority" or an unknown
      // word that may be a surname; nor a place: "Ohio" is no company.)
      if (s !== null && s !== undefined && speakers[s]!.type === 'organization' && at < source.start && fitsReference(speakers[s]!.name, cls.head, lexiconOrgs.has(s)) && !places.has(speakers[s]!.key)) { best = { at, speaker: s }; break; }
    }
    // The last name before it, skipping names of another kind of organisation ("St. Luke’s Hospital" is not "the
    // company") and names inside an organisation's source, which is the candidate above ("NovaGrid Inc. (NASDAQ:
    // NVGD) announced").
    const inSources = orgsInOrgSources();
    let named: OrgMention | undefined;
    for (let o = countEndingBy(orgs, source.start) - 1; o >= 0 && !named; o--) {
      const org = orgs[o]!;
      if (fitsReference(org.name, cls.head, namesOrganization(sentenceTokensAt(org.start).filter((t) => t.start >= org.start && t.end <= org.end))) && !inSources.has(org) && !org.place) named = org;
    }
    if (named && (!best || named.start > best.at)) return keyedSpeaker('organization', named.key, named.name);
    if (best) return best.speaker;
    // In the headline or lead, the organisation the story names next with that word: "Harbour authority rejects
    // claims … The Solent Harbour Authority said".
    const here = paragraphOf(source.start);
    const namedNext = here < LEAD_PARAGRAPHS ? firstMentionAfter(orgs, source.end, here, (org) => org.name.split(' ').pop()!.toLowerCase() === cls.head) : undefined;
    if (namedNext) return keyedSpeaker('organization', namedNext.key, namedNext.name);
    return keyedSpeaker('organization', `ref:${cls.head}`, cls.name);
  }

  /**
   * Organisation names inside the source of an attribution resolved to an organisation: found once, at the first
   * "the company" of pass 2. (Sources resolved later in pass 2 are not in it: owned ones, "its board", whose name opens
   * with the pronoun and so holds no organisation's name, and roles.)
   */
  function orgsInOrgSources(): Set<OrgMention> {
    if (orgNamesInOrgSources) return orgNamesInOrgSources;
    const inside = new Set<OrgMention>();
    found.forEach((f, k) => {
      if (!f.source || speakers[speakerOf[k] ?? -1]?.type !== 'organization') return;
      for (let o = countEndingBy(orgs, f.source.start); o < orgs.length && orgs[o]!.end <= f.source.end; o++) if (orgs[o]!.start >= f.source.start) inside.add(orgs[o]!);
    });
    return (orgNamesInOrgSources = inside);
  }

  function roleSpeaker(cls: Extract<PhraseClass, { type: 'role' }>, source: Span, i: number): number {
    const here = paragraphOf(source.start);
    // A person who already holds this role, or the nearest person the text names with it ("Mayor Bill de Blasio … the mayor said").
    // (Not one described otherwise: "the Florida senator" is not "the Vermont senator".)
    const places = rolePlaces(found[i]!.sourceTokens);
    // "Ana Ruiz … The Florida senator said", "the nominee": an office or description calls back the person the text is
    // about, when nothing the text says of them contradicts it (before the holder of the role: "the candidate" is
    // not the first person the text called one).
    const sourceTokens = found[i]!.sourceTokens;
    // (Not a source inside what someone said: "Brook said the mayor had said" is someone Brook speaks of.)
    const isEpithet = (heads: (head: string) => boolean): boolean => cls.possessor === null && heads(cls.head) && sourceTokens[0]?.lower === 'the' && !found[i]!.nested &&
      // (Not two people: "the senator and the mayor".)
      !sourceTokens.some((t, k) => k > 0 && ARTICLES.has(t.lower) && sourceTokens[k - 1]!.lower === 'and');
    let described = isEpithet((head) => EPITHET_NOUNS.has(head)) ? calledBack(cls, source, i) : null;
    if (described !== null && heldByAnother(described, cls.head, places, source)) described = null;
    if (described !== null) {
      addRole(speakers[described]!, cls.head, places);
      return described;
    }
    const holder = speakers.findIndex((sp) => sp.type === 'person' && holdsRole(sp, cls.head, places));
    if (holder >= 0) {
      addRole(speakers[holder]!, cls.head, places);
      return holder;
    }
    const titled = lastNameBefore(source.start, (n) => n.role === cls.head);
    if (titled) return titledSpeaker(titled, cls, places);
    // "President Joe Biden’s spokeswoman …": a role of someone named is the next named person the text
    // attributes something to, within a few paragraphs (news leads name them next).
    // (Not someone the text gives another role, "The opposition health spokesman, Dr. Kofi Mensah", nor when named
    // again later: "The union's leader, Tom Bell, said … Bell added".)
    const otherRoles = new Set<number>();
    for (let k = i + 1; cls.possessor !== null && k < found.length; k++) {
      const next = found[k]!;
      if (!next.source || paragraphOf(next.source.start) - here > ROLE_REACH) break;
      const s = speakerOf[k];
      const sp = s === null || s === undefined ? undefined : speakers[s];
      if (s !== null && s !== undefined && next.sourceTokens.some((t) => ROLE_NOUNS.has(t.lower) && t.lower !== cls.head)) otherRoles.add(s);
      if (sp && sp.type === 'person' && !otherRoles.has(s!) && genderAgrees(sp.gender, cls.gender) && !isPossessor(sp, cls.possessor)) {
        addRole(sp, cls.head, places);
        sp.gender ??= cls.gender;
        return s!;
      }
    }
    // A headline's or lead's role comes before the name: "Mayor vows to reopen bridge … Mayor Elena Price said".
    const titledNext = cls.possessor === null && here < LEAD_PARAGRAPHS ? firstMentionAfter(names, source.end, here, (n) => n.role === cls.head) : undefined;
    if (titledNext) return titledSpeaker(titledNext, cls, places);
    // "Ana Ruiz spoke first. The Republican said …", "the 45-year-old": a party's member or an age calls back the
    // person a pronoun would, as an office does above.
    const epithet = isEpithet((head) => PARTY_MEMBER_NOUNS.has(head) || AGE_NOUN.test(head));
    let called = epithet ? calledBack(cls, source, i) : null;
    // (With no person to call back, the epithet shows a speaker known by one unknown word just before to be one:
    // "Lindqvist said … The Republican said".)
    const nearest = epithet && called === null ? found.findLastIndex((f, k) => k < i && f.source !== null && !f.nested) : -1;
    const bare = nearest >= 0 && here - paragraphOf(found[nearest]!.source!.start) <= 1 ? speakerOf[nearest] : null;
    if (bare !== null && bare !== undefined && bareNames.has(bare)) {
      makePerson(bare);
      called = bare;
    }
    if (called !== null) {
      addRole(speakers[called]!, cls.head, places);
      return called;
    }
    // Otherwise the role itself is the speaker ("the campaign manager").
    const s = keyedSpeaker('person', `role:${cls.name.toLowerCase()}`, cls.name);
    addRole(speakers[s]!, cls.head, places);
    return s;
  }

  /**
   * The person the text is about just before `source`: the later of the nearest earlier attribution's person and the
   * last name that is a clause's subject (not a name after a verb, "told Ana Ruiz", nor one in what was said), within
   * a pronoun's reach; null when neither agrees with `gender`.
   */
  function salientPerson(gender: Gender, source: Span, i: number): number | null {
    const here = paragraphOf(source.start);
    let best: { at: number; speaker: number } | null = null;
    for (const earlier of earlierSpeakers(source, i)) {
      if (speakers[earlier.speaker]!.type === 'person' && genderAgrees(speakers[earlier.speaker]!.gender, gender)) best = earlier;
      break;
    }
    const quoted = saidAround(i);
    const named = lastNameBefore(source.start, (n) => n.subject && !quoted(n) && genderAgrees(nameGender(n), gender) && !isPlaceName(n), (n) => here - paragraphOf(n.start) > PRONOUN_REACH);
    if (named && (!best || named.start > best.at)) {
      const s = mentionSpeaker(named);
      if (genderAgrees(speakers[s]!.gender, gender)) return s;
    }
    return best?.speaker ?? null;
  }

  /**
   * The named person an epithet ("the senator", "the Republican") calls back: the one a pronoun would, where that is
   * also the person the text is about (salientPerson: else the epithet may tell someone else from them), and nothing
   * the text says of them contradicts the epithet; null for none.
   */
  function calledBack(cls: Extract<PhraseClass, { type: 'role' }>, source: Span, i: number): number | null {
    const subject = salientPerson(cls.gender, source, i);
    if (subject === null) return null;
    const sp = speakers[subject]!;
    // (A person by name, of a sex a given name or pronoun told: not a role speaker, "the moderator", nor words the
    // name finder took for a name, "Kestrel TV".)
    if (sp.type !== 'person' || sp.key.startsWith('role:') || sp.gender === null) return null;
    if (contradictsEpithet(sp, cls.head) || disagreesWithEpithet(sp, cls.head, found[i]!.sourceTokens)) return null;
    // The pronoun's pick last, and its sex kept only if it is the person: a join refused gives no one a sex ("Sen.
    // Zorbel Kettering … The congressman said" leaves Kettering's unknown, for a later "she").
    const sexes = speakers.map((other) => other.gender);
    if (pronounSpeaker(cls.gender === 'female' ? 'she' : cls.gender === 'male' ? 'he' : 'i', source, i) === subject) return subject;
    sexes.forEach((sex, k) => { speakers[k]!.gender = sex; });
    return null;
  }

  /**
   * Whether one other named person holds the office, by a title before `source` or a role resolved ("Mayor Bill Lund said
   * … Ana Ruiz said … The mayor said" is Lund), and the person `s` by nothing the text says. (With two or more others
   * so titled, in a story of four governors, the epithet is the person the text is about.)
   */
  function heldByAnother(s: number, head: string, places: string, source: Span): boolean {
    const sp = speakers[s]!;
    // (An office, not a description: "the nominee" is who the text is about, whoever else it called one.)
    if (!OFFICE_NOUNS.has(head) || holdsRole(sp, head, places) || [...personTraits(sp).offices].some((o) => sameOffice(o, head))) return false;
    const others = new Set<string>();
    for (const t of titledByRole.get(head) ?? []) if (t.at < source.start && t.key !== sp.key) others.add(t.key);
    speakers.forEach((other, k) => {
      // (A named person: not the role itself, "the Philippine lawmaker".)
      if (k !== s && other.type === 'person' && !other.key.startsWith('role:') && holdsRole(other, head, places)) others.add(other.key);
    });
    return others.size === 1;
  }

  /** A name the name finder took from a place's words: "the South Carolina senator" has "South Carolina", "the North Dakota crowd" "North Dakota". */
  function isPlaceName(n: NameMention): boolean {
    return (n.name.includes(' ') && US_STATES.has(n.name.toLowerCase())) || sentenceTokensAt(n.start).every((t) => t.end <= n.start || t.start >= n.end || t.name === 'place');
  }

  /** The person holds, by the text's titles or roles already resolved, another party or age than `head`. */
  function contradictsEpithet(sp: ResolvedSpeaker, head: string): boolean {
    let titled = titleRolesByKey.get(sp.key);
    if (!titled) titleRolesByKey.set(sp.key, (titled = new Set((namesByKey.get(sp.key) ?? []).flatMap((n) => (n.role !== null ? [n.role] : [])))));
    const held = [...sp.roles.keys(), ...titled];
    const other = (kind: (role: string) => boolean): boolean => kind(head) && held.some((r) => kind(r) && r !== head);
    return other((r) => PARTY_MEMBER_NOUNS.has(r)) || other((r) => AGE_NOUN.test(r));
  }

  /**
   * A source opened by a possessive pronoun, "his campaign", "her advisers", "its chairman", is someone's: the
   * speaker the pronoun would be ("he" for "his"), named "<owner>'s campaign". Phrases of one owner are one speaker,
   * and one with the one the text names so ("Lee's campaign", "the Lee campaign"). With no owner, or no named one,
   * the phrase as written.
   */
  function ownedSpeaker(cls: PhraseClass, pronoun: string, a: FoundAttribution, i: number): number | null {
    const owner = ownerOf(pronoun, a.source!, i);
    if (cls.type === 'role') {
      if (owner === null) return roleSpeaker(cls, a.source!, i);
      const name = ownedName(owner, cls.name);
      const key = `role:${name.toLowerCase()}`;
      // (A person the text names with the role, "Spokesman Tom Bell … his spokesman", stays; not the holder of
      // another owner's: "her father" is not "his father".)
      let s = roleSpeaker({ ...cls, name }, a.source!, i);
      if (!speakers[s]!.key.startsWith('role:')) return s;
      if (speakers[s]!.key !== key) {
        s = speakers.findIndex((sp) => sp.type === 'person' && sp.key === key);
        if (s < 0) s = addSpeaker({ name, type: 'person', gender: null, key, first: null, roles: new Map(), mentions: [] });
        addRole(speakers[s]!, cls.head, rolePlaces(a.sourceTokens));
      }
      // (Of the role's sex, "his mother": a later "he" is not she.)
      speakers[s]!.gender ??= cls.gender;
      return s;
    }
    if (cls.type !== 'organization' && cls.type !== 'anonymous' && cls.type !== 'unknown') return null;
    const gender = cls.type === 'anonymous' ? cls.gender : null;
    let s: number;
    if (owner === null) s = keyedSpeaker(cls.type, cls.key, cls.name, gender);
    else {
      // One speaker per owner and phrase: Bill and Hillary Clinton's advisers are two.
      // (An unknown phrase's key has the pronoun: "his claims".)
      const own = cls.key.split(' ');
      const phrase = (own[0]! in OWNER_OF_POSSESSIVE ? own.slice(1) : own).join(' ');
      const ownerIndex = speakers.indexOf(owner);
      const byOwner = `${ownerIndex} ${cls.type} ${phrase}`;
      s = ownedSpeakers.get(byOwner) ?? -1;
      if (s < 0) {
        // The one the text names by the owner's last word, as "Lee's campaign" and "the Lee campaign" are, when no
        // one else has that word ("the campaign" may be another's): not another owner's.
        const last = owner.key.split(' ').pop()!;
        const key = `${last} ${phrase}`;
        const shared = speakers.findIndex((sp) => sp.type === cls.type && sp.key === key);
        s = shared >= 0 && !ownerOfOwned.has(shared) && !lastWordShared(owner, last) ? shared : -1;
        if (s < 0) s = addSpeaker({ name: ownedName(owner, cls.name), type: cls.type, gender, key: shared >= 0 ? `${owner.name.toLowerCase()} ${phrase}` : key, first: null, roles: new Map(), mentions: [] });
        ownedSpeakers.set(byOwner, s);
        ownerOfOwned.set(s, ownerIndex);
      }
    }
    if (speakers[s]!.type === 'organization') {
      namedOrgs.add(s);
      if (namesOrganization(a.sourceTokens)) lexiconOrgs.add(s);
    }
    return s;
  }

  /** Whether another person or organisation in the text has the owner's last word: "Hillary Clinton" for Bill's, "Eastline Rail" for Westline's. */
  function lastWordShared(owner: ResolvedSpeaker, last: string): boolean {
    if (owner.type === 'person') return (fullNamesByKey.get(owner.key) ?? []).some((n) => !compatibleFirst(owner.first, n.first));
    return orgs.some((o) => o.key !== owner.key && o.key.split(' ').pop() === last);
  }

  /** The named person or organisation a possessive's pronoun (`pronoun`: "he" for "his") refers to, or null. */
  function ownerOf(pronoun: string, source: Span, i: number): ResolvedSpeaker | null {
    // (The sexes known before: the pronoun gives its own to a person of unknown sex.)
    const sexes = speakers.map((sp) => sp.gender);
    const s = pronounSpeaker(pronoun, source, i);
    const sp = s === null ? undefined : speakers[s];
    if (!sp) return null;
    // A person of the pronoun's sex by a given name or by what the text said before, one who has spoken, or one by a
    // surname alone ("Lee"): not a name of unknown sex the pronoun reaches for want of a better one ("South Carolina").
    if (sp.type === 'person') {
      const known = sexes[s!] != null || sureGivenNameSex(sp.first) === sp.gender || (sp.first === null && SURNAME_SHAPE.test(sp.name)) || speakerOf.slice(0, i).includes(s);
      // (Nor a plural the name finder took for a name: "Fact-checkers".)
      return known && !sp.key.startsWith('role:') && !/-\p{Ll}/u.test(sp.name) ? sp : null;
    }
    // (An organisation by a name, not by a common noun: "The administration", "the campaign", "his campaign".)
    const name = sp.name.replace(/^the\s+/i, '');
    return sp.type === 'organization' && /^\p{Lu}/u.test(name) && !(name.split(' ')[0]!.toLowerCase() in OWNER_OF_POSSESSIVE) ? sp : null;
  }

  /**
   * What the epithet's words say against the person's names in the text: another office ("the governor" for "Sen.
   * Ruiz … Ruiz"), another place ("the Florida senator" for "Ohio Gov. Lee"), another party ("the Democratic nominee"
   * for "Republican Ana Ruiz" or "Ruiz (R-Fla.)"). (Not an office the text gives someone else: in a story of four
   * governors, "Gov. Lee … Ruiz said. The governor added" is Ruiz.)
   */
  function disagreesWithEpithet(sp: ResolvedSpeaker, head: string, tokens: Token[]): boolean {
    const said = officeTraits(tokens, 0, tokens.length);
    const office = OFFICE_NOUNS.has(head) ? said.offices[0] ?? head : null;
    const held = personTraits(sp);
    if (office !== null && held.offices.size > 0 && ![...held.offices].some((o) => sameOffice(o, office))) return true;
    if (said.places.size > 0 && held.places.size > 0 && ![...said.places].some((p) => held.places.has(p))) return true;
    return said.parties.size > 0 && held.parties.size > 0 && ![...said.parties].some((p) => held.parties.has(p));
  }

  /** The offices, places and parties the text gives a person with their names (titles before, a party tag after, an apposition) and the roles it resolved to them. */
  function personTraits(sp: ResolvedSpeaker): Traits {
    const named = traitsOfNames(sp.key, sp.first);
    const all: Traits = { offices: new Set(named.offices), places: new Set(named.places), parties: new Set(named.parties) };
    for (const [role, places] of sp.roles) {
      if (OFFICE_NOUNS.has(role)) all.offices.add(role);
      if (PARTY_WORDS[role] !== undefined) all.parties.add(PARTY_WORDS[role]!);
      for (const p of places) for (const w of p.split(' ')) if (w) all.places.add(w);
    }
    return all;
  }

  /** The traits of all the names with the surname key and a first name compatible with `first` (found once for both). */
  function traitsOfNames(key: string, first: string | null): Traits {
    const memoKey = `${key}\u0000${first === null ? '' : `=${first.toLowerCase()}`}`;
    const known = namedTraits.get(memoKey);
    if (known) return known;
    const all: Traits = { offices: new Set(), places: new Set(), parties: new Set() };
    for (const n of namesByKey.get(key) ?? []) {
      if (!compatibleFirst(first, n.first)) continue;
      const one = mentionTraits(n);
      for (const k of ['offices', 'places', 'parties'] as const) for (const v of one[k]) all[k].add(v);
    }
    namedTraits.set(memoKey, all);
    return all;
  }

  /** The traits one name mention gives: "Florida Sen. Ana Ruiz", "former Gov. Lee", "Ruiz (R-Fla.)", "Ruiz, the governor,". */
  function mentionTraits(n: NameMention): Traits {
    const tokens = sentenceTokensAt(n.start);
    const at = tokens.findIndex((t) => t.start >= n.start);
    if (at < 0) return { offices: new Set(), places: new Set(), parties: new Set() };
    let from = at;
    while (from > 0 && tokens[from - 1]!.cap && (TITLES.has(withoutDot(tokens[from - 1]!.lower)) || tokens[from - 1]!.name === 'place' || PARTY_WORDS[tokens[from - 1]!.lower] !== undefined || OFFICE_QUALIFIERS.has(tokens[from - 1]!.lower))) from--;
    // (A lower-case "former" before a title: "former Sen. Lee".)
    if (from > 0 && OFFICE_QUALIFIERS.has(tokens[from - 1]!.lower)) from--;
    const traits = officeTraits(tokens, from, at);
    if (n.role !== null && OFFICE_NOUNS.has(n.role) && from === at) traits.offices.push(n.role);
    const end = tokens.findIndex((t) => t.start >= n.end);
    const tag = end >= 0 && (tokens[end]!.text === '(' || tokens[end]!.text === ',') ? tokens[end + 1] : undefined;
    if (tag && PARTY_TAG.test(tag.text)) traits.parties.add(tag.text[0]!);
    return { offices: new Set(traits.offices), places: traits.places, parties: traits.parties };
  }

  /** The person speaker of a name mentioned in the text. */
  function mentionSpeaker(n: NameMention, gender: Gender = n.gender): number {
    return personSpeaker(phraseClass({ type: 'person', name: n.name, first: n.first, last: n.last, gender }));
  }

  /** The person a name with the role's title names ("Mayor Elena Price" for "the mayor"), now holding that role. */
  function titledSpeaker(titled: NameMention, cls: Extract<PhraseClass, { type: 'role' }>, places: string): number {
    const s = mentionSpeaker(titled, titled.gender ?? cls.gender);
    addRole(speakers[s]!, cls.head, places);
    return s;
  }

  /** Whether the person is the one whose role it is: "Biden" in "Joe Biden’s spokeswoman", "Minister Ana Li" in "the minister’s". */
  function isPossessor(sp: ResolvedSpeaker, possessor: string): boolean {
    const head = possessor.toLowerCase().split(/\s+/).pop() ?? '';
    return possessor.includes(sp.name) || names.some((n) => n.role === head && nameKey(n.last) === sp.key);
  }

  /**
   * The speakers of the attributions before the `i`th, nearest first, within a pronoun's reach of `source` (not one
   * nested in another's content, nor one without a speaker), with where their source starts.
   */
  function earlierSpeakers(source: Span, i: number): { at: number; speaker: number }[] {
    // (An array, not a generator: with a generator the peak memory of a run over 840 articles was 50 MB higher.)
    const here = paragraphOf(source.start);
    const earlier: { at: number; speaker: number }[] = [];
    for (let k = i - 1; k >= 0 && i - k <= PRONOUN_LOOKBACK; k--) {
      const prev = found[k]!;
      if (!prev.source || prev.nested) continue;
      if (here - paragraphOf(prev.source.start) > PRONOUN_REACH) break;
      const s = speakerOf[k];
      if (s !== null && s !== undefined) earlier.push({ at: prev.source.start, speaker: s });
    }
    return earlier;
  }

  /** Whether a name is inside what the `i`th attribution or those just before it said. */
  function saidAround(i: number): (n: NameMention) => boolean {
    const said = found.slice(Math.max(0, i - PRONOUN_LOOKBACK), i + 1).flatMap((f) => f.content);
    return (n) => said.some((c) => c.start <= n.start && n.end <= c.end);
  }

  /**
   * A pronoun refers to the nearest compatible earlier candidate: the source of
   * an earlier attribution (not one nested in another's content) or a person
   * named in the text ("City captain Lewis Hart … He said:").
   */
  function pronounSpeaker(word: string, source: Span, i: number): number | null {
    const here = paragraphOf(source.start);
    const wantPerson = word === 'he' || word === 'she' || word === 'i';
    const wantGender: Gender = word === 'he' ? 'male' : word === 'she' ? 'female' : null;
    const fits = (sp: ResolvedSpeaker): boolean =>
      // An unnamed source with a gendered role ("a spokeswoman for the utility") is a person too.
      wantPerson ? (sp.type === 'person' || (sp.type === 'anonymous' && sp.gender !== null)) && genderAgrees(sp.gender, wantGender) : word === 'it' ? sp.type === 'organization' : word === 'they' ? sp.type !== 'person' : true;
    let best: { at: number; speaker: number } | null = null;
    /** The speaker of the nearest earlier attribution, whatever its type. */
    let nearest: number | null = null;
    for (const earlier of earlierSpeakers(source, i)) {
      nearest ??= earlier.speaker;
      if (fits(speakers[earlier.speaker]!)) { best = earlier; break; }
    }
    if (wantPerson) {
      // (Not a name inside what the pronoun's speaker says, “Smith is my friend,” he said, nor inside what the
      // speakers just before said: "Ames said Cole was wrong. He added …" is Ames.)
      const quoted = saidAround(i);
      const fitsName = (n: NameMention): boolean => genderAgrees(nameGender(n), wantGender) && !quoted(n) && !isPlaceName(n);
      let named = lastNameBefore(source.start, fitsName, (n) => here - paragraphOf(n.start) > PRONOUN_REACH);
      // A subject pronoun goes on with the subject of a sentence before, not with a name after its verb: "Lee met
      // Ortiz on Monday. He said …" is Lee, as is the source of an attribution in that sentence (a subject too).
      const sentence = named ? sentenceOf(named.start) : -1;
      if (named && !named.subject && sentence < sentenceOf(source.start)) {
        if (best && sentenceOf(best.at) === sentence) named = undefined;
        else named = lastNameBefore(named.start, (n) => n.subject && fitsName(n), (n) => sentenceOf(n.start) !== sentence) ?? named;
      }
      // The name as the pronoun's speaker, when it fits.
      const takeName = (n: NameMention): void => {
        const s = mentionSpeaker(n);
        if (fits(speakers[s]!)) best = { at: n.start, speaker: s };
      };
      if (named && (!best || named.start > best.at)) takeName(named);
      // "Back when he wrote his book, Mr. Hale said …": a pronoun in a fronted adverbial clause refers ahead, to the
      // subject of the main clause after it, when that is a name that agrees.
      const clauseEnd = frontedClauseEnd(source.start);
      const ahead = clauseEnd >= 0 ? names[countEndingBy(names, clauseEnd)] : undefined;
      const mainSubject = ahead !== undefined && ahead.subject && sentenceOf(ahead.start) === sentenceOf(source.start) && fitsName(ahead) ? ahead : undefined;
      if (mainSubject) takeName(mainSubject);
    }
    // "Okafor said … He added": with no person to refer to, a "he" or "she" after a speaker known by one unknown
    // word shows the word to be a surname.
    if (!best && wantGender && nearest !== null && bareNames.has(nearest)) {
      makePerson(nearest);
      best = { at: source.start, speaker: nearest };
    }
    if (!best) return null;
    if (wantGender) speakers[best.speaker]!.gender ??= wantGender;
    return best.speaker;
  }
}

/** Speaker types of a phrase that a possessive pronoun before it makes someone's: "his campaign", "her advisers", "his father", "his claims". */
const OWNED_TYPES = new Set<PhraseClass['type']>(['organization', 'anonymous', 'role', 'unknown']);
/** The possessive pronouns that make a source someone's, with the pronoun that refers as they do (not "my" or "our": the speaker's own, whom what is said names). */
const OWNER_OF_POSSESSIVE: Record<string, string> = wordTable(Object.fromEntries(Object.entries(OWNER_PRONOUNS).filter(([, pronoun]) => pronoun !== 'i' && pronoun !== 'we')));

/**
 * The pronoun whose referent owns the source, for one opened by a possessive pronoun ("his" in "his campaign" → "he");
 * null for any other (and "her" as an object, before an article).
 */
function ownerPronoun(a: FoundAttribution, cls: PhraseClass): string | null {
  const [first, next] = a.sourceTokens;
  if (!first || !next || !OWNED_TYPES.has(cls.type) || next.pos === 'det' || next.pos === 'punct') return null;
  // (Only a phrase named by its possessive: "Its parent company, Harbor Holdings Inc., said" is Harbor Holdings Inc.)
  if (!('name' in cls) || cls.name.split(' ')[0]!.toLowerCase() !== first.lower) return null;
  return OWNER_OF_POSSESSIVE[first.lower] ?? null;
}

/** A surname alone: "Lee", "Ruiz-Ortega". */
const SURNAME_SHAPE = /^\p{Lu}\S*$/u;

/** The phrase with its owner's name for the possessive pronoun: "Ana Ruiz's advisers", "Tom Sanders' campaign". */
function ownedName(owner: ResolvedSpeaker, phrase: string): string {
  return `${owner.name}${owner.name.endsWith('s') ? '\'' : '\'s'} ${phrase.replace(/^\S+\s+/, '')}`;
}

/**
 * The places a role's phrase names it by ("Vermont" in "the Vermont senator", "Texas" in "the senator from Texas"),
 * which tell two holders of it apart (not an owner's: "the state's governor").
 */
function rolePlaces(tokens: Token[]): string {
  return tokens.filter((t, k) => t.name === 'place' && tokens[k + 1]?.pos !== 'poss').map((t) => t.lower).join(' ');
}

/** What a text says a person is: offices ("former secretary"), the words of places ("florida"), parties by initial ("R"). */
interface Traits { offices: Set<string>; places: Set<string>; parties: Set<string> }

/**
 * The offices, places and parties in tokens[from, to) (a title before a name, an epithet): "former Florida Gov." is
 * the office "former governor", the place "florida"; "Vice President" the office "vice president".
 */
function officeTraits(tokens: Token[], from: number, to: number): { offices: string[]; places: Set<string>; parties: Set<string> } {
  const offices: string[] = [];
  const places = new Set<string>();
  const parties = new Set<string>();
  let qualifier = '';
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const w = withoutDot(t.lower);
    const role = TITLE_ROLES[w] ?? w;
    // ('vice' makes another office, "vice president"; every other qualifier one no longer held, "former".)
    if (OFFICE_QUALIFIERS.has(w)) qualifier = w === 'vice' ? 'vice' : qualifier || 'former';
    else if (OFFICE_NOUNS.has(role) && !offices.length) offices.push(qualifier ? `${qualifier} ${role}` : role);
    if (t.name === 'place' && tokens[k + 1]?.pos !== 'poss') for (const p of t.lower.split(/\s+/)) places.add(p);
    if (PARTY_WORDS[t.lower] !== undefined) parties.add(PARTY_WORDS[t.lower]!);
  }
  return { offices, places, parties };
}

/** Two offices are one whether or not held formerly ("former governor", "governor"); a vice president is no president. */
function sameOffice(a: string, b: string): boolean {
  const base = (o: string): string => o.replace(/^former /, '');
  return base(a) === base(b);
}

/** The speaker now holds the role `head`, named with `places` (rolePlaces; "" when none is named). */
function addRole(sp: ResolvedSpeaker, head: string, places: string): void {
  const held = sp.roles.get(head) ?? new Set();
  held.add(places);
  sp.roles.set(head, held);
}

/** The speaker holds the role, and in no other place: "the Florida senator" is not "the Vermont senator". */
function holdsRole(sp: ResolvedSpeaker, head: string, places: string): boolean {
  const held = sp.roles.get(head);
  return held !== undefined && (places === '' || [...held].every((p) => p === '' || p === places));
}

/**
 * Whether "the <head>" may refer to the organisation by this name: not one of another kind ("the harbor authority" is
 * no union); its name shows the kind, by the word itself ("Lagos City Council" for "the council") or a word of the kind
 * (ORG_KIND_WORDS: "Acme Systems" for "the company"), or it is a news outlet and the word one for those ("the
 * newspaper"); or, for a company (COMPANY_REFERENCES), the lexicon knows the name as an organisation's (`known`:
 * "Boeing said … The company said" is Boeing; an unknown word may be a surname, "United States" is no company).
 */
function fitsReference(name: string, head: string, known: boolean): boolean {
  if (otherDescriptor(name, head)) return false;
  if (known && COMPANY_REFERENCES.has(head)) return true;
  const lower = name.toLowerCase();
  const words = lower.replace(/[’']s\b/g, '').split(/[\s\-]+/);
  if (words.includes(head)) return true;
  if (NEWS_DESCRIPTORS.has(head) && (NEWS_NAME_WORDS.has(words[words.length - 1]!) || NEWS_OUTLETS.has(lower.replace(/^the /, '')) || NEWS_OUTLETS.has(lower))) return true;
  const kind = ORG_KIND_WORDS[head];
  return kind !== undefined && words.some((w) => kind.has(w));
}

/** Whether the lexicon knows a word of the name as an organisation's ("Boeing", "Exxon Mobil"; not "Americans", "Capitol Hill"). */
function namesOrganization(tokens: Token[]): boolean {
  return tokens.some((t) => t.name === 'org');
}

/** The organisation's own last word names a different kind of organisation than the reference does. */
function otherDescriptor(name: string, head: string): boolean {
  const word = name.split(' ').pop() ?? '';
  const last = word.toLowerCase();
  if (ORG_DESCRIPTORS.has(last)) return last !== head;
  // A news outlet ("The Harbor Herald reported …") is no "agency" or "company"; only "the newspaper", "the network" ….
  if (NEWS_NAME_WORDS.has(last) || NEWS_OUTLETS.has(name.toLowerCase())) return !NEWS_DESCRIPTORS.has(head);
  // A plural group in common nouns ("Local unions", "Fishermen's groups") is a kind of organisation too, and never
  // the one a singular "the council" or "the union" names. (Not a name: "SkyBridge Airlines" is "the company".)
  if (/^\p{Lu}/u.test(word) || !last.endsWith('s')) return false;
  return ORG_DESCRIPTORS.has(last.endsWith('ies') ? `${last.slice(0, -3)}y` : last.slice(0, -1));
}

/** Whether a person by this given name is surely not of sex `gender` (sureGivenNameSex). */
function surelyOtherSex(given: string | null, gender: Gender): boolean {
  const sex = sureGivenNameSex(given);
  return sex !== null && gender !== null && sex !== gender;
}

/** Names compare case- and apostrophe-insensitively ("O’Neill" = "O'Neill"). */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/’/g, '\'');
}

function compatibleFirst(a: string | null, b: string | null): boolean {
  return a === null || b === null || a.toLowerCase() === b.toLowerCase();
}

function genderAgrees(a: Gender, b: Gender): boolean {
  return a === null || b === null || a === b;
}

/**
 * A mention not overlapping one the speaker has. Mentions are kept in order of start (stable: equal starts in the
 * order added), so that the check looks back from where the new one goes, not at them all (that was quadratic in
 * a speaker's mentions). Non-empty mentions do not overlap, so their ends ascend too: the first non-empty one
 * ending by the new start ends the look back.
 */
function addMention(sp: ResolvedSpeaker, span: Span): void {
  const { mentions } = sp;
  const lo = countStartingBy(mentions, span.start);
  // After: mentions starting later; the first of them that starts before the new end overlaps it.
  for (let k = lo; k < mentions.length && mentions[k]!.start < span.end; k++) if (span.start < mentions[k]!.end) return;
  for (let k = lo - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (span.start < m.end && m.start < span.end) return;
    if (m.start < m.end && m.end <= span.start) break;
  }
  mentions.splice(lo, 0, { start: span.start, end: span.end });
}
