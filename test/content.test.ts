/**
 * The exact text of attributions' content where the fixtures' word-token
 * comparison cannot tell: quotation marks and what surrounds a quotation.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/index.js';

const contents = (text: string): string[] => analyzeText(text).attributions.map((a) => a.content.text);

describe('content text', () => {
  it('gives a label’s whole quotation without its marks, like any direct quotation (Marsh: “…”)', () => {
    expect(contents('Marsh: “We were in the channel the whole time.”')).toEqual(['We were in the channel the whole time.']);
    expect(contents('Marsh: We were in the channel. “Nobody told us.”')).toEqual(['We were in the channel. “Nobody told us.”']);
  });

  it('leaves a wire dateline out of the content (WASHINGTON (Reuters) - “…”)', () => {
    expect(contents('WASHINGTON (Reuters) - “We are not going anywhere,” Sen. Ella Hart said.')).toEqual(['We are not going anywhere,']);
    expect(contents('NEW YORK -- The Senate will vote on Friday, leaders said.')).toEqual(['The Senate will vote on Friday']);
  });
});
