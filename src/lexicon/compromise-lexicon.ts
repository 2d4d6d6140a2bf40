/**
 * compromise's lexicon (word → tags), suffix patterns and word-ending patterns,
 * which the tokenizer uses as a dictionary. Making them means loading compromise, which unpacks
 * and conjugates its word lists (~0.25 s, most of a one-article run), so
 * `npm run build` writes them to a JSON snapshot next to the compiled module
 * (dist/lexicon/compromise-lexicon.json, by scripts/snapshot-lexicon.mjs) and each
 * process or worker parses that instead (~15 ms).
 *
 * The snapshot is used only when it was made from the same compromise version
 * and the same extra words; otherwise (running from source, a stale build)
 * compromise is loaded, so the words' tags never depend on which way was taken.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { wordTable } from './word-table.js';

export type Lexicon = Record<string, string | string[]>;
export type SuffixPatterns = (Record<string, string> | null)[];
/** compromise's word-ending rules for words it does not know, by last letter: [regular expression source, tag]. */
export type EndingPatterns = Record<string, [string, string][]>;

export interface CompromiseLexicon {
  lexicon: Lexicon;
  suffixPatterns: SuffixPatterns;
  endingPatterns: EndingPatterns;
}

/** What the snapshot file holds: the data and what it was made from. */
interface Snapshot extends CompromiseLexicon {
  compromiseVersion: string;
  extraWords: Record<string, string>;
}

const require = createRequire(import.meta.url);
export const SNAPSHOT_FILE = new URL('./compromise-lexicon.json', import.meta.url);

/** compromise's lexicon extended with `extraWords`, from the snapshot when it matches. */
export function loadLexicon(extraWords: Record<string, string>): CompromiseLexicon {
  const snapshot = readSnapshot();
  if (snapshot && snapshot.endingPatterns && snapshot.compromiseVersion === compromiseVersion() && sameWords(snapshot.extraWords, extraWords)) {
    return withoutPrototypes(snapshot);
  }
  return withoutPrototypes(lexiconFromCompromise(extraWords));
}

/** The tables the tokenizer indexes by word or word ending, as word tables (no "constructor" in them). */
function withoutPrototypes({ lexicon, suffixPatterns, endingPatterns }: CompromiseLexicon): CompromiseLexicon {
  return { lexicon: wordTable(lexicon), suffixPatterns: suffixPatterns.map((patterns) => patterns && wordTable(patterns)), endingPatterns };
}

/**
 * The lexicon as compromise builds it, through its CommonJS build (one file,
 * faster to load than its ES module tree).
 */
function lexiconFromCompromise(extraWords: Record<string, string>): CompromiseLexicon {
  const nlp = require('compromise') as {
    extend(plugin: { words: Record<string, string> }): void;
    model(): { one: { lexicon: Lexicon }; two: { suffixPatterns: SuffixPatterns; endsWith: Record<string, [RegExp, string][]> } };
  };
  nlp.extend({ words: extraWords });
  const model = nlp.model();
  // (Regular expressions as their source, so that the snapshot can hold them.)
  const endingPatterns = Object.fromEntries(Object.entries(model.two.endsWith).map(([last, rules]) => [last, rules.map(([re, tag]): [string, string] => [re.source, tag])]));
  return { lexicon: model.one.lexicon, suffixPatterns: model.two.suffixPatterns, endingPatterns };
}

/** The snapshot's file content for these extra words (for the build script). */
export function snapshotJson(extraWords: Record<string, string>): string {
  const snapshot: Snapshot = { compromiseVersion: compromiseVersion(), extraWords, ...lexiconFromCompromise(extraWords) };
  return JSON.stringify(snapshot);
}

function readSnapshot(): Snapshot | null {
  try {
    return JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as Snapshot;
  } catch {
    return null; // no snapshot (running from source) or an unreadable one: compromise itself is used
  }
}

/** The installed compromise's version, from its package.json (which its exports do not expose, hence the walk up from its entry file). */
function compromiseVersion(): string {
  let dir = path.dirname(require.resolve('compromise'));
  for (let up = 0; up < 4; up++, dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'compromise' && pkg.version) return pkg.version;
    } catch {
      // no package.json at this level: keep walking up
    }
  }
  return 'unknown';
}

function sameWords(a: Record<string, string>, b: Record<string, string>): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
