/**
 * Where a JSON text that JSON.parse refused goes wrong, as a line and a column, for the files people write by
 * hand or export (.json articles, `.attribrc.json`, gold files). V8 gives a position for some mistakes ("Expected
 * ',' or '}' after property value in JSON at position 7") but none for the commonest, an unexpected token (a
 * trailing comma in an array, a single-quoted or bare value), where it quotes the text around it instead, newlines
 * and all: "Unexpected token ']', …"a": [1, 2,]…" is not valid JSON". Then the text is scanned for the first
 * character that cannot continue it (only after JSON.parse has failed: it costs nothing on valid input).
 */

export interface JsonSyntaxError {
  /** 1-based line and column (UTF-16 code units) of the offending character; null when no place is known. */
  line: number | null;
  column: number | null;
  /** V8's reason, without its position or its excerpt of the text. */
  reason: string;
}

/** Where and why JSON.parse's `message` says `text` is not JSON. */
export function jsonSyntaxError(text: string, message: string): JsonSyntaxError {
  const given = /\bat position (\d+)/.exec(message);
  const offset = given ? Number(given[1]) : firstInvalidOffset(text);
  // "Unexpected token 'x', "…excerpt…" is not valid JSON": the token alone (one character, astral ones too).
  const token = /^Unexpected token '([\s\S])'/u.exec(message);
  const reason = token ? `Unexpected token '${token[1]}'` : message.replace(/ (in|after) JSON at position \d+(?: \(line \d+ column \d+\))?$/, (_m, word: string) => (word === 'after' ? ' after the JSON value' : ''));
  if (offset === null) return { line: null, column: null, reason };
  const before = text.slice(0, offset);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line: before.split(/\r\n|\r|\n/).length, column: offset - lineStart + 1, reason };
}

/** "invalid JSON at line 3, column 14: Unexpected token ']'" (without a place when none is known). */
export function invalidJsonMessage(text: string, message: string): string {
  const { line, column, reason } = jsonSyntaxError(text, message);
  return `invalid JSON${line === null ? '' : ` at line ${line}, column ${column}`}: ${reason}`;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * The offset of the first character at which `text` stops being JSON (its length when it ends too soon), or null
 * when it is JSON. A loop with a stack of open containers, not recursion: a text nested 100,000 deep is scanned too.
 */
export function firstInvalidOffset(text: string): number | null {
  const n = text.length;
  const open: Array<'[' | '{'> = [];
  /** What may come next: a value (or, first in an array, its end), a key (or, first in an object, its end), ':', or what follows a value. */
  let expect: 'value' | 'value or ]' | 'key' | 'key or }' | ':' | 'after' = 'value';
  let i = 0;
  for (;;) {
    while (i < n && WHITESPACE.has(text[i]!)) i++;
    if (i >= n) return expect === 'after' && open.length === 0 ? null : n;
    const c = text[i]!;
    if (expect === 'after') {
      const top = open[open.length - 1];
      if (top === undefined) return i; // more after a whole value
      if (c === ',') expect = top === '{' ? 'key' : 'value';
      else if (c === (top === '{' ? '}' : ']')) open.pop();
      else return i;
      i++;
    } else if (expect === ':') {
      if (c !== ':') return i;
      expect = 'value';
      i++;
    } else if (expect === 'key' || expect === 'key or }') {
      if (c === '}' && expect === 'key or }') {
        open.pop();
        expect = 'after';
        i++;
      } else {
        if (c !== '"') return i;
        const end = stringEnd(text, i);
        if (end < 0) return -end - 1;
        expect = ':';
        i = end;
      }
    } else if (c === ']' && expect === 'value or ]') {
      open.pop();
      expect = 'after';
      i++;
    } else if (c === '[' || c === '{') {
      open.push(c);
      expect = c === '[' ? 'value or ]' : 'key or }';
      i++;
    } else {
      const end = scalarEnd(text, i);
      if (end < 0) return -end - 1;
      expect = 'after';
      i = end;
    }
  }
}

/** The end of the string, number or literal at `i`, or -(offset + 1) of the character that breaks it. */
function scalarEnd(text: string, i: number): number {
  const c = text[i]!;
  if (c === '"') return stringEnd(text, i);
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, i)) return i + literal.length;
  }
  NUMBER.lastIndex = i;
  return NUMBER.test(text) ? NUMBER.lastIndex : -(i + 1);
}

/** The end (after the closing quote) of the string opening at `i`, or -(offset + 1) of what breaks it. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (code === 0x22) return j + 1;
    if (code < 0x20) return -(j + 1);
    if (code === 0x5c) {
      ESCAPE.lastIndex = j;
      if (!ESCAPE.test(text)) return -(j + 1);
      j = ESCAPE.lastIndex - 1;
    }
  }
  return -(text.length + 1);
}
