/**
 * `unattributed-quote` (error): a direct quotation of a full sentence or more
 * that the article attributes to no one.
 *
 * What the pipeline gives: a quotation with no cue or source nearby produces
 * no attribution at all, only a `quotes[]` entry whose `attributionId` is null,
 * exactly like a scare quote (“tough”) or a title (“Why Cities Fail”). A quote
 * can also belong to an attribution that found a cue but no source (`source`
 * and `speakerId` null). So the rule takes every quote that is unclaimed or
 * claimed by a sourceless attribution, and flags it when its words read as a
 * full sentence: they start with a capital letter or a digit, end with
 * sentence-final punctuation (. ! ? …), and run to at least three words.
 * Scare quotes, titles and lower-case fragments stay quiet. So does a
 * quotation that follows a word directly (`his 1994 “Contract with
 * America.”`, `on CNN's "State of the Union."`): it is part of its sentence, a
 * title or name whose final period American style puts inside the marks, not a
 * quotation standing on its own.
 *
 * Bad:  "The budget will bankrupt this city within five years."   (a paragraph of its own)
 * Good: "The budget will bankrupt this city within five years," said Dana Whitfield.
 */
import { anyOf, QUOTATION_MARKS } from '../../lexicon/quotation-marks.js';
import type { Attribution, DocumentResult, QuoteOut } from '../../types.js';
import { excerpt } from '../document.js';
import { noOptions } from '../options.js';
import type { Rule, RuleFinding } from '../types.js';

const QUOTE_MARKS = new RegExp(`^[\\s${anyOf(QUOTATION_MARKS)}]+|[\\s${anyOf(QUOTATION_MARKS)}]+$`, 'g');
const MIN_WORDS = 3;

/** The quoted words without the quotation marks around them. */
function quotedWords(quoteText: string): string {
  return quoteText.replace(QUOTE_MARKS, '');
}

export function isFullSentence(quoteText: string): boolean {
  const words = quotedWords(quoteText);
  return /^[\p{Lu}\p{N}]/u.test(words) && /[.!?…][)\]]?$/.test(words) && words.split(/\s+/).length >= MIN_WORDS;
}

/**
 * Whether the quotation directly follows a word of its paragraph: no
 * punctuation between, and at most a line break (a wrapped line), not a blank
 * line or a block boundary (a headline above a quotation paragraph).
 */
function followsAWord(quote: QuoteOut, text: string): boolean {
  return /[\p{L}\p{N}][ \t]*(?:\r?\n[ \t]*)?$/u.test(text.slice(Math.max(0, quote.start - 40), quote.start));
}

function hasNoSource(quote: QuoteOut, byId: Map<string, Attribution>): boolean {
  if (quote.attributionId === null) return true;
  const attribution = byId.get(quote.attributionId);
  return attribution !== undefined && attribution.source === null && attribution.speakerId === null;
}

export const unattributedQuote: Rule<Record<string, never>> = {
  id: 'unattributed-quote',
  defaultLevel: 'error',
  description: 'A direct quotation of a full sentence or more with no source.',
  defaultOptions: {},
  parseOptions: noOptions,
  check(document: DocumentResult, _options, text): RuleFinding[] {
    const byId = new Map(document.attributions.map((a) => [a.id, a]));
    return document.quotes
      .filter((q) => hasNoSource(q, byId) && isFullSentence(q.text) && !followsAWord(q, text))
      .map((q) => ({
        start: q.start,
        end: q.end,
        message: `direct quotation with no source: “${excerpt(quotedWords(q.text))}”; say who said it`,
        attributionId: q.attributionId,
      }));
  },
};
