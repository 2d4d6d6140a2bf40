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
import { decodeText, InputProblem, utf16WithoutMark } from './decode.js';
import { jsonlLinePath, jsonlRecord, RecordNames } from './formats.js';
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
      at.line++;
      yield { error: { path: jsonlLinePath(path, at.line), code: 'ETOOLARGE', message: `line ${at.line}: more than ${maxBytes} bytes, over the limit (--max-bytes)` } };
      continue;
    }
    yield* lineItems(path, bytes, at, names);
  }
}

/**
 * The records (or errors) of one line of a JSONL input, its bytes without the "\n", decoded on its own (a
 * Windows-1252 record among UTF-8 ones keeps its characters); `at.line` counts the lines read so far (a lone
 * "\r" ends a line too, as in a .jsonl file). Used for a stream, and for a .jsonl file that is not valid UTF-8.
 */
export function* lineItems(path: string, bytes: Uint8Array, at: { line: number }, names: RecordNames): Generator<LoadItem> {
  let text: string;
  let warning: string | undefined;
  try {
    ({ text, warning } = decodeText(bytes));
  } catch (e) {
    at.line++;
    const code = e instanceof InputProblem ? e.code : 'EINTERNAL';
    yield { error: { path: jsonlLinePath(path, at.line), code, message: `line ${at.line}: ${(e as Error).message}` } };
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
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  const add = (piece: Buffer): void => {
    size += piece.length;
    if (size > maxBytes) {
      tooLong = true;
      parts = [];
    } else if (!tooLong && piece.length > 0) {
      parts.push(piece);
    }
  };
  for await (const chunk of chunks) {
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let end = buffer.indexOf(NEWLINE, from); end !== -1; from = end + 1, end = buffer.indexOf(NEWLINE, from)) {
      add(buffer.subarray(from, end));
      yield tooLong ? null : Buffer.concat(parts, size);
      parts = [];
      size = 0;
      tooLong = false;
    }
    add(buffer.subarray(from));
  }
  if (size > 0 || tooLong) yield tooLong ? null : Buffer.concat(parts, size);
}

function startsWithUtf16Mark(bytes: Buffer): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}
