// Marks each report PDF link with a small "Tallsjekk" button in its own Shadow DOM, so page styles cannot
// reach it and it cannot restyle the page. Returns every report link found, for the popup.

import { classifyReportLink, type ReportLink } from '../../utils/report-links.ts';
import { t } from '../../utils/i18n.ts';

export const LINK_HOST_TAG = 'tallsjekk-link';
const marked = new WeakSet<Element>();

const CSS = `
:host { display: inline; }
button {
  all: initial; display: inline-block; margin-inline-start: 0.4em; padding: 0 0.45em; cursor: pointer;
  font: 600 0.75em/1.6 system-ui, sans-serif; color: #fff; background: #1a4d8c; border-radius: 0.3em;
  vertical-align: baseline;
}
button:hover { background: #143d70; }
button:focus-visible { outline: 3px solid #d97706; outline-offset: 2px; }
`;

function addButton(link: HTMLAnchorElement, report: ReportLink, open: (url: string) => void): void {
  const host = document.createElement(LINK_HOST_TAG);
  host.setAttribute('data-url', report.url);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Tallsjekk';
  button.setAttribute('aria-label', t('analyseLink', report.title));
  button.title = t('analyseLink', report.title);
  button.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    open(report.url);
  });
  root.append(style, button);
  link.after(host);
}

export function markReportLinks(doc: Document, open: (url: string) => void): ReportLink[] {
  const reports: ReportLink[] = [];
  const seen = new Set<string>();
  for (const a of Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    const report = classifyReportLink(a.getAttribute('href') ?? '', a.textContent ?? '', doc.baseURI);
    if (!report) continue;
    if (!seen.has(report.url)) {
      seen.add(report.url);
      reports.push(report);
    }
    if (marked.has(a)) continue;
    marked.add(a);
    addButton(a, report, open);
  }
  return reports;
}
