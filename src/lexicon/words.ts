/**
 * Word lists the pipeline's rules consult. Data only: the rules that use them
 * live in the pipeline stages. All entries are lowercase.
 */
import { wordTable } from './word-table.js';

/** Pronouns that can name a source, with what they can refer to. */
export const PRONOUNS: Record<string, { gender: 'male' | 'female' | 'neuter' | 'any'; plural: boolean }> = wordTable({
  he: { gender: 'male', plural: false },
  she: { gender: 'female', plural: false },
  it: { gender: 'neuter', plural: false },
  they: { gender: 'any', plural: true },
  we: { gender: 'any', plural: true },
  i: { gender: 'any', plural: false },
  you: { gender: 'any', plural: false },
});

/** Pronouns that are subjects or objects alike ("it shows" / "called it lies", "you say" / "told you"). */
export const OBJECT_OR_SUBJECT_PRONOUNS = new Set(['it', 'you']);

/** Words whose ’s is "is" or "has", not a possessive ("he’s", "that’s", "there’s"). */
export const CONTRACTING_PRONOUNS = new Set([
  'he', 'she', 'it', 'that', 'there', 'here', 'what', 'who', 'where', 'how', 'this', 'everyone', 'nobody', 'someone',
  'something', 'everything', 'nothing',
]);

/** The auxiliary of the perfect ("has rejected"). */
export const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had', 'having']);
/** Auxiliaries in the past tense (what a series of verb phrases after them goes on in). */
export const PAST_AUXILIARIES = new Set(['was', 'were', 'did']);
/** Auxiliaries in the present tense (likewise). */
export const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', 'does', 'do']);

/** Pronouns in the object case only, which may end a clause but never a subject. */
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);

/** Object and possessive pronoun forms, which never start a subject. */
export const NON_SUBJECT_PRONOUNS = new Set([...OBJECT_PRONOUNS, 'his', 'its', 'their', 'our', 'my', 'your']);

/** Words between a subject and its reporting verb: auxiliaries, modals, negation, adverbs of time and manner. */
export const VERB_MODIFIERS = new Set([
  'has', 'have', 'had', 'having', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'shall', 'should',
  'can', 'cannot', 'could', 'may', 'might', 'must', 'did', 'does', 'do', 'not', "n't", 'ca', 'wo', 'sha', 'never', 'also', 'later', 'then', 'again',
  'repeatedly', 'publicly', 'privately', 'previously', 'recently', 'earlier', 'once', 'often', 'already', 'still', 'even',
  'just', 'first', 'further', 'separately', 'reportedly', 'allegedly', 'apparently', 'initially', 'subsequently',
  'openly', 'falsely', 'flatly', 'angrily', 'quickly', 'finally', 'eventually', 'simply', 'only', 'always', 'now',
  'explicitly', 'clearly', 'strongly', 'firmly', 'vehemently', 'sharply', 'frequently', 'long', 'famously', 'notably',
  'herself', 'himself', 'themselves', 'itself', 'too', 'both', 'all', 'each', 'ever', 'yet', 'since',
  // Contracted auxiliaries, as the tokenizer splits them ("they’re endorsing", "who’ve announced"). (Not "’d", "’ll",
  // "’m": "you’d expect", "you’ll find", "I’m thrilled to …" are mostly the writer's idiom; measured.)
  "'re", '’re', "'ve", '’ve',
]);
// ("since" is also a time preposition, an object stop and an adverbial subordinator below: between a subject and its
// verb, "have since said", only this reading fits; the others are read after a cue.)

/** Endings of plural nouns for people ("prosecutors", "passengers", "analysts", "residents", "activists"). */
export const PLURAL_PEOPLE_NOUN = /(?:ers|ors|ists|ants|ents|ians|ives)$/;

/**
 * Endings of common nouns that names seldom have ("Criticism", "Opposition", "Unemployment"): a capitalised word the
 * lexicon does not know, opening a sentence, is a common noun when it ends so. (Not the plurals for people, which
 * surnames share, "Vickers", "Myers": PLURAL_PEOPLE_NOUN reads those before a verb.)
 */
export const COMMON_NOUN_ENDING = /(?:ism|tion|sion|ment|ness|ity|ship|ence)s?$/;

/** Suffixes after a surname ("Martin Luther King Jr."): part of the name, but not the surname. */
export const NAME_SUFFIXES = new Set([
  'jr', 'sr', 'ii', 'iii', 'iv',
  // Honours and post-nominal letters ("Nigel Ashworth KC", "Dame Ann Lee DBE").
  'kc', 'qc', 'mp', 'msp', 'mep', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'phd', 'esq',
]);

/** A party and state tag after a legislator's name ("Sen. Ella Hart, D-Ore."): not a name. */
export const PARTY_TAG = /^[DRI]-[A-Z]/;

/** The role noun an abbreviated title stands for, so that "Sen. Chuck Grassley … The senator said" is one person. */
export const TITLE_ROLES: Readonly<Record<string, string>> = wordTable({
  sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', dr: 'doctor', prof: 'professor', col: 'colonel',
  lt: 'lieutenant', sgt: 'sergeant', capt: 'captain', adm: 'admiral', rev: 'reverend', atty: 'attorney', supt: 'superintendent',
  cmdr: 'commander', maj: 'major', del: 'delegate', sec: 'secretary', pres: 'president',
});

/** Titles and honorifics that precede a person's name and are not part of the name. */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor',
  'gen', 'general', 'col', 'colonel', 'lt', 'sgt', 'capt', 'captain', 'adm', 'admiral', 'president', 'vice', 'prime',
  'minister', 'secretary', 'chancellor', 'mayor', 'judge', 'justice', 'speaker', 'leader', 'chairman', 'chairwoman',
  'chair', 'director', 'ambassador', 'attorney', 'sheriff', 'chief', 'commissioner', 'rev', 'reverend', 'father',
  'pope', 'king', 'queen', 'prince', 'princess', 'sir', 'lord', 'lady', 'dame', 'candidate', 'nominee', 'spokesman',
  'spokeswoman', 'spokesperson', 'press', 'deputy', 'former', 'acting', 'state', 'foreign', 'defense', 'defence',
  'treasury', 'interior', 'health', 'house', 'senate', 'majority', 'minority', 'democratic', 'republican', 'gop',
  'campaign', 'manager', 'adviser', 'advisor', 'strategist', 'pollster', 'counsel', 'ceo', 'founder', 'host', 'anchor',
  'correspondent', 'editor', 'analyst', 'professor', 'economist', 'historian', 'sens', 'reps', 'govs', 'presidential',
  'running', 'mate', 'first', 'u.s', 'us', 'federal', 'district', 'lawmaker', 'congressman', 'congresswoman', 'del',
  'assemblyman', 'assemblywoman', 'councilman', 'councilwoman', 'councillor', 'councilor', 'alderman', 'alderwoman', 'officer', 'agent', 'trooper', 'detective', 'coach',
  'executive', 'vp', 'emeritus', 'elect', 'general', 'surgeon', 'white', 'national', 'security', 'of', 'engineer',
  'nurse', 'guard', 'referee', 'umpire', 'pilot', 'head',
  // Every abbreviated title whose role is known (TITLE_ROLES).
  ...Object.keys(TITLE_ROLES),
]);

/** Nouns for people by role; a source made of one ("the spokeswoman") is a person, resolved through the text. */
export const ROLE_NOUNS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'president', 'senator', 'governor', 'minister', 'secretary', 'mayor',
  'presenter', 'moderator', 'interviewer', 'caller', 'correspondent', 'narrator', 'panelist', 'guest',
  'chairman', 'chairwoman', 'director', 'ambassador', 'candidate', 'nominee', 'leader', 'aide', 'adviser', 'advisor',
  'strategist', 'manager', 'pollster', 'lawyer', 'attorney', 'judge', 'prosecutor', 'congressman', 'congresswoman',
  'lawmaker', 'representative', 'speaker', 'chief', 'ceo', 'founder', 'professor', 'economist', 'analyst', 'expert',
  'historian', 'author', 'writer', 'reporter', 'columnist', 'editor', 'host', 'anchor', 'commentator', 'chancellor',
  'premier', 'king', 'queen', 'pope', 'diplomat', 'envoy', 'general', 'commander', 'officer', 'sheriff', 'chair',
  'surrogate', 'operative', 'consultant', 'campaign', 'nominee', 'mate', 'businessman', 'businesswoman', 'billionaire',
  'mogul', 'star', 'rival', 'opponent', 'challenger', 'incumbent', 'counsel', 'father', 'mother', 'wife', 'husband',
  'daughter', 'son', 'friend', 'man', 'woman', 'voter', 'supporter', 'critic', 'official', 'resident', 'owner',
  'student', 'worker', 'veteran', 'activist', 'organizer', 'scientist', 'researcher', 'doctor', 'physician',
  'strategist', 'staffer', 'insider', 'donor', 'delegate', 'member', 'head', 'boss', 'executive', 'president-elect',
  'republican', 'democrat', 'conservative', 'liberal', 'progressive', 'independent', 'libertarian', 'coach', 'engineer',
  'nurse', 'guard', 'referee', 'pilot', 'teacher', 'principal', 'chef', 'farmer', 'driver', 'firefighter', 'paramedic',
  'actor', 'actress', 'singer', 'comedian', 'musician', 'athlete', 'prince', 'princess', 'justice', 'front-runner',
  'frontrunner', 'surgeon', 'neurosurgeon', 'entrepreneur', 'investor', 'pastor', 'priest', 'bishop', 'rabbi', 'imam',
]);

/** A party's member in the singular ("the Republican"): one of another party is someone else. (Not "independent": "the Independent" is a newspaper too.) */
export const PARTY_MEMBER_NOUNS = new Set(['republican', 'democrat', 'libertarian']);

/** An age as a noun, "the 45-year-old": a person named before, by their age. */
export const AGE_NOUN = /^\d+-year-old$/;

/**
 * Nouns by which news calls back a person it has named ("Ana Ruiz … The senator said", "the billionaire", "the
 * nominee"): an office or a description of the person, not a relation to someone else ("the spokesman", "the aide",
 * "the lawyer" are another person). (Not "the president": in news of a campaign, the sitting one the text may not
 * name, or one it titles so; see roleSpeaker. Nor "the front-runner", whom news names as one of the others trailing.)
 */
export const EPITHET_NOUNS = new Set([
  'senator', 'governor', 'mayor', 'secretary', 'congressman', 'congresswoman', 'lawmaker', 'candidate',
  'nominee', 'businessman', 'businesswoman', 'billionaire', 'mogul', 'tycoon',
  'incumbent', 'challenger', 'president-elect', 'neurosurgeon', 'chancellor', 'premier', 'minister',
]);

/** Offices, of which a title or apposition says which one a person holds: "the governor" is not "Sen. Ruiz". */
export const OFFICE_NOUNS = new Set([
  'president', 'senator', 'governor', 'mayor', 'secretary', 'congressman', 'congresswoman', 'representative',
  'chancellor', 'premier', 'minister', 'speaker', 'judge', 'justice', 'sheriff', 'ambassador', 'president-elect',
]);

/** Words before an office that make it another one, or one no longer held: "Vice President Ana Ruiz", "former Gov. Lee". */
export const OFFICE_QUALIFIERS = new Set(['vice', 'former', 'ex', 'late']);

