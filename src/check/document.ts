/** Small readers of an analysed document shared by the rules. */
import type { Attribution, DocumentResult, Span, Speaker } from '../types.js';

/** Where a finding about an attribution points: its source, else its cue, else its content. */
export function anchorOf(attribution: Attribution): Span {
  const span = attribution.source ?? attribution.cue ?? attribution.content;
  return { start: span.start, end: span.end };
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
  const cut = flat.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/, '') + '…';
}

/**
 * The file a document (or a failed input) lives in, and whether positions are
 * positions in that file: for records of .json and .jsonl files and of JSON
 * on stdin ("file.jsonl#3", "-#a1") offsets count in the record's text field,
 * so annotations can name the file but not a line in it. A JSONL line that is
 * not a record ("file.jsonl@7") is that `line` of the file.
 */
export function fileOf(inputPath: string): { file: string; positionsInFile: boolean; line?: number } {
  // The first "#" after the file's name ends it: an id may hold "#" too (a URL with a fragment).
  const record = /^(-|.*?\.(?:json|jsonl|ndjson))#/i.exec(inputPath);
  if (record) return { file: record[1]!, positionsInFile: false };
  const badLine = /^(-|.*\.(?:jsonl|ndjson))@(\d+)$/i.exec(inputPath);
  if (badLine) return { file: badLine[1]!, positionsInFile: true, line: Number(badLine[2]) };
  return { file: inputPath, positionsInFile: true };
}
