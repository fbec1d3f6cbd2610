// One tooltip for the page's marks, in a Shadow DOM host fixed to the viewport: page styles cannot touch it
// and it takes no space in the page's flow. Text nodes only.

import { markDetails } from '../../utils/mark-details.ts';
import type { Mark } from '../../utils/marks.ts';
import type { Lang } from '../../utils/format.ts';

const CSS = `
.tip { all: initial; position: fixed; z-index: 2147483647; max-width: 22rem; padding: 0.6rem 0.75rem;
  font: 13px/1.4 system-ui, sans-serif; color: #111827; background: #fff; border: 1px solid #4b5563;
  border-radius: 6px; box-shadow: 0 4px 14px rgb(0 0 0 / 0.2); display: block; }
.title { font-weight: 700; display: block; margin-bottom: 0.3rem; }
dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 0.1rem 0.6rem; }
dt { color: #374151; } dd { margin: 0; font-variant-numeric: tabular-nums; }
.check { display: block; margin-top: 0.35rem; white-space: pre-line; }
`;

let host: HTMLElement | null = null;

function ensureHost(): ShadowRoot {
  if (!host) {
    host = document.createElement('tallsjekk-tooltip');
    host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = CSS;
    host.shadowRoot!.append(style);
    document.documentElement.append(host);
  }
  return host.shadowRoot!;
}

export function showTooltip(anchor: HTMLElement, mark: Mark, lang: Lang): void {
  const root = ensureHost();
  root.querySelector('.tip')?.remove();
  const d = markDetails(mark, lang);
  const tip = document.createElement('div');
  tip.className = 'tip';
  tip.setAttribute('role', 'tooltip');
  tip.setAttribute('aria-live', 'polite');
  const title = document.createElement('span');
  title.className = 'title';
  title.textContent = d.title;
  const dl = document.createElement('dl');
  for (const [k, v] of d.rows) {
    const dt = document.createElement('dt');
    dt.textContent = k;
    const dd = document.createElement('dd');
    dd.textContent = v;
    dl.append(dt, dd);
  }
  const check = document.createElement('span');
  check.className = 'check';
  check.textContent = d.check;
  tip.append(title, dl, check);
  root.append(tip);
  const r = anchor.getBoundingClientRect();
  const below = r.bottom + 8 + tip.offsetHeight < innerHeight;
  tip.style.left = `${Math.max(4, Math.min(r.left, innerWidth - tip.offsetWidth - 4))}px`;
  tip.style.top = `${below ? r.bottom + 6 : Math.max(4, r.top - tip.offsetHeight - 6)}px`;
}

export function hideTooltip(): void {
  host?.shadowRoot?.querySelector('.tip')?.remove();
}