/** The party a word names ("the Republican nominee", "GOP Sen. Ruiz", "a Democrat"), by its initial in a party tag ("R-Fla."). */
export const PARTY_WORDS: Readonly<Record<string, string>> = wordTable({
  republican: 'R', republicans: 'R', gop: 'R', democrat: 'D', democratic: 'D', democrats: 'D', libertarian: 'L',
});

/** Gendered role nouns: what "she"/"he" may later refer to. */
export const GENDERED_NOUNS: Record<string, 'male' | 'female'> = wordTable({
  spokesman: 'male', spokeswoman: 'female', chairman: 'male', chairwoman: 'female', congressman: 'male',
  congresswoman: 'female', businessman: 'male', businesswoman: 'female', wife: 'female', husband: 'male',
  daughter: 'female', son: 'male', father: 'male', mother: 'female', man: 'male', woman: 'female', king: 'male',
  queen: 'female', mr: 'male', mrs: 'female', ms: 'female', miss: 'female', sir: 'male', lady: 'female',
  assemblyman: 'male', assemblywoman: 'female', councilman: 'male', councilwoman: 'female', prince: 'male',
  princess: 'female',
});

/** A company's legal form, written after its name and a comma ("Acme Robotics, Inc."): part of the name. */
export const COMPANY_SUFFIXES = new Set(['inc', 'inc.', 'ltd', 'ltd.', 'llc', 'corp', 'corp.', 'co.', 'plc', 'gmbh', 'ag', 's.a.', 'n.v.', 'l.p.', 'llp']);

/** Last words of organisation names ("Foreign Ministry", "Justice Department"). */
export const ORG_HEADS = new Set([
  'ministry', 'kremlin', 'department', 'party', 'council', 'police', 'government', 'administration', 'agency',
  'office', 'committee', 'commission', 'court', 'congress', 'senate', 'parliament', 'assembly', 'army', 'military',
  'navy', 'forces', 'service', 'bureau', 'board', 'union', 'association', 'organization', 'organisation', 'institute',
  'foundation', 'campaign', 'company', 'corporation', 'corp', 'inc', 'group', 'bank', 'university', 'college',
  'school', 'network', 'news', 'times', 'post', 'journal', 'press', 'media', 'center', 'centre', 'fund', 'coalition',
  'gazette', 'herald', 'tribune', 'telegraph', 'chronicle', 'courier', 'observer', 'guardian', 'examiner', 'inquirer', 'magazine',
  'alliance', 'federation', 'league', 'cabinet', 'embassy', 'house', 'pentagon', 'fbi', 'cia', 'nsa', 'un', 'nato',
  'eu', 'gop', 'dnc', 'rnc', 'cnn', 'fox', 'nbc', 'cbs', 'abc', 'msnbc', 'reuters', 'ap', 'bloomberg', 'politico',
  'team', 'staff', 'spokesperson', 'state', 'states', 'republicans', 'democrats', 'officials', 'airlines', 'airline', 'command', 'corps',
  'airways', 'foods', 'holdings', 'partners', 'motors', 'systems', 'technologies', 'pharmaceuticals', 'biotech',
  'semiconductor', 'semiconductors', 'energy', 'capital', 'labs', 'industries', 'enterprises', 'ventures', 'solutions',
  'services', 'hospital', 'railways', 'rail', 'telecom', 'insurance', 'securities', 'investments', 'trust', 'club',
  'authority', 'assembly', 'tribunal', 'police', 'museum', 'robotics', 'electronics', 'logistics', 'software', 'networks',
  'communications', 'therapeutics', 'resources', 'studios', 'entertainment', 'convention', 'library', 'church',
  'diocese', 'archdiocese', 'mosque', 'synagogue', 'caucus',
]);

/** Organisations known by a bare name, the way news text uses them as sources. */
export const KNOWN_ORGS = new Set([
  'white house', 'kremlin', 'pentagon', 'state department', 'justice department', 'congress', 'senate', 'fbi', 'cia',
  'nsa', 'un', 'united nations', 'nato', 'eu', 'european union', 'gop', 'dnc', 'rnc', 'cnn', 'fox news', 'nbc', 'cbs',
  'abc', 'msnbc', 'reuters', 'associated press', 'ap', 'bloomberg', 'politico', 'the new york times', 'new york times',
  'washington post', 'wall street journal', 'supreme court', 'downing street', 'elysee', 'beijing', 'moscow',
  'washington', 'tehran', 'kiev', 'kyiv', 'brussels', 'us', 'u.s', 'u.s.', 'united states', 'america', 'russia',
  'china', 'ukraine', 'iran', 'israel', 'britain', 'uk', 'france', 'germany', 'kazakhstan', 'mexico', 'canada',
  'japan', 'india', 'pakistan', 'syria', 'turkey', 'north korea', 'south korea', 'wikileaks', 'twitter', 'facebook',
  'google', 'breitbart', 'the post', 'the times', 'the journal', 'gallup', 'quinnipiac',
]);

/**
 * Plural nouns for people that no role names ("respondents", "Millennials", "mourners"): a group of them is no one
 * named. (Lower case; a sentence's first word is capitalised.)
 */
export const PEOPLE_NOUNS = new Set([
  'respondents', 'journalists', 'americans', 'women', 'men', 'bankers', 'developers', 'listeners', 'attendees',
  'millennials', 'hispanics', 'latinos', 'mourners', 'migrants', 'immigrants', 'refugees', 'survivors', 'rabbis',
  'progressives', 'politicians', 'participants', 'muslims', 'jews', 'christians', 'evangelicals', 'independents',
  'historians', 'employers', 'employees', 'drivers', 'editorialists', 'superdelegates', 'parents', 'children', 'kids',
  'families', 'neighbors', 'neighbours', 'fans', 'customers', 'consumers', 'taxpayers', 'viewers', 'readers',
  'locals', 'moderates', 'conservatives', 'liberals', 'prosecutors', 'investigators',
  'pollsters', 'investors', 'workers', 'officers', 'organizers', 'reporters', 'students', 'teachers', 'doctors', 'nurses',
  'renters', 'tenants', 'homeowners', 'landlords', 'shoppers', 'patients',
]);

/** Heads of anonymous sources ("sources said", "a person familiar with", "officials"). */
export const ANONYMOUS_HEADS = new Set([
  'source', 'sources', 'official', 'officials', 'person', 'people', 'insider', 'insiders', 'aide', 'aides', 'staffer',
  'staffers', 'observer', 'observers', 'analysts', 'experts', 'critics', 'witness', 'witnesses', 'someone', 'some',
  'others', 'many', 'diplomat', 'diplomats', 'individual', 'individuals', 'operative', 'operatives', 'adviser',
  'advisers', 'advisor', 'advisors', 'associate', 'associates', 'ally', 'allies', 'supporters', 'residents', 'members',
  'lawmakers', 'legislators', 'strategists', 'reports', 'report', 'media', 'who', 'whom', 'anyone', 'nobody',
  'opponents', 'proponents', 'advocates', 'activists', 'protesters', 'demonstrators', 'voters', 'economists', 'scientists',
  ...PEOPLE_NOUNS,
]);

/** Quantifiers that pick an unnamed part of a group ("many Russians", "some senators", "other Democrats"). */
export const PARTITIVE_QUANTIFIERS = new Set(['some', 'many', 'several', 'most', 'few', 'other']);

/** Words that make a noun phrase anonymous whatever its head ("unnamed Russians", "a senior official"). */
export const ANONYMOUS_MARKERS = new Set([
  'unnamed', 'anonymous', 'unidentified', 'undisclosed', 'sources', 'source', 'familiar', 'officials', 'insiders',
  'who',
]);

/** Words of a relative clause saying why a source is not named ("who was not authorized to speak", "who requested anonymity"). */
export const ANONYMITY_WORDS = new Set(['anonymity', 'anonymously', 'authorized', 'authorised', 'permitted', 'allowed', 'named', 'identified']);

/** Documents that speak for their authors ("a report by the transportation department"). */
export const DOCUMENT_NOUNS = new Set(['report', 'reports', 'study', 'statement', 'analysis', 'letter', 'filing', 'memo', 'audit', 'review', 'data', 'figures', 'records', 'statistics', 'documents']);

/** Marks that end a clause or a phrase of one: where a source described after its cue ends, where a verb has no object left. */
export const CLAUSE_PUNCTUATION = new Set([',', '.', '!', '?', ';', ':']);

/** Relative pronouns and conjunctions that end a subject noun phrase when walking backwards. */
export const CLAUSE_BOUNDARIES = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'because', 'if', 'although', 'though', 'since',
  'as', 'and', 'but', 'or', 'nor', 'so', 'yet', 'after', 'before', 'until', 'unless', 'whether', 'than',
]);

/** Relative pronouns that open a relative clause after a noun ("X, who …", "the coalition, which …"). */
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whose']);

/** Relative pronouns that stand for people ("the anger of legislators who …" is the legislators). */
export const PERSON_RELATIVES = new Set(['who', 'whom']);

/** Words for a kind of people, which stands for its members as a share does ("the kind of renters who"): SHARE_WORDS. */
const KIND_WORDS = ['kind', 'type', 'sort'];

/**
 * Words for a part of a group, a share of it or a kind (KIND_WORDS), before "of" or "in" and the group ("a third of
 * the renters who", "one in four").
 */
export const SHARE_WORDS = new Set(['percent', 'percentage', 'share', 'majority', 'minority', 'half', 'quarter', 'third', 'fraction', 'proportion', 'number', 'one', 'some', 'many', 'most', 'all', 'none', 'few', 'each', ...KIND_WORDS]);
export const SHARE_PREPOSITIONS = new Set(['of', 'in']);

/** Relative pronouns that can be the subject of a reported clause ("which officials said will …"). */
export const SUBJECT_RELATIVES = new Set(['which', 'what', 'who', 'that']);

/** Wh-words that open an embedded question or a free relative ("asked how …", "a view of why …", "what she said"). */
const WH_CLAUSE_WORDS = ['how', 'why', 'what', 'when', 'where', 'who'];

/** Words that, right after a reporting verb, start its reported clause. */
export const COMPLEMENTIZERS = new Set(['that', 'whether', 'if', ...WH_CLAUSE_WORDS]);

/** Words that open a relative or embedded clause inside a noun phrase ("a policy that …", "a view of how …"). */
export const RELATIVE_WORDS = new Set(['that', 'whom', ...RELATIVE_PRONOUNS, ...WH_CLAUSE_WORDS]);

/** Words that open a relative clause right after a noun ("the states that …", "voters who …"). */
export const RELATIVE_CLAUSE_OPENERS = new Set(['that', 'whom', ...RELATIVE_PRONOUNS]);

/** Relative pronouns that stand for the noun phrase right before them, as a clause's subject ("Weaver, who …", "a plan that …"). */
export const STANDING_RELATIVES = new Set(['who', 'whom', 'which', 'that']);
/**
 * Pronouns that name no one by themselves, the standing relatives: a source that is one alone has no speaker, when it is
 * a relative with nothing it stands for found ("in which he …", "“Who is …?”") or a "That" standing for what went
 * before ("That suggests …").
 */
export const NAMELESS_PRONOUNS: ReadonlySet<string> = STANDING_RELATIVES;
/** Relative pronouns that a second relative clause, joined to the first by "and" or "but", goes on from ("Lee, whom …, and who …"). */
export const JOINED_RELATIVES = new Set(['who', 'whom', 'whose']);

