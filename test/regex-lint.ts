/**
 * A lint for catastrophic backtracking: finds every regular expression in
 * TypeScript sources (literals, and `new RegExp(…)` with a literal or
 * template pattern) and reports nested unbounded quantifiers — a repeated
 * group holding an unbounded repeat, as in (a+)+, (a*)*, (\s*x\s*)+ — which
 * can take exponential time on a failing input.
 *
 * A nested repeat is accepted only when it is fenced, so that each iteration
 * of the outer group can be matched one way only: the inner repeat must be
 * followed by something it cannot match ("[^"]*" in (?:"[^"]*"|[^"])*), or
 * close its alternative when every iteration starts with a character it
 * cannot match ([-.][a-z]+ in (?:[-.][a-z]+)*). Character sets are compared
 * over the Basic Multilingual Plane by asking the regex engine itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface SourceRegex {
  file: string;
  line: number;
  pattern: string;
  flags: string;
}

/** Every regular expression written in the .ts files under `dir`. */
export function sourceRegexes(dir: string): SourceRegex[] {
  const found: SourceRegex[] = [];
  for (const file of tsFiles(dir)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const lineOf = (node: ts.Node): number => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const slash = text.lastIndexOf('/');
        found.push({ file, line: lineOf(node), pattern: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp' && node.arguments?.[0]) {
        const pattern = staticText(node.arguments[0]);
        const flags = node.arguments[1] ? staticText(node.arguments[1]) : '';
        if (pattern !== null) found.push({ file, line: lineOf(node), pattern, flags: flags ?? '' });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** A string or template literal's text; a substitution stands for one letter ("<${tag}>" → "<x>"). */
function staticText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => 'x' + s.literal.text).join('');
  return null;
}

// ---------------------------------------------------------------- parsing

interface Quantifier {
  min: number;
  max: number;
}

/** `source` is the atom's text, `text` the atom with its quantifier. */
type RegexNode = { source: string; text: string; q: Quantifier } & (
  /** Matches one character: a literal, an escape class, a bracket class or ".". */
  | { kind: 'char' }
  | { kind: 'group'; alternatives: RegexNode[][]; lookaround: boolean }
  /** A back-reference to a capture group. */
  | { kind: 'backref'; group: number | string }
  /** ^, $, \b, \B: match no character. */
  | { kind: 'assertion' }
);

const ONCE: Quantifier = { min: 1, max: 1 };
/** Filled in by the caller once the atom and its quantifier are read. */
const UNSET = { source: '', text: '', q: ONCE };

/** Parse a JavaScript regex pattern into a tree: enough syntax for the lint, not a validator. */
export function parseRegex(pattern: string): { alternatives: RegexNode[][]; groups: Map<number | string, RegexNode[][]> } {
  let i = 0;
  let captures = 0;
  const groups = new Map<number | string, RegexNode[][]>();

  const alternatives = parseAlternatives();
  return { alternatives, groups };

  function parseAlternatives(): RegexNode[][] {
    const alts: RegexNode[][] = [[]];
    while (i < pattern.length && pattern[i] !== ')') {
      if (pattern[i] === '|') { i++; alts.push([]); continue; }
      const start = i;
      const atom = parseAtom();
      atom.source = pattern.slice(start, i);
      atom.q = parseQuantifier() ?? ONCE;
      atom.text = pattern.slice(start, i);
      alts[alts.length - 1]!.push(atom);
    }
    return alts;
  }

  function parseAtom(): RegexNode {
    const ch = pattern[i]!;
    if (ch === '(') {
      i++;
      let lookaround = false;
      let capture: number | null = null;
      let name: string | null = null;
      if (pattern.startsWith('?:', i)) i += 2;
      else if (pattern.startsWith('?=', i) || pattern.startsWith('?!', i)) { i += 2; lookaround = true; }
      else if (pattern.startsWith('?<=', i) || pattern.startsWith('?<!', i)) { i += 3; lookaround = true; }
      else if (pattern.startsWith('?<', i)) {
        const close = pattern.indexOf('>', i);
        name = pattern.slice(i + 2, close);
        i = close + 1;
        capture = ++captures;
      } else capture = ++captures;
      const alts = parseAlternatives();
      i++; // ")"
      if (capture !== null) groups.set(capture, alts);
      if (name !== null) groups.set(name, alts);
      return { kind: 'group', alternatives: alts, lookaround, ...UNSET };
    }
    if (ch === '[') {
      i++;
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      i++;
      return { kind: 'char', ...UNSET };
    }
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      if (next === 'b' || next === 'B') { i += 2; return { kind: 'assertion', ...UNSET }; }
      if (/[1-9]/.test(next)) {
        let j = i + 1;
        while (/[0-9]/.test(pattern[j] ?? '')) j++;
        const group = Number(pattern.slice(i + 1, j));
        i = j;
        return { kind: 'backref', group, ...UNSET };
      }
      if (next === 'k' && pattern[i + 2] === '<') {
        const close = pattern.indexOf('>', i);
        const group = pattern.slice(i + 3, close);
        i = close + 1;
        return { kind: 'backref', group, ...UNSET };
      }
      if ((next === 'p' || next === 'P') && pattern[i + 2] === '{') i = pattern.indexOf('}', i) + 1;
      else if (next === 'u' && pattern[i + 2] === '{') i = pattern.indexOf('}', i) + 1;
      else if (next === 'u') i += 6;
      else if (next === 'x') i += 4;
      else if (next === 'c') i += 3;
      else i += 2;
      return { kind: 'char', ...UNSET };
    }
    i++;
    if (ch === '^' || ch === '$') return { kind: 'assertion', ...UNSET };
    return { kind: 'char', ...UNSET };
  }

  function parseQuantifier(): Quantifier | null {
    const ch = pattern[i];
    let q: Quantifier | null = null;
    if (ch === '*') { q = { min: 0, max: Infinity }; i++; }
    else if (ch === '+') { q = { min: 1, max: Infinity }; i++; }
    else if (ch === '?') { q = { min: 0, max: 1 }; i++; }
    else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
      if (m) {
        const min = Number(m[1]);
        q = { min, max: m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]) };
        i += m[0].length;
      }
    }
    if (q && pattern[i] === '?') i++; // lazy
    return q;
  }
}

