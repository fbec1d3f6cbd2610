// Tallsjekk's core: report text in, Extraction out (../shared/contract/EXTRACTION.md). Pure TypeScript, no DOM:
// the command line, the worker and the tests call these same functions. PDFs: core/io/parse-pdf.ts.

import type { Extraction, ParseOptions } from './model.ts';
import { extractFromText } from './pipeline.ts';
import { htmlToText } from './text/html-to-text.ts';
import { sha256Hex } from './hash.ts';

export * from './model.ts';
export { CoreError, isCoreError, type CoreErrorCode } from './errors.ts';
export { assembleExtraction, tablesFromLines } from './pipeline.ts';
export { finishTable } from './semantics/finish-table.ts';
export { parseNumberCell } from './numbers/parse-number.ts';
export { sha256Hex } from './hash.ts';
export { tableToCsv, extractionToCsv } from './format/csv.ts';
export { extractionToMarkdown, keyFindings } from './format/markdown.ts';
export { toEmbedSnapshot } from './format/embed.ts';

export const CORE_VERSION = '0.1.0';

/** Reads the text of a report (a text dump of its PDF) or, with kind 'html', the HTML of a report page. */
export function parseReportText(text: string, options: ParseOptions & { kind?: 'text' | 'html' } = {}): Extraction {
  const kind = options.kind ?? 'text';
  const body = kind === 'html' ? htmlToText(text) : text;
  return extractFromText(body, { name: options.name ?? 'rapport', kind, sha256: sha256Hex(text) }, options);
}
