// The parse worker for extension pages: core/worker/worker.ts in a module Web Worker behind comlink.
// (A Manifest V3 service worker cannot start workers, so pages start it; WXT/Vite bundle the worker.)

import { proxy, transfer, wrap, type Remote } from 'comlink';
import CoreWorker from '../../core/worker/worker.ts?worker';
import type { CoreApi, ParseResult, Progress } from '../../core/worker/api.ts';

let core: Remote<CoreApi> | null = null;

export function getCore(): Remote<CoreApi> {
  core ??= wrap<CoreApi>(new CoreWorker());
  return core;
}

/** Parses PDF bytes off the main thread. The bytes are transferred: pass a copy if you still need them. */
export function parsePdfBytes(bytes: ArrayBuffer, name: string, onProgress: (p: Progress) => void): Promise<ParseResult> {
  return getCore().parsePdf(transfer(bytes, [bytes]), { name }, proxy(onProgress));
}

export function parseText(text: string, name: string, kind: 'text' | 'html'): Promise<ParseResult> {
  return getCore().parseText(text, { name, kind });
}
