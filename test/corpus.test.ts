/** The speakers across a corpus (src/corpus.ts): the table's corpus rows. */
import { describe, expect, it } from 'vitest';
import { corpusSpeakers } from '../src/corpus.js';
import { analyzeText } from '../src/index.js';

/** The corpus rows of these articles, as [name, type, documents, attributions]. */
function rows(...texts: string[]): [string, string, number, number][] {
  return corpusSpeakers(texts.map((text) => analyzeText(text))).map((s) => [s.name, s.type, s.documents, s.attributions]);
}

describe('corpus speakers', () => {
  it('counts a person by name over the documents that have them', () => {
    expect(rows('Lena Brandt said the pier was safe.', 'Lena Brandt said the vote was close.')).toEqual([['Lena Brandt', 'person', 2, 2]]);
  });

  it('folds a surname alone into the one full name of the corpus that ends with it, past a suffix ("Moreno" is Paul Moreno Jr.)', () => {
    expect(rows('Paul Moreno Jr. said the march would go on.', 'Moreno said the vote was close.')).toEqual([['Paul Moreno Jr.', 'person', 2, 2]]);
    expect(rows('Lena Moreno said the pier was safe.', 'Moreno said the vote was close.')).toEqual([['Lena Moreno', 'person', 2, 2]]);
    // (Also one unknown word, which the resolver types unknown; and a name written with ’ or ' is one row.)
    expect(rows('Ada Okafor said the pier was safe.', 'Okafor said the vote was close.')).toEqual([['Ada Okafor', 'person', 2, 2]]);
    expect(rows('Liam O’Neill said the pier was safe.', 'Liam O\'Neill said the vote was close.').map((r) => r.slice(1))).toEqual([['person', 2, 2]]);
  });

  it('keeps a surname alone apart where the resolver kept it apart: in a document that has both ("Lena Brandt … Mr. Brandt said")', () => {
    expect(rows('Lena Brandt, the bakery\'s owner, said the rent had doubled.\n\nMr. Brandt said the family would stay.', 'Tom Ruiz said the budget was short.')).toEqual([
      ['Brandt', 'person', 1, 1],
      ['Lena Brandt', 'person', 1, 1],
      ['Tom Ruiz', 'person', 1, 1],
    ]);
  });

  it('keeps a surname alone apart from a full name of the other sex ("Mr. Moreno", "Ines Moreno"), or from two full names', () => {
    expect(rows('Ines Moreno said the bridge would reopen.', 'Mr. Moreno said the plan was sound.')).toEqual([['Ines Moreno', 'person', 1, 1], ['Moreno', 'person', 1, 1]]);
    expect(rows('Ines Moreno said the bridge would reopen.', 'Moreno said the plan was sound. He added that it was cheap.')).toEqual([['Moreno', 'person', 1, 2], ['Ines Moreno', 'person', 1, 1]]);
    expect(rows('Ines Moreno said the bridge would reopen.', 'Ivo Moreno said the plan was sound.', 'Moreno said it was cheap.')).toEqual([['Ines Moreno', 'person', 1, 1], ['Ivo Moreno', 'person', 1, 1], ['Moreno', 'person', 1, 1]]);
  });
});
