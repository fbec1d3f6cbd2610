// Given an Extraction and one of its tables, return the widget's EmbedSnapshot (the contract's shape).

import type { EmbedSnapshot, Extraction, Table } from '../model.ts';

export function toEmbedSnapshot(x: Extraction, table: Table, url?: string): EmbedSnapshot {
  const source: EmbedSnapshot['source'] = { name: x.source.name, sha256: x.source.sha256 };
  if (url) source.url = url;
  if (table.page !== undefined) source.page = table.page;
  if (x.report?.district) source.district = x.report.district;
  if (x.report?.year !== undefined) source.year = x.report.year;
  const claims = x.claims.filter((c) => c.match?.table === table.id);
  return { version: 1, source, table, ...(claims.length ? { claims } : {}) };
}
