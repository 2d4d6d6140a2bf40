/**
 * The progress line of analyze and check: "analysed N of M documents (P%)…" (or "analysed N documents…" when M is
 * unknown), rewritten in place on stderr, only for a terminal and outside CI, and from the second document on: one
 * article needs no progress line. Called with `null` at the end, it clears the line.
 */
export function progressReporter(stderr: { write(s: string): unknown; isTTY?: boolean }, env: Record<string, string | undefined>, verb = 'analysed'): (done: number | null, total: number | null) => void {
  if (!stderr.isTTY || env.CI) return () => {};
  let last = 0;
  return (done, total) => {
    if (done === null) {
      if (last > 0) stderr.write('\r\x1b[K');
      return;
    }
    if (done < 2) return;
    const now = Date.now();
    if (now - last < 200) return;
    last = now;
    const count = total === null ? `${done.toLocaleString('en-US')} document${done === 1 ? '' : 's'}` : `${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} documents (${Math.floor((100 * done) / total)}%)`;
    stderr.write(`\r${verb} ${count}…`);
  };
}
