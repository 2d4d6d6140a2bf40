/** `--format jsonl`: one document object per line, written as each is ready. Errors go to stderr. */
import type { DocumentResult } from '../types.js';

/** The document's line; `documentJson` is the document already serialised (by a worker thread), if it was. */
export function formatJsonlLine(item: { document: DocumentResult; documentJson?: string }): string {
  return (item.documentJson ?? JSON.stringify(item.document)) + '\n';
}
