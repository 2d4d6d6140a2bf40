/**
 * Gold attribution data (../shared/eval, see its README): types and a reader for
 * `.jsonl` (one document per line) and `.json` (one document or an array).
 *
 * Two flavours share one schema: PolNeAR (`direct`/`mixed` booleans, source as
 * written in `speaker`/`speakerStart`/`speakerEnd`/`speakerSpans`) and the
 * hand-made seed gold (`kind`, source words in `speakerMention*`, resolved name in
 * `speaker`, plus `speakerType` and `speakerAliases`).
 */

import { readFile } from 'node:fs/promises';
import { decodeText, InputProblem } from '../load/decode.js';
import { describeSystemError } from '../load/index.js';
import { jsonSyntaxError } from '../load/json-error.js';
import type { AttributionKind, Span } from '../types.js';

export type GoldSpeakerType = 'person' | 'organization' | 'anonymous';

/** One gold attribution relation. Offsets are `[start, end)` into the document's `text`. */
export interface GoldQuote {
  content: string;
  contentStart: number;
  contentEnd: number;
  /** The fragments (PolNeAR); absent means one fragment `[contentStart, contentEnd]`. */
  contentSpans?: Array<[number, number]>;
  /** PolNeAR: the source words as written; seed gold: the resolved speaker name. */
  speaker?: string | null;
  speakerStart?: number | null;
  speakerEnd?: number | null;
  /** Only when the source is discontinuous. */
  speakerSpans?: Array<[number, number]>;
  /** Seed gold: the source words as written. */
  speakerMention?: string | null;
  speakerMentionStart?: number | null;
  speakerMentionEnd?: number | null;
  /** Seed gold. */
  speakerType?: GoldSpeakerType | null;
  /** Seed gold: names any of which, as whole words in a speaker's name, identify the speaker. */
  speakerAliases?: string[];
  cue?: string | null;
  cueStart?: number | null;
  cueEnd?: number | null;
  direct?: boolean;
  mixed?: boolean;
  /** Seed gold. */
  kind?: AttributionKind;
  relation?: string;
  relationType?: string;
}

export interface GoldDocument {
  id: string;
  source?: string;
  split?: string;
  text: string;
  meta?: Record<string, unknown>;
  note?: string;
  quotes: GoldQuote[];
}

/** Malformed gold input. `code` is 'EGOLD'; for I/O failures it is the system code (ENOENT…). */
export class GoldFileError extends Error {
  readonly code: string;
  readonly file: string;
  readonly line: number | null;
  constructor(file: string, line: number | null, message: string, code = 'EGOLD', options?: { cause?: unknown }) {
    super(`${file}${line !== null ? `:${line}` : ''}: ${message}`, options);
    this.name = 'GoldFileError';
    this.code = code;
    this.file = file;
    this.line = line;
  }
}

// ---------------------------------------------------------------- derived views

/** direct if `direct`, mixed if `mixed`, else indirect; seed gold's `kind` wins when present. */
export function goldKind(q: GoldQuote): AttributionKind {
  if (q.kind === 'direct' || q.kind === 'indirect' || q.kind === 'mixed') return q.kind;
  if (q.direct) return 'direct';
  if (q.mixed) return 'mixed';
  return 'indirect';
}

/** The content fragments: `contentSpans`, else `[contentStart, contentEnd]`. */
export function goldContentSpans(q: GoldQuote): Span[] {
  if (q.contentSpans && q.contentSpans.length > 0) return q.contentSpans.map(([start, end]) => ({ start, end }));
  return [{ start: q.contentStart, end: q.contentEnd }];
}

/** True for seed-style quotes (source words in `speakerMention*`). */
export function isSeedQuote(q: GoldQuote): boolean {
  return q.speakerMentionStart != null || q.kind !== undefined || q.speakerAliases !== undefined;
}

/**
 * The source span(s): seed gold `speakerMentionStart/End`; else `speakerSpans`; else
 * `speakerStart/End`. Empty when the gold has no source.
 */
export function goldSourceSpans(q: GoldQuote): Span[] {
  if (q.speakerMentionStart != null && q.speakerMentionEnd != null) {
    return [{ start: q.speakerMentionStart, end: q.speakerMentionEnd }];
  }
  if (q.speakerSpans && q.speakerSpans.length > 0) return q.speakerSpans.map(([start, end]) => ({ start, end }));
  if (q.speakerStart != null && q.speakerEnd != null) return [{ start: q.speakerStart, end: q.speakerEnd }];
  return [];
}

export function goldHasSource(q: GoldQuote): boolean {
  return goldSourceSpans(q).length > 0;
}

/** The source words as written (seed: `speakerMention`; PolNeAR: `speaker`). */
export function goldSourceText(q: GoldQuote): string | null {
  if (q.speakerMention != null) return q.speakerMention;
  return q.speaker ?? null;
}

