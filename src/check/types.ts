/**
 * The boundary between the check runner and its rules. A rule reads one
 * analysed document (the `analyze` output, no NLP of its own) and returns where
 * and why it objects; the runner adds the rule id, the configured severity and
 * line:column, and applies inline suppression.
 */
import type { DocumentResult, Severity } from '../types.js';

/** `attrib check --format` values (here, not in index.ts, so the CLI can list them without loading the checker). */
export const CHECK_FORMATS = ['text', 'json', 'github', 'sarif', 'html'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** A rule's setting in the configuration: off, or on at a severity. */
export type RuleLevel = Severity | 'off';

/** What a rule reports; `start`/`end` are offsets into the document's text. */
export interface RuleFinding {
  start: number;
  end: number;
  message: string;
  attributionId: string | null;
}

export interface Rule<Options = unknown> {
  id: string;
  defaultLevel: RuleLevel;
  /** One line: what the rule flags (used in SARIF rule metadata and the README). */
  description: string;
  defaultOptions: Options;
  /**
   * Validates the options object a configuration gives (keys the user left out
   * keep their defaults). Throws OptionError naming the option.
   */
  parseOptions(raw: Record<string, unknown>): Options;
  /** `text` is the article text the offsets point into (markup blanked), for rules that look at a span's surroundings. */
  check(document: DocumentResult, options: Options, text: string): RuleFinding[];
}

/** A problem with one option of a rule; the config loader adds the file and key path. */
export class OptionError extends Error {
  constructor(readonly option: string | null, message: string) {
    super(message);
    this.name = 'OptionError';
  }
}
