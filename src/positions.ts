/**
 * Offsets to 1-based line and column. Lines end at "\n", "\r\n" or a lone
 * "\r"; columns count UTF-16 code units, like the offsets themselves.
 */
export type LineLocator = (offset: number) => { line: number; column: number };

export function lineLocator(text: string): LineLocator {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return (offset) => {
    const line = lastAtOrBefore(starts, offset);
    return { line: line + 1, column: offset - starts[line]! + 1 };
  };
}

/** Index of the last of the ascending `starts` at or before `offset` (0 when none is). */
export function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** How many of `spans` (in text order, not overlapping) end at or before `offset`. */
export function countEndingBy(spans: readonly { end: number }[], offset: number): number {
  return countAtOrBefore(spans, 'end', offset);
}

/** How many of `spans` (ascending by start) start at or before `offset`. */
export function countStartingBy(spans: readonly { start: number }[], offset: number): number {
  return countAtOrBefore(spans, 'start', offset);
}

/** Binary search: how many of `spans`, ascending by `field`, have it at or before `offset`. */
function countAtOrBefore<F extends 'start' | 'end'>(spans: readonly Record<F, number>[], field: F, offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![field] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
