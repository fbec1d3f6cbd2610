// The parse worker for extension pages: core/worker/worker.ts in a module Web Worker, wrapped by the
// core's own comlink client. (A Manifest V3 service worker cannot start workers, so pages start it.)

import CoreWorker from '../../core/worker/worker.ts?worker';
import { parsePdfInWorker, wrapCoreWorker, type CoreClient } from '../../core/worker/client.ts';
import type { ParseResult, Progress } from '../../core/worker/api.ts';

let core: CoreClient | null = null;

export function getCore(): CoreClient {
  core ??= wrapCoreWorker(new CoreWorker());
  return core;
}

/** Parses PDF bytes off the main thread. The bytes are transferred: pass a copy if you still need them. */
export function parsePdfBytes(bytes: ArrayBuffer, name: string, onProgress: (p: Progress) => void): Promise<ParseResult> {
  return parsePdfInWorker(getCore(), bytes, { name }, onProgress);
}
