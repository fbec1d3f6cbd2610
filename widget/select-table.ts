// Given an Extraction's tables and the `table` attribute ("Tabell 0.1 B" or an id), return the table it names.
// A caption matches at a word boundary, so "Tabell 0.1 B" finds "Tabell 0.1 B Netto driftsutgifter" and not
// "Tabell 0.1 Brutto driftsutgifter"; the first table in report order wins.

import type { Table } from '../core/model.ts';

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('nb');

export function selectTable(tables: readonly Table[], query: string): Table | undefined {
  const q = fold(query);
  if (!q) return undefined;
  const byId = tables.find((t) => t.id === query.trim()) ?? tables.find((t) => fold(t.id) === q);
  if (byId) return byId;
  const titled = tables.filter((t) => t.title !== undefined);
  return (
    titled.find((t) => fold(t.title ?? '') === q) ??
    titled.find((t) => startsAtBoundary(fold(t.title ?? ''), q)) ??
    titled.find((t) => containsAtBoundary(fold(t.title ?? ''), q))
  );
}

/** Names to offer when the query matches nothing: captions (else ids), each once. */
export function tableNames(tables: readonly Table[]): string[] {
  return [...new Set(tables.map((t) => t.title ?? t.id))];
}

function startsAtBoundary(title: string, q: string): boolean {
  return title.startsWith(q) && !isWordChar(title.charAt(q.length));
}

function containsAtBoundary(title: string, q: string): boolean {
  for (let at = title.indexOf(q); at >= 0; at = title.indexOf(q, at + 1)) {
    if (!isWordChar(title.charAt(at - 1)) && !isWordChar(title.charAt(at + q.length))) return true;
  }
  return false;
}

function isWordChar(ch: string): boolean {
  return ch !== '' && /[\p{L}\p{N}]/u.test(ch);
}
