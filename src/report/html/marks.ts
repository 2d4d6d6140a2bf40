/**
 * Marked-up text for the HTML report: ranges of the article (attribution
 * contents, cues, sources, quotes, findings) become nested elements around
 * escaped text. Ranges may nest or cross (an attribution inside another's
 * content; a quote whose closing mark lies past the content), so the output is
 * built from the sorted boundaries of all ranges rather than by string
 * replacement: between two boundaries the set of covering ranges is constant,
 * and an element that must close while a later-opened one is still open is
 * split into fragments.
 */
import type { Span } from '../../types.js';

/** One range of the text and the element that marks it. */
export interface Markup extends Span {
  tag: 'mark' | 'span';
  /** Written on every fragment; values are escaped. */
  attrs: Record<string, string>;
  /** Written on the fragment that opens at `start` only (a label shown once per range). */
  firstAttrs?: Record<string, string>;
  /** Tie-break between equal ranges: the lower rank is the outer element. */
  rank: number;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

export function attributes(attrs: Record<string, string>): string {
  return Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
}

/** Outer before inner: earlier start, then longer range, then lower rank, then input order. */
function compareMarkups(a: Markup, b: Markup): number {
  return a.start - b.start || b.end - a.end || a.rank - b.rank;
}

/**
 * The text of `range` with the markups that overlap it, clipped to it. Every
 * character ends up inside exactly the elements whose markups cover it, outer
 * ranges as outer elements.
 */
export function renderMarkedText(text: string, range: Span, markups: readonly Markup[]): string {
  const clipped = markups
    .map((m) => ({ markup: m, start: Math.max(m.start, range.start), end: Math.min(m.end, range.end) }))
    .filter((c) => c.start < c.end)
    .sort((a, b) => compareMarkups(a.markup, b.markup));
  const boundaries = [...new Set([range.start, range.end, ...clipped.flatMap((c) => [c.start, c.end])])].sort((a, b) => a - b);

  let out = '';
  let open: typeof clipped = [];
  let next = 0; // the first range not yet opened
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const from = boundaries[i]!;
    const to = boundaries[i + 1]!;
    // No boundary lies inside (from, to), so each range covers all of it or none of it. The ranges
    // still open plus those starting here, in that order, are the covering ones in outer-to-inner order.
    const covering = open.filter((c) => c.end > from);
    while (next < clipped.length && clipped[next]!.start === from) covering.push(clipped[next++]!);
    let kept = 0;
    while (kept < open.length && kept < covering.length && open[kept] === covering[kept]) kept++;
    for (let j = open.length - 1; j >= kept; j--) out += `</${open[j]!.markup.tag}>`;
    for (const c of covering.slice(kept)) {
      const { tag, attrs, firstAttrs, start } = c.markup;
      out += `<${tag}${attributes(from === start && firstAttrs ? { ...attrs, ...firstAttrs } : attrs)}>`;
    }
    out += escapeHtml(text.slice(from, to));
    open = covering;
  }
  for (let j = open.length - 1; j >= 0; j--) out += `</${open[j]!.markup.tag}>`;
  return out;
}
