/**
 * `dominant-speaker` (off by default): one speaker holds more than `max`
 * percent of the attributed words. Attributed words are the words of the
 * content of every attribution resolved to a speaker (anonymous ones
 * included); attributions with no speaker count for no one and are left out,
 * and so are the headline's ("Council approves budget" restates the story:
 * `storyAttributions`).
 *
 * Option `max` (default 60): the share, in percent, above which the rule
 * fires. The finding points at the speaker's first attribution.
 *
 * Bad:  Maria Lopez speaks for 300 words, Tom Baker for 20.
 * Good: Maria Lopez and Tom Baker each get room for their case.
 */
import type { DocumentResult } from '../../types.js';
import { anchorOf, speakersById, storyAttributions } from '../document.js';
import { numberBetween, onlyKeys } from '../options.js';
import type { Rule, RuleFinding } from '../types.js';

export interface DominantSpeakerOptions {
  max: number;
}

const DEFAULTS: DominantSpeakerOptions = { max: 60 };

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export const dominantSpeaker: Rule<DominantSpeakerOptions> = {
  id: 'dominant-speaker',
  defaultLevel: 'off',
  description: 'One speaker holds more than the maximum share (default 60%) of the attributed words.',
  defaultOptions: DEFAULTS,
  parseOptions(raw) {
    onlyKeys(raw, ['max']);
    return { max: numberBetween(raw, 'max', DEFAULTS.max, 0, 100) };
  },
  check(document: DocumentResult, options, text): RuleFinding[] {
    const story = storyAttributions(document, text);
    const wordsBySpeaker = new Map<string, number>();
    let total = 0;
    for (const a of story) {
      if (a.speakerId === null) continue;
      const words = wordCount(a.content.text);
      wordsBySpeaker.set(a.speakerId, (wordsBySpeaker.get(a.speakerId) ?? 0) + words);
      total += words;
    }
    if (total === 0) return [];
    const [speakerId, words] = [...wordsBySpeaker].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
    const share = (100 * words) / total;
    if (share <= options.max) return [];
    const first = story.find((a) => a.speakerId === speakerId)!;
    const name = speakersById(document).get(speakerId)?.name ?? speakerId;
    return [{
      ...anchorOf(first),
      message: `${name} holds ${Math.round(share)}% of the attributed words (${words} of ${total}), more than ${options.max}%`,
      attributionId: first.id,
    }];
  },
};
