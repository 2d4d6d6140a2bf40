/**
 * A .jsonl file read a chunk at a time, its records given as they are read:
 * a corpus file of any size is analysed as the same lines on stdin are
 * (jsonl-stream.ts), in the memory of one line. `--max-bytes` bounds each line
 * rather than the file: a longer line is reported as ETOOLARGE and dropped as
 * it is read, never held whole.
 *
 * The records, their names, errors and warnings are those of the file read
 * whole and parsed at once (formats.ts): the file's encoding is judged by its
 * start (decode.ts encodingOf: UTF-16 with a byte-order mark is read, without
 * one refused, binary refused); a file that is valid UTF-8 throughout is read
 * as that, and one that is not has each line decoded on its own (a
 * Windows-1252 record among UTF-8 ones keeps its characters). Which of the two
 * is known only at the end of the file, so a UTF-8 file is checked in a first
 * pass (a few ms for 20 MB, against minutes of analysis) before its lines are
 * read in a second. A file with no records is EEMPTY, as a JSON array with none is.
 */
import { readSync } from 'node:fs';
import { encodingOf, HEAD_BYTES } from './decode.js';
import { RecordNames } from './formats.js';
import type { LoadItem } from './index.js';
import { lineItems, lineOverLimit, LineSplitter, UTF16_TEXT_PIECES, UTF8_PIECES } from './jsonl-stream.js';

/** Bytes read at a time. */
const CHUNK_BYTES = 64 * 1024;

/** The records (or errors) of the .jsonl file open as `fd`, read from its start; system errors are thrown. */
export function* jsonlFileItems(file: string, fd: number, maxBytes: number): Generator<LoadItem> {
  const { encoding, bom } = encodingOf(readHead(fd));
  // A UTF-8 file that is not valid UTF-8 throughout has each line decoded and judged on its own (decodeText), as
  // it always had; the lines of any other are text as in the file decoded whole (wholeFileLine).
  const decode = encoding === 'utf-8' && !validUtf8(fd) ? undefined : wholeFileLine(encoding, bom);
  const names = new RecordNames('line');
  const at = { line: 0 };
  let empty = true;
  for (const bytes of encoding === 'utf-8' ? utf8Lines(fd, maxBytes) : utf16Lines(fd, bom, encoding, maxBytes)) {
    const items = bytes === null ? [lineOverLimit(file, at, maxBytes)] : lineItems(file, bytes, at, names, decode && ((line) => decode(line, at.line === 0)));
    for (const item of items) {
      empty = false;
      yield item;
    }
  }
  if (empty) yield { error: { path: file, code: 'EEMPTY', message: 'no records: the file has no JSON lines' } };
}

/** The first HEAD_BYTES bytes of the file (fewer when it is shorter). */
function readHead(fd: number): Buffer {
  const head = Buffer.alloc(HEAD_BYTES);
  let filled = 0;
  for (let n = 1; n > 0 && filled < head.length; filled += n) n = readSync(fd, head, filled, head.length - filled, filled);
  return head.subarray(0, filled);
}

/** The file's bytes from `position`, a chunk at a time, each in a buffer of its own (LineSplitter keeps them). */
function* chunks(fd: number, position: number): Generator<Buffer> {
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    const n = readSync(fd, chunk, 0, CHUNK_BYTES, position);
    if (n === 0) return;
    position += n;
    yield chunk.subarray(0, n);
  }
}

/** The lines of a UTF-8 file, as UTF-8 bytes; null stands for a line of more than `maxBytes`, dropped as it is read. */
function* utf8Lines(fd: number, maxBytes: number): Generator<Buffer | null> {
  const lines = new LineSplitter(maxBytes, UTF8_PIECES);
  for (const chunk of chunks(fd, 0)) yield* lines.push(chunk);
  yield* lines.end();
}

/** Whether the whole file is valid UTF-8 (read through once, a chunk at a time). */
function validUtf8(fd: number): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (const chunk of chunks(fd, 0)) decoder.decode(chunk, { stream: true });
    decoder.decode();
    return true;
  } catch (e) {
    if (e instanceof TypeError) return false; // the decoder's "not valid UTF-8"; a failed read is thrown on
    throw e;
  }
}

/**
 * The lines of a UTF-16 file (after its byte-order mark), decoded as the file read whole is, each given as UTF-8
 * bytes for lineItems; null stands for a line of more than `maxBytes`, dropped as it is read. A line is measured
 * in the file's bytes, two per UTF-16 code unit, as --max-bytes measures a file, a UTF-8 line and stdin: by what
 * is stored (`wc -c`), whatever the encoding (UTF16_TEXT_PIECES). "\n" ends a line, as in a UTF-8 file ("\r"
 * stays on the line, for lineItems to read as there).
 */
function* utf16Lines(fd: number, bom: number, encoding: 'utf-16le' | 'utf-16be', maxBytes: number): Generator<Buffer | null> {
  const decoder = new TextDecoder(encoding);
  const lines = new LineSplitter(maxBytes, UTF16_TEXT_PIECES);
  for (const chunk of chunks(fd, bom)) yield* lines.push(decoder.decode(chunk, { stream: true }));
  yield* lines.push(decoder.decode());
  yield* lines.end();
}

/**
 * A line (its bytes, UTF-8) as the same line of the file decoded whole. Only the file's first line loses a
 * byte-order mark: a UTF-8 file's own, and one more after it, as decodeText's decoder drops (a UTF-16 file's
 * was dropped as it was decoded: utf16AsUtf8). No line is judged binary on its own, as none is in a file read whole.
 */
function wholeFileLine(encoding: string, bom: number): (bytes: Uint8Array, firstLine: boolean) => { text: string } {
  return (bytes, firstLine) => ({ text: firstLine && encoding === 'utf-8' ? FIRST_LINE.decode(bytes.subarray(bom)) : OTHER_LINE.decode(bytes) });
}

const FIRST_LINE = new TextDecoder('utf-8');
const OTHER_LINE = new TextDecoder('utf-8', { ignoreBOM: true });
