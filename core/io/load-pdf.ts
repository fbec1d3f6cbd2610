// Given PDF bytes, open them with pdf.js and return each page's geometry (core/pdf/types.ts): positioned
// text items from getTextContent and axis-aligned ruling segments from getOperatorList, all moved into
// the page's upright frame. The ONLY module that imports pdfjs-dist. The legacy build runs on Node 20
// (the modern one needs Node 22 built-ins) and in every browser we support.

import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import type { PdfPageGeometry, PdfTextItem } from '../pdf/types.ts';
import { readPathSegments } from './path-segments.ts';
import { multiplyMatrix, type Matrix } from '../pdf/matrix.ts';

const { OPS } = pdfjs;
/** Text with anything but white space (as trim() sees it, without allocating the trimmed copy). */
const NON_SPACE = /\S/;

export interface OpenOptions {
  /** Directory or URL (ending in '/') of pdf.js's cMaps and standard fonts; Node finds them itself. */
  cMapUrl?: string;
  standardFontDataUrl?: string;
}

const dataDirs = new Map<string, string | undefined>();

/**
 * Where pdfjs-dist's data files are when running under Node (undefined in a browser or bundle). Looked up
 * once: under a loader (tsx) import.meta.resolve is a synchronous round trip to the loader's thread.
 */
function nodeDataDir(sub: string): string | undefined {
  if (!dataDirs.has(sub)) dataDirs.set(sub, findNodeDataDir(sub));
  return dataDirs.get(sub);
}

