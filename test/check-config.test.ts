/**
 * `attrib check` configuration (discovery, validation with the key named),
 * inline suppression comments and .attribignore.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, resolveConfig, RULES } from '../src/check/index.js';
import type { Report } from '../src/types.js';
import { ROOT, runCli } from './helpers.js';

const CHECK_FIXTURES = path.join(ROOT, 'fixtures', 'check');
const work = mkdtempSync(path.join(tmpdir(), 'attrib-check-config-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh directory tree under the temporary folder, from a map of relative paths to file contents. */
function tree(name: string, files: Record<string, string | object>): string {
  const root = path.join(work, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

const levels = (config: Awaited<ReturnType<typeof loadConfig>>): Record<string, string> =>
  Object.fromEntries(config.rules.map((r) => [r.rule.id, r.severity]));

describe('configuration discovery', () => {
  it('uses the defaults when there is no configuration: dominant-speaker off, the rest at their levels', async () => {
    const config = await loadConfig(tree('none', { 'a.txt': '' }));
    expect(config.origin).toBeNull();
    expect(levels(config)).toEqual({
      'unattributed-quote': 'error', 'anonymous-source': 'warning', 'loaded-verb': 'warning', 'single-source': 'warning', 'unresolved-pronoun': 'warning',
    });
  });

  it('finds .attribrc.json in a parent directory and applies severities and options', async () => {
    const root = tree('rc-parent', { '.attribrc.json': { rules: { 'loaded-verb': 'error', 'single-source': 'off', 'anonymous-source': ['warn', { allow: 2 }] } }, 'articles/x.txt': '' });
    const config = await loadConfig(path.join(root, 'articles'));
    expect(config.origin).toBe(path.join(root, '.attribrc.json'));
    expect(levels(config)['loaded-verb']).toBe('error');
    expect(levels(config)).not.toHaveProperty('single-source');
    expect(config.rules.find((r) => r.rule.id === 'anonymous-source')?.options).toEqual({ allow: 2 });
  });

  it('reads the "attrib" key of package.json, passes over a package.json without it, and prefers .attribrc.json in the same directory', async () => {
    const root = tree('pkg', {
      'package.json': { name: 'news', attrib: { rules: { 'loaded-verb': 'off' } } },
      'desk/package.json': { name: 'desk' },
      'both/package.json': { name: 'both', attrib: { rules: { 'loaded-verb': 'off' } } },
      'both/.attribrc.json': { rules: { 'loaded-verb': 'error' } },
    });
    const fromDesk = await loadConfig(path.join(root, 'desk'));
    expect(fromDesk.origin).toBe(path.join(root, 'package.json'));
    expect(levels(fromDesk)).not.toHaveProperty('loaded-verb');
    expect(levels(await loadConfig(path.join(root, 'both')))['loaded-verb']).toBe('error');
  });

  it('reads a configuration in UTF-16 with a byte-order mark (Notepad\'s "Unicode", PowerShell 5\'s >), as it reads articles', async () => {
    const root = tree('utf16', {});
    mkdirSync(root, { recursive: true });
    writeFileSync(path.join(root, '.attribrc.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify({ rules: { 'loaded-verb': 'error' } }), 'utf16le')]));
    expect(levels(await loadConfig(root))['loaded-verb']).toBe('error');
  });

  it('reads the "attrib" key of a package.json given with --config, as it does of one it finds', async () => {
    const root = tree('explicit-pkg', { 'site/package.json': { name: 'site', attrib: { rules: { 'loaded-verb': 'error' } } }, 'bare/package.json': { name: 'bare' } });
    const config = await loadConfig(root, 'site/package.json');
    expect(levels(config)['loaded-verb']).toBe('error');
    await expect(loadConfig(root, 'site/package.json')).resolves.toMatchObject({ origin: 'site/package.json' });
    await expect(loadConfig(root, 'bare/package.json')).rejects.toThrow('bare/package.json: no "attrib" key (--config)');
  });

  it('uses --config instead of searching, relative to the working directory', async () => {
    const root = tree('explicit', { '.attribrc.json': { rules: { 'loaded-verb': 'off' } }, 'ci/strict.json': { rules: { 'loaded-verb': 'error' } } });
    const config = await loadConfig(root, 'ci/strict.json');
    expect(config.origin).toBe('ci/strict.json');
    expect(levels(config)['loaded-verb']).toBe('error');
  });

  it.each([
    ['a missing --config file', 'missing', () => loadConfig(work, 'nope.json'), 'nope.json: no such file (--config)'],
    ['invalid JSON', 'bad-json', () => loadConfig(tree('bad-json', { '.attribrc.json': '{ "rules": ' })), '.attribrc.json: invalid JSON'],
    // Where, as a line and column rather than V8's character position; a trailing comma (none from V8) too.
    ['a trailing comma', 'trailing-comma', () => loadConfig(tree('trailing-comma', { '.attribrc.json': '{\n  "rules": {\n    "loaded-verb": "warn",\n  }\n}\n' })), '.attribrc.json: invalid JSON at line 4, column 3: Expected double-quoted property name'],
    ['a trailing comma in a list', 'trailing-comma-list', () => loadConfig(tree('trailing-comma-list', { '.attribrc.json': '{ "rules": {\n  "loaded-verb": ["error", { "stances": ["doubting",] }]\n} }' })), '.attribrc.json: invalid JSON at line 2, column 53: Unexpected token \']\''],
    // An empty file, or blank lines only, says so rather than "Unexpected end of JSON input"; given with --config too.
    ['an empty file', 'empty-rc', () => loadConfig(tree('empty-rc', { '.attribrc.json': '' })), '.attribrc.json: empty file; expected an object like {"rules": {"loaded-verb": "warn"}}'],
    ['a file of blank lines', 'blank-rc', () => loadConfig(tree('blank-rc', { '.attribrc.json': '\n  \r\n\t\n' })), '.attribrc.json: empty file; expected an object like {"rules": {"loaded-verb": "warn"}}'],
    ['a blank --config file', 'blank-explicit', () => loadConfig(tree('blank-explicit', { 'ci/strict.json': ' \n' }), 'ci/strict.json'), 'ci/strict.json: empty file; expected an object like'],
    ['a blank package.json', 'blank-pkg', () => loadConfig(tree('blank-pkg', { 'package.json': '\n' })), 'package.json: empty file; expected a JSON object'],
    ['"rules": null', 'rules-null', () => loadConfig(tree('rules-null', { '.attribrc.json': '{ "rules": null }\n' })), '.attribrc.json: rules: expected an object mapping rule ids to "off", "warn", "error" or [severity, options], got null'],
    ['"attrib": null in package.json', 'pkg-null', () => loadConfig(tree('pkg-null', { 'package.json': { name: 'news', attrib: null } })), 'package.json: attrib: expected an object'],
    ['an unknown rule in package.json', 'pkg-unknown', () => loadConfig(tree('pkg-unknown', { 'package.json': { attrib: { rules: { 'loaded-verbs': 'warn' } } } })), 'package.json: attrib.rules.loaded-verbs: unknown rule'],
  ])('reports %s as a configuration error naming the file and key', async (_what, _dir, load, message) => {
    await expect(load()).rejects.toThrow(ConfigError);
    await expect(load()).rejects.toThrow(message);
  });
});

describe('configuration validation', () => {
  it.each([
    [[], 'test: expected an object'],
    [{ rule: {} }, 'test: rule: unknown key'],
    [{ rules: [] }, 'test: rules: expected an object'],
    [{ rules: null }, 'test: rules: expected an object mapping rule ids to "off", "warn", "error" or [severity, options], got null'],
    [{ rules: false }, 'test: rules: expected an object mapping rule ids to "off", "warn", "error" or [severity, options], got false'],
    [{ rules: { 'loaded-verb': null } }, 'test: rules.loaded-verb: expected "off", "warn", "error" or [severity, options], got null'],
    [{ rules: { 'loaded-verb': ['warn', null] } }, 'test: rules.loaded-verb[1]: expected an options object, got null'],
    [{ rules: { 'anonymous-source': ['warn', { allow: null }] } }, 'test: rules.anonymous-source[1].allow: expected a whole number, 0 or more, got null'],
    [{ rules: { 'loaded-verb': ['warn', { stances: null }] } }, 'test: rules.loaded-verb[1].stances: expected a non-empty list of stances'],
    [{ rules: { 'dominant-speaker': ['warn', { max: '50' }] } }, 'test: rules.dominant-speaker[1].max: expected a number from 0 to 100, got "50"'],
    [{ rules: { 'loaded-verbs': 'warn' } }, 'test: rules.loaded-verbs: unknown rule; known rules: unattributed-quote, anonymous-source'],
    [{ rules: { 'loaded-verb': 'warning' } }, 'test: rules.loaded-verb: expected "off", "warn", "error" or [severity, options], got "warning"'],
    [{ rules: { 'loaded-verb': [] } }, 'test: rules.loaded-verb: expected [severity] or [severity, options], got 0 items'],
    [{ rules: { 'loaded-verb': ['warn', 'doubting'] } }, 'test: rules.loaded-verb[1]: expected an options object'],
    [{ rules: { 'anonymous-source': ['warn', { allow: -1 }] } }, 'test: rules.anonymous-source[1].allow: expected a whole number, 0 or more, got -1'],
    [{ rules: { 'anonymous-source': ['warn', { alow: 1 }] } }, 'test: rules.anonymous-source[1].alow: unknown option; known: allow'],
    [{ rules: { 'loaded-verb': ['warn', { stances: ['neutral'] }] } }, 'test: rules.loaded-verb[1].stances: expected a non-empty list of stances'],
    [{ rules: { 'loaded-verb': ['warn', { stances: [] }] } }, 'test: rules.loaded-verb[1].stances'],
    [{ rules: { 'single-source': ['warn', { min: 0 }] } }, 'test: rules.single-source[1].min: expected a whole number, 1 or more'],
    [{ rules: { 'dominant-speaker': ['warn', { max: 150 }] } }, 'test: rules.dominant-speaker[1].max: expected a number from 0 to 100, got 150'],
    [{ rules: { 'unresolved-pronoun': ['warn', { strict: true }] } }, 'test: rules.unresolved-pronoun[1].strict: this rule takes no options'],
  ])('%j → %s', (raw, message) => {
    expect(() => resolveConfig(raw, 'test', '')).toThrow(message);
  });

  it('accepts every rule with a severity only, or a severity and valid options', () => {
    const config = resolveConfig({
      rules: {
        'unattributed-quote': ['warn'], 'anonymous-source': ['error', { allow: 3 }], 'loaded-verb': ['warn', { stances: ['denying', 'doubting'] }],
        'single-source': ['warn', { min: 3 }], 'dominant-speaker': ['warn', { max: 50 }], 'unresolved-pronoun': 'error',
      },
    }, 'test', '');
    expect(config.rules.map((r) => [r.rule.id, r.severity, r.options])).toEqual([
      ['unattributed-quote', 'warning', {}],
      ['anonymous-source', 'error', { allow: 3 }],
      ['loaded-verb', 'warning', { stances: ['denying', 'doubting'] }],
      ['single-source', 'warning', { min: 3 }],
      ['dominant-speaker', 'warning', { max: 50 }],
      ['unresolved-pronoun', 'error', {}],
    ]);
  });
});

/** [ruleId, line, the finding's text] for each finding of a check run's JSON. */
function findingsOf(stdout: string): [string, number, string][] {
  const report = JSON.parse(stdout) as Report;
  return report.documents.flatMap((d) => {
    const text = d.path === '-' ? '' : readFileSync(d.path, 'utf8');
    return d.findings.map((f): [string, number, string] => [f.ruleId, f.line, text.slice(f.start, f.end)]);
  });
}

describe('inline suppression', () => {
  const dir = path.join(CHECK_FIXTURES, 'suppression');
  const withoutComments = (file: string): string => {
    const copy = path.join(work, `uncommented-${path.basename(file)}`);
    writeFileSync(copy, readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' ')));
    return copy;
  };

  it('Markdown: disable-next-line, and disable … enable for a list of rules', async () => {
    const file = path.join(dir, 'suppressed.md');
    const run = await runCli(['check', '--format', 'json', file], { cwd: dir });
    expect(findingsOf(run.stdout)).toEqual([['loaded-verb', 14, 'insisted'], ['anonymous-source', 16, 'Officials']]);
    // The same article without its comments: the suppressed findings come back.
    const bare = await runCli(['check', '--format', 'json', withoutComments(file)], { cwd: dir });
    expect(findingsOf(bare.stdout)).toEqual(expect.arrayContaining([
      ['unattributed-quote', 6, '"Nobody on this board wanted to raise rates, but the pipes are failing."'],
      ['anonymous-source', 9, 'Sources'],
      ['loaded-verb', 11, 'claimed'],
    ]));
  });

  it('HTML: disable-next-line with no rule id switches off every rule on the next line', async () => {
    const file = path.join(dir, 'suppressed.html');
    const run = await runCli(['check', '--format', 'json', file], { cwd: dir });
    expect(findingsOf(run.stdout)).toEqual([['loaded-verb', 8, 'claimed']]);
    const bare = await runCli(['check', '--format', 'json', withoutComments(file)], { cwd: dir });
    expect(findingsOf(bare.stdout).map(([rule, line]) => [rule, line])).toContainEqual(['unattributed-quote', 7]);
  });

  it('works on Markdown read from stdin', async () => {
    const text = readFileSync(path.join(dir, 'suppressed.md'), 'utf8');
    const run = await runCli(['check', '--format', 'json', '--stdin-format', 'md'], { cwd: dir, stdin: text });
    const report = JSON.parse(run.stdout) as Report;
    expect(report.documents[0]!.findings.map((f) => [f.ruleId, f.line])).toEqual([['loaded-verb', 14], ['anonymous-source', 16]]);
  });

  it('is not read in plain text, where a comment is just text', async () => {
    const copy = path.join(work, 'suppressed.txt');
    writeFileSync(copy, readFileSync(path.join(dir, 'suppressed.md'), 'utf8'));
    const run = await runCli(['check', '--format', 'json', copy], { cwd: dir });
    expect(findingsOf(run.stdout).map(([rule]) => rule)).toContain('unattributed-quote');
    // Not silently: stderr says the comment is not read, once, at its first line.
    const line = readFileSync(copy, 'utf8').split('\n').findIndex((l) => l.includes('<!-- attrib-')) + 1;
    expect(run.stderr).toBe(`attrib: ${copy}: line ${line}: suppression comments (<!-- attrib-disable … -->) are read in Markdown and HTML only; ignored in a plain-text file (warning)\n`);
    // Nor in a JSON record's text; and a Markdown file's comments, which are read, get no warning.
    const record = await runCli(['check', '--format', 'json', '--stdin-format', 'jsonl', '-'], { cwd: dir, stdin: `${JSON.stringify({ id: 'r1', text: 'Ann Bell said yes.\n<!-- attrib-disable -->\nSources said no.' })}\n` });
    expect(record.stderr).toContain('attrib: -#r1: line 2: suppression comments (<!-- attrib-disable … -->) are read in Markdown and HTML only; ignored in a JSONL record (warning)');
    const markdown = await runCli(['check', '--format', 'json', path.join(dir, 'suppressed.md')], { cwd: dir });
    expect(markdown.stderr).toBe('');
  });

  it('warns about a comment that names no rule (a typo would leave the rule on without a word)', async () => {
    const copy = path.join(work, 'typo.md');
    writeFileSync(copy, 'Budget vote\n\n<!-- attrib-disable-next-line loaded-verbs, anonymous-source -->\nOfficials claimed the pipes were fine.\n');
    const run = await runCli(['check', '--format', 'json', copy], { cwd: dir });
    const known = RULES.map((r) => r.id).join(', ');
    expect(run.stderr).toBe(`attrib: ${copy}: line 3: suppression comment: unknown rule "loaded-verbs"; known rules: ${known} (warning)\n`);
    // The rule it meant stays on; the rule it named right is off.
    const rules = findingsOf(run.stdout).map(([rule]) => rule);
    expect(rules).toContain('loaded-verb');
    expect(rules).not.toContain('anonymous-source');
  });
});

describe('.attribignore', () => {
  const dir = path.join(CHECK_FIXTURES, 'attribignore');

  it('skips ignored directories and globs, keeps negated files', async () => {
    const run = await runCli(['check', '--format', 'json', path.join(dir, 'articles')], { cwd: dir });
    const report = JSON.parse(run.stdout) as Report;
    expect(report.documents.map((d) => path.relative(dir, d.path)).sort()).toEqual(['articles/filed.txt', 'articles/keep.wip.txt']);
    expect(run.code).toBe(1); // keep.wip.txt has an unattributed quote
  });

  it('is found upwards from a subdirectory, with patterns relative to its own directory; all ignored is exit 2', async () => {
    const drafts = path.join(dir, 'articles', 'drafts');
    const run = await runCli(['check', drafts], { cwd: drafts });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`nothing to check: the 1 file under the given paths is ignored by ${path.join(dir, '.attribignore')}`);
  });

  // It returned before any report: a CI step uploading the SARIF file found none, unlike a run whose paths found nothing.
  it('still writes the JSON and SARIF reports when every file is ignored, each path in errors as EIGNORED, as for no input; text writes nothing', async () => {
    const drafts = path.join(dir, 'articles', 'drafts');
    const json = await runCli(['check', '--format', 'json', drafts], { cwd: dir });
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/^attrib: nothing to check: the 1 file under the given paths is ignored by .*\.attribignore\n$/);
    // Each path given is in `errors`, naming the ignore file, as a path that found nothing is (ENOMATCH).
    const ignoredBy = 'every file found under this path is ignored by .attribignore';
    expect(JSON.parse(json.stdout)).toMatchObject({ documents: [], errors: [{ path: drafts, code: 'EIGNORED', message: ignoredBy }], summary: { documents: 0, errors: 1 } });
    const file = await runCli(['check', '--format', 'json', path.join(drafts, 'draft.txt')], { cwd: dir });
    expect((JSON.parse(file.stdout) as Report).errors).toEqual([{ path: path.join(drafts, 'draft.txt'), code: 'EIGNORED', message: 'ignored by .attribignore' }]);
    const sarif = path.join(work, 'ignored.sarif');
    const written = await runCli(['check', '--format', 'sarif', '-o', sarif, drafts], { cwd: dir });
    expect(written.code).toBe(2);
    expect(JSON.parse(readFileSync(sarif, 'utf8'))).toMatchObject({ version: '2.1.0', runs: [{ results: [] }] });
    expect(readFileSync(sarif, 'utf8')).toContain('EIGNORED');
    const text = await runCli(['check', drafts], { cwd: dir });
    expect([text.code, text.stdout]).toEqual([2, '']);
  });

  it('ignores a listed file even when it is named on the command line (README)', async () => {
    const run = await runCli(['check', path.join(dir, 'articles', 'drafts', 'draft.txt')], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nothing to check: the 1 file under the given paths is ignored by .*\.attribignore$/m);
  });

  it('is read in UTF-16 with a byte-order mark too, as the configuration and articles are', async () => {
    const root = tree('ignore-utf16', { 'articles/draft.txt': '"Nobody on this board wanted to raise rates, but the pipes are failing."\n' });
    writeFileSync(path.join(root, '.attribignore'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('draft.txt\r\n', 'utf16le')]));
    const run = await runCli(['check', path.join(root, 'articles')], { cwd: root });
    expect(run.stderr).toMatch(/nothing to check: the 1 file under the given paths is ignored by .attribignore/);
    expect(run.code).toBe(2);
  });

  it('does nothing to files outside its directory', async () => {
    const outside = tree('outside', { 'draft.txt': '"Nobody on this board wanted to raise rates, but the pipes are failing."\n' });
    const run = await runCli(['check', path.join(outside, 'draft.txt')], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('unattributed-quote');
  });
});
