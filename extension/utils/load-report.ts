// Given a report URL or local bytes, return its Extraction: from the cache when the same content (SHA-256)
// was parsed before, else parsed in the worker with per-page progress and then cached. The fetch of the
// report is the only request made.

import type { Extraction } from '../../core/model.ts';
import type { Progress } from '../../core/worker/api.ts';
import { getByHash, getByUrl, hashForUrl, putExtraction, type PutResult } from './cache.ts';
import { getCore, parsePdfBytes } from './core-client.ts';
import { fetchReport, sha256OfBytes } from './fetch-report.ts';

export class ReportError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'ReportError';
  }
}

export interface Loaded {
  extraction: Extraction;
  origin: 'cache' | 'parsed';
  /** The report's bytes (absent when `needBytes` was false and the cache answered by URL). */
  bytes?: ArrayBuffer;
  sha256: string;
  stored?: PutResult;
}

export interface LoadOptions {
  url?: string;
  bytes?: ArrayBuffer;
  name: string;
  /** The report view needs the bytes to draw pages; the popup does not. */
  needBytes: boolean;
  onProgress?: (p: Progress) => void;
  /** Called with the report's bytes as soon as they are here, before parsing (the view draws pages meanwhile). */
  onBytes?: (bytes: ArrayBuffer) => void;
  /** Called as soon as the cache has an extraction for the URL, before the fetch finishes. */
  onCached?: (x: Extraction) => void;
}

function isPdf(bytes: ArrayBuffer): boolean {
  const head = new Uint8Array(bytes, 0, Math.min(1024, bytes.byteLength));
  return new TextDecoder('latin1').decode(head).includes('%PDF-');
}

export async function loadReport(opts: LoadOptions): Promise<Loaded> {
  const { url } = opts;
  let cached: Extraction | null = null;
  let cachedHash: string | null = null;
  if (url) {
    cachedHash = await hashForUrl(url);
    cached = cachedHash ? await getByUrl(url) : null;
    if (cached) {
      opts.onCached?.(cached);
      if (!opts.needBytes) return { extraction: cached, origin: 'cache', sha256: cachedHash! };
    }
  }
  if (!url && !opts.bytes) throw new ReportError('empty-input', 'no report given');
  // Not in the cache by URL: start the parse worker (and its pdf.js) while the bytes arrive.
  if (!cached) void getCore().version();
  const bytes = opts.bytes ?? (await fetchReport(url!));
  if (bytes.byteLength === 0) throw new ReportError('empty-input', 'the report is empty');
  if (!isPdf(bytes)) throw new ReportError('pdf-broken', 'not a PDF file');
  opts.onBytes?.(bytes);
  const sha256 = await sha256OfBytes(bytes);
  const hit = cached && cachedHash === sha256 ? cached : await getByHash(sha256);
  if (hit) {
    const stored = url && cachedHash !== sha256 ? await putExtraction(hit, url, sha256) : undefined;
    return { extraction: hit, origin: 'cache', bytes, sha256, ...(stored ? { stored } : {}) };
  }
  const result = await parsePdfBytes(bytes.slice(0), opts.name, opts.onProgress ?? (() => {}));
  if (!result.ok) throw new ReportError(result.error.code, result.error.message);
  const stored = await putExtraction(result.extraction, url, sha256);
  return { extraction: result.extraction, origin: 'parsed', bytes, sha256, stored };
}
