/**
 * The `attrib check` rules: one fixture folder per rule (fixtures/check/<rule-id>/,
 * failing and passing articles, expected.json), then each rule's logic and
 * options on small texts run through the real pipeline.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/analyze.js';
import { checkDocument, RULES, resolveConfig } from '../src/check/index.js';
import { titleSpan } from '../src/check/document.js';
import { isFullSentence } from '../src/check/rules/unattributed-quote.js';
import { parseArticles } from '../src/load/formats.js';
import type { Finding, Report } from '../src/types.js';
import { ROOT, runCli } from './helpers.js';

const CHECK_FIXTURES = path.join(ROOT, 'fixtures', 'check');

interface ExpectedFinding {
  line: number;
  column: number;
  text: string;
}

describe('rule fixtures', () => {
  it('has a folder for every rule', () => {
    for (const rule of RULES) expect(existsSync(path.join(CHECK_FIXTURES, rule.id, 'expected.json')), rule.id).toBe(true);
  });

  for (const rule of RULES) {
    it(`${rule.id}: fails the fail* articles and passes the pass* articles`, async () => {
      const dir = path.join(CHECK_FIXTURES, rule.id);
      const expected = (JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { findings: Record<string, ExpectedFinding[]> }).findings;
      const articles = readdirSync(dir).filter((f) => /^(fail|pass)/.test(f)).sort();
      // Every article is listed, and there is at least one of each kind.
      expect(Object.keys(expected).sort()).toEqual(articles);
      expect(articles.some((f) => f.startsWith('fail')) && articles.some((f) => f.startsWith('pass'))).toBe(true);

      const run = await runCli(['check', '--format', 'json', ...articles.map((f) => path.join(dir, f))], { cwd: dir });
      expect(run.stderr).toBe('');
      const report = JSON.parse(run.stdout) as Report;
      for (const doc of report.documents) {
        const name = path.basename(doc.path);
        const text = readFileSync(doc.path, 'utf8');
        const actual = doc.findings.filter((f) => f.ruleId === rule.id).map((f) => ({ line: f.line, column: f.column, text: text.slice(f.start, f.end) }));
        expect(actual, name).toEqual(expected[name]);
        if (name.startsWith('fail')) expect(actual.length, name).toBeGreaterThan(0);
      }
    });
  }
});

/** The findings of one rule on a plain text, with the rule configured as given (else its default, switched on). */
function findings(ruleId: string, text: string, setting: unknown = 'warn'): Finding[] {
  const config = resolveConfig({ rules: { [ruleId]: setting } }, 'test', '');
  const doc = analyzeText(text);
  return checkDocument(doc, text, null, config.rules).filter((f) => f.ruleId === ruleId);
}

const textOf = (text: string, f: Finding): string => text.slice(f.start, f.end);

