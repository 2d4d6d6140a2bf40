/** The rule registry: every `attrib check` rule, in the order the README documents them. */
import type { Rule } from '../types.js';
import { anonymousSource } from './anonymous-source.js';
import { dominantSpeaker } from './dominant-speaker.js';
import { loadedVerb } from './loaded-verb.js';
import { singleSource } from './single-source.js';
import { unattributedQuote } from './unattributed-quote.js';
import { unresolvedPronoun } from './unresolved-pronoun.js';

export const RULES: readonly Rule[] = [unattributedQuote, anonymousSource, loadedVerb, singleSource, dominantSpeaker, unresolvedPronoun];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