function findNodeDataDir(sub: string): string | undefined {
  try {
    const proc = (globalThis as { process?: { versions?: { node?: string } } }).process;
    const isNode = typeof proc?.versions?.node === 'string';
    const resolve = (import.meta as { resolve?: (s: string) => string }).resolve;
    if (!isNode || typeof resolve !== 'function') return undefined;
    const url = new URL(`./${sub}/`, resolve('pdfjs-dist/package.json'));
    return decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
}

export function openPdf(data: Uint8Array, options: OpenOptions = {}) {
  const cMapUrl = options.cMapUrl ?? nodeDataDir('cmaps');
  const standardFontDataUrl = options.standardFontDataUrl ?? nodeDataDir('standard_fonts');
  return pdfjs.getDocument({
    data,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
    disableFontFace: true,
    useSystemFonts: false,
    ...(cMapUrl ? { cMapUrl, cMapPacked: true } : {}),
    ...(standardFontDataUrl ? { standardFontDataUrl } : {}),
    // URLs are fetched inside pdf.js's worker scope, which is this very thread in our setup.
    useWorkerFetch: Boolean(options.cMapUrl || options.standardFontDataUrl),
  });
}


function invert(m: Matrix): Matrix {
  const det = m[0] * m[3] - m[1] * m[2] || 1;
  return [m[3] / det, -m[1] / det, -m[2] / det, m[0] / det, (m[2] * m[5] - m[3] * m[4]) / det, (m[1] * m[4] - m[0] * m[5]) / det];
}

function isTextItem(x: unknown): x is TextItem {
  return typeof x === 'object' && x !== null && typeof (x as TextItem).str === 'string';
}

/** Boldness of each loaded font, per document: font ids are the document's own, and pages share its fonts. */
const boldFonts = new WeakMap<object, Map<string, boolean>>();

function fontsOf(page: PDFPageProxy): Map<string, boolean> {
  let fonts = boldFonts.get(page.commonObjs);
  if (!fonts) boldFonts.set(page.commonObjs, (fonts = new Map()));
  return fonts;
}

/** Font names of bold faces. */
const BOLD_FONT = /bold|black|heavy|semibold|demi/i;

/** Only a loaded font's answer is kept: one not (yet) loaded is asked again. */
function fontIsBold(page: PDFPageProxy, fontName: string, fonts: Map<string, boolean>): boolean {
  const hit = fonts.get(fontName);
  if (hit !== undefined) return hit;
  try {
    if (!page.commonObjs.has(fontName)) return false;
    const f = page.commonObjs.get(fontName) as { bold?: boolean; black?: boolean; name?: string } | null;
    const bold = Boolean(f?.bold || f?.black || BOLD_FONT.test(f?.name ?? ''));
    fonts.set(fontName, bold);
    return bold;
  } catch {
    return false;
  }
}

/** What pdf.js gives for one page: the parts of getOperatorList and getTextContent we read. */
export interface PageContent {
  fnArray: number[];
  argsArray: unknown[];
  items: unknown[];
}

/** Reads one page: text items and ruling segments in the upright frame. Releases nothing itself. */
export async function readPage(doc: PDFDocumentProxy, pageNumber: number): Promise<PdfPageGeometry> {
  const page = await doc.getPage(pageNumber);
  const [opList, content] = await Promise.all([page.getOperatorList(), page.getTextContent()]);
  const geometry = pageToGeometry(page, { fnArray: opList.fnArray, argsArray: opList.argsArray, items: content.items });
  page.cleanup();
  return geometry;
}

/** One page's operators and text in the upright frame (no pdf.js work beyond font look-ups). */
export function pageToGeometry(page: PDFPageProxy, content: PageContent): PdfPageGeometry {
  const viewport = page.getViewport({ scale: 1 });
  const width = viewport.width;
  const height = viewport.height;
  // display (y down) → upright (y up)
  const flip: Matrix = [1, 0, 0, -1, 0, height];
  const toUpright = multiplyMatrix(flip, viewport.transform as Matrix);
  const toUser = invert(toUpright);
  const { segments, art } = readPathSegments(content.fnArray, content.argsArray, OPS, toUpright, width, height);
  const [a, b, c, d, e, f] = toUpright;
  const scale = Math.hypot(a, b) || 1;
  const items: PdfTextItem[] = [];
  const fonts = fontsOf(page);
  for (const raw of content.items) {
    if (!isTextItem(raw) || !NON_SPACE.test(raw.str)) continue;
    const m = raw.transform as Matrix;
    // toUpright × m, only the parts we read: direction (t0, t1), size from (t2, t3), origin (x, y).
    const t0 = a * m[0] + c * m[1];
    const t1 = b * m[0] + d * m[1];
    const size = Math.hypot(a * m[2] + c * m[3], b * m[2] + d * m[3]);
    const x = a * m[4] + c * m[5] + e;
    const y = b * m[4] + d * m[5] + f;
    // Only horizontal text in the upright frame; rotated runs (axis labels, stamps) are skipped here and
    // whole rotated tables are handled by rotating the page frame (core/pdf/orient.ts).
    // Text far off the page (or at broken coordinates) is invisible and would only distort geometry.
    if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(size) || !Number.isFinite(raw.width)) continue;
    if (x < -width || x > 2 * width || y < -height || y > 2 * height) continue;
    const angle = Math.atan2(t1, t0);
    const item: PdfTextItem = {
      text: raw.str,
      x,
      y,
      width: raw.width * scale,
      size: size > 0 ? size : Math.abs(raw.height) || 1,
      bold: fontIsBold(page, raw.fontName, fonts),
    };
    if (Math.abs(angle) > 0.05) item.angle = angle;
    items[items.length] = item;
  }
  return { page: page.pageNumber, width, height, rotation: page.rotate, items, segments, art, toUser };
}

/** The bare pdf.js pass the benchmark compares against: text and operators of every page, nothing else. */
export async function readPageBare(doc: PDFDocumentProxy, pageNumber: number): Promise<number> {
  const page = await doc.getPage(pageNumber);
  const [ops, text] = await Promise.all([page.getOperatorList(), page.getTextContent()]);
  page.cleanup();
  return ops.fnArray.length + text.items.length;
}

export type { PDFDocumentProxy };
