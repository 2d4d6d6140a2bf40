/**
 * Cue lexicon: reporting verbs and other attribution cues, mined from the
 * PolNeAR train split (../shared/eval/polnear-train.jsonl). Data only.
 *
 * Mining (scripts kept out of the repository): every gold cue was lowercased,
 * stripped of auxiliaries, negation, adverbs, weekday/time words, trailing
 * colons and trailing "in a statement/interview"-type phrases, then grouped by
 * the lemma of its first remaining word (plus the particle for the phrasal
 * cues listed here). A cue containing a form of "say" counts for "say".
 *
 * count:       gold cues in train assigned to the lemma.
 * reliability: share of occurrences of the entry's forms in the train texts
 *              that overlap a gold cue (longest form wins, so 'called for'
 *              counts for 'call for', not 'call'). Low values (< 0.2) mark
 *              words the pipeline should accept only with syntactic evidence
 *              (a source subject, a following clause or quotation).
 * formReliability: the same share for single forms of an unreliable lemma
 *              that differ much from it ('stated' 0.81, 'stating' 0.92 where
 *              'state' is 0.02, being mostly a noun). The pipeline uses a
 *              form's value in place of the lemma's only from 0.5 up (a cue
 *              more often than not); lower ones are kept as a record.
 * forms:       all inflections (base, -s, past, participle, -ing), also
 *              unseen ones; British -ise spellings for -ize verbs.
 * notAfterWords: compound nouns ("TV show", "roll call") whose attributions on train were all wrong.
 * standalone, needsClause, notBefore, reportsBefore: mined from the pipeline's own attributions on train
 *              (each lemma accepted like a reliable cue, or each lemma and
 *              what follows it); see the fields' comments below.
 *
 * Stance choices follow DESIGN.md "Vocabulary": neutral (say, tell, add,
 * note, report ...), assertive (insist, vow, stress, argue ...), doubting
 * (claim, allege, purport, reportedly: the writer keeps a distance), denying
 * (deny, reject, dismiss, play down ...), accusing (accuse, blame, criticize,
 * complain ...), conceding (admit, concede, acknowledge ...), other (beliefs,
 * intentions, feelings, requests, warnings, evaluations, findings).
 * Left out, though mined: lemmas whose attributions by the pipeline were right
 * at most a quarter of the time on train (4 to 9 each, the same on dev):
 * accusation, campaign, choose, debate, desire, fight ('back' is in, without
 * its bare form, mostly the adverb: "backed Lee" was right 28 times in 55 new
 * attributions on train), mean ("the cost means that …" is a consequence; 3 of 13).
 * Not included: punctuation cues (colon, dash; handled in code), prepositions
 * that are cues only in context (in, for, of, on, about, by, under ...), and
 * light verbs whose gold cues are whole phrases (make, take, give, go, get,
 * look, put, hold, raise, issue, provide, deliver ...).
 */
import type { Stance } from '../types.js';

/** What the cue reports: speech act, belief/intention/feeling, or evidence/publication. */
export type CueCategory = 'speech' | 'belief' | 'evidence';

export interface CueEntry {
  /** Base form: 'say', 'call for', 'according to', 'tell'. */
  lemma: string;
  stance: Stance;
  category: CueCategory;
  /** Every lowercase surface form to match; multiword forms space-separated. */
  forms: string[];
  /** Share (0..1, two decimals) of the occurrences of these forms in train texts that are (part of) a gold cue. */
  reliability: number;
  /** The same share for single forms that differ much from the lemma's ('stated' 0.81 where 'state' is a noun). */
  formReliability?: Record<string, number>;
  /** How many gold cues in train have this lemma. */
  count: number;
  /**
   * An unreliable cue that still reports on its own, without a reported clause after it ("wants to …",
   * "thanked the volunteers"): on train, the pipeline's attributions for it were right at least half the time
   * when it was accepted like a reliable cue.
   */
  standalone?: boolean;
  /**
   * The opposite: a lemma above the weak threshold that still reports only before a reported clause or quotation,
   * like a weak cue ("sounds like …", "concerns about …", "recommended a new rule"): on train, the pipeline's
   * attributions for it without such a clause after it were right at most a quarter of the time (re-measured
   * against what the pipeline keeps, not against word occurrences as `reliability` is).
   */
  needsClause?: boolean;
  /**
   * What may not follow the cue for it to report: on train, the pipeline's attributions for this lemma
   * with that after the cue were right at most 30% of the time (more than 10 of them), e.g. "needs to"
   * (an obligation), "continues to" (the next verb reports), "added in" (a place or time), "support," (the noun).
   */
  notBefore?: CueFrame[];
  /**
   * What, after this unreliable lemma, makes it report on its own: on train, its attributions with that
   * after the cue were right more than half the time when accepted (at least 10 of them), e.g. "plans to …",
   * "listed the reasons". A preposition after 'comment', 'disagree', 'know' ("disagreed with the plan", "knew of
   * the talks") was the one frame of a weak lemma found right about four times in five, though seen only 4 to 5
   * times each (press and reflect, as good on train, lowered dev or changed nothing).
   */
  reportsBefore?: CueFrame[];
  /**
   * As a participle after a quotation's attribution, it reports more and the next sentence's quotation goes on
   * with it, not with the quotation: “A,” Lee said, adding that the pier would reopen. “B.” (on train, 4 of 6).
   */
  takesNextQuotation?: boolean;
  /**
   * Words that, as the cue's particle or the head of its object (past a determiner, a number or an adjective), give the verb
   * another sense: "found himself in trouble", "find a way", "cast ballots", "showed up"; or phrases of several words
   * right after it ("called to mind"). On train none of the
   * pipeline's attributions for the lemma with one of these after it was right (more than 10 for 'find').
   */
  notBeforeWords?: string[];
  /**
   * Words that, right before the cue word, make a compound noun of it: "TV show", "talk show", "roll call". On
   * train none of the pipeline's attributions for the lemma after one of these was right.
   */
  notAfterWords?: string[];
  /**
   * The cue's subject receives the reaction, whose source follows "from": "The plan drew criticism from residents"
   * (what is criticised is the content, the residents the source; as annotated on train, 3 of 3).
   */
  receivesReaction?: boolean;
  /**
   * The verb reports a noun phrase, never a clause ("backed Lee", "opposes the cap"): what follows it is its object,
   * even where a verb comes after ("a super PAC backing Lee, Ruiz’s group, spent …", "supported him because he …").
   */
  objectOnly?: boolean;
  /**
   * Modifiers may stand between the first word of a multiword form and the rest: adjectives, adverbs, a quantifier
   * ("drew sharp criticism from", "has not received any endorsements from", "won overwhelming support from").
   */
  modifiersInside?: boolean;
  /**
   * Prepositions that may open a phrase between the first word of a multiword form and the rest: "quoted by the
   * Herald as saying", "quoted in the paper as saying" (the medium, not the source).
   */
  phraseInside?: string[];
  /**
   * The word is a noun only after a determiner, a number or a possessive, past one adjective ("have a say", "their
   * final say"): elsewhere a noun reading by the tagger is wrong ("experts say …", "the group’s chief says …"). On
   * train 14 of 21 such misread forms of 'say' were gold cues, most of the rest inside quotations.
   */
  nounOnlyWhenDetermined?: boolean;
  /**
   * Prepositions after which the noun reports the phrase that follows, with or without a possessor ("her criticism of
   * the judge", "comments about taxes"; 'to+verb' is an infinitive: "his promise to build …"). Each was right at least
   * 55% of the time on train, on at least 5 attributions (mined per noun and preposition).
   */
  nounPrepositions?: string[];
  /**
   * The same, but only after a possessor: "his attacks on Lee" is a report, "an attack on the embassy" an act (on train
   * 'attack' on/against was right 13 of 23 times with a possessor, 11 of 29 without).
   */
  possessedNounPrepositions?: string[];
}

/**
 * What follows a cue: a clause ("that …", "whether …"), a quotation, an infinitive, a preposition, an object, or
 * nothing (a comma or stop right after it: "with rural support, …").
 */
export type CueFrame = 'clause' | 'quote' | 'to' | 'prep' | 'object' | 'none';

