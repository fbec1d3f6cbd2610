// The extraction cache in IndexedDB: extractions keyed by the content's SHA-256, and URL → hash, so a report
// opened again (or after a browser restart) is shown without parsing. Entries carry a schema version; an
// entry from another version is ignored and replaced. A full disk (QuotaExceededError) never breaks a view:
// the extraction is still shown, only not kept.

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Extraction } from '../../core/model.ts';
import type { Pin } from './pins.ts';

/** Bump when the stored Extraction's shape or the engine's output changes meaningfully. */
export const CACHE_SCHEMA = 1;
const DB_NAME = 'tallsjekk';

export interface CacheEntry {
  sha256: string;
  schema: number;
  extraction: Extraction;
  savedAt: number;
}

interface TallsjekkDB extends DBSchema {
  extractions: { key: string; value: CacheEntry };
  urls: { key: string; value: { url: string; sha256: string } };
  /** The journalist's notebook (utils/notebook.ts): pins keyed by "<sha256>|<pin id>". */
  pins: { key: string; value: Pin & { key: string }; indexes: { sha256: string; url: string } };
}

let dbPromise: Promise<IDBPDatabase<TallsjekkDB>> | null = null;

export function db(): Promise<IDBPDatabase<TallsjekkDB>> {
  dbPromise ??= openDB<TallsjekkDB>(DB_NAME, 2, {
    upgrade(d, oldVersion) {
      if (oldVersion < 1) {
        d.createObjectStore('extractions', { keyPath: 'sha256' });
        d.createObjectStore('urls', { keyPath: 'url' });
      }
      if (oldVersion < 2) {
        const pins = d.createObjectStore('pins', { keyPath: 'key' });
        pins.createIndex('sha256', 'sha256');
        pins.createIndex('url', 'url');
      }
    },
  });
  return dbPromise;
}

export async function getByHash(sha256: string): Promise<Extraction | null> {
  const entry = await (await db()).get('extractions', sha256);
  return entry && entry.schema === CACHE_SCHEMA ? entry.extraction : null;
}

export async function hashForUrl(url: string): Promise<string | null> {
  return (await (await db()).get('urls', url))?.sha256 ?? null;
}

export async function getByUrl(url: string): Promise<Extraction | null> {
  const sha = await hashForUrl(url);
  return sha ? getByHash(sha) : null;
}

export type PutResult = { ok: true } | { ok: false; reason: 'quota' | 'error'; message: string };

export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Stores under `sha256` (the hash of the bytes as fetched; defaults to the one the core computed). */
export async function putExtraction(extraction: Extraction, url?: string, sha256 = extraction.source.sha256): Promise<PutResult> {
  try {
    const d = await db();
    const tx = d.transaction(['extractions', 'urls'], 'readwrite');
    await tx.objectStore('extractions').put({ sha256, schema: CACHE_SCHEMA, extraction, savedAt: Date.now() });
    if (url) await tx.objectStore('urls').put({ url, sha256 });
    await tx.done;
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: isQuotaError(e) ? 'quota' : 'error', message: String((e as Error)?.message ?? e) };
  }
}

export async function clearCache(): Promise<void> {
  const d = await db();
  const tx = d.transaction(['extractions', 'urls'], 'readwrite');
  await Promise.all([tx.objectStore('extractions').clear(), tx.objectStore('urls').clear(), tx.done]);
}

export async function cacheSize(): Promise<number> {
  return (await db()).count('extractions');
}
