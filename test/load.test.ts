/**
 * Loading: the input formats (plain text, Markdown, HTML, JSON, JSONL) and
 * file discovery. Markup formats must keep the file's coordinates: the
 * analysed text has the file's length and line breaks, and every character
 * that is not markup sits at its offset in the file, or, after an entity, a
 * few places before it on the same line.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discover, loadFile } from '../src/load/index.js';
import { streamJsonl } from '../src/load/jsonl-stream.js';
import { analyzeFiles, analyzeText } from '../src/analyze.js';
import { formatOf, parseArticles, textTitle, type ParsedRecord } from '../src/load/formats.js';
import { firstInvalidOffset } from '../src/load/json-error.js';
import type { Article, DocumentResult, Format, Report } from '../src/types.js';
import { misplacedCharacters, runCli, wordTokens } from './helpers.js';

function article(format: Format, source: string): Article {
  const [record] = parseArticles(`input.${format}`, format, source);
  expect(record?.error).toBeUndefined();
  return record!.article!;
}

/** The analysed text keeps the file's coordinates: same length, same line breaks, only markup blanked and entities decoded. */
function expectSameCoordinates(source: string, text: string, decoded?: RegExp): void {
  expect(text.length).toBe(source.length);
  expect(misplacedCharacters(source, text, decoded ?? /(?!)/g)).toEqual([]);
}

/** Collapse the blanked markup to read the text as a reader would. */
const words = (s: string): string => s.replace(/[\s\u2029]+/g, ' ').trim();

/** Load `source`; it must read as `readable` once the blanks are collapsed, and keep the file's coordinates. */
function expectReadsAs(format: Format, source: string, readable: string, decoded?: RegExp): Article {
  const a = article(format, source);
  expect(words(a.text)).toBe(readable);
  expectSameCoordinates(source, a.text, decoded);
  return a;
}

// ---------------------------------------------------------------- plain text

describe('plain text titles', () => {
  it.each([
    ['US denies role in Kazakhstan uprising\n\nThe White House says …', 'US denies role in Kazakhstan uprising'],
    ['Psaki calls Russian claims ‘crazy’\n\nBody.', 'Psaki calls Russian claims ‘crazy’'],
    ['Budget passes\r\n\r\nBody.', 'Budget passes'],
    ['Budget passes\r\rBody.', 'Budget passes'], // lone CR line ends, as line counting reads them
    ['Budget passes\r  \rBody.', 'Budget passes'],
    ['Budget passes\n   \nBody.', 'Budget passes'],
    ['\n\nBudget passes\n\nBody.', 'Budget passes'], // blank lines before the title (a pasted or exported article)
    ['\uFEFF \r\n\r\nBudget passes\r\n\r\nBody.', 'Budget passes'],
  ])('%j has a title', (text, title) => {
    expect(textTitle(text)).toBe(title);
    expect(article('txt', text).title).toBe(title);
  });

  it.each([
    ['The budget passed on Tuesday.\n\nBody.'],
    ['Is the budget dead?\n\nBody.'],
    ['She said: “We will win.”\n\nBody.'],
    ['Reporting by:\n\nBody.'],
    ['A first line with no blank line after it\nBody.'],
    ['A first line with no blank line after it\rBody.'],
    ['A first line with no blank line after it\r\nBody.'],
    ['Only one line'],
    ['\n\nOnly one line'],
    [''],
  ])('%j has none', (text) => {
    expect(textTitle(text)).toBeNull();
  });

  it('keeps the title line in the analysed text, so offsets stay those of the file', () => {
    const text = 'Budget passes\n\n“Good,” she said.';
    expect(article('txt', text).text).toBe(text);
  });
});

// ---------------------------------------------------------------- Markdown

