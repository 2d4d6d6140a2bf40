/**
 * The seed article against its hand annotation (../shared/eval/seed-gold.json):
 * all 17 attributions found with the right resolved speaker, and at most 3
 * predictions that match no gold attribution.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/index.js';
import { readGoldFile, scoreDocument } from '../src/eval/index.js';
import { SEED, SHARED_EVAL } from './helpers.js';

describe('seed article', async () => {
  const [gold] = await readGoldFile(path.join(SHARED_EVAL, 'seed-gold.json'));
  const text = readFileSync(SEED, 'utf8');
  const result = analyzeText(text, { path: 'seeds/kazakhstan-us-denies-role.txt' });

  it('is the same text as the annotated one', () => {
    expect(gold!.text).toBe(text);
  });

  it('finds all 17 attributions with the right speaker, and at most 3 extra', () => {
    const score = scoreDocument(gold!, result);
    const rightSpeaker = score.matches.filter((m) => m.sourceCorrect === true);
    expect(rightSpeaker.length).toBe(17);
    expect(score.falsePositives.length).toBeLessThanOrEqual(3);
  });

  it('resolves the named examples of the issue', () => {
    const speakerOf = (mention: string): string | undefined => {
      const a = result.attributions.find((x) => x.source?.text === mention);
      return result.speakers.find((s) => s.id === a?.speakerId)?.name;
    };
    expect(speakerOf('she')).toBe('Jen Psaki');
    expect(speakerOf('President Joe Biden’s spokeswoman')).toBe('Jen Psaki');
    expect(speakerOf('Tokayev')).toBe('Kassym-Jomart Tokayev');
    // A possessive's owner names the source: "His government" is Tokayev's.
    expect(speakerOf('His government')).toBe('Kassym-Jomart Tokayev\'s government');
    // "…, claiming that …": the participle's source is the main clause's subject.
    const claiming = result.attributions.find((x) => x.cue?.text === 'claiming');
    expect(result.speakers.find((s) => s.id === claiming?.speakerId)?.name).toBe('Jen Psaki');
    const russians = result.attributions.find((x) => x.source?.text.includes('unnamed'));
    expect(result.speakers.find((s) => s.id === russians?.speakerId)?.type).toBe('anonymous');
  });

  it('reports the scare quotes as quotes without attribution', () => {
    const scare = result.quotes.filter((q) => q.attributionId === null).map((q) => q.text);
    expect(scare).toContain('“Russians”');
  });
});