/** Time and manner phrases that may stand between a reporting verb and the end of the sentence ("said on Wednesday"). */
export const TRAILING_ADVERBIALS = new Set([
  'on', 'in', 'at', 'during', 'last', 'this', 'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night',
  'earlier', 'later', 'recently', 'statement', 'interview', 'a', 'an', 'the', 'with', 'to', 'reporters', 'told',
  'tweet', 'email', 'emailed', 'post', 'speech', 'conference', 'news', 'press', 'release', 'written', 'phone',
  'telephone', 'briefing', 'rally', 'radio', 'television', 'tv', 'friday', 'his', 'her', 'their', 'its', 'recent',
  'separate', 'also', 'when', 'asked', 'about', 'it', 'of', 'new', 'book', 'letter', 'op-ed', 'column', 'via',
  'previously', 'repeatedly', 'often', 'once', 'again', 'privately', 'publicly', 'flatly', 'bluntly',
]);

/**
 * Events at which something was said, which are its medium too ("in a speech", "at a rally", "during a debate"):
 * in MEDIA_NOUNS and OCCASION_NOUNS both.
 */
const SPEAKING_EVENTS = ['rally', 'rallies', 'debate', 'conference', 'speech', 'speeches', 'hall', 'appearance', 'interview', 'hearing'];

/** Where or how something was said: "in early-morning tweets", "in a ruling released Thursday", "on social media". */
export const MEDIA_NOUNS = new Set([
  ...SPEAKING_EVENTS, 'statement', 'statements', 'interviews', 'tweet', 'tweets', 'email', 'emails', 'post', 'posts',
  'remarks', 'comments', 'release', 'briefing', 'letter', 'op-ed', 'column', 'ruling', 'diatribe', 'video', 'ad', 'ads',
  'filing', 'memo', 'message', 'essay', 'editorial', 'media', 'twitter', 'facebook', 'instagram', 'broadcast', 'podcast',
  'address', 'call', 'show', 'shows',
]);

/**
 * Events at which something was said ("at a rally in Ohio", "during a speech at the convention"): after a noun-phrase
 * object, "at" or "during" and one of them is the occasion of the report, not part of what was reported. Not
 * "convention" or "summit", which annotators keep with the object as often as not ("support the nominee at the
 * convention").
 */
export const OCCASION_NOUNS = new Set([
  ...SPEAKING_EVENTS, 'debates', 'meeting', 'event', 'stop', 'forum', 'luncheon', 'dinner', 'breakfast', 'fundraiser', 'gathering',
]);

/** Prepositions before such an event ("at a rally", "during a speech"). */
export const OCCASION_EVENT_PREPOSITIONS = new Set(['at', 'during']);

/** Prepositions before a phrase of the medium or occasion ("in a statement", "on Twitter", "at a rally"). */
export const MEDIUM_PREPOSITIONS = new Set(['in', 'on', 'at']);

/** Where words were published ("in an interview with CNN", "on Twitter", "in a blog post"): after a quotation, the writer's phrase. */
export const PUBLISHING_MEDIA = new Set([
  'interview', 'interviews', 'statement', 'tweet', 'tweets', 'post', 'posts', 'blog', 'twitter', 'facebook', 'instagram', 'op-ed',
]);

/** Prepositions that open the occasion of a remark after its named source ("said Lee at a rally", "with a grin"). */
export const OCCASION_PREPOSITIONS = new Set(['in', 'on', 'at', 'with', 'during', 'after', 'before']);

/** Words after a comma that go on with the figures of what a poll or study shows ("…, with 13 percent undecided", "…, followed by Ruiz at 20 percent"). */
export const FIGURE_DETAIL_OPENERS = new Set(['with', 'followed', 'earning', 'compared']);

/** Words after a number that make it a figure ("45 percent to 18 percent"), not the subject of a clause. */
export const FIGURE_UNITS = new Set(['percent', '%', 'to', 'points', 'votes']);

/** Nouns that refer back to an organisation named earlier ("the company said"). */
export const ORG_DESCRIPTORS = new Set([
  'company', 'firm', 'group', 'agency', 'ministry', 'department', 'campaign', 'party', 'bank', 'airline', 'carrier',
  'club', 'team', 'network', 'newspaper', 'paper', 'organization', 'organisation', 'committee', 'university', 'board',
  'council', 'union', 'commission', 'foundation', 'institute', 'insurer', 'lender', 'retailer', 'manufacturer', 'maker',
  'automaker', 'chipmaker', 'startup', 'charity', 'league', 'federation', 'coalition', 'alliance', 'association',
  'regulator', 'watchdog', 'authority', 'station', 'broadcaster', 'publisher', 'website', 'outlet', 'hospital', 'school',
  'church', 'museum', 'operator', 'utility', 'developer', 'contractor', 'supplier', 'distributor', 'trust',
]);

/**
 * Words in an organisation's name that show it to be of the kind a descriptor says ("the company" is "Acme Systems
 * Inc.", "the party" the "GOP", "the agency" the "Budget Office"), besides the descriptor itself ("Lagos City Council"
 * for "the council"). A name that shows no kind does not take the descriptor (resolve.ts fitsReference).
 */
const COMPANY_NAME_WORDS = [
  ...COMPANY_SUFFIXES, 'company', 'corporation', 'holdings', 'partners', 'motors', 'systems', 'technologies', 'industries', 'enterprises',
  'pharmaceuticals', 'airlines', 'airways', 'foods', 'energy', 'capital', 'labs', 'ventures', 'solutions', 'services',
  'telecom', 'insurance', 'securities', 'investments', 'robotics', 'electronics', 'logistics', 'software', 'networks',
  'therapeutics', 'resources', 'studios', 'entertainment', 'biotech', 'pharma', 'semiconductor', 'semiconductors', 'rail', 'railways',
  'group',
];
const GROUP_NAME_WORDS = ['group', 'center', 'centre', 'institute', 'foundation', 'fund', 'caucus', 'coalition', 'alliance', 'association', 'project', 'council', 'committee', 'network', 'action', 'pac', 'league', 'union', 'society', 'federation', 'organization', 'organisation', 'trust'];
const AGENCY_NAME_WORDS = ['agency', 'office', 'administration', 'bureau', 'service', 'department', 'commission', 'fbi', 'cia', 'nsa', 'epa', 'irs', 'fda', 'cdc'];
/** The words for a company ("the company", "the automaker"), which a name the lexicon knows as an organisation's may be. */
export const COMPANY_REFERENCES = new Set(['company', 'firm', 'maker', 'manufacturer', 'automaker', 'chipmaker', 'retailer', 'startup', 'supplier', 'distributor', 'operator', 'developer', 'contractor', 'insurer', 'lender', 'carrier', 'airline', 'utility']);
export const ORG_KIND_WORDS: Readonly<Record<string, ReadonlySet<string>>> = wordTable(Object.fromEntries([
  ...[...COMPANY_REFERENCES].map((head) => [head, new Set(COMPANY_NAME_WORDS)]),
  ...['group', 'organization', 'organisation', 'charity', 'coalition', 'alliance', 'association', 'foundation', 'institute']
    .map((head) => [head, new Set(GROUP_NAME_WORDS)]),
  ...['agency', 'regulator', 'watchdog', 'department', 'ministry', 'authority'].map((head) => [head, new Set(AGENCY_NAME_WORDS)]),
  ['party', new Set(['gop', 'rnc', 'dnc', 'democrats', 'republicans', 'democratic', 'republican', 'labour', 'tories', 'conservatives'])],
  ['campaign', new Set(['campaign', 'pac'])],
]));

/**
 * News outlets, by the last word of their names ("The Harbor Herald", "The Washington Post") or by name: a role noun
 * for another kind of organisation ("the agency", "the company") does not refer back to one (NEWS_DESCRIPTORS do:
 * "the newspaper", its editorial "board").
 */
export const NEWS_NAME_WORDS = new Set([
  'post', 'times', 'journal', 'news', 'herald', 'tribune', 'gazette', 'ledger', 'observer', 'globe', 'telegraph',
  'guardian', 'chronicle', 'examiner', 'inquirer', 'courier', 'magazine', 'daily', 'dispatch', 'sentinel', 'newsweek',
]);
export const NEWS_OUTLETS = new Set([
  'cnn', 'msnbc', 'nbc', 'cbs', 'abc', 'fox', 'npr', 'bbc', 'politico', 'breitbart', 'bloomberg', 'axios', 'buzzfeed',
  'huffpost', 'huffington post', 'the hill', 'vox', 'slate', 'salon', 'the atlantic', 'the new yorker',
]);
export const NEWS_DESCRIPTORS = new Set(['newspaper', 'board', 'paper', 'network', 'station', 'broadcaster', 'publisher', 'website', 'outlet', 'magazine', 'site', 'channel']);

/** Time words that never belong inside a name ("Rachel Lindqvist on Wednesday warned"). */
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const TIME_NAMES = new Set([
  ...WEEKDAYS, 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december',
]);

/** Month names, written out or abbreviated as news style does ("Jan. 1, 2015"). */
export const MONTH_NAMES = new Set([...[...TIME_NAMES].filter((w) => !WEEKDAYS.includes(w)), 'jan.', 'feb.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.']);

/** Prepositions that open a phrase of when after an object ("in early June", "on Tuesday evening"). */
export const TIME_PREPOSITIONS = new Set(['on', 'in', 'during', 'since']);

/** Parts of the day ("on Friday evening"). */
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Nouns of a stretch of time, in such a phrase. */
export const TIME_NOUNS = new Set([...PARTS_OF_DAY, 'week', 'weekend', 'month']);

/** Points in time named without a preposition ("said yesterday he would …", "this year"). */
export const TIME_POINTS = new Set(['yesterday', 'today', 'tonight', 'year']);

/** Words that open a phrase of time between a cue and its "that" ("said before the vote that …", "said following a meeting that …"). */
export const LEADING_TIME_OPENERS = new Set(['before', 'after', 'following', 'since']);

/**
 * Adverbs of time or sequence that open a sentence without a comma before its subject ("Later Ruiz said …",
 * "Separately the ministry said …"): never part of the subject.
 */
export const SENTENCE_TIME_ADVERBS = new Set([
  'later', 'earlier', 'yesterday', 'today', 'tonight', 'separately', 'meanwhile', 'recently', 'previously', 'afterward',
  'afterwards', 'subsequently', 'initially', 'eventually', 'finally', 'ultimately', 'additionally', 'again',
]);

/** Prepositions that go on with a verb's object after a time phrase ("criticized her on Monday over …", "cast doubt this week on …"). */
export const VERB_PREPOSITIONS = new Set(['for', 'over', 'as', 'to', 'about', 'of', 'on', 'into', 'against', 'with']);

/** Modifiers of a time word that a preposition may precede ("in late August", "on early Tuesday"). */
export const TIME_MODIFIERS = new Set(['early', 'late']);

/** Words between that preposition and its day or month ("in early June", "on the same day"). */
export const TIME_PHRASE_MODIFIERS = new Set([...TIME_MODIFIERS, 'mid', 'last', 'next', 'same', 'previous', 'following', 'recent']);

/** Words that open a phrase of when: its prepositions, or a modifier with no preposition ("last week", "late Tuesday"). */
export const TIME_PHRASE_OPENERS = new Set([...TIME_PREPOSITIONS, ...TIME_MODIFIERS, 'last', 'this', 'next']);

/**
 * Words before a time word that ends an object, the time of the report ("… on Saturday", "… last week", "… in December").
 * (Not the whole grammar of timePhraseEnd, nor its other openers, "since", "late": read so, objects lost matches or words
 * the annotators kept on train.)
 */