export function goldCueSpan(q: GoldQuote): Span | null {
  if (q.cueStart != null && q.cueEnd != null) return { start: q.cueStart, end: q.cueEnd };
  return null;
}

// ---------------------------------------------------------------- reading

/**
 * Read a gold file: `.jsonl` one document per line, `.json` one document or an array; other names are sniffed.
 * Its bytes are decoded as an article's are (decodeText): UTF-16 with a byte-order mark, as Notepad's "Unicode"
 * and PowerShell 5's `>` write it, was read as UTF-8 and refused as invalid JSON at its first character. The
 * decoder's warning (Windows-1252, stray bytes) goes to `onWarning`.
 */
export async function readGoldFile(path: string, onWarning?: (message: string) => void): Promise<GoldDocument[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EGOLD';
    const problem = (err as NodeJS.ErrnoException).code === undefined ? (err as Error).message : `${describeSystemError(err as NodeJS.ErrnoException)} (${code})`;
    throw new GoldFileError(path, null, `cannot read gold file: ${problem}`, code, { cause: err });
  }
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch (err) {
    const code = err instanceof InputProblem ? err.code : 'EGOLD';
    throw new GoldFileError(path, null, `cannot read gold file: ${(err as Error).message} (${code})`, code, { cause: err });
  }
  if (decoded.warning !== undefined) onWarning?.(decoded.warning);
  const docs = parseGold(decoded.text, path);
  for (const message of duplicateIdWarnings(docs)) onWarning?.(message);
  return docs;
}

/**
 * A warning for each id that more than one document of a gold file has: each is scored, but the --errors
 * listing and the JSON name them alike, so a file merged twice, or ids made by hand, went unnoticed.
 */
export function duplicateIdWarnings(docs: readonly GoldDocument[]): string[] {
  const positions = new Map<string, number[]>();
  docs.forEach((doc, i) => positions.set(doc.id, [...(positions.get(doc.id) ?? []), i + 1]));
  const warnings: string[] = [];
  for (const [id, at] of positions) {
    if (at.length < 2) continue;
    const listed = `${at.slice(0, -1).join(', ')} and ${at[at.length - 1]}`;
    warnings.push(`duplicate document id ${JSON.stringify(id)} (documents ${listed}): each is scored, under the same id`);
  }
  return warnings;
}

/** Parse gold text already in memory; `file` names it in errors and decides the format by extension. */
export function parseGold(raw: string, file: string): GoldDocument[] {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const docs = parseGoldDocuments(text, file);
  // No documents scores nothing (every metric n/a, exit 0): an emptied or wrong file passed silently. An error,
  // as an input with no articles is to analyze (EEMPTY).
  if (docs.length === 0) throw new GoldFileError(file, null, 'no documents to score', 'EEMPTY');
  return docs;
}

function parseGoldDocuments(text: string, file: string): GoldDocument[] {
  if (text.trim() === '') return [];
  const lower = file.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return parseJsonl(text, file);
  if (lower.endsWith('.json')) return parseJson(text, file);
  const trimmed = text.trimStart();
  // Sniff: a JSON array, or a single document spanning several lines, is .json; else .jsonl.
  if (trimmed.startsWith('[')) return parseJson(text, file);
  const firstLine = trimmed.split('\n', 1)[0] ?? '';
  try {
    JSON.parse(firstLine);
    return parseJsonl(text, file);
  } catch {
    return parseJson(text, file);
  }
}

function parseJsonl(text: string, file: string): GoldDocument[] {
  const docs: GoldDocument[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = raw.trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      const { column, reason } = jsonSyntaxError(line, (err as Error).message);
      const at = column === null ? '' : ` at column ${column + raw.length - raw.trimStart().length}`;
      throw new GoldFileError(file, i + 1, `invalid JSON${at}: ${reason}`, 'EGOLD', { cause: err });
    }
    docs.push(validateDocument(value, file, i + 1, ''));
  }
  return docs;
}

function parseJson(text: string, file: string): GoldDocument[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    // Its line (and column) even when V8 gives no position (an unexpected token, such as a trailing comma), and
    // without V8's excerpt of the text, which ran over several lines.
    const { line, column, reason } = jsonSyntaxError(text, (err as Error).message);
    throw new GoldFileError(file, line, `invalid JSON${column === null ? '' : ` at column ${column}`}: ${reason}`, 'EGOLD', { cause: err });
  }
  if (Array.isArray(value)) return value.map((v, i) => validateDocument(v, file, null, `document ${i + 1}: `));
  return [validateDocument(value, file, null, '')];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

