// The only file that knows the order of the stages. Text: lines → tables (text front end) → semantics →
// claims and cross-checks. PDF input enters at assembleExtraction with its own lines and tables.

import type { Extraction, Line, ParseOptions, SourceInfo, Table } from './model.ts';
import { textToLines } from './text/to-lines.ts';
import { findTables } from './tables/find-tables.ts';
import { finishTable } from './semantics/finish-table.ts';
import { extractClaims } from './claims/extract-claims.ts';
import { crossCheckTables } from './claims/cross-check.ts';
import { tableAreas } from './claims/table-area.ts';
import { describeReport } from './report-info.ts';
import { checkReportConventions } from './variance/report-conventions.ts';

export interface AssembleInput {
  source: SourceInfo;
  lines: Line[];
  tables: Table[];
  warnings: string[];
  report?: Extraction['report'];
}

/** Claims, cross-checks and report metadata on top of a front end's lines and tables. */
export function assembleExtraction(input: AssembleInput, options: ParseOptions = {}): Extraction {
  const tables = checkReportConventions(uniqueIds(input.tables));
  // Which funksjonsområde each table is about: found once, for the claims and the cross-checks.
  const areas = tableAreas(tables, input.lines);
  const claims = extractClaims(input.lines, tables, options, areas);
  const crossChecks = crossCheckTables(tables, input.lines, areas);
  const report = input.report ?? describeReport(input.lines);
  const warnings = [...input.warnings];
  if (tables.length === 0) warnings.push('Fant ingen talltabeller i dokumentet (no numeric tables found).');
  const out: Extraction = { version: 1, source: input.source, tables, claims, crossChecks, warnings };
  if (report && Object.keys(report).length) out.report = report;
  return out;
}

/** Tables found in the lines of a text (a text dump of a PDF, or an HTML page's text). */
export function tablesFromLines(lines: Line[], options: ParseOptions = {}): Table[] {
  return findTables(lines, options).map((d) => finishTable(d, options));
}

export function extractFromText(text: string, source: SourceInfo, options: ParseOptions = {}): Extraction {
  const lines = textToLines(text);
  return assembleExtraction({ source, lines, tables: tablesFromLines(lines, options), warnings: [] }, options);
}

function uniqueIds(tables: Table[]): Table[] {
  const seen = new Map<string, number>();
  return tables.map((t) => {
    const n = seen.get(t.id) ?? 0;
    seen.set(t.id, n + 1);
    return n ? { ...t, id: `${t.id}-${n + 1}` } : t;
  });
}
