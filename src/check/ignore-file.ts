/**
 * `.attribignore`: files `attrib check` skips, in gitignore syntax, found from
 * the working directory upwards (the nearest one wins). Patterns are relative
 * to the directory that holds the file, as in .gitignore.
 *
 * The `ignore` package implements the gitignore rules (anchoring, `**`,
 * directory patterns, negation with `!`, escaping) that a hand-written matcher
 * would get subtly wrong; it is what ESLint and others use.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ignore from 'ignore';
import { decodeText, InputProblem } from '../load/decode.js';
import { ConfigError, displayPath } from './config.js';

const IGNORE_FILE = '.attribignore';

export interface IgnoreList {
  /** Where the patterns came from, for messages. */
  origin: string;
  /** Whether a file (a path as given on the command line, relative to the process's directory, or absolute) is ignored. */
  ignores(file: string): boolean;
}

export async function loadIgnoreList(cwd: string): Promise<IgnoreList | null> {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const file = path.join(dir, IGNORE_FILE);
    let patterns: string;
    try {
      // Decoded as an article is: in UTF-16 with a byte-order mark (Notepad's "Unicode", PowerShell 5's `>`), read
      // as UTF-8, every pattern held NUL bytes and ignored nothing, silently.
      patterns = decodeText(await readFile(file)).text;
    } catch (e) {
      if (e instanceof InputProblem) throw new ConfigError(`${displayPath(cwd, file)}: cannot read: ${e.message}`);
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new ConfigError(`${displayPath(cwd, file)}: cannot read (${code ?? (e as Error).message})`);
      if (path.dirname(dir) === dir) return null;
      continue;
    }
    const matcher = ignore().add(patterns);
    return {
      origin: displayPath(cwd, file),
      ignores(candidate) {
        const relative = path.relative(dir, path.resolve(candidate));
        // Files outside the ignore file's directory are beyond its reach.
        if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return false;
        return matcher.ignores(relative.split(path.sep).join('/'));
      },
    };
  }
}