describe('Markdown', () => {
  it('takes the title from front matter, blanks the front matter, and keeps coordinates', () => {
    const source = '---\ntitle: "Water bill passes"\nauthor: Staff\n---\n\n# Senate vote\n\n“Clean rivers,” said Joan Whitaker.\n';
    const a = article('md', source);
    expect(a.title).toBe('Water bill passes');
    expect(a.text).not.toContain('author');
    expect(a.text).not.toContain('#');
    expectSameCoordinates(source, a.text);
    expect(a.text.indexOf('“Clean rivers,” said Joan Whitaker.')).toBe(source.indexOf('“Clean rivers,”'));
  });

  it('reads a front-matter title as YAML writes it: quoted with escapes, folded or literal over lines, followed by a comment', () => {
    const titleOf = (frontMatter: string): string | null => article('md', `---\n${frontMatter}\nauthor: Staff\n---\n\nJoan Whitaker said the river was clean.\n`).title;
    expect(titleOf("title: 'Mayor''s plan: a “new” pier'")).toBe('Mayor\'s plan: a “new” pier');
    expect(titleOf('title: "Council says \\"no\\" to the pier"')).toBe('Council says "no" to the pier');
    expect(titleOf('title: >-\n  Council says no\n  to the pier')).toBe('Council says no to the pier');
    expect(titleOf('title: |\n    Pier closed')).toBe('Pier closed');
    expect(titleOf('title: Pier closed # draft')).toBe('Pier closed');
    expect(titleOf('title: Pier#3 closed')).toBe('Pier#3 closed'); // a comment starts with " #" only
    // No title there: the first heading, as without front matter.
    expect(article('md', '---\ntitle:\nauthor: Staff\n---\n\n# River report\n\nText.\n').title).toBe('River report');
  });

  it('reads TOML front matter (+++, as Hugo writes it) as front matter: its title taken, the rest blanked, never analysed', () => {
    const source = '+++\ntitle = "Pier \\"reopens\\""\ndescription = "The pier will reopen on Monday after repairs."\ndate = 2024-01-01\n+++\n\nHarbour master Ines Walcott said the pier would reopen.\n';
    const a = article('md', source);
    expect(a.title).toBe('Pier "reopens"');
    expect(words(a.text)).toBe('Harbour master Ines Walcott said the pier would reopen.');
    expectSameCoordinates(source, a.text);
    expect(article('md', "+++\ntitle = 'C:\\\\ drive'\n+++\nText.\n").title).toBe('C:\\\\ drive'); // a literal string: no escapes
  });

  it('blanks empty front matter', () => {
    const a = article('md', '---\n---\nBody text.\n');
    expect(words(a.text)).toBe('Body text.');
  });

  it('takes the title from the first # heading, as plain text', () => {
    const source = 'Intro line\n\n# The **big** day in [Albany](https://example.com) #\n\nText.\n';
    const a = article('md', source);
    expect(a.title).toBe('The big day in Albany');
    expectSameCoordinates(source, a.text);
  });

  it('reads a bare "#" line as an empty heading (CommonMark), blanked: no title of "#"', () => {
    for (const source of ['#\n\nAna Ruiz said the pool would reopen.\n', '##\r\n\r\nAna Ruiz said the pool would reopen.\r\n']) {
      const a = article('md', source);
      expect(a.title).toBeNull();
      expect(a.text.trimStart().startsWith('Ana Ruiz')).toBe(true);
      expectSameCoordinates(source, a.text);
    }
    // A hashtag is no heading: kept as written.
    expect(article('md', '#budget\n\nText.\n').title).toBe('#budget');
  });

  it('falls back to the plain-text title rule', () => {
    expect(article('md', 'Budget passes\n\nBody.\n').title).toBe('Budget passes');
    expect(article('md', 'The budget passed.\n\nBody.\n').title).toBeNull();
  });

  it('blanks emphasis and strikethrough marks but keeps their words, and leaves snake_case alone', () => {
    const source = 'He **strongly** *denied* the _report_ and __all__ of ~~it~~, and **also *this* claim**; see my_var_name.\n';
    expectReadsAs('md', source, 'He strongly denied the report and all of it , and also this claim ; see my_var_name.');
  });

  it('keeps the text of inline code, as written and where it is in the file, and blanks its backticks', () => {
    const source = 'She said `npm install` failed, ``a `tick` inside`` and `x &amp; y` after Dana O&#39;Brien`s` and &ldquo;`npm`&rdquo;; `*no* <b>markup</b> [here](x)`; a lone ` stays.\n';
    const a = expectReadsAs('md', source, 'She said npm install failed, a `tick` inside and x &amp; y after Dana O\'Brien s and “ npm ”; *no* <b>markup</b> [here](x) ; a lone ` stays.', ENTITY);
    for (const code of ['npm install', 'a `tick` inside', 'x &amp; y', '*no* <b>markup</b> [here](x)']) expect(a.text.indexOf(code), code).toBe(source.indexOf(code));
    expect(a.text.lastIndexOf(' npm ')).toBe(source.lastIndexOf('`npm`'));
    expect(article('md', '# The `npm` story\n\nText.\n').title).toBe('The npm story');
  });

  it('analyses inline code as words of its sentence, at their offsets in the file', () => {
    const source = 'She said `npm install` failed.\n';
    const [attribution] = analyzeText(source, { format: 'md' }).attributions;
    expect(wordTokens(attribution!.content.text)).toEqual(['npm', 'install', 'failed']);
    expect(source.slice(attribution!.content.start, attribution!.content.end).replace(/`/g, ' ')).toBe(attribution!.content.text);
  });

  it('reads quotation marks inside inline code as code: they open no quotation', () => {
    const source = 'Set `"strict": true` in the file, Ann Bell said.\n\nInline `"code," said Fake Person.` here.\n\n“Real,” said Cy Ode.\n';
    expect(analyzeText(source, { format: 'md' }).quotes.map((q) => q.text)).toEqual(['“Real,”']);
  });

  it('still blanks fenced code whole: it is not prose', () => {
    const source = 'Text before.\n\n```js\nconst quote = "We will win," said Fake Person.;\n```\n\n~~~\n`inline` inside a fence\n~~~\n\n“Real,” said Ann Bell.\n';
    expectReadsAs('md', source, 'Text before. “Real,” said Ann Bell.');
    expect(analyzeText(source, { format: 'md' }).attributions.map((a) => [a.source?.text, a.content.text])).toEqual([['Ann Bell', 'Real,']]);
  });

  it('blanks an unclosed fence to the end of the document, as CommonMark runs it', () => {
    const source = 'Text before.\n\n“Real,” said Ann Bell.\n\n```\n"We will win," said Bob.\n\n~~~\n"Nor this," said Al.\n';
    expectReadsAs('md', source, 'Text before. “Real,” said Ann Bell.');
    expect(analyzeText(source, { format: 'md' }).attributions.map((a) => a.source?.text)).toEqual(['Ann Bell']);
  });

  it('closes a fence only with a line of at least as many of its own marks and nothing else', () => {
    const source = [
      '````', '```', '"Shorter fence," said Bob.', '``` not a closing fence', '````', '',
      '~~~', '```', '"Other mark," said Bob.', '~~~', '',
      '```a``` is inline code, not a fence, said Ann Bell.', '',
    ].join('\n');
    expectReadsAs('md', source, 'a is inline code, not a fence, said Ann Bell.');
  });

  it('blanks indented code blocks: four columns after a blank line, or at the start', () => {
    const source = '    "At the start," said Al.\n\nProse.\n\n    "Indented code," said Al.\n\n\t"Tab-indented code," said Al.\n      "and its next line," said Al.\nProse again.\n';
    expectReadsAs('md', source, 'Prose. Prose again.');
    expect(analyzeText(source, { format: 'md' }).attributions).toEqual([]);
  });

  it('reads indented lines that continue a paragraph or a list item as prose', () => {
    const source = [
      'A paragraph whose next line', '    is indented: still the paragraph.', '',
      '- An item', '', '    with a second paragraph, indented four (the item\'s content is at two).', '',
      '1. A numbered item', '   - nested', '', '      continuing the nested item at six.', '',
      '- An item with a lazy line', 'after it, then', '    an indented one.', '',
    ].join('\n');
    expectReadsAs('md', source, words(source.replace(/^ *(?:-|1\.) /gm, '')));
  });

  it('blanks code inside a list item (four columns past its content) and after a list has ended', () => {
    const source = [
      '- An item', '', '      "Code in the item," said Al.', '',
      'A paragraph ends the list.', '', '    "Code after the list," said Al.', '',
      '# Heading', '    "Code after a heading," said Al.', '',
    ].join('\n');
    expectReadsAs('md', source, 'An item A paragraph ends the list. Heading');
  });

  it('takes the title from a # heading outside code, not from a comment line in a code block', () => {
    expect(article('md', '```sh\n# install it\nnpm i\n```\n\n# Council votes\n\nText.\n').title).toBe('Council votes');
    expect(article('md', '    # not a heading\n\n# Council votes\n').title).toBe('Council votes');
  });

  it('keeps link labels where they are and blanks URLs, reference links, definitions and images', () => {
    const source = 'Said [Joan Whitaker](https://example.com/jw "Senator") and [the union][u] ![a photo](p.jpg).\n\n[u]: https://example.com/union\n';
    const a = expectReadsAs('md', source, 'Said Joan Whitaker and the union .');
    expect(a.text.indexOf('Joan Whitaker')).toBe(source.indexOf('Joan Whitaker'));
    expect(a.text.indexOf('the union')).toBe(source.indexOf('the union'));
  });

  it('blanks footnote marks (GFM) and reads each footnote\'s text as a paragraph of its own, not as a link definition', () => {
    const source = 'Mayor Lena Ortiz said the money was "long overdue".[^1] The vote was close.[^vote]\n\n[^1]: Ortiz told the Gazette she "never doubted" the vote.\n[^vote]: Councillor Ben Aziz said it passed by one vote.\n';
    const a = expectReadsAs('md', source, 'Mayor Lena Ortiz said the money was "long overdue". The vote was close. Ortiz told the Gazette she "never doubted" the vote. Councillor Ben Aziz said it passed by one vote.');
    expect(a.text.indexOf('Ortiz told')).toBe(source.indexOf('Ortiz told'));
    // Each definition a paragraph, even on consecutive lines.
    expect(a.text.slice(a.text.indexOf('the vote.'), a.text.indexOf('Councillor'))).toContain('\u2029');
    expect(analyzeText(source, { format: 'md' }).attributions.map((x) => [x.source?.text, x.content.text])).toEqual([
      ['Mayor Lena Ortiz', 'the money was "long overdue"'],
      ['Ortiz', 'she "never doubted" the vote'],
      ['Councillor Ben Aziz', 'it passed by one vote'],
    ]);
    // Inline code is read as written: a mark there is no footnote.
    expectReadsAs('md', 'Type `[^1]` for a note.\n', 'Type [^1] for a note.');
  });

  it('blanks block markers: block quotes, lists, setext underlines, rules, fenced code, HTML', () => {
    const source = [
      'Senate passes bill', '==================', '',
      '> > “We support clean water,” said Dale Evans.', '',
      '- first point', '2. second point', '',
      '***', '',
      '```js', 'const quote = "not prose";', '```', '',
      '<!-- editor: check this -->', '<span class="x">Inline</span> text.', '',
    ].join('\n');
    const a = expectReadsAs('md', source, 'Senate passes bill “We support clean water,” said Dale Evans. first point second point Inline text.');
    expect(a.title).toBe('Senate passes bill');
  });

  it('never analyses a <script> or <style> block (CommonMark HTML block: to the line of its end tag, else to the end), as in HTML', () => {
    const source = [
      'Ferry fares rise', '',
      'Captain Ulla Berg said fares would rise.', '',
      '<script type="application/ld+json">', '{"description": "“Fares will rise,” said Ulla Berg."}', '</script>', '',
      '  <style>p::before { content: "“Styled,” said Di Style." }</style>', '',
      'Mention of `<script>` in code, and a <script>tag</script> inline, stay text.', '',
      '<script>', 'var quote = "“Never closed,” said Bob Script.";',
    ].join('\n');
    expectReadsAs('md', source, 'Ferry fares rise Captain Ulla Berg said fares would rise. Mention of <script> in code, and a tag inline, stay text.');
  });

  it('decodes entities as HTML does: words and names whole, the padding at the end of the word', () => {
    const source = '# Pool &amp; park\n\nLopez&rsquo;s deputy, Kai Tan, said the pool was safe &mdash; for now.\n\n&ldquo;It&#39;s *fine*,&rdquo; said [Dana O&#39;Brien](https://example.com/?a=1&amp;b=2).\n';
    const a = expectReadsAs('md', source, 'Pool & park Lopez’s deputy, Kai Tan, said the pool was safe — for now. “It\'s fine ,” said Dana O\'Brien .', ENTITY);
    expect(a.title).toBe('Pool & park');
    // "&rsquo;" saves 6 characters; they go after "Lopez’s", so "deputy" and every word after it are where they are in the file.
    expect(a.text).toMatch(/Lopez’s {7}deputy, Kai Tan, said the pool was safe — {7}for now\./u);
    for (const words of ['deputy', 'Kai Tan', 'said the pool']) expect(a.text.indexOf(words), words).toBe(source.indexOf(words));
    const doc = analyzeText(source, { format: 'md' });
    // (Spans over a word with an entity hold its padding, and the emphasis marks are blanked to spaces: the words are compared.)
    expect(doc.attributions.map((x) => [x.source?.text.replace(/\s+/g, ' '), x.content.text.replace(/\s+/g, ' ')])).toEqual([
      ['Lopez’s deputy, Kai Tan', 'the pool was safe — for now'],
      ['Dana O\'Brien', 'It\'s fine ,'],
    ]);
  });

  it('blanks table pipes and delimiter rows: each cell is a paragraph of its own', () => {
    const source = [
      'Poll results:', '',
      '| Name | Quote |', '|:-----|------:|', '| Ann | "Table quote," Ann Bell said. |', 'Bo \\| Co | plain', '',
      'Cats | dogs, no table', '--- | not a delimiter row', '',
    ].join('\r\n');
    const a = expectReadsAs('md', source, 'Poll results: Name Quote Ann "Table quote," Ann Bell said. Bo | Co plain Cats | dogs, no table --- | not a delimiter row');
    const rows = a.text.split('\r\n');
    expect(rows.slice(2, 6)).toEqual([
      '\u2029 Name \u2029 Quote \u2029',
      ' '.repeat(16),
      '\u2029 Ann \u2029 "Table quote," Ann Bell said. \u2029',
      'Bo  | Co \u2029 plain',
    ]);
    const doc = analyzeText(source, { format: 'md' });
    expect(doc.attributions.map((x) => [x.source?.text, x.content.text])).toEqual([['Ann Bell', 'Table quote,']]);
  });

  it('keeps line and column: every line break stays where it is in the file', () => {
    const source = '---\r\ntitle: T\r\n---\r\n# H\r\n\r\n**Bold** “quote,” she said.\r\n';
    const a = article('md', source);
    expectSameCoordinates(source, a.text);
    expect([...a.text.matchAll(/\r\n/g)].map((m) => m.index)).toEqual([...source.matchAll(/\r\n/g)].map((m) => m.index));
  });
});

// ---------------------------------------------------------------- HTML

const ENTITY = /&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z][a-zA-Z0-9]*);/g;