export const OBJECT_FINAL_TIME_OPENERS = new Set(['on', 'last', 'this', 'next', 'in']);

/** The words a phrase of when is about: days, months, stretches and points of time ("on Friday evening", "last year"). */
export const TIME_HEADS = new Set([...TIME_NAMES, ...TIME_NOUNS, ...TIME_POINTS]);

/**
 * Verbs that attribute without a source: "X seems to …", "X appears to …",
 * "X is expected to …", "X is known for …". Annotated news takes the whole clause as the content.
 * `passiveOnly`: only in the passive ("is expected to"; "Trump expects" has a source).
 * `complement`: also with a complement other than "to …" ("seemed tired", "is known for his speeches").
 * `adverb`: an adverb of hearsay inside the clause ("X is reportedly planning …"; PolNeAR train: 13 of 14 sourceless,
 * the clause but the adverb as content).
 */
export const SOURCELESS_CUES: Record<string, { passiveOnly: boolean; complement?: boolean; adverb?: boolean }> = wordTable({
  seem: { passiveOnly: false, complement: true },
  appear: { passiveOnly: false, complement: true },
  expect: { passiveOnly: true },
  'know for': { passiveOnly: true, complement: true },
  reportedly: { passiveOnly: false, adverb: true },
});

/** Lower-case particles inside personal names ("Bill de Blasio", "Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'van', 'von', 'da', 'di', 'du', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'dos', 'das']);

/** Credit lines at the end of wire stories ("Additional reporting by …", "Contributing: …"): not attributions. */
export const CREDIT_LINE = /^[\s(\-–—]*(?:(?:additional |contributed |with )?(?:reporting|editing|writing|compiled|written|research) (?:by|from)\b|contributing(?: to this (?:report|story|article))?\s*:)/i;

// ---------------------------------------------------------------- words the attribution rules consult

/** Words that end an object noun phrase: subordinate clauses, contrasts ("despite"), time adverbials. */
export const OBJECT_STOPS = new Set(['when', 'while', 'because', 'since', 'after', 'before', 'although', 'though', 'but', 'during', 'until', 'whereas', 'unless', 'despite']);

/**
 * After a comma, words that open the writer's addition to a reported clause rather than more of it: a contrast
 * (", but …"), a relative clause on someone it names (", who faces a primary on Tuesday"), a comparison (",
 * compared with 11 percent of …"). Measured on PolNeAR train and dev; not ", which" or ", where" (as often the
 * source's own words), nor ", while" / ", although" (split both ways). (After a speech cue ", but" mostly goes on: content.ts.)
 */
export const CLOSERS_AFTER_COMMA = new Set(['but', 'who', 'whose', 'compared']);

/** Words after ", but" that correct or add to a belief's content rather than turn from it (", but also …", ", but that …", ", but rather …"). */
export const CORRECTING_AFTER_BUT = new Set(['that', 'also', 'rather']);

/** After a dash, the same for a concession the writer adds ("… – though independent economists doubt it"); after a comma these split both ways. */
export const CLOSERS_AFTER_DASH = new Set(['though', 'although', 'while']);
/** Words opening a qualifier between dashes after an object, which stays with it: "— not frustration —", "— or at least their support —". */
export const ASIDE_QUALIFIERS = new Set(['or', 'not', 'like', 'even', 'only']);

/** Words that open a verb's second complement after its object ("praised Lee as …", "accused the panel of …", "wants the port for its navy"); "to" with a verb is content.ts's. Not "with" (measured: it as often opens the writer's addition). */
export const SECOND_COMPLEMENT_OPENERS = new Set(['as', 'of', 'for']);

/** Forms of "do" before a verb's base form, which make it finite ("did not suggest", "does not say"). */
export const DO_SUPPORT = new Set(['did', 'does', 'do']);

/** Conjunctions that open an adverbial clause, never a report's content. */
export const ADVERBIAL_SUBORDINATORS = new Set(['as', 'because', 'while', 'after', 'before', 'although', 'though', 'since', 'until', 'unless', 'whereas']);

/**
 * Cues whose object is followed by "as" and what it is called ("describes it as a relic", "dismissed them as
 * cranks"): right after the cue, with the object left before ("which he describes as his home"), "as" opens that
 * complement, not an adverbial clause.
 */
export const AS_COMPLEMENT_LEMMAS = new Set(['describe', 'refer to', 'characterize', 'portray', 'dismiss', 'label', 'brand', 'view', 'regard', 'see', 'depict']);

/** Subordinators that are adverbs where no clause follows, before a comma or a full stop ("She added, though, that …"). */
export const ADVERB_SUBORDINATORS = new Set(['though']);

/** Conjunctions of an adverbial clause that may come before the main clause ("When the moderator pointed out that …, Trump …"). */
export const FRONTED_SUBORDINATORS = new Set([...ADVERBIAL_SUBORDINATORS, 'when', 'if', 'once', 'whenever']);

/** Words that may stand before such a conjunction and modify it ("Back when …", "Shortly after …", "Even as …"). */
export const SUBORDINATOR_MODIFIERS = new Set(['back', 'even', 'only', 'just', 'long', 'right', 'shortly', 'soon', 'ever']);

/** What opens an adverbial clause set off between a source and its verb ("Clinton, after the scandal broke, said"). */
export const ASIDE_CLAUSE_OPENERS = new Set([...ADVERBIAL_SUBORDINATORS, 'when', 'if', 'once']);

/**
 * Prepositions after which a gerund is the subject's report only if its form is a reliable cue ("pivoted to arguing that
 * …", "joined Lee in calling for …", "took the step of announcing …", "refrained from saying …"; but "no way of knowing").
 */
export const GERUND_CLAUSE_PREPOSITIONS = new Set(['to', 'in', 'of', 'from']);

/** Words before a gerund clause whose subject is the main clause's ("by telling them that …", "before asking her", and those above). */
export const ADVERBIAL_GERUND_OPENERS = new Set(['by', 'before', 'after', 'while', 'when', 'upon', ...GERUND_CLAUSE_PREPOSITIONS]);

/** Prepositions of a part, a share or an origin ("one of the groups", "three in 10", "the senator from Ohio"): a gerund after their object describes the whole phrase. */
export const PART_OR_ORIGIN_PREPOSITIONS = new Set(['of', 'in', 'from']);

/** Prepositions that belong to the verb before them ("bristled at", "apologized for"), as annotated news marks cues. */
export const CUE_PARTICLES = new Set(['of', 'at', 'for', 'on', 'with', 'about', 'from', 'into', 'over', 'against', 'out', 'upon']);

/** Prepositions after a cue that open what it reports, never its time or place ("warned of …", "boasted about …"). */
export const OBJECT_PREPOSITIONS = new Set(['of', 'about', 'upon', 'against']);

/**
 * Prepositions after a cue that, before a noun of what was said or planned and its clause, open the verb's object
 * ("bristled at the suggestion that …", "responded to reports that …"), not a phrase of where ("said in a statement that").
 */
export const OBJECT_NOUN_PREPOSITIONS = new Set(['to', 'at', 'on', 'with', 'over']);

/** Words of place the lexicon may read as adjectives that are prepositions before an article ("inside the hall"). */
export const PLACE_PREPOSITIONS = new Set(['inside', 'outside']);

/** Adverbial particles of phrasal verbs ("shouted out", "fired back", "spoke up"): the verb's, not a preposition's. */
export const PHRASAL_PARTICLES = new Set(['out', 'up', 'off', 'down', 'back', 'away']);

/**
 * Cues whose report is the object of the verb in an infinitive after them ("went on to praise the crew": the crew is
 * what was praised; PolNeAR train: 17 of 17 contents start after that verb; "attempted to portray her as …": 7 of 8).
 */
export const INFINITIVE_CUES = new Set(['go on', 'attempt']);

/**
 * How much was said, between a cue and "about" ("said little about the cost", "says nothing about …"): it goes with the
 * cue, and the content starts past "about" (on train 5 of 5 such cues).
 */
export const AMOUNTS_SAID = new Set(['nothing', 'little', 'much', 'more', 'less']);

/** Particles that, before a figure, say how much rather than go with the verb ("said about half of …", "estimated over 300 …"). */
export const APPROXIMATORS = new Set(['about', 'over']);

/** Two words that bound a number before its noun ("said at least 20 people died", "at least three officials", "more than 100 economists"). */
export const NUMBER_BOUNDS = new Set(['at least', 'at most', 'more than', 'fewer than', 'less than', 'up to']);

/**
 * Verbs whose object, not subject, does what the infinitive after it says ("forced Stumpf to admit", "urged voters to …").
 * ("The delay left many to wonder whether …", "leading police to question whether …": PolNeAR train annotates all 4.)
 */
export const OBJECT_CONTROL_VERBS = new Set([
  'force', 'forces', 'forced', 'lead', 'leads', 'led', 'leading', 'leave', 'leaves', 'left', 'leaving', 'urge', 'urges', 'urged', 'ask', 'asks', 'asked', 'tell', 'tells', 'told',
  'allow', 'allows', 'allowed', 'encourage', 'encourages', 'encouraged', 'persuade', 'persuaded', 'push', 'pushed', 'pushes',
  'pressure', 'pressured', 'invite', 'invited', 'invites', 'convince', 'convinced', 'prompt', 'prompted', 'prompts', 'cause', 'caused',
  'get', 'got', 'gets', 'want', 'wants', 'wanted', 'expect', 'expects', 'expected', 'need', 'needs', 'needed', 'require', 'required',
  'call', 'called', 'calls', 'challenge', 'challenged', 'dare', 'dared', 'order', 'ordered', 'inspire', 'inspired', 'help', 'helped',
]);

/**
 * Verbs and adjectives of trying before an infinitive ("is trying to show …", "was quick to point out …"): the
 * infinitive's cue is the subject's own act (annotated as "trying to show"), not a purpose clause.
 */
export const EFFORT_WORDS = new Set([
  'try', 'tries', 'tried', 'trying', 'attempt', 'attempts', 'attempted', 'attempting', 'manage', 'manages', 'managed', 'managing',
  'struggle', 'struggles', 'struggled', 'struggling', 'strive', 'strives', 'strived', 'striving', 'fail', 'fails', 'failed', 'failing',
  'quick', 'eager', 'able', 'unable',
]);

/**
 * "seem" and "appear" before an infinitive whose verb reports ("Ruiz seemed to urge …", "the emails appear to show
 * …"): the subject is the one who reports, and "seemed to" goes with that verb's cue.
 */
export const RAISING_WORDS = new Set(['seem', 'seems', 'seemed', 'seeming', 'appear', 'appears', 'appeared', 'appearing']);

/**
 * Verbs and adjectives right before an infinitive whose subject does what the infinitive says ("continued to
 * question …", "decided not to recommend …", "is ready to endorse …"): the infinitive's cue is the subject's act.
 * (Not "want", "need", "expect": with an object they make it act, OBJECT_CONTROL_VERBS.) Matched by surface form, so
 * every inflection is listed; not "begun": "has already begun to indicate he'll …" added one attribution on train, not
 * annotated.
 */
export const SUBJECT_CONTROL_WORDS = new Set([
  'continue', 'continues', 'continued', 'continuing', 'begin', 'begins', 'began', 'beginning', 'start', 'starts', 'started', 'starting',
  'decide', 'decides', 'decided', 'deciding', 'choose', 'chooses', 'chose', 'chosen', 'choosing', 'refuse', 'refuses', 'refused', 'refusing',
  'decline', 'declines', 'declined', 'declining', 'hesitate', 'hesitates', 'hesitated', 'hesitating', 'like', 'likes', 'liked', 'liking',
  'plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'intending', 'prepare', 'prepares', 'prepared', 'preparing',
  'hope', 'hopes', 'hoped', 'hoping', 'vow', 'vows', 'vowed', 'vowing', 'pledge', 'pledges', 'pledged', 'pledging', 'promise', 'promises', 'promised', 'promising',
  'threaten', 'threatens', 'threatened', 'threatening',
  'ready', 'likely', 'unlikely', 'poised', 'set', 'bother', 'bothers', 'bothered', 'bothering', 'seek', 'seeks', 'sought', 'seeking',
  'rush', 'rushes', 'rushed', 'rushing', 'dare', 'dares', 'dared', 'daring',
  'has', 'have', 'had', 'having', 'going', 'about', 'willing', 'unwilling', 'reluctant', 'determined', 'happy', 'proud', 'afraid', 'careful',
]);

/** Verbs of beginning, going on and stopping before a gerund, whose subject does its act ("began calling for …", "kept insisting that …"). */
export const ASPECTUAL_VERBS = new Set([
  'begin', 'begins', 'began', 'begun', 'start', 'starts', 'started', 'stop', 'stops', 'stopped', 'continue', 'continues', 'continued',
  'keep', 'keeps', 'kept', 'quit', 'resume', 'resumes', 'resumed', 'finish', 'finished',
]);

/** Prepositions before a place ("a veterans group in Virginia"). */
export const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'from', 'across', 'throughout', 'near', 'outside', 'inside']);

