// The notebook in IndexedDB (the cache's database, store "pins"): pins keyed by the report's content hash,
// so they come back after a restart and reattach to the same report opened from another URL or a local copy.
// Pins saved for this URL under another hash (the report changed) are returned too, marked as not found.

import { db } from './cache.ts';
import type { Pin } from './pins.ts';

const key = (p: Pick<Pin, 'sha256' | 'id'>) => `${p.sha256}|${p.id}`;

export async function pinsFor(sha256: string, url?: string): Promise<{ pins: Pin[]; notFound: Set<string> }> {
  const d = await db();
  const here = await d.getAllFromIndex('pins', 'sha256', sha256);
  const notFound = new Set<string>();
  const pins: Pin[] = here.map(({ key: _k, ...p }) => p);
  if (url) {
    for (const { key: _k, ...p } of await d.getAllFromIndex('pins', 'url', url)) {
      if (p.sha256 === sha256 || pins.some((x) => x.id === p.id)) continue;
      pins.push(p);
      notFound.add(p.id);
    }
  }
  return { pins, notFound };
}

export async function savePin(pin: Pin): Promise<void> {
  await (await db()).put('pins', { ...pin, key: key(pin) });
}

export async function removePin(pin: Pick<Pin, 'sha256' | 'id'>): Promise<void> {
  await (await db()).delete('pins', key(pin));
}

export async function savePins(pins: Pin[]): Promise<void> {
  const tx = (await db()).transaction('pins', 'readwrite');
  await Promise.all([...pins.map((p) => tx.store.put({ ...p, key: key(p) })), tx.done]);
}
