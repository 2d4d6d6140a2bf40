/**
 * The HTML report in a real browser: headless Chromium (Debian's `chromium`
 * package, installed by .ci/run) driven by playwright-core. The reports are
 * built by the CLI from dist/, as a user would (`npm test` builds first).
 * Screenshots go to test-output/; docs/seed-report.png is a copy of seed-report-1280.png.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/types.js';
import { ROOT, SEED } from './helpers.js';

const OUT = path.join(ROOT, 'test-output');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function attrib(args: string[]): string {
  return execFileSync(process.execPath, [path.join(ROOT, 'bin', 'attrib.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

/** A hostile article of our own: markup and script in the title, the text, a quote and a speaker's name. */
const HOSTILE = `<script>window.__pwned = "title"</script> Council <b>vote</b>

“<img src=x onerror="window.__pwned='img'">We will </p></div><script>window.__pwned = "quote"</script> win,” said Mayor Jo <i>O'Hara</i>.

Critics claimed that the plan was an <iframe src="https://example.com/"></iframe> “utter disaster” & worse.
`;

describe('HTML report in Chromium', () => {
  let context: BrowserContext;
  let userDataDir: string;
  let seedReport: Report;
  const requests: string[] = [];
  const seedHtml = path.join(OUT, 'seed-report.html');
  const hostileHtml = path.join(OUT, 'hostile-report.html');

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    attrib(['analyze', 'seeds/', '--format', 'html', '-o', seedHtml]);
    seedReport = JSON.parse(attrib(['analyze', 'seeds/', '--format', 'json'])) as Report;
    const hostileTxt = path.join(OUT, 'hostile.txt');
    writeFileSync(hostileTxt, HOSTILE);
    attrib(['analyze', hostileTxt, '--format', 'html', '-o', hostileHtml]);

    userDataDir = mkdtempSync(path.join(os.tmpdir(), 'attrib-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 } });
    context.on('request', (request) => requests.push(request.url()));
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  async function open(file: string, width = 1280): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(pathToFileURL(file).href);
    return page;
  }

  it('shows every attribution and speaker of the JSON output, each content exactly once', async () => {
    const page = await open(seedHtml);
    const doc = seedReport.documents[0]!;
    const text = readFileSync(SEED, 'utf8');

    const shown = await page.$$eval('.text mark.att[data-att]', (marks) => {
      const byId: Record<string, string> = {};
      for (const m of marks) byId[m.getAttribute('data-att')!] = (byId[m.getAttribute('data-att')!] ?? '') + m.textContent;
      return byId;
    });
    expect(Object.keys(shown).sort()).toEqual(doc.attributions.map((a) => a.id).sort());
    // Fragments of nested and crossing highlights add up to the content, in order.
    for (const a of doc.attributions) expect(shown[a.id]).toBe(a.content.spans.map((s) => text.slice(s.start, s.end)).join(''));

    const legend = await page.$$eval('.legend .spk-btn', (buttons) => buttons.map((b) => b.getAttribute('data-speaker')));
    expect(legend).toEqual(doc.speakers.map((s) => s.id));

    const scare = doc.quotes.filter((q) => q.attributionId === null).map((q) => q.text);
    expect(await page.$$eval('.text .scare', (spans) => spans.map((s) => s.textContent))).toEqual(scare);

    // The inline stylesheet passed the Content Security Policy: highlights have a colour.
    const background = await page.$eval('.text mark.att', (m) => m.ownerDocument.defaultView!.getComputedStyle(m).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    // A viewport as tall as the page, so the sticky legend is not cut to the window's height.
    await page.setViewportSize({ width: 1280, height: await page.$eval('html', (html) => html.scrollHeight) });
    await page.screenshot({ path: path.join(OUT, 'seed-report-1280.png') });
    await page.close();
  });

  it('clicking a speaker keeps only their highlights active, clicking again restores all', async () => {
    const page = await open(seedHtml);
    const doc = seedReport.documents[0]!;
    const speaker = [...doc.speakers].sort((a, b) => b.attributions - a.attributions)[0]!;
    const own = doc.attributions.filter((a) => a.speakerId === speaker.id).map((a) => a.id).sort();

    await page.click(`.spk-btn[data-speaker="${speaker.id}"]`);
    const state = await page.$$eval('.text mark.att', (marks) => marks.map((m) => ({
      id: m.getAttribute('data-att'), speaker: m.getAttribute('data-speaker'),
      active: m.classList.contains('active'), dimmed: m.classList.contains('dimmed'), background: m.ownerDocument.defaultView!.getComputedStyle(m).backgroundColor,
    })));
    const active = state.filter((m) => m.active);
    expect([...new Set(active.map((m) => m.id))].sort()).toEqual(own);
    expect(active.every((m) => m.speaker === speaker.id && !m.dimmed)).toBe(true);
    const others = state.filter((m) => m.speaker !== speaker.id);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((m) => m.dimmed && !m.active && m.background === 'rgba(0, 0, 0, 0)')).toBe(true);
    expect(await page.getAttribute(`.spk-btn[data-speaker="${speaker.id}"]`, 'aria-pressed')).toBe('true');
    expect(await page.textContent('.focus-status')).toContain(speaker.name);
    await page.screenshot({ path: path.join(OUT, 'seed-report-focused.png') });

    await page.click(`.spk-btn[data-speaker="${speaker.id}"]`);
    expect(await page.$$('.text .active, .text .dimmed')).toHaveLength(0);
    await page.close();
  });

  it('fits a phone-width screen without sideways scrolling', async () => {
    const page = await open(seedHtml, 390);
    const { scrollWidth, clientWidth } = await page.$eval('html', (html) => ({ scrollWidth: html.scrollWidth, clientWidth: html.clientWidth }));
    expect(clientWidth).toBe(390);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await page.screenshot({ path: path.join(OUT, 'seed-report-phone.png'), fullPage: true });
    await page.close();
  });

  it('runs nothing and loads nothing from an article full of markup and script', async () => {
    const page = await open(hostileHtml);
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    expect(await page.evaluate(() => (globalThis as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.$$('.page img, .page iframe, .page b, .page i, script')).toHaveLength(1); // the report's own script only
    const shownText = await page.$eval('.text', (el) => el.textContent!.replace(/\s+/g, ' ').trim());
    expect(shownText).toBe(HOSTILE.replace(/\s+/g, ' ').trim());
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('made no request beyond the report files themselves', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => url !== pathToFileURL(seedHtml).href && url !== pathToFileURL(hostileHtml).href)).toEqual([]);
  });
});