export const CUES: CueEntry[] = [
  // ---------------------------------------------------------------- speech: speech acts
  { lemma: 'say', stance: 'neutral', category: 'speech', forms: ['say', 'says', 'said', 'saying'], reliability: 0.86, count: 5452, nounOnlyWhenDetermined: true }, // count includes cues like 'said in a statement', 'went on to say', 'issued a statement saying'
  { lemma: 'tell', stance: 'neutral', category: 'speech', forms: ['tell', 'tells', 'told', 'telling'], reliability: 0.70, count: 504 }, // 'told reporters' etc. count here
  { lemma: 'write', stance: 'neutral', category: 'speech', forms: ['write', 'writes', 'wrote', 'written', 'writing'], reliability: 0.74, count: 297 },
  { lemma: 'add', stance: 'neutral', category: 'speech', forms: ['add', 'adds', 'added', 'adding'], reliability: 0.74, count: 291, notBefore: ['object', 'prep'], takesNextQuotation: true },
  { lemma: 'call', stance: 'neutral', category: 'speech', forms: ['call', 'calls', 'called', 'calling'], reliability: 0.45, count: 272, notAfterWords: ['roll', 'conference', 'phone', 'wake-up', 'close'], notBeforeWords: ['off', 'to mind'] }, // mostly naming/labelling ('called him a liar'); 'call for'/'call on' are separate. Not "called off the deal" (cancelled), "called to mind" (recalled): on train 4 such, none right
  { lemma: 'ask', stance: 'neutral', category: 'speech', forms: ['ask', 'asks', 'asked', 'asking'], reliability: 0.65, count: 255 },
  { lemma: 'note', stance: 'neutral', category: 'speech', forms: ['note', 'notes', 'noted', 'noting'], reliability: 0.78, count: 182 },
  { lemma: 'suggest', stance: 'other', category: 'speech', forms: ['suggest', 'suggests', 'suggested', 'suggesting'], reliability: 0.77, count: 178 }, // other: hedged claim; persons (speech) as often as polls/documents
  { lemma: 'argue', stance: 'assertive', category: 'speech', forms: ['argue', 'argues', 'argued', 'arguing'], reliability: 0.85, count: 146 }, // assertive, not doubting: the source pushes a contested position; the writer does not cast doubt as with 'claim'
  { lemma: 'announce', stance: 'neutral', category: 'speech', forms: ['announce', 'announces', 'announced', 'announcing'], reliability: 0.79, count: 133 },
  { lemma: 'claim', stance: 'doubting', category: 'speech', forms: ['claim', 'claims', 'claimed', 'claiming'], reliability: 0.47, count: 100 },
  { lemma: 'describe', stance: 'neutral', category: 'speech', forms: ['describe', 'describes', 'described', 'describing'], reliability: 0.74, count: 96 },
  { lemma: 'continue', stance: 'neutral', category: 'speech', forms: ['continue', 'continues', 'continued', 'continuing'], reliability: 0.27, count: 94, notBefore: ['to', 'object'], formReliability: { continued: 0.58 } },
  { lemma: 'question', stance: 'other', category: 'speech', forms: ['question', 'questions', 'questioned', 'questioning'], reliability: 0.27, count: 90, formReliability: { questioned: 0.86, questioning: 0.58 } }, // other: the source doubts; 'doubting' is reserved for the writer's doubt (claim, allege)
  { lemma: 'tweet', stance: 'neutral', category: 'speech', forms: ['tweet', 'tweets', 'tweeted', 'tweeting'], reliability: 0.22, count: 89, formReliability: { tweeted: 0.87, tweeting: 0.68 }, nounPrepositions: ['about'] }, // speech: a person's statement through a medium
  { lemma: 'call for', stance: 'other', category: 'speech', forms: ['call for', 'calls for', 'called for', 'calling for'], reliability: 0.68, count: 88 },
  { lemma: 'accuse', stance: 'accusing', category: 'speech', forms: ['accuse', 'accuses', 'accused', 'accusing'], reliability: 0.75, count: 87 },
  { lemma: 'criticize', stance: 'accusing', category: 'speech', forms: ['criticize', 'criticizes', 'criticized', 'criticizing', 'criticise', 'criticises', 'criticised', 'criticising'], reliability: 0.74, count: 83 },
  { lemma: 'cite', stance: 'neutral', category: 'speech', forms: ['cite', 'cites', 'cited', 'citing'], reliability: 0.84, count: 76 },
  { lemma: 'explain', stance: 'neutral', category: 'speech', forms: ['explain', 'explains', 'explained', 'explaining'], reliability: 0.70, count: 76 },
  { lemma: 'offer', stance: 'neutral', category: 'speech', forms: ['offer', 'offers', 'offered', 'offering'], reliability: 0.36, count: 74 },
  { lemma: 'acknowledge', stance: 'conceding', category: 'speech', forms: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'], reliability: 0.76, count: 71 },
  { lemma: 'declare', stance: 'assertive', category: 'speech', forms: ['declare', 'declares', 'declared', 'declaring'], reliability: 0.70, count: 71 },
  { lemma: 'promise', stance: 'assertive', category: 'speech', forms: ['promise', 'promises', 'promised', 'promising'], reliability: 0.50, count: 71, nounPrepositions: ['to+verb'] },
  { lemma: 'respond', stance: 'neutral', category: 'speech', forms: ['respond', 'responds', 'responded', 'responding'], reliability: 0.48, count: 70 },
  { lemma: 'refer to', stance: 'neutral', category: 'speech', forms: ['refer to', 'refers to', 'referred to', 'referring to'], reliability: 0.68, count: 65 },
  { lemma: 'insist', stance: 'assertive', category: 'speech', forms: ['insist', 'insists', 'insisted', 'insisting'], reliability: 0.84, count: 61 },
  { lemma: 'talk about', stance: 'neutral', category: 'speech', forms: ['talk about', 'talks about', 'talked about', 'talking about'], reliability: 0.49, count: 59 },
  { lemma: 'attack', stance: 'accusing', category: 'speech', forms: ['attack', 'attacks', 'attacked', 'attacking'], reliability: 0.15, count: 56, formReliability: { attacked: 0.56 }, possessedNounPrepositions: ['on', 'against'] },
  { lemma: 'warn', stance: 'other', category: 'speech', forms: ['warn', 'warns', 'warned', 'warning'], reliability: 0.75, count: 55 }, // other per DESIGN: a prediction/admonition, not a claim about the speaker's certainty
  { lemma: 'express', stance: 'neutral', category: 'speech', forms: ['express', 'expresses', 'expressed', 'expressing'], reliability: 0.69, count: 54 },
  { lemma: 'mention', stance: 'neutral', category: 'speech', forms: ['mention', 'mentions', 'mentioned', 'mentioning'], reliability: 0.62, count: 54 },
  { lemma: 'urge', stance: 'other', category: 'speech', forms: ['urge', 'urges', 'urged', 'urging'], reliability: 0.72, count: 54 },
  { lemma: 'vow', stance: 'assertive', category: 'speech', forms: ['vow', 'vows', 'vowed', 'vowing'], reliability: 0.85, count: 53 },
  { lemma: 'defense', stance: 'assertive', category: 'speech', forms: ['defense', 'defence'], reliability: 0.08, count: 8, nounPrepositions: ['of'] }, // mostly "national defense", "the Defense Department"
  { lemma: 'defend', stance: 'assertive', category: 'speech', forms: ['defend', 'defends', 'defended', 'defending'], reliability: 0.50, count: 52 }, // assertive: the source maintains a position under attack
  { lemma: 'state', stance: 'neutral', category: 'speech', forms: ['state', 'states', 'stated', 'stating'], reliability: 0.02, count: 51, formReliability: { stated: 0.81, stating: 0.92 }, notAfterWords: ['home', 'swing', 'battleground', 'caucus', 'primary', 'border', 'member'] }, // 'state'/'states' are mostly nouns
  { lemma: 'praise', stance: 'other', category: 'speech', forms: ['praise', 'praises', 'praised', 'praising'], reliability: 0.73, count: 50 },
  { lemma: 'recall', stance: 'neutral', category: 'speech', forms: ['recall', 'recalls', 'recalled', 'recalling'], reliability: 0.78, count: 50 },
  { lemma: 'pledge', stance: 'assertive', category: 'speech', forms: ['pledge', 'pledges', 'pledged', 'pledging'], reliability: 0.32, count: 49, notBeforeWords: ['delegate', 'delegates'] }, // "pledged delegates": bound to a candidate, not a promise
  { lemma: 'propose', stance: 'other', category: 'speech', forms: ['propose', 'proposes', 'proposed', 'proposing'], reliability: 0.48, count: 48 },
  { lemma: 'point out', stance: 'neutral', category: 'speech', forms: ['point out', 'points out', 'pointed out', 'pointing out'], reliability: 0.84, count: 47 }, // neutral like 'note', though factive
  { lemma: 'discuss', stance: 'neutral', category: 'speech', forms: ['discuss', 'discusses', 'discussed', 'discussing'], reliability: 0.54, count: 42 },
  { lemma: 'point to', stance: 'neutral', category: 'speech', forms: ['point to', 'points to', 'pointed to', 'pointing to'], reliability: 0.64, count: 39, notAfterWords: ['percentage'] },
  { lemma: 'predict', stance: 'other', category: 'speech', forms: ['predict', 'predicts', 'predicted', 'predicting'], reliability: 0.66, count: 38 },
  { lemma: 'blast', stance: 'accusing', category: 'speech', forms: ['blast', 'blasts', 'blasted', 'blasting'], reliability: 0.90, count: 37 },
  { lemma: 'blame', stance: 'accusing', category: 'speech', forms: ['blame', 'blames', 'blamed', 'blaming'], reliability: 0.59, count: 35 },
  { lemma: 'denounce', stance: 'accusing', category: 'speech', forms: ['denounce', 'denounces', 'denounced', 'denouncing'], reliability: 0.77, count: 35 },
  { lemma: 'reject', stance: 'denying', category: 'speech', forms: ['reject', 'rejects', 'rejected', 'rejecting'], reliability: 0.56, count: 35 },
  { lemma: 'post', stance: 'neutral', category: 'speech', forms: ['post', 'posts', 'posted', 'posting'], reliability: 0.15, count: 34, formReliability: { posted: 0.52 } },
  { lemma: 'admit', stance: 'conceding', category: 'speech', forms: ['admit', 'admits', 'admitted', 'admitting'], reliability: 0.50, count: 33 },
  { lemma: 'call on', stance: 'other', category: 'speech', forms: ['call on', 'calls on', 'called on', 'calling on', 'call upon', 'calls upon', 'called upon', 'calling upon'], reliability: 0.68, count: 36 },
  { lemma: 'dismiss', stance: 'denying', category: 'speech', forms: ['dismiss', 'dismisses', 'dismissed', 'dismissing'], reliability: 0.76, count: 32 },
  { lemma: 'name', stance: 'neutral', category: 'speech', forms: ['name', 'names', 'named', 'naming'], reliability: 0.15, count: 32, formReliability: { named: 0.51, naming: 0.36 } },
  { lemma: 'deny', stance: 'denying', category: 'speech', forms: ['deny', 'denies', 'denied', 'denying'], reliability: 0.44, count: 31 },
  { lemma: 'push', stance: 'other', category: 'speech', forms: ['push', 'pushes', 'pushed', 'pushing'], reliability: 0.21, count: 27 },
  { lemma: 'reply', stance: 'neutral', category: 'speech', forms: ['reply', 'replies', 'replied', 'replying'], reliability: 0.72, count: 27 },
  { lemma: 'talk', stance: 'neutral', category: 'speech', forms: ['talk', 'talks', 'talked', 'talking'], reliability: 0.17, count: 27, formReliability: { talked: 0.43 } },
  { lemma: 'share', stance: 'neutral', category: 'speech', forms: ['share', 'shares', 'shared', 'sharing'], reliability: 0.17, count: 26 },
  { lemma: 'identify', stance: 'neutral', category: 'speech', forms: ['identify', 'identifies', 'identified', 'identifying'], reliability: 0.31, count: 25 },
  { lemma: 'make clear', stance: 'assertive', category: 'speech', forms: ['make clear', 'make it clear', 'makes clear', 'makes it clear', 'made clear', 'made it clear', 'making clear', 'making it clear'], reliability: 0.57, count: 25 }, // assertive: the source insists on the point
  { lemma: 'slam', stance: 'accusing', category: 'speech', forms: ['slam', 'slams', 'slammed', 'slamming'], reliability: 0.71, count: 25 },
  { lemma: 'speak', stance: 'neutral', category: 'speech', forms: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'], reliability: 0.11, count: 25 },
  { lemma: 'challenge', stance: 'other', category: 'speech', forms: ['challenge', 'challenges', 'challenged', 'challenging'], reliability: 0.14, count: 24, formReliability: { challenged: 0.50 } }, // other: see 'question'
  { lemma: 'confirm', stance: 'neutral', category: 'speech', forms: ['confirm', 'confirms', 'confirmed', 'confirming'], reliability: 0.56, count: 24 }, // neutral: verification, not the source's forcefulness
  { lemma: 'criticism', stance: 'accusing', category: 'speech', forms: ['criticism', 'criticisms'], reliability: 0.37, count: 24, nounPrepositions: ['of', 'for', 'over', 'on'] }, // for/over/on: 9 of 14 new attributions right on train
  { lemma: 'mock', stance: 'accusing', category: 'speech', forms: ['mock', 'mocks', 'mocked', 'mocking'], reliability: 0.60, count: 23 },
  { lemma: 'repeat', stance: 'neutral', category: 'speech', forms: ['repeat', 'repeats', 'repeated', 'repeating'], reliability: 0.44, count: 23 },
  { lemma: 'ask about', stance: 'neutral', category: 'speech', forms: ['ask about', 'asks about', 'asked about', 'asking about'], reliability: 0.58, count: 22 },
  { lemma: 'charge', stance: 'accusing', category: 'speech', forms: ['charge', 'charges', 'charged', 'charging'], reliability: 0.19, count: 22, formReliability: { charged: 0.45 } },
  { lemma: 'echo', stance: 'neutral', category: 'speech', forms: ['echo', 'echoes', 'echoed', 'echoing'], reliability: 0.52, count: 22 },
  { lemma: 'go on', stance: 'neutral', category: 'speech', forms: ['go on', 'goes on', 'went on'], reliability: 0.42, count: 22, notBefore: ['object'], notAfterWords: ['day', 'night', 'evening', 'morning', 'afternoon', 'week', 'month', 'year', 'season', 'days', 'weeks', 'months', 'years'] }, // not time passing: "as the day went on"
  { lemma: 'know as', stance: 'neutral', category: 'speech', forms: ['known as'], reliability: 0.51, count: 22, notBefore: ['object'] },
  { lemma: 'recognize', stance: 'conceding', category: 'speech', forms: ['recognize', 'recognizes', 'recognized', 'recognizing', 'recognise', 'recognises', 'recognised', 'recognising'], reliability: 0.30, count: 21, notBefore: ['object'] }, // conceding when it means 'acknowledge that'
  { lemma: 'remark', stance: 'neutral', category: 'speech', forms: ['remark', 'remarks', 'remarked', 'remarking'], reliability: 0.17, count: 21, standalone: true },
  { lemma: 'remind', stance: 'neutral', category: 'speech', forms: ['remind', 'reminds', 'reminded', 'reminding'], reliability: 0.53, count: 21 },
  { lemma: 'assure', stance: 'assertive', category: 'speech', forms: ['assure', 'assures', 'assured', 'assuring'], reliability: 0.58, count: 20 },
  { lemma: 'comment', stance: 'neutral', category: 'speech', forms: ['comment', 'comments', 'commented', 'commenting'], reliability: 0.13, count: 20, reportsBefore: ['prep'], nounPrepositions: ['about'] },
  { lemma: 'threaten', stance: 'other', category: 'speech', forms: ['threaten', 'threatens', 'threatened', 'threatening'], reliability: 0.40, count: 20 },
  { lemma: 'tout', stance: 'assertive', category: 'speech', forms: ['tout', 'touts', 'touted', 'touting'], reliability: 0.92, count: 20 }, // assertive: boastful promotion
  { lemma: 'address', stance: 'neutral', category: 'speech', forms: ['address', 'addresses', 'addressed', 'addressing'], reliability: 0.16, count: 19, formReliability: { addressed: 0.32 } },
  { lemma: 'complain', stance: 'accusing', category: 'speech', forms: ['complain', 'complains', 'complained', 'complaining'], reliability: 0.73, count: 19 }, // accusing: the source faults someone
  { lemma: 'highlight', stance: 'neutral', category: 'speech', forms: ['highlight', 'highlights', 'highlighted', 'highlighting'], reliability: 0.45, count: 19 },
  { lemma: 'request', stance: 'other', category: 'speech', forms: ['request', 'requests', 'requested', 'requesting'], reliability: 0.15, count: 19, standalone: true, formReliability: { requested: 0.48 } },
  { lemma: 'allege', stance: 'doubting', category: 'speech', forms: ['allege', 'alleges', 'alleged', 'alleging'], reliability: 0.40, count: 18 },
  { lemma: 'assert', stance: 'assertive', category: 'speech', forms: ['assert', 'asserts', 'asserted', 'asserting'], reliability: 0.69, count: 18 },
  { lemma: 'speak about', stance: 'neutral', category: 'speech', forms: ['speak about', 'speaks about', 'spoke about', 'spoken about', 'speaking about'], reliability: 0.88, count: 18 },
  { lemma: 'concede', stance: 'conceding', category: 'speech', forms: ['concede', 'concedes', 'conceded', 'conceding'], reliability: 0.78, count: 17 },
  { lemma: 'demand', stance: 'other', category: 'speech', forms: ['demand', 'demands', 'demanded', 'demanding'], reliability: 0.26, count: 17 },
  { lemma: 'emphasize', stance: 'assertive', category: 'speech', forms: ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising'], reliability: 0.68, count: 17 },
  { lemma: 'press', stance: 'other', category: 'speech', forms: ['press', 'presses', 'pressed', 'pressing'], reliability: 0.14, count: 17, formReliability: { pressed: 0.45, pressing: 0.42 } },
  { lemma: 'reiterate', stance: 'assertive', category: 'speech', forms: ['reiterate', 'reiterates', 'reiterated', 'reiterating'], reliability: 0.86, count: 17 },
  { lemma: 'boast', stance: 'assertive', category: 'speech', forms: ['boast', 'boasts', 'boasted', 'boasting'], reliability: 0.67, count: 16 },
  { lemma: 'chant', stance: 'neutral', category: 'speech', forms: ['chant', 'chants', 'chanted', 'chanting'], reliability: 0.69, count: 16, nounPrepositions: ['of'] },
  { lemma: 'compare', stance: 'other', category: 'speech', forms: ['compare', 'compares', 'compared', 'comparing'], reliability: 0.16, count: 16, reportsBefore: ['object'] },
  { lemma: 'portray', stance: 'other', category: 'speech', forms: ['portray', 'portrays', 'portrayed', 'portraying'], reliability: 0.70, count: 16 },
  { lemma: 'thank', stance: 'other', category: 'speech', forms: ['thank', 'thanks', 'thanked', 'thanking'], reliability: 0.19, count: 16, standalone: true, formReliability: { thanked: 0.75 } },
  { lemma: 'wonder', stance: 'other', category: 'speech', forms: ['wonder', 'wonders', 'wondered', 'wondering'], reliability: 0.47, count: 16 },
  { lemma: 'advocate', stance: 'other', category: 'speech', forms: ['advocate', 'advocates', 'advocated', 'advocating'], reliability: 0.21, count: 15 },
  { lemma: 'answer', stance: 'neutral', category: 'speech', forms: ['answer', 'answers', 'answered', 'answering'], reliability: 0.18, count: 15, formReliability: { answered: 0.42 } },
  { lemma: 'promote', stance: 'other', category: 'speech', forms: ['promote', 'promotes', 'promoted', 'promoting'], reliability: 0.34, count: 15 },
  { lemma: 'reference', stance: 'neutral', category: 'speech', forms: ['reference', 'references', 'referenced', 'referencing'], reliability: 0.47, count: 15, nounPrepositions: ['to'] },
  { lemma: 'stress', stance: 'assertive', category: 'speech', forms: ['stress', 'stresses', 'stressed', 'stressing'], reliability: 0.62, count: 15 },
  { lemma: 'decry', stance: 'accusing', category: 'speech', forms: ['decry', 'decries', 'decried', 'decrying'], reliability: 0.93, count: 14 },
  { lemma: 'encourage', stance: 'other', category: 'speech', forms: ['encourage', 'encourages', 'encouraged', 'encouraging'], reliability: 0.29, count: 14 },
  { lemma: 'lay out', stance: 'neutral', category: 'speech', forms: ['lay out', 'lays out', 'laid out', 'laying out'], reliability: 0.48, count: 14 },
  { lemma: 'quote', stance: 'neutral', category: 'speech', forms: ['quote', 'quotes', 'quoted', 'quoting'], reliability: 0.40, count: 14 },
  { lemma: 'quoted as saying', stance: 'neutral', category: 'speech', forms: ['quoted as saying'], reliability: 0.90, count: 1, phraseInside: ['by', 'in'] }, // "was quoted as saying …": the subject is who said it
  { lemma: 'condemn', stance: 'accusing', category: 'speech', forms: ['condemn', 'condemns', 'condemned', 'condemning'], reliability: 0.53, count: 13 },
  { lemma: 'joke', stance: 'other', category: 'speech', forms: ['joke', 'jokes', 'joked', 'joking'], reliability: 0.43, count: 13, formReliability: { joked: 0.92 }, nounPrepositions: ['about'] },
  { lemma: 'push for', stance: 'other', category: 'speech', forms: ['push for', 'pushes for', 'pushed for', 'pushing for'], reliability: 0.53, count: 13 },
  { lemma: 'rail against', stance: 'accusing', category: 'speech', forms: ['rail against', 'rails against', 'railed against', 'railing against'], reliability: 0.81, count: 13 },
  { lemma: 'hit', stance: 'accusing', category: 'speech', forms: ['hit', 'hits', 'hitting'], reliability: 0.14, count: 12 },
  { lemma: 'lament', stance: 'accusing', category: 'speech', forms: ['lament', 'laments', 'lamented', 'lamenting'], reliability: 0.94, count: 12 }, // accusing: see 'complain'
  { lemma: 'put it', stance: 'neutral', category: 'speech', forms: ['put it', 'puts it', 'putting it'], reliability: 0.48, count: 12 },
  { lemma: 'speak of', stance: 'neutral', category: 'speech', forms: ['speak of', 'speaks of', 'spoke of', 'spoken of', 'speaking of'], reliability: 0.57, count: 12 },
  { lemma: 'apologize', stance: 'conceding', category: 'speech', forms: ['apologize', 'apologizes', 'apologized', 'apologizing', 'apologise', 'apologises', 'apologised', 'apologising'], reliability: 0.41, count: 11 }, // conceding: an apology admits fault
  { lemma: 'ask for', stance: 'other', category: 'speech', forms: ['ask for', 'asks for', 'asked for', 'asking for'], reliability: 0.39, count: 11 },
  { lemma: 'hint', stance: 'other', category: 'speech', forms: ['hint', 'hints', 'hinted', 'hinting'], reliability: 0.67, count: 11 },
  { lemma: 'shout', stance: 'neutral', category: 'speech', forms: ['shout', 'shouts', 'shouted', 'shouting'], reliability: 0.47, count: 11 },
  { lemma: 'signal', stance: 'other', category: 'speech', forms: ['signal', 'signals', 'signaled', 'signaling'], reliability: 0.33, count: 11, needsClause: true, formReliability: { signaled: 0.80 } },
  { lemma: 'voice', stance: 'neutral', category: 'speech', forms: ['voice', 'voices', 'voiced', 'voicing'], reliability: 0.17, count: 11, reportsBefore: ['object'], formReliability: { voiced: 0.73 } },
  { lemma: 'welcome', stance: 'other', category: 'speech', forms: ['welcome', 'welcomes', 'welcomed', 'welcoming'], reliability: 0.16, count: 11, standalone: true, formReliability: { welcomed: 0.37 } },
  { lemma: 'applaud', stance: 'other', category: 'speech', forms: ['applaud', 'applauds', 'applauded', 'applauding'], reliability: 0.55, count: 10 },
  { lemma: 'assail', stance: 'accusing', category: 'speech', forms: ['assail', 'assails', 'assailed', 'assailing'], reliability: 0.85, count: 10 },
  { lemma: 'caution', stance: 'other', category: 'speech', forms: ['caution', 'cautions', 'cautioned', 'cautioning'], reliability: 0.59, count: 10 },
  { lemma: 'imply', stance: 'other', category: 'speech', forms: ['imply', 'implies', 'implied', 'implying'], reliability: 0.50, count: 10 },
  { lemma: 'speak out', stance: 'other', category: 'speech', forms: ['speak out', 'speaks out', 'spoke out', 'spoken out', 'speaking out'], reliability: 0.44, count: 10 },
  { lemma: 'critical of', stance: 'accusing', category: 'speech', forms: ['critical of'], reliability: 0.60, count: 9 },
  { lemma: 'make the case', stance: 'assertive', category: 'speech', forms: ['make the case', 'makes the case', 'made the case', 'making the case'], reliability: 0.75, count: 9 }, // assertive: argues for a view; the noun is the cue's, what follows ("that …", "for …") the content
  { lemma: 'maintain', stance: 'assertive', category: 'speech', forms: ['maintain', 'maintains', 'maintained', 'maintaining'], reliability: 0.16, count: 9 },
  { lemma: 'recommend', stance: 'other', category: 'speech', forms: ['recommend', 'recommends', 'recommended', 'recommending'], reliability: 0.41, count: 9, needsClause: true },
  { lemma: 'underscore', stance: 'assertive', category: 'speech', forms: ['underscore', 'underscores', 'underscored', 'underscoring'], reliability: 0.35, count: 9 },
  { lemma: 'allegation', stance: 'doubting', category: 'speech', forms: ['allegation', 'allegations'], reliability: 0.28, count: 8 },
  { lemma: 'assertion', stance: 'assertive', category: 'speech', forms: ['assertion', 'assertions'], reliability: 0.48, count: 8, nounPrepositions: ['of'] },
  { lemma: 'complaint', stance: 'accusing', category: 'speech', forms: ['complaint', 'complaints'], reliability: 0.37, count: 8 }, // accusing: see 'complain'
  { lemma: 'credit', stance: 'other', category: 'speech', forms: ['credit', 'credits', 'credited', 'crediting'], reliability: 0.19, count: 8, standalone: true },
  { lemma: 'email', stance: 'neutral', category: 'speech', forms: ['email', 'emails', 'emailed', 'emailing'], reliability: 0.05, count: 8, formReliability: { emailed: 0.60 }, nounPrepositions: ['about'] },
  { lemma: 'invoke', stance: 'neutral', category: 'speech', forms: ['invoke', 'invokes', 'invoked', 'invoking'], reliability: 0.42, count: 8 },
  { lemma: 'outline', stance: 'neutral', category: 'speech', forms: ['outline', 'outlines', 'outlined', 'outlining'], reliability: 0.53, count: 8 },
  { lemma: 'paint', stance: 'other', category: 'speech', forms: ['paint', 'paints', 'painted', 'painting'], reliability: 0.33, count: 8 },
  { lemma: 'shoot back', stance: 'accusing', category: 'speech', forms: ['shoot back', 'shoots back', 'shot back', 'shooting back'], reliability: 0.80, count: 8 }, // accusing: a combative retort
  { lemma: 'attribute', stance: 'other', category: 'speech', forms: ['attribute', 'attributes', 'attributed', 'attributing'], reliability: 0.40, count: 7 },
  { lemma: 'boo', stance: 'accusing', category: 'speech', forms: ['boo', 'boos', 'booed', 'booing'], reliability: 0.27, count: 7 }, // accusing: a hostile crowd reaction
  { lemma: 'brag', stance: 'assertive', category: 'speech', forms: ['brag', 'brags', 'bragged', 'bragging'], reliability: 0.67, count: 7 },
  { lemma: 'champion', stance: 'other', category: 'speech', forms: ['champion', 'champions', 'championed', 'championing'], reliability: 0.18, count: 7, formReliability: { championed: 0.50 } },
  { lemma: 'chide', stance: 'accusing', category: 'speech', forms: ['chide', 'chides', 'chided', 'chiding'], reliability: 1.00, count: 7 },
  { lemma: 'congratulate', stance: 'other', category: 'speech', forms: ['congratulate', 'congratulates', 'congratulated', 'congratulating'], reliability: 0.47, count: 7 },
  { lemma: 'contend', stance: 'assertive', category: 'speech', forms: ['contend', 'contends', 'contended', 'contending'], reliability: 0.54, count: 7 }, // like 'argue'
  { lemma: 'dispute', stance: 'denying', category: 'speech', forms: ['dispute', 'disputes', 'disputed', 'disputing'], reliability: 0.26, count: 7 },
  { lemma: 'come out against', stance: 'other', category: 'speech', forms: ['come out against', 'come out in support of', 'come out in favor of', 'come out in favour of', 'comes out against', 'comes out in support of', 'comes out in favor of', 'comes out in favour of', 'came out against', 'came out in support of', 'came out in favor of', 'came out in favour of', 'coming out against', 'coming out in support of', 'coming out in favor of', 'coming out in favour of'], reliability: 0.67, count: 6 }, // a public stance: "came out against the bill"
  { lemma: 'go after', stance: 'accusing', category: 'speech', forms: ['go after', 'goes after', 'went after', 'gone after', 'going after'], reliability: 0.17, count: 7 },
  { lemma: 'hail', stance: 'other', category: 'speech', forms: ['hail', 'hails', 'hailed', 'hailing'], reliability: 0.41, count: 7 },
  { lemma: 'label', stance: 'neutral', category: 'speech', forms: ['label', 'labels', 'labeled', 'labeling'], reliability: 0.30, count: 7 },
  { lemma: 'proposal', stance: 'other', category: 'speech', forms: ['proposal', 'proposals'], reliability: 0.13, count: 7, nounPrepositions: ['to+verb', 'for'] },
  { lemma: 'recount', stance: 'neutral', category: 'speech', forms: ['recount', 'recounts', 'recounted', 'recounting'], reliability: 0.39, count: 7 },
  { lemma: 'reflect', stance: 'neutral', category: 'speech', forms: ['reflect', 'reflects', 'reflected', 'reflecting'], reliability: 0.12, count: 7 },
  { lemma: 'retweet', stance: 'neutral', category: 'speech', forms: ['retweet', 'retweets', 'retweeted', 'retweeting'], reliability: 0.54, count: 7 },
  { lemma: 'speculate', stance: 'other', category: 'speech', forms: ['speculate', 'speculates', 'speculated', 'speculating'], reliability: 0.73, count: 7 },
  { lemma: 'suggestion', stance: 'other', category: 'speech', forms: ['suggestion', 'suggestions'], reliability: 0.37, count: 7 },
  { lemma: 'target', stance: 'accusing', category: 'speech', forms: ['target', 'targets', 'targeted', 'targeting'], reliability: 0.08, count: 7 },
  { lemma: 'advice', stance: 'other', category: 'speech', forms: ['advice'], reliability: 0.21, count: 6 },
  { lemma: 'announcement', stance: 'neutral', category: 'speech', forms: ['announcement', 'announcements'], reliability: 0.17, count: 6 },
  { lemma: 'argument', stance: 'assertive', category: 'speech', forms: ['argument', 'arguments'], reliability: 0.16, count: 6 },
  { lemma: 'bemoan', stance: 'accusing', category: 'speech', forms: ['bemoan', 'bemoans', 'bemoaned', 'bemoaning'], reliability: 1.00, count: 6 }, // accusing: see 'complain'
  { lemma: 'contrast', stance: 'other', category: 'speech', forms: ['contrast', 'contrasts', 'contrasted', 'contrasting'], reliability: 0.10, count: 6 },
  { lemma: 'deride', stance: 'accusing', category: 'speech', forms: ['deride', 'derides', 'derided', 'deriding'], reliability: 0.88, count: 6 },
  { lemma: 'detail', stance: 'neutral', category: 'speech', forms: ['detail', 'details', 'detailed', 'detailing'], reliability: 0.18, count: 6, standalone: true },
  { lemma: 'disagree', stance: 'other', category: 'speech', forms: ['disagree', 'disagrees', 'disagreed', 'disagreeing'], reliability: 0.21, count: 6, reportsBefore: ['prep'] },
  { lemma: 'inform', stance: 'neutral', category: 'speech', forms: ['inform', 'informs', 'informed', 'informing'], reliability: 0.41, count: 6 },
  { lemma: 'liken', stance: 'other', category: 'speech', forms: ['liken', 'likens', 'likened', 'likening'], reliability: 0.67, count: 6 },
  { lemma: 'open up', stance: 'neutral', category: 'speech', forms: ['open up', 'opens up', 'opened up', 'opening up'], reliability: 0.32, count: 6 },
  { lemma: 'rebuke', stance: 'accusing', category: 'speech', forms: ['rebuke', 'rebukes', 'rebuked', 'rebuking'], reliability: 0.47, count: 6 },
  { lemma: 'rip', stance: 'accusing', category: 'speech', forms: ['rip', 'rips', 'ripped', 'ripping'], reliability: 0.25, count: 6 },
  { lemma: 'testify', stance: 'neutral', category: 'speech', forms: ['testify', 'testifies', 'testified', 'testifying'], reliability: 0.30, count: 6 },
  { lemma: 'vouch for', stance: 'assertive', category: 'speech', forms: ['vouch for', 'vouches for', 'vouched for', 'vouching for'], reliability: 1.00, count: 6 },
  { lemma: 'weigh in', stance: 'neutral', category: 'speech', forms: ['weigh in', 'weighs in', 'weighed in', 'weighing in'], reliability: 0.33, count: 6 },
  { lemma: 'yell', stance: 'neutral', category: 'speech', forms: ['yell', 'yells', 'yelled', 'yelling'], reliability: 0.44, count: 6 },
  { lemma: 'advise', stance: 'other', category: 'speech', forms: ['advise', 'advises', 'advised', 'advising'], reliability: 0.12, count: 5 },
  { lemma: 'allude to', stance: 'neutral', category: 'speech', forms: ['allude to', 'alludes to', 'alluded to', 'alluding to'], reliability: 0.86, count: 5 },
  { lemma: 'call out', stance: 'accusing', category: 'speech', forms: ['call out', 'calls out', 'called out', 'calling out'], reliability: 0.70, count: 5 },
  { lemma: 'characterize', stance: 'other', category: 'speech', forms: ['characterize', 'characterizes', 'characterized', 'characterizing', 'characterise', 'characterises', 'characterised', 'characterising'], reliability: 0.55, count: 5 },
  { lemma: 'disagreement', stance: 'other', category: 'speech', forms: ['disagreement', 'disagreements'], reliability: 0.33, count: 5 },
  { lemma: 'disavow', stance: 'denying', category: 'speech', forms: ['disavow', 'disavows', 'disavowed', 'disavowing'], reliability: 0.43, count: 5 },
  { lemma: 'double down', stance: 'assertive', category: 'speech', forms: ['double down', 'doubles down', 'doubled down', 'doubling down'], reliability: 0.50, count: 5 },
  { lemma: 'dub', stance: 'neutral', category: 'speech', forms: ['dub', 'dubs', 'dubbed', 'dubbing'], reliability: 0.56, count: 5 },
  { lemma: 'fire back', stance: 'accusing', category: 'speech', forms: ['fire back', 'fires back', 'fired back', 'firing back'], reliability: 0.55, count: 5 }, // accusing: a combative retort
  { lemma: 'interject', stance: 'neutral', category: 'speech', forms: ['interject', 'interjects', 'interjected', 'interjecting'], reliability: 0.75, count: 5 },
  { lemma: 'invite', stance: 'other', category: 'speech', forms: ['invite', 'invites', 'invited', 'inviting'], reliability: 0.14, count: 5 },
  { lemma: 'knock', stance: 'accusing', category: 'speech', forms: ['knock', 'knocks', 'knocked', 'knocking'], reliability: 0.16, count: 5, formReliability: { knocked: 0.45 } },
  { lemma: 'lambast', stance: 'accusing', category: 'speech', forms: ['lambast', 'lambasts', 'lambasted', 'lambasting'], reliability: 0.83, count: 5 },
  { lemma: 'lash out', stance: 'accusing', category: 'speech', forms: ['lash out', 'lashes out', 'lashed out', 'lashing out'], reliability: 0.86, count: 5 },
  { lemma: 'observe', stance: 'neutral', category: 'speech', forms: ['observe', 'observes', 'observed', 'observing'], reliability: 0.50, count: 5 },
  { lemma: 'plead', stance: 'other', category: 'speech', forms: ['plead', 'pleads', 'pleaded', 'pleading'], reliability: 0.62, count: 5 },
  { lemma: 'plead guilty', stance: 'conceding', category: 'speech', forms: ['plead guilty', 'pleads guilty', 'pleaded guilty', 'pleading guilty'], reliability: 0.56, count: 5 }, // conceding: a formal admission
  { lemma: 'proclaim', stance: 'assertive', category: 'speech', forms: ['proclaim', 'proclaims', 'proclaimed', 'proclaiming'], reliability: 0.75, count: 5 },
  { lemma: 'push back', stance: 'denying', category: 'speech', forms: ['push back', 'pushes back', 'pushed back', 'pushing back'], reliability: 0.31, count: 5 }, // denying: resists a claim or policy
  { lemma: 'reaffirm', stance: 'assertive', category: 'speech', forms: ['reaffirm', 'reaffirms', 'reaffirmed', 'reaffirming'], reliability: 0.71, count: 5 },
  { lemma: 'rebuff', stance: 'denying', category: 'speech', forms: ['rebuff', 'rebuffs', 'rebuffed', 'rebuffing'], reliability: 0.55, count: 5 },
  { lemma: 'recite', stance: 'neutral', category: 'speech', forms: ['recite', 'recites', 'recited', 'reciting'], reliability: 0.70, count: 5 },
  { lemma: 'response', stance: 'neutral', category: 'speech', forms: ['response', 'responses'], reliability: 0.11, count: 5 },
  { lemma: 'stand by', stance: 'assertive', category: 'speech', forms: ['stand by', 'stands by', 'stood by', 'standing by'], reliability: 0.36, count: 5 },
  { lemma: 'take aim at', stance: 'accusing', category: 'speech', forms: ['take aim at', 'takes aim at', 'took aim at', 'taken aim at', 'taking aim at'], reliability: 0.62, count: 5 },
  { lemma: 'take a shot at', stance: 'accusing', category: 'speech', forms: ['take shot at', 'take shots at', 'take swipe at', 'take swipes at', 'take swing at', 'take swings at', 'take whack at', 'take jab at', 'take jabs at', 'take dig at', 'take digs at', 'take potshot at', 'take potshots at', 'takes shot at', 'takes shots at', 'takes swipe at', 'takes swipes at', 'takes swing at', 'takes swings at', 'takes whack at', 'takes jab at', 'takes jabs at', 'takes dig at', 'takes digs at', 'takes potshot at', 'takes potshots at', 'took shot at', 'took shots at', 'took swipe at', 'took swipes at', 'took swing at', 'took swings at', 'took whack at', 'took jab at', 'took jabs at', 'took dig at', 'took digs at', 'took potshot at', 'took potshots at', 'taken shot at', 'taken shots at', 'taken swipe at', 'taken swipes at', 'taken swing at', 'taken swings at', 'taken whack at', 'taken jab at', 'taken jabs at', 'taken dig at', 'taken digs at', 'taken potshot at', 'taken potshots at', 'taking shot at', 'taking shots at', 'taking swipe at', 'taking swipes at', 'taking swing at', 'taking swings at', 'taking whack at', 'taking jab at', 'taking jabs at', 'taking dig at', 'taking digs at', 'taking potshot at', 'taking potshots at'], reliability: 0.67, count: 10, modifiersInside: true }, // "took a swipe at", "took some shots at": the target is the content
  { lemma: 'take credit for', stance: 'assertive', category: 'speech', forms: ['take credit for', 'takes credit for', 'took credit for', 'taken credit for', 'taking credit for'], reliability: 1.00, count: 3 }, // what is claimed as one's doing is the content: "took credit for the new pier"
  { lemma: 'take issue with', stance: 'accusing', category: 'speech', forms: ['take issue with', 'takes issue with', 'took issue with', 'taken issue with', 'taking issue with'], reliability: 1.00, count: 5 },
  { lemma: 'unveil', stance: 'neutral', category: 'speech', forms: ['unveil', 'unveils', 'unveiled', 'unveiling'], reliability: 0.38, count: 5 },
  { lemma: 'make no mention of', stance: 'neutral', category: 'speech', forms: ['make no mention of', 'makes no mention of', 'made no mention of', 'making no mention of'], reliability: 0.80, count: 4 }, // what goes unmentioned is the content
  { lemma: 'raise questions about', stance: 'doubting', category: 'speech', forms: ['raise questions about', 'raises questions about', 'raised questions about', 'raising questions about', 'raise concerns about', 'raises concerns about', 'raised concerns about', 'raising concerns about', 'raise doubts about', 'raises doubts about', 'raised doubts about', 'raising doubts about'], reliability: 0.43, count: 4 },
  { lemma: 'acquiesce', stance: 'conceding', category: 'speech', forms: ['acquiesce', 'acquiesces', 'acquiesced', 'acquiescing'], reliability: 1.00, count: 4 }, // conceding: gives in
  { lemma: 'appeal', stance: 'other', category: 'speech', forms: ['appeal', 'appeals', 'appealed', 'appealing'], reliability: 0.06, count: 4 },
  { lemma: 'articulate', stance: 'neutral', category: 'speech', forms: ['articulate', 'articulates', 'articulated', 'articulating'], reliability: 0.38, count: 4 },
  { lemma: 'bash', stance: 'accusing', category: 'speech', forms: ['bash', 'bashes', 'bashed', 'bashing'], reliability: 0.16, count: 4 },
  { lemma: 'clarify', stance: 'neutral', category: 'speech', forms: ['clarify', 'clarifies', 'clarified', 'clarifying'], reliability: 0.46, count: 4 },
  { lemma: 'counter', stance: 'other', category: 'speech', forms: ['counter', 'counters', 'countered', 'countering'], reliability: 0.23, count: 4 },
  { lemma: 'downplay', stance: 'denying', category: 'speech', forms: ['downplay', 'downplays', 'downplayed', 'downplaying'], reliability: 0.44, count: 4 }, // denying: minimises
  { lemma: 'frame', stance: 'other', category: 'speech', forms: ['frame', 'frames', 'framed', 'framing'], reliability: 0.21, count: 4 },
  { lemma: 'lobby', stance: 'other', category: 'speech', forms: ['lobby', 'lobbies', 'lobbied', 'lobbying'], reliability: 0.08, count: 4 },
  { lemma: 'muse', stance: 'other', category: 'speech', forms: ['muse', 'muses', 'mused', 'musing'], reliability: 1.00, count: 4 },
  { lemma: 'play down', stance: 'denying', category: 'speech', forms: ['play down', 'plays down', 'played down', 'playing down'], reliability: 0.62, count: 4 },
  { lemma: 'pressure', stance: 'other', category: 'speech', forms: ['pressure', 'pressures', 'pressured', 'pressuring'], reliability: 0.07, count: 4 },
  { lemma: 'react', stance: 'other', category: 'speech', forms: ['react', 'reacts', 'reacted', 'reacting'], reliability: 0.19, count: 4 },
  { lemma: 'reassure', stance: 'assertive', category: 'speech', forms: ['reassure', 'reassures', 'reassured', 'reassuring'], reliability: 0.31, count: 4 },
  { lemma: 'rebut', stance: 'denying', category: 'speech', forms: ['rebut', 'rebuts', 'rebutted', 'rebutting'], reliability: 0.78, count: 4 },
  { lemma: 'repudiate', stance: 'denying', category: 'speech', forms: ['repudiate', 'repudiates', 'repudiated', 'repudiating'], reliability: 0.67, count: 4 },
  { lemma: 'rule out', stance: 'denying', category: 'speech', forms: ['rule out', 'rules out', 'ruled out', 'ruling out'], reliability: 0.31, count: 4 }, // denying: excludes a possibility
  { lemma: 'shrug off', stance: 'denying', category: 'speech', forms: ['shrug off', 'shrugs off', 'shrugged off', 'shrugging off'], reliability: 0.67, count: 4 },
  { lemma: 'single out', stance: 'accusing', category: 'speech', forms: ['single out', 'singles out', 'singled out', 'singling out'], reliability: 0.71, count: 4 },
  { lemma: 'spar', stance: 'other', category: 'speech', forms: ['spar', 'spars', 'sparred', 'sparring'], reliability: 0.57, count: 4 },
  { lemma: 'touch on', stance: 'neutral', category: 'speech', forms: ['touch on', 'touches on', 'touched on', 'touching on'], reliability: 0.60, count: 4 },
  { lemma: 'utter', stance: 'neutral', category: 'speech', forms: ['utter', 'utters', 'uttered', 'uttering'], reliability: 0.56, count: 4 },
  { lemma: 'warn against', stance: 'other', category: 'speech', forms: ['warn against', 'warns against', 'warned against', 'warning against'], reliability: 0.80, count: 4 },
  { lemma: 'affirm', stance: 'assertive', category: 'speech', forms: ['affirm', 'affirms', 'affirmed', 'affirming'], reliability: 0.33, count: 3 },
  { lemma: 'brush off', stance: 'denying', category: 'speech', forms: ['brush off', 'brushes off', 'brushed off', 'brushing off'], reliability: 1.00, count: 3 },
  { lemma: 'coin', stance: 'neutral', category: 'speech', forms: ['coin', 'coins', 'coined', 'coining'], reliability: 0.16, count: 3 },
  { lemma: 'confront', stance: 'accusing', category: 'speech', forms: ['confront', 'confronts', 'confronted', 'confronting'], reliability: 0.08, count: 3 },
  { lemma: 'contradict', stance: 'denying', category: 'speech', forms: ['contradict', 'contradicts', 'contradicted', 'contradicting'], reliability: 0.33, count: 3 },
  { lemma: 'disparage', stance: 'accusing', category: 'speech', forms: ['disparage', 'disparages', 'disparaged', 'disparaging'], reliability: 0.33, count: 3 },
  { lemma: 'draw criticism', stance: 'accusing', category: 'speech', forms: ['draw criticism', 'draws criticism', 'drew criticism', 'drawn criticism', 'drawing criticism'], reliability: 1.00, count: 3, receivesReaction: true, modifiersInside: true },
  { lemma: 'receive support from', stance: 'other', category: 'belief', forms: ['receive support from', 'receive praise from', 'receive endorsement from', 'receive endorsements from', 'receive backing from', 'receives support from', 'receives praise from', 'receives endorsement from', 'receives endorsements from', 'receives backing from', 'received support from', 'received praise from', 'received endorsement from', 'received endorsements from', 'received backing from', 'receiving support from', 'receiving praise from', 'receiving endorsement from', 'receiving endorsements from', 'receiving backing from', 'win support from', 'win praise from', 'win endorsement from', 'win endorsements from', 'win backing from', 'wins support from', 'wins praise from', 'wins endorsement from', 'wins endorsements from', 'wins backing from', 'won support from', 'won praise from', 'won endorsement from', 'won endorsements from', 'won backing from', 'winning support from', 'winning praise from', 'winning endorsement from', 'winning endorsements from', 'winning backing from', 'draw support from', 'draw praise from', 'draw endorsement from', 'draw endorsements from', 'draw backing from', 'draws support from', 'draws praise from', 'draws endorsement from', 'draws endorsements from', 'draws backing from', 'drew support from', 'drew praise from', 'drew endorsement from', 'drew endorsements from', 'drew backing from', 'drawn support from', 'drawn praise from', 'drawn endorsement from', 'drawn endorsements from', 'drawn backing from', 'drawing support from', 'drawing praise from', 'drawing endorsement from', 'drawing endorsements from', 'drawing backing from', 'pick up support from', 'pick up endorsement from', 'pick up endorsements from', 'pick up backing from', 'picks up support from', 'picks up endorsement from', 'picks up endorsements from', 'picks up backing from', 'picked up support from', 'picked up endorsement from', 'picked up endorsements from', 'picked up backing from', 'picking up support from', 'picking up endorsement from', 'picking up endorsements from', 'picking up backing from'], reliability: 0.50, count: 9, receivesReaction: true, modifiersInside: true }, // "won overwhelming support from union leaders": the support is the source's (on train 9 of 18 such frames annotated)
  { lemma: 'have support of', stance: 'other', category: 'belief', forms: ['have support of', 'have support among', 'have backing of', 'have backing among', 'have endorsement of', 'have endorsement among', 'have endorsements of', 'have endorsements among', 'has support of', 'has support among', 'has backing of', 'has backing among', 'has endorsement of', 'has endorsement among', 'has endorsements of', 'has endorsements among', 'had support of', 'had support among', 'had backing of', 'had backing among', 'had endorsement of', 'had endorsement among', 'had endorsements of', 'had endorsements among', 'having support of', 'having support among', 'having backing of', 'having backing among', 'having endorsement of', 'having endorsement among', 'having endorsements of', 'having endorsements among', 'won support of', 'won support among', 'won backing of', 'won backing among', 'won endorsement of', 'won endorsement among', 'won endorsements of', 'won endorsements among', 'earn support of', 'earn support among', 'earn backing of', 'earn backing among', 'earn endorsement of', 'earn endorsement among', 'earn endorsements of', 'earn endorsements among', 'earns support of', 'earns support among', 'earns backing of', 'earns backing among', 'earns endorsement of', 'earns endorsement among', 'earns endorsements of', 'earns endorsements among', 'earned support of', 'earned support among', 'earned backing of', 'earned backing among', 'earned endorsement of', 'earned endorsement among', 'earned endorsements of', 'earned endorsements among', 'earning support of', 'earning support among', 'earning backing of', 'earning backing among', 'earning endorsement of', 'earning endorsement among', 'earning endorsements of', 'earning endorsements among', 'secured support of', 'secured support among', 'secured backing of', 'secured backing among', 'secured endorsement of', 'secured endorsement among', 'secured endorsements of', 'secured endorsements among', 'snagged support of', 'snagged support among', 'snagged backing of', 'snagged backing among', 'snagged endorsement of', 'snagged endorsement among', 'snagged endorsements of', 'snagged endorsements among', 'received support of', 'received support among', 'received backing of', 'received backing among', 'received endorsement of', 'received endorsement among', 'received endorsements of', 'received endorsements among', 'drew support of', 'drew support among', 'drew backing of', 'drew backing among', 'drew endorsement of', 'drew endorsement among', 'drew endorsements of', 'drew endorsements among', 'enjoy support of', 'enjoy support among', 'enjoy backing of', 'enjoy backing among', 'enjoy endorsement of', 'enjoy endorsement among', 'enjoy endorsements of', 'enjoy endorsements among', 'enjoys support of', 'enjoys support among', 'enjoys backing of', 'enjoys backing among', 'enjoys endorsement of', 'enjoys endorsement among', 'enjoys endorsements of', 'enjoys endorsements among', 'enjoyed support of', 'enjoyed support among', 'enjoyed backing of', 'enjoyed backing among', 'enjoyed endorsement of', 'enjoyed endorsement among', 'enjoyed endorsements of', 'enjoyed endorsements among', 'garnered support of', 'garnered support among', 'garnered backing of', 'garnered backing among', 'garnered endorsement of', 'garnered endorsement among', 'garnered endorsements of', 'garnered endorsements among', 'pick up support of', 'pick up endorsement of', 'pick up endorsements of', 'pick up backing of', 'picks up support of', 'picks up endorsement of', 'picks up endorsements of', 'picks up backing of', 'picked up support of', 'picked up endorsement of', 'picked up endorsements of', 'picked up backing of', 'picking up support of', 'picking up endorsement of', 'picking up endorsements of', 'picking up backing of'], reliability: 0.70, count: 23, receivesReaction: true, modifiersInside: true }, // "has the backing of the unions", "won the endorsement of the mayor", "enjoys strong support among farmers" (on train 23 of 33 such frames annotated; not "to win the support of", a hope)
  { lemma: 'throw support behind', stance: 'other', category: 'belief', forms: ['throw support behind', 'throw support to', 'throw backing behind', 'throw backing to', 'throw weight behind', 'throw weight to', 'throws support behind', 'throws support to', 'throws backing behind', 'throws backing to', 'throws weight behind', 'throws weight to', 'threw support behind', 'threw support to', 'threw backing behind', 'threw backing to', 'threw weight behind', 'threw weight to', 'thrown support behind', 'thrown support to', 'thrown backing behind', 'thrown backing to', 'thrown weight behind', 'thrown weight to', 'throwing support behind', 'throwing support to', 'throwing backing behind', 'throwing backing to', 'throwing weight behind', 'throwing weight to', 'pledge support behind', 'pledge support to', 'pledge backing behind', 'pledge backing to', 'pledge weight behind', 'pledge weight to', 'pledges support behind', 'pledges support to', 'pledges backing behind', 'pledges backing to', 'pledges weight behind', 'pledges weight to', 'pledged support behind', 'pledged support to', 'pledged backing behind', 'pledged backing to', 'pledged weight behind', 'pledged weight to', 'pledging support behind', 'pledging support to', 'pledging backing behind', 'pledging backing to', 'pledging weight behind', 'pledging weight to', 'lend support behind', 'lend support to', 'lend backing behind', 'lend backing to', 'lend weight behind', 'lend weight to', 'lends support behind', 'lends support to', 'lends backing behind', 'lends backing to', 'lends weight behind', 'lends weight to', 'lent support behind', 'lent support to', 'lent backing behind', 'lent backing to', 'lent weight behind', 'lent weight to', 'lending support behind', 'lending support to', 'lending backing behind', 'lending backing to', 'lending weight behind', 'lending weight to', 'put support behind', 'put support to', 'put backing behind', 'put backing to', 'put weight behind', 'put weight to', 'puts support behind', 'puts support to', 'puts backing behind', 'puts backing to', 'puts weight behind', 'puts weight to', 'putting support behind', 'putting support to', 'putting backing behind', 'putting backing to', 'putting weight behind', 'putting weight to'], reliability: 0.60, count: 9, objectOnly: true, modifiersInside: true }, // "threw her support behind Ruiz", "pledged their support to the mayor" (on train 9 of 15 such frames annotated)
  { lemma: 'launch attack on', stance: 'accusing', category: 'speech', forms: ['launch attack on', 'launch attack against', 'launch attack at', 'launch attacks on', 'launch attacks against', 'launch attacks at', 'launch counterattack on', 'launch counterattack against', 'launch counterattack at', 'launch counterattacks on', 'launch counterattacks against', 'launch counterattacks at', 'launch criticism on', 'launch criticism against', 'launch criticism at', 'launch critique on', 'launch critique against', 'launch critique at', 'launches attack on', 'launches attack against', 'launches attack at', 'launches attacks on', 'launches attacks against', 'launches attacks at', 'launches counterattack on', 'launches counterattack against', 'launches counterattack at', 'launches counterattacks on', 'launches counterattacks against', 'launches counterattacks at', 'launches criticism on', 'launches criticism against', 'launches criticism at', 'launches critique on', 'launches critique against', 'launches critique at', 'launched attack on', 'launched attack against', 'launched attack at', 'launched attacks on', 'launched attacks against', 'launched attacks at', 'launched counterattack on', 'launched counterattack against', 'launched counterattack at', 'launched counterattacks on', 'launched counterattacks against', 'launched counterattacks at', 'launched criticism on', 'launched criticism against', 'launched criticism at', 'launched critique on', 'launched critique against', 'launched critique at', 'launching attack on', 'launching attack against', 'launching attack at', 'launching attacks on', 'launching attacks against', 'launching attacks at', 'launching counterattack on', 'launching counterattack against', 'launching counterattack at', 'launching counterattacks on', 'launching counterattacks against', 'launching counterattacks at', 'launching criticism on', 'launching criticism against', 'launching criticism at', 'launching critique on', 'launching critique against', 'launching critique at', 'unleash attack on', 'unleash attack against', 'unleash attack at', 'unleash attacks on', 'unleash attacks against', 'unleash attacks at', 'unleash counterattack on', 'unleash counterattack against', 'unleash counterattack at', 'unleash counterattacks on', 'unleash counterattacks against', 'unleash counterattacks at', 'unleash criticism on', 'unleash criticism against', 'unleash criticism at', 'unleash critique on', 'unleash critique against', 'unleash critique at', 'unleashes attack on', 'unleashes attack against', 'unleashes attack at', 'unleashes attacks on', 'unleashes attacks against', 'unleashes attacks at', 'unleashes counterattack on', 'unleashes counterattack against', 'unleashes counterattack at', 'unleashes counterattacks on', 'unleashes counterattacks against', 'unleashes counterattacks at', 'unleashes criticism on', 'unleashes criticism against', 'unleashes criticism at', 'unleashes critique on', 'unleashes critique against', 'unleashes critique at', 'unleashed attack on', 'unleashed attack against', 'unleashed attack at', 'unleashed attacks on', 'unleashed attacks against', 'unleashed attacks at', 'unleashed counterattack on', 'unleashed counterattack against', 'unleashed counterattack at', 'unleashed counterattacks on', 'unleashed counterattacks against', 'unleashed counterattacks at', 'unleashed criticism on', 'unleashed criticism against', 'unleashed criticism at', 'unleashed critique on', 'unleashed critique against', 'unleashed critique at', 'unleashing attack on', 'unleashing attack against', 'unleashing attack at', 'unleashing attacks on', 'unleashing attacks against', 'unleashing attacks at', 'unleashing counterattack on', 'unleashing counterattack against', 'unleashing counterattack at', 'unleashing counterattacks on', 'unleashing counterattacks against', 'unleashing counterattacks at', 'unleashing criticism on', 'unleashing criticism against', 'unleashing criticism at', 'unleashing critique on', 'unleashing critique against', 'unleashing critique at', 'mount attack on', 'mount attack against', 'mount attack at', 'mount attacks on', 'mount attacks against', 'mount attacks at', 'mount counterattack on', 'mount counterattack against', 'mount counterattack at', 'mount counterattacks on', 'mount counterattacks against', 'mount counterattacks at', 'mount criticism on', 'mount criticism against', 'mount criticism at', 'mount critique on', 'mount critique against', 'mount critique at', 'mounts attack on', 'mounts attack against', 'mounts attack at', 'mounts attacks on', 'mounts attacks against', 'mounts attacks at', 'mounts counterattack on', 'mounts counterattack against', 'mounts counterattack at', 'mounts counterattacks on', 'mounts counterattacks against', 'mounts counterattacks at', 'mounts criticism on', 'mounts criticism against', 'mounts criticism at', 'mounts critique on', 'mounts critique against', 'mounts critique at', 'mounted attack on', 'mounted attack against', 'mounted attack at', 'mounted attacks on', 'mounted attacks against', 'mounted attacks at', 'mounted counterattack on', 'mounted counterattack against', 'mounted counterattack at', 'mounted counterattacks on', 'mounted counterattacks against', 'mounted counterattacks at', 'mounted criticism on', 'mounted criticism against', 'mounted criticism at', 'mounted critique on', 'mounted critique against', 'mounted critique at', 'mounting attack on', 'mounting attack against', 'mounting attack at', 'mounting attacks on', 'mounting attacks against', 'mounting attacks at', 'mounting counterattack on', 'mounting counterattack against', 'mounting counterattack at', 'mounting counterattacks on', 'mounting counterattacks against', 'mounting counterattacks at', 'mounting criticism on', 'mounting criticism against', 'mounting criticism at', 'mounting critique on', 'mounting critique against', 'mounting critique at', 'level attack on', 'level attack against', 'level attack at', 'level attacks on', 'level attacks against', 'level attacks at', 'level counterattack on', 'level counterattack against', 'level counterattack at', 'level counterattacks on', 'level counterattacks against', 'level counterattacks at', 'level criticism on', 'level criticism against', 'level criticism at', 'level critique on', 'level critique against', 'level critique at', 'levels attack on', 'levels attack against', 'levels attack at', 'levels attacks on', 'levels attacks against', 'levels attacks at', 'levels counterattack on', 'levels counterattack against', 'levels counterattack at', 'levels counterattacks on', 'levels counterattacks against', 'levels counterattacks at', 'levels criticism on', 'levels criticism against', 'levels criticism at', 'levels critique on', 'levels critique against', 'levels critique at', 'leveled attack on', 'leveled attack against', 'leveled attack at', 'leveled attacks on', 'leveled attacks against', 'leveled attacks at', 'leveled counterattack on', 'leveled counterattack against', 'leveled counterattack at', 'leveled counterattacks on', 'leveled counterattacks against', 'leveled counterattacks at', 'leveled criticism on', 'leveled criticism against', 'leveled criticism at', 'leveled critique on', 'leveled critique against', 'leveled critique at', 'leveling attack on', 'leveling attack against', 'leveling attack at', 'leveling attacks on', 'leveling attacks against', 'leveling attacks at', 'leveling counterattack on', 'leveling counterattack against', 'leveling counterattack at', 'leveling counterattacks on', 'leveling counterattacks against', 'leveling counterattacks at', 'leveling criticism on', 'leveling criticism against', 'leveling criticism at', 'leveling critique on', 'leveling critique against', 'leveling critique at', 'levelled attack on', 'levelled attack against', 'levelled attack at', 'levelled attacks on', 'levelled attacks against', 'levelled attacks at', 'levelled counterattack on', 'levelled counterattack against', 'levelled counterattack at', 'levelled counterattacks on', 'levelled counterattacks against', 'levelled counterattacks at', 'levelled criticism on', 'levelled criticism against', 'levelled criticism at', 'levelled critique on', 'levelled critique against', 'levelled critique at', 'levelling attack on', 'levelling attack against', 'levelling attack at', 'levelling attacks on', 'levelling attacks against', 'levelling attacks at', 'levelling counterattack on', 'levelling counterattack against', 'levelling counterattack at', 'levelling counterattacks on', 'levelling counterattacks against', 'levelling counterattacks at', 'levelling criticism on', 'levelling criticism against', 'levelling criticism at', 'levelling critique on', 'levelling critique against', 'levelling critique at'], reliability: 0.78, count: 7, objectOnly: true, modifiersInside: true }, // "unleashed a harsh attack on the mayor", "leveling sharp criticism at the board" (on train 7 of 9 such frames annotated)
  { lemma: 'hint at', stance: 'other', category: 'speech', forms: ['hint at', 'hints at', 'hinted at', 'hinting at'], reliability: 0.75, count: 6, objectOnly: true }, // "Lee hints at a shakeup": what is hinted at is the content (on train 6 of 8 annotated)
  { lemma: 'sound off', stance: 'accusing', category: 'speech', forms: ['sound off on', 'sounds off on', 'sounded off on', 'sounding off on', 'sound off against', 'sounds off against', 'sounded off against', 'sounding off against'], reliability: 0.9, count: 3, objectOnly: true }, // "families sound off on Ruiz" (on train 3 of 3 annotated)
  { lemma: 'make statement about', stance: 'neutral', category: 'speech', forms: ['make statement about', 'make statement on', 'make statements about', 'make statements on', 'make announcement about', 'make announcement on', 'make announcements about', 'make announcements on', 'make prediction about', 'make prediction on', 'make predictions about', 'make predictions on', 'make comment about', 'make comment on', 'make comments about', 'make comments on', 'make remark about', 'make remark on', 'make remarks about', 'make remarks on', 'makes statement about', 'makes statement on', 'makes statements about', 'makes statements on', 'makes announcement about', 'makes announcement on', 'makes announcements about', 'makes announcements on', 'makes prediction about', 'makes prediction on', 'makes predictions about', 'makes predictions on', 'makes comment about', 'makes comment on', 'makes comments about', 'makes comments on', 'makes remark about', 'makes remark on', 'makes remarks about', 'makes remarks on', 'made statement about', 'made statement on', 'made statements about', 'made statements on', 'made announcement about', 'made announcement on', 'made announcements about', 'made announcements on', 'made prediction about', 'made prediction on', 'made predictions about', 'made predictions on', 'made comment about', 'made comment on', 'made comments about', 'made comments on', 'made remark about', 'made remark on', 'made remarks about', 'made remarks on', 'making statement about', 'making statement on', 'making statements about', 'making statements on', 'making announcement about', 'making announcement on', 'making announcements about', 'making announcements on', 'making prediction about', 'making prediction on', 'making predictions about', 'making predictions on', 'making comment about', 'making comment on', 'making comments about', 'making comments on', 'making remark about', 'making remark on', 'making remarks about', 'making remarks on'], reliability: 0.8, count: 8, objectOnly: true, modifiersInside: true }, // "Lee made strong comments about the pier", "Ruiz Makes Big Announcement About Lee": the noun's topic is the content (on train 8 of 10 such frames annotated)
  { lemma: 'be supporter of', stance: 'other', category: 'belief', forms: ['is supporter of', 'is supporters of', 'is backer of', 'is backers of', 'is opponent of', 'is opponents of', 'is critic of', 'is critics of', 'was supporter of', 'was supporters of', 'was backer of', 'was backers of', 'was opponent of', 'was opponents of', 'was critic of', 'was critics of', 'are supporter of', 'are supporters of', 'are backer of', 'are backers of', 'are opponent of', 'are opponents of', 'are critic of', 'are critics of', 'were supporter of', 'were supporters of', 'were backer of', 'were backers of', 'were opponent of', 'were opponents of', 'were critic of', 'were critics of', 'been supporter of', 'been supporters of', 'been backer of', 'been backers of', 'been opponent of', 'been opponents of', 'been critic of', 'been critics of', 'be supporter of', 'be supporters of', 'be backer of', 'be backers of', 'be opponent of', 'be opponents of', 'be critic of', 'be critics of', 'remains supporter of', 'remains supporters of', 'remains backer of', 'remains backers of', 'remains opponent of', 'remains opponents of', 'remains critic of', 'remains critics of', 'remained supporter of', 'remained supporters of', 'remained backer of', 'remained backers of', 'remained opponent of', 'remained opponents of', 'remained critic of', 'remained critics of'], reliability: 0.60, count: 6, objectOnly: true, modifiersInside: true }, // "Lee is a fervent supporter of Ruiz", "has been an early backer of", "was a fierce critic of"
  { lemma: 'face criticism from', stance: 'accusing', category: 'speech', forms: ['face criticism from', 'face opposition from', 'face attacks from', 'face scorn from', 'face condemnation from', 'faces criticism from', 'faces opposition from', 'faces attacks from', 'faces scorn from', 'faces condemnation from', 'faced criticism from', 'faced opposition from', 'faced attacks from', 'faced scorn from', 'faced condemnation from', 'facing criticism from', 'facing opposition from', 'facing attacks from', 'facing scorn from', 'facing condemnation from', 'receive criticism from', 'receive opposition from', 'receive attacks from', 'receive scorn from', 'receive condemnation from', 'receives criticism from', 'receives opposition from', 'receives attacks from', 'receives scorn from', 'receives condemnation from', 'received criticism from', 'received opposition from', 'received attacks from', 'received scorn from', 'received condemnation from', 'receiving criticism from', 'receiving opposition from', 'receiving attacks from', 'receiving scorn from', 'receiving condemnation from', 'draw opposition from', 'draw attacks from', 'draw scorn from', 'draw condemnation from', 'draws opposition from', 'draws attacks from', 'draws scorn from', 'draws condemnation from', 'drew opposition from', 'drew attacks from', 'drew scorn from', 'drew condemnation from', 'drawn opposition from', 'drawn attacks from', 'drawn scorn from', 'drawn condemnation from', 'drawing opposition from', 'drawing attacks from', 'drawing scorn from', 'drawing condemnation from'], reliability: 0.57, count: 8, receivesReaction: true, modifiersInside: true }, // "faced stiff opposition from farmers" (on train 8 of 14 such frames annotated)
  { lemma: 'dwell', stance: 'neutral', category: 'speech', forms: ['dwell', 'dwells', 'dwelled', 'dwelling'], reliability: 0.80, count: 3 },
  { lemma: 'elaborate', stance: 'neutral', category: 'speech', forms: ['elaborate', 'elaborates', 'elaborated', 'elaborating'], reliability: 0.36, count: 3 },
  { lemma: 'float', stance: 'other', category: 'speech', forms: ['float', 'floats', 'floated', 'floating'], reliability: 0.33, count: 3 },
  { lemma: 'hammer', stance: 'accusing', category: 'speech', forms: ['hammer', 'hammers', 'hammered', 'hammering'], reliability: 0.31, count: 3, notBeforeWords: ['out', 'home'] }, // "hammered out a deal" (negotiated), "the message is hammered home" (stressed, the subject is the message): no attack, none annotated on train or dev
  { lemma: 'herald', stance: 'assertive', category: 'speech', forms: ['herald', 'heralds', 'heralded', 'heralding'], reliability: 0.38, count: 3 },
  { lemma: 'opine', stance: 'other', category: 'speech', forms: ['opine', 'opines', 'opined', 'opining'], reliability: 0.75, count: 3 },
  { lemma: 'pitch', stance: 'other', category: 'speech', forms: ['pitch', 'pitches', 'pitched', 'pitching'], reliability: 0.17, count: 3 },
  { lemma: 'preach', stance: 'other', category: 'speech', forms: ['preach', 'preaches', 'preached', 'preaching'], reliability: 0.60, count: 3 },
  { lemma: 'pronounce', stance: 'assertive', category: 'speech', forms: ['pronounce', 'pronounces', 'pronounced', 'pronouncing'], reliability: 0.60, count: 3 },
  { lemma: 'renounce', stance: 'denying', category: 'speech', forms: ['renounce', 'renounces', 'renounced', 'renouncing'], reliability: 0.50, count: 3 },
  { lemma: 'revile', stance: 'accusing', category: 'speech', forms: ['revile', 'reviles', 'reviled', 'reviling'], reliability: 0.75, count: 3 },
  { lemma: 'savage', stance: 'accusing', category: 'speech', forms: ['savage', 'savages', 'savaged', 'savaging'], reliability: 0.38, count: 3 },
  { lemma: 'speculation', stance: 'other', category: 'speech', forms: ['speculation'], reliability: 0.33, count: 3 },
  { lemma: 'spell out', stance: 'neutral', category: 'speech', forms: ['spell out', 'spells out', 'spelled out', 'spelling out'], reliability: 1.00, count: 3 },
  { lemma: 'talk up', stance: 'other', category: 'speech', forms: ['talk up', 'talks up', 'talked up', 'talking up'], reliability: 0.75, count: 3 },
  { lemma: 'tick off', stance: 'neutral', category: 'speech', forms: ['tick off', 'ticks off', 'ticked off', 'ticking off'], reliability: 1.00, count: 3 },
  { lemma: 'trash', stance: 'accusing', category: 'speech', forms: ['trash', 'trashes', 'trashed', 'trashing'], reliability: 0.23, count: 3 },
  { lemma: 'trumpet', stance: 'assertive', category: 'speech', forms: ['trumpet', 'trumpets', 'trumpeted', 'trumpeting'], reliability: 0.43, count: 3 },
  // Verbs of the manner of speaking, each a gold cue nearly wherever it occurs on train (few occurrences each).
  { lemma: 'quip', stance: 'other', category: 'speech', forms: ['quip', 'quips', 'quipped', 'quipping'], reliability: 0.67, count: 4 },
  { lemma: 'scoff', stance: 'doubting', category: 'speech', forms: ['scoff', 'scoffs', 'scoffed', 'scoffing'], reliability: 1.00, count: 3 },
  { lemma: 'vent', stance: 'accusing', category: 'speech', forms: ['vent', 'vents', 'vented', 'venting'], reliability: 0.67, count: 2 },
  { lemma: 'grouse', stance: 'accusing', category: 'speech', forms: ['grouse', 'grouses', 'groused', 'grousing'], reliability: 1.00, count: 3 }, // what is claimed as one's doing is the content: "took credit for the new pier"
  { lemma: 'marvel', stance: 'other', category: 'speech', forms: ['marvel', 'marvels', 'marveled', 'marvelled', 'marveling', 'marvelling'], reliability: 0.67, count: 2 },
  { lemma: 'gush', stance: 'other', category: 'speech', forms: ['gush', 'gushes', 'gushed', 'gushing'], reliability: 1.00, count: 3 }, // what is claimed as one's doing is the content: "took credit for the new pier"
  { lemma: 'confide', stance: 'neutral', category: 'speech', forms: ['confide', 'confides', 'confided', 'confiding'], reliability: 1.00, count: 1 },
  { lemma: 'snipe', stance: 'accusing', category: 'speech', forms: ['snipe', 'snipes', 'sniped', 'sniping'], reliability: 0.50, count: 1 },
  { lemma: 'confess', stance: 'conceding', category: 'speech', forms: ['confess', 'confesses', 'confessed', 'confessing'], reliability: 0.67, count: 2 },
  { lemma: 'purport', stance: 'doubting', category: 'speech', forms: ['purport', 'purports', 'purported', 'purporting'], reliability: 0.20, count: 1 },
  { lemma: 'spurn', stance: 'denying', category: 'speech', forms: ['spurn', 'spurns', 'spurned', 'spurning'], reliability: 0.50, count: 2 }, // denying like 'rebuff'
  { lemma: 'refute', stance: 'denying', category: 'speech', forms: ['refute', 'refutes', 'refuted', 'refuting'], reliability: 0.67, count: 0 },
  // More verbs of the manner of speaking, mostly for “…,” Ruiz barked / Lee boomed: “…” (counts and shares on train;
  // where a form is mostly another word, "boom", "booming", the past form's own share stands in formReliability).
  // Those unseen on train count 0 and keep the share of their seen kin, 0.5: only a quotation or clause makes them cues.
  { lemma: 'retort', stance: 'neutral', category: 'speech', forms: ['retort', 'retorts', 'retorted', 'retorting'], reliability: 0.67, count: 1 }, // neutral like 'reply'
  { lemma: 'bark', stance: 'neutral', category: 'speech', forms: ['bark', 'barks', 'barked', 'barking'], reliability: 0.67, count: 2 },
  { lemma: 'beam', stance: 'other', category: 'speech', forms: ['beam', 'beams', 'beamed', 'beaming'], reliability: 0.25, count: 2, needsClause: true }, // other: a feeling shown ("beamed as she noted …")
  { lemma: 'boom', stance: 'neutral', category: 'speech', forms: ['boomed'], reliability: 1.00, count: 2 }, // not "boom", "booming": mostly the noun and the adjective (0 of 12 on train)
  { lemma: 'exclaim', stance: 'neutral', category: 'speech', forms: ['exclaim', 'exclaims', 'exclaimed', 'exclaiming'], reliability: 1.00, count: 2 },
  { lemma: 'thunder', stance: 'assertive', category: 'speech', forms: ['thunder', 'thunders', 'thundered', 'thundering'], reliability: 0.50, count: 1 },
  { lemma: 'fume', stance: 'accusing', category: 'speech', forms: ['fume', 'fumes', 'fumed', 'fuming'], reliability: 0.50, count: 1 }, // accusing: see 'complain'
  { lemma: 'exhort', stance: 'other', category: 'speech', forms: ['exhort', 'exhorts', 'exhorted', 'exhorting'], reliability: 1.00, count: 2 }, // other: see 'urge'
  { lemma: 'implore', stance: 'other', category: 'speech', forms: ['implore', 'implores', 'implored', 'imploring'], reliability: 0.25, count: 1 }, // other: see 'urge'
  { lemma: 'riff', stance: 'other', category: 'speech', forms: ['riff', 'riffs', 'riffed', 'riffing'], reliability: 0.40, count: 1 },
  { lemma: 'gloat', stance: 'assertive', category: 'speech', forms: ['gloat', 'gloats', 'gloated', 'gloating'], reliability: 1.00, count: 1 }, // assertive: see 'boast'
  { lemma: 'taunt', stance: 'accusing', category: 'speech', forms: ['taunt', 'taunts', 'taunted', 'taunting'], reliability: 0.40, count: 2 }, // accusing: see 'mock'
  { lemma: 'jab', stance: 'accusing', category: 'speech', forms: ['jab', 'jabs', 'jabbed', 'jabbing'], reliability: 0.50, count: 1 },
  { lemma: 'scold', stance: 'accusing', category: 'speech', forms: ['scold', 'scolds', 'scolded', 'scolding'], reliability: 0.40, count: 2 },
  { lemma: 'berate', stance: 'accusing', category: 'speech', forms: ['berate', 'berates', 'berated', 'berating'], reliability: 0.50, count: 1 },
  { lemma: 'admonish', stance: 'accusing', category: 'speech', forms: ['admonish', 'admonishes', 'admonished', 'admonishing'], reliability: 1.00, count: 1 }, // accusing: see 'chide'
  { lemma: 'carp', stance: 'accusing', category: 'speech', forms: ['carp', 'carps', 'carped', 'carping'], reliability: 0.50, count: 1 },
  { lemma: 'hit back', stance: 'accusing', category: 'speech', forms: ['hit back', 'hits back', 'hitting back'], reliability: 0.33, count: 1 }, // accusing: see 'fire back'
  { lemma: 'growl', stance: 'neutral', category: 'speech', forms: ['growl', 'growls', 'growled', 'growling'], reliability: 1.00, count: 1 },
  { lemma: 'whisper', stance: 'neutral', category: 'speech', forms: ['whisper', 'whispers', 'whispered', 'whispering'], reliability: 0.13, count: 1, formReliability: { whispered: 0.50 } }, // "a whisper campaign"
  { lemma: 'scream', stance: 'neutral', category: 'speech', forms: ['scream', 'screams', 'screamed', 'screaming'], reliability: 0.10, count: 1, formReliability: { screamed: 0.50 } }, // "screaming supporters"
  { lemma: 'posit', stance: 'assertive', category: 'speech', forms: ['posit', 'posits', 'posited', 'positing'], reliability: 1.00, count: 2 }, // assertive: see 'argue'
  { lemma: 'demur', stance: 'other', category: 'speech', forms: ['demur', 'demurs', 'demurred', 'demurring'], reliability: 0.17, count: 1 }, // mostly a refusal to answer with no words of it
  { lemma: 'deadpan', stance: 'other', category: 'speech', forms: ['deadpan', 'deadpans', 'deadpanned', 'deadpanning'], reliability: 0.50, count: 0 }, // other: see 'quip'
  { lemma: 'mutter', stance: 'neutral', category: 'speech', forms: ['mutter', 'mutters', 'muttered', 'muttering'], reliability: 0.50, count: 0 },
  { lemma: 'snarl', stance: 'accusing', category: 'speech', forms: ['snarl', 'snarls', 'snarled', 'snarling'], reliability: 0.50, count: 0 },
  { lemma: 'sneer', stance: 'accusing', category: 'speech', forms: ['sneer', 'sneers', 'sneered', 'sneering'], reliability: 0.50, count: 0 },
  { lemma: 'bellow', stance: 'neutral', category: 'speech', forms: ['bellow', 'bellows', 'bellowed', 'bellowing'], reliability: 0.50, count: 0 },
  { lemma: 'holler', stance: 'neutral', category: 'speech', forms: ['holler', 'hollers', 'hollered', 'hollering'], reliability: 0.50, count: 0 },
  { lemma: 'shriek', stance: 'neutral', category: 'speech', forms: ['shriek', 'shrieks', 'shrieked', 'shrieking'], reliability: 0.50, count: 0 },
  { lemma: 'exult', stance: 'other', category: 'speech', forms: ['exult', 'exults', 'exulted', 'exulting'], reliability: 0.50, count: 0 },
  { lemma: 'enthuse', stance: 'other', category: 'speech', forms: ['enthuse', 'enthuses', 'enthused', 'enthusing'], reliability: 0.50, count: 0 },
  { lemma: 'rejoin', stance: 'neutral', category: 'speech', forms: ['rejoined'], reliability: 0.50, count: 0 }, // not "rejoin the party"
  // ---------------------------------------------------------------- belief: beliefs, intentions, feelings, stances and position-taking acts
  { lemma: 'support', stance: 'other', category: 'belief', forms: ['support', 'supports', 'supported', 'supporting'], reliability: 0.22, count: 153, notBefore: ['prep', 'none'], formReliability: { supported: 0.46 }, objectOnly: true },
  { lemma: 'back', stance: 'other', category: 'belief', forms: ['backs', 'backed', 'backing'], reliability: 0.31, count: 51, notBefore: ['prep', 'none'], notBeforeWords: ['down', 'up', 'away', 'out', 'off'], objectOnly: true }, // like 'support'; not the bare 'back', mostly an adverb ("came back")
  { lemma: 'seem', stance: 'other', category: 'belief', forms: ['seem', 'seems', 'seemed', 'seeming'], reliability: 0.51, count: 130 }, // often sourceless ('seemed to'): the writer's inference
  { lemma: 'expect', stance: 'other', category: 'belief', forms: ['expect', 'expects', 'expected', 'expecting'], reliability: 0.56, count: 120 }, // mostly passive and sourceless ('is expected to')
  { lemma: 'want', stance: 'other', category: 'belief', forms: ['want', 'wants', 'wanted', 'wanting', 'wanna'], reliability: 0.17, count: 114, standalone: true },
  { lemma: 'see', stance: 'other', category: 'belief', forms: ['see', 'sees', 'saw', 'seen', 'seeing'], reliability: 0.18, count: 111, standalone: true, formReliability: { sees: 0.47 } },
  { lemma: 'think', stance: 'other', category: 'belief', forms: ['think', 'thinks', 'thought', 'thinking'], reliability: 0.13, count: 111, standalone: true, formReliability: { thinks: 0.39 } },
  { lemma: 'appear', stance: 'other', category: 'belief', forms: ['appear', 'appears', 'appeared', 'appearing'], reliability: 0.40, count: 102, notBefore: ['prep'], notBeforeWords: ['before', 'together'] }, // see 'seem'
  { lemma: 'endorse', stance: 'other', category: 'belief', forms: ['endorse', 'endorses', 'endorsed', 'endorsing'], reliability: 0.53, count: 95, objectOnly: true },
  { lemma: 'know', stance: 'other', category: 'belief', forms: ['know', 'knows', 'knew', 'known', 'knowing'], reliability: 0.16, count: 86, reportsBefore: ['prep', 'clause'], formReliability: { known: 0.40 } }, // 'clause' with or without "that": "Reed knows the pier will close"
  { lemma: 'hope', stance: 'other', category: 'belief', forms: ['hope', 'hopes', 'hoped', 'hoping'], reliability: 0.42, count: 85 },
  { lemma: 'seek', stance: 'other', category: 'belief', forms: ['seek', 'seeks', 'sought', 'seeking'], reliability: 0.40, count: 81, notBeforeWords: ['nomination', 'presidency', 'office', 'term', 'seat', 'comment'] }, // "seeking the nomination": running for an office, not a wish reported; "calls seeking comment": the reporter's request (on train 1 of 3 annotated)
  { lemma: 'believe', stance: 'other', category: 'belief', forms: ['believe', 'believes', 'believed', 'believing'], reliability: 0.24, count: 78 },
  { lemma: 'believe in', stance: 'other', category: 'belief', forms: ['believe in', 'believes in', 'believed in', 'believing in'], reliability: 0.16, count: 5, standalone: true }, // "in" is the cue's (5 of 6 gold cues); standalone: 5 of the pipeline's 6 on train right
  { lemma: 'agree', stance: 'other', category: 'belief', forms: ['agree', 'agrees', 'agreed', 'agreeing'], reliability: 0.44, count: 68 }, // other: assent or alignment more often than concession
  { lemma: 'decline', stance: 'other', category: 'belief', forms: ['decline', 'declines', 'declined', 'declining'], reliability: 0.55, count: 67 }, // other: refusals ('declined to comment') are attributed as acts
  { lemma: 'oppose', stance: 'other', category: 'belief', forms: ['oppose', 'opposes', 'opposed', 'opposing'], reliability: 0.40, count: 57, objectOnly: true },
  { lemma: 'refuse', stance: 'other', category: 'belief', forms: ['refuse', 'refuses', 'refused', 'refusing'], reliability: 0.63, count: 56 },
  { lemma: 'plan', stance: 'other', category: 'belief', forms: ['plan', 'plans', 'planned', 'planning'], reliability: 0.14, count: 54, reportsBefore: ['to'] },
  { lemma: 'consider', stance: 'other', category: 'belief', forms: ['consider', 'considers', 'considered', 'considering'], reliability: 0.29, count: 48 },
  { lemma: 'conclude', stance: 'other', category: 'belief', forms: ['conclude', 'concludes', 'concluded', 'concluding'], reliability: 0.73, count: 44 },
  { lemma: 'focus on', stance: 'other', category: 'belief', forms: ['focus on', 'focuses on', 'focused on', 'focusing on'], reliability: 0.26, count: 43, notBefore: ['object'] },
  { lemma: 'try', stance: 'other', category: 'belief', forms: ['try', 'tries', 'tried', 'trying'], reliability: 0.11, count: 39, notBefore: ['to'] },
  { lemma: 'worry', stance: 'other', category: 'belief', forms: ['worry', 'worries', 'worried', 'worrying'], reliability: 0.41, count: 38 },
  { lemma: 'decide', stance: 'other', category: 'belief', forms: ['decide', 'decides', 'decided', 'deciding'], reliability: 0.28, count: 35 },
  { lemma: 'view', stance: 'other', category: 'belief', forms: ['view', 'views', 'viewed', 'viewing'], reliability: 0.20, count: 35 },
  { lemma: 'feel', stance: 'other', category: 'belief', forms: ['feel', 'feels', 'felt', 'feeling'], reliability: 0.16, count: 34, reportsBefore: ['clause'] }, // "aides feel they have enough"
  { lemma: 'fear', stance: 'other', category: 'belief', forms: ['fear', 'fears', 'feared', 'fearing'], reliability: 0.30, count: 33, nounPrepositions: ['of', 'about'] },
  { lemma: 'like', stance: 'other', category: 'belief', forms: ['like', 'likes', 'liked', 'liking'], reliability: 0.05, count: 29 },
  { lemma: 'cast', stance: 'other', category: 'belief', forms: ['cast', 'casts', 'casting'], reliability: 0.25, count: 27, notBeforeWords: ['ballots', 'ballot', 'votes', 'vote'], notAfterWords: ['votes', 'ballots'] }, // "cast their votes", "the votes cast": the act of voting (the pipeline's attributions for these on train were wrong 8 times in 9)
  { lemma: 'cast vote for', stance: 'other', category: 'belief', forms: ['cast vote for', 'cast vote against', 'cast votes for', 'cast votes against', 'cast ballot for', 'cast ballot against', 'casts vote for', 'casts vote against', 'casts votes for', 'casts votes against', 'casts ballot for', 'casts ballot against', 'casting vote for', 'casting vote against', 'casting votes for', 'casting votes against', 'casting ballot for', 'casting ballot against'], reliability: 0.90, count: 8, objectOnly: true, modifiersInside: true }, // "cast their votes for Lee": the vote and its preposition are the cue, whom it is for the content (on train 8 of 9 such cues end past the preposition; not bare "cast ballots for", the act of voting, as for 'cast')
  { lemma: 'cast blame on', stance: 'accusing', category: 'speech', forms: ['cast blame on', 'casts blame on', 'casting blame on', 'cast the blame on', 'casts the blame on', 'casting the blame on'], reliability: 0.67, count: 1 }, // one cue as annotated, the article inside it, as with 'cast doubt on'; whom it blames the content
  { lemma: 'cast doubt on', stance: 'other', category: 'belief', forms: ['cast doubt on', 'casts doubt on', 'casting doubt on'], reliability: 0.67, count: 2 }, // one cue as annotated (2 of the 3 on train), whatever the tagger makes of "casts" ("Ruiz casts doubt on …"); other: see 'question'
  { lemma: 'vote for', stance: 'other', category: 'belief', forms: ['vote for', 'votes for', 'voted for', 'voting for'], reliability: 0.16, count: 27, formReliability: { 'voted for': 0.35 } },
  { lemma: 'pass', stance: 'other', category: 'belief', forms: ['pass', 'passes', 'passed', 'passing'], reliability: 0.19, count: 26 },
  { lemma: 'order', stance: 'other', category: 'belief', forms: ['order', 'orders', 'ordered', 'ordering'], reliability: 0.18, count: 24, standalone: true, formReliability: { ordered: 0.86 } },
  { lemma: 'vote', stance: 'other', category: 'belief', forms: ['vote', 'votes', 'voted', 'voting'], reliability: 0.04, count: 24, formReliability: { voted: 0.30 } },
  { lemma: 'favor', stance: 'other', category: 'belief', forms: ['favor', 'favors', 'favored', 'favoring'], reliability: 0.26, count: 23 },
  { lemma: 'prefer', stance: 'other', category: 'belief', forms: ['prefer', 'prefers', 'preferred', 'preferring'], reliability: 0.48, count: 23 },
  { lemma: 'remember', stance: 'other', category: 'belief', forms: ['remember', 'remembers', 'remembered', 'remembering'], reliability: 0.38, count: 23 },
  { lemma: 'sign', stance: 'other', category: 'belief', forms: ['sign', 'signs', 'signed', 'signing'], reliability: 0.17, count: 23 },
  { lemma: 'learn', stance: 'other', category: 'belief', forms: ['learn', 'learns', 'learned', 'learning'], reliability: 0.25, count: 22 },
  { lemma: 'allow', stance: 'other', category: 'belief', forms: ['allow', 'allows', 'allowed', 'allowing'], reliability: 0.13, count: 20 },
  { lemma: 'nominate', stance: 'other', category: 'belief', forms: ['nominate', 'nominates', 'nominated', 'nominating'], reliability: 0.19, count: 20, formReliability: { nominated: 0.50 } },
  { lemma: 'concern', stance: 'other', category: 'belief', forms: ['concern', 'concerns', 'concerned', 'concerning'], reliability: 0.22, count: 19, needsClause: true },
  { lemma: 'decision', stance: 'other', category: 'belief', forms: ['decision', 'decisions'], reliability: 0.10, count: 17 },
  { lemma: 'embrace', stance: 'other', category: 'belief', forms: ['embrace', 'embraces', 'embraced', 'embracing'], reliability: 0.25, count: 17, possessedNounPrepositions: ['of'] }, // of: 3 of 3 on train
  { lemma: 'need', stance: 'other', category: 'belief', forms: ['need', 'needs', 'needed', 'needing'], reliability: 0.03, count: 17, notBefore: ['to'] },
  { lemma: 'sound', stance: 'other', category: 'belief', forms: ['sound', 'sounds', 'sounded', 'sounding'], reliability: 0.24, count: 17, needsClause: true, formReliability: { sounded: 0.73 } },
  { lemma: 'clear', stance: 'other', category: 'belief', forms: ['clear'], reliability: 0.11, count: 16, notBefore: ['clause'] },
  { lemma: 'supporter', stance: 'other', category: 'belief', forms: ['supporter', 'supporters'], reliability: 0.07, count: 16 },
  { lemma: 'understand', stance: 'other', category: 'belief', forms: ['understand', 'understands', 'understood', 'understanding'], reliability: 0.12, count: 16, standalone: true },
  { lemma: 'require', stance: 'other', category: 'belief', forms: ['require', 'requires', 'required', 'requiring'], reliability: 0.13, count: 15 },
  { lemma: 'endorsement', stance: 'other', category: 'belief', forms: ['endorsement', 'endorsements'], reliability: 0.20, count: 14, nounPrepositions: ['of'] }, // of: 9 of 16 new attributions right on train
  { lemma: 'ignore', stance: 'other', category: 'belief', forms: ['ignore', 'ignores', 'ignored', 'ignoring'], reliability: 0.23, count: 14 },
  { lemma: 'attempt', stance: 'other', category: 'belief', forms: ['attempt', 'attempts', 'attempted', 'attempting'], reliability: 0.12, count: 13, reportsBefore: ['to'] },
  { lemma: 'deem', stance: 'other', category: 'belief', forms: ['deem', 'deems', 'deemed', 'deeming'], reliability: 0.64, count: 13 },
  { lemma: 'see as', stance: 'other', category: 'belief', forms: ['see as', 'sees as', 'saw as', 'seen as'], reliability: 0.39, count: 13 },
  { lemma: 'accept', stance: 'other', category: 'belief', forms: ['accept', 'accepts', 'accepted', 'accepting'], reliability: 0.15, count: 12 },
  { lemma: 'aim', stance: 'other', category: 'belief', forms: ['aim', 'aims', 'aimed', 'aiming'], reliability: 0.39, count: 12 },
  { lemma: 'convince', stance: 'other', category: 'belief', forms: ['convince', 'convinces', 'convinced', 'convincing'], reliability: 0.37, count: 12 },
  { lemma: 'eager', stance: 'other', category: 'belief', forms: ['eager'], reliability: 0.60, count: 12 },
  { lemma: 'rule', stance: 'other', category: 'belief', forms: ['rule', 'rules', 'ruled', 'ruling'], reliability: 0.06, count: 12, formReliability: { ruled: 0.54 } },
  { lemma: 'intend', stance: 'other', category: 'belief', forms: ['intend', 'intends', 'intended', 'intending'], reliability: 0.26, count: 11 },
  { lemma: 'approve', stance: 'other', category: 'belief', forms: ['approve', 'approves', 'approved', 'approving'], reliability: 0.31, count: 10 },
  { lemma: 'know for', stance: 'other', category: 'belief', forms: ['known for'], reliability: 0.64, count: 10 },
  { lemma: 'anger', stance: 'other', category: 'belief', forms: ['anger', 'angers', 'angered', 'angering'], reliability: 0.17, count: 9, formReliability: { angered: 0.67 } },
  { lemma: 'cheer', stance: 'other', category: 'belief', forms: ['cheer', 'cheers', 'cheered', 'cheering'], reliability: 0.17, count: 9, formReliability: { cheer: 0.38 } },
  { lemma: 'doubt', stance: 'other', category: 'belief', forms: ['doubt', 'doubts', 'doubted', 'doubting'], reliability: 0.38, count: 9, nounPrepositions: ['about', 'over'] }, // other: see 'question'
  { lemma: 'enjoy', stance: 'other', category: 'belief', forms: ['enjoy', 'enjoys', 'enjoyed', 'enjoying'], reliability: 0.22, count: 9 },
  { lemma: 'look for', stance: 'other', category: 'belief', forms: ['look for', 'looks for', 'looked for', 'looking for'], reliability: 0.17, count: 9, standalone: true },
  { lemma: 'persuade', stance: 'other', category: 'belief', forms: ['persuade', 'persuades', 'persuaded', 'persuading'], reliability: 0.38, count: 9 },
  { lemma: 'surprise', stance: 'other', category: 'belief', forms: ['surprise', 'surprises', 'surprised', 'surprising'], reliability: 0.10, count: 9 },
  { lemma: 'unclear', stance: 'other', category: 'belief', forms: ['unclear'], reliability: 0.29, count: 9 },
  { lemma: 'willing', stance: 'other', category: 'belief', forms: ['willing'], reliability: 0.16, count: 9 },
  { lemma: 'adopt', stance: 'other', category: 'belief', forms: ['adopt', 'adopts', 'adopted', 'adopting'], reliability: 0.19, count: 8 },
  { lemma: 'avoid', stance: 'other', category: 'belief', forms: ['avoid', 'avoids', 'avoided', 'avoiding'], reliability: 0.11, count: 8, formReliability: { avoided: 0.45 } },
  { lemma: 'aware', stance: 'other', category: 'belief', forms: ['aware'], reliability: 0.38, count: 8 },
  { lemma: 'celebrate', stance: 'other', category: 'belief', forms: ['celebrate', 'celebrates', 'celebrated', 'celebrating'], reliability: 0.18, count: 8 },
  { lemma: 'confident', stance: 'other', category: 'belief', forms: ['confident'], reliability: 0.35, count: 8 },
  { lemma: 'confident in', stance: 'other', category: 'belief', forms: ['confident in'], reliability: 0.80, count: 4 }, // "in" is the cue's (4 of 4 gold cues), what follows the content
  { lemma: 'opposition', stance: 'other', category: 'belief', forms: ['opposition'], reliability: 0.24, count: 8 },
  { lemma: 'represent', stance: 'other', category: 'belief', forms: ['represent', 'represents', 'represented', 'representing'], reliability: 0.05, count: 8 },
  { lemma: 'skeptical', stance: 'other', category: 'belief', forms: ['skeptical', 'sceptical'], reliability: 0.34, count: 8 },
  { lemma: 'sure', stance: 'other', category: 'belief', forms: ['sure'], reliability: 0.08, count: 8 },
  { lemma: 'vote in favor of', stance: 'other', category: 'belief', forms: ['vote in favor of', 'votes in favor of', 'voted in favor of', 'voting in favor of', 'vote in favour of', 'votes in favour of', 'voted in favour of', 'voting in favour of'], reliability: 0.63, count: 5 }, // like 'vote for': "in favor of" is the cue's
  { lemma: 'vote against', stance: 'other', category: 'belief', forms: ['vote against', 'votes against', 'voted against', 'voting against'], reliability: 0.30, count: 8 },
  { lemma: 'appoint', stance: 'other', category: 'belief', forms: ['appoint', 'appoints', 'appointed', 'appointing'], reliability: 0.21, count: 7 },
  { lemma: 'assume', stance: 'other', category: 'belief', forms: ['assume', 'assumes', 'assumed', 'assuming'], reliability: 0.18, count: 7, reportsBefore: ['clause'] },
  { lemma: 'ban', stance: 'other', category: 'belief', forms: ['ban', 'bans', 'banned', 'banning'], reliability: 0.06, count: 7 },
  { lemma: 'lean', stance: 'other', category: 'belief', forms: ['lean', 'leans', 'leaned', 'leaning'], reliability: 0.14, count: 7 },
  { lemma: 'love', stance: 'other', category: 'belief', forms: ['love', 'loves', 'loved', 'loving'], reliability: 0.06, count: 7 },
  { lemma: 'rattle', stance: 'other', category: 'belief', forms: ['rattle', 'rattles', 'rattled', 'rattling'], reliability: 0.38, count: 7 },
  { lemma: 'alarm', stance: 'other', category: 'belief', forms: ['alarm', 'alarms', 'alarmed', 'alarming'], reliability: 0.38, count: 6 },
  { lemma: 'block', stance: 'other', category: 'belief', forms: ['block', 'blocks', 'blocked', 'blocking'], reliability: 0.10, count: 6, standalone: true },
  { lemma: 'care about', stance: 'other', category: 'belief', forms: ['care about', 'cares about', 'cared about', 'caring about'], reliability: 0.13, count: 6 },
  { lemma: 'come out', stance: 'other', category: 'belief', forms: ['come out', 'comes out', 'came out', 'coming out'], reliability: 0.15, count: 6 },
  { lemma: 'distance', stance: 'other', category: 'belief', forms: ['distance', 'distances', 'distanced', 'distancing'], reliability: 0.24, count: 6 },
  { lemma: 'distance oneself from', stance: 'other', category: 'belief', forms: ['distance himself from', 'distance herself from', 'distance themselves from', 'distance itself from', 'distances himself from', 'distances herself from', 'distances themselves from', 'distances itself from', 'distanced himself from', 'distanced herself from', 'distanced themselves from', 'distanced itself from', 'distancing himself from', 'distancing herself from', 'distancing themselves from', 'distancing itself from'], reliability: 0.55, count: 6 }, // the reflexive and "from" are the cue's (6 of 6 gold cues)
  { lemma: 'envision', stance: 'other', category: 'belief', forms: ['envision', 'envisions', 'envisioned', 'envisioning'], reliability: 0.64, count: 6 },
  { lemma: 'hear', stance: 'other', category: 'belief', forms: ['hear', 'hears', 'heard', 'hearing'], reliability: 0.05, count: 6 },
  { lemma: 'protest', stance: 'other', category: 'belief', forms: ['protest', 'protests', 'protested', 'protesting'], reliability: 0.12, count: 6 },
  { lemma: 'resist', stance: 'other', category: 'belief', forms: ['resist', 'resists', 'resisted', 'resisting'], reliability: 0.35, count: 6 },
  { lemma: 'sue', stance: 'other', category: 'belief', forms: ['sue', 'sues', 'sued', 'suing'], reliability: 0.23, count: 6 },
  { lemma: 'suspect', stance: 'other', category: 'belief', forms: ['suspect', 'suspects', 'suspected', 'suspecting'], reliability: 0.21, count: 6, reportsBefore: ['clause'] },
  { lemma: 'angry', stance: 'other', category: 'belief', forms: ['angry'], reliability: 0.12, count: 5 },
  { lemma: 'balk', stance: 'other', category: 'belief', forms: ['balk', 'balks', 'balked', 'balking'], reliability: 0.83, count: 5 },
  { lemma: 'contemplate', stance: 'other', category: 'belief', forms: ['contemplate', 'contemplates', 'contemplated', 'contemplating'], reliability: 0.56, count: 5 },
  { lemma: 'dislike', stance: 'other', category: 'belief', forms: ['dislike', 'dislikes', 'disliked', 'disliking'], reliability: 0.39, count: 5 },
  { lemma: 'guess', stance: 'other', category: 'belief', forms: ['guess', 'guesses', 'guessed', 'guessing'], reliability: 0.21, count: 5, reportsBefore: ['clause'] },
  { lemma: 'hate', stance: 'other', category: 'belief', forms: ['hate', 'hates', 'hated', 'hating'], reliability: 0.11, count: 5 },
  { lemma: 'hopeful', stance: 'other', category: 'belief', forms: ['hopeful'], reliability: 0.28, count: 5 },
  { lemma: 'imagine', stance: 'other', category: 'belief', forms: ['imagine', 'imagines', 'imagined', 'imagining'], reliability: 0.20, count: 5 },
  { lemma: 'interpret', stance: 'other', category: 'belief', forms: ['interpret', 'interprets', 'interpreted', 'interpreting'], reliability: 0.50, count: 5 },
  { lemma: 'realize', stance: 'other', category: 'belief', forms: ['realize', 'realizes', 'realized', 'realizing', 'realise', 'realises', 'realised', 'realising'], reliability: 0.24, count: 5, reportsBefore: ['clause'] },
  { lemma: 'restrict', stance: 'other', category: 'belief', forms: ['restrict', 'restricts', 'restricted', 'restricting'], reliability: 0.29, count: 5 },
  { lemma: 'scare', stance: 'other', category: 'belief', forms: ['scare', 'scares', 'scared', 'scaring'], reliability: 0.16, count: 5 },
  { lemma: 'sentiment', stance: 'other', category: 'belief', forms: ['sentiment', 'sentiments'], reliability: 0.18, count: 5 },
  { lemma: 'shock', stance: 'other', category: 'belief', forms: ['shock', 'shocks', 'shocked', 'shocking'], reliability: 0.12, count: 5 },
  { lemma: 'side with', stance: 'other', category: 'belief', forms: ['side with', 'sides with', 'sided with', 'siding with'], reliability: 0.46, count: 5 },
  { lemma: 'upset', stance: 'other', category: 'belief', forms: ['upset', 'upsets', 'upsetting'], reliability: 0.21, count: 5 },
  { lemma: 'wary', stance: 'other', category: 'belief', forms: ['wary'], reliability: 0.50, count: 5 },
  { lemma: 'aim at', stance: 'other', category: 'belief', forms: ['aim at', 'aims at', 'aimed at', 'aiming at'], reliability: 0.16, count: 4 },
  { lemma: 'authorize', stance: 'other', category: 'belief', forms: ['authorize', 'authorizes', 'authorized', 'authorizing', 'authorise', 'authorises', 'authorised', 'authorising'], reliability: 0.21, count: 4 },
  { lemma: 'count on', stance: 'other', category: 'belief', forms: ['count on', 'counts on', 'counted on', 'counting on'], reliability: 0.22, count: 4 },
  { lemma: 'disappoint', stance: 'other', category: 'belief', forms: ['disappoint', 'disappoints', 'disappointed', 'disappointing'], reliability: 0.24, count: 4 },
  { lemma: 'discover', stance: 'other', category: 'belief', forms: ['discover', 'discovers', 'discovered', 'discovering'], reliability: 0.16, count: 4 },
  { lemma: 'elect', stance: 'other', category: 'belief', forms: ['elect', 'elects', 'elected', 'electing'], reliability: 0.02, count: 4 },
  { lemma: 'forget', stance: 'other', category: 'belief', forms: ['forget', 'forgets', 'forgot', 'forgotten', 'forgetting'], reliability: 0.18, count: 4 },
  { lemma: 'glad', stance: 'other', category: 'belief', forms: ['glad'], reliability: 0.31, count: 4 },
  { lemma: 'impose', stance: 'other', category: 'belief', forms: ['impose', 'imposes', 'imposed', 'imposing'], reliability: 0.13, count: 4 },
  { lemma: 'impress', stance: 'other', category: 'belief', forms: ['impress', 'impresses', 'impressed', 'impressing'], reliability: 0.33, count: 4 },
  { lemma: 'inclined', stance: 'other', category: 'belief', forms: ['inclined'], reliability: 0.40, count: 4 },
  { lemma: 'judge', stance: 'other', category: 'belief', forms: ['judge', 'judges', 'judged', 'judging'], reliability: 0.03, count: 4 },
  { lemma: 'look like', stance: 'other', category: 'belief', forms: ['look like', 'looks like', 'looked like', 'looking like'], reliability: 0.12, count: 4 },
  { lemma: 'mind', stance: 'other', category: 'belief', forms: ['mind', 'minds', 'minded', 'minding'], reliability: 0.10, count: 4 },
  { lemma: 'notice', stance: 'other', category: 'belief', forms: ['notice', 'notices', 'noticed', 'noticing'], reliability: 0.23, count: 4 },
  { lemma: 'opt', stance: 'other', category: 'belief', forms: ['opt', 'opts', 'opted', 'opting'], reliability: 0.27, count: 4 },
  { lemma: 'optimistic', stance: 'other', category: 'belief', forms: ['optimistic'], reliability: 0.22, count: 4 },
  { lemma: 'prohibit', stance: 'other', category: 'belief', forms: ['prohibit', 'prohibits', 'prohibited', 'prohibiting'], reliability: 0.31, count: 4 },
  { lemma: 'refusal', stance: 'other', category: 'belief', forms: ['refusal', 'refusals'], reliability: 0.17, count: 4 },
  { lemma: 'regard as', stance: 'other', category: 'belief', forms: ['regard as', 'regards as', 'regarded as', 'regarding as'], reliability: 0.57, count: 4 },
  { lemma: 'relish', stance: 'other', category: 'belief', forms: ['relish', 'relishes', 'relished', 'relishing'], reliability: 0.67, count: 4 },
  { lemma: 'reluctant', stance: 'other', category: 'belief', forms: ['reluctant'], reliability: 0.38, count: 4 },
  { lemma: 'supportive', stance: 'other', category: 'belief', forms: ['supportive'], reliability: 0.36, count: 4 },
  { lemma: 'trust', stance: 'other', category: 'belief', forms: ['trust', 'trusts', 'trusted', 'trusting'], reliability: 0.05, count: 4 },
  { lemma: 'view as', stance: 'other', category: 'belief', forms: ['view as', 'views as', 'viewed as', 'viewing as'], reliability: 0.47, count: 4 },
  { lemma: 'zero in', stance: 'other', category: 'belief', forms: ['zero in', 'zeroes in', 'zeroed in', 'zeroing in'], reliability: 0.44, count: 4 },
  { lemma: 'adamant', stance: 'other', category: 'belief', forms: ['adamant'], reliability: 0.75, count: 3 },
  { lemma: 'admire', stance: 'other', category: 'belief', forms: ['admire', 'admires', 'admired', 'admiring'], reliability: 0.27, count: 3 },
  { lemma: 'align', stance: 'other', category: 'belief', forms: ['align', 'aligns', 'aligned', 'aligning'], reliability: 0.18, count: 3 },
  { lemma: 'anticipate', stance: 'other', category: 'belief', forms: ['anticipate', 'anticipates', 'anticipated', 'anticipating'], reliability: 0.20, count: 3 },
  { lemma: 'anxiety', stance: 'other', category: 'belief', forms: ['anxiety', 'anxieties'], reliability: 0.20, count: 3, nounPrepositions: ['about'] },
  { lemma: 'assessment', stance: 'other', category: 'belief', forms: ['assessment', 'assessments'], reliability: 0.17, count: 3 },
  { lemma: 'assumption', stance: 'other', category: 'belief', forms: ['assumption', 'assumptions'], reliability: 0.40, count: 3 },
  { lemma: 'belief', stance: 'other', category: 'belief', forms: ['belief', 'beliefs'], reliability: 0.21, count: 3 },
  { lemma: 'bristle', stance: 'other', category: 'belief', forms: ['bristle', 'bristles', 'bristled', 'bristling'], reliability: 0.50, count: 3 },
  { lemma: 'calculate', stance: 'other', category: 'belief', forms: ['calculate', 'calculates', 'calculated', 'calculating'], reliability: 0.21, count: 3 },
  { lemma: 'co-sponsor', stance: 'other', category: 'belief', forms: ['co-sponsor', 'co-sponsors', 'co-sponsored', 'co-sponsoring'], reliability: 0.30, count: 3 },
  { lemma: 'confuse', stance: 'other', category: 'belief', forms: ['confuse', 'confuses', 'confused', 'confusing'], reliability: 0.16, count: 3 },
  { lemma: 'consensus', stance: 'other', category: 'belief', forms: ['consensus'], reliability: 0.25, count: 3, nounPrepositions: ['on'] },
  { lemma: 'contention', stance: 'other', category: 'belief', forms: ['contention', 'contentions'], reliability: 0.25, count: 3 },
  { lemma: 'enamored', stance: 'other', category: 'belief', forms: ['enamored', 'enamoured'], reliability: 0.75, count: 3 },
  { lemma: 'excite', stance: 'other', category: 'belief', forms: ['excite', 'excites', 'excited', 'exciting'], reliability: 0.14, count: 3 },
  { lemma: 'foresee', stance: 'other', category: 'belief', forms: ['foresee', 'foresees', 'foresaw', 'foreseen', 'foreseeing'], reliability: 1.00, count: 3 },
  { lemma: 'grant', stance: 'other', category: 'belief', forms: ['grant', 'grants', 'granted', 'granting'], reliability: 0.06, count: 3 },
  { lemma: 'hostility', stance: 'other', category: 'belief', forms: ['hostility'], reliability: 0.25, count: 3, nounPrepositions: ['to'] },
  { lemma: 'infuriate', stance: 'other', category: 'belief', forms: ['infuriate', 'infuriates', 'infuriated', 'infuriating'], reliability: 0.75, count: 3 },
  { lemma: 'mandate', stance: 'other', category: 'belief', forms: ['mandate', 'mandates', 'mandated', 'mandating'], reliability: 0.10, count: 3 },
  { lemma: 'mull', stance: 'other', category: 'belief', forms: ['mull', 'mulls', 'mulled', 'mulling'], reliability: 1.00, count: 3 },
  { lemma: 'nervous', stance: 'other', category: 'belief', forms: ['nervous'], reliability: 0.27, count: 3 },
  { lemma: 'opponent', stance: 'other', category: 'belief', forms: ['opponent', 'opponents'], reliability: 0.03, count: 3 },
  { lemma: 'outrage', stance: 'other', category: 'belief', forms: ['outrage', 'outrages', 'outraged', 'outraging'], reliability: 0.22, count: 3 },
  { lemma: 'perceive', stance: 'other', category: 'belief', forms: ['perceive', 'perceives', 'perceived', 'perceiving'], reliability: 0.14, count: 3 },
  { lemma: 'perception', stance: 'other', category: 'belief', forms: ['perception', 'perceptions'], reliability: 0.13, count: 3, nounPrepositions: ['of'] },
  { lemma: 'proud', stance: 'other', category: 'belief', forms: ['proud'], reliability: 0.13, count: 3 },
  { lemma: 'regard', stance: 'other', category: 'belief', forms: ['regard', 'regards', 'regarded', 'regarding'], reliability: 0.11, count: 3 },
  { lemma: 'revere', stance: 'other', category: 'belief', forms: ['revere', 'reveres', 'revered', 'revering'], reliability: 1.00, count: 3 },
  { lemma: 'rumor', stance: 'other', category: 'belief', forms: ['rumor', 'rumors', 'rumored', 'rumoring'], reliability: 0.27, count: 3 },
  { lemma: 'satisfy', stance: 'other', category: 'belief', forms: ['satisfy', 'satisfies', 'satisfied', 'satisfying'], reliability: 0.13, count: 3 },
  { lemma: 'sense', stance: 'other', category: 'belief', forms: ['sense', 'senses', 'sensed', 'sensing'], reliability: 0.10, count: 3 },
  { lemma: 'sentence', stance: 'other', category: 'belief', forms: ['sentence', 'sentences', 'sentenced', 'sentencing'], reliability: 0.07, count: 3 },
  { lemma: 'startle', stance: 'other', category: 'belief', forms: ['startle', 'startles', 'startled', 'startling'], reliability: 0.60, count: 3 },
  { lemma: 'thrill', stance: 'other', category: 'belief', forms: ['thrill', 'thrills', 'thrilled', 'thrilling'], reliability: 0.50, count: 3 },
  { lemma: 'unaware', stance: 'other', category: 'belief', forms: ['unaware'], reliability: 0.33, count: 3 },
  { lemma: 'unhappy', stance: 'other', category: 'belief', forms: ['unhappy'], reliability: 0.43, count: 3 },
  { lemma: 'unite', stance: 'other', category: 'belief', forms: ['unite', 'unites', 'united', 'uniting'], reliability: 0.01, count: 3 },
  { lemma: 'veto', stance: 'other', category: 'belief', forms: ['veto', 'vetoes', 'vetoed', 'vetoing'], reliability: 0.33, count: 3 },
  { lemma: 'wish', stance: 'other', category: 'belief', forms: ['wish', 'wishes', 'wished', 'wishing'], reliability: 0.11, count: 3 },
  // ---------------------------------------------------------------- evidence: evidence and publication
  { lemma: 'according to', stance: 'neutral', category: 'evidence', forms: ['according to'], reliability: 0.93, count: 398 },
  { lemma: 'show', stance: 'other', category: 'evidence', forms: ['show', 'shows', 'showed', 'shown', 'showing'], reliability: 0.38, count: 246, notBeforeWords: ['up'], notAfterWords: ['tv', 'talk', 'radio', 'reality', 'television', 'cable', 'morning', 'variety', 'comedy', 'cooking'] }, // evidence: source is a poll/study/document in ~60% of gold cues
  { lemma: 'report', stance: 'neutral', category: 'evidence', forms: ['report', 'reports', 'reported', 'reporting'], reliability: 0.38, count: 174 }, // evidence: publication; sources are mostly news outlets ('The Times reported')
  { lemma: 'find', stance: 'other', category: 'evidence', forms: ['find', 'finds', 'found', 'finding'], reliability: 0.26, count: 97, formReliability: { finds: 0.64 }, notBeforeWords: ['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself', 'yourselves', 'way', 'ways', 'job', 'jobs', 'their', 'its', 'common', 'comfort'] }, // evidence: see 'show'. Not "found their voice", "find common ground" ("found a …" is a poll's finding as often as not)
  { lemma: 'reveal', stance: 'neutral', category: 'evidence', forms: ['reveal', 'reveals', 'revealed', 'revealing'], reliability: 0.65, count: 51 },
  { lemma: 'release', stance: 'neutral', category: 'evidence', forms: ['release', 'releases', 'released', 'releasing'], reliability: 0.19, count: 46 },
  { lemma: 'indicate', stance: 'other', category: 'evidence', forms: ['indicate', 'indicates', 'indicated', 'indicating'], reliability: 0.73, count: 36 },
  { lemma: 'read', stance: 'neutral', category: 'evidence', forms: ['read', 'reads', 'reading'], reliability: 0.27, count: 25, formReliability: { reads: 0.69 } },
  { lemma: 'include', stance: 'neutral', category: 'evidence', forms: ['include', 'includes', 'included', 'including'], reliability: 0.04, count: 22 },
  { lemma: 'list', stance: 'neutral', category: 'evidence', forms: ['list', 'lists', 'listed', 'listing'], reliability: 0.19, count: 22, reportsBefore: ['object'], formReliability: { listed: 0.60 } },
  { lemma: 'estimate', stance: 'neutral', category: 'evidence', forms: ['estimate', 'estimates', 'estimated', 'estimating'], reliability: 0.35, count: 19 },
  { lemma: 'reportedly', stance: 'neutral', category: 'evidence', forms: ['reportedly'], reliability: 0.66, count: 18 }, // doubting: hearsay marker; the writer does not vouch for the content
  { lemma: 'determine', stance: 'neutral', category: 'evidence', forms: ['determine', 'determines', 'determined', 'determining'], reliability: 0.20, count: 15 },
  { lemma: 'publish', stance: 'neutral', category: 'evidence', forms: ['publish', 'publishes', 'published', 'publishing'], reliability: 0.23, count: 14 },
  { lemma: 'disclose', stance: 'neutral', category: 'evidence', forms: ['disclose', 'discloses', 'disclosed', 'disclosing'], reliability: 0.52, count: 12 },
  { lemma: 'project', stance: 'neutral', category: 'evidence', forms: ['project', 'projects', 'projected', 'projecting'], reliability: 0.14, count: 11, formReliability: { projected: 0.56 } },
  { lemma: 'title', stance: 'neutral', category: 'evidence', forms: ['title', 'titles', 'titled', 'titling'], reliability: 0.23, count: 8, formReliability: { titled: 0.62 } },
  { lemma: 'demonstrate', stance: 'other', category: 'evidence', forms: ['demonstrate', 'demonstrates', 'demonstrated', 'demonstrating'], reliability: 0.20, count: 7 },
  { lemma: 'expose', stance: 'other', category: 'evidence', forms: ['expose', 'exposes', 'exposed', 'exposing'], reliability: 0.23, count: 7 },
  { lemma: 'document', stance: 'neutral', category: 'evidence', forms: ['document', 'documents', 'documented', 'documenting'], reliability: 0.09, count: 6 },
  { lemma: 'forecast', stance: 'other', category: 'evidence', forms: ['forecast', 'forecasts', 'forecasting'], reliability: 0.50, count: 6 },
  { lemma: 'feature', stance: 'neutral', category: 'evidence', forms: ['feature', 'features', 'featured', 'featuring'], reliability: 0.11, count: 5 },
  { lemma: 'prove', stance: 'other', category: 'evidence', forms: ['prove', 'proves', 'proved', 'proving'], reliability: 0.11, count: 5 },
  { lemma: 'circulate', stance: 'neutral', category: 'evidence', forms: ['circulate', 'circulates', 'circulated', 'circulating'], reliability: 0.29, count: 4 },
  { lemma: 'based on', stance: 'neutral', category: 'evidence', forms: ['based on'], reliability: 0.04, count: 3 },
  { lemma: 'broadcast', stance: 'neutral', category: 'evidence', forms: ['broadcast', 'broadcasts', 'broadcasting'], reliability: 0.13, count: 3 },
  { lemma: 'disclosure', stance: 'neutral', category: 'evidence', forms: ['disclosure', 'disclosures'], reliability: 0.23, count: 3, nounPrepositions: ['of'] },
  { lemma: 'illustrate', stance: 'other', category: 'evidence', forms: ['illustrate', 'illustrates', 'illustrated', 'illustrating'], reliability: 0.33, count: 3 },
];
