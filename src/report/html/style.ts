/**
 * The report's stylesheet, inlined into the page. Speaker colours are Paul
 * Tol's "light" scheme (designed for colour-blind readers and for black text
 * on coloured backgrounds); from the ninth speaker on, the colours repeat with
 * a stripe or dot pattern, and every highlight also carries its speaker's
 * number, so no meaning rests on colour alone.
 */

/** Paul Tol's light scheme without its pale grey, which marks attributions with no speaker. */
export const SPEAKER_COLOURS = ['#77AADD', '#EE8866', '#44BB99', '#EEDD88', '#FFAABB', '#99DDFF', '#BBCC33', '#AAAA00'] as const;
/** How many visually distinct speaker styles there are: colours × patterns (none, stripes, dots). */
export const SPEAKER_STYLES = SPEAKER_COLOURS.length * 3;

const palette = SPEAKER_COLOURS.map((c, i) => `.pal-${i}{--c:${c}}`).join('\n');

export const STYLE = `
:root{--ink:#1b1b1b;--muted:#5a5a5a;--rule:#d4d4d4;--paper:#fff;--page:#f4f4f2;--error:#b3261e;--warning:#8a5a00;--none:#dddddd}
*{box-sizing:border-box}
body{margin:0;background:var(--page);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
a{color:#1d4f91}
.page{max-width:1320px;margin:0 auto;padding:1rem 1.25rem 3rem}
.report-head h1{font-size:1.35rem;margin:.25rem 0}
.report-head p{margin:0;color:var(--muted)}
h2{font-size:1.2rem;margin:0 0 .15rem}
h3{font-size:.95rem;margin:1rem 0 .4rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.doc,.index,.errors{background:var(--paper);border:1px solid var(--rule);border-radius:6px;padding:1rem 1.25rem;margin:1.25rem 0}
.doc-meta{color:var(--muted);margin:0 0 .75rem;overflow-wrap:anywhere}
.doc-meta code{font-size:.9em}
.back{float:right;font-size:.9rem}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid var(--rule);vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.index td small{display:block;color:var(--muted);overflow-wrap:anywhere}
.doc-body{display:grid;grid-template-columns:minmax(0,1fr) 21rem;gap:2rem;align-items:start}
.text{font:1.06rem/1.9 Georgia,"DejaVu Serif","Times New Roman",serif;overflow-wrap:anywhere}
.para{display:grid;grid-template-columns:minmax(0,1fr)}
.has-notes .para{grid-template-columns:minmax(0,1fr) 15rem;column-gap:1.25rem}
.para>p{margin:0 0 1em;max-width:44em}
.para:first-child>p.headline{font-weight:700;font-size:1.2em}
.ws-lines .para>p{white-space:pre-line}
.notes{font:.85rem/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin-bottom:1em}
.note{border-left:4px solid;padding:.25rem .5rem;margin:0 0 .5rem;background:#faf8f4}
.note.sev-error{border-color:var(--error)}
.note.sev-warning{border-color:var(--warning)}
.note b{text-transform:uppercase;font-size:.75rem;letter-spacing:.04em}
.note.sev-error b{color:var(--error)}
.note.sev-warning b{color:var(--warning)}
.note code{font-size:.75rem;color:var(--muted)}
.note-no{font-weight:700;margin-right:.3em}
${palette}
.pat-1{background-image:repeating-linear-gradient(135deg,rgba(255,255,255,.6) 0 3px,transparent 3px 7px)}
.pat-2{background-image:radial-gradient(rgba(0,0,0,.28) 1px,transparent 1.3px);background-size:5px 5px}
.att{background-color:var(--c,var(--none));color:inherit;padding:.12em 0;border-radius:2px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.att.no-speaker{background-color:var(--none);box-shadow:inset 0 -2px 0 #777}
.att .att{box-shadow:0 0 0 1.5px rgba(0,0,0,.55)}
.att[data-label]::before,.swatch{content:attr(data-label);display:inline-block;min-width:1.35em;padding:0 .3em;margin-right:.25em;border-radius:.7em;background:#222;color:#fff;font:700 .68rem/1.35 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;text-align:center;vertical-align:.2em;font-style:normal}
.src{background-color:var(--c,var(--none));box-shadow:inset 0 0 0 1.5px #222;border-radius:3px;padding:.12em .1em;font-weight:700;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.cue{font-weight:700;text-decoration:underline 2px;text-underline-offset:.22em}
.cue.loaded{text-decoration-style:wavy;text-decoration-thickness:1.5px}
.quoted{font-style:italic;background-image:linear-gradient(rgba(255,255,255,.55),rgba(255,255,255,.55));border-bottom:1.5px dotted #222}
.scare{background:repeating-linear-gradient(135deg,#e2e2e2 0 3px,#f6f6f6 3px 6px);border-bottom:1.5px dashed #555;padding:.12em 0}
.finding{border-bottom:2.5px solid var(--warning);padding-bottom:.34em}
.finding.sev-error{border-bottom-color:var(--error)}
.finding[data-note]::before{content:attr(data-note);font:700 .66rem/1.2 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;vertical-align:super;color:var(--warning);border:1.5px solid;border-radius:.6em;padding:0 .3em;margin-right:.15em;background:#fff}
.finding.sev-error[data-note]::before{color:var(--error)}
.focused .att.dimmed,.focused .src.dimmed{background-color:transparent;background-image:none;box-shadow:none}
.focused .att.dimmed[data-label]::before{background:#c8c8c8;color:#555}
.focused .cue.dimmed,.focused .src.dimmed{text-decoration:none;font-weight:inherit}
.focused .quoted.dimmed{background-image:none;border-bottom-color:transparent}
.focused .att.active{box-shadow:inset 0 -3px 0 #222}
.legend{position:sticky;top:1rem;max-height:calc(100vh - 2rem);overflow:auto;font-size:.9rem}
.legend summary{cursor:pointer}
.legend summary h3{display:inline-block;margin:0 0 .4rem}
.speakers{list-style:none;margin:0;padding:0}
.speakers li{padding:.45rem 0;border-bottom:1px solid var(--rule)}
.spk-btn{all:unset;cursor:pointer;display:flex;gap:.4rem;align-items:baseline;flex-wrap:wrap;width:100%;border-radius:4px;padding:.1rem .2rem}
.spk-btn:focus-visible{outline:2px solid #1d4f91}
.spk-btn:hover .spk-name{text-decoration:underline}
.spk-btn[aria-pressed=true]{background:#222;color:#fff}
.spk-btn[aria-pressed=true] .spk-type{color:#ddd}
.swatch{background-color:var(--c);color:#111;border:1.5px solid #222;margin:0}
.spk-name{font-weight:700}
.spk-type{color:var(--muted);font-size:.8rem}
.spk-counts{color:var(--muted);font-size:.82rem;margin:.1rem 0 .2rem .2rem}
.badges{display:flex;flex-wrap:wrap;gap:.25rem;margin-left:.2rem}
.badge{border:1px solid #888;border-radius:3px;padding:0 .3rem;font-size:.78rem;background:#fff}
.badge small{color:var(--muted)}
.badge.loaded{border:1.5px dashed #222;font-weight:600}
.focus-bar{display:flex;gap:.5rem;align-items:center;margin:0 0 .3rem;font-size:.85rem;font-weight:600}
.show-all{white-space:nowrap;font:inherit;font-size:.8rem;padding:.1rem .5rem;border:1px solid #888;border-radius:3px;background:#fff;cursor:pointer}
.show-all[hidden]{display:none}
.key{list-style:none;display:flex;flex-wrap:wrap;gap:.2rem 1.4rem;margin:0 0 1.1rem;padding:.5rem .75rem;background:#f7f7f5;border-radius:4px;font-size:.82rem;line-height:2;color:var(--muted)}
.key .sample{font:.95rem Georgia,"DejaVu Serif",serif;color:var(--ink);margin-right:.2rem}
.hint{color:var(--muted);font-size:.8rem;margin:.6rem 0 0}
.empty{color:var(--muted);font-style:italic}
.errors li{overflow-wrap:anywhere}
@media (max-width:900px){
  .page{padding:.5rem .5rem 2rem}
  .doc,.index,.errors{padding:.75rem;margin:.75rem 0}
  .doc-body{grid-template-columns:minmax(0,1fr);gap:1rem}
  .legend{position:static;max-height:none;order:-1}
  .has-notes .para{grid-template-columns:minmax(0,1fr)}
  .text{font-size:1rem}
}
`;
