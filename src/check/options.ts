/**
 * Validation helpers for rule options. Each throws OptionError naming the
 * option, so a configuration mistake reads `rules.anonymous-source.allow:
 * expected a whole number, 0 or more, got -1`.
 */
import { STANCES, type Stance } from '../types.js';
import { OptionError } from './types.js';

/** Rejects option names the rule does not know (a typo would otherwise be ignored silently). */
export function onlyKeys(raw: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) {
      throw new OptionError(key, known.length === 0 ? 'this rule takes no options' : `unknown option; known: ${known.join(', ')}`);
    }
  }
}

export function wholeNumber(raw: Record<string, unknown>, key: string, fallback: number, range: { min: number; max?: number }): number {
  const value = raw[key];
  if (value === undefined) return fallback;
  const inRange = typeof value === 'number' && Number.isInteger(value) && value >= range.min && (range.max === undefined || value <= range.max);
  if (!inRange) {
    const bounds = range.max === undefined ? `${range.min} or more` : `from ${range.min} to ${range.max}`;
    throw new OptionError(key, `expected a whole number, ${bounds}, got ${JSON.stringify(value)}`);
  }
  return value;
}

export function numberBetween(raw: Record<string, unknown>, key: string, fallback: number, min: number, max: number): number {
  const value = raw[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new OptionError(key, `expected a number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** A non-empty list of cue stances drawn from `allowed`. */
export function stanceList(raw: Record<string, unknown>, key: string, fallback: readonly Stance[], allowed: readonly Stance[] = STANCES): Stance[] {
  const value = raw[key];
  if (value === undefined) return [...fallback];
  const valid = Array.isArray(value) && value.length > 0 && value.every((s) => typeof s === 'string' && (allowed as readonly string[]).includes(s));
  if (!valid) throw new OptionError(key, `expected a non-empty list of stances from ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  return [...new Set(value as Stance[])];
}

/** `parseOptions` for a rule that takes none. */
export function noOptions(raw: Record<string, unknown>): Record<string, never> {
  onlyKeys(raw, []);
  return {};
}
