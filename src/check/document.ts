/** Small readers of an analysed document shared by the rules. */
import type { Attribution, DocumentResult, Span, Speaker } from '../types.js';

/** Where a finding about an attribution points: its source, else its cue, else its content. */
export function anchorOf(attribution: Attribution): Span {
  const span = attribution.source ?? attribution.cue ?? attribution.content;
  return { start: span.start, end: span.end };
}

/**
 * Where the article's headline (`document.title`) is in its text, or null when it is not there (a JSON
 * record's title field, Markdown front matter, an HTML <title>): the first stretch of the text that
 * reads as the title, word for word, and is a block of its own (a line or a paragraph: after the text's
 * start, a line break or a paragraph break and spaces; then spaces and a line break, a paragraph break or
 * the end). White space inside it may differ (markup blanked to spaces, a
 * headline over two lines).
 */
export function titleSpan(document: DocumentResult, text: string): Span | null {
  const words = document.title?.split(/\s+/).filter((w) => w !== '') ?? [];
  if (words.length === 0) return null;
  const title = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\u2029]+');
  // Spaces only after the break (not more breaks): each stretch of blanks is read from one break, so the search is linear.
  const m = new RegExp(`(?:^|[\\r\\n\\u2029])[ \\t]*(${title})[ \\t]*(?=[\\r\\n\\u2029]|$)`, 'd').exec(text);
  const [start, end] = m?.indices?.[1] ?? [];
  return start === undefined || end === undefined ? null : { start, end };
}

/**
 * The attributions of the story, not of its headline: a headline ("Council approves budget") restates
 * the story in a few words; it is no source of its own. An attribution is the headline's when its cue
 * (else its content) starts inside the title (`titleSpan`).
 */
export function storyAttributions(document: DocumentResult, text: string): Attribution[] {
  const title = titleSpan(document, text);
  if (!title) return document.attributions;
  return document.attributions.filter((a) => {
    const at = (a.cue ?? a.content).start;
    return at < title.start || at >= title.end;
  });
}

/** Speakers by id, for rules that ask what an attribution resolved to. */
export function speakersById(document: DocumentResult): Map<string, Speaker> {
  return new Map(document.speakers.map((s) => [s.id, s]));
}

/** A speaker the article names: a person or an organisation (not anonymous, not unknown). */
export function isNamed(speaker: Speaker | undefined): boolean {
  return speaker?.type === 'person' || speaker?.type === 'organization';
}

/** Text on one line, cut at a word boundary to about `max` characters, for messages. */
export function excerpt(text: string, max = 50): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, /[\ud800-\udbff]/.test(flat[max - 1] ?? '') ? max - 1 : max); // not inside a character (an emoji is two units)
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/, '') + '…';
}

/**
 * The file a document (or a failed input) lives in, and whether positions are
 * positions in that file: for records of .json and .jsonl files and of JSON
 * on stdin ("file.jsonl#3", "-#a1"), and for the one article of a .json file
 * (path "file.json": a document's `format` says so), offsets count in the
 * record's text field, so annotations can name the file but not a line in it.
 * A JSONL line that is not a record ("file.jsonl@7") is that `line` of the file;
 * an item of a .json array that is not an article ("file.json@3") is an item,
 * not a line, so it is the file alone.
 */
export function fileOf(inputPath: string, format?: string): { file: string; positionsInFile: boolean; line?: number } {
  // The first "#" after the file's name ends it: an id may hold "#" too (a URL with a fragment).
  const record = /^(-|.*?\.(?:json|jsonl|ndjson))#/i.exec(inputPath);
  if (record) return { file: record[1]!, positionsInFile: false };
  const badLine = /^(-|.*\.(?:jsonl|ndjson))@(\d+)$/i.exec(inputPath);
  if (badLine) return { file: badLine[1]!, positionsInFile: true, line: Number(badLine[2]) };
  const badItem = /^(.*\.json)@\d+$/i.exec(inputPath);
  if (badItem) return { file: badItem[1]!, positionsInFile: false };
  return { file: inputPath, positionsInFile: format !== 'json' && format !== 'jsonl' };
}
