/**
 * Bytes to text: byte-order marks (UTF-8, UTF-16 LE/BE), invalid UTF-8
 * replaced with U+FFFD (one per bad sequence, so offsets stay consistent with
 * the decoded text), and binary files refused.
 */

export class InputProblem extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'InputProblem';
  }
}

/** How much of the start of a file the binary check looks at (git looks at 8000 bytes). */
const SAMPLE_BYTES = 8192;

/** Decode a file's bytes; throws InputProblem EBINARY for files that are not text, EENCODING for UTF-32. */
export function decodeBytes(bytes: Uint8Array): string {
  // UTF-32 LE starts like UTF-16 LE (FF FE), so it is checked first.
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    throw new InputProblem('EENCODING', 'UTF-32 text is not supported: convert the file to UTF-8');
  }
  const [encoding, bom] = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? ['utf-8', 3]
    : startsWith(bytes, [0xff, 0xfe]) ? ['utf-16le', 2]
    : startsWith(bytes, [0xfe, 0xff]) ? ['utf-16be', 2]
    : ['utf-8', 0];
  const body = bytes.subarray(bom);
  if (looksBinary(new TextDecoder(encoding).decode(body.subarray(0, SAMPLE_BYTES)))) {
    throw new InputProblem('EBINARY', 'binary file (not text): not analysed');
  }
  return new TextDecoder(encoding).decode(body);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
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
