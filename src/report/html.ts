/**
 * `--format html`: one self-contained page that shows who says what in the
 * article itself. Each attribution's content is highlighted in its speaker's
 * colour and numbered, its cue underlined (wavy when the stance is loaded), its
 * source boxed; quoted words of mixed quotes and scare quotes are marked; `attrib
 * check` findings sit in the margin beside their paragraph. A legend per article
 * lists the speakers; clicking one keeps only their highlights. For several
 * articles an index table links to each.
 *
 * The page has inline CSS and a little inline JS only, and a Content Security
 * Policy that allows nothing else (no network, no injected script: the policy
 * admits the report's own style and script by hash). All article text is
 * escaped.
 */
import { createHash } from 'node:crypto';
import { segment } from '../pipeline/segment.js';
import { countEndingBy } from '../positions.js';
import type { Attribution, DocumentResult, Finding, Report, Span, Speaker } from '../types.js';
import { attributes, escapeHtml, renderMarkedText, type Markup } from './html/marks.js';
import { SCRIPT } from './html/script.js';
import { SPEAKER_COLOURS, SPEAKER_STYLES, STYLE } from './html/style.js';

/**
 * `texts[i]` is the text `report.documents[i]` was analysed from (the
 * Article's text), which the JSON contract does not carry.
 */
