/** `--format jsonl`: one document object per line, written as each is ready. Errors go to stderr. */
import type { DocumentResult } from '../types.js';

export function formatJsonlLine(document: DocumentResult): string {
  return JSON.stringify(document) + '\n';
}
