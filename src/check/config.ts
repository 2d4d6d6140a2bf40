/**
 * Configuration: which rules run, at which severity, with which options.
 *
 * Found from the working directory upwards — in each directory `.attribrc.json`
 * first, then the `"attrib"` key of `package.json` (a package.json without the
 * key is passed over) — or named with `--config <file>`. With none, every rule
 * runs at its default level. Shape: `{ "rules": { "<rule-id>": "off" | "warn"
 * | "error" | ["warn", { …options }] } }`. Anything else is a ConfigError that
 * names the file and the key.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeText } from '../load/decode.js';
import { invalidJsonMessage } from '../load/json-error.js';
import type { Severity } from '../types.js';
import { RULES, ruleById } from './rules/index.js';
import { OptionError, type Rule, type RuleLevel } from './types.js';

export interface ConfiguredRule {
  rule: Rule;
  severity: Severity;
  options: unknown;
}

export interface CheckConfig {
  /** The enabled rules, in registry order. */
  rules: ConfiguredRule[];
  /** The file the configuration came from; null for the defaults. */
  origin: string | null;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const LEVELS: Record<string, RuleLevel> = { off: 'off', warn: 'warning', error: 'error' };
const RC_FILE = '.attribrc.json';

/** The configuration for a run: `configFile` if given, else the nearest one from `cwd` upwards, else the defaults. */
export async function loadConfig(cwd: string, configFile?: string): Promise<CheckConfig> {
  if (configFile !== undefined) {
    const file = path.resolve(cwd, configFile);
    const json = await readJson(file, configFile);
    if (json === undefined) throw new ConfigError(`${configFile}: no such file (--config)`);
    // A package.json holds its configuration under "attrib", as when it is found (its "name" was an unknown key).
    if (path.basename(file) === 'package.json') {
      if (!isObject(json) || json.attrib === undefined) throw new ConfigError(`${configFile}: no "attrib" key (--config)`);
      return resolveConfig(json.attrib, configFile, 'attrib.');
    }
    return resolveConfig(json, configFile, '');
  }
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const rcFile = path.join(dir, RC_FILE);
    const rc = await readJson(rcFile, displayPath(cwd, rcFile));
    if (rc !== undefined) return resolveConfig(rc, displayPath(cwd, rcFile), '');
    const pkgFile = path.join(dir, 'package.json');
    const pkg = await readJson(pkgFile, displayPath(cwd, pkgFile));
    if (isObject(pkg) && pkg.attrib !== undefined) return resolveConfig(pkg.attrib, displayPath(cwd, pkgFile), 'attrib.');
    if (path.dirname(dir) === dir) break;
  }
  return { rules: defaultRules(), origin: null };
}

/** Validate a parsed configuration object; `keyPrefix` is where it sits in its file ("attrib." in package.json). */
export function resolveConfig(raw: unknown, origin: string, keyPrefix: string): CheckConfig {
  const fail: (key: string, problem: string) => never = (key, problem) => {
    const fullKey = (keyPrefix + key).replace(/\.$/, '');
    throw new ConfigError(fullKey ? `${origin}: ${fullKey}: ${problem}` : `${origin}: ${problem}`);
  };
  if (!isObject(raw)) fail('', 'expected an object like {"rules": {"loaded-verb": "warn"}}');
  for (const key of Object.keys(raw)) if (key !== 'rules') fail(key, 'unknown key; the configuration has only "rules"');
  // Left out, "rules" is the defaults; given, it must be an object (null was taken for {} and every rule ran at its default).
  const settings = raw.rules === undefined ? {} : raw.rules;
  if (!isObject(settings)) fail('rules', `expected an object mapping rule ids to "off", "warn", "error" or [severity, options], got ${JSON.stringify(settings)}`);
  const chosen = new Map<string, { level: RuleLevel; options: unknown }>();
  for (const [id, setting] of Object.entries(settings)) {
    const key = `rules.${id}`;
    const rule = ruleById(id);
    if (!rule) fail(key, `unknown rule; known rules: ${RULES.map((r) => r.id).join(', ')}`);
    const [level, options]: unknown[] = Array.isArray(setting) ? setting : [setting];
    if (Array.isArray(setting) && (setting.length < 1 || setting.length > 2)) fail(key, `expected [severity] or [severity, options], got ${setting.length} items`);
    if (typeof level !== 'string' || !Object.hasOwn(LEVELS, level)) fail(key, `expected "off", "warn", "error" or [severity, options], got ${JSON.stringify(level)}`);
    if (options !== undefined && !isObject(options)) fail(`${key}[1]`, `expected an options object, got ${JSON.stringify(options)}`);
    try {
      chosen.set(id, { level: LEVELS[level]!, options: rule.parseOptions((options ?? {}) as Record<string, unknown>) });
    } catch (e) {
      if (!(e instanceof OptionError)) throw e;
      fail(e.option === null ? key : `${key}[1].${e.option}`, e.message);
    }
  }
  const rules: ConfiguredRule[] = [];
  for (const rule of RULES) {
    const setting = chosen.get(rule.id) ?? { level: rule.defaultLevel, options: rule.defaultOptions };
    if (setting.level !== 'off') rules.push({ rule, severity: setting.level, options: setting.options });
  }
  return { rules, origin };
}

function defaultRules(): ConfiguredRule[] {
  return RULES.filter((r) => r.defaultLevel !== 'off').map((rule) => ({ rule, severity: rule.defaultLevel as Severity, options: rule.defaultOptions }));
}

/** Parsed JSON, or undefined when the file does not exist; other problems are ConfigErrors naming the file. */
async function readJson(file: string, shown: string): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new ConfigError(`${shown}: cannot read (${code ?? (e as Error).message})`);
  }
  // Decoded as an article is: UTF-16 with a byte-order mark (Notepad's "Unicode", PowerShell 5's `>`) was read
  // as UTF-8 and refused as invalid JSON at its first character. (A UTF-8 byte-order mark is dropped too.)
  let json: string;
  try {
    json = decodeText(bytes).text;
  } catch (e) {
    throw new ConfigError(`${shown}: cannot read: ${(e as Error).message}`);
  }
  // (An empty file, or one of blank lines only, was "invalid JSON … Unexpected end of JSON input".)
  if (json.trim() === '') throw new ConfigError(`${shown}: empty file; expected ${path.basename(file) === 'package.json' ? 'a JSON object' : 'an object like {"rules": {"loaded-verb": "warn"}}'}`);
  try {
    return JSON.parse(json) as unknown;
  } catch (e) {
    // At a line and column, not V8's character position (or none, for an unexpected token such as a trailing comma).
    throw new ConfigError(`${shown}: ${invalidJsonMessage(json, (e as Error).message)}`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A path relative to the working directory when it lies inside it, else absolute. */
export function displayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
