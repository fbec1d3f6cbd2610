// The widget's only CSS, adopted into each shadow root as one shared constructable stylesheet: nothing leaks
// into the host page and a CSP that forbids inline styles has nothing to forbid. Colours are custom properties
// so the chart reads the same palette, and a host page may override --ts-* on the element.

// Bars use the Okabe–Ito vermillion and bluish green, which stay apart for red–green colour blindness.
const LIGHT = `--ts-bg:#fff;--ts-fg:#1c1e21;--ts-muted:#545a63;--ts-border:#d3d7dd;--ts-stripe:#f5f6f8;--ts-link:#1a4fc4;
--ts-over:#a4161a;--ts-over-bg:#fde8e8;--ts-under:#0d6632;--ts-under-bg:#e3f4e8;--ts-even:#4a4f57;--ts-even-bg:#eceef1;
--ts-bar-over:#d55e00;--ts-bar-under:#009e73;--ts-bar-even:#8a9099;--ts-bar-budget:#90a4c8;--ts-bar-actual:#1f4e9c;color-scheme:light`;
const DARK = `--ts-bg:#17191d;--ts-fg:#e9eaed;--ts-muted:#aeb4bd;--ts-border:#3a3f47;--ts-stripe:#1f2227;--ts-link:#8fb4ff;
--ts-over:#ff9b93;--ts-over-bg:#3d1c1c;--ts-under:#86dfa2;--ts-under-bg:#15321f;--ts-even:#c5cad2;--ts-even-bg:#2a2e35;
--ts-bar-over:#f08040;--ts-bar-under:#2ec4a0;--ts-bar-even:#9aa1ab;--ts-bar-budget:#5c6f93;--ts-bar-actual:#8fb4ff;color-scheme:dark`;

export const CSS = `
:host{display:block;container-type:inline-size;max-width:100%;min-width:0;${LIGHT};
font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ts-fg);text-align:start}
:host([hidden]){display:none}
:host([theme=dark]){${DARK}}
@media (prefers-color-scheme:dark){:host(:not([theme=light]):not([theme=dark])){${DARK}}}
*,*::before,*::after{box-sizing:border-box}
.card{margin:0;background:var(--ts-bg);color:var(--ts-fg);border:1px solid var(--ts-border);border-radius:8px;padding:12px 14px;min-width:0;overflow:hidden}
.status{min-height:12rem;display:flex;flex-direction:column;justify-content:center;gap:6px}
.status.error{border-color:var(--ts-over);min-height:0}
.status p{margin:0}
.title{margin:0 0 2px;font-size:1.08em;font-weight:650;overflow-wrap:anywhere}
.meta{margin:0 0 10px;color:var(--ts-muted);font-size:.9em}
.meta span+span::before{content:" · "}
.body{display:grid;gap:12px;min-width:0}
.body>*{min-width:0}
.scroll{overflow-x:auto;min-width:0;border-radius:4px}
.scroll:focus-visible,button:focus-visible,a:focus-visible{outline:2px solid var(--ts-link);outline-offset:2px}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
caption{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
th,td{padding:5px 8px;border-bottom:1px solid var(--ts-border);vertical-align:top}
thead th{font-weight:600;font-size:.86em;color:var(--ts-muted);text-align:end;vertical-align:bottom;min-width:5.5em}
thead th:first-child,tbody th{text-align:start}
tbody th{font-weight:400;min-width:9em;overflow-wrap:break-word;hyphens:auto}
tbody th,thead th:first-child{position:sticky;inset-inline-start:0;z-index:1;background:var(--ts-bg)}
tbody tr:nth-child(even) th{background:var(--ts-stripe)}
td{text-align:end;white-space:nowrap}
tbody tr:nth-child(even) td{background:var(--ts-stripe)}
tr.subtotal>*,tr.total>*{font-weight:650}
tr.total>*{border-top:2px solid var(--ts-fg)}
tr.header th{font-style:italic}
.hl{display:inline-flex;flex-direction:column;align-items:flex-end;border-radius:4px;padding:0 5px;font-weight:650}
.hl .dir{font-size:.78em;font-weight:500}
.hl[data-direction=overspend]{color:var(--ts-over);background:var(--ts-over-bg)}
.hl[data-direction=underspend]{color:var(--ts-under);background:var(--ts-under-bg)}
.hl[data-direction=on-budget]{color:var(--ts-even);background:var(--ts-even-bg)}
.note{margin:4px 0 0;font-size:.82em;color:var(--ts-muted)}
.chart{position:relative;width:100%;min-width:0}
.chart canvas{display:block;max-width:100%}
.chart p{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;margin:0;color:var(--ts-muted);font-size:.9em}
.foot{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center;justify-content:space-between;margin-top:10px;font-size:.88em;color:var(--ts-muted)}
.foot p{margin:0;overflow-wrap:anywhere}
a{color:var(--ts-link)}
button{font:inherit;font-size:.95em;color:var(--ts-link);background:none;border:1px solid var(--ts-border);border-radius:6px;padding:3px 9px;cursor:pointer}
button:hover{border-color:var(--ts-link)}
.badges{margin:0 0 10px;display:grid;gap:6px}
.checks{display:flex;flex-wrap:wrap;align-items:center;gap:6px}
.badge{display:inline-flex;gap:5px;align-items:center;border-radius:99px;padding:2px 10px;font-size:.88em;font-weight:600}
.badge.ok{color:var(--ts-under);background:var(--ts-under-bg)}
.badge.fail{color:var(--ts-over);background:var(--ts-over-bg)}
.badge.none{color:var(--ts-even);background:var(--ts-even-bg)}
.failed{flex-basis:100%;margin:0;padding-inline-start:1.2em;font-size:.9em}
.failed li+li{margin-top:3px}
.more{display:none;margin:0 0 6px}
@container (max-width:48rem){
  .more{display:inline-block}
  div:not(.all)>.scroll .opt{display:none}
}
@container (max-width:30rem){
  .card{padding:10px 10px;font-size:13px}
  th,td{padding:4px 4px}
}
@container (max-width:26rem){
  thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
  table,tbody{display:block}
  tbody tr{display:block;padding:6px 4px;border-bottom:1px solid var(--ts-border)}
  tbody tr:nth-child(even){background:var(--ts-stripe)}
  tbody tr.total{border-top:2px solid var(--ts-fg)}
  tbody tr>*,tbody tr:nth-child(even)>*,tbody tr.total>*{position:static;min-width:0;border:0;background:none;padding:1px 0}
  tbody th{display:block;padding-bottom:3px}
  td{display:flex;justify-content:space-between;align-items:flex-start;gap:8px;white-space:normal}
  td::before{content:attr(data-label);color:var(--ts-muted);font-size:.86em;font-weight:400;text-align:start}
  td:empty{display:none}
}
`;

let shared: CSSStyleSheet | undefined;

/** Adopts the shared sheet; very old engines without constructable stylesheets get a <style> element. */
export function adoptStyles(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(CSS);
    }
    root.adoptedStyleSheets = [shared];
    return;
  }
  const style = document.createElement('style');
  style.textContent = CSS;
  root.appendChild(style);
}