/** Prepositions that open where or when something was said, not what. */
export const ADVERBIAL_PREPOSITIONS = new Set(['at', 'during', 'after', 'before', 'outside', 'inside', 'via', 'in', 'from', 'on', 'while']);

/** Subordinators that open an adverbial clause after "X said Friday, …". */
export const SUBORDINATORS = new Set(['as', 'while', 'when', 'after', 'before', 'because', 'since', 'though', 'although', 'adding', 'noting', 'saying', 'according', 'in', 'where']);

/** Lemmas whose first object is the addressee, not the content ("told reporters that …"). */
export const ADDRESSEE_VERBS = new Set(['tell', 'inform', 'assure', 'reassure', 'convince', 'remind', 'warn', 'brief', 'notify', 'promise', 'ask']);

/**
 * Addressee verbs whose first object, with no clause after it, is what the verb reports: "promises action on taxes",
 * "promised a wall" (not "told reporters", "warned the mayor").
 */
export const OPTIONAL_ADDRESSEE_VERBS = new Set(['promise']);

/** Prepositions after which an addressee verb has none: "warned of a long fight", "warned against cuts". */
export const UNADDRESSED_PREPOSITIONS = new Set(['of', 'against']);

/**
 * What an addressee verb asks, reminds or warns about, in a preposition after its addressee when no clause follows:
 * "asked the court for quick action", "reminded the crowd of the stakes", "warned the Fed against buying bonds".
 */
export const ADDRESSEE_TOPIC_PREPOSITIONS: Readonly<Record<string, ReadonlySet<string>>> = wordTable({
  ask: new Set(['about', 'for']),
  remind: new Set(['of', 'about']),
  warn: new Set(['about', 'against', 'of']),
});

/** "a", "an": what opens an indefinite noun phrase ("a firm called …", "a CNN poll"). */
export const INDEFINITE_ARTICLES = new Set(['a', 'an']);

/** The articles, which open no speaker's name ("The Latest: …"). */
export const ARTICLES = new Set(['the', ...INDEFINITE_ARTICLES]);

/**
 * Determiners after which a word is a noun: a gerund ("another ranking"), or a past verb before a noun is an adjective
 * ("another unaligned strategist"). Not quantifiers: "Some accused Trump".
 */
export const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'another', 'this', 'these', 'those', 'each', 'every']);

/** Determiners of a singular noun, after which no plural stands ("a resident insists", "one expert says"). */
export const SINGULAR_DETERMINERS = new Set(['a', 'an', 'another', 'each', 'every', 'this', 'one']);

/** A day named alone, which may stand between a subject and its verb ("Acme today announced", "The group Monday said"). */
export const BARE_DAYS = new Set([...WEEKDAYS, 'today', 'yesterday', 'tonight']);

/** Words of a time or circumstance phrase around a cue ("said on Monday", "last week"). */
export const TIME_WORDS = new Set([
  ...WEEKDAYS, 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'yesterday', 'today',
  'tonight', 'earlier', 'later', 'last', 'this', 'recently', 'previously', 'repeatedly', 'again', 'privately', 'publicly',
]);

/**
 * Words that, all of a content's words, report nothing: a time, a degree or a linking adverb read as what was said
 * ("reported late Thursday", "said little", "respond more radically", "As the Post reported, even …"). On PolNeAR
 * train none of the 13 such contents was a gold attribution (dev 0 of 1).
 */
export const FILLER_CONTENT_WORDS = new Set([
  ...TIME_WORDS, 'days', 'weeks', 'months', 'years', 'ago', 'late', 'early', 'soon', 'just', 'even', 'well', 'anyway',
  'however', 'more', 'less', 'little', 'much', 'all', 'both', 'basically', 'radically', 'a', 'few', 'next', 'the',
]);

export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** The copula as a clitic on the word before it ("That’s", "it's"). */
export const COPULA_CLITICS = new Set(["'s", '’s']);

/** Pronouns standing for what the writer just said, before "is to say" ("That is to say, …", "which is to say"). */
export const RESTATING_PRONOUNS = new Set(['that', 'this', 'which', 'it']);

/** After "That was", words saying the quotation before is all the source said: "That was all Ruiz would say", "That is what she said". */
export const ALL_OF_WHAT_WORDS = new Set(['all', 'about', 'nearly', 'almost', 'everything', 'what']);

export const INNER_PREPOSITIONS = new Set(['of', 'for', 'with', 'in', 'at', 'from', 'on', 'to']);

/** Prepositions that join the words of a group's name, capitalised ("Doctors Without Borders", "Mothers Against Drunk Driving"). */
export const NAME_PREPOSITIONS = new Set(['without', 'against', 'across', 'beyond', 'within']);

/** Conjunctions joining coordinated subjects ("Lee and Ruiz said", "Neither Lee nor Ruiz said"). */
export const SUBJECT_CONJUNCTIONS = new Set(['and', 'or', 'nor']);

/** Adjectives that follow the noun they describe in a source phrase ("a source familiar with", "people close to"). */
/**
 * Nouns of what someone said that a form of "be" and a colon can set before the quotation itself ("Her message was
 * simple: “…”", "Clinton’s response was: “…”").
 */
export const SPEECH_CONTENT_NOUNS = new Set([
  'message', 'response', 'answer', 'reply', 'retort', 'reaction', 'advice', 'warning', 'verdict', 'argument', 'pitch',
  'plea', 'promise', 'slogan', 'mantra', 'refrain', 'explanation', 'question', 'request', 'demand', 'comment', 'words',
  'point', 'view', 'take', 'instruction', 'instructions', 'assessment', 'prediction', 'conclusion', 'excuse',
]);

/**
 * Nouns of what someone said that, as a verb's object before a colon, announce the quotation as part of the cue
 * ("added a caveat: “…”", "had one message: “…”"); a plain object is reported with it ("revealed a few facts: “…”").
 */
export const SPEECH_OBJECT_NOUNS = new Set([
  ...SPEECH_CONTENT_NOUNS, 'caveat', 'case', 'compliment', 'line', 'lines', 'proclamation', 'statement', 'note', 'quip',
  'reminder', 'remark', 'remarks', 'observation', 'thought', 'thoughts',
]);

/** Words after a noun that date its publication like a participle ("A poll out Monday shows …", "a report out this week"). */
export const PUBLISHED_WORDS = new Set(['out']);

export const POSTNOMINAL_ADJECTIVES = new Set(['familiar', 'close', 'loyal', 'opposed', 'sympathetic', 'briefed', 'involved', 'knowledgeable', 'friendly', 'aligned', 'linked', 'connected', 'allied', 'speaking']);

export const LEXICON_ADDITIONS: Record<string, string> = {
  spokeswoman: 'Actor', spokesman: 'Actor', spokesperson: 'Actor', kremlin: 'Organization', pentagon: 'Organization',
  sources: 'Plural', source: 'Singular', campaign: 'Singular', aides: 'Plural', aide: 'Singular', reporters: 'Plural',
  democrats: 'Plural', republicans: 'Plural', officials: 'Plural', official: 'Singular', trump: 'LastName',
  clinton: 'LastName', according: 'Preposition', familiar: 'Adjective', 'u.s': 'Country', tweeted: 'PastTense',
  tweets: 'PresentTense', tweeting: 'Gerund', tweet: 'Infinitive', has: 'PresentTense',
  // Frequent words compromise's lexicon tags otherwise than news uses them.
  against: 'Preposition', over: 'Preposition', under: 'Preposition', trying: 'Gerund', party: 'Singular',
  presidential: 'Adjective', political: 'Adjective', national: 'Adjective', federal: 'Adjective',
  executive: 'Singular', please: 'Adverb', no: 'Determiner', ago: 'Adverb', here: 'Adverb', there: 'Adverb', however: 'Adverb', therefore: 'Adverb',
  nonetheless: 'Adverb', nevertheless: 'Adverb', aloud: 'Adverb', soon: 'Adverb', rights: 'Plural', 'op-ed': 'Singular', 'op-eds': 'Plural',
  // The first half of "can't" and "won't" as the tokenizer splits them.
  ca: 'Modal', wo: 'Modal',
  // "cannot" is one token; compromise reads it as a plain verb, so "that Lee cannot win" had no finite verb.
  cannot: 'Modal',
  // Spoken contractions of "want to", "got to": verbs before their bare verb ("The Iranians wanna see …").
  wanna: 'Infinitive', gotta: 'Infinitive',
};

/**
 * What given names that are also common words are in lower case, where the lexicon knows them only as names
 * (compromise's tags): "drew criticism", "threatened to sue", "chase votes". (Capitalised they stay names: "Drew Lee".)
 */
export const LOWER_CASE_NAME_READINGS: Record<string, string> = wordTable({
  drew: 'PastTense', sue: 'Infinitive', skip: 'Infinitive', chase: 'Infinitive', foster: 'Infinitive', marshal: 'Infinitive',
});

/** Abbreviations (without their dot): a period after one ends neither the word nor the sentence. */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen', 'lt', 'col', 'sgt', 'capt',
  'adm', 'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'cmdr', 'maj', 'vs', 'v', 'etc', 'inc',
  'corp', 'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt',
  'ft', 'ave', 'blvd', 'approx', 'dept', 'est', 'fig', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'd.c', 'r',
  'd', 'i', 'calif', 'fla', 'ariz', 'colo', 'conn', 'del', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass',
  'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis',
  'wyo', 'ala', 'ark', 'n.h', 'n.j', 'n.m', 'n.y', 'n.c', 'n.d', 's.c', 's.d', 'w.va', 'r.i',
]);

/**
 * Abbreviations that often end a sentence ("… in the U.S. He says …", "… at 7 p.m. The polls …"), and the words
 * whose capital after them shows a new sentence (a capitalised noun does not: "the U.S. Senate").
 */
