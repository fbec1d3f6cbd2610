// Highlights variance amounts and claims in an HTML report page. Each mark wraps the existing text in a
// <tallsjekk-mark> with no padding, margin or border (no layout shift); direction shows as colour plus
// underline style (wavy = merforbruk, double = mindreforbruk, dotted = i balanse) and a failed check as an
// inset ring. The tooltip lives in a Shadow DOM and holds text nodes only.

import type { Extraction } from '../../../core/model.ts';
import { extractionToMarks, type Mark } from '../../utils/marks.ts';
import { lang } from '../../utils/i18n.ts';
import { normalizeSpace, rowCells } from './page-text.ts';
import { showTooltip, hideTooltip } from './tooltip.ts';

export const MARK_TAG = 'tallsjekk-mark';

const PAGE_CSS = `
${MARK_TAG} { border-radius: 2px; text-decoration-thickness: 2px; text-underline-offset: 2px; cursor: help; color: inherit; }
${MARK_TAG}[data-direction="overspend"] { background: #fde2e1; text-decoration-line: underline; text-decoration-style: wavy; text-decoration-color: #b42318; }
${MARK_TAG}[data-direction="underspend"] { background: #dcf2e3; text-decoration-line: underline; text-decoration-style: double; text-decoration-color: #11703a; }
${MARK_TAG}[data-direction="on-budget"] { background: #e8eaf0; text-decoration-line: underline; text-decoration-style: dotted; text-decoration-color: #3d4a5c; }
${MARK_TAG}[data-check="failed"] { box-shadow: inset 0 0 0 2px #7a1fa2; }
${MARK_TAG}:focus-visible { outline: 3px solid #d97706; outline-offset: 1px; }
`;

function makeMark(doc: Document, mark: Mark): HTMLElement {
  const el = doc.createElement(MARK_TAG);
  el.dataset.direction = mark.direction;
  el.dataset.check = mark.check;
  el.dataset.kind = mark.kind;
  el.dataset.markId = mark.id;
  el.tabIndex = 0;
  const show = () => showTooltip(el, mark, lang());
  el.addEventListener('mouseenter', show);
  el.addEventListener('focus', show);
  el.addEventListener('mouseleave', hideTooltip);
  el.addEventListener('blur', hideTooltip);
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hideTooltip();
  });
  return el;
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(n.parentElement?.closest(MARK_TAG) || n.parentElement?.closest('tallsjekk-link'))) out.push(n as Text);
  }
  return out;
}

/** Wraps characters [start, end) of the concatenated text nodes, one wrapper per text node touched. */
function wrapRange(nodes: Text[], start: number, end: number, wrap: () => HTMLElement): HTMLElement[] {
  const made: HTMLElement[] = [];
  let pos = 0;
  for (const node of nodes) {
    const len = node.data.length;
    const a = Math.max(start - pos, 0);
    const b = Math.min(end - pos, len);
    pos += len;
    if (b <= a) continue;
    let target = node;
    if (a > 0) target = target.splitText(a);
    if (b - a < target.data.length) target.splitText(b - a);
    const w = wrap();
    target.replaceWith(w);
    w.append(target);
    made.push(w);
  }
  return made;
}

/** Finds `needle` in the element's text, ignoring differences in whitespace and minus signs. */
function findText(nodes: Text[], needle: string): [number, number] | null {
  const raw = nodes.map((n) => n.data).join('');
  const map: number[] = [];
  let norm = '';
  for (let i = 0; i < raw.length; i++) {
    let ch = raw[i]!;
    if (/[\u00ad\u200b-\u200d\u2060\ufeff]/.test(ch)) continue;
    if (/[\s\u00a0\u202f\u2000-\u200a]/.test(ch)) ch = ' ';
    if (/[\u2212\u2012\u2013\u2014]/.test(ch)) ch = '-';
    if (ch === ' ' && norm.endsWith(' ')) continue;
    norm += ch;
    map.push(i);
  }
  const want = normalizeSpace(needle).replace(/[\u2212\u2012\u2013\u2014]/g, '-');
  const at = norm.toLowerCase().indexOf(want.toLowerCase());
  if (at < 0 || !want) return null;
  return [map[at]!, map[at + want.length - 1]! + 1];
}

function cellFor(tr: Element, mark: Mark, valueColumns: number): Element | undefined {
  const cells = rowCells(tr);
  const offset = cells.length - valueColumns;
  return cells[(mark.column ?? 0) + Math.max(offset, 0)];
}

export function drawInlineMarks(doc: Document, blocks: Element[], extraction: Extraction): HTMLElement[] {
  if (!doc.getElementById('tallsjekk-mark-style')) {
    const style = doc.createElement('style');
    style.id = 'tallsjekk-mark-style';
    style.textContent = PAGE_CSS;
    doc.head.append(style);
  }
  const made: HTMLElement[] = [];
  for (const mark of extractionToMarks(extraction)) {
    const block = mark.line !== undefined ? blocks[mark.line - 1] : undefined;
    if (!block) continue;
    let target: Element | undefined = block;
    let range: [number, number] | null = null;
    if (mark.kind === 'claim' && mark.claim) {
      range = findText(textNodes(block), mark.claim.text);
    } else if (block.tagName === 'TR') {
      const table = extraction.tables.find((x) => x.id === mark.tableId);
      target = cellFor(block, mark, table?.columns.length ?? 0);
    }
    if (!target) continue;
    const nodes = textNodes(target);
    const full = nodes.map((n) => n.data).join('');
    if (!range) {
      const lead = full.length - full.trimStart().length;
      range = [lead, full.trimEnd().length];
    }
    if (range[1] <= range[0]) continue;
    made.push(...wrapRange(nodes, range[0], range[1], () => makeMark(doc, mark)));
  }
  return made;
}
