/** `--format jsonl`: one document object per line, written as each is ready. Errors go to stderr. */
import type { DocumentResult } from '../types.js';

function formatJsonlLine(document: DocumentResult): string {
  return JSON.stringify(document) + '\n';
}

/**
 * The key under which a result item carries its document's JSON in UTF-8, as a worker thread wrote it
 * (src/parallel.ts): a symbol, so that it is no part of the item's JSON nor of its public shape.
 */
export const DOCUMENT_JSON_UTF8: unique symbol = Symbol('documentJsonUtf8');

/** Writes the document's line: a worker's bytes as they came, when it was analysed on one. */
export function writeJsonlLine(write: (s: string | Uint8Array) => unknown, item: { document: DocumentResult; [DOCUMENT_JSON_UTF8]?: Uint8Array }): void {
  const bytes = item[DOCUMENT_JSON_UTF8];
  if (bytes === undefined) {
    write(formatJsonlLine(item.document));
    return;
  }
  write(bytes);
  write('\n');
}