export const SENTENCE_FINAL_ABBREVIATIONS = new Set(['u.s', 'u.k', 'u.n', 'd.c', 'a.m', 'p.m', 'etc', 'inc', 'co', 'corp', 'ltd', 'jr', 'sr']);
export const SENTENCE_OPENERS_AFTER_ABBREVIATION = /^\s+(?:He|She|They|It|We|I|But|And|The|This|That|There)\s/;

/** Abbreviations only before a number ("No. 5", "Nos. 3 and 4"): "said no." ends its sentence. */
export const NUMBER_ABBREVIATIONS = new Set(['no', 'nos']);

/** Nouns for a survey whose findings "in a … poll" attributes ("In a CNN poll released Monday, 50 percent …"). */
export const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'polling']);

/** Participles that describe the people a survey or reporter asked, after their noun ("voters polled said", "those asked said"). */
export const ASKED_PARTICIPLES = new Set(['polled', 'surveyed', 'interviewed', 'asked', 'questioned', 'contacted', 'sampled', 'quoted']);

/** The subject pronoun of each possessive: "Her message was: “…”" has the source "Her", who is "she". */
export const OWNER_PRONOUNS: Record<string, string> = wordTable({ his: 'he', her: 'she', their: 'they', its: 'it', our: 'we', my: 'i' });
/** Possessive pronouns before a noun cue ("his assertion that …"). */
export const POSSESSIVE_PRONOUNS = new Set(Object.keys(OWNER_PRONOUNS));

/** Words after which an adjective reports a stance ("is confident that", "seemed nervous about"). */
export const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'seem', 'seems', 'seemed', 'remain', 'remains', 'remained', 'appear', 'appears', 'appeared', 'feel', 'feels', 'felt', 'become', 'became', 'not', "n't", 'very', 'so', 'more', 'less', 'increasingly', 'deeply', 'quite', 'also']);

/** Verbs whose object is followed by a bare infinitive ("let parliament approve the deal"). */
export const CAUSATIVES = new Set(['let', 'lets', 'letting', 'make', 'makes', 'made', 'help', 'helps', 'helped', 'watch', 'watched', 'see', 'saw', 'hear', 'heard']);

/** Auxiliaries and modals: before a cue word, they show it is a verb ("has long said"). */
export const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'did', 'does', 'do', 'can', 'could', 'may', 'might', 'should', 'must']);

/** Labels that open a line with a colon but name no speaker ("Correction:", "Editor’s note:", "UPDATE:"); the last word counts. */
export const NON_SPEAKER_LABELS = new Set([
  'correction', 'corrections', 'clarification', 'update', 'updated', 'note', 'byline', 'link', 'links', 'video', 'watch',
  'email', 'previously', 'related', 'photo', 'source', 'sources', 'contact', 'contacts', 'phone', 'tel', 'web', 'website',
  // Headline kickers ("The Latest:", "Breaking:", "EXCLUSIVE:").
  'latest', 'breaking', 'exclusive', 'revealed', 'wow', 'boom', 'bombshell', 'look', 'leaked', 'busted', 'notice', 'live', 'analysis', 'opinion',
  'q&a', 'interview', 'explainer', 'factbox', 'timeline', 'editorial', 'review',
]);

/** Cue lemmas whose participle can name what the noun phrase before it is ("a group called …", "a bill named …"). */
export const NAMING_LEMMAS = new Set(['call', 'name', 'dub', 'title', 'label', 'brand']);

/** Participles that give the name of the noun before them, before the name ("a group called Harbor Watch", "known as"). */
export const NAMING_PARTICIPLES = new Set(['called', 'named', 'dubbed', 'titled', 'labeled', 'labelled', 'branded', 'known as']);

/**
 * Cues that say what their object is ("what officials called a hate crime", "whom he describes as a peer",
 * "which he claimed as an average"), and the relative words that stand for that object before their source: the
 * relative is the content's first fragment (PolNeAR train: 25 of 28; not "that", 4 of 10).
 */
export const OBJECT_NAMING_LEMMAS = new Set([...NAMING_LEMMAS, 'describe', 'view as', 'claim', 'consider']);
export const NAMED_RELATIVES = new Set(['what', 'which', 'whom', 'who']);

/**
 * Set phrases whose cue word reports nothing: the writer's own hedges and transitions ("That said, …", "it is too
 * soon to say whether …"). Each is matched word for word around the cue; "^" is the sentence's start.
 */
export const NON_REPORTING_PHRASES: readonly (readonly string[])[] = [
  ['^', 'that', 'said', ','],
  ['needless', 'to', 'say'], ['suffice', 'it', 'to', 'say'], ['safe', 'to', 'say'], ['fair', 'to', 'say'], ['hard', 'to', 'say'],
  ['difficult', 'to', 'say'], ['impossible', 'to', 'say'], ['soon', 'to', 'say'], ['early', 'to', 'say'],
  // "thanks to" is a preposition ("thanks to the storm"), not a speech act.
  ['thanks', 'to'],
  // "X may want to reconsider": the writer's advice to X, not X's wish.
  ['may', 'want', 'to'], ['might', 'want', 'to'],
  // "All told, the group raised …": in all, not a telling.
  ['^', 'all', 'told', ','],
];

/**
 * Quantifiers that can stand alone as a subject ("Most believe that …", "another said", "both suggested"),
 * and whether they take a plural verb ("some say", but "another says").
 */
export const QUANTIFIER_SUBJECTS: ReadonlyMap<string, { plural: boolean }> = new Map([
  ...['most', 'few', 'some', 'many', 'both', 'several', 'all'].map((w): [string, { plural: boolean }] => [w, { plural: true }]),
  ...['another', 'neither'].map((w): [string, { plural: boolean }] => [w, { plural: false }]),
]);

/** Words that stand for people without naming them, as a subject or before "of them/whom" ("many of whom say"). */
export const INDEFINITE_PRONOUNS = new Set([...QUANTIFIER_SUBJECTS.keys(), 'others', 'one', 'nobody', 'someone', 'everyone', 'none', 'each', 'half']);

/** Words for a group of people that only a relative clause after them says who they are ("those who want lower taxes", "many who …"). */
export const CLAUSE_NAMED_GROUPS = new Set(['those', 'some', 'many', 'most', 'few', 'several', 'all', 'others', 'anyone', 'everyone', 'someone']);

/** Auxiliaries that agree with a plural subject only ("Health worries have dogged …"). */
export const PLURAL_AUXILIARIES = new Set(['have', 'are', 'were']);

/** Verbs that close a trailing source clause of evidence on their own, with no object: "…, an analysis of the records shows." */
export const CLOSING_EVIDENCE_VERBS = new Set(['shows', 'finds', 'suggests', 'indicates', 'says', 'concludes', 'notes', 'reports']);

/** Bare forms of verbs that report findings, after a plural subject ("FEC reports show that …", "records indicate …"). */
export const PLURAL_EVIDENCE_VERBS = new Set(['show', 'suggest', 'indicate', 'reveal', 'identify', 'find', 'confirm']);

/** What may stand before a participle whose object is an -s word ("…, citing reasons of health"): a comma, a conjunction, "while", "by". */
export const PARTICIPLE_OPENERS = new Set([',', 'and', 'or', 'while', 'by']);

/**
 * Plurals that modify the noun after them, as the first part of a compound ("savings plans", "arms sales", "sports
 * fans"): an -s word right after one is the compound's head, not a verb.
 */
export const PLURAL_NOUN_MODIFIERS = new Set(['savings', 'sales', 'arms', 'sports', 'earnings', 'jobs', 'goods', 'customs', 'communications', 'operations', 'securities', 'parks', 'veterans', 'rights', 'ratings', 'elections', 'weapons', 'wages', 'benefits', 'emissions', 'narcotics']);

/** Compounds whose head the lexicon reads as a bare verb ("health care"): after its first word, the head is a noun. */
export const VERB_HEADED_COMPOUNDS = new Set(['health care', 'child care', 'day care', 'elder care']);

/** Plural nouns without an -s ("the data show", "the media report"): a bare verb after one is its verb. */
export const PLURALS_WITHOUT_S = new Set(['data', 'media', 'people', 'police', 'criteria', 'phenomena', 'men', 'women', 'children']);

/** Singular nouns that end in -s like a plural ("news", "politics"), besides those in -ss, -is and -us. */
export const SINGULARS_IN_S = new Set(['news', 'politics', 'economics', 'physics', 'ethics', 'series', 'species', 'means', 'headquarters', 'whereabouts', 'mathematics', 'athletics', 'logistics', 'diabetes', 'measles']);

/** Modal auxiliaries: no -s verb comes right before one, so a word read so there is a plural noun ("rates will rise"). */
export const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'should', 'must']);

/**
 * Modals that, right before a cue, make its report a possibility or a recommendation, not something said: "the panel
 * could declare the claim illegal", "superdelegates should consider switching" (on train 5 of 25 such attributions
 * were right; "would", "will", "may", "might" report as often as not).
 */
export const HYPOTHETICAL_MODALS = new Set(['could', 'should']);

/**
 * Cues whose passive after a modal still attributes a view, held by no one named: "Rubio could be seen as the safer
 * choice", "turnout can be expected to rise" (on train right 5 of 7 times; other passives after a modal, "can be found
 * here", "will be decided at the convention", 4 of 25).
 */
export const MODAL_PASSIVE_VIEW_LEMMAS = new Set(['see as', 'expect']);

/**
 * Nouns of a stance or a speech act that a verb takes as its object before what they are about: "offered some kind
 * words about Mr. Bush", "showed limited enthusiasm for Trump", "expressed confidence that …". PolNeAR marks the
 * verb, the noun and its preposition as the cue and what follows as the content. Mined from the train split's
 * multi-word cues (nouns seen there before a final preposition).
 */
export const STANCE_NOUNS = new Set([
  'support', 'attack', 'attacks', 'question', 'questions', 'focus', 'criticism', 'critique', 'interest', 'comment', 'comments',
  'endorsement', 'endorsements', 'concern', 'concerns', 'praise', 'mention', 'word', 'words', 'view', 'views', 'opinion',
  'stance', 'position', 'positions', 'defense', 'credit', 'doubt', 'doubts', 'hope', 'hopes', 'note', 'sign', 'signs',
  'thoughts', 'enthusiasm', 'argument', 'rhetoric', 'fear', 'fears', 'feelings', 'shot', 'shots', 'swipe', 'swipes',
  'sights', 'denunciation', 'remarks', 'blame', 'apologies', 'insults', 'condolences', 'scrutiny', 'worry', 'worries',
  'rejection', 'confidence', 'optimism', 'skepticism', 'frustration', 'outrage', 'anger', 'disappointment', 'notion',
  'respect', 'faith', 'opposition',
  // Feelings shown or voiced ("expressed alarm that …", "voiced dismay at …"): on train 16 of 17 after a cue were in the cue.
  'alarm', 'dismay', 'astonishment', 'amusement', 'remorse', 'sympathy', 'displeasure', 'surprise', 'disbelief', 'relief',
]);

/**
 * Nouns of what is said or held, which a verb after a name may have as its object in a relative clause without "that":
 * "…, an allegation Lee denied", "a view the mayor shares". The name, not the noun, is the verb's subject, and the
 * noun is what it reports (annotated so on train: "a point", "a word").
 */