describe('HTML', () => {
  it('reads only <article> when there is one', () => {
    const source = '<html><body><nav>Home said nobody</nav><article><p>“Yes,” she said.</p></article><footer>“Subscribe,” said the footer.</footer></body></html>';
    expectReadsAs('html', source, '“Yes,” she said.');
  });

  it('reads an inline quotation <q> as the browser shows it, between quotation marks (single ones inside another), written over the tags\' "<"', () => {
    const source = '<p><q>We will reopen the pier, <q>safe</q> and sound</q>, said Ines Walcott.</p>';
    const a = article('html', source);
    expect(words(a.text)).toBe('“ We will reopen the pier, ‘ safe’ and sound” , said Ines Walcott.');
    expectSameCoordinates(source, a.text);
    const doc = analyzeText(source, { format: 'html' });
    expect(doc.attributions.map((x) => [x.kind, x.content.text.trim()])).toEqual([['direct', 'We will reopen the pier, ‘  safe’    and sound']]);
  });

  it('falls back to <main>, then <body>, then the whole document', () => {
    expect(words(article('html', '<body><header>Menu</header><main><p>Main text.</p></main></body>').text)).toBe('Main text.');
    expect(words(article('html', '<head><title>T</title></head><body><p>Body text.</p></body>').text)).toBe('Body text.');
    expect(words(article('html', '<p>Fragment text.</p>').text)).toBe('Fragment text.');
  });

  it('reads <article> (or <main>) to its own end tag, past an element of the same name nested in it (a card, a comment)', () => {
    const source = '<body><article><h1>Ferry fares</h1><p>Captain Ulla Berg said fares would rise.</p><article class="card"><p>Related: bridge shut</p></article><p>“We will appeal,” said Nils Dahl.</p></article><p>Footer text.</p></body>';
    expectReadsAs('html', source, 'Ferry fares Captain Ulla Berg said fares would rise. Related: bridge shut “We will appeal,” said Nils Dahl.');
    expect(words(article('html', '<main><p>One.</p><main><p>Two.</p></main><p>Three.</p></main><p>Out.</p>').text)).toBe('One. Two. Three.');
    // One never closed runs to the end, as before; a nested one never closed too.
    expect(words(article('html', '<article><p>One.</p><article><p>Two.</p></article><p>Three.</p>').text)).toBe('One. Two. Three.');
  });

  it('does not take a custom element such as <article-card> for <article>', () => {
    const a = article('html', '<body><article-card>Teaser.</article-card><article>Story.</article></body>');
    expect(words(a.text)).toBe('Story.');
  });

  it('never analyses script, style, noscript, template or comments, even when they hold quotes', () => {
    const source = [
      '<article>',
      '<script>var q = "“Not prose,” said the script.";</script>',
      '<style>p::before { content: "“"; }</style>',
      '<noscript>“Enable JavaScript,” said the page.</noscript>',
      '<template><p>“Hidden,” said the template.</p></template>',
      '<!-- “A comment,” said the CMS. -->',
      '<p>“Real,” said Nina Rao.</p>',
      '</article>',
    ].join('\n');
    expectReadsAs('html', source, '“Real,” said Nina Rao.');
  });

  it('treats an unclosed script as running to the end', () => {
    expect(words(article('html', '<p>Before.</p><script>var x = "“said”"').text)).toBe('Before.');
  });

  it('blanks tags whose quoted attributes contain ">"', () => {
    const source = '<p>See <a href="/x" title="a > b">the report</a>.</p>';
    expectReadsAs('html', source, 'See the report .');
  });

  it('turns block tags into paragraph breaks, inline tags into spaces', () => {
    const a = article('html', '<p>One.</p><p>Two <em>three</em>.</p>');
    expect(a.text).toMatch(/One\.\s*\u2029[\s\u2029]*Two\s+three\s+\./u);
    expect(a.text.replace(/[^\u2029]/g, '')).not.toBe('');
  });

  it('reads one <br> as a line break inside the paragraph, two in a row as a paragraph break', () => {
    const paragraphs = (source: string): number => article('html', source).text.split('\u2029').filter((p) => /\S/.test(p)).length;
    expect(paragraphs('<p>“Fine,”<br>said Bo Yang.</p>')).toBe(1);
    expect(paragraphs('<p>One.<br><br>Two.</p>')).toBe(2);
    expect(paragraphs('<p>One.<br> <br/>Two.</p>')).toBe(2);
    expect(paragraphs('<p>One.<br>Two.<br>Three.</p>')).toBe(1);
  });

  it('decodes entities: named, capitals, accented letters, numeric, Windows-1252 numbers', () => {
    const source = '<p>&ldquo;S&eacute;bastien &Eacute;cole &amp; AT&AMP;T,&rdquo; said &#8216;Ng&#x2019; &#147;ok&#148; &frac12; &euro;5&nbsp;&hellip; &bogus; &#0;</p>';
    expectReadsAs('html', source, '“Sébastien École & AT&T,” said ‘Ng’ “ok” ½ €5 … &bogus; &#0;', ENTITY);
  });

  it('keeps a decoded quotation mark next to the word it opens or closes', () => {
    const a = article('html', '<p>&ldquo;We will win,&rdquo; she said. &quot;Yes&quot;.</p>');
    expect(a.text).toMatch(/ “We will win,” +she said\. +"Yes"\. +\u2029/u);
  });

  it('keeps words and names with entities whole, the padding at the end of their word', () => {
    const source = '<p>&ldquo;We will fix it,&rdquo; said Dana O&#39;Brien, the mayor.</p><p>&quot;It&#8217;s done,&quot; Jos&eacute; Mart&iacute;nez said.</p><p>Smith &amp; Wesson spokesman Al Bo said sales rose.</p>';
    const a = expectReadsAs('html', source, '“We will fix it,” said Dana O\'Brien, the mayor. "It’s done," José Martínez said. Smith & Wesson spokesman Al Bo said sales rose.', ENTITY);
    for (const sentence of [/“We will fix it,” +said Dana O'Brien, +the mayor\./u, /"It’s +done," +José +Martínez +said\./u, /Smith & +Wesson spokesman Al Bo said sales rose\./u]) {
      expect(a.text).toMatch(sentence);
    }
    // After the word holding an entity, the words are where they are in the file.
    for (const words of ['said Dana', 'the mayor', 'Wesson spokesman Al Bo']) expect(a.text.indexOf(words), words).toBe(source.indexOf(words));
    // An opening mark is padded before, so the word it opens keeps its place in the file.
    expect(a.text.indexOf('We will')).toBe(source.indexOf('We will'));
    expect(a.text.indexOf('It’s')).toBe(source.indexOf('It&#8217;s'));
    // "&ldquo;&lsquo;" opening one word: both marks stay with it.
    expect(words(article('html', '<p>&ldquo;&lsquo;Hi,&rsquo; he wrote,&rdquo; she said.</p>').text)).toBe('“‘Hi,’ he wrote,” she said.');
  });

  it('analyses a page with entities as the same words in plain text: names whole, no quotation opened by an apostrophe', () => {
    const html = '<p>&ldquo;We will fix it,&rdquo; said Dana O&#39;Brien, the mayor.</p><p>&quot;It&#8217;s done,&quot; Jos&eacute; Mart&iacute;nez said.</p><p>Smith &amp; Wesson spokesman Al Bo said sales rose.</p><p>The club&rsquo;s coach, Lee O&rsquo;Neil, said the O&#39;Briens&#39; bid was late.</p>';
    const plain = '“We will fix it,” said Dana O\'Brien, the mayor.\n\n"It’s done," José Martínez said.\n\nSmith & Wesson spokesman Al Bo said sales rose.\n\nThe club’s coach, Lee O’Neil, said the O\'Briens\' bid was late.\n';
    const fromHtml = analyzeText(html, { format: 'html' });
    const fromText = analyzeText(plain);
    // (Spans over a phrase with an entity hold its padding: the words are compared.)
    const flat = (t: string | undefined): string | undefined => t?.replace(/\s+/g, ' ');
    const summary = (doc: DocumentResult) => ({
      speakers: doc.speakers.map((s) => [s.name, s.mentions.map((m) => flat(m.text))]),
      attributions: doc.attributions.map((a) => [a.kind, flat(a.source?.text), a.cue?.text, flat(a.content.text)]),
      quotes: doc.quotes.map((q) => flat(q.text)),
    });
    expect(summary(fromHtml)).toEqual(summary(fromText));
    expect(summary(fromHtml).speakers.map(([name]) => name)).toEqual(expect.arrayContaining(['Dana O\'Brien', 'José Martínez', 'Lee O’Neil']));
    expect(fromHtml.attributions.map((a) => a.source?.text?.replace(/\s+/g, ' '))).toContain('Smith & Wesson spokesman Al Bo');
    expect(fromHtml.quotes.map((q) => flat(q.text))).toEqual(['“We will fix it,”', '"It’s done,"']);
  });

  it('keeps line and column: line breaks stay where they are in the file', () => {
    const source = '<html>\r\n<head><title>Hartley &amp; Rao</title></head>\r\n<body>\n<article>\n<p>Line four &mdash; “quote,” he said.</p>\n</article>\n</body></html>\n';
    const a = article('html', source);
    expectSameCoordinates(source, a.text, ENTITY);
    expect([...a.text.matchAll(/\r\n|\n/g)].map((m) => m.index)).toEqual([...source.matchAll(/\r\n|\n/g)].map((m) => m.index));
    // "&mdash;" saves 6 characters: they go right after it, so the words after it keep their columns.
    expect(a.text).toContain('Line four —       “quote,” he said.');
    expect(a.text.indexOf('“quote,”')).toBe(source.indexOf('“quote,”'));
  });

  it('decodes an entity for a line break (&#10;, &#13;) as a space, so every line stays where it is in the file', async () => {
    const source = '<p>One&#10;two &#13;&#10;three.</p>\n<p>&ldquo;Yes,&rdquo; said Ann Bell.</p>\n';
    const a = expectReadsAs('html', source, 'One two three. “Yes,” said Ann Bell.', ENTITY);
    expect(a.text.indexOf('\n')).toBe(source.indexOf('\n'));
    const [mention] = analyzeText(source, { format: 'html' }).speakers.flatMap((s) => s.mentions);
    expect(mention).toMatchObject({ text: 'Ann Bell', line: 2 });
  });

  it('takes the title from the first <h1> of <article> or <main>, else <title>, else the first <h1>, with entities decoded', () => {
    const head = '<head><title>Hartley &amp; Rao | Sport</title></head>';
    expect(article('html', `${head}<body><h1>Sport</h1><article><header><h1>Hartley &amp; Rao <em>retire</em></h1></header><p>Text.</p></article></body>`).title).toBe('Hartley & Rao retire');
    expect(article('html', `${head}<body><main><h1>Hartley\n  retires</h1><p>Text.</p></main></body>`).title).toBe('Hartley retires');
    expect(article('html', `${head}<body><h1>Sport</h1><article><h2>Hartley</h2></article></body>`).title).toBe('Hartley & Rao | Sport');
    expect(article('html', `${head}<body><h1>Other</h1></body>`).title).toBe('Hartley & Rao | Sport');
    expect(article('html', '<body><h1>Hartley<br>retires</h1><p>Text.</p></body>').title).toBe('Hartley retires');
    expect(article('html', '<p>No title.</p>').title).toBeNull();
  });

  it('takes the og:title of the page when there is no headline in <article> or <main>, before <title> (suffixed with the site) and the first <h1> (often the logo)', () => {
    const og = '<meta property="og:title" content="Ferry fares rise &amp; routes cut">';
    expect(article('html', `<head>${og}</head><body><h1>Kestrel Daily</h1><p>Text.</p></body>`).title).toBe('Ferry fares rise & routes cut');
    expect(article('html', '<head><meta content="Ferry fares rise" name="og:title"></head><body><h1>Kestrel Daily</h1></body>').title).toBe('Ferry fares rise');
    expect(article('html', `<head><title>Fares | Kestrel</title>${og}</head><body><p>Text.</p></body>`).title).toBe('Ferry fares rise & routes cut');
    expect(article('html', `<head>${og}</head><body><main><h1>Fares rise</h1></main></body>`).title).toBe('Fares rise');
    // An og:title that is only the site's name (og:site_name, one card for every page) is no headline: <title> then.
    const siteCard = '<meta property="og:site_name" content="Kestrel Daily"><meta property="og:title" content="Kestrel  daily">';
    expect(article('html', `<head>${siteCard}<title>Fares | Kestrel</title></head><body><p>Text.</p></body>`).title).toBe('Fares | Kestrel');
  });

  it('never analyses page furniture inside <article>: <aside>, <nav>, <footer>, <button>, <dialog>', () => {
    const source = [
      '<article>',
      '<h1>Council votes</h1>',
      '<figure><img src="x.jpg"><figcaption>“Save it,” a sign read.</figcaption></figure>',
      '<p>“We simply do not have the money,” Dana Lee said.<aside><h3>Related</h3><p>Mayor says budget is “on track”</p><aside>“Nested,” said Al.</aside></aside>The vote was 5-2.</p>',
      '<nav><a href="/a">Mayor says “no”</a></nav>',
      '<blockquote><p>“Libraries are not a luxury.”</p><footer>— <cite>Tom Baker</cite></footer></blockquote>',
      '<button>Share “this”</button><dialog><p>“Subscribe,” says the Gazette.</p></dialog>',
      '<footer>Tags: council. “All the news,” we say.</footer>',
      '</article>',
    ].join('\n');
    const a = expectReadsAs('html', source, 'Council votes “Save it,” a sign read. “We simply do not have the money,” Dana Lee said. The vote was 5-2. “Libraries are not a luxury.” — Tom Baker');
    // The blanked aside leaves a paragraph break: the sentence after it is not run into the one before.
    expect(a.text.slice(a.text.indexOf('said.'), a.text.indexOf('The vote'))).toContain('\u2029');
    expect(analyzeText(source, { format: 'html' }).attributions.map((x) => [x.content.text, x.source?.text])).toEqual([
      ['We simply do not have the money,', 'Dana Lee'], ['Libraries are not a luxury.', 'Tom Baker'],
    ]);
  });

  it("reads a blockquote's <footer>, a <cite> after its last paragraph, or the <figcaption> after it as the quotation's signature: “…” ― Name", () => {
    const source = [
      '<article><h1>Clerk promises accurate count</h1>',
      '<blockquote><p>&ldquo;Every ballot will be counted correctly.&rdquo;</p><footer>&mdash; Janet Feld, county clerk</footer></blockquote>',
      '<blockquote><p>&ldquo;We will appeal this decision.&rdquo;</p><footer>Mayor Tom Reyes</footer></blockquote>',
      '<blockquote class="wp-block-quote"><p>“We will build the bridge.”</p><cite>Ann Lee</cite></blockquote>',
      '<p>The engineer was less sure.</p>',
      '<figure><blockquote><p>“Nothing is settled yet.”</p></blockquote>',
      '<figcaption><p>Dana Ruiz, engineer</p></figcaption></figure>',
      '</article>',
    ].join('\n');
    const a = expectReadsAs('html', source, 'Clerk promises accurate count “Every ballot will be counted correctly.” — Janet Feld, county clerk “We will appeal this decision.” ― Mayor Tom Reyes '
      + '“We will build the bridge.” ― Ann Lee The engineer was less sure. “Nothing is settled yet.” ― Dana Ruiz, engineer', /&\w+;/g);
    // The signature continues the quotation's paragraph; the dash a bare one gets is written over its tag's "<".
    for (const [quote, name] of [['correctly.', 'Janet'], ['decision.', 'Mayor'], ['bridge.', 'Ann'], ['settled yet.', 'Dana']]) {
      expect(a.text.slice(a.text.indexOf(quote!), a.text.indexOf(name!)), name).not.toContain('\u2029');
    }
    expect(a.text[source.indexOf('<footer>Mayor')]).toBe('―');
    expect(a.text[source.indexOf('<cite>Ann')]).toBe('―');
    const doc = analyzeText(source, { format: 'html' });
    // (The headline reports too: "promises" with its object.)
    expect(doc.attributions.map((x) => [x.kind, x.content.text, x.source?.text])).toEqual([
      ['indirect', 'accurate count', 'Clerk'],
      ['direct', 'Every ballot will be counted correctly.', 'Janet Feld'],
      ['direct', 'We will appeal this decision.', 'Mayor Tom Reyes'],
      ['direct', 'We will build the bridge.', 'Ann Lee'],
      ['direct', 'Nothing is settled yet.', 'Dana Ruiz'],
    ]);
    expect(doc.quotes.filter((q) => q.attributionId === null)).toEqual([]);
    // The cue of a bare footer is the dash at its tag: its line and column are the tag's.
    const reyes = doc.attributions[2]!;
    expect(reyes.cue).toMatchObject({ text: '―', start: source.indexOf('<footer>Mayor') });
  });

  it('reads no signature where there is none: a <cite> inside the quotation, a blockquote without quotation marks, a footer outside a blockquote', () => {
    const source = [
      '<article><blockquote><p>“It reads like a novel, not like <cite>Hamlet</cite>.”</p></blockquote>',
      '<blockquote><p>The report is due in May.</p><footer>Dana Ruiz</footer></blockquote>',
      '<p>“Nobody,” he said.</p><div><footer>Staff</footer></div></article>',
    ].join('\n');
    const a = article('html', source);
    expect(a.text).not.toContain('―');
    // The footer of a blockquote without marks stays a paragraph of its own.
    expect(a.text.slice(a.text.indexOf('May.'), a.text.indexOf('Dana'))).toContain('\u2029');
  });

  it('reads no signature in a footer with no text (a logo), nor in a photo caption after the quotation in another <figure>', () => {
    const source = [
      '<article><p>The mayor spoke on Tuesday.</p>',
      '<blockquote><p>“We will win this vote.”</p><footer><img src="logo.png" alt=""></footer></blockquote>',
      '<h2>Background</h2><p>The council meets on Friday.</p>',
      '<blockquote><p>“The count starts at nine.”</p></blockquote>',
      '<figure><img src="x.jpg"><figcaption>Crowds gather outside city hall.</figcaption></figure></article>',
    ].join('\n');
    const a = article('html', source);
    expect(a.text).not.toContain('―');
    // The tags after the empty footer break paragraphs as usual.
    expect(a.text.slice(a.text.indexOf('vote.'), a.text.indexOf('Background'))).toContain('\u2029');
    expect(a.text.slice(a.text.indexOf('Background'), a.text.indexOf('The council'))).toContain('\u2029');
    expect(analyzeText(source, { format: 'html' }).attributions).toEqual([]);
  });

  it('leaves page furniture that is never closed: it is analysed rather than the article lost', () => {
    expectReadsAs('html', '<article><aside>Related.<p>“We will win,” said Ann Bell.</p></article>', 'Related. “We will win,” said Ann Bell.');
  });

  it('never analyses the chrome of a page without <article> or <main>: its <header>, forms, landmark roles, hidden elements, cookie, newsletter and share boxes', () => {
    const source = [
      '<body class="cookie-consent-pending">',
      '<div id="onetrust-consent-sdk"><p>“We value your privacy,” the site says.</p></div>',
      '<header><a href="/">Kestrel Daily</a><p>“News first,” says the editor.</p></header>',
      '<div role="banner">Kestrel Daily, since 1902</div>',
      '<div class="content">',
      '<p>Pier repairs will cost £2m, councillor Omar Haddad said.</p>',
      '<div class="share-tools"><a href="#">Share</a></div>',
      '<form action="/search"><input name="q" placeholder="Search"> “Find it,” said the box.</form>',
      '<div class="newsletter_box"><p>“Best inbox of the week,” said a reader.</p></div>',
      '<p>“We cannot wait another winter,” she said.<span hidden>★</span> The vote is on Monday.</p>',
      '<div hidden>“Loading,” said the widget.</div><ul role="navigation"><li>Next story</li></ul>',
      '</div>',
      '<div role="contentinfo">Contact us</div>',
      '</body>',
    ].join('\n');
    const a = expectReadsAs('html', source, 'Pier repairs will cost £2m, councillor Omar Haddad said. “We cannot wait another winter,” she said. The vote is on Monday.');
    // An inline element (the hidden icon) is blanked without a paragraph break: the sentences around it stay one paragraph.
    expect(a.text.slice(a.text.indexOf('she said.'), a.text.indexOf('The vote'))).not.toContain('\u2029');
    expect(analyzeText(source, { format: 'html' }).attributions.map((x) => [x.kind, x.source?.text])).toEqual([
      ['indirect', 'councillor Omar Haddad'], ['direct', 'she'],
    ]);
  });

  it('never analyses reader comments or ad slots, found by a whole word of their class or id; "commentary", "shadow", "download" are none', () => {
    const story = '<p>The ferry will sail again in June, harbour master Gwen Tudor said.</p>';
    const source = [
      '<body><div id="page">',
      '<div class="top_ads"><p>“Lowest fares,” says Sunline.</p></div>',
      story,
      '<div id="div-gpt-ad-1614-0">“Win a cruise,” says the sponsor.</div>',
      '<div class="sponsored-links">Sponsored</div>',
      '<div id="comments" class="comments-area"><h3>2 comments</h3>',
      '<ol class="commentlist"><li class="comment even depth-1"><p>Sources say the ferry is a scam.</p></li></ol>',
      '<div id="disqus_thread">Officials said nothing, a reader wrote.</div></div>',
      '<div class="post-comments">“Rubbish,” says Dave.</div>',
      '<div class="news-commentary shadow-box download-area head"><p>Tudor said fares would rise.</p></div>',
      '</div></body>',
    ].join('\n');
    expectReadsAs('html', source, 'The ferry will sail again in June, harbour master Gwen Tudor said. Tudor said fares would rise.');
    // A page whose story is in a box so named is kept: more than half of its text.
    const wrapped = `<body><div class="comment-piece">${story}</div><p>Ad</p></body>`;
    expectReadsAs('html', wrapped, 'The ferry will sail again in June, harbour master Gwen Tudor said. Ad');
  });

  it('keeps what aria-hidden hides on an inline element, which a reader sees: the quotation marks drawn around a quote', () => {
    const source = '<p><span aria-hidden="true">“</span>The ferry will sail again in June,<span aria-hidden="true">”</span> harbour master Gwen Tudor said.</p>';
    expect(analyzeText(source, { format: 'html' }).attributions.map((a) => [a.kind, a.content.text.trim()])).toEqual([['direct', 'The ferry will sail again in June,']]);
    // On a block element it hides a box from everyone.
    expectReadsAs('html', '<body><div aria-hidden="true">Share this</div><p>Pier repairs will cost more, the council said.</p></body>', 'Pier repairs will cost more, the council said.');
  });

  it("keeps an article's own <header> (headline, byline), a section's, and a page <header> with an <h1>, which may be the headline", () => {
    expectReadsAs('html', '<body><header>Menu</header><div><section><header><p>By Ann Bell</p></header><p>Text.</p></section></div></body>', 'By Ann Bell Text.');
    // A page without <article>: the banner is the <header> before the page's text, not a post's own further down.
    const dek = '“We will win this county,” said Ann Bell as she opened her campaign.';
    expectReadsAs('html', `<head><title>Bell</title></head><body><div class="share">Share</div><header><a>Kestrel Daily</a></header><div class="post"><header><h2>Bell opens campaign</h2><p>${dek}</p></header><p>Text.</p></div></body>`, `Bell opens campaign ${dek} Text.`);
    expectReadsAs('html', '<body><header><h1>Mayor quits</h1><nav>Home</nav></header><p>Text.</p></body>', 'Mayor quits Text.');
    expectReadsAs('html', '<body><article><header><h1>Mayor quits</h1><p>By Ann Bell</p></header><p>Text.</p><header><h2>Reaction</h2></header></article></body>', 'Mayor quits By Ann Bell Text. Reaction');
  });

  it("drops the page's banner after a skip link or a page without <body>'s <title>: only prose, or more than a line of other text, is the page's", () => {
    const banner = '<header><a href="/">Kestrel Daily</a> Home News Sport “Subscribe now,” says our editor.</header>';
    const story = '<p>“The pier reopens in June,” harbour master Gwen Tudor said.</p>';
    const read = '“The pier reopens in June,” harbour master Gwen Tudor said.';
    expectReadsAs('html', `<body><a class="skip-link" href="#main">Skip to content</a>${banner}<div id="main">${story}</div></body>`, `Skip to content ${read}`);
    // Without <body>, the page starts after </head>: a long <title> is not text before the banner.
    const head = '<head><title>Harbour master says the pier reopens in June | Kestrel Daily</title></head>';
    expect(article('html', `<html>${head}${banner}${story}</html>`).text).not.toContain('Subscribe');
    // A paragraph before it, or a line of text: the page's, and the <header> after it is kept.
    expectReadsAs('html', `<body>${story}${banner}</body>`, `${read} Kestrel Daily Home News Sport “Subscribe now,” says our editor.`);
    expect(article('html', `<body><div>Live: the harbour committee meets tonight to decide the pier's future</div>${banner}</body>`).text).toContain('Subscribe');
  });

  it('drops a related-links box of teaser <article> cards, so the story is the <article> read', () => {
    const source = '<body><div class="related-stories"><article><p>“Pier shut,” says council.</p></article></div><article><p>“We will reopen the pier,” said Ines Walcott.</p></article></body>';
    expectReadsAs('html', source, '“We will reopen the pier,” said Ines Walcott.');
  });

  it('keeps chrome found by attributes, or a <form>, when it holds the page: its <main>, or more than half its text', () => {
    // A banner whose own </div> is missing: the </div> taken for it is its container's, and it would hold the story.
    const story = '<p>“The ferry will sail again in June,” harbour master Gwen Tudor said on Tuesday, after months of delays.</p>';
    expectReadsAs('html', `<body><div class="wrap"><div class="cookie-banner"><p>We use cookies.</p>${story}</div></body>`,
      'We use cookies. “The ferry will sail again in June,” harbour master Gwen Tudor said on Tuesday, after months of delays.');
    // The page behind an open modal is aria-hidden (its <main> held, however long the footer after it); an ASP.NET page is one <form>.
    const footer = `<footer>${'<a href="#">Section</a> '.repeat(40)}</footer>`;
    expectReadsAs('html', `<body><div id="page" aria-hidden="true"><main><p>“Yes,” said Ann Bell.</p></main></div>${footer}</body>`, '“Yes,” said Ann Bell.');
    // The text right before its end tag counts too.
    expectReadsAs('html', '<body><div id="page" aria-hidden="true">“Yes,” said Ann Bell, who chairs the board.</div><p>Menu</p></body>', '“Yes,” said Ann Bell, who chairs the board. Menu');
    expectReadsAs('html', `<body><form id="aspnetForm"><div>${story}</div><div role="search"><input name="q"></div></form></body>`, '“The ferry will sail again in June,” harbour master Gwen Tudor said on Tuesday, after months of delays.');
    // A page element is never chrome, whatever its class; nor is text hidden until found (it shows when searched for).
    expectReadsAs('html', '<body class="cookie-consent-open"><p>Text.</p><div hidden="until-found"><p>More text.</p></div></body>', 'Text. More text.');
  });

  it('keeps chrome whose end tag may be another element\'s: one of its name around it is never closed (a missing </div>)', () => {
    const story = '<p>“The ferry will sail again in June,” harbour master Gwen Tudor said.</p><p>Tudor said repairs would cost more.</p>';
    const teasers = `<ul>${'<li><a>Council approves the new budget for the harbour district after a long debate</a></li>'.repeat(12)}</ul>`;
    // The share box's own </div> is missing: the one taken for it is the wrapper's; the teasers outweigh the story.
    const page = `<body><div class="wrap"><div class="share-tools"><a>Share</a>${story}</div>${teasers}</body>`;
    expect(analyzeText(page, { format: 'html' }).attributions.map((a) => a.source?.text)).toEqual(expect.arrayContaining(['harbour master Gwen Tudor', 'Tudor']));
    // A level deeper, the wrapper takes the page's </div> in turn: the page's <div> is the one never closed.
    const deeper = page.replace('<div class="wrap">', '<div class="page"><div class="wrap">').replace('</body>', '</div></body>');
    expect(article('html', deeper).text).toContain('Gwen Tudor said.');
    // Closed where it should be, the share box is dropped.
    expect(article('html', page.replace('Share</a>', 'Share</a></div>')).text).not.toContain('Share');
  });

  it('drops boxes that close where they should inside a page wrapper never closed: only a box that would swallow the story is in doubt', () => {
    const story = '<p>“The pier reopens in June,” harbour master Gwen Tudor said.</p>';
    const boxes = '<div class="cookie-banner">We use cookies. “Accept all,” says our policy team.</div><div class="related-links"><a>“We will appeal,” said Tom Okafor.</a></div>';
    expectReadsAs('html', `<body><div id="page">${boxes}${story}</body>`, '“The pier reopens in June,” harbour master Gwen Tudor said.');
    // A paragraph with prose after a box's own text: the story, kept (as when the box's </div> is missing).
    expectReadsAs('html', `<body><div id="page"><div class="share-tools"><a>Share</a>${story}</div></body>`, `Share ${story.replace(/<\/?p>/g, '')}`);
    // Links are no prose: a list of teasers after the box's heading is the box's.
    expectReadsAs('html', `<body><div id="page"><div class="related-links"><h3>Related</h3><p><a>“We will appeal,” said Tom Okafor.</a></p></div>${story}</body>`,
      '“The pier reopens in June,” harbour master Gwen Tudor said.');
  });

  it('drops the chrome after an element that is never closed or has no content (<aside> unclosed, <input hidden>, <div class="share"/>)', () => {
    expectReadsAs('html', '<body><aside>Related.<p>Text.</p><nav>Menu</nav></body>', 'Related. Text.');
    expectReadsAs('html', '<body><input type="text" hidden><img src="x.png" aria-hidden="true"><div class="share-bar"/><p>Text.</p><nav>Menu</nav></body>', 'Text.');
  });

  it('takes a <meta> for the og:title whichever of its property and name says og:title', () => {
    const page = (meta: string) => `<head>${meta}</head><body><h1>Kestrel Daily</h1><p>Text.</p></body>`;
    expect(article('html', page('<meta property="article:section" name="og:title" content="Ferry fares rise">')).title).toBe('Ferry fares rise');
    expect(article('html', page('<meta name="description" property="og:title" content="Ferry fares rise">')).title).toBe('Ferry fares rise');
  });
});

// ---------------------------------------------------------------- JSON and JSONL

const errorsOf = (records: ParsedRecord[]) => records.filter((r) => r.error).map((r) => r.error!);
const articlesOf = (records: ParsedRecord[]) => records.filter((r) => r.article).map((r) => r.article!);

describe('JSON', () => {
  it('reads an object with title and text, body, content or articleBody; other scalar fields go to meta', () => {
    for (const field of ['text', 'body', 'content', 'articleBody']) {
      const [a] = articlesOf(parseArticles('a.json', 'json', JSON.stringify({ title: 'T', [field]: '“Hi,” she said.', author: 'X', tags: ['a'] })));
      expect(a).toEqual({ path: 'a.json', format: 'json', text: '“Hi,” she said.', title: 'T', meta: { author: 'X' } });
    }
  });

  it('reads a schema.org NewsArticle (JSON-LD: headline, articleBody) as an article, its text from the first field of text, body, content, articleBody', () => {
    const jsonLd = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Ferry fares rise', articleBody: '“Fares go up in May,” Mayor Ana Ruiz said.', description: 'A summary.' };
    const [a] = articlesOf(parseArticles('a.jsonl', 'jsonl', JSON.stringify(jsonLd)));
    expect(a).toMatchObject({ title: 'Ferry fares rise', text: jsonLd.articleBody, meta: { '@type': 'NewsArticle', description: 'A summary.' } });
    expect(analyzeText(a!.text, { path: a!.path }).attributions).toHaveLength(1);
    // A scraper's own "text" comes first, the JSON-LD's articleBody is kept in meta.
    const [b] = articlesOf(parseArticles('b.json', 'json', JSON.stringify({ text: 'Cleaned text.', articleBody: 'Raw text.' })));
    expect(b).toMatchObject({ text: 'Cleaned text.', meta: { articleBody: 'Raw text.' } });
  });

  it('reads a headline (schema.org NewsArticle, many scrapers) as the title when there is no title', () => {
    const [a] = articlesOf(parseArticles('a.json', 'json', JSON.stringify({ headline: 'Ferry fares rise', text: '“Hi,” she said.', author: 'X' })));
    expect(a).toEqual({ path: 'a.json', format: 'json', text: '“Hi,” she said.', title: 'Ferry fares rise', meta: { author: 'X' } });
    const [b] = articlesOf(parseArticles('b.jsonl', 'jsonl', JSON.stringify({ title: 'Fares', headline: 'Ferry fares rise', body: 'Text.' })));
    expect(b).toMatchObject({ title: 'Fares', meta: { headline: 'Ferry fares rise' } });
  });

  it('reads an array as records named by position, reporting the items that are not articles as file@position', () => {
    const records = parseArticles('a.json', 'json', JSON.stringify([{ text: 'One.' }, { headline: 'no text' }, 'a string', { body: 'Four.' }]));
    expect(articlesOf(records).map((a) => [a.path, a.text])).toEqual([['a.json#1', 'One.'], ['a.json#4', 'Four.']]);
    expect(errorsOf(records).map((e) => [e.path, e.code])).toEqual([['a.json@2', 'ENOTARTICLE'], ['a.json@3', 'ENOTARTICLE']]);
    // The number is an item's, not a line's: the message says so.
    expect(errorsOf(records)[0]!.message).toMatch(/^item 2: not an article: .*"text", "body", "content" or "articleBody"/);
    expect(errorsOf(records)[1]!.message).toBe('item 3: not an article: expected an object with a "text", "body", "content" or "articleBody" string');
  });

  it('names an array\'s records by their id as .jsonl records are, a repeated id told apart by position with a warning', () => {
    const records = parseArticles('a.json', 'json', JSON.stringify([{ id: 'a1', text: 'One.' }, { id: 7, text: 'Two.' }, { text: 'Three.' }, { id: 'a1', text: 'Four.' }]));
    const articles = articlesOf(records);
    expect(articles.map((a) => a.path)).toEqual(['a.json#a1', 'a.json#7', 'a.json#3', 'a.json#a1@4']);
    expect(articles[3]!.warnings?.map((w) => w.message)).toEqual(['item 4: duplicate id "a1" (first on item 1): named a.json#a1@4']);
  });

  it('reports invalid JSON, an empty array and a non-article as errors of the file', () => {
    expect(errorsOf(parseArticles('a.json', 'json', '{"text": '))).toEqual([expect.objectContaining({ path: 'a.json', code: 'EPARSE', message: expect.stringMatching(/^invalid JSON/) })]);
    expect(errorsOf(parseArticles('a.json', 'json', '[]'))).toEqual([expect.objectContaining({ path: 'a.json', code: 'EEMPTY' })]);
    // An empty file has no articles, as [] and an empty .jsonl file: EEMPTY, not EPARSE.
    for (const empty of ['', ' \n\n']) expect(errorsOf(parseArticles('a.json', 'json', empty))).toEqual([{ path: 'a.json', code: 'EEMPTY', message: 'empty file: no articles' }]);
    expect(errorsOf(parseArticles('a.json', 'json', '42'))).toEqual([expect.objectContaining({ path: 'a.json', code: 'ENOTARTICLE' })]);
  });

  // An earlier run's output left in the folder analysed (`-o archive/results.jsonl`, then `> archive/all.json`) gave
  // one "no \"text\", \"body\" or \"content\" string field" per line, which did not say what the file was.
  it('says so when a "not an article" is attrib\'s own output, JSON report or JSONL document', () => {
    const doc = analyzeText('“We will win,” Mayor Ana Ruiz said.', { path: 'a.txt' });
    const report = { schemaVersion: 1, tool: { name: 'attrib', version: '0.1.0' }, documents: [doc], summary: {}, errors: [] };
    const hint = 'write the output outside the folders analysed, or leave the file out of the paths';
    expect(errorsOf(parseArticles('all.json', 'json', JSON.stringify(report)))).toEqual([{ path: 'all.json', code: 'ENOTARTICLE', message: `not an article: attrib's own output (a --format json report); ${hint}` }]);
    expect(errorsOf(parseArticles('out.jsonl', 'jsonl', `${JSON.stringify(doc)}\n`))).toEqual([expect.objectContaining({ path: 'out.jsonl@1', code: 'ENOTARTICLE', message: expect.stringContaining(`not an article: attrib's own output (a --format jsonl document); ${hint}`) })]);
    // Any other object without a text keeps the message it had.
    expect(errorsOf(parseArticles('b.json', 'json', '{"path": "x", "speakers": []}'))[0]!.message).toBe('not an article: no "text", "body", "content" or "articleBody" string field');
  });
});

describe('JSON that is JSONL', () => {
  it('says so when a .json file (or JSON on stdin) holds one object per line, and where the JSON stops', () => {
    const jsonl = '{"text": "Lee said hi."}\n{"text": "Kim said no."}\n';
    expect(errorsOf(parseArticles('a.json', 'json', jsonl))).toEqual([{ path: 'a.json', code: 'EPARSE', message: 'invalid JSON at line 2, column 1: this is JSONL (a JSON object per line): name the file .jsonl, or read stdin with --stdin-format jsonl' }]);
    // Other invalid JSON: where it goes wrong, as a line and column.
    expect(errorsOf(parseArticles('a.json', 'json', '{\n  "text": "x",\n  oops\n}'))).toEqual([expect.objectContaining({ message: expect.stringMatching(/^invalid JSON at line 3, column 3: /) })]);
  });

  it('places an unexpected token too (V8 gives no position for it), without V8\'s excerpt of the text', () => {
    // A trailing comma in an array, a single-quoted and a bare value: the commonest mistakes in JSON written by hand.
    const cases: Array<[source: string, message: string]> = [
      ['{\n  "text": "Ruiz said so.",\n  "tags": ["a", "b",]\n}\n', 'invalid JSON at line 3, column 21: Unexpected token \']\''],
      ['{\r\n  "title": \'Bridge\',\r\n  "text": "x"\r\n}', 'invalid JSON at line 2, column 12: Unexpected token \'\'\''],
      ['[{"text": "x"},\n {"text": "y", "draft": yes}]', 'invalid JSON at line 2, column 25: Unexpected token \'y\''],
    ];
    for (const [source, message] of cases) expect(errorsOf(parseArticles('a.json', 'json', source))).toEqual([{ path: 'a.json', code: 'EPARSE', message }]);
  });

  it('finds where a text stops being JSON exactly where JSON.parse refuses it', () => {
    const samples = ['{}', '[]', '[1,2]', '{"a":[true,false,null,-0.5e+3,"\\u00e9\\n"]}', ' "x" ', '[1,]', '{"a":1,}', '{"a" 1}', '[01]', '"\\x"', '"a\tb"', 'tru', '[1]]', '{"a":1}{', '[', '', '-', '1.', '[' .repeat(50_000) + ']'.repeat(50_000)];
    for (const text of samples) {
      let valid = true;
      try { JSON.parse(text); } catch { valid = false; }
      expect(firstInvalidOffset(text) === null, text.slice(0, 40)).toBe(valid);
    }
    expect(firstInvalidOffset('{"a": [1, 2,]}')).toBe(12);
    expect(firstInvalidOffset('{"a": 1} x')).toBe(9);
    expect(firstInvalidOffset('{"a": "open')).toBe(11);
  });
});

describe('JSONL', () => {
  const lines = [
    '{"id": "a1", "title": "First", "text": "One."}',
    '{"text": "Two, no id."}',
    '{"id": "a1", "text": "Three, a repeated id."}',
    '',
    '{"id": 42, "text": "Five, a numeric id."}',
    '{"text": "Six", ',
    '["not", "an", "object"]',
    '{"id": "a8", "summary": "no text field"}',
    '{"id": "a9", "body": "Nine."}',
  ];

  it('analyses the good lines and reports each bad line as "@<line>"', () => {
    const records = parseArticles('news.jsonl', 'jsonl', lines.join('\r\n') + '\r\n');
    expect(articlesOf(records).map((a) => [a.path, a.text, a.title])).toEqual([
      ['news.jsonl#a1', 'One.', 'First'],
      ['news.jsonl#2', 'Two, no id.', null],
      ['news.jsonl#a1@3', 'Three, a repeated id.', null],
      ['news.jsonl#42', 'Five, a numeric id.', null],
      ['news.jsonl#a9', 'Nine.', null],
    ]);
    // The line is said once, in the path: not again in the message ("news.jsonl@6: line 6: …").
    expect(errorsOf(records).map((e) => [e.path, e.code, e.message.split(/ at |:/)[0]])).toEqual([
      ['news.jsonl@6', 'EPARSE', 'invalid JSON'],
      ['news.jsonl@7', 'ENOTARTICLE', 'not an article'],
      ['news.jsonl@8', 'ENOTARTICLE', 'not an article'],
    ]);
    expect(articlesOf(records).every((a) => a.format === 'jsonl')).toBe(true);
  });

  it('warns when a record\'s id is not a string or number and it is named by its line instead (a shard\'s line, not the corpus\')', () => {
    const records = parseArticles('ids.jsonl', 'jsonl', [
      '{"id": {"source": "wire", "n": 7}, "text": "Ruiz said so."}',
      '{"id": "", "text": "Lee said no."}',
      '{"id": null, "text": "Kim said yes."}',
      '{"id": ["a", 2], "text": "Bo said maybe."}',
      '{"id": true, "text": "Al said ok."}',
    ].join('\n'));
    expect(articlesOf(records).map((a) => [a.path, a.warnings?.map((w) => w.message) ?? []])).toEqual([
      ['ids.jsonl#1', ['line 1: id is an object, not a string or number: named ids.jsonl#1 by its line']],
      ['ids.jsonl#2', ['line 2: id is an empty string: named ids.jsonl#2 by its line']],
      ['ids.jsonl#3', []], // null: no id, as when there is none
      ['ids.jsonl#4', ['line 4: id is an array, not a string or number: named ids.jsonl#4 by its line']],
      ['ids.jsonl#5', ['line 5: id is a boolean, not a string or number: named ids.jsonl#5 by its line']],
    ]);
  });

  it('gives a bad line a path that no record has, whatever the ids', async () => {
    // Ids that are the numbers of the bad lines, and records named by their line numbers around them.
    const input = [
      '{"id": "1", "text": "Ann Bell said yes."}',
      'not json',
      '{"id": "2", "text": "Ann Bell said no."}',
      '{"text": "no id, so named by its line"}',
      '{"id": "5", "title": "no text"}',
      '{"id": "4@7", "text": "an id with an @"}',
      '{"text": 7}',
    ].join('\n');
    const records = parseArticles('e.jsonl', 'jsonl', input);
    const recordPaths = articlesOf(records).map((a) => a.path);
    const errorPaths = errorsOf(records).map((e) => e.path);
    expect(errorPaths).toEqual(['e.jsonl@2', 'e.jsonl@5', 'e.jsonl@7']);
    expect(recordPaths.filter((p) => errorPaths.includes(p))).toEqual([]);
    expect(new Set([...recordPaths, ...errorPaths]).size).toBe(records.length);
    // The same through the command line: every input once, in documents or in errors, each under a path of its own.
    const dir = mkdtempSync(path.join(tmpdir(), 'attrib-bad-line-'));
    try {
      const file = path.join(dir, 'e.jsonl');
      writeFileSync(file, input);
      const report = JSON.parse((await runCli(['analyze', '--format', 'json', file])).stdout) as Report;
      const paths = [...report.documents.map((d) => d.path), ...report.errors.map((e) => e.path)];
      expect(paths).toHaveLength(7);
      expect(new Set(paths).size).toBe(paths.length);
      expect(report.errors.map((e) => e.path)).toEqual([`${file}@2`, `${file}@5`, `${file}@7`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a file without records', () => {
    expect(errorsOf(parseArticles('empty.jsonl', 'jsonl', '\n  \n'))).toEqual([expect.objectContaining({ path: 'empty.jsonl', code: 'EEMPTY' })]);
  });

  it('gives every record a path of its own: a name already given is followed by "@<line>", with a warning', () => {
    const records = parseArticles('dup.jsonl', 'jsonl', [
      '{"id": "3", "text": "Ann Bell said yes."}',
      '{"text": "Ann Bell said no."}',
      '{"text": "Ann Bell said maybe."}',
      '{"id": 2, "text": "An id that is the line number of line 2."}',
      '{"id": "3", "text": "A repeated id."}',
      '{"id": "3@3", "text": "An id that is a name given above."}',
    ].join('\n'));
    expect(errorsOf(records)).toEqual([]);
    expect(articlesOf(records).map((a) => [a.path, a.warnings])).toEqual([
      ['dup.jsonl#3', undefined],
      ['dup.jsonl#2', undefined],
      ['dup.jsonl#3@3', [{ path: 'dup.jsonl', message: 'line 3: no id, and line number 3 is already the name of line 1 (its id): named dup.jsonl#3@3' }]],
      ['dup.jsonl#2@4', [{ path: 'dup.jsonl', message: 'line 4: id "2" is already the name of line 2 (its line number): named dup.jsonl#2@4' }]],
      ['dup.jsonl#3@5', [{ path: 'dup.jsonl', message: 'line 5: duplicate id "3" (first on line 1): named dup.jsonl#3@5' }]],
      ['dup.jsonl#3@3@6', [{ path: 'dup.jsonl', message: 'line 6: id "3@3" is already the name of line 3 (told apart by its line): named dup.jsonl#3@3@6' }]],
    ]);
  });

  it('names records by their ids, or else their line numbers, with no warning when no name repeats', () => {
    const withIds = parseArticles('ids.jsonl', 'jsonl', '{"id": "7", "text": "A."}\n{"id": 1, "text": "B."}\n{"id": "x", "text": "C."}\n');
    expect(articlesOf(withIds).map((a) => [a.path, a.warnings])).toEqual([['ids.jsonl#7', undefined], ['ids.jsonl#1', undefined], ['ids.jsonl#x', undefined]]);
    const withoutIds = parseArticles('lines.jsonl', 'jsonl', '{"text": "A."}\n\n{"text": "B."}\n');
    expect(articlesOf(withoutIds).map((a) => [a.path, a.warnings])).toEqual([['lines.jsonl#1', undefined], ['lines.jsonl#3', undefined]]);
  });

  it('gives a bad line no name, so records with ids keep them however the input is cut into pieces', () => {
    const lines = [
      '{"id": "4", "text": "One."}',
      '{"title": "no text, no id"}',
      '{"id": "2", "text": "Three."}',
      '{"id": 1, "text": "Four."', // invalid JSON
      '{"id": "a", "text": "Five."}',
    ];
    const pathsOf = (text: string): string[] => articlesOf(parseArticles('-', 'jsonl', text)).map((a) => a.path);
    expect(pathsOf(lines.join('\n'))).toEqual(['-#4', '-#2', '-#a']);
    for (let cut = 1; cut < lines.length; cut++) {
      expect([...pathsOf(lines.slice(0, cut).join('\n')), ...pathsOf(lines.slice(cut).join('\n'))], `cut before line ${cut + 1}`).toEqual(['-#4', '-#2', '-#a']);
    }
  });

  it('warns about a renamed record on stderr and still analyses it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attrib-dup-'));
    try {
      const file = path.join(dir, 'dup.jsonl');
      writeFileSync(file, '{"id":"3","text":"Ann Bell said yes."}\n{"text":"Ann Bell said no."}\n{"text":"Ann Bell said maybe."}\n');
      const run = await runCli(['analyze', '--format', 'json', file]);
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.documents.map((d) => [d.path, d.attributions.map((a) => [a.source?.text, a.content.text])])).toEqual([
        [`${file}#3`, [['Ann Bell', 'yes']]],
        [`${file}#2`, [['Ann Bell', 'no']]],
        [`${file}#3@3`, [['Ann Bell', 'maybe']]],
      ]);
      expect(run.stderr).toBe(`attrib: ${file}: line 3: no id, and line number 3 is already the name of line 1 (its id): named ${file}#3@3 (warning)\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// ---------------------------------------------------------------- files

describe('files and folders', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'attrib-load-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const put = (rel: string, content: string | Uint8Array): string => {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    return file;
  };
  put('b/story.md', '# B\n\nText.\n');
  put('a/story.txt', 'A\n\nText.\n');
  put('a/deep/er/page.HTML', '<p>Deep.</p>');
  put('a/records.jsonl', '{"text": "x"}\n');
  put('a/notes.docx', 'not a format we read');
  put('node_modules/pkg/readme.md', '# skipped');
  put('.cache/old.txt', 'skipped');

  it('knows formats by extension, in any case', () => {
    expect(['a.txt', 'a.TEXT', 'a.md', 'a.markdown', 'a.HTML', 'a.htm', 'a.json', 'a.jsonl', 'a.ndjson', 'noext'].map(formatOf))
      .toEqual(['txt', 'txt', 'md', 'md', 'html', 'html', 'json', 'jsonl', 'jsonl', 'txt']);
  });

  it('finds files in folders recursively, sorted, skipping node_modules, dot-folders and other extensions', async () => {
    const found = await discover([dir]);
    expect(found.errors).toEqual([]);
    expect(found.files.map((f) => path.relative(dir, f))).toEqual(['a/deep/er/page.HTML', 'a/records.jsonl', 'a/story.txt', 'b/story.md']);
  });

  it("skips npm's package.json, package-lock.json and npm-shrinkwrap.json in a folder (a repository that installs attrib), not when named", async () => {
    const project = path.join(dir, 'project');
    put('project/package.json', '{"name": "newsroom", "attrib": {"rules": {}}}');
    put('project/package-lock.json', '{"name": "newsroom", "lockfileVersion": 3}');
    put('project/npm-shrinkwrap.json', '{"name": "newsroom", "lockfileVersion": 3}');
    put('project/content/story.json', '{"title": "T", "text": "Ada Okafor said yes."}');
    const found = await discover([project]);
    expect(found.errors).toEqual([]);
    expect(found.files.map((f) => path.relative(project, f))).toEqual(['content/story.json']);
    expect((await discover([path.join(project, 'package.json')])).files).toEqual([path.join(project, 'package.json')]);
  });

  it('expands globs and reports paths that do not exist or match nothing', async () => {
    const found = await discover([`${dir}/**/*.md`, path.join(dir, 'missing.txt'), `${dir}/**/*.nothing`, '-']);
    expect(found.files.map((f) => path.relative(dir, f))).toEqual(['b/story.md']);
    expect(found.errors.map((e) => [path.relative(dir, e.path), e.code])).toEqual([['missing.txt', 'ENOENT'], ['**/*.nothing', 'ENOMATCH']]);
    expect(found.stdin).toBe(true);
  });

  it('skips dot-folders and node_modules only where a glob\'s wildcards reach them, not where the pattern names them', async () => {
    put('.drafts/desk/story.md', '# Draft\n\nText.\n');
    put('.drafts/desk/node_modules/pkg/readme.md', '# skipped');
    const rel = (found: { files: string[] }): string[] => found.files.map((f) => path.relative(dir, f));
    // Named in the pattern, as `ls .drafts/desk/*.md` would find them (and as the folder itself, given as a path, is read).
    expect(rel(await discover([`${dir}/.drafts/desk/*.md`]))).toEqual(['.drafts/desk/story.md']);
    expect(rel(await discover([`${dir}/.cache/*.txt`]))).toEqual(['.cache/old.txt']);
    expect(rel(await discover([`${dir}/node_modules/pkg/*.md`]))).toEqual(['node_modules/pkg/readme.md']);
    // Beyond the part written out, they are skipped as in a folder.
    expect(rel(await discover([`${dir}/.drafts/**/*.md`]))).toEqual(['.drafts/desk/story.md']);
    expect(rel(await discover([`${dir}/**/*.txt`]))).toEqual(['a/story.txt']);
    // A relative pattern that climbs out of the working directory skips them too.
    const up = path.relative(process.cwd(), dir);
    expect(rel(await discover([`${up}/**/*.md`]))).toEqual(['b/story.md']);
  });

  it('leaves out a symbolic link to a folder that a glob matches, as it leaves out folders (a folder\'s walk does not follow one either)', async () => {
    put('links/story.md', '# Links\n\nText.\n');
    symlinkSync(path.join(dir, 'b'), path.join(dir, 'links', 'latest'));
    symlinkSync(path.join(dir, 'links', 'story.md'), path.join(dir, 'links', 'also.md'));
    symlinkSync('loop-b', path.join(dir, 'links', 'loop-a'));
    symlinkSync('loop-a', path.join(dir, 'links', 'loop-b'));
    const found = await discover([`${dir}/links/*`]);
    expect(found.errors).toEqual([]);
    // A link to a file is read, as in a folder; a loop of links is kept, to be reported (ELOOP) when read.
    expect(found.files.map((f) => path.relative(dir, f))).toEqual(['links/also.md', 'links/loop-a', 'links/loop-b', 'links/story.md']);
  });

  it('reports a folder that holds no article (nothing, or other extensions only) as ENOMATCH, as a glob that matches nothing, even next to other inputs', async () => {
    const empty = path.join(dir, 'empty-folder');
    mkdirSync(path.join(empty, 'sub'), { recursive: true });
    put('empty-folder/sub/minutes.docx', 'not a format we read');
    const found = await discover([path.join(dir, 'b'), empty]);
    expect(found.files.map((f) => path.relative(dir, f))).toEqual(['b/story.md']);
    expect(found.errors).toEqual([{ path: empty, code: 'ENOMATCH', message: 'no .txt, .md, .html, .json or .jsonl files in this folder' }]);
    // A folder whose files were all reached already by another path holds articles: no error.
    expect((await discover([path.join(dir, 'b', 'story.md'), path.join(dir, 'b')])).errors).toEqual([]);
  });

  it('lists a file once however it is spelt or reached (a.txt ./a.txt /abs/a.txt, its folder), under the first spelling met', async () => {
    const abs = path.join(dir, 'a', 'story.txt');
    const rel = path.relative(process.cwd(), abs);
    const missing = path.join(dir, 'missing.txt');
    const found = await discover([rel, `./${rel}`, abs, path.join(dir, 'a'), `${dir}//a/../a/story.txt`, missing, `./${path.relative(process.cwd(), missing)}`]);
    expect(found.files).toEqual([path.join(dir, 'a/deep/er/page.HTML'), path.join(dir, 'a/records.jsonl'), rel].sort());
    expect(found.errors.map((e) => [e.path, e.code])).toEqual([[missing, 'ENOENT']]);
    const report = await analyzeFiles([`./${rel}`, abs, rel]);
    expect(report.documents.map((d) => d.path)).toEqual([`./${rel}`]);
  });

  it('does not let a path that fails (a.txt/, a file used as a folder; nosuch/../a.txt) stand for the file it resolves to, given as well', async () => {
    const abs = path.join(dir, 'a', 'story.txt');
    const found = await discover([`${abs}/`, abs, `${abs}/`]);
    expect(found.files).toEqual([abs]);
    expect(found.errors.map((e) => [e.path, e.code])).toEqual([[`${abs}/`, 'ENOTDIR']]);
    const report = await analyzeFiles([`${abs}/`, `./${path.relative(process.cwd(), abs)}`]);
    expect(report.documents.map((d) => d.path)).toEqual([`./${path.relative(process.cwd(), abs)}`]);
    expect(report.errors.map((e) => e.code)).toEqual(['ENOTDIR']);
    // So does a path through a missing folder (`nosuch/../a.txt` resolves as `a.txt` does), in either order.
    const through = `${dir}/nosuch/../a/story.txt`;
    for (const order of [[through, abs], [abs, through]]) {
      const r = await discover(order);
      expect(r.files).toEqual([abs]);
      expect(r.errors.map((e) => [e.path, e.code])).toEqual([[through, 'ENOENT']]);
    }
  });

  it('says why a file whose name is not valid UTF-8 cannot be read, rather than only "no such file"', async () => {
    const folder = path.join(dir, 'latin1-name');
    mkdirSync(folder);
    writeFileSync(Buffer.concat([Buffer.from(`${folder}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), 'Ann Bell said yes.');
    const report = await analyzeFiles([folder]);
    expect(report.documents).toEqual([]);
    expect(report.errors).toEqual([expect.objectContaining({ code: 'ENOENT', message: expect.stringContaining('the file name is not valid UTF-8') })]);
  });

  it('strips a byte-order mark, refuses binary files, and honours the size limit', async () => {
    const bom = put('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Title\n\nText.')]));
    expect([...loadFile(bom)]).toEqual([{ article: expect.objectContaining({ text: 'Title\n\nText.', title: 'Title', format: 'txt' }) }]);
    const binary = put('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    expect([...loadFile(binary)]).toEqual([{ error: expect.objectContaining({ path: binary, code: 'EBINARY' }) }]);
    expect([...loadFile(bom, { maxBytes: 5 })]).toEqual([{ error: expect.objectContaining({ path: bom, code: 'ETOOLARGE', message: expect.stringContaining('--max-bytes') }) }]);
  });
});

// ---------------------------------------------------------------- encodings

describe('text that is not UTF-8', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'attrib-encoding-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const put = (name: string, bytes: Uint8Array): string => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };
  /** A newsroom export in Windows-1252: curly quotes 0x93 0x94, é 0xE9. */
  const CP1252 = Buffer.concat([Buffer.from([0x93]), Buffer.from('We will win this fight,'), Buffer.from([0x94]), Buffer.from(' said Mayor Kim Ro at the Caf'), Buffer.from([0xe9]), Buffer.from(' Central.\n')]);

  it('decodes a Windows-1252 file as Windows-1252, says so, and finds its attributions', async () => {
    const file = put('cp1252.txt', CP1252);
    const [item] = [...loadFile(file)];
    expect(item).toEqual({ article: expect.objectContaining({ text: '\u201cWe will win this fight,\u201d said Mayor Kim Ro at the Caf\u00e9 Central.\n' }) });
    const article = (item as { article: Article }).article;
    expect(article.text).not.toContain('\ufffd');
    expect(article.text.length).toBe(CP1252.length); // one character per byte: offsets are those of the decoded text
    expect(article.warnings).toEqual([{ path: file, message: 'decoded as windows-1252: not valid UTF-8' }]);
    const report = await analyzeFiles([file]);
    expect(report.documents[0]!.attributions.map((a) => a.content.text)).toEqual(['We will win this fight,']);
    expect(Object.keys(report.documents[0]!)).not.toContain('warnings'); // the JSON contract has no place for it
  });

  it('gives no warning for a page that declares Windows-1252 or Latin-1, as a browser reads its <meta>; one that does not, or declares UTF-8, keeps it', () => {
    const page = (head: string): Buffer => Buffer.concat([Buffer.from(`<html><head>${head}</head><body><p>`), CP1252, Buffer.from('</p></body></html>')]);
    const warnings = (name: string, head: string) => {
      const [item] = [...loadFile(put(name, page(head)))];
      const article = (item as { article: Article }).article;
      expect(article.text).toContain('\u201cWe will win this fight,\u201d said Mayor Kim Ro at the Caf\u00e9 Central.');
      return article.warnings?.map((w) => w.message);
    };
    expect(warnings('declared.html', '<meta charset="windows-1252">')).toBeUndefined();
    expect(warnings('http-equiv.html', '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')).toBeUndefined();
    expect(warnings('undeclared.html', '<title>Ro</title>')).toEqual(['decoded as windows-1252: not valid UTF-8']);
    expect(warnings('utf8.html', '<meta charset="utf-8">')).toEqual(['decoded as windows-1252: not valid UTF-8']);
    // A plain-text file is no page: a <meta> in it declares nothing.
    expect([...loadFile(put('meta.txt', page('<meta charset="windows-1252">')))].map((i) => 'article' in i && i.article.warnings?.length)).toEqual([1]);
  });

  it('maps 0x80-0x9F to the Windows-1252 characters, not to C1 controls as Latin-1 (and Node 20\'s TextDecoder) would', async () => {
    // Words around them, as in a real article: a text made mostly of such bytes is refused as binary.
    const bytes = Buffer.from('Costs: \x80 5\x85 the \x91A\x92 or \x93B\x94, pages 1\x962 \x97 Brand\x99 and \x9fvonne at the Caf\xe9 M\xfcller said.', 'latin1');
    const file = put('punctuation.txt', bytes);
    const [item] = [...loadFile(file)];
    expect(item).toEqual({ article: expect.objectContaining({ text: 'Costs: \u20ac 5\u2026 the \u2018A\u2019 or \u201cB\u201d, pages 1\u20132 \u2014 Brand\u2122 and \u0178vonne at the Caf\u00e9 M\u00fcller said.' }) });
  });

  it('gives each record of a Windows-1252 .jsonl file the warning, naming the file; a stream the same', async () => {
    const lines = Buffer.concat([Buffer.from('{"text": "'), CP1252.subarray(0, -1), Buffer.from('"}\n{"text": "Caf'), Buffer.from([0xe9]), Buffer.from('."}\n')]);
    const file = put('records.jsonl', lines);
    const items = [...loadFile(file)];
    expect(items.map((i) => 'article' in i && i.article.warnings)).toEqual([[{ path: file, message: 'decoded as windows-1252: not valid UTF-8' }], [{ path: file, message: 'decoded as windows-1252: not valid UTF-8' }]]);
    const streamed = [];
    for await (const item of streamJsonl('-', (async function* () { yield lines; })(), 1e6)) streamed.push(item);
    expect(streamed.map((i) => 'article' in i && [i.article.text, i.article.warnings])).toEqual(items.map((i) => 'article' in i && [i.article.text, [{ path: '-', message: 'decoded as windows-1252: not valid UTF-8' }]]));
  });

  it('decodes each line of a .jsonl file that is not valid UTF-8 on its own, as a stream of the same lines is: a Windows-1252 record among UTF-8 ones keeps its é', async () => {
    const lines = Buffer.concat([Buffer.from('{"id": "a", "text": "Jo Park said the Caf\u00e9 was open."}\n{"id": "b", "text": "Lee said the Caf'), Buffer.from([0xe9]), Buffer.from(' was shut."}\n{"id": "c", "text": "Kim said no."}\n')]);
    const file = put('mixed-encodings.jsonl', lines);
    const items = [...loadFile(file)];
    expect(items.map((i) => 'article' in i && [i.article.text, i.article.warnings])).toEqual([
      ['Jo Park said the Caf\u00e9 was open.', undefined],
      ['Lee said the Caf\u00e9 was shut.', [{ path: file, message: 'decoded as windows-1252: not valid UTF-8' }]],
      ['Kim said no.', undefined],
    ]);
    const streamed = [];
    for await (const item of streamJsonl(file, (async function* () { yield lines; })(), 1e6)) streamed.push(item);
    expect(streamed).toEqual(items);
  });

  it('reads a .jsonl file made of files that each start with a byte-order mark (cat a.jsonl b.jsonl) as a stream of the same lines is read: every record', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const lines = Buffer.concat([bom, Buffer.from('{"id": "a", "text": "Lee said the pier was open."}\n'), bom, Buffer.from('{"id": "b", "text": "Kim said it was not."}\n')]);
    const file = put('concatenated.jsonl', lines);
    const items = [...loadFile(file)];
    expect(items.map((i) => ('article' in i ? i.article.path : i.error))).toEqual([`${file}#a`, `${file}#b`]);
    const streamed = [];
    for await (const item of streamJsonl('-', (async function* () { yield lines; })(), 1e6)) streamed.push(item);
    expect(streamed.map((i) => ('article' in i ? i.article.text : i.error))).toEqual(items.map((i) => 'article' in i && i.article.text));
  });

  it('keeps a UTF-8 file with a few stray bytes as UTF-8 (U+FFFD for the bytes), and says so', async () => {
    const bytes = Buffer.concat([Buffer.from('\u201cWe will win,\u201d she said at the Caf'), Buffer.from([0xe9]), Buffer.from('.\n')]);
    const file = put('mixed.txt', bytes);
    const [item] = [...loadFile(file)];
    expect(item).toEqual({ article: expect.objectContaining({ text: new TextDecoder().decode(bytes) }) });
    expect((item as { article: Article }).article.warnings).toEqual([{ path: file, message: 'not valid UTF-8 in 1 place: replaced with U+FFFD' }]);
  });

  it('says so when a file with a UTF-8 byte-order mark has bytes that are not UTF-8 (U+FFFD for them; the mark says UTF-8, so not Windows-1252)', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Jo Park said the Caf'), Buffer.from([0xe9]), Buffer.from(' was open.\n')]);
    const file = put('bom-stray.txt', bytes);
    const [item] = [...loadFile(file)];
    expect(item).toEqual({ article: expect.objectContaining({ text: 'Jo Park said the Caf\ufffd was open.\n' }) });
    expect((item as { article: Article }).article.warnings).toEqual([{ path: file, message: 'not valid UTF-8 in 1 place: replaced with U+FFFD' }]);
  });

  it('gives valid UTF-8, with or without a byte-order mark, no warning', async () => {
    const text = '\u201cWe will win,\u201d she said at the Caf\u00e9.\n';
    for (const bytes of [Buffer.from(text), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])]) {
      const [item] = [...loadFile(put('utf8.txt', bytes))];
      expect(item).toEqual({ article: expect.objectContaining({ text }) });
      expect((item as { article: Article }).article.warnings).toBeUndefined();
    }
  });
});

