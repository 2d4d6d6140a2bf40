/** `--format jsonl`: one document object per line, written as each is ready. Errors go to stderr. */
import type { DocumentResult } from '../types.js';

/** The document's line; from its JSON when that is at hand (a worker's result), so that it is not parsed and serialised again. */
export function formatJsonlLine(result: { document: DocumentResult; documentJson?: string }): string {
  return (result.documentJson ?? JSON.stringify(result.document)) + '\n';
}
