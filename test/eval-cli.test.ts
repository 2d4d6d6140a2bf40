/** `attrib eval` end to end: one result per gold file, JSON shape, error listing, bad gold files. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, SHARED_EVAL } from './helpers.js';

const SEED_GOLD = path.join(SHARED_EVAL, 'seed-gold.json');

describe('attrib eval', () => {
  it('scores each gold file on its own, as JSON', async () => {
    const run = await runCli(['eval', '--gold', SEED_GOLD, SEED_GOLD, '--format', 'json']);
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout) as { gold: string; documents: number; metrics: { attribution: { gold: number; recall: number } } }[];
    expect(results).toHaveLength(2);
    for (const r of results) {
      expect(r.gold).toBe(SEED_GOLD);
      expect(r.documents).toBe(1);
      expect(r.metrics.attribution.gold).toBe(17);
      expect(r.metrics.attribution.recall).toBeGreaterThan(0.8);
    }
  });

  it('prints a titled table and, with --errors, the worst misses and false positives', async () => {
    const run = await runCli(['eval', '--gold', SEED_GOLD, '--errors', '2']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${SEED_GOLD}: 1 document`);
    expect(run.stdout).toMatch(/attribution match\s+\d/);
    expect(run.stdout).toContain('False positives');
  });

  it('rejects a malformed gold file with exit 2 and a message naming it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attrib-eval-'));
    const bad = path.join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"id": "x", "text": "Hi."}\n{not json\n');
    const run = await runCli(['eval', '--gold', bad]);
    rmSync(dir, { recursive: true, force: true });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad.jsonl');
    expect(run.stdout).toBe('');
  });

  it('warns on stderr, naming the file and the id, when documents of a gold file share an id', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attrib-eval-'));
    const doc = (id: string): string => JSON.stringify({ id, text: 'Harbour master Inès Walcott said the ferry would run.', quotes: [] });
    const gold = path.join(dir, 'dup.jsonl');
    writeFileSync(gold, [doc('a1'), doc('b2'), doc('a1'), doc('c3'), doc('a1')].join('\n') + '\n');
    const run = await runCli(['eval', '--gold', gold, '--format', 'json']);
    rmSync(dir, { recursive: true, force: true });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`attrib: ${gold}: duplicate document id "a1" (documents 1, 3 and 5): each is scored, under the same id (warning)\n`);
    expect((JSON.parse(run.stdout) as Array<{ documents: number }>)[0]!.documents).toBe(5);
  });

  it('reads a gold file in UTF-16 with a byte-order mark (Notepad\'s "Unicode", PowerShell 5\'s >), as it reads articles', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attrib-eval-'));
    const text = 'Ferry back\n\nHarbour master Inès Walcott said the ferry would run on Monday.';
    const gold = JSON.stringify({ id: 'ferry', text, quotes: [{ content: 'the ferry would run on Monday', contentStart: 45, contentEnd: 74, cue: 'said', cueStart: 40, cueEnd: 44, speaker: 'Inès Walcott', kind: 'indirect' }] });
    const utf8 = path.join(dir, 'utf8.json');
    const utf16 = path.join(dir, 'utf16.json');
    writeFileSync(utf8, gold);
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(gold, 'utf16le')]));
    const [a, b] = [await runCli(['eval', '--gold', utf8, '--format', 'json']), await runCli(['eval', '--gold', utf16, '--format', 'json'])];
    rmSync(dir, { recursive: true, force: true });
    expect(b.stderr).toBe('');
    expect(b.code).toBe(0);
    expect((JSON.parse(b.stdout) as Array<{ metrics: unknown }>)[0]!.metrics).toEqual((JSON.parse(a.stdout) as Array<{ metrics: unknown }>)[0]!.metrics);
  });

  it('prints Markdown tables for the README with --format markdown', async () => {
    const run = await runCli(['eval', '--gold', SEED_GOLD, SEED_GOLD, '--format', 'markdown']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\| attribution match \| [\d.]+% \| 100\.0% \|/m);
    // All of it Markdown: a heading naming each gold file (as code: paths hold "_" and "*"), then its table.
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('#'))).toEqual([`### \`${SEED_GOLD}\` (1 document)`, `### \`${SEED_GOLD}\` (1 document)`]);
    for (const line of lines) expect(line, line).toMatch(/^(### .+|\|.*\||)$/);
  });

  it('prints the --errors N listing with --format markdown too, as Markdown lists under the table', async () => {
    const run = await runCli(['eval', '--gold', SEED_GOLD, '--errors', '2', '--format', 'markdown']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('#### '))).toEqual([
      expect.stringMatching(/^#### Misses \(.*: \d+$/),
      expect.stringMatching(/^#### False positives \(.*: [12]$/),
      expect.stringMatching(/^#### Wrong source or cue \(.*: \d+$/),
    ]);
    // The seed has false positives: each a numbered item naming its document, then its content and context in code spans.
    expect(run.stdout).toMatch(/^1\. `kazakhstan-us-denies-role` \[\d+, \d+\): \w+, \d+ words; source .*; cue .*; confidence [\d.]+\n   - content: `[^`\n]+`\n   - context: `[^`\n]*\[\[[^`\n]+\]\][^`\n]*`$/m);
    for (const line of lines) expect(line, line).toMatch(/^(#{3,4} .+|\|.*\||\d+\. .+|   - .+|\(none\)|)$/);
  });
  it('shows control characters of the article as symbols in the --errors listing, table and markdown, as the analyze table does', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attrib-eval-'));
    // A clear-screen, a window title (OSC … BEL) and a C1 CSI in the text, an ESC in the id.
    const text = 'Ferry back\n\nThe pier\x1b[2J closed early. Harbour master Ines Walcott said the \x1b]0;pwned\x07ferry would run\x9b31m on Monday.';
    const content = 'The pier\x1b[2J closed early';
    const start = text.indexOf(content);
    const gold = path.join(dir, 'ctrl.jsonl');
    writeFileSync(gold, JSON.stringify({ id: 'ferry\x1b[1m', text, quotes: [{ content, contentStart: start, contentEnd: start + content.length, kind: 'indirect' }] }) + '\n');
    const table = await runCli(['eval', '--gold', gold, '--errors', '3'], { env: { NO_COLOR: '1' } });
    const markdown = await runCli(['eval', '--gold', gold, '--errors', '3', '--format', 'markdown']);
    rmSync(dir, { recursive: true, force: true });
    for (const run of [table, markdown]) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('Ines Walcott');
      expect(run.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
      expect(run.stdout).toContain('The pier\u241b[2J closed early');
      expect(run.stdout).toContain('ferry\u241b[1m');
      expect(run.stdout).toContain('\u241b]0;pwned\u2407ferry would run\ufffd31m');
    }
  });
});
