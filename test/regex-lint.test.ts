/**
 * No regular expression in src/ can backtrack catastrophically: none holds an
 * unfenced nested unbounded quantifier (see test/regex-lint.ts). Polynomial
 * (quadratic) backtracking is measured by `npm run measure` instead.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { nestedQuantifierProblems, sourceRegexes } from './regex-lint.js';

const problemsOf = (pattern: string, flags = ''): string[] => nestedQuantifierProblems({ pattern, flags });

describe('the nested-quantifier lint', () => {
  it.each([
    ['(a+)+'],
    ['(a*)*'],
    ['(\\s*x\\s*)+'],
    ['(?:a|a+)*'],
    ['(?:\\w+\\s?)+$'],
    ['^([a-zA-Z0-9]+\\.?)+@'],
    ['(.*a){2,}'],
    ['(?:"[^"]*|a)*'],
    ['(?:(?:ab)+c?)*'],
  ])('flags %s', (pattern) => {
    expect(problemsOf(pattern)).not.toEqual([]);
  });

  it.each([
    ['[\\p{L}\\p{N}]+(?:[-\'’.&][\\p{L}\\p{N}]+)*\\.?', 'u'],
    ['<\\/?([a-zA-Z][a-zA-Z0-9-]*)(?:[^>"\']|"[^"]*"|\'[^\']*\')*>?', ''],
    ['^ {0,3}(?:=+|([-*_])(?:[ \\t]*\\1){2,})[ \\t]*$', 'gm'],
    ['(?:"[^"]*(?:"|$))*', ''],
    ['(?:\\p{L}\\.)+\\p{L}', 'u'],
    ['a+b+c*', ''],
  ])('accepts the fenced or unnested %s', (pattern, flags) => {
    expect(problemsOf(pattern, flags)).toEqual([]);
  });
});

describe('regular expressions in src/', () => {
  const regexes = sourceRegexes(path.join(ROOT, 'src'));

  it('are all found, literals and new RegExp alike', () => {
    expect(regexes.length).toBeGreaterThan(50);
    expect(regexes.some((r) => r.file.endsWith(path.join('load', 'formats.ts')) && r.pattern.includes('<(/?)x'))).toBe(true);
  });

  it('hold no nested unbounded quantifiers that could backtrack exponentially', () => {
    const problems = regexes.flatMap((r) => nestedQuantifierProblems(r).map((p) => `${path.relative(ROOT, r.file)}:${r.line} /${r.pattern}/${r.flags}: ${p}`));
    expect(problems).toEqual([]);
  });
});
