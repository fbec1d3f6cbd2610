// Given an Extraction (parsed from `src`, or embedded whole) and the `table` attribute, return the widget's
// EmbedSnapshot for the table it names, or a message listing the tables there are.

import type { EmbedSnapshot, Extraction } from '../core/model.ts';
import { remoteMessages } from './remote-messages.ts';
import type { Say } from './say.ts';
import { selectTable, tableNames } from './select-table.ts';

export type Picked = { ok: true; snapshot: EmbedSnapshot } | { ok: false; say: Say; link?: string };

export function pickTable(extraction: Extraction, query: string, url?: string): Picked {
  const names = tableNames(extraction.tables);
  const table = query ? selectTable(extraction.tables, query) : extraction.tables.length === 1 ? extraction.tables[0] : undefined;
  if (!table) {
    const say: Say = (l) => (query ? remoteMessages(l).unknownTable(query, names) : remoteMessages(l).noTableAttr(names));
    return url ? { ok: false, say, link: url } : { ok: false, say };
  }
  const source: EmbedSnapshot['source'] = { name: extraction.report?.title ?? extraction.source.name };
  if (url) source.url = url;
  if (table.page !== undefined) source.page = table.page;
  if (extraction.report?.district) source.district = extraction.report.district;
  if (extraction.report?.year) source.year = extraction.report.year;
  const claims = extraction.claims.filter((c) => c.match?.table === table.id);
  return { ok: true, snapshot: { version: 1, source, table, claims } };
}
