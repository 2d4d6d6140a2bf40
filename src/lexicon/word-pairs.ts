/**
 * Two-word entries ("health care", "even though") as first word → second words, so that a test at a token looks
 * up its two words as they are: building the pair's string at every token cost more than the rest of such tests.
 */
export type WordPairs = ReadonlyMap<string, ReadonlySet<string>>;

export function wordPairs(pairs: Iterable<string>): WordPairs {
  const byFirst = new Map<string, Set<string>>();
  for (const pair of pairs) {
    const space = pair.indexOf(' ');
    const first = pair.slice(0, space);
    const seconds = byFirst.get(first) ?? new Set<string>();
    seconds.add(pair.slice(space + 1));
    byFirst.set(first, seconds);
  }
  return byFirst;
}

/** Whether `first second` is one of the pairs. */
export function isWordPair(pairs: WordPairs, first: string | undefined, second: string | undefined): boolean {
  return first !== undefined && second !== undefined && (pairs.get(first)?.has(second) ?? false);
}
