// Given PDF bytes, return the Extraction: pdf.js reads each page (load-pdf.ts), the geometry stage finds
// lines and tables (core/pdf), tables that run over a page break are joined, and the shared semantic
// stages finish them. Pages are read one at a time and released, so memory stays flat on long reports;
// tables are reported through onProgress as soon as no later page can continue them.

import type { Extraction, Line, ParseOptions, Table } from '../model.ts';
import type { Progress } from '../worker/api.ts';
import { CoreError } from '../errors.ts';
import { sha256Hex } from '../hash.ts';
import { assembleExtraction } from '../pipeline.ts';
import { finishTable } from '../semantics/finish-table.ts';
import { findPageTables } from '../pdf/find-tables.ts';
import { pageTableToDraft } from '../pdf/to-draft.ts';
import { textLinesToLines } from '../pdf/page-lines.ts';
import { continues, joinDrafts, type PlacedDraft } from '../pdf/join-pages.ts';
import type { PageAnalysis } from '../pdf/find-tables.ts';
import { openPdf, readPage, type OpenOptions } from './load-pdf.ts';

/** Running heads and page numbers live in this share of the page height at the top and bottom. */
const FURNITURE_MARGIN = 0.1;
/** Refuse documents beyond this many pages (a report is far shorter; bounds time). */
export const MAX_PAGES = 5000;
/** A continued table reaches into this share of the page height at its break. */
const REACH = 0.3;

export type PdfParseOptions = ParseOptions &
  OpenOptions & {
    signal?: AbortSignal;
    onProgress?: (p: Progress) => void;
  };

const setImmediateIfAny = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;

/**
 * Yields one macrotask, so messages queued for this thread (a comlink `cancel()`) are handled between
 * pages; pdf.js running in-thread answers with microtasks only. Node's setImmediate runs after pending
 * messages and costs a tenth of a MessageChannel; elsewhere MessageChannel avoids timer clamping. (One
 * channel reused for every page would not do: Node delivers its messages in one batch, starving others.)
 */
function nextTask(): Promise<void> {
  if (typeof setImmediateIfAny === 'function') return new Promise((resolve) => void setImmediateIfAny(resolve));
  return new Promise((resolve) => {
    if (typeof MessageChannel !== 'function') return void setTimeout(resolve, 0);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** How long the teardown of a document may take before we move on. */
const DESTROY_WAIT_MS = 2000;

/** `promise`, or a 'cancelled' CoreError as soon as `signal` aborts, whichever comes first. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(cancelled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelled());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

function cancelled(): CoreError {
  return new CoreError('cancelled', 'Reading the PDF was cancelled — start again to read it.');
}

/** Turns whatever pdf.js throws while opening into one clear CoreError. */
export function toCoreError(e: unknown): CoreError {
  if (e instanceof CoreError) return e;
  const name = typeof e === 'object' && e !== null ? String((e as { name?: unknown }).name ?? '') : '';
  const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
  if (name === 'PasswordException')
    return new CoreError('pdf-encrypted', 'The PDF is password-protected — save an unprotected copy (or print it to PDF) and try again.');
  if (name === 'AbortException') return cancelled();
  return new CoreError('pdf-broken', `The file is not a readable PDF (${message}) — check that the download is complete, or open and re-save it.`);
}

function placed(a: PageAnalysis, index: number): PlacedDraft {
  const t = a.tables[index]!;
  const h = a.geometry.height;
  const top = h * (1 - FURNITURE_MARGIN);
  const bottom = h * FURNITURE_MARGIN;
  const others = a.lines.filter((l) => l.y2 < top && l.y1 > bottom && (l.y1 > t.bbox[3] || l.y2 < t.bbox[1]));
  // A page break only splits a table that fills the page: it ends low on one page and starts high on the next.
  const atTop = index === 0 && t.bbox[3] > h * (1 - REACH) && !others.some((l) => l.y1 > t.bbox[3] && !(t.title && l.chunks.map((c) => c.text).join(' ') === t.title));
  const atBottom = index === a.tables.length - 1 && t.bbox[1] < h * REACH && !others.some((l) => l.y2 < t.bbox[1]);
  return { draft: pageTableToDraft(t, a.geometry.toUser), columns: t.columns, headerRows: t.headerRows, atTop, atBottom };
}

export async function parseReportPdf(bytes: Uint8Array | ArrayBuffer, options: PdfParseOptions = {}): Promise<Extraction> {
  const { signal, onProgress, cMapUrl, standardFontDataUrl, ...parseOptions } = options;
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (data.byteLength === 0) throw new CoreError('empty-input', 'The PDF file is empty (0 bytes) — download it again.');
  if (signal?.aborted) throw cancelled();
  // Hash before pdf.js takes the bytes (it may transfer them to its worker).
  const sha256 = sha256Hex(data);
  const task = openPdf(data, { ...(cMapUrl ? { cMapUrl } : {}), ...(standardFontDataUrl ? { standardFontDataUrl } : {}) });
  const abort = () => void task.destroy();
  signal?.addEventListener('abort', abort, { once: true });
  try {
    let doc;
    try {
      doc = await untilAborted(task.promise, signal);
    } catch (e) {
      throw signal?.aborted ? cancelled() : toCoreError(e);
    }
    const total = doc.numPages;
    if (total > MAX_PAGES) throw new CoreError('too-large', `The PDF has ${total} pages; at most ${MAX_PAGES} can be read — split it first.`);
    const lines: Line[] = [];
    const tables: Table[] = [];
    const warnings: string[] = [];
    let open: PlacedDraft | null = null;
    const finish = (d: PlacedDraft) => tables.push(finishTable(d.draft, parseOptions));
    for (let p = 1; p <= total; p++) {
      if (p > 1) await nextTask();
      if (signal?.aborted) throw cancelled();
      let analysis: PageAnalysis;
      try {
        // pdf.js may leave a page's pending work unsettled once the document is destroyed: race the abort.
        analysis = findPageTables(await untilAborted(readPage(doc, p), signal));
      } catch (e) {
        if (signal?.aborted) throw cancelled();
        warnings.push(`page ${p} could not be read (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); its tables are missing`);
        onProgress?.({ pagesDone: p, pagesTotal: total });
        continue;
      }
      if (analysis.lines.length === 0) warnings.push(`page ${p} has no text layer (scanned?)`);
      for (const line of textLinesToLines(analysis.lines, analysis.geometry, lines.length + 1)) lines[lines.length] = line;
      const before = tables.length;
      analysis.tables.forEach((_, i) => {
        const cur = placed(analysis, i);
        if (open && i === 0 && continues(open, cur)) {
          open = joinDrafts(open, cur);
          return;
        }
        if (open) finish(open);
        open = cur;
      });
      // A table can only continue on the very next page; after the last page nothing continues.
      if (open && (!(open as PlacedDraft).atBottom || p === total)) {
        finish(open);
        open = null;
      }
      onProgress?.({ pagesDone: p, pagesTotal: total, ...(tables.length > before ? { tables: tables.slice(before) } : {}) });
    }
    if (open) finish(open);
    return assembleExtraction(
      { source: { name: parseOptions.name ?? 'document.pdf', kind: 'pdf', pages: total, sha256 }, lines, tables, warnings },
      parseOptions,
    );
  } finally {
    signal?.removeEventListener('abort', abort);
    // Never wait long on pdf.js's own teardown.
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([task.destroy().catch(() => undefined), new Promise((ok) => (timer = setTimeout(ok, DESTROY_WAIT_MS)))]);
    clearTimeout(timer);
  }
}
