/**
 * Bytes to text: byte-order marks (UTF-8, UTF-16 LE/BE), text that is not
 * UTF-8 read as Windows-1252, and binary files refused (UTF-16 without a
 * byte-order mark is recognised, and refused as such: EENCODING).
 *
 * Without a byte-order mark, bytes that are not valid UTF-8 are decoded as
 * Windows-1252 (newsroom exports often are; it is a superset of Latin-1 for
 * printable text), unless the file also holds valid UTF-8 characters beyond
 * ASCII: then it is UTF-8 with a few stray bytes, and those are replaced with
 * U+FFFD (one per bad sequence). Either way the offsets are those of the
 * decoded text, and the result says what was done so that it can be reported.
 */

export class InputProblem extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'InputProblem';
  }
}

/** How much of the start of a file the binary check looks at (git looks at 8000 bytes). */
const SAMPLE_BYTES = 8192;

/** Decoded text, with a note when the bytes were not valid UTF-8 ("decoded as windows-1252: not valid UTF-8"). */
export interface Decoded {
  text: string;
  warning?: string;
}

/** Decode a file's bytes; throws InputProblem EBINARY for files that are not text, EENCODING for UTF-32 and UTF-16 without a byte-order mark. */
export function decodeBytes(bytes: Uint8Array): string {
  return decodeText(bytes).text;
}

/** `decodeBytes`, saying when the bytes were not valid UTF-8 and how they were read instead. */
export function decodeText(bytes: Uint8Array): Decoded {
  const { encoding, bom } = encodingOf(bytes);
  const body = bytes.subarray(bom);
  if (encoding !== 'utf-8') return { text: new TextDecoder(encoding).decode(body) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    // Not valid UTF-8: see the comment at the top.
  }
  const lossy = new TextDecoder('utf-8').decode(body);
  // A UTF-8 byte-order mark says the text is UTF-8: its stray bytes are replaced, never read as Windows-1252.
  if (bom === 0 && !/[^\x00-\x7f\ufffd]/.test(lossy)) return { text: decodeWindows1252(body), warning: WINDOWS_1252_WARNING };
  const replaced = lossy.match(/\ufffd/g)!.length;
  return { text: lossy, warning: `not valid UTF-8 in ${replaced} place${replaced === 1 ? '' : 's'}: replaced with U+FFFD` };
}

/** decodeText's warning for bytes read as Windows-1252. */
export const WINDOWS_1252_WARNING = 'decoded as windows-1252: not valid UTF-8';

/**
 * The labels that name Windows-1252 in the WHATWG Encoding Standard, lower case: browsers read a page declared
 * Latin-1 or ASCII as Windows-1252 too.
 */
export const WINDOWS_1252_LABELS: ReadonlySet<string> = new Set([
  'windows-1252', 'x-cp1252', 'cp1252', 'iso-8859-1', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'latin1', 'l1',
  'csisolatin1', 'iso-ir-100', 'ibm819', 'cp819', 'us-ascii', 'ascii', 'ansi_x3.4-1968',
]);

/** Bytes from the start of a file that encodingOf looks at: a byte-order mark and the sample after it. */
export const HEAD_BYTES = 4 + SAMPLE_BYTES;

/**
 * How to decode a file, from its first HEAD_BYTES bytes (or all of them, when
 * there are fewer): the encoding its byte-order mark names (UTF-8 without
 * one), and the mark's length. Throws InputProblem for UTF-32, UTF-16 without
 * a mark (EENCODING) and bytes that are not text (EBINARY). A .jsonl file read
 * line by line is judged by its start, as a file read whole is.
 */
export function encodingOf(head: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; bom: number } {
  // UTF-32 LE starts like UTF-16 LE (FF FE), so it is checked first.
  if (startsWith(head, [0xff, 0xfe, 0, 0]) || startsWith(head, [0, 0, 0xfe, 0xff])) {
    throw new InputProblem('EENCODING', 'UTF-32 text is not supported: convert the file to UTF-8');
  }
  const [encoding, bom] = startsWith(head, [0xef, 0xbb, 0xbf]) ? ['utf-8', 3] as const
    : startsWith(head, [0xff, 0xfe]) ? ['utf-16le', 2] as const
    : startsWith(head, [0xfe, 0xff]) ? ['utf-16be', 2] as const
    : ['utf-8', 0] as const;
  const body = head.subarray(bom);
  const utf16 = bom === 0 ? utf16WithoutMark(body) : null;
  if (utf16) {
    const name = utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
    throw new InputProblem('EENCODING', `UTF-16 without a byte-order mark (${name}, by its NUL bytes): not read; convert it to UTF-8 (iconv -f ${name} -t UTF-8)`);
  }
  if (looksBinary(new TextDecoder(encoding).decode(body.subarray(0, SAMPLE_BYTES)))) {
    throw new InputProblem('EBINARY', 'binary file (not text): not analysed');
  }
  return { encoding, bom };
}

/**
 * Windows-1252 as the WHATWG Encoding Standard defines it: Latin-1, except
 * that 0x80–0x9F are the curly quotes, dashes, € and so on. Not Node's
 * TextDecoder('windows-1252'): since Node 20.18.3 it decodes those bytes as
 * Latin-1 control characters (nodejs/node#60888). One byte, one UTF-16 unit.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_80_9F[c.charCodeAt(0) - 0x80]!);
}

/** 0x80–0x9F in Windows-1252; the five bytes it leaves undefined stay the C1 controls of the same number, as in WHATWG. */
const WINDOWS_1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
].map((c) => String.fromCharCode(c));

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Which UTF-16, when bytes without a byte-order mark look like it: in the
 * sample, NUL in at least 40% of the high bytes of its pairs (odd bytes for
 * little-endian, even for big-endian; text in a Latin script has them all
 * NUL) and in at most 5% of the low bytes, and read so, the sample is text.
 * Such bytes are otherwise refused as binary (NUL bytes). Text in a script
 * beyond Latin-1 has few NUL bytes, and is not recognised.
 */
export function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4 || !bytes.subarray(0, n).includes(0)) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  const encoding = oddNul >= pairs * 0.4 && evenNul <= pairs * 0.05 ? 'utf-16le'
    : evenNul >= pairs * 0.4 && oddNul <= pairs * 0.05 ? 'utf-16be'
    : null;
  return encoding && !looksBinary(new TextDecoder(encoding).decode(bytes.subarray(0, n))) ? encoding : null;
}

/**
 * A NUL character, more than 10% control characters, or more than 30%
 * control and replacement characters together (random bytes are mostly
 * invalid UTF-8; a Latin-1 text has a few per cent and is still analysed).
 */
function looksBinary(sample: string): boolean {
  let control = 0;
  let replaced = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f) control++;
    else if (c === 0xfffd) replaced++;
  }
  const n = sample.length;
  return n > 0 && (control > n * 0.1 || control + replaced > n * 0.3);
}
