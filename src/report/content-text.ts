/**
 * An attribution's content as the table and CSV show it: the fragments of a split quotation joined by " … " (the
 * text between them is the attribution's own "he said").
 */
import type { Attribution } from '../types.js';

export function contentFragments(a: Attribution): string {
  if (a.content.spans.length < 2) return a.content.text;
  return a.content.spans.map((sp) => a.content.text.slice(sp.start - a.content.start, sp.end - a.content.start).trim()).join(' … ');
}