// ---------------------------------------------------------------- character sets

/** Which BMP characters a one-character node matches, as a bitmap. */
type CharSet = Uint8Array;

const setCache = new Map<string, CharSet>();

function charSet(source: string, flags: string): CharSet {
  const key = `${flags}/${source}`;
  const cached = setCache.get(key);
  if (cached) return cached;
  const re = new RegExp(`^(?:${source})$`, flags.replace(/[gy]/g, ''));
  const set = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (re.test(String.fromCharCode(c))) set[c] = 1;
  setCache.set(key, set);
  return set;
}

function union(a: CharSet, b: CharSet): CharSet {
  const out = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) out[c] = a[c]! | b[c]!;
  return out;
}

function disjoint(a: CharSet, b: CharSet): boolean {
  for (let c = 0; c < 0x10000; c++) if (a[c]! & b[c]!) return false;
  return true;
}

const NOTHING: CharSet = new Uint8Array(0x10000);
const EVERYTHING: CharSet = new Uint8Array(0x10000).fill(1);

// ---------------------------------------------------------------- the check

/** What can start a match of a sequence, and whether the sequence can match nothing. */
interface First {
  chars: CharSet;
  nullable: boolean;
}

/** Descriptions of the unfenced nested unbounded quantifiers in one regex; empty when it is safe. */
export function nestedQuantifierProblems(regex: { pattern: string; flags: string }): string[] {
  const { alternatives, groups } = parseRegex(regex.pattern);
  const { flags } = regex;
  const problems: string[] = [];
  visitSequences(alternatives);
  return problems;

  function visitSequences(alts: RegexNode[][]): void {
    for (const seq of alts) for (const node of seq) visit(node);
  }

  function visit(node: RegexNode): void {
    if (node.kind !== 'group') return;
    if (node.q.max > 1) checkRepeatedGroup(node);
    visitSequences(node.alternatives);
  }

  /** Every unbounded repeat inside a repeated group must be fenced. */
  function checkRepeatedGroup(group: Extract<RegexNode, { kind: 'group' }>): void {
    group.alternatives.forEach((seq) => {
      seq.forEach((node, k) => {
        if (node.kind === 'group') {
          if (containsUnbounded(node)) problems.push(`${node.text} repeats inside ${group.text}`);
          return;
        }
        if (node.q.max !== Infinity) return;
        if (node.kind !== 'char' && node.kind !== 'backref') return;
        if (!fenced(nodeChars(node), seq, k, group)) problems.push(`${node.text} inside ${group.text}`);
      });
    });
  }

  function fenced(inner: CharSet, seq: RegexNode[], k: number, group: Extract<RegexNode, { kind: 'group' }>): boolean {
    const rest = firstOf(seq, k + 1);
    if (!rest.nullable) return disjoint(inner, rest.chars);
    // The repeat may close its alternative: the next iteration must start with what it cannot match.
    const next = firstOfAlternatives(group.alternatives);
    return !next.nullable && disjoint(inner, union(rest.chars, next.chars));
  }

  function containsUnbounded(node: RegexNode): boolean {
    if (node.q.max === Infinity && node.kind !== 'assertion') return true;
    return node.kind === 'group' && node.alternatives.some((seq) => seq.some(containsUnbounded));
  }

  function nodeChars(node: RegexNode): CharSet {
    if (node.kind === 'char') return charSet(node.source, flags);
    if (node.kind === 'backref') {
      // A back-reference to a group of one single character matches what that character matches.
      const target = groups.get(node.group);
      const only = target?.length === 1 && target[0]!.length === 1 ? target[0]![0]! : null;
      return only?.kind === 'char' && only.q.max === 1 ? charSet(only.source, flags) : EVERYTHING;
    }
    return EVERYTHING;
  }

  function firstOfAlternatives(alts: RegexNode[][]): First {
    return alts.map((seq) => firstOf(seq, 0)).reduce((a, b) => ({ chars: union(a.chars, b.chars), nullable: a.nullable || b.nullable }), { chars: NOTHING, nullable: false });
  }

  function firstOf(seq: RegexNode[], from: number): First {
    let chars = NOTHING;
    for (let k = from; k < seq.length; k++) {
      const node = seq[k]!;
      if (node.kind === 'assertion') {
        // "$" matches only at the end (or, with the m flag, before a line break): nothing can run past it.
        if (node.source === '$') return { chars: flags.includes('m') ? union(chars, charSet('[\\n\\r\\u2028\\u2029]', flags)) : chars, nullable: false };
        continue;
      }
      if (node.kind === 'group' && node.lookaround) continue;
      const own = node.kind === 'group' ? firstOfAlternatives(node.alternatives) : { chars: nodeChars(node), nullable: false };
      chars = union(chars, own.chars);
      if (node.q.min > 0 && !own.nullable) return { chars, nullable: false };
    }
    return { chars, nullable: true };
  }
}
