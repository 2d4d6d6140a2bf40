/**
 * Inline suppression in Markdown and HTML, read from the file's original text
 * (the loader blanks comments to spaces but keeps every offset, so positions
 * found here match the findings'):
 *
 *   <!-- attrib-disable loaded-verb -->  …  <!-- attrib-enable loaded-verb -->
 *   <!-- attrib-disable-next-line unattributed-quote -->
 *
 * Several rule ids may be given, separated by spaces or commas; none means
 * every rule. A disable without a matching enable runs to the end of the file.
 * A finding is suppressed by where it starts.
 */
import { lineLocator, type LineLocator } from '../positions.js';
import type { Format } from '../types.js';

type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';

interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty for all rules. */
  rules: string[];
  /** The comment's span: a disable takes effect from its end, an enable from its start. */
  start: number;
  end: number;
  /** The line the comment ends on. */
  line: number;
}

export type SuppressionCheck = (ruleId: string, offset: number, line: number) => boolean;

const DIRECTIVE = /<!--\s*attrib-(disable-next-line|disable|enable)(?=[\s,]|-->)([\s\S]*?)-->/g;

function findDirectives(sourceText: string, locate: LineLocator): Directive[] {
  const directives: Directive[] = [];
  for (const m of sourceText.matchAll(DIRECTIVE)) {
    const start = m.index;
    const end = start + m[0].length;
    const rules = (m[2] ?? '').split(/[\s,]+/).filter((id) => id.length > 0);
    directives.push({ kind: m[1] as DirectiveKind, rules, start, end, line: locate(end).line });
  }
  return directives;
}

/**
 * The line of the first suppression comment in a text whose format has no comments (plain text, the
 * text of a JSON record), where it is not read; null when there is none. `attrib check` warns about it:
 * someone meant to switch a rule off, and it stays on.
 */
export function ignoredDirectiveLine(text: string): number | null {
  if (!text.includes('attrib-')) return null;
  DIRECTIVE.lastIndex = 0;
  const m = DIRECTIVE.exec(text);
  DIRECTIVE.lastIndex = 0;
  return m ? lineLocator(text)(m.index).line : null;
}

/**
 * The rule ids that suppression comments name but no rule has, each with the line of its comment, in text order: a
 * typo ("loaded-verbs") switches nothing off, so `attrib check` warns about it.
 */
export function unknownDirectiveRules(sourceText: string, known: ReadonlySet<string>): { ruleId: string; line: number }[] {
  if (!sourceText.includes('attrib-')) return [];
  return findDirectives(sourceText, lineLocator(sourceText)).flatMap((d) => d.rules.filter((id) => !known.has(id)).map((ruleId) => ({ ruleId, line: d.line })));
}

/** Whether articles of a format can hold suppression comments: Markdown and HTML, where comments are not shown. */
export function readsSuppressionComments(format: Format): boolean {
  return format === 'md' || format === 'html';
}

/** Whether a rule is switched off at an offset (and line) by the comments in the text. */
export function suppressionCheck(sourceText: string, locate: LineLocator): SuppressionCheck {
  const directives = findDirectives(sourceText, locate);
  if (directives.length === 0) return () => false;
  const names = (d: Directive, ruleId: string): boolean => d.rules.length === 0 || d.rules.includes(ruleId);
  return (ruleId, offset, line) => {
    let disabled = false;
    for (const d of directives) {
      if (d.kind === 'disable-next-line') {
        if (d.line + 1 === line && names(d, ruleId)) return true;
      } else if (d.kind === 'disable' ? d.end <= offset : d.start <= offset) {
        if (names(d, ruleId)) disabled = d.kind === 'disable';
      }
    }
    return disabled;
  };
}