export const REPORTED_NOUNS = new Set([
  ...STANCE_NOUNS, 'allegation', 'allegations', 'claim', 'claims', 'charge', 'charges', 'accusation', 'accusations', 'assertion',
  'assertions', 'characterization', 'account', 'idea', 'suggestion', 'suggestions', 'statement', 'version', 'description',
  'estimate', 'estimates', 'assessment', 'conclusion', 'finding', 'findings', 'label', 'term', 'theory', 'point', 'message',
  'fact', 'facts', 'figure', 'figures', 'number', 'numbers', 'decision', 'move', 'proposal', 'plan', 'policy',
]);

/**
 * Nouns of a written piece as a cue's object ("published a story about …", "released a report detailing …"): what
 * it is about is the content (PolNeAR train: 8 of 9 after such a noun and a word of WRITTEN_PIECE_LINKS).
 */
export const WRITTEN_PIECES = new Set(['story', 'report', 'article', 'letter', 'op-ed', 'column', 'piece', 'editorial', 'memo', 'essay', 'paper', 'analysis', 'study', 'book']);

/**
 * Cue lemmas that also tell of coming upon a thing ("found a new sponsor", "found a home"): before "a" or "an" they
 * report a finding only for a study, poll or report as source ("a poll finds a rise in …"). Train: 5 such
 * attributions with other sources, none right.
 */
export const DISCOVERY_LEMMAS = new Set(['find']);

/** Nouns of a source whose "found a …" reports a finding: polls, studies, documents, written pieces, and who makes them. */
export const FINDING_SOURCE_NOUNS = new Set([...POLL_NOUNS, ...DOCUMENT_NOUNS, ...WRITTEN_PIECES, 'studies', 'papers', 'investigation', 'inquiry', 'probe', 'research', 'researchers', 'analysts', 'panel', 'jury', 'court', 'commission']);

/**
 * What a subject makes, sends or spends before a participle ("issued a statement saying …", "spent much of the speech
 * praising …", "went on the record endorsing …"): the participle reports for the verb's subject. After any other
 * object the object itself reports ("received calls saying …", "held up a sign saying …", "featured panels discussing …").
 */
export const MADE_OR_SPENT_OBJECTS = new Set([
  ...MEDIA_NOUNS, ...WRITTEN_PIECES, 'letters', 'articles', 'editorials', 'papers', 'reports', 'petition', 'note', 'notices',
  'response', 'website', 'injunction', 'referenda', 'time', 'run-up', 'record', 'turns', 'work', 'conversation', 'campaign', 'it',
]);

/** What links such a piece to its subject ("a story about", "a report detailing"). */
export const WRITTEN_PIECE_LINKS = new Set(['about', 'on', 'detailing', 'describing', 'outlining', 'examining', 'explaining', 'regarding']);

/** Determiners that make a noun phrase someone's or a given one ("his support", "the notion"). */
export const DEFINITE_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'this', 'that', 'these', 'those']);

/** The prepositions after such a noun ("words about", "enthusiasm for", "attacks on"). */
export const STANCE_PREPOSITIONS = new Set(['about', 'of', 'for', 'on', 'at', 'against', 'toward', 'towards', 'with', 'over', 'in']);

/**
 * Participles of feeling or belief whose subject, after a form of "be", holds the attitude ("Her advisers are
 * convinced that …", "Voters were worried that …"): its source, not what is reported, unlike a passive's subject.
 */
export const EXPERIENCER_PARTICIPLES = new Set([
  'convinced', 'concerned', 'worried', 'persuaded', 'alarmed', 'troubled', 'disappointed', 'pleased', 'satisfied',
  'frustrated', 'upset', 'unconvinced', 'determined',
]);

/**
 * Participles whose verb takes its object before this preposition ("accused him of", "charged her with"): with
 * the preposition straight after, and no "be", the participle is passive, a reduced relative ("the man accused of
 * fraud") or a headline's ("Mayor charged with bribery"): its subject is who is accused, not who accuses.
 */
export const OBJECT_BEFORE_PREPOSITION: Readonly<Record<string, string>> = wordTable({ accused: 'of', suspected: 'of', convicted: 'of', charged: 'with' });

/**
 * Prepositions that open a passive's complement after its agent ("was criticized by rivals for skipping the debate",
 * "was seen by voters as a long shot"): what was criticized or seen. (Also the preposition a verb takes in
 * OBJECT_BEFORE_PREPOSITION: "was accused by a colleague of lying"; other "of"s go on with the agent: "by a number of
 * experts".)
 */
export const AGENT_COMPLEMENT_PREPOSITIONS = new Set(['for', 'as']);

/** Words that open a question put to someone besides the complementizers ("asked which county …", "asked whom she backed"). */
export const QUESTION_OPENERS = new Set(['which', 'whom']);

/** Cue lemmas that put a question ("asked whether …", "asked about …"). */
export const QUESTION_LEMMAS = new Set(['ask', 'ask about']);

/** Words for whatever was said, which a relative clause leaves out as the object: "everything [Lee says] is true". */
export const SAID_THING_WORDS = new Set(['everything', 'anything', 'something', 'nothing', 'all', 'much', 'little']);

/**
 * Verbs whose reported clause a relative clause without "that" may leave the subject of, its verb right after the
 * cue: "a probe the agency said was ongoing", "a step they believe could help". (Not verbs of an object: "the photo
 * Lee posted was fake", "one label Ruiz resists is …" leave out the object, and the verb after is the main clause's.)
 */
export const SUBJECT_GAP_LEMMAS = new Set(['say', 'believe', 'think', 'argue', 'claim', 'contend', 'estimate', 'expect', 'fear', 'feel', 'hope', 'insist', 'know', 'acknowledge', 'admit', 'allege', 'assert', 'suggest', 'suspect', 'predict', 'worry', 'warn', 'maintain', 'report', 'charge', 'complain', 'note', 'find', 'conclude', 'testify', 'deny']);

/**
 * Cues whose reported clause may follow them bare, its subject right after the cue: "said his band and a friend wrote
 * …" (a subject of two, not an object and a new report, as after "denounced the deal and aides said …").
 */
export const BARE_CLAUSE_LEMMAS = new Set([...SUBJECT_GAP_LEMMAS, 'write', 'add']);

/** Cues whose content may be a clause opening with "when" ("said when I announced it, …", "remembers when troops came"). */
export const WH_CLAUSE_LEMMAS = new Set(['say', 'tell', 'ask', 'explain', 'know', 'remember', 'recall', 'decide', 'wonder', 'describe']);

/** Conjunctions before a bare "asked" that put a question to the clause's subject ("said when asked whether …"). */
export const ASKED_OPENERS = new Set(['when', 'after', 'before', 'if', 'once', 'until']);

/** Pronouns for a thing or a fact, not a speaker ("That said it all", "it says a lot"). */
export const THING_PRONOUNS = new Set(['that', 'this', 'it']);

/** Pronouns of the writer's own narration ("I asked the council", "we reported"): an op-ed's, a first-person report's. */
export const WRITER_PRONOUNS = new Set(['i', 'we']);

/** Cues of refusing to speak: "declined to say whether …", "refused to comment" report nothing said. */
export const REFUSAL_CUES = new Set(['decline', 'refuse']);

/**
 * Cues of writing whose noun-phrase object is the thing made, not what is reported ("wrote a book", "posted a
 * video", "reading the outline"): only a clause or a quotation after them is content, or what a piece is about
 * ("wrote a column about …"). On PolNeAR train such noun-phrase contents were annotated 17 times in 66 (write 11 of
 * 41, post 4 of 16, read 2 of 9). ('publish', 3 of 13, is left out: "published the story" reports the story.)
 */
export const WORK_OBJECT_CUES = new Set(['write', 'post', 'read']);

/**
 * Cue lemmas for causing a feeling, whose object is the one who feels it: "The remarks angered Democrats" reports
 * what Democrats feel about the remarks (PolNeAR's source is the object, its content the subject). In the passive
 * and as adjectives ("Democrats were angered by …", "are worried that …") the subject feels it, as usual.
 * (Not 'surprise', 'upset', 'thrill', 'confuse': on train their objects were mostly other senses, "upset Bush".)
 */
export const OBJECT_EXPERIENCER_CUES = new Set([
  'anger', 'infuriate', 'outrage', 'alarm', 'startle', 'rattle', 'shock', 'scare', 'worry', 'disappoint', 'impress', 'excite',
]);

/** A time phrase before a verb ("on Friday evening", "less than two weeks ago"): parts of the day (above), units, and the words of "… ago". */
export const TIME_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'hour', 'hours']);
/** What follows the unit of a time phrase that dates a verb back from now or from then ("years ago", "days later"). */
export const AGO_WORDS = new Set(['ago', 'earlier', 'later']);
export const AGO_PHRASE_WORDS = new Set(['a', 'an', 'few', 'several', 'than', 'less', 'more', 'about', 'just', 'nearly', 'almost', 'only', 'some']);

/**
 * U.S. states, by name and by AP abbreviation, for "Flint, Mich.," and "Aurora, Colorado,": the state after a
 * town's comma goes with the town, and the commas around it close no aside.
 */
export const US_STATES = new Set([
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada',
  'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma',
  'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont',
  'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming', 'd.c.',
  'ala.', 'ariz.', 'ark.', 'calif.', 'colo.', 'conn.', 'del.', 'fla.', 'ga.', 'ill.', 'ind.', 'kan.', 'ky.', 'la.',
  'md.', 'mass.', 'mich.', 'minn.', 'miss.', 'mo.', 'mont.', 'neb.', 'nev.', 'n.h.', 'n.j.', 'n.m.', 'n.y.', 'n.c.',
  'n.d.', 'okla.', 'ore.', 'pa.', 'r.i.', 's.c.', 's.d.', 'tenn.', 'va.', 'vt.', 'wash.', 'w.va.', 'wis.', 'wyo.',
]);

/** Prepositions the tagger may read as verbs that open an aside between commas ("Ana Li, like Obama, has said"). */
export const ASIDE_PREPOSITIONS = new Set(['like', 'unlike']);

/** Reflexive pronouns, which open an appositive ("Lee, himself a veteran, said"). */
export const REFLEXIVE_PRONOUNS = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself']);

/**
 * Words the tagger reads as nouns that are verbs before the nouns of their idiom (after an article or not: "cast doubt
 * on", "cast the blame on") or before a reflexive pronoun and "as" ("cast himself as an outsider").
 */
export const VERBS_BEFORE_OBJECT_NOUNS: Readonly<Record<string, ReadonlySet<string>>> = wordTable({ cast: new Set(['doubt', 'blame', 'aspersions']) });

/** Nouns after "by" that name how something was said, not who said it ("said by telephone"). */
export const MEANS_OF_SPEAKING = new Set(['telephone', 'phone', 'email', 'e-mail', 'text', 'video', 'satellite', 'letter', 'fax', 'mail', 'video-link']);

/**
 * Words of frequency, duration, order or degree that, alone after a cue, say nothing reported ("said twice", "for
 * months", "responded first", "pushed forward"); with TIME_WORDS and TIME_NAMES, which onlyWhenOrHow also reads
 * ("again", "later", "last week").
 */
export const WHEN_OR_HOW = new Set(['twice', 'once', 'online', 'months', 'weeks', 'years', 'days', 'hours', 'for', 'next', 'ago', 'first', 'forward', 'back', 'anyway', 'too', 'hard', 'late', 'early', 'just', 'a', 'few', 'several']);

/**
 * Adverbs of manner without "-ly" (those in "-ly" the tagger marks as adverbs): between a cue and its particle they
 * go with the cue ("pushed back hard on the report", "fired back fast at …").
 */
export const MANNER_ADVERBS = new Set(['hard', 'fast', 'loud', 'straight']);

