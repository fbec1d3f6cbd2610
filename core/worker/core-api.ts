// The CoreApi (api.ts) as plain functions: the worker exposes this object through comlink, and Node
// tests and the command line can call it directly. Every call resolves with a ParseResult; nothing
// throws across the boundary, and a failed document leaves the API ready for the next one.

import type { ParseOptions } from '../model.ts';
import { CORE_VERSION, parseReportText } from '../index.ts';
import { isCoreError } from '../errors.ts';
import { parseReportPdf } from '../io/parse-pdf.ts';
import type { CoreApi, ParseResult, Progress } from './api.ts';

function failure(e: unknown): ParseResult {
  if (isCoreError(e)) return { ok: false, error: { code: e.code, message: e.message } };
  const message = e instanceof Error ? e.message.split('\n')[0]! : String(e);
  return { ok: false, error: { code: 'internal', message: `Internal error while reading (${message}) — please report it with the file.` } };
}

export function createCoreApi(): CoreApi {
  const running = new Set<AbortController>();
  return {
    async parseText(text, options) {
      try {
        return { ok: true, extraction: parseReportText(text, options ?? {}) };
      } catch (e) {
        return failure(e);
      }
    },
    async parsePdf(bytes: ArrayBuffer, options?: ParseOptions, onProgress?: (p: Progress) => void) {
      const controller = new AbortController();
      running.add(controller);
      try {
        const extraction = await parseReportPdf(bytes, {
          ...(options ?? {}),
          signal: controller.signal,
          ...(onProgress ? { onProgress: (p: Progress) => void Promise.resolve(onProgress(p)).catch(() => undefined) } : {}),
        });
        return { ok: true, extraction };
      } catch (e) {
        return failure(e);
      } finally {
        running.delete(controller);
      }
    },
    async cancel() {
      for (const c of running) c.abort();
    },
    version() {
      return CORE_VERSION;
    },
  };
}
