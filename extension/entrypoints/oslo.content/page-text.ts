// Turns an HTML report page into the plain text the core reads, one line per block (paragraph, heading,
// list item, table row), and remembers which element each line came from so results map back to the page.
// Table rows become label and cells separated by wide gaps, as the text front end expects from text dumps.

const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, tr, caption, dt, dd, blockquote, figcaption';
const SKIP = 'script, style, noscript, nav, header, footer, template, tallsjekk-link';

export function normalizeSpace(s: string): string {
  return s.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/[\s\u00a0\u202f\u2000-\u200a]+/g, ' ').trim();
}

/** The page's own text: no scripts (an embedded widget's JSON is not the page's prose), no injected UI. */
function visibleText(root: Element): string {
  let out = '';
  const walk = (el: Element) => {
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3) out += node.nodeValue ?? '';
      else if (node.nodeType === 1 && !(node as Element).matches(`${SKIP}, tallsjekk-widget`)) walk(node as Element);
    }
  };
  walk(root);
  return out;
}

export function looksLikeReportPage(doc: Document): boolean {
  const text = doc.body ? visibleText(doc.body) : '';
  const hasBudgetTable = Array.from(doc.querySelectorAll('table')).some((t) => /regnskap|budsjett|avvik/i.test(visibleText(t)));
  return hasBudgetTable || /merforbruk|mindreforbruk/i.test(text);
}

/** A row's cells (works without HTMLTableRowElement.cells, e.g. in DOM shims). */
export function rowCells(tr: Element): Element[] {
  return Array.from(tr.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
}

function blockText(el: Element): string {
  if (el.tagName === 'TR') {
    return rowCells(el).map((c, i) => normalizeSpace(c.textContent ?? '') || (i ? '-' : '')).join('    ').trim();
  }
  return normalizeSpace(el.textContent ?? '');
}

export function pageToText(doc: Document): { text: string; blocks: Element[] } {
  const root = doc.querySelector('main') ?? doc.body;
  const blocks: Element[] = [];
  for (const el of Array.from(root.querySelectorAll(BLOCK))) {
    if (el.closest(SKIP)) continue;
    if (el.tagName !== 'TR' && (el.closest('tr') || el.querySelector(BLOCK))) continue;
    if (!blockText(el)) continue;
    blocks.push(el);
  }
  return { text: blocks.map(blockText).join('\n'), blocks };
}
