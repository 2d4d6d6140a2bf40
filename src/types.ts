/**
 * Shared types: the article model, the pipeline's stage boundaries and the
 * output contract (schemaVersion 1, see README "JSON output").
 *
 * Positions are `[start, end)` JavaScript string offsets (UTF-16 code units)
 * into the article's text, plus 1-based `line`/`column` where the contract
 * asks for them.
 */

export type Format = 'txt' | 'md' | 'html' | 'json' | 'jsonl';

/** One article as loaded: `text` keeps the coordinates of the file the user has. */
export interface Article {
  /** As found; "-" for stdin; "<file>#<line or id>" for records of a .jsonl or .json array (in .jsonl, a name an earlier record has is followed by "@<line>"). */
  path: string;
  format: Format;
  /** Decoded text; markup (Markdown, HTML) blanked to spaces so offsets still point into the file. */
  text: string;
  title: string | null;
  meta: Record<string, unknown>;
  /** What the loader had to do to read the file (decode it as Windows-1252, say); not part of the JSON output. */
  warnings?: InputWarning[];
}

/** A file that was analysed, but not quite as written: the CLI prints these on stderr. */
export interface InputWarning {
  /** The file (for a record of a .json or .jsonl file, the file, not the record). */
  path: string;
  message: string;
}

export interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------- stances and kinds

export type Stance = 'neutral' | 'assertive' | 'doubting' | 'denying' | 'accusing' | 'conceding' | 'other';
export const STANCES: readonly Stance[] = ['neutral', 'assertive', 'doubting', 'denying', 'accusing', 'conceding', 'other'];

export type AttributionKind = 'direct' | 'indirect' | 'mixed';
export type SpeakerType = 'person' | 'organization' | 'anonymous' | 'unknown';

// ---------------------------------------------------------------- output contract

export interface Mention extends Span {
  text: string;
  line: number;
  column: number;
}

export interface Speaker {
  id: string;
  name: string;
  type: SpeakerType;
  mentions: Mention[];
  /** How many attributions resolve to this speaker. */
  attributions: number;
}

export interface Content extends Span {
  text: string;
  line: number;
  column: number;
  /** The fragments when the content is discontinuous, else one span equal to start/end. */
  spans: Span[];
}

export interface Cue extends Span {
  text: string;
  lemma: string;
  stance: Stance;
}

export interface Source extends Span {
  text: string;
}

export interface Attribution {
  id: string;
  kind: AttributionKind;
  content: Content;
  cue: Cue | null;
  source: Source | null;
  speakerId: string | null;
  confidence: number;
}

export interface QuoteOut extends Span {
  text: string;
  attributionId: string | null;
}

export type Severity = 'error' | 'warning';

export interface Finding extends Span {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  attributionId: string | null;
}

/** One analysed article: a `documents[]` entry of the JSON output. */
export interface DocumentResult {
  path: string;
  format: Format;
  title: string | null;
  speakers: Speaker[];
  attributions: Attribution[];
  quotes: QuoteOut[];
  findings: Finding[];
}

export interface InputError {
  path: string;
  code: string;
  message: string;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'attrib'; version: string };
  documents: DocumentResult[];
  summary: { documents: number; attributions: number; speakers: number; errors: number };
  errors: InputError[];
}

/** A speaker across a corpus (src/corpus.ts; the table's corpus rows, not part of the JSON output). */
export interface CorpusSpeaker {
  name: string;
  type: SpeakerType;
  /** How many documents have it. */
  documents: number;
  attributions: number;
}
