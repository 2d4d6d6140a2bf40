/**
 * JSONL read as a stream (`attrib analyze --stdin-format jsonl -`): each line
 * becomes an article as soon as it has arrived, so attrib can run as a filter
 * (GNU parallel --pipe, Hadoop Streaming, Spark's RDD.pipe()) over input of
 * any length. `--max-bytes` bounds each line rather than the stream: a longer
 * line is reported as ETOOLARGE and dropped as it arrives, never held whole.
 *
 * Records are parsed as in a .jsonl file (same names, line numbers, errors and warnings),
 * so a stream and the same lines in a file give the same articles. A stream
 * without records (empty, or blank lines only) gives nothing, where a .jsonl
 * file without records is an error (EEMPTY): a filter meets empty pieces of
 * a corpus in the normal course (Spark's RDD.pipe() runs the command on empty
 * partitions too), and must pass them as it passes any other piece.
 */
import { decodeText, InputProblem, utf16WithoutMark, type Decoded } from './decode.js';
import { jsonlRecord, lineError, RecordNames } from './formats.js';
import { withWarning, type LoadItem } from './index.js';

const NEWLINE = 0x0a;

/** The articles (or errors) of the JSONL lines in `chunks`, in order. */
export async function* streamJsonl(path: string, chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<LoadItem> {
  const names = new RecordNames('line');
  const at = { line: 0 };
  for await (const bytes of byteLines(chunks, maxBytes)) {
    if (at.line === 0 && bytes && (startsWithUtf16Mark(bytes) || utf16WithoutMark(bytes))) {
      yield { error: { path, code: 'EENCODING', message: 'JSONL is read as UTF-8 lines: convert this UTF-16 input to UTF-8' } };
      return;
    }
    if (bytes === null) {
      yield lineOverLimit(path, at, maxBytes);
      continue;
    }
    yield* lineItems(path, bytes, at, names);
  }
}

/** A line of more than `maxBytes` (the next line, `at.line` counting it), as an error: its bytes were dropped unread. */
export function lineOverLimit(path: string, at: { line: number }, maxBytes: number): LoadItem {
  at.line++;
  return { error: lineError(path, at.line, 'ETOOLARGE', `more than ${maxBytes} bytes, over the limit (--max-bytes)`) };
}

/**
 * The records (or errors) of one line of a JSONL input, its bytes without the "\n", decoded on its own (a
 * Windows-1252 record among UTF-8 ones keeps its characters); `at.line` counts the lines read so far (a lone
 * "\r" ends a line too, as in a .jsonl file read whole). `decode` is decodeText unless the caller knows the
 * line's encoding (a .jsonl file that is valid UTF-8 throughout: jsonl-file.ts).
 */
export function* lineItems(path: string, bytes: Uint8Array, at: { line: number }, names: RecordNames, decode: (bytes: Uint8Array) => Decoded = decodeText): Generator<LoadItem> {
  let text: string;
  let warning: string | undefined;
  try {
    ({ text, warning } = decode(bytes));
  } catch (e) {
    at.line++;
    const code = e instanceof InputProblem ? e.code : 'EINTERNAL';
    yield { error: lineError(path, at.line, code, (e as Error).message) };
    return;
  }
  // "\r\n" ends a line like "\n"; a lone "\r" does too, as in a .jsonl file.
  for (const line of text.replace(/\r$/, '').split('\r')) {
    const record = jsonlRecord(path, line, ++at.line, names);
    if (!record) continue;
    yield record.article ? { article: withWarning(record.article, path, warning) } : { error: record.error! };
  }
}

/**
 * The lines of a byte stream, without their "\n"; null stands for a line of
 * more than `maxBytes`, whose bytes are dropped as they arrive.
 */
async function* byteLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Buffer | null> {
  const lines = new LineSplitter(maxBytes, UTF8_PIECES);
  for await (const chunk of chunks) yield* lines.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  yield* lines.end();
}

/**
 * What LineSplitter needs to know of the pieces it is given: where "\n" is, how to cut and join them, and how many
 * bytes of the input a piece stands for, which is what `--max-bytes` measures (`wc -c`, whatever the encoding).
 */
export interface Pieces<P> {
  /** The index of the next "\n" in `piece` at or after `from`, or -1. */
  newline(piece: P, from: number): number;
  slice(piece: P, from: number, end?: number): P;
  /** The bytes of the input the piece was read from. */
  bytes(piece: P): number;
  /** A line's pieces as UTF-8 bytes; `bytes` is their total measure. */
  join(parts: P[], bytes: number): Buffer;
}

/** UTF-8 bytes, each piece a Buffer of the input itself (kept by reference). */
export const UTF8_PIECES: Pieces<Buffer> = {
  newline: (piece, from) => piece.indexOf(NEWLINE, from),
  slice: (piece, from, end) => piece.subarray(from, end),
  bytes: (piece) => piece.length,
  join: (parts, bytes) => Buffer.concat(parts, bytes),
};

/**
 * Text decoded from UTF-16, measured in the file's bytes, two per code unit. (Measured in UTF-8 after decoding, a
 * line of ASCII text passed at twice the limit, and one of CJK text, three UTF-8 bytes a character, was refused at
 * two thirds of it.)
 */
export const UTF16_TEXT_PIECES: Pieces<string> = {
  newline: (piece, from) => piece.indexOf('\n', from),
  slice: (piece, from, end) => piece.slice(from, end),
  bytes: (piece) => 2 * piece.length,
  join: (parts) => Buffer.from(parts.join(''), 'utf8'),
};

/**
 * Cuts input, given a piece at a time, into lines without their "\n" (a "\r"
 * stays on its line); null stands for a line of more than `maxBytes`, as
 * `pieces` measures it, whose pieces are dropped as they come, so that no line
 * over the limit is ever held. (For a stream, and for a .jsonl file read in
 * chunks, UTF-8 or UTF-16.)
 */
export class LineSplitter<P> {
  private parts: P[] = [];
  private size = 0;
  private tooLong = false;

  constructor(
    private readonly maxBytes: number,
    private readonly pieces: Pieces<P>,
  ) {}

  /** The lines that `chunk` completes (it is kept by reference: the caller must not reuse a buffer given). */
  *push(chunk: P): Generator<Buffer | null> {
    const { newline, slice } = this.pieces;
    let from = 0;
    for (let end = newline(chunk, from); end !== -1; from = end + 1, end = newline(chunk, from)) {
      this.add(slice(chunk, from, end));
      yield this.take();
    }
    this.add(slice(chunk, from));
  }

  /** The last line, when the input does not end with "\n". */
  *end(): Generator<Buffer | null> {
    if (this.size > 0 || this.tooLong) yield this.take();
  }

  private add(piece: P): void {
    const bytes = this.pieces.bytes(piece);
    this.size += bytes;
    if (this.size > this.maxBytes) {
      this.tooLong = true;
      this.parts = [];
    } else if (!this.tooLong && bytes > 0) {
      this.parts.push(piece);
    }
  }

  private take(): Buffer | null {
    const line = this.tooLong ? null : this.pieces.join(this.parts, this.size);
    this.parts = [];
    this.size = 0;
    this.tooLong = false;
    return line;
  }
}

function startsWithUtf16Mark(bytes: Buffer): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}
