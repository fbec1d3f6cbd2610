// Given a report URL, fetch the PDF (cross-origin reads need the source's CORS permission), parse it in the
// core's worker (core/worker/worker.ts, CoreApi.parsePdf) and pick the table `table` names. Loaded lazily:
// only a widget with `src` (or a whole embedded Extraction) pays for it. Nothing here throws at the widget:
// every outcome is a result with a message in the widget's words.

import type { Progress } from '../core/worker/api.ts';
import { parsePdfInWorker, wrapCoreWorker } from '../core/worker/client.ts';
import type { Extraction } from '../core/model.ts';
import workerUrl from '../core/worker/worker.ts?worker&url';
import { pickTable, type Picked } from './pick-table.ts';
import { remoteMessages } from './remote-messages.ts';
import type { Say } from './say.ts';

export { pickTable };

export type RemoteFailure =
  | { code: 'unreachable' }
  | { code: 'http'; status: number }
  | { code: 'not-pdf' }
  | { code: 'worker' }
  | { code: 'parse'; message: string }
  | { code: 'cancelled' };

export type RemoteResult = { ok: true; extraction: Extraction } | ({ ok: false } & RemoteFailure);

export interface RemoteRequest {
  url: string;
  signal: AbortSignal;
  onFetched?: () => void;
  onProgress?: (p: Progress) => void;
}

export interface ReportRequest {
  src: string;
  /** The `table` attribute: a caption or an id. */
  query: string;
  base: string;
  signal: AbortSignal;
  onStatus: (say: Say) => void;
}

/** The whole src path: check the URL, fetch, parse with progress, pick the table. Undefined when cancelled. */
export async function loadReport(req: ReportRequest): Promise<Picked | undefined> {
  let url: URL;
  try {
    url = new URL(req.src, req.base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError(url.protocol);
  } catch {
    return { ok: false, say: (l) => remoteMessages(l).badUrl(req.src) };
  }
  const { host, href } = url;
  req.onStatus((l) => remoteMessages(l).fetching(host));
  const result = await fetchAndParse({
    url: href,
    signal: req.signal,
    onFetched: () => req.onStatus((l) => remoteMessages(l).parsing()),
    onProgress: (p) => req.onStatus((l) => remoteMessages(l).readingPages(p.pagesDone, p.pagesTotal)),
  });
  if (result.ok) return pickTable(result.extraction, req.query, href);
  if (result.code === 'cancelled') return undefined;
  const say: Say = (l) => {
    const m = remoteMessages(l);
    if (result.code === 'unreachable') return m.unreachable(host);
    if (result.code === 'http') return m.httpStatus(host, result.status);
    if (result.code === 'not-pdf') return m.notPdf();
    if (result.code === 'worker') return m.workerFailed();
    return m.parseFailed(result.message);
  };
  return { ok: false, say, link: href };
}

export async function fetchAndParse(req: RemoteRequest): Promise<RemoteResult> {
  let bytes: ArrayBuffer;
  try {
    const res = await fetch(req.url, { mode: 'cors', credentials: 'omit', signal: req.signal });
    if (!res.ok) return { ok: false, code: 'http', status: res.status };
    bytes = await res.arrayBuffer();
  } catch {
    return req.signal.aborted ? { ok: false, code: 'cancelled' } : { ok: false, code: 'unreachable' };
  }
  if (!isPdf(bytes)) return { ok: false, code: 'not-pdf' };
  req.onFetched?.();
  const worker = startWorker();
  if (!worker) return { ok: false, code: 'worker' };
  try {
    return await parseIn(worker, bytes, req);
  } finally {
    worker.terminate();
  }
}

function isPdf(bytes: ArrayBuffer): boolean {
  const head = new TextDecoder('latin1').decode(new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 1024)));
  return head.includes('%PDF-');
}

function parseIn(worker: Worker, bytes: ArrayBuffer, req: RemoteRequest): Promise<RemoteResult> {
  const client = wrapCoreWorker(worker);
  return new Promise<RemoteResult>((resolve) => {
    // A worker the host's CSP refuses, or one that fails to load, reports only an 'error' event.
    worker.addEventListener('error', () => resolve({ ok: false, code: 'worker' }));
    req.signal.addEventListener('abort', () => resolve({ ok: false, code: 'cancelled' }));
    parsePdfInWorker(client, bytes, { name: req.url }, req.onProgress)
      .then((result) => resolve(result.ok ? { ok: true, extraction: result.extraction } : { ok: false, code: 'parse', message: result.error.message }))
      .catch((err: unknown) => resolve({ ok: false, code: 'parse', message: err instanceof Error ? err.message : String(err) }));
  });
}

/** The worker script is emitted beside this chunk. A page on another origin cannot start it directly, so fall back
 * to a module shim that imports it (needs CORS on the script, and a CSP that allows blob: workers). */
function startWorker(): Worker | null {
  const url = new URL(workerUrl, import.meta.url);
  try {
    return new Worker(url, { type: 'module', name: 'tallsjekk-parser' });
  } catch {
    try {
      const shim = URL.createObjectURL(new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' }));
      return new Worker(shim, { type: 'module', name: 'tallsjekk-parser' });
    } catch {
      return null;
    }
  }
}