describe('unattributed-quote', () => {
  it.each([
    ['“The pipes are failing and nobody will pay.”', true],
    ['"We will not give up. Not now, not ever."', true],
    ['"Is anyone listening?"', true],
    ['“Why Small Cities Fail”', false], // a title: no sentence-final punctuation
    ['“reckless”', false], // a scare quote
    ['"a disaster for everyone involved."', false], // a fragment: lower-case start
    ['"No comment."', false], // under three words
  ])('%s is a full sentence: %s', (quote, full) => {
    expect(isFullSentence(quote)).toBe(full);
  });

  it('cuts the quotation in its message between characters, never inside an emoji (a lone surrogate is no text, and strict JSON readers refuse its escape)', () => {
    const text = 'The council met.\n\n“We ' + 'x'.repeat(46) + '😀'.repeat(5) + ' go now.”\n';
    const [f] = findings('unattributed-quote', text, 'error');
    expect(f!.message).toContain('x…”');
    expect(f!.message).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  it('flags a quotation paragraph with no speaker, with an error and the quote position', () => {
    const text = 'The council met on Tuesday.\n\n“The pipes are failing and nobody will pay for them.”\n\nThe meeting ended at ten.';
    const [f, ...rest] = findings('unattributed-quote', text, 'error');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', line: 3, column: 1, attributionId: null });
    expect(textOf(text, f!)).toBe('“The pipes are failing and nobody will pay for them.”');
    expect(f!.message).toContain('The pipes are failing');
  });

  it.each([
    ['in the 1994 “Contract with America.”', 'The plan first appeared in the 1994 “Contract with America.” It passed.'],
    ['on a show whose name ends the sentence', 'The senator spoke on Sunday on "State of the Union." She said little.'],
  ])('does not flag a title that follows a word of its sentence (%s)', (_what, text) => {
    expect(analyzeText(text).quotes.filter((q) => q.attributionId === null)).toHaveLength(1); // the premise: an unclaimed quote
    expect(findings('unattributed-quote', text)).toEqual([]);
  });

  it.each([
    ['a headline line', 'Council delays vote\n\n“The pipes are failing and nobody will pay for them.”'],
    ['an HTML heading', '<h1>Council delays vote</h1><p>“The pipes are failing and nobody will pay for them.”</p>'],
  ])('still flags a quotation paragraph right after %s', (_what, source) => {
    const format = source.startsWith('<') ? 'html' : 'txt';
    const doc = analyzeText(source, { format });
    const config = resolveConfig({}, 'test', '');
    const text = format === 'html' ? parseArticles('-', 'html', source)[0]!.article!.text : source;
    expect(checkDocument(doc, text, null, config.rules).map((f) => f.ruleId)).toContain('unattributed-quote');
  });

  it('does not flag the same quotation with its speaker', () => {
    expect(findings('unattributed-quote', '“The pipes are failing and nobody will pay for them,” Mayor Ana Ruiz said.')).toEqual([]);
  });
});

describe('anonymous-source', () => {
  const text = 'Sources said the talks had stalled. Officials said a deal was unlikely. Union leader Carla Mendes said the members were ready.';

  it('flags every unnamed source by default, at the source words', () => {
    const found = findings('anonymous-source', text);
    expect(found.map((f) => textOf(text, f))).toEqual(['Sources', 'Officials']);
    expect(found.every((f) => f.attributionId !== null && f.severity === 'warning')).toBe(true);
  });

  it.each([[1, ['Officials']], [2, []]])('with allow %i flags only those beyond the allowance', (allow, flagged) => {
    expect(findings('anonymous-source', text, ['warn', { allow }]).map((f) => textOf(text, f))).toEqual(flagged);
  });

  it('flags a source with two cues once', () => {
    const article = 'A federal judge blocked the permit and rejected the appeal.';
    expect(analyzeText(article).attributions.length).toBe(2); // the premise: one source, two attributions
    expect(findings('anonymous-source', article).map((f) => textOf(article, f))).toEqual(['A federal judge']);
  });

  it('flags a source of two attributions once, and counts it once for allow (what angered them, and what they say)', () => {
    const article = 'The decision angered supporters of the closure, who say the branch costs the city $400,000 a year. Residents said they were worried.';
    // The premise: two attributions whose sources start at the same word (the second's span takes the ", who").
    const sources = analyzeText(article).attributions.map((a) => a.source?.text);
    expect(sources.filter((t) => t?.startsWith('supporters of the closure'))).toHaveLength(2);
    expect(findings('anonymous-source', article).map((f) => textOf(article, f))).toEqual(['supporters of the closure', 'Residents']);
    const allowed = findings('anonymous-source', article, ['warn', { allow: 1 }]);
    expect(allowed.map((f) => textOf(article, f))).toEqual(['Residents']);
    expect(allowed[0]!.message).toContain('(2 in this article, 1 allowed)');
  });

  it('does not flag an unanswered request for comment, which sources no claim', () => {
    const article = 'Sources said the mayor would veto the bill. A spokesperson did not respond to a request for comment.';
    expect(findings('anonymous-source', article).map((f) => textOf(article, f))).toEqual(['Sources']);
  });

  it('does not flag a declined comment ("declined to comment further", "refused to say whether …")', () => {
    const article = 'Sources said the mayor would veto the bill. A spokesperson declined to comment further. An aide refused to say whether the plant would close.';
    expect(findings('anonymous-source', article).map((f) => textOf(article, f))).toEqual(['Sources']);
  });
});

describe('loaded-verb', () => {
  const text = 'Mayor Ana Ruiz claimed the budget was balanced. Treasurer Tom Fisher denied that. Council member Dana Whitfield said it was not.';

  it('flags doubting, conceding and assertive cues by default and names "said"', () => {
    const found = findings('loaded-verb', text);
    expect(found.map((f) => textOf(text, f))).toEqual(['claimed']);
    expect(found[0]!.message).toMatch(/"claimed".*doubting.*"said"/);
  });

  it('flags the stances the option lists', () => {
    expect(findings('loaded-verb', text, ['warn', { stances: ['denying'] }]).map((f) => textOf(text, f))).toEqual(['denied']);
  });

  it('leaves the verbs’ other senses alone: no quotation and no clause reported ("claimed their third title", "was admitted to hospital")', () => {
    const sport = 'The Tigers claimed their third title on Sunday. Kim was admitted to hospital with a knee injury. Reed conceded two goals. Bo Kim admitted, “We lost.”';
    expect(findings('loaded-verb', sport).map((f) => textOf(sport, f))).toEqual(['admitted']);
    expect(findings('loaded-verb', sport)[0]!.start).toBe(sport.lastIndexOf('admitted'));
  });

  it('flags an infinitive or "to" and a gerund as what was said ("claimed to have read it", "admitted to taking")', () => {
    const article = 'Ruiz claimed to have read the audit. Kim admitted to taking the money. Lee vowed to raise the fee. Reed conceded to the champion in May.';
    expect(findings('loaded-verb', article).map((f) => textOf(article, f))).toEqual(['claimed', 'admitted', 'vowed']);
  });

  it('flags a clause whose past verb the lexicon reads as an adjective ("claimed the plan failed")', () => {
    const article = 'Officials claimed the rollout failed. The union conceded the vote was close.';
    expect(findings('loaded-verb', article).map((f) => textOf(article, f))).toEqual(['claimed', 'conceded']);
  });
});

describe('single-source', () => {
  const oneVoice = 'Mayor Ana Ruiz said the budget was balanced. Ana Ruiz added that taxes would not rise.';

  it('flags fewer than two named speakers, once per article', () => {
    const found = findings('single-source', oneVoice);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('1 named source (Ana Ruiz); at least 2 expected');
  });

  it('takes the minimum from the option', () => {
    expect(findings('single-source', oneVoice, ['warn', { min: 1 }])).toEqual([]);
    const twoVoices = oneVoice + ' Treasurer Tom Fisher said the numbers were sound.';
    expect(findings('single-source', twoVoices)).toEqual([]);
    expect(findings('single-source', twoVoices, ['warn', { min: 3 }])).toHaveLength(1);
  });

  it('does not count anonymous speakers as named', () => {
    const found = findings('single-source', 'Sources said the talks had stalled. Officials said a deal was unlikely.');
    expect(found[0]!.message).toContain('no named source');
  });

  it("does not count the headline's attributions: a headline restates the story, it is no source", () => {
    // The headline's "Council approves" was a named source: a story without any was flagged, one with one voice passed.
    expect(titledFindings('single-source', 'Council approves budget\n\nThe council voted 5-2 on Monday.\n\n"Rates will rise again next year."\n')).toEqual([]);
    const oneVoice = 'Council approves budget\n\nMayor Ann Cole said the budget was balanced.\n';
    const found = titledFindings('single-source', oneVoice);
    expect(found.map((f) => f.message)).toEqual(['1 named source (Ann Cole); at least 2 expected']);
    expect(textOf(oneVoice, found[0]!)).toBe('Mayor Ann Cole');
    // The same words in the body are a source.
    expect(titledFindings('single-source', 'Budget vote\n\nThe council approves the budget. Mayor Ann Cole said it was balanced.\n')).toEqual([]);
  });
});

/** As `findings`, on an article read as its format reads it, title and all (`findings` analyses the text with no title). */
function titledFindings(ruleId: string, source: string, format: 'txt' | 'md' | 'html' = 'txt', setting: unknown = 'warn'): Finding[] {
  const config = resolveConfig({ rules: { [ruleId]: setting } }, 'test', '');
  const article = parseArticles(`a.${format}`, format, source)[0]!.article!;
  expect(article.title).not.toBeNull();
  const doc = analyzeText(article.text, { title: article.title });
  return checkDocument(doc, article.text, null, config.rules).filter((f) => f.ruleId === ruleId);
}

describe("the headline's place in the text (titleSpan)", () => {
  const spanText = (source: string, format: 'txt' | 'md' | 'html'): string | null => {
    const article = parseArticles(`a.${format}`, format, source)[0]!.article!;
    const span = titleSpan({ ...analyzeText('', { title: article.title }), attributions: [] }, article.text);
    return span && article.text.slice(span.start, span.end);
  };

  it('finds the title as a block of its own: the first line of .txt, a Markdown heading, an HTML <h1> over two lines', () => {
    expect(spanText('Council approves budget\n\nThe council approves budgets.\n', 'txt')).toBe('Council approves budget');
    expect(spanText('Intro.\n\n# Council *approves* budget\nText.\n', 'md')).toBe('Council  approves  budget');
    expect(spanText('<article><p class="kicker">Politics</p><h1>Council\n  approves <em>budget</em></h1><p>Text.</p></article>', 'html')).toBe('Council\n  approves     budget');
  });

  it("finds the <h1> of a page without <article> or <main> by its og:title, when <title> carries the site's name", () => {
    const head = '<head><title>Council approves budget | Kestrel Daily</title><meta property="og:title" content="Council approves budget"></head>';
    expect(spanText(`${head}<body><div class="story"><h1>Council approves budget</h1><p>Text.</p></div></body>`, 'html')).toBe('Council approves budget');
  });

  it('finds no title that is not in the text, nor one inside a paragraph', () => {
    expect(spanText('---\ntitle: Council approves budget\n---\nThe council approves budget cuts.\n', 'md')).toBeNull();
    // The title's very words ending a line, but inside a paragraph: not a block of its own.
    expect(spanText('---\ntitle: Council approves budget\n---\nWe saw Council approves budget\n\nin print.\n', 'md')).toBeNull();
  });
});

describe('dominant-speaker', () => {
  const text = 'Mayor Ana Ruiz said the new budget would protect every school, every library and every bus route in the city for the next five years. Treasurer Tom Fisher said it was sound.';

  it('is off by default', () => {
    const config = resolveConfig({}, 'test', '');
    expect(config.rules.map((r) => r.rule.id)).not.toContain('dominant-speaker');
  });

  it('flags a speaker above the maximum share of attributed words, and respects the option', () => {
    const [f] = findings('dominant-speaker', text);
    expect(f!.message).toMatch(/^Ana Ruiz holds \d+% of the attributed words/);
    expect(textOf(text, f!)).toBe('Mayor Ana Ruiz');
    expect(findings('dominant-speaker', text, ['warn', { max: 95 }])).toEqual([]);
  });

  it("leaves the headline's attributions out of the words counted", () => {
    expect(titledFindings('dominant-speaker', 'Council approves budget\n\nThe council voted 5-2 on Monday.\n')).toEqual([]);
  });
});

describe('unresolved-pronoun', () => {
  it('flags a pronoun source with no one named before it', () => {
    const text = 'The bridge will stay closed. He said the contractor had run out of steel.';
    expect(findings('unresolved-pronoun', text).map((f) => textOf(text, f))).toEqual(['He']);
  });

  it('flags part of a group named by a pronoun ("Most of them said") with no one named before it', () => {
    const text = 'The bridge will stay closed. Most of them said the contractor had run out of steel. Several said it had not.';
    expect(findings('unresolved-pronoun', text).map((f) => textOf(text, f))).toEqual(['Most of them', 'Several']);
  });

  it('does not flag the writer\'s own "I" or "we" (an op-ed, a first-person report)', () => {
    const text = 'I told the council that the figures were missing. We reported that the bridge would stay closed. He said the contractor had run out of steel.';
    expect(analyzeText(text).attributions.map((a) => a.source?.text)).toEqual(['I', 'We', 'He']);
    expect(findings('unresolved-pronoun', text).map((f) => textOf(text, f))).toEqual(['He']);
  });

  it.each([
    ['City engineer Rafael Ortiz spoke on Friday. He said the contractor had run out of steel.', 'He', 'person'],
    ['Officials said the bridge would stay closed. They said the contractor had run out of steel.', 'They', 'anonymous'],
  ])('does not flag a pronoun resolved to a named or anonymous speaker: %s', (text, pronoun, type) => {
    // The premise: the pipeline resolves the pronoun to a speaker of that type.
    const doc = analyzeText(text);
    const speakerId = doc.attributions.find((a) => a.source?.text === pronoun)?.speakerId;
    expect(doc.speakers.find((s) => s.id === speakerId)?.type).toBe(type);
    expect(findings('unresolved-pronoun', text)).toEqual([]);
  });
});
