/**
 * `--format html` without a browser: the marked-text builder on random nested
 * and crossing ranges, escaping of hostile articles, the index of several
 * articles, findings in the margin, and the CLI's `analyze --format html`,
 * `-o` and `check --format html`.
 * test/browser.test.ts checks the same page in Chromium.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText, buildReport } from '../src/analyze.js';
import { lineLocator } from '../src/positions.js';
import { formatHtml } from '../src/report/html.js';
import { renderMarkedText, type Markup } from '../src/report/html/marks.js';
import type { DocumentResult, Finding, Report } from '../src/types.js';
import { ROOT, runCli, SEED } from './helpers.js';

const UNESCAPE: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescape = (s: string): string => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => UNESCAPE[e]!);
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** For each character of the rendered text, the data-id values of the elements around it, outermost first. */
function coverageOf(html: string): { text: string; ids: string[][]; firsts: string[] } {
  let text = '';
  const ids: string[][] = [];
  const firsts: string[] = [];
  const open: string[] = [];
  for (const [, close, attrs, chars] of html.matchAll(/<(\/?)(?:mark|span)((?:\s[^>]*)?)>|([^<]+)/g)) {
    if (chars !== undefined) {
      for (const ch of unescape(chars)) {
        text += ch;
        ids.push([...open]);
      }
    } else if (close) {
      open.pop();
    } else {
      const id = /data-id="(\d+)"/.exec(attrs!)![1]!;
      open.push(id);
      if (attrs!.includes('data-first=')) firsts.push(id);
    }
  }
  expect(open).toEqual([]);
  return { text, ids, firsts };
}

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): (n: number) => number {
  let a = seed;
  return (n) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

describe('renderMarkedText', () => {
  it('puts every character inside exactly the ranges that cover it, outer ranges outside, on random nested and crossing ranges', () => {
    const alphabet = 'ab <>&"\' “”';
    for (let seed = 1; seed <= 400; seed++) {
      const rand = random(seed);
      const text = Array.from({ length: 10 + rand(50) }, () => alphabet[rand(alphabet.length)]).join('');
      const markups: Markup[] = Array.from({ length: rand(9) }, (_, i) => {
        const start = rand(text.length);
        return { start, end: start + 1 + rand(text.length - start), tag: rand(2) ? 'mark' : 'span', rank: rand(3), attrs: { 'data-id': String(i) }, firstAttrs: { 'data-first': '' } };
      });
      const from = rand(text.length);
      const range = { start: from, end: from + 1 + rand(text.length - from) };
      const { text: shown, ids, firsts } = coverageOf(renderMarkedText(text, range, markups));

      expect(shown).toBe(text.slice(range.start, range.end));
      ids.forEach((around, i) => {
        const offset = range.start + i;
        const covering = markups.map((m, id) => ({ m, id: String(id) })).filter(({ m }) => m.start <= offset && offset < m.end);
        expect([...around].sort()).toEqual(covering.map((c) => c.id).sort());
        // A range that strictly contains another is the outer element.
        for (const a of covering) {
          for (const b of covering) {
            const contains = a.m.start <= b.m.start && b.m.end <= a.m.end && (a.m.start < b.m.start || b.m.end < a.m.end);
            if (contains) expect(around.indexOf(a.id)).toBeLessThan(around.indexOf(b.id));
          }
        }
      });
      // The once-per-range attributes go on the fragment that opens at the range's start, if it is shown.
      const expectedFirsts = markups.map((m, id) => ({ m, id: String(id) })).filter(({ m }) => m.start >= range.start && m.start < range.end).map((x) => x.id);
      expect([...firsts].sort()).toEqual(expectedFirsts.sort());
    }
  });
});

/** The page for documents analysed from the given texts. */
function page(texts: string[], edit?: (docs: DocumentResult[]) => void): { html: string; report: Report } {
  const documents = texts.map((text, i) => analyzeText(text, { path: `articles/${i + 1}.txt` }));
  edit?.(documents);
  const report = buildReport(documents, []);
  return { html: formatHtml(report, texts), report };
}

/** The article text as rendered: the `<p>` of each paragraph row, tags removed. */
function renderedText(html: string): string {
  return collapse([...html.matchAll(/<div class="para"><p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => unescape(m[1]!.replace(/<[^>]+>/g, ''))).join(' '));
}

describe('formatHtml', () => {
  const seedText = readFileSync(SEED, 'utf8');

  it('highlights every attribution and lists every speaker of the seed, keeping all of its text', () => {
    const { html, report } = page([seedText]);
    const doc = report.documents[0]!;
    const highlighted = new Set([...html.matchAll(/<mark class="att [^"]*" data-att="([^"]+)"/g)].map((m) => m[1]));
    expect([...highlighted].sort()).toEqual(doc.attributions.map((a) => a.id).sort());
    const legend = [...html.matchAll(/<button type="button" class="spk-btn" data-speaker="([^"]+)"/g)].map((m) => m[1]);
    expect(legend).toEqual(doc.speakers.map((s) => s.id));
    expect(renderedText(html)).toBe(collapse(seedText));
    for (const q of doc.quotes.filter((x) => x.attributionId === null)) expect(html).toContain(`<span class="scare" title="scare quote: quotation marks attributed to no one">${q.text}</span>`);
  });

  it('names speaker, cue, stance, kind and confidence in each highlight’s hover text', () => {
    const { html, report } = page([seedText]);
    const doc = report.documents[0]!;
    for (const a of doc.attributions.filter((x) => x.cue && x.speakerId)) {
      const title = unescape(new RegExp(`<mark class="att [^"]*" data-att="${a.id}" data-speaker="[^"]+" title="([^"]*)"`).exec(html)![1]!);
      const speaker = doc.speakers.find((s) => s.id === a.speakerId)!;
      expect(title).toContain(speaker.name);
      expect(title).toContain(`“${a.cue!.text}”`);
      expect(title).toContain(`stance ${a.cue!.stance}`);
      expect(title).toContain(`kind: ${a.kind}`);
      expect(title).toContain(`confidence: ${a.confidence.toFixed(2)}`);
    }
  });

  it('is self-contained: no URL, font or import, and a Content Security Policy that admits only its own style and script', () => {
    const { html } = page([seedText]);
    expect(html).not.toMatch(/https?:|src=|url\(|@import|@font-face|<link/i);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    const hash = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).toContain(`script-src ${hash(script)}`);
  });

  it('escapes markup and script in the title, the text and speaker names', async () => {
    const text = `<script>alert("title")</script> Vote <b>day</b>

“<img src=x onerror=alert(1)>We will </p></div><script>alert(2)</script> win,” said Mayor Jo O'Hara & co.

Critics claimed that the plan was an <iframe src="https://example.com/"></iframe> “utter disaster”.
`;
    const { stdout: html } = await runCli(['analyze', '-', '--format', 'html'], { stdin: text }); // the loader reads the first line as the title
    expect(html).toContain('<h2>&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; Vote &lt;b&gt;day&lt;/b&gt;</h2>');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img|<iframe|<b>/); // "onerror=alert" remains, as inert text
    expect(renderedText(html)).toBe(collapse(text));
  });

  it('indexes several articles with their attributions, speakers, anonymous share and non-neutral cue share', () => {
    const texts = [
      seedText,
      'Sources said the deal was close. The minister claimed that the talks had failed, and an aide denied it.\n\nOfficials said the vote would go ahead.',
      'Nothing anyone said about it.',
    ];
    const { html, report } = page(texts);
    const rows = [...html.matchAll(/<tr><td><a href="#(doc-\d+)">.*?<\/tr>/g)];
    expect(rows.map((r) => r[1])).toEqual(['doc-1', 'doc-2', 'doc-3']);
    report.documents.forEach((doc, i) => {
      expect(html).toContain(`<article class="doc" id="doc-${i + 1}">`);
      const cells = [...rows[i]![0].matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => m[1]);
      const type = new Map(doc.speakers.map((s) => [s.id, s.type]));
      const share = (part: number, whole: number): string => (whole ? `${Math.round((100 * part) / whole)}%` : '—');
      const withCue = doc.attributions.filter((a) => a.cue);
      expect(cells).toEqual([
        String(doc.attributions.length),
        String(doc.speakers.length),
        share(doc.attributions.filter((a) => a.speakerId && type.get(a.speakerId) === 'anonymous').length, doc.attributions.length),
        share(withCue.filter((a) => a.cue!.stance !== 'neutral').length, withCue.length),
      ]);
    });
    // The second article is there to exercise both shares.
    expect(rows[1]![0]).not.toMatch(/<td class="num">(0%|—)<\/td><td class="num">(0%|—)<\/td><\/tr>$/);
  });

  it('shows findings in the margin of the paragraph they concern, numbered in the text', () => {
    const { html, report } = page([seedText], ([doc]) => {
      const locate = lineLocator(seedText);
      const loaded = doc!.attributions.filter((a) => a.cue && a.cue.stance !== 'neutral');
      doc!.findings = loaded.map((a): Finding => ({
        ruleId: 'loaded-verb', severity: a.cue!.stance === 'accusing' ? 'error' : 'warning', message: `“${a.cue!.text}” <b>is loaded</b>`,
        start: a.cue!.start, end: a.cue!.end, ...locate(a.cue!.start), attributionId: a.id,
      }));
    });
    const findings = report.documents[0]!.findings;
    expect(findings.length).toBeGreaterThan(1);
    const rows = html.split('<div class="para">').slice(1);
    findings.forEach((f, i) => {
      const n = i + 1;
      const row = rows.find((r) => r.includes(`data-note="${n}"`));
      expect(row, `finding ${n} in the text`).toBeDefined();
      expect(row).toMatch(new RegExp(`<span class="finding sev-${f.severity}" data-finding="${n}" title="[^"]*" data-note="${n}"><span class="cue[^>]*>${seedText.slice(f.start, f.end)}</span>`));
      expect(row).toContain(`<div class="note sev-${f.severity}" data-finding="${n}"><span class="note-no">${n}</span>`);
    });
    expect(html).toContain('&lt;b&gt;is loaded&lt;/b&gt;');
    expect(html).not.toContain('<b>is loaded</b>');
  });

  it('refuses a report whose texts do not match its documents', () => {
    const report = buildReport([analyzeText(seedText)], []);
    expect(() => formatHtml(report, [])).toThrow(/one article text per document: got 0 texts for 1 documents/);
  });
});

describe('attrib analyze --format html', () => {
  it('prints the page on stdout, or writes it with -o and prints nothing', async () => {
    const printed = await runCli(['analyze', SEED, '--format', 'html']);
    expect(printed.code).toBe(0);
    expect(printed.stdout.startsWith('<!doctype html>')).toBe(true);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'attrib-html-'));
    const file = path.join(dir, 'report.html');
    const written = await runCli(['analyze', SEED, '-f', 'html', '-o', file]);
    const page = readFileSync(file, 'utf8');
    rmSync(dir, { recursive: true, force: true });
    expect(written).toMatchObject({ code: 0, stdout: '' });
    expect(page).toBe(printed.stdout);
  });

  it('lists the inputs that failed, escaped, and exits 1 with the rest reported', async () => {
    const missing = path.join(os.tmpdir(), 'attrib-missing-<b>.txt');
    const run = await runCli(['analyze', SEED, missing, '-f', 'html']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`<h2>Inputs that failed (1)</h2><ul><li><code>${missing.replace('<b>', '&lt;b&gt;')}</code>`);
    expect(run.stdout).toContain('<article class="doc" id="doc-1">');
  });

  it('names the file it cannot write, and why, in the same words and with exit 2 as check does', async () => {
    const file = path.join(os.tmpdir(), 'attrib-no-such-dir', 'deeper', 'report.html');
    const run = await runCli(['analyze', SEED, '-f', 'html', '-o', file]);
    expect(run.code).toBe(2);
    const checked = await runCli(['check', SEED, '-o', file]);
    expect(checked.code).toBe(2);
    expect(run.stderr).toContain(`attrib: cannot write ${file}: no such file or directory (ENOENT)`);
    expect(checked.stderr).toContain(`attrib: cannot write ${file}: no such file or directory (ENOENT)`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('attrib check --format html puts the same findings in the margin, with the same exit code', async () => {
    const article = path.join(ROOT, 'fixtures', 'check', 'exit-codes', 'sourcing-problems.md');
    const json = await runCli(['check', article, '--format', 'json']);
    const html = await runCli(['check', article, '--format', 'html']);
    const findings = (JSON.parse(json.stdout) as Report).documents[0]!.findings;
    expect(findings.length).toBeGreaterThanOrEqual(3);
    expect(html.code).toBe(json.code);
    const notes = [...html.stdout.matchAll(/<div class="note sev-(\w+)" data-finding="(\d+)"><span class="note-no">\d+<\/span><b>[^<]*<\/b> [^<]* <code>([\w-]+) · (\d+):(\d+)<\/code>/g)];
    expect(notes.map((m) => [m[1], m[3], Number(m[4]), Number(m[5])])).toEqual(findings.map((f) => [f.severity, f.ruleId, f.line, f.column]));
  });

  it('leaves the JSON output without the article text', async () => {
    const run = await runCli(['analyze', SEED, '--format', 'json']);
    expect(Object.keys((JSON.parse(run.stdout) as Report).documents[0]!).sort()).toEqual(['attributions', 'findings', 'format', 'path', 'quotes', 'speakers', 'title']);
  });
});
