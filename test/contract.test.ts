/**
 * The JSON output contract (DESIGN.md "Output contract", schema/attrib-output.schema.json)
 * on real output: the seed, every fixture, and the fixtures again as a JSON
 * array and a JSONL file. Positions are checked against the input files
 * themselves, line and column are recomputed here, and --format jsonl must
 * print the same documents as --format json.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticles } from '../src/load/formats.js';
import type { DocumentResult, Format, Report } from '../src/types.js';
import { fixtureCases, misplacedCharacters, ROOT, runCli, SEED } from './helpers.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'attrib-output.schema.json'), 'utf8')) as object;
const ajv = new Ajv2020.default({ allErrors: true, strict: true });
ajv.addSchema(schema, 'attrib-output');
const validateReport = ajv.getSchema('attrib-output')!;
const validateDocument = ajv.getSchema('attrib-output#/$defs/document')!;

// Extra inputs in the record formats, built from the plain-text fixtures: offsets there are into each record's text.
const work = mkdtempSync(path.join(tmpdir(), 'attrib-contract-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const plainTexts = fixtureCases().filter((c) => c.input.endsWith('.txt')).map((c) => ({ id: c.name, text: readFileSync(c.input, 'utf8') }));
const JSON_ARRAY = path.join(work, 'records.json');
const JSONL = path.join(work, 'records.jsonl');
writeFileSync(JSON_ARRAY, JSON.stringify(plainTexts.slice(0, 3).map((r) => ({ title: r.id, content: r.text }))));
writeFileSync(JSONL, plainTexts.map((r) => JSON.stringify({ id: r.id, text: r.text })).join('\n') + '\n');

const INPUTS = [SEED, ...fixtureCases().map((c) => c.input), JSON_ARRAY, JSONL];

/** The text that offsets of a document point into, read here from the input itself. */
function fileTextOf(doc: DocumentResult): string {
  const [file, record] = doc.path.split('#') as [string, string | undefined];
  const raw = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  if (doc.format === 'json') {
    const value = JSON.parse(raw) as unknown;
    const item = (record === undefined ? value : (value as unknown[])[Number(record) - 1]) as Record<string, string>;
    return item.text ?? item.body ?? item.content ?? '';
  }
  if (doc.format === 'jsonl') {
    const item = raw.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, string>).find((r) => r.id === record);
    return item?.text ?? '';
  }
  return raw;
}

/** The article text the pipeline saw: the file text itself, or for markup, the file with its markup blanked. */
function analysedTextOf(doc: DocumentResult, fileText: string): string {
  if (doc.format !== 'md' && doc.format !== 'html') return fileText;
  return parseArticles(doc.path, doc.format as Format, fileText)[0]!.article!.text;
}

/** 1-based line and column of an offset, counted here independently of src/positions.ts. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** Entities in a file, which the loader decodes. */
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;

async function analyze(format: 'json' | 'jsonl'): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCli(['analyze', '--format', format, ...INPUTS]);
}

