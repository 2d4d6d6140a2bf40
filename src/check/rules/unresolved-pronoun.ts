/**
 * `unresolved-pronoun` (warning): an attribution whose source is a pronoun
 * (he, she, they, it, we, I, you), or part of a group named by one ("most of
 * them", "several"), that the pipeline resolved to no speaker, or only to a speaker of
 * unknown type: the reader cannot tell who is speaking.
 * A pronoun resolved to an anonymous speaker ("Officials said … They added")
 * is not flagged here; `anonymous-source` reports it. Nor is "I" or "we"
 * (an op-ed, a first-person report): an attribution's source is in the
 * article's own narration, so that is the writer, whom the reader knows
 * (a report inside a quotation is the quoted speaker's, not an attribution).
 *
 * Bad:  He said the plan was sound.   (no one named before)
 * Good: Mayor Ana Ruiz spoke on Tuesday. She said the plan was sound.
 */
import { INDEFINITE_PRONOUNS, PRONOUNS, QUANTIFIER_SUBJECTS, WRITER_PRONOUNS } from '../../lexicon/words.js';
import type { DocumentResult } from '../../types.js';
import { speakersById } from '../document.js';
import { noOptions } from '../options.js';
import type { Rule, RuleFinding } from '../types.js';

export const unresolvedPronoun: Rule<Record<string, never>> = {
  id: 'unresolved-pronoun',
  defaultLevel: 'warning',
  description: 'An attribution whose source is a pronoun that resolves to no named speaker.',
  defaultOptions: {},
  parseOptions: noOptions,
  check(document: DocumentResult): RuleFinding[] {
    const speakers = speakersById(document);
    const findings: RuleFinding[] = [];
    for (const a of document.attributions) {
      if (!a.source || !isPronounSource(a.source.text)) continue;
      if (isWriter(a.source.text)) continue;
      const speaker = a.speakerId === null ? undefined : speakers.get(a.speakerId);
      if (speaker && speaker.type !== 'unknown') continue;
      findings.push({
        start: a.source.start,
        end: a.source.end,
        message: `"${a.source.text}" refers to no named speaker; name who is speaking`,
        attributionId: a.id,
      });
    }
    return findings;
  },
};

/** The writer speaking of themselves: "I said", "we asked". */
function isWriter(text: string): boolean {
  return WRITER_PRONOUNS.has(text.trim().toLowerCase());
}

/** "He", "they", and a part of a group a pronoun names ("most of them", "some of us", "Several"). */
function isPronounSource(text: string): boolean {
  const words = text.trim().toLowerCase().split(/\s+/);
  if (words.length === 1) return Object.hasOwn(PRONOUNS, words[0]!) || QUANTIFIER_SUBJECTS.has(words[0]!);
  return words.length === 3 && INDEFINITE_PRONOUNS.has(words[0]!) && words[1] === 'of' && (words[2] === 'them' || words[2] === 'us');
}
