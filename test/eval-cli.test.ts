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

  it('prints Markdown tables for the README with --format markdown', async () => {
    const run = await runCli(['eval', '--gold', SEED_GOLD, SEED_GOLD, '--format', 'markdown']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\| attribution match \| [\d.]+% \| 100\.0% \|/m);
    // All of it Markdown: a heading naming each gold file (as code: paths hold "_" and "*"), then its table.
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('#'))).toEqual([`### \`${SEED_GOLD}\` (1 document)`, `### \`${SEED_GOLD}\` (1 document)`]);
    for (const line of lines) expect(line, line).toMatch(/^(### .+|\|.*\||)$/);
  });
});
