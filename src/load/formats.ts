/**
 * File formats to articles. Markup formats keep the file's coordinates: markup
 * is blanked to spaces of equal length (block boundaries become U+2029, which
 * the segmenter reads as a paragraph break and line counting ignores), so
 * every offset and line:column points into the file the user has.
 */
import type { Article, Format } from '../types.js';
import { InputProblem } from './decode.js';

export interface ParsedRecord {
  article?: Article;
  error?: { path: string; code: string; message: string };
}

export const EXTENSIONS: Record<string, Format> = {
  txt: 'txt', text: 'txt', md: 'md', markdown: 'md', html: 'html', htm: 'html', json: 'json', jsonl: 'jsonl', ndjson: 'jsonl',
};

export function formatOf(path: string): Format {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  return EXTENSIONS[ext] ?? 'txt';
}

export function parseArticles(path: string, format: Format, text: string): ParsedRecord[] {
  switch (format) {
    case 'txt': return [{ article: { path, format, text, title: textTitle(text), meta: {} } }];
    case 'md': return [{ article: markdownArticle(path, text) }];
    case 'html': return [{ article: htmlArticle(path, text) }];
    case 'json': return jsonArticles(path, text);
    case 'jsonl': return jsonlArticles(path, text);
  }
}

// ---------------------------------------------------------------- plain text

