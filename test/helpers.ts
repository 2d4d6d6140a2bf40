/** Shared test plumbing: repository paths and an in-process CLI runner. */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { main, type CliIO } from '../src/cli.js';
import type { CheckIO } from '../src/check/index.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED_EVAL = path.resolve(ROOT, '../shared/eval');
export const SEED = path.join(ROOT, 'seeds', 'kazakhstan-us-denies-role.txt');
export const FIXTURES = path.join(ROOT, 'fixtures');

/** One fixture folder: `fixtures/<name>/input.<ext>` and `expected.json`. */
export interface FixtureCase {
  name: string;
  input: string;
  expected: string;
}

/**
 * Every fixture folder, sorted by name; a folder without exactly one input file is an error, not a silent skip.
 * `fixtures/check/` is not one: it holds the `attrib check` rule fixtures (test/check-rules.test.ts).
 */
export function fixtureCases(): FixtureCase[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'check')
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const dir = path.join(FIXTURES, name);
      const inputs = readdirSync(dir).filter((f) => f.startsWith('input.'));
      if (inputs.length !== 1) throw new Error(`fixtures/${name}: expected one input.<ext> file, found ${inputs.length}`);
      return { name, input: path.join(dir, inputs[0]!), expected: path.join(dir, 'expected.json') };
    });
}

/**
 * Offsets where a markup format's analysed text departs from its file by more than the loader may: markup blanked
 * (a space, or U+2029 for a block tag), entities (found by `entity`) decoded, and a character after an entity moved
 * left on its line by no more than the entities before it on that line saved. Before a line's first entity nothing
 * moves, nothing is replaced, and line breaks never move.
 */
export function misplacedCharacters(fileText: string, articleText: string, entity: RegExp): number[] {
  const misplaced: number[] = [];
  for (const line of fileText.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)) {
    const end = line.index + line[0].replace(/[\r\n]+$/, '').length;
    const entities = [...line[0].matchAll(entity)].map((m) => ({ start: line.index + m.index, end: line.index + m.index + m[0].length }));
    /** What the entities ending at or before `at` saved. */
    const savedBefore = (at: number): number => entities.filter((e) => e.end <= at).reduce((n, e) => n + (e.end - e.start - 1), 0);
    for (let i = line.index; i < line.index + line[0].length; i++) {
      const a = articleText[i]!;
      if (a === fileText[i]) continue;
      if (i >= end || a === '\n' || a === '\r') { misplaced.push(i); continue; }
      if (a === ' ' || a === '\u2029') continue;
      // The dash an HTML blockquote's signature gets, written over its tag's '<' as a paragraph break is (formats.ts `signatures`).
      if (a === '\u2015' && fileText[i] === '<') continue;
      // The quotation marks of an inline quotation, <q>, written over its tags' '<' (formats.ts `htmlArticle`).
      if (/[\u201c\u201d\u2018\u2019]/.test(a) && fileText[i] === '<' && /^<\/?q\b/i.test(fileText.slice(i, i + 3))) continue;
      // Inside an entity's own characters: what it decodes to (an opening mark sits at its end, next to its word).
      if (entities.some((e) => i >= e.start && i < e.end)) continue;
      // The character's place in the file is `d` further right, by at most what the entities before it there saved;
      // it is the file's character, or one an entity starting there decodes to.
      let found = false;
      for (let d = 0; i + d < end && d <= savedBefore(i + d) && !found; d++) found = fileText[i + d] === a || entities.some((e) => e.start === i + d);
      if (!found) misplaced.push(i);
    }
  }
  return misplaced;
}

/** Lower-cased word tokens (runs of letters and digits): punctuation and quotation marks never decide a comparison. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run the CLI in-process with captured output. NO_COLOR is set unless `env`
 * overrides it (`NO_COLOR: undefined` removes it); `tty` makes stdout a terminal (`columns` wide, 120 unless given);
 * `cwd` is where `attrib check` looks for its configuration and .attribignore
 * (main hands its io to runCheck, which reads it).
 */
export async function runCli(args: string[], options: { env?: Record<string, string | undefined>; stdin?: string; tty?: boolean; cwd?: string; columns?: number } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO & CheckIO = {
    cwd: options.cwd,
    stdout: { write: (s: string) => { stdout += s; return true; }, isTTY: options.tty ?? false, columns: options.columns ?? 120 },
    stderr: { write: (s: string) => { stderr += s; return true; }, isTTY: false },
    env: { NO_COLOR: '1', ...options.env },
    stdinIsTTY: options.stdin === undefined,
    readStdin: async () => Buffer.from(options.stdin ?? '', 'utf8'),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