describe('the library entry points refuse what they cannot analyse, saying why', () => {
  it('analyzeFiles takes an array of paths: a string is a TypeError, not every character a path ("/": the whole disk)', async () => {
    await expect(analyzeFiles('no-such-folder' as unknown as string[])).rejects.toThrow(/expected the paths as an array of strings/);
    await expect(analyzeFiles([42 as unknown as string])).rejects.toThrow(TypeError);
  });

  it('jobs is a whole number, 1 or more, or auto', async () => {
    for (const jobs of [0, -1, 2.5, Number.NaN, '2', 2n]) await expect(analyzeFiles([], { jobs: jobs as number })).rejects.toThrow(RangeError);
    // The value as given, which JSON would write as null (NaN, Infinity) or not at all (2n).
    for (const [jobs, got] of [[Number.NaN, 'NaN'], [Number.POSITIVE_INFINITY, 'Infinity'], [2n, '2n'], ['2', '"2"'], [null, 'null']] as const) {
      await expect(analyzeFiles([], { jobs: jobs as unknown as number })).rejects.toThrow(`got ${got}`);
    }
    await expect(analyzeFiles([], { jobs: 'auto' })).resolves.toMatchObject({ summary: { documents: 0 } });
  });

  it('maxBytes is a whole number, 1 or more, and stdinFormat one of the formats: a wrong one is a RangeError, not an error for every file', async () => {
    for (const maxBytes of [0, -1, 2.5, Number.NaN, 'lots', null]) await expect(analyzeFiles([], { maxBytes: maxBytes as number })).rejects.toThrow(RangeError);
    await expect(analyzeFiles([], { maxBytes: 'lots' as unknown as number })).rejects.toThrow('maxBytes: expected a whole number, 1 or more; got "lots"');
    for (const stdinFormat of ['xml', 'TXT', null]) await expect(analyzeFiles([], { stdinFormat: stdinFormat as Format })).rejects.toThrow(RangeError);
    await expect(analyzeFiles([], { maxBytes: 1000, stdinFormat: 'md' })).resolves.toMatchObject({ summary: { documents: 0 } });
  });

  it('analyzeText takes a path and a title that are strings (a title may be null): the document would carry anything else into the JSON', () => {
    expect(() => analyzeText('Ines Walcott said so.', { path: 5 as unknown as string })).toThrow(TypeError);
    expect(() => analyzeText('Ines Walcott said so.', { title: 5 as unknown as string })).toThrow(TypeError);
    expect(analyzeText('Ines Walcott said so.', { path: 'ferry.txt', title: null })).toMatchObject({ path: 'ferry.txt', title: null });
  });

  it('analyzeText with JSON or JSONL analyses one record, and throws the input error for none (never the JSON source as prose)', () => {
    const record = { id: 'r1', text: 'Harbour master Ines Walcott said the ferry would run on Monday.' };
    expect(analyzeText(JSON.stringify(record), { format: 'jsonl' }).path).toBe('-#r1');
    const thrown = (text: string, format: Format): unknown => {
      try {
        analyzeText(text, { format });
      } catch (e) {
        return e;
      }
      return null;
    };
    expect(thrown('{"headline": "Ferry back"}', 'json')).toMatchObject({ code: 'ENOTARTICLE' });
    expect(thrown('{"text": "unterminated', 'json')).toMatchObject({ code: 'EPARSE' });
    expect(thrown('', 'jsonl')).toMatchObject({ code: 'EEMPTY' });
    const two = [record, { ...record, id: 'r2' }].map((r) => JSON.stringify(r)).join('\n');
    expect(thrown(two, 'jsonl')).toMatchObject({ code: 'EMANY', message: expect.stringMatching(/holds 2 records/) });
    expect(thrown(null as unknown as string, 'txt')).toBeInstanceOf(TypeError);
    expect(thrown('Ines Walcott said so.', 'docx' as Format)).toBeInstanceOf(TypeError);
  });
});