/** The first line is a title when it has no sentence-final punctuation and a blank line follows. */
export function textTitle(text: string): string | null {
  const m = /^[ \t\uFEFF]*([^\r\n]{1,300})\r?\n[ \t]*\r?\n/.exec(text);
  const line = m?.[1]?.trim();
  if (!line || /[.!?:;,"”’]$/.test(line)) return null;
  return line;
}

// ---------------------------------------------------------------- Markdown

const PARAGRAPH_BREAK = '\u2029';

function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

function markdownArticle(path: string, source: string): Article {
  let text = source;
  let title: string | null = null;
  // Front matter: title from it, then blanked.
  const fm = /^---[ \t]*\r?\n([\s\S]{0,20000}?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (fm) {
    const t = /^title:[ \t]*(.+)$/m.exec(fm[1] ?? '');
    if (t?.[1]) title = t[1].trim().replace(/^(["'])(.*)\1$/, '$2');
    text = blank(fm[0]) + text.slice(fm[0].length);
  }
  text = text
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/^( {0,3})(```|~~~)[^\n]*\n[\s\S]*?\n {0,3}\2[^\n]*$/gm, blank) // fenced code
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, blank) // images
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, (m, label: string) => ' ' + label + ' '.repeat(m.length - label.length - 1)) // links
    .replace(/^([ \t]*)(#{1,6})([ \t]+)/gm, (_m, a: string, h: string, b: string) => a + ' '.repeat(h.length) + b)
    .replace(/^([ \t]*)(>+)/gm, (_m, a: string, q: string) => a + ' '.repeat(q.length))
    .replace(/^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+)/gm, (_m, a: string, b: string, c: string) => a + ' '.repeat(b.length) + c)
    .replace(/(\*\*|__|\*|`)(?=\S)([^*`\n]{1,500}?)(?<=\S)\1/g, (_m, mark: string, inner: string) => ' '.repeat(mark.length) + inner + ' '.repeat(mark.length))
    .replace(/<\/?[a-zA-Z][^>\n]{0,500}>/g, blank);
  if (!title) {
    const h1 = /^#[ \t]+(.+)$/m.exec(source.slice(fm ? fm[0].length : 0));
    title = h1?.[1]?.trim() ?? textTitle(text);
  }
  return { path, format: 'md', text, title, meta: {} };
}

// ---------------------------------------------------------------- HTML

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', ndash: '–', hellip: '…', laquo: '«', raquo: '»', eacute: 'é', copy: '©', reg: '®',
};

const BLOCK_TAGS = /^(?:p|div|br|h[1-6]|li|ul|ol|blockquote|section|article|header|footer|aside|main|figure|figcaption|table|tr|td|th|pre|hr|dt|dd|nav)$/i;

function htmlArticle(path: string, source: string): Article {
  let text = source;
  // Content of script, style and similar elements is never text; an unclosed one runs to the end.
  text = text.replace(/<(script|style|noscript|template|iframe|svg|object)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, blank);
  text = text.replace(/<!--[\s\S]*?(?:-->|$)/g, blank).replace(/<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g, blank).replace(/<![^>]*>/g, blank);
  const title = decodeEntities(/<title[^>]*>([^<]{1,500})<\/title>/i.exec(text)?.[1] ?? /<h1[^>]*>([\s\S]{1,500}?)<\/h1>/i.exec(text)?.[1]?.replace(/<[^>]*>/g, '') ?? '').trim() || null;
  // Keep only the article's region: <article>, else <main>, else <body>.
  for (const tag of ['article', 'main', 'body']) {
    const open = new RegExp(`<${tag}\\b[^>]*>`, 'i').exec(text);
    if (!open) continue;
    const from = open.index + open[0].length;
    const close = new RegExp(`</${tag}\\s*>`, 'i').exec(text.slice(from));
    const to = close ? from + close.index : text.length;
    text = blank(text.slice(0, from)) + text.slice(from, to) + blank(text.slice(to));
    break;
  }
  // Tags: block tags become a paragraph break, inline tags spaces. Entities decode in place, padded with spaces.
  text = text.replace(/<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>?/g, (m, name: string) => (BLOCK_TAGS.test(name) ? PARAGRAPH_BREAK + blank(m.slice(1)) : blank(m)));
  text = text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, body: string) => {
    const ch = decodeEntity(body);
    return ch === null ? m : ch + ' '.repeat(m.length - ch.length);
  });
  return { path, format: 'html', text, title, meta: {} };
}

function decodeEntity(body: string): string | null {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    const ch = String.fromCodePoint(code);
    return ch.length <= body.length + 2 ? ch : null;
  }
  return ENTITIES[body.toLowerCase()] ?? null;
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, body: string) => decodeEntity(body) ?? m);
}

// ---------------------------------------------------------------- JSON and JSONL

/** An article object: `{title?, text | body | content}`. */
function recordArticle(value: unknown, path: string, format: Format): Article {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputProblem('ENOTARTICLE', 'not an article: expected an object with a "text", "body" or "content" string');
  }
  const record = value as Record<string, unknown>;
  const field = ['text', 'body', 'content'].find((k) => typeof record[k] === 'string');
  if (!field) throw new InputProblem('ENOTARTICLE', 'not an article: no "text", "body" or "content" string field');
  const title = typeof record.title === 'string' ? record.title : null;
  const meta: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (k !== field && k !== 'title' && (typeof v !== 'object' || v === null)) meta[k] = v;
  return { path, format, text: record[field] as string, title, meta };
}

function jsonArticles(path: string, text: string): ParsedRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return [{ error: { path, code: 'EPARSE', message: `invalid JSON: ${(e as Error).message}` } }];
  }
  const items = Array.isArray(value) ? value : [value];
  return items.map((item, i) => {
    const itemPath = Array.isArray(value) ? `${path}#${i + 1}` : path;
    try {
      return { article: recordArticle(item, itemPath, 'json') };
    } catch (e) {
      return { error: { path: itemPath, code: (e as InputProblem).code ?? 'ENOTARTICLE', message: (e as Error).message } };
    }
  });
}

function jsonlArticles(path: string, text: string): ParsedRecord[] {
  const out: ParsedRecord[] = [];
  const lines = text.split(/\r?\n|\r/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      out.push({ error: { path: `${path}#${i + 1}`, code: 'EPARSE', message: `line ${i + 1}: invalid JSON: ${(e as Error).message}` } });
      return;
    }
    const id = typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : String(i + 1);
    try {
      out.push({ article: recordArticle(value, `${path}#${id}`, 'jsonl') });
    } catch (e) {
      out.push({ error: { path: `${path}#${i + 1}`, code: (e as InputProblem).code, message: `line ${i + 1}: ${(e as Error).message}` } });
    }
  });
  return out;
}
