/**
 * `anonymous-source` (warning): an attribution to an unnamed source — the
 * pipeline resolved its source to a speaker of type `anonymous` ("sources
 * said", "a source familiar with the talks", "officials", "a person who
 * declined to be named").
 *
 * One finding per source mention: two attributions with the same source ("The
 * decision angered supporters of the closure, who say …": what angered them, and
 * what they say) are one unnamed source, flagged once and counted once.
 *
 * Option `allow` (default 0): how many such sources an article may have;
 * the ones after the first `allow`, in text order, are flagged.
 *
 * Bad:  Sources said the mayor was considering a veto.
 * Good: Deputy mayor Ana Ruiz said the mayor was considering a veto.
 */
import { REFUSAL_CUES } from '../../lexicon/words.js';
import type { Attribution, DocumentResult } from '../../types.js';
import { anchorOf, speakersById } from '../document.js';
import { onlyKeys, wholeNumber } from '../options.js';
import type { Rule, RuleFinding } from '../types.js';

export interface AnonymousSourceOptions {
  allow: number;
}

const DEFAULTS: AnonymousSourceOptions = { allow: 0 };

/** The content of a reply not given: "(to) requests for comment", "a request for comment on the report". */
const REQUEST_FOR_COMMENT = /^(?:to\s+)?(?:an?\s+|the\s+|repeated\s+|multiple\s+)?(?:requests?|inquiry|inquiries|calls?|messages?|emails?)\s+(?:\w+\s+){0,3}?for\s+comment\b/i;
/** A comment declined: "declined to comment (further)", "refused to elaborate", "declined to say whether …". */
const NO_COMMENT = /^(?:to\s+)?(?:comment|elaborate|discuss|say)\b/i;

/** An attribution that sources no claim: a request for comment not answered, or a comment declined. */
function sourcesNoClaim(a: Attribution): boolean {
  return REQUEST_FOR_COMMENT.test(a.content.text) || (REFUSAL_CUES.has(a.cue?.lemma ?? '') && NO_COMMENT.test(a.content.text));
}

export const anonymousSource: Rule<AnonymousSourceOptions> = {
  id: 'anonymous-source',
  defaultLevel: 'warning',
  description: 'An attribution to an unnamed source ("sources said", "officials", "a source familiar with").',
  defaultOptions: DEFAULTS,
  parseOptions(raw) {
    onlyKeys(raw, ['allow']);
    return { allow: wholeNumber(raw, 'allow', DEFAULTS.allow, { min: 0 }) };
  },
  check(document: DocumentResult, options): RuleFinding[] {
    const speakers = speakersById(document);
    // "A spokesperson did not respond to a request for comment", "… declined to comment" source no claim.
    const attributions = document.attributions.filter((a) => a.speakerId !== null && speakers.get(a.speakerId)?.type === 'anonymous' && !sourcesNoClaim(a));
    // One per source mention (where its anchor starts), named by its shortest source span ("supporters of the
    // closure", not "supporters of the closure, who"), in text order.
    const bySource = new Map<number, Attribution>();
    for (const a of attributions) {
      const at = anchorOf(a).start;
      const kept = bySource.get(at);
      if (!kept || anchorOf(a).end < anchorOf(kept).end) bySource.set(at, a);
    }
    const anonymous = [...bySource].sort((x, y) => x[0] - y[0]).map(([, a]) => a);
    const allowance = options.allow > 0 ? ` (${anonymous.length} in this article, ${options.allow} allowed)` : '';
    return anonymous.slice(options.allow).map((a) => ({
      ...anchorOf(a),
      message: `unnamed source "${a.source?.text ?? speakers.get(a.speakerId!)?.name}"${allowance}; name the source or say why it cannot be named`,
      attributionId: a.id,
    }));
  },
};