function validateDocument(value: unknown, file: string, line: number | null, where: string): GoldDocument {
  const fail = (msg: string): never => {
    throw new GoldFileError(file, line, `${where}${msg}`);
  };
  if (!isObject(value)) return fail('expected a JSON object (a gold document)');
  const id = value['id'];
  if (typeof id !== 'string' || id === '') fail('missing string "id"');
  const docWhere = `${where}document "${String(id)}": `;
  const failDoc = (msg: string): never => {
    throw new GoldFileError(file, line, `${docWhere}${msg}`);
  };
  const text = value['text'];
  if (typeof text !== 'string') return failDoc('missing string "text"');
  const quotes = value['quotes'];
  if (!Array.isArray(quotes)) return failDoc('missing array "quotes"');
  const n = text.length;
  const checkSpan = (qi: number, name: string, s: unknown, e: unknown, nullable: boolean): void => {
    if (nullable && (s === null || s === undefined) && (e === null || e === undefined)) return;
    if (!isInt(s) || !isInt(e)) failDoc(`quotes[${qi}]: "${name}Start"/"${name}End" must be integers`);
    else if (s < 0 || e < s || e > n) failDoc(`quotes[${qi}]: ${name} span [${s}, ${e}) is outside the text (length ${n})`);
  };
  const checkSpanList = (qi: number, name: string, list: unknown): void => {
    if (list === undefined || list === null) return;
    if (!Array.isArray(list)) failDoc(`quotes[${qi}]: "${name}" must be an array of [start, end] pairs`);
    else
      list.forEach((pair: unknown, k) => {
        if (!Array.isArray(pair) || pair.length !== 2) failDoc(`quotes[${qi}]: ${name}[${k}] must be a [start, end] pair`);
        else checkSpan(qi, `${name}[${k}]`, pair[0], pair[1], false);
      });
  };
  const checkWords = (qi: number, name: string, words: unknown, s: unknown, e: unknown): void => {
    if (typeof words !== 'string' || !isInt(s) || !isInt(e)) return;
    const at = text.slice(s, e);
    if (at === words) return;
    const found = text.indexOf(words);
    const where = found === -1 ? ', and is nowhere in the text' : `, which is at [${found}, ${found + words.length})`;
    failDoc(
      `quotes[${qi}]: "${name}" ${JSON.stringify(clip(words))} is not the text at "${name}Start"/"${name}End" [${s}, ${e}), ${JSON.stringify(clip(at))}${where}` +
        ' (offsets count UTF-16 code units of "text" from 0, end excluded, as JavaScript\'s text.slice(start, end))',
    );
  };
  quotes.forEach((q: unknown, qi) => {
    if (!isObject(q)) failDoc(`quotes[${qi}] must be an object`);
    else {
      checkSpan(qi, 'content', q['contentStart'], q['contentEnd'], false);
      // The words are what the offsets are checked against (checkWords below): without them a file with offsets
      // counted another way would be scored, silently wrong.
      if (typeof q['content'] !== 'string') failDoc(`quotes[${qi}]: missing string "content" (the words at "contentStart"/"contentEnd")`);
      checkSpanList(qi, 'contentSpans', q['contentSpans']);
      checkSpan(qi, 'speaker', q['speakerStart'], q['speakerEnd'], true);
      checkSpanList(qi, 'speakerSpans', q['speakerSpans']);
      checkSpan(qi, 'speakerMention', q['speakerMentionStart'], q['speakerMentionEnd'], true);
      checkSpan(qi, 'cue', q['cueStart'], q['cueEnd'], true);
      // The words given with each span must be the text at it: hand-written gold with offsets counted another way
      // (code points, a copy with other line endings) would otherwise be scored, silently wrong.
      checkWords(qi, 'content', q['content'], q['contentStart'], q['contentEnd']);
      checkWords(qi, 'cue', q['cue'], q['cueStart'], q['cueEnd']);
      if (isSeedQuote(q as unknown as GoldQuote)) checkWords(qi, 'speakerMention', q['speakerMention'], q['speakerMentionStart'], q['speakerMentionEnd']);
      else checkWords(qi, 'speaker', q['speaker'], q['speakerStart'], q['speakerEnd']);
      const kind = q['kind'];
      if (kind !== undefined && kind !== 'direct' && kind !== 'indirect' && kind !== 'mixed') {
        failDoc(`quotes[${qi}]: "kind" must be direct, indirect or mixed`);
      }
      // A typo ("anonymus") would be scored as a name, and "yes" or 0 read as a flag: refused, as a kind is.
      const speakerType = q['speakerType'];
      if (speakerType !== undefined && speakerType !== null && speakerType !== 'person' && speakerType !== 'organization' && speakerType !== 'anonymous') {
        failDoc(`quotes[${qi}]: "speakerType" must be person, organization or anonymous`);
      }
      for (const flag of ['direct', 'mixed']) {
        if (q[flag] !== undefined && q[flag] !== null && typeof q[flag] !== 'boolean') failDoc(`quotes[${qi}]: "${flag}" must be true or false`);
      }
      const aliases = q['speakerAliases'];
      if (aliases !== undefined && (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string'))) {
        failDoc(`quotes[${qi}]: "speakerAliases" must be an array of strings`);
      }
    }
  });
  return value as unknown as GoldDocument;
}
