/** `--format json`: the whole report as one JSON document (schemaVersion 1). */
import type { Report } from '../types.js';

export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
