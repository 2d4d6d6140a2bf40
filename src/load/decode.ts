/**
 * Bytes to text: byte-order marks (UTF-8, UTF-16 LE/BE), invalid UTF-8
 * replaced with U+FFFD, and binary files refused.
 */

export class InputProblem extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'InputProblem';
  }
}

/** Decode a file's bytes; throws InputProblem EBINARY for files that are not text. */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) throw new InputProblem('EBINARY', 'binary file (not text): not analysed');
  return new TextDecoder('utf-8').decode(bytes);
}

/** NUL bytes, or many control characters, in the first 8 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}