describe('JSON output contract', async () => {
  const json = await analyze('json');
  const jsonl = await analyze('jsonl');
  const report = JSON.parse(json.stdout) as Report;

  it('analyses every input without errors', () => {
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    expect(report.errors).toEqual([]);
    expect(report.documents.length).toBe(1 + fixtureCases().length + 3 + plainTexts.length);
  });

  it('is valid against the shipped JSON Schema', () => {
    expect(validateReport(report), ajv.errorsText(validateReport.errors)).toBe(true);
  });

  it('the schema rejects what the contract forbids', () => {
    const doc = report.documents[0]!;
    const broken = [
      { ...report, extra: true },
      { ...report, documents: [{ ...doc, format: 'pdf' }] },
      { ...report, documents: [{ ...doc, attributions: [{ ...doc.attributions[0]!, kind: 'paraphrase' }] }] },
      { ...report, documents: [{ ...doc, speakers: [{ ...doc.speakers[0]!, type: 'celebrity' }] }] },
      { ...report, documents: [{ ...doc, attributions: [{ ...doc.attributions[0]!, cue: { ...doc.attributions[0]!.cue!, stance: 'angry' } }] }] },
      { ...report, documents: [{ ...doc, title: undefined }] },
    ];
    for (const value of broken) expect(validateReport(value)).toBe(false);
  });

  it('lists documents in sorted path order, records in file order', () => {
    const files = report.documents.map((d) => d.path.split('#')[0]!);
    const order = [...new Set(files)];
    expect(order).toEqual([...order].sort());
    expect(files).toEqual([...files].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(report.documents.filter((d) => d.path.startsWith(JSONL)).map((d) => d.path)).toEqual(plainTexts.map((r) => `${JSONL}#${r.id}`));
  });

  it('summary counts what the report holds', () => {
    expect(report.summary).toEqual({
      documents: report.documents.length,
      attributions: report.documents.reduce((n, d) => n + d.attributions.length, 0),
      speakers: report.documents.reduce((n, d) => n + d.speakers.length, 0),
      errors: 0,
    });
  });

  it('--format jsonl prints the same documents, one valid document per line, and nothing else', () => {
    expect(jsonl.code).toBe(0);
    expect(jsonl.stderr).toBe('');
    expect(jsonl.stdout.endsWith('\n')).toBe(true);
    const lines = jsonl.stdout.slice(0, -1).split('\n');
    const documents = lines.map((l) => JSON.parse(l) as DocumentResult);
    for (const d of documents) expect(validateDocument(d), ajv.errorsText(validateDocument.errors)).toBe(true);
    expect(documents).toEqual(report.documents);
  });

  describe.each(report.documents.map((d) => [path.relative(ROOT, d.path), d] as const))('%s', (_name, doc) => {
    const fileText = fileTextOf(doc);
    const text = analysedTextOf(doc, fileText);

    it('has ids that are unique, and references that resolve', () => {
      const speakerIds = doc.speakers.map((s) => s.id);
      const attributionIds = doc.attributions.map((a) => a.id);
      expect(new Set(speakerIds).size).toBe(speakerIds.length);
      expect(new Set(attributionIds).size).toBe(attributionIds.length);
      for (const a of doc.attributions) if (a.speakerId !== null) expect(speakerIds).toContain(a.speakerId);
      for (const q of doc.quotes) if (q.attributionId !== null) expect(attributionIds).toContain(q.attributionId);
      for (const s of doc.speakers) expect(s.attributions, `${s.id} ${s.name}`).toBe(doc.attributions.filter((a) => a.speakerId === s.id).length);
    });

    it('has every text equal to the slice of the article at start/end', () => {
      const positioned = [
        ...doc.attributions.flatMap((a) => [a.content, a.cue, a.source]),
        ...doc.speakers.flatMap((s) => s.mentions),
        ...doc.quotes,
      ].filter((p) => p !== null);
      expect(positioned.length).toBeGreaterThan(0);
      for (const p of positioned) {
        expect(p.start).toBeLessThan(p.end);
        expect(p.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(p.start, p.end), `[${p.start}, ${p.end})`).toBe(p.text);
      }
    });

    it('has line and column that agree with start, counted in the file', () => {
      for (const p of [...doc.attributions.map((a) => a.content), ...doc.speakers.flatMap((s) => s.mentions)]) {
        expect({ line: p.line, column: p.column }, `offset ${p.start}`).toEqual(lineColumn(fileText, p.start));
      }
    });

    it('has content fragments in order, inside the content, covering it from start to end', () => {
      for (const a of doc.attributions) {
        const spans = a.content.spans;
        expect(spans.length).toBeGreaterThan(0);
        expect(spans[0]!.start).toBe(a.content.start);
        expect(spans[spans.length - 1]!.end).toBe(a.content.end);
        spans.forEach((s, i) => {
          expect(s.start).toBeLessThan(s.end);
          if (i > 0) expect(s.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
        });
      }
    });

    if (doc.format === 'md' || doc.format === 'html') {
      it('points into the file: the analysed text is the file with only markup blanked and entities decoded, on the same lines', () => {
        expect(text.length).toBe(fileText.length);
        expect(misplacedCharacters(fileText, text, ENTITY)).toEqual([]);
      });
    }
  });
});

describe('library surface', () => {
  it('exports the functions the README documents (and buildReport, VERSION), not the pipeline\'s internals', async () => {
    // analyzeArticle skips what analyzeText does around it (the checks of its input, the cutting of long texts).
    const library = await import('../src/index.js');
    expect(Object.keys(library).sort()).toEqual(['VERSION', 'analyzeFiles', 'analyzeInputs', 'analyzeText', 'buildReport']);
  });
});