/** Adverbs in "-ly" that say how much or how often, not how ("agrees only on …", "met nearly every week"): no manner. */
export const DEGREE_ADVERBS_IN_LY = new Set(['only', 'nearly', 'likely', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'really', 'mostly', 'largely', 'partly', 'mainly', 'fully']);

/** Nouns of unnamed sources that make a subject by themselves ("Officials said", "a source says", "Many say"). */
export const ANONYMOUS_NOUNS = new Set(['sources', 'source', 'officials', 'official', 'people', 'person', 'others', 'some', 'many', 'critics']);

/** Minor words a title-case headline leaves in lower case. */
export const TITLE_MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'vs', 'via']);

/** After a comma, words that join a report of its own to the one before ("…, while others say …", "…, and she said …"). */
export const REPORT_JOINERS = new Set(['and', 'but', 'while', 'though', 'although', 'whereas']);

/** After a comma, the joiners of a contrasting clause ("…, while the council sought …", "…, though records indicate …"). */
export const CONTRAST_JOINERS = new Set(['while', 'though', 'although', 'whereas']);

/**
 * Words that join a clause of its own, with or without a comma before them ("… and the council could not …", "… when
 * Lee suggested …"); "even" only as the first of "even as", "even though" … Not a lone "as": before a noun and a verb it
 * is as often a preposition whose noun has a relative clause ("as a reason voters gave"). Nor "while" with no comma:
 * "shows an officer aiming a gun while police shout" is annotated as one report as often as two (measured).
 */
export const CLAUSE_JOINERS = new Set(['and', 'but', 'though', 'although', 'whereas', 'after', 'before', 'when', 'because', 'since', 'even']);

/** Conjunctions that open a sentence, joining it to the one before ("And turnout fell, according to …"). */
export const OPENING_CONJUNCTIONS = new Set(['and', 'but', 'so']);

/** Conjunctions that coordinate phrases ("drafted for the firm, and obtained by AP,"). */
export const COORDINATORS = new Set(['and', 'but', 'or', 'nor']);
/** Conjunctions that join a verb phrase to the one before it ("questioned whether …, but declined to …"), or are left dangling at a content's end. */
export const VERB_COORDINATORS = new Set(['and', 'but', 'or']);
/** Conjunctions before a second report's source that make it the writer's next clause ("…, and others said …", "… while Lee argued …"). */
export const CLAUSE_COORDINATORS = new Set(['and', 'but', 'while', 'whereas', 'though', 'although']);

/**
 * Subordinators after which a speech act or a belief of its own ends the report before it ("…, when he claimed …",
 * "…, even though many backed …"); "as" only after a comma or "even".
 */
export const REPORT_SUBORDINATORS = new Set(['when', 'after', 'before', 'because', 'since', 'until', 'once', 'while', 'whereas', 'though', 'although']);

/**
 * Connectives that open a sentence before a comma ("Still, …", "In fact, …", "By contrast, …"): the writer's link to
 * the sentence before, left out of the content that follows them (PolNeAR train: 29 of 30 such contents start after
 * the comma). Not "Instead," or "Now,", which annotators keep (9 of 9).
 */
export const SENTENCE_CONNECTIVES: readonly string[] = [
  'still', 'however', 'yet', 'also', 'indeed', 'moreover', 'furthermore', 'additionally', 'besides', 'nevertheless', 'nonetheless',
  'likewise', 'similarly', 'consequently', 'thus', 'in addition', 'in fact', 'in contrast', 'by contrast', 'at the same time',
  'as a result', 'even so', 'to be sure',
];

/**
 * Prepositions of concession that open a sentence ("Despite the polls, the race is close, Lee said"): the writer's
 * setting of the clause, left out of the content before a trailing source (PolNeAR train: 9 of 10 such contents
 * start after the phrase). Not "though" or "although", which the annotators split.
 */
export const FRONTED_CONCESSIONS = new Set(['despite']);

/** "not", "n't": negation, inside a verb group ("did not have"). */
export const NEGATIONS = new Set(['not', "n't"]);

/** Words after which "not" opens a reported clause's subject, not a verb group: "said not all voters agreed", "not one of them". */
export const NEGATED_QUANTIFIERS = new Set(['all', 'every', 'everyone', 'everybody', 'everything', 'many', 'much', 'enough', 'one', 'a', 'an']);

/**
 * Verbs through which their subject makes or holds the claim that a noun names ("made the suggestion that …",
 * "persisted in the argument that …", "floated the idea that …"): the subject is the claim's source, and the
 * that-clause its content. Any other verb takes the claim up ("bristled at the suggestion that …").
 */
export const HOLDING_VERBS = new Set([
  'make', 'makes', 'made', 'making', 'share', 'shares', 'shared', 'sharing', 'voice', 'voices', 'voiced', 'voicing',
  'express', 'expresses', 'expressed', 'expressing', 'raise', 'raises', 'raised', 'raising', 'float', 'floats', 'floated', 'floating',
  'push', 'pushes', 'pushed', 'pushing', 'advance', 'advances', 'advanced', 'advancing', 'offer', 'offers', 'offered', 'offering',
  'repeat', 'repeats', 'repeated', 'repeating', 'reiterate', 'reiterates', 'reiterated', 'reiterating', 'renew', 'renews', 'renewed', 'renewing',
  'persist', 'persists', 'persisted', 'persisting', 'cling', 'clings', 'clung', 'clinging', 'operate', 'operates', 'operated', 'operating',
  'hold', 'holds', 'held', 'holding', 'stick', 'sticks', 'stuck', 'sticking', 'enter', 'enters', 'entered', 'entering',
  'press', 'presses', 'pressed', 'pressing', 'put', 'puts', 'putting', 'remain', 'remains', 'remained', 'remaining',
]);

/** Words that single out one of a kind before its noun: "the first senator to endorse Lee", "the only mayor to back …". */
export const FIRST_OF_KIND = new Set(['first', 'earliest', 'only', 'last', 'latest']);

/** The prepositions that name the source of a reaction the subject receives: "drew criticism from", "has the backing of", "strong support among". */
export const REACTION_SOURCE_PREPOSITIONS = new Set(['from', 'of', 'among']);

/**
 * Verbs whose subject is the target of the reaction a noun names, not its source ("faced criticism of his handling of
 * the flood", "drew attacks on her record"): the noun's phrase has no source there.
 */
export const RECEIVING_VERBS = new Set([
  'face', 'faces', 'faced', 'facing', 'draw', 'draws', 'drew', 'drawn', 'drawing', 'receive', 'receives', 'received', 'receiving',
  'attract', 'attracts', 'attracted', 'attracting', 'endure', 'endures', 'endured', 'enduring', 'weather', 'weathers', 'weathered', 'weathering',
  'deflect', 'deflects', 'deflected', 'deflecting', 'get', 'gets', 'got', 'gotten', 'getting',
]);

/** Singular verb forms that a plural subject cannot take ("is", "'s", "was", "has", "does"). */
export const SINGULAR_VERBS = new Set(['is', "'s", '’s', 'was', 'has', 'does', "isn't", 'isn’t', "wasn't", 'wasn’t', "hasn't", 'hasn’t', "doesn't", 'doesn’t']);

/** Lemmas whose source is the phrase after them and whose content is the clause around it ("according to X", "In a CNN poll, …", "To Ruiz, …"). */
export const SOURCE_AFTER_CUE = new Set(['according to', 'in', 'to']);

/** Prepositions after which a noun phrase modifies the noun before ("the idea of …", "support in Ohio for …"). */
export const SUBJECT_MODIFIER_LINKS = new Set(['of', 'between', 'with', 'in', 'for', 'on', 'about', 'from', 'among', 'against', 'over', 'to']);

/** Prepositions that open a verb's complement, not an adverbial ("insist on", "think about", "warn against"). */
export const COMPLEMENT_PREPOSITIONS = new Set(['on', 'about', 'of', 'against']);

/** Words that measure a margin of support ("by 20 points", "by a wide margin"). */
export const MARGIN_WORDS = new Set(['percent', '%', 'points', 'votes', 'margin', 'margins']);

/** Two-word subordinators that open a clause of when or why after an object ("even though", "so that"). */
export const TWO_WORD_SUBORDINATORS = new Set(['even though', 'even as', 'even if', 'even when', 'even after', 'even while', 'so that']);

/** Quantifiers before a noun inside a multiword cue ("received any endorsements", "a single endorsement", "more support"). */
export const QUANTIFIERS_INSIDE = new Set(['a', 'an', 'any', 'no', 'more', 'some', 'much', 'little', 'single', 'wide', 'broad']);

/** Pronouns of people who may hold a view ("To them, …", "To many, …"). */
export const VIEW_HOLDER_PRONOUNS = new Set(['them', 'him', 'her', 'me', 'us', 'many', 'others', 'some', 'most']);

/** The survey nouns that name one survey ("a poll", "the survey"), not polling at large. */
export const SINGLE_SURVEY_NOUNS = new Set(['poll', 'survey']);

/** Words opening a phrase hung on a clause after its comma ("…, with 6 percent", "…, compared to 50 percent"). */
export const DEPENDENT_PHRASE_OPENERS = new Set(['with', 'compared', 'including', 'although']);

/** Participles telling when, where or by whom a survey was made ("the poll, conducted in May, …", "released Monday"). */
export const SURVEY_MAKING_PARTICIPLES = new Set(['conducted', 'released', 'taken', 'published', 'fielded', 'carried']);

/** Verbs by which a survey places someone ("the poll has Ruiz leading", "puts his approval at 40 percent"). */
export const SURVEY_PLACING_VERBS = new Set(['has', 'had', 'puts', 'put', 'gives', 'gave']);

/** Words of where a survey places someone, after the noun phrase ("Ruiz at 40 percent", "Lee ahead by six"). */
export const SURVEY_STANDING_WORDS = new Set(['at', 'ahead', 'behind', 'up', 'down', 'tied', 'even', 'over', 'with', 'leading', 'trailing']);

/** Prepositions of a survey's own phrase: who made it, of whom, where ("a poll by Gallup", "a survey of voters"). */
export const SURVEY_PREPOSITIONS = new Set(['of', 'from', 'by', 'among']);

/** What opens a stretch of time ("over the past two years", "for months"). */
export const STRETCH_PREPOSITIONS = new Set(['in', 'over', 'during', 'for', 'within', 'throughout']);

/** Prepositions of a stretch of time that may close a noun-phrase object ("in recent weeks", "for years"). */
export const OBJECT_FINAL_STRETCH_PREPOSITIONS = new Set(['in', 'for', 'during']);

/** Words between a stretch of time's preposition and its unit ("the past two", "the next eight"). */
export const STRETCH_MODIFIERS = new Set(['past', 'next', 'last', 'coming', 'first', 'few', 'several', 'many', 'recent']);

/** Prepositions that open a participle's complement after a noun ("devoted to", "aimed at", "based in"). */
export const PARTICIPLE_COMPLEMENTS = new Set(['to', 'at', 'in', 'on', 'for', 'from', 'into']);

/** Object pronouns that may follow a verb. */
export const PRONOUNS_AS_OBJECT = new Set([...OBJECT_PRONOUNS, 'it']);

/** Pronouns that only a verb (or a preposition) takes as its object: no noun or adjective stands right before them. */
export const OBJECT_ONLY_PRONOUNS = new Set(['him', 'them', 'us', 'me', 'it', ...REFLEXIVE_PRONOUNS]);
