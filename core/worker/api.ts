// The worker's API: a few coarse calls with plain, structured-cloneable data. It only delegates to
// core/index.ts, so Node tests call the same functions without a worker.

import type { Extraction, ParseOptions, Table } from '../model.ts';
import type { CoreErrorCode } from '../errors.ts';

export interface Progress {
  pagesDone: number;
  pagesTotal: number;
  /** Tables found on the pages finished so far (delivered as pages finish). */
  tables?: Table[];
}

export type ParseResult =
  | { ok: true; extraction: Extraction }
  | { ok: false; error: { code: CoreErrorCode | 'internal'; message: string } };

export interface CoreApi {
  parseText(text: string, options?: ParseOptions & { kind?: 'text' | 'html' }): Promise<ParseResult>;
  /** The caller transfers `bytes` (comlink `transfer(bytes, [bytes])`). `onProgress` is a comlink `proxy`. */
  parsePdf(bytes: ArrayBuffer, options?: ParseOptions, onProgress?: (p: Progress) => void): Promise<ParseResult>;
  /** Cancels the running parsePdf, which then resolves with `{ ok: false, error: { code: 'cancelled' } }`. */
  cancel(): Promise<void>;
  version(): string;
}
