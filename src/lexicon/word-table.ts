/**
 * `entries` itself, without Object.prototype: an article's words (and a file's extension, an HTML entity's name)
 * index these tables, and on a plain object "constructor" or "toString" finds the prototype's function instead of
 * nothing ("The constructor said …" once failed the whole article).
 */
export function wordTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.setPrototypeOf(entries, null) as Record<string, T>;
}
