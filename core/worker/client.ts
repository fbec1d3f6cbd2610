// The page side of the parse worker: wraps a Worker running worker.ts as a typed CoreApi, and parses a
// PDF with its bytes transferred (not copied) and progress delivered through a comlink proxy.

import { proxy, transfer, wrap, type Remote } from 'comlink';
import type { ParseOptions } from '../model.ts';
import type { CoreApi, ParseResult, Progress } from './api.ts';

export type CoreClient = Remote<CoreApi>;

export function wrapCoreWorker(worker: Worker): CoreClient {
  return wrap<CoreApi>(worker);
}

/** Parses `bytes` in the worker. The buffer is transferred: it is empty (detached) afterwards. */
export function parsePdfInWorker(
  client: CoreClient,
  bytes: ArrayBuffer,
  options?: ParseOptions,
  onProgress?: (p: Progress) => void,
): Promise<ParseResult> {
  return client.parsePdf(transfer(bytes, [bytes]), options, onProgress ? proxy(onProgress) : undefined);
}
