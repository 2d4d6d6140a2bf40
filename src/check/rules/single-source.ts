/**
 * `single-source` (warning): an article with attributions that quotes fewer
 * than `min` distinct named speakers. Named means the pipeline typed the
 * speaker `person` or `organization` ("Dana Whitfield", "the mayor", "the
 * Health Ministry"); anonymous and unknown speakers do not count. An article
 * with no attributions at all is not this rule's business. The headline's
 * attributions ("Council approves budget") do not count: a headline restates
 * the story, it is not a source of its own (`storyAttributions`).
 *
 * Option `min` (default 2). The finding points at the story's first
 * attribution.
 *
 * Bad:  Library director Maria Lopez said … Lopez added … (one voice only)
 * Good: Library director Maria Lopez said … Council member Tom Baker said …
 */
import type { DocumentResult } from '../../types.js';
import { anchorOf, isNamed, speakersById, storyAttributions } from '../document.js';
import { onlyKeys, wholeNumber } from '../options.js';
import type { Rule, RuleFinding } from '../types.js';

export interface SingleSourceOptions {
  min: number;
}

const DEFAULTS: SingleSourceOptions = { min: 2 };

export const singleSource: Rule<SingleSourceOptions> = {
  id: 'single-source',
  defaultLevel: 'warning',
  description: 'Fewer than the minimum number of distinct named speakers (default 2) in an article with attributions.',
  defaultOptions: DEFAULTS,
  parseOptions(raw) {
    onlyKeys(raw, ['min']);
    return { min: wholeNumber(raw, 'min', DEFAULTS.min, { min: 1 }) };
  },
  check(document: DocumentResult, options, text): RuleFinding[] {
    const story = storyAttributions(document, text);
    const first = story[0];
    if (!first) return [];
    const speakers = speakersById(document);
    const named = new Set<string>();
    for (const a of story) {
      if (a.speakerId !== null && isNamed(speakers.get(a.speakerId))) named.add(a.speakerId);
    }
    if (named.size >= options.min) return [];
    const names = [...named].map((id) => speakers.get(id)?.name).join(', ');
    const found = named.size === 0 ? 'no named source' : `${named.size} named source${named.size === 1 ? '' : 's'} (${names})`;
    return [{ ...anchorOf(first), message: `${found}; at least ${options.min} expected`, attributionId: null }];
  },
};