export function formatHtml(report: Report, texts: readonly string[]): string {
  if (texts.length !== report.documents.length) {
    throw new Error(`the HTML report needs one article text per document: got ${texts.length} texts for ${report.documents.length} documents`);
  }
  const documents = report.documents.map((doc, i) => ({ doc, text: texts[i]!, anchor: `doc-${i + 1}` }));
  const only = documents.length === 1 ? documents[0] : undefined;
  const pageTitle = only ? `${only.doc.title ?? only.doc.path} — attrib` : `attrib report: ${documents.length} documents`;
  const { summary } = report;
  const body = [
    `<header class="report-head"><h1>attrib report</h1><p>${escapeHtml(plural(summary.documents, 'document'))} · ${escapeHtml(plural(summary.attributions, 'attribution'))} · ${escapeHtml(plural(summary.speakers, 'speaker'))}${summary.errors ? ` · ${escapeHtml(plural(summary.errors, 'failed input'))}` : ''} · attrib ${escapeHtml(report.tool.version)}</p></header>`,
    documents.length > 1 ? indexSection(documents) : '',
    report.errors.length > 0 ? errorsSection(report) : '',
    ...documents.map(({ doc, text, anchor }) => documentSection(doc, text, anchor, documents.length > 1)),
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="attrib ${escapeHtml(report.tool.version)}">
<title>${escapeHtml(pageTitle)}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="page">
${body.filter(Boolean).join('\n')}
</div>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

const sha256 = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; base-uri 'none'; form-action 'none'`;

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((100 * part) / whole)}%`;
}

// ---------------------------------------------------------------- index and errors

interface DocumentEntry {
  doc: DocumentResult;
  text: string;
  anchor: string;
}

function indexSection(documents: DocumentEntry[]): string {
  const withFindings = documents.some(({ doc }) => doc.findings.length > 0);
  const rows = documents.map(({ doc, anchor }) => {
    const speakerType = new Map(doc.speakers.map((s) => [s.id, s.type]));
    const anonymous = doc.attributions.filter((a) => a.speakerId !== null && speakerType.get(a.speakerId) === 'anonymous').length;
    const withCue = doc.attributions.filter((a) => a.cue !== null);
    const loaded = withCue.filter((a) => a.cue!.stance !== 'neutral').length;
    return `<tr><td><a href="#${anchor}">${escapeHtml(doc.title ?? doc.path)}</a>${doc.title ? `<small>${escapeHtml(doc.path)}</small>` : ''}</td>`
      + `<td class="num">${doc.attributions.length}</td><td class="num">${doc.speakers.length}</td>`
      + `<td class="num">${percent(anonymous, doc.attributions.length)}</td><td class="num">${percent(loaded, withCue.length)}</td>`
      + (withFindings ? `<td class="num">${doc.findings.length}</td>` : '')
      + '</tr>';
  });
  const head = '<tr><th>article</th><th class="num">attributions</th><th class="num">speakers</th>'
    + '<th class="num" title="share of attributions whose speaker is anonymous">anonymous</th>'
    + '<th class="num" title="share of cues whose stance is not neutral (claimed, denied, accused …)">non-neutral cues</th>'
    + (withFindings ? '<th class="num">findings</th>' : '')
    + '</tr>';
  return `<section class="index" id="index"><h2>Articles</h2><div class="table-wrap"><table><thead>${head}</thead><tbody>\n${rows.join('\n')}\n</tbody></table></div></section>`;
}

function errorsSection(report: Report): string {
  const items = report.errors.map((e) => `<li><code>${escapeHtml(e.path)}</code>: ${escapeHtml(e.message)} (${escapeHtml(e.code)})</li>`);
  return `<section class="errors"><h2>Inputs that failed (${report.errors.length})</h2><ul>${items.join('')}</ul></section>`;
}

// ---------------------------------------------------------------- one document

/** A speaker as the page shows it: numbered in legend order, with a colour-and-pattern style. */
interface SpeakerView {
  speaker: Speaker;
  number: number;
  styleClass: string;
  attributions: Attribution[];
}

function speakerViews(doc: DocumentResult): Map<string, SpeakerView> {
  const views = new Map<string, SpeakerView>();
  doc.speakers.forEach((speaker, i) => {
    const style = i % SPEAKER_STYLES;
    const pattern = Math.floor(style / SPEAKER_COLOURS.length);
    views.set(speaker.id, {
      speaker,
      number: i + 1,
      styleClass: `pal-${style % SPEAKER_COLOURS.length}` + (pattern > 0 ? ` pat-${pattern}` : ''),
      attributions: doc.attributions.filter((a) => a.speakerId === speaker.id),
    });
  });
  return views;
}

function documentSection(doc: DocumentResult, text: string, anchor: string, linkToIndex: boolean): string {
  const speakers = speakerViews(doc);
  const findings = [...doc.findings].sort((a, b) => a.start - b.start || a.end - b.end);
  const paragraphs = segment(text).paragraphs;
  const markups = documentMarkups(doc, speakers, findings);

  // (The paragraphs ending by an offset are counted, so the count is the index of the first that ends after it.)
  const markupsByParagraph = paragraphs.map((): Markup[] => []);
  for (const m of markups) {
    for (let p = countEndingBy(paragraphs, m.start); p < paragraphs.length && paragraphs[p]!.start < m.end; p++) markupsByParagraph[p]!.push(m);
  }
  const notesByParagraph = paragraphs.map((): string[] => []);
  const looseNotes: string[] = [];
  findings.forEach((f, i) => {
    const p = Math.min(countEndingBy(paragraphs, f.start), paragraphs.length - 1);
    (p >= 0 ? notesByParagraph[p]! : looseNotes).push(noteHtml(f, i + 1));
  });

  const rows = paragraphs.map((para, p) => {
    const headline = p === 0 && doc.title !== null && text.slice(para.start, para.end).trim() === doc.title.trim() ? ' class="headline"' : '';
    const notes = notesByParagraph[p]!;
    return `<div class="para"><p${headline}>${renderMarkedText(text, para, markupsByParagraph[p]!)}</p>${notes.length ? `<aside class="notes">${notes.join('')}</aside>` : ''}</div>`;
  });
  if (rows.length === 0) rows.push('<p class="empty">(no text)</p>');
  if (looseNotes.length) rows.push(`<div class="para"><aside class="notes">${looseNotes.join('')}</aside></div>`);

  const textClasses = ['text', doc.format === 'md' || doc.format === 'html' ? '' : 'ws-lines', findings.length ? 'has-notes' : ''].filter(Boolean).join(' ');
  const counts = [plural(doc.attributions.length, 'attribution'), plural(doc.speakers.length, 'speaker'), plural(doc.quotes.length, 'quote')];
  if (findings.length) counts.push(plural(findings.length, 'finding'));
  return `<article class="doc" id="${anchor}">
${linkToIndex ? '<a class="back" href="#index">↑ index</a>' : ''}<h2>${escapeHtml(doc.title ?? doc.path)}</h2>
<p class="doc-meta"><code>${escapeHtml(doc.path)}</code> · ${escapeHtml(doc.format)} · ${escapeHtml(counts.join(' · '))}</p>
${key(findings.length > 0)}
<div class="doc-body">
<div class="${textClasses}">
${rows.join('\n')}
</div>
${legend(doc, speakers)}
</div>
</article>`;
}

// ---------------------------------------------------------------- highlights

/** Equal ranges nest in this order, outermost first. */
const RANK = { finding: 0, content: 1, quote: 2, source: 3, cue: 4 } as const;

function contentSpans(a: Attribution): Span[] {
  return a.content.spans.length > 0 ? a.content.spans : [a.content];
}

function speakerLine(view: SpeakerView | undefined): string {
  return view ? `${view.speaker.name} (${view.speaker.type}, #${view.number})` : 'none found';
}

function attributionTitle(a: Attribution, view: SpeakerView | undefined): string {
  return [
    `${a.id}: ${a.kind} attribution`,
    `speaker: ${speakerLine(view)}`,
    a.source ? `source: “${a.source.text}”` : 'source: none',
    a.cue ? `cue: “${a.cue.text}” (${a.cue.lemma}), stance ${a.cue.stance}` : 'cue: none',
    `kind: ${a.kind}`,
    `confidence: ${a.confidence.toFixed(2)}`,
  ].join('\n');
}

function documentMarkups(doc: DocumentResult, speakers: Map<string, SpeakerView>, findings: Finding[]): Markup[] {
  const markups: Markup[] = [];
  const viewOf = (a: Attribution): SpeakerView | undefined => (a.speakerId === null ? undefined : speakers.get(a.speakerId));
  const speakerAttrs = (view: SpeakerView | undefined): Record<string, string> => (view ? { 'data-speaker': view.speaker.id } : {});
  const styleOf = (view: SpeakerView | undefined): string => view?.styleClass ?? 'no-speaker';

  // Several attributions can share one source or cue ("X denied … claiming …"): one element each, naming them all.
  const shared = new Map<string, { span: Span; view: SpeakerView | undefined; ids: string[]; role: 'source' | 'cue'; detail: string; loaded: boolean }>();
  const share = (role: 'source' | 'cue', span: Span, a: Attribution, detail: string, loaded: boolean): void => {
    const key = `${role}:${span.start}:${span.end}:${a.speakerId}`;
    const entry = shared.get(key) ?? { span, view: viewOf(a), ids: [], role, detail, loaded };
    entry.ids.push(a.id);
    shared.set(key, entry);
  };

  for (const a of doc.attributions) {
    const view = viewOf(a);
    for (const span of contentSpans(a)) {
      markups.push({
        start: span.start, end: span.end, tag: 'mark', rank: RANK.content,
        attrs: { class: `att kind-${a.kind} ${styleOf(view)}`, 'data-att': a.id, ...speakerAttrs(view), title: attributionTitle(a, view) },
        firstAttrs: { 'data-label': view ? String(view.number) : '?' },
      });
    }
    if (a.source) share('source', a.source, a, `speaker: ${speakerLine(view)}`, false);
    if (a.cue) share('cue', a.cue, a, `“${a.cue.text}” (${a.cue.lemma}), stance ${a.cue.stance}`, a.cue.stance !== 'neutral');
  }
  for (const { span, view, ids, role, detail, loaded } of shared.values()) {
    markups.push({
      start: span.start, end: span.end, tag: 'span', rank: role === 'source' ? RANK.source : RANK.cue,
      attrs: {
        class: role === 'source' ? `src ${styleOf(view)}` : `cue${loaded ? ' loaded' : ''}`,
        'data-att': ids.join(' '), ...speakerAttrs(view),
        title: `${role} of ${ids.join(', ')}\n${detail}`,
      },
    });
  }

  const byId = new Map(doc.attributions.map((a) => [a.id, a]));
  for (const q of doc.quotes) {
    if (q.attributionId === null) {
      markups.push({ start: q.start, end: q.end, tag: 'span', rank: RANK.quote, attrs: { class: 'scare', title: 'scare quote: quotation marks attributed to no one' } });
      continue;
    }
    const a = byId.get(q.attributionId);
    if (a?.kind !== 'mixed') continue; // a direct quote's content is all quoted words already
    // Only the part inside the highlight: the closing mark often lies just past the content.
    for (const span of contentSpans(a)) {
      const start = Math.max(q.start, span.start);
      const end = Math.min(q.end, span.end);
      if (start < end) markups.push({ start, end, tag: 'span', rank: RANK.quote, attrs: { class: 'quoted', ...speakerAttrs(viewOf(a)), title: `quoted words in mixed attribution ${a.id}` } });
    }
  }

  findings.forEach((f, i) => {
    markups.push({
      start: f.start, end: f.end, tag: 'span', rank: RANK.finding,
      attrs: { class: `finding sev-${f.severity}`, 'data-finding': String(i + 1), title: `${f.severity} ${f.ruleId}: ${f.message}` },
      firstAttrs: { 'data-note': String(i + 1) },
    });
  });
  return markups;
}

function noteHtml(f: Finding, number: number): string {
  return `<div class="note sev-${escapeHtml(f.severity)}" data-finding="${number}"><span class="note-no">${number}</span><b>${f.severity === 'error' ? '✖ error' : '▲ warning'}</b> ${escapeHtml(f.message)} <code>${escapeHtml(f.ruleId)} · ${f.line}:${f.column}</code></div>`;
}

// ---------------------------------------------------------------- legend

function legend(doc: DocumentResult, speakers: Map<string, SpeakerView>): string {
  const items = [...speakers.values()].map(speakerItem);
  const unattributed = doc.attributions.filter((a) => a.speakerId === null || !speakers.has(a.speakerId)).length;
  const list = items.length
    ? `<ul class="speakers">\n${items.join('\n')}\n</ul>`
    : `<p class="empty">${doc.attributions.length ? 'no speakers resolved' : 'no attributions found'}</p>`;
  return `<aside class="legend" aria-label="speakers">
<details open><summary><h3>Speakers (${speakers.size})</h3></summary>
<div class="focus-bar"><span class="focus-status" aria-live="polite"></span><button type="button" class="show-all" hidden>show all</button></div>
${list}
${unattributed ? `<p class="spk-counts"><mark class="att no-speaker" data-label="?">grey, numbered ?</mark> ${plural(unattributed, 'attribution')} with no source found</p>` : ''}
<p class="hint">Click a speaker to show only theirs; hover a highlight for its speaker, cue, stance, kind and confidence.</p>
</details>
</aside>`;
}

function speakerItem(view: SpeakerView): string {
  const { speaker, number, styleClass, attributions } = view;
  const byKind = (['direct', 'indirect', 'mixed'] as const).map((k) => `${attributions.filter((a) => a.kind === k).length} ${k}`).join(' · ');
  const cues = new Map<string, { lemma: string; stance: string; count: number }>();
  for (const a of attributions) {
    if (!a.cue) continue;
    const key = `${a.cue.lemma}:${a.cue.stance}`;
    const entry = cues.get(key) ?? { lemma: a.cue.lemma, stance: a.cue.stance, count: 0 };
    entry.count++;
    cues.set(key, entry);
  }
  const badges = [...cues.values()].map(({ lemma, stance, count }) =>
    `<span class="badge${stance === 'neutral' ? '' : ' loaded'}" title="cue “${escapeHtml(lemma)}”, stance ${escapeHtml(stance)}, ${plural(count, 'attribution')}">${escapeHtml(lemma)} <small>${escapeHtml(stance)}</small></span>`);
  const button = `<button type="button" class="spk-btn"${attributes({ 'data-speaker': speaker.id, 'data-name': speaker.name, 'data-count': plural(attributions.length, 'attribution'), 'aria-pressed': 'false' })}>`
    + `<span class="swatch ${styleClass}">${number}</span><span class="spk-name">${escapeHtml(speaker.name)}</span><span class="spk-type">${escapeHtml(speaker.type)}</span></button>`;
  return `<li>${button}<div class="spk-counts">${plural(attributions.length, 'attribution')}: ${byKind}</div>${badges.length ? `<div class="badges">${badges.join('')}</div>` : ''}</li>`;
}

function key(withFindings: boolean): string {
  const rows = [
    ['<mark class="att pal-0" data-label="1">what is said</mark>', 'content, in the colour and number of its speaker'],
    ['<span class="src pal-0">source</span>', 'the words naming the source'],
    ['<span class="cue">said</span> · <span class="cue loaded">claimed</span>', 'cue: straight underline when neutral, wavy when loaded'],
    ['<mark class="att pal-0"><span class="quoted">“own words”</span></mark>', 'quoted words inside a mixed quote'],
    ['<span class="scare">“scare quote”</span>', 'quotation marks attributed to no one'],
  ];
  if (withFindings) rows.push(['<span class="finding sev-warning" data-note="1">finding</span>', '<code>attrib check</code> finding, explained in the margin']);
  return `<ul class="key" aria-label="key">${rows.map(([sample, meaning]) => `<li><span class="sample">${sample}</span> ${meaning}</li>`).join('')}</ul>`;
}
