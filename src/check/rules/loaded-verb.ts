/**
 * `loaded-verb` (warning): a reporting verb that tells the reader what to think
 * of the claim. The cue lexicon gives every cue a stance; the rule flags cues
 * whose stance is in `stances`.
 *
 * Option `stances` (default ["assertive", "doubting", "conceding"]): insisted,
 * vowed (assertive); claimed, alleged (doubting); admitted, conceded
 * (conceding). These can be replaced by "said" without rewriting the sentence.
 * `denying` (denied) and `accusing` (accused) are left out by default because
 * they name what was said ("denied wrongdoing"), and `other` is a mixed bag
 * (suggested, called for); add them to flag those too.
 *
 * Only a verb that reports something said is flagged: a quotation, a
 * clause with a verb of its own, or an infinitive ("claimed to have read
 * it"). "The Tigers claimed their third title", "Reed conceded two goals"
 * and "Kim was admitted to hospital" are other senses of the same verbs.
 *
 * Bad:  Council member Dana Whitfield claimed that the plan had been rushed.
 * Good: Council member Dana Whitfield said that the plan had been rushed.
 */
import { isFiniteVerb, tokenize, type Token } from '../../pipeline/tokens.js';
import type { Attribution, DocumentResult, Stance } from '../../types.js';
import { onlyKeys, stanceList } from '../options.js';
import type { Rule, RuleFinding } from '../types.js';

export interface LoadedVerbOptions {
  stances: Stance[];
}

const LOADED_STANCES: readonly Stance[] = ['assertive', 'doubting', 'denying', 'accusing', 'conceding', 'other'];
const DEFAULT_STANCES: readonly Stance[] = ['assertive', 'doubting', 'conceding'];

export const loadedVerb: Rule<LoadedVerbOptions> = {
  id: 'loaded-verb',
  defaultLevel: 'warning',
  description: 'A reporting verb whose stance is not neutral (claimed, admitted, insisted, alleged, conceded); prefer "said".',
  defaultOptions: { stances: [...DEFAULT_STANCES] },
  parseOptions(raw) {
    onlyKeys(raw, ['stances']);
    return { stances: stanceList(raw, 'stances', DEFAULT_STANCES, LOADED_STANCES) };
  },
  check(document: DocumentResult, options): RuleFinding[] {
    const findings: RuleFinding[] = [];
    for (const a of document.attributions) {
      if (!a.cue || !options.stances.includes(a.cue.stance) || !reportsSpeech(a)) continue;
      findings.push({
        start: a.cue.start,
        end: a.cue.end,
        message: `"${a.cue.text}" is a loaded verb (${a.cue.stance}); the neutral alternative is "said"`,
        attributionId: a.id,
      });
    }
    return findings;
  },
};

/** A quotation, or content with a verb of its own outside the cue ("claimed that it failed", not "claimed the title"). */
function reportsSpeech(a: Attribution): boolean {
  if (a.kind !== 'indirect') return true;
  return a.content.spans.some((span) => {
    const text = a.content.text.slice(span.start - a.content.start, span.end - a.content.start);
    const tokens = tokenize(text, { start: 0, end: text.length });
    return tokens[0]?.lower === 'that' || isInfinitive(tokens) || tokens.some((t, k) => isFiniteVerb(t) || isPredicateParticiple(tokens, k));
  });
}

/** Parts of speech that open a noun phrase: an object after a verb. */
const NOUN_PHRASE_OPENERS = new Set<Token['pos']>(['det', 'poss', 'pron', 'proper', 'num']);

/**
 * Content that is an infinitive or "to" and a gerund ("claimed to have read it", "admitted to taking the money").
 * Alone, the tagger reads many verbs after "to" as nouns: such a word counts before its object ("vowed to
 * raise the fee"), not before a preposition ("was admitted to hospital with a fracture").
 */
function isInfinitive(tokens: Token[]): boolean {
  const [to, verb, object] = tokens;
  if (to?.lower !== 'to' || verb === undefined) return false;
  return verb.pos === 'verb' || verb.pos === 'aux' || (verb.pos === 'noun' && object !== undefined && NOUN_PHRASE_OPENERS.has(object.pos));
}

/**
 * An -ed word the lexicon calls an adjective ("failed", "divided"), right after a noun or pronoun: an adjective
 * comes before its noun, so after one it is the clause's past verb ("claimed the plan failed").
 */
function isPredicateParticiple(tokens: Token[], k: number): boolean {
  const previous = tokens[k - 1]?.pos;
  return tokens[k]!.pos === 'adj' && /ed$/.test(tokens[k]!.lower) && (previous === 'noun' || previous === 'pron' || previous === 'proper');
}
