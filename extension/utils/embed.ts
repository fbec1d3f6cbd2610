// Given an Extraction and one of its tables, return the contract's EmbedSnapshot and the HTML a journalist
// pastes into a page: the widget's script tag and the snapshot inline as JSON (no request to fetch data).

import type { EmbedSnapshot, Extraction, Table } from '../../core/model.ts';

/** Where the widget's built module is published (widget/ build, `npm start` serves it at /widget/). */
export const WIDGET_SCRIPT_SRC = 'https://tallsjekk.no/widget/tallsjekk-widget.js';

export function snapshotFor(extraction: Extraction, table: Table, url?: string): EmbedSnapshot {
  const claims = extraction.claims.filter((c) => c.match?.table === table.id);
  const source: EmbedSnapshot['source'] = { name: extraction.source.name, sha256: extraction.source.sha256 };
  if (url) source.url = url;
  if (table.page !== undefined) source.page = table.page;
  if (extraction.report?.district) source.district = extraction.report.district;
  if (extraction.report?.year !== undefined) source.year = extraction.report.year;
  return { version: 1, source, table, ...(claims.length ? { claims } : {}) };
}

/** JSON safe inside <script>: no "</script>", no "<!--", no U+2028/2029 surprises. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function embedCode(snapshot: EmbedSnapshot, scriptSrc = WIDGET_SCRIPT_SRC): string {
  return [
    `<script type="module" src="${scriptSrc}"></script>`,
    '<tallsjekk-widget>',
    `  <script type="application/json">${jsonForScript(snapshot)}</script>`,
    '</tallsjekk-widget>',
  ].join('\n');
}
