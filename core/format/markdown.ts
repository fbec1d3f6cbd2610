// Given an Extraction, return Markdown for a person at a terminal: first what does not add up (inconsistent
// claims, failed cross-checks, failed checks — each with its place), then the largest overspends and
// underspends, then every table.

import type { CellRef, Extraction, Table } from '../model.ts';
import { keyFindings, formatNok, groupThousands } from './key-findings.ts';
import { isSumCheck } from '../claims/group-sums.ts';

export { keyFindings } from './key-findings.ts';

const PIPES = /\|/g;
const NEWLINES = /\n/g;

const cell = (s: string) => s.replace(PIPES, '\\|').replace(NEWLINES, ' ');
const where = (t: Table | undefined) => (t ? `${t.title ?? t.id}${t.page ? `, s. ${t.page}` : t.line ? `, linje ${t.line}` : ''}` : '?');

/** A cell by its row label and column label: "Totalt drift 2023 [Opprinnelig budsjett 2023]"; a sum by its rows. */
function placeOf(t: Table | undefined, at: CellRef, rows: number[] = [at.row]): string {
  const col = t?.columns[at.column]?.label;
  return `${rows.map((r) => t?.rows[r]?.label ?? '?').join(' + ')}${col ? ` [${col}]` : ''}`;
}

function tableMd(t: Table): string {
  const head = `| ${['', ...t.columns.map((c) => c.label)].map(cell).join(' | ')} |`;
  const sep = `|${['---', ...t.columns.map(() => '---:')].join('|')}|`;
  const body = t.rows.map((r) => `| ${[r.kind === 'item' || r.kind === 'header' ? r.label : `**${r.label}**`, ...r.values.map((v) => (v === null ? '' : groupThousands(v)))].map(cell).join(' | ')} |`);
  return [`### ${cell(t.title ?? t.id)}${t.unit ? ` (${t.unit})` : ''}`, '', head, sep, ...body].join('\n');
}

export function extractionToMarkdown(x: Extraction): string {
  const k = keyFindings(x);
  const byId = new Map(x.tables.map((t) => [t.id, t]));
  const out: string[] = [`# ${x.report?.title ?? x.source.name}${x.report?.district ? ` — bydel ${x.report.district}` : ''}`, ''];
  out.push(`${x.tables.length} tabeller, ${x.claims.length} påstander i teksten, ${x.crossChecks.length} krysskontroller.`, '');
  if (k.inconsistentClaims.length || k.failedCrossChecks.length || k.failedChecks.length) {
    out.push('## Stemmer ikke', '');
    for (const c of k.inconsistentClaims) {
      const t = c.match ? byId.get(c.match.table) : undefined;
      out.push(`- Påstand «${c.text}» (${c.page ? `s. ${c.page}` : `linje ${c.line}`}) stemmer ikke med ${where(t)}${c.reason ? `: ${c.reason}` : ''}`);
    }
    for (const c of k.failedCrossChecks) {
      const a = byId.get(c.a.table), b = byId.get(c.b.table);
      // Row and column on both sides: the two printings may name the figure differently.
      const cellA = placeOf(a, c.a), cellB = placeOf(b, c.b, isSumCheck(c) ? c.bRows : undefined);
      out.push(`- ${cellA}: ${groupThousands(c.printedA)} i ${where(a)}, men ${groupThousands(c.printedB)} i ${where(b)}${cellB !== cellA ? ` (${cellB})` : ''} (differanse ${groupThousands(c.delta)})`);
    }
    for (const { table, check } of k.failedChecks) {
      const row = check.row !== undefined ? table.rows[check.row]?.label : undefined;
      const col = check.column !== undefined ? table.columns[check.column]?.label : undefined;
      out.push(`- ${where(table)}, ${row ?? ''}${col ? ` [${col}]` : ''}: trykt ${groupThousands(check.printed)}, regnet ${groupThousands(check.computed)} (${check.kind === 'sum' ? 'sum' : check.expr ?? 'avvik'})`);
    }
    out.push('');
  }
  if (k.overspends.length) {
    out.push('## Største merforbruk', '');
    for (const f of k.overspends) out.push(`- ${f.label}: ${formatNok(f.nok)} (${f.variance.percent.toFixed(1).replace('.', ',')} %) — ${where(f.table)}`);
    out.push('');
  }
  if (k.underspends.length) {
    out.push('## Største mindreforbruk', '');
    for (const f of k.underspends) out.push(`- ${f.label}: ${formatNok(f.nok)} (${f.variance.percent.toFixed(1).replace('.', ',')} %) — ${where(f.table)}`);
    out.push('');
  }
  if (x.warnings.length) out.push('## Merknader', '', ...x.warnings.map((w) => `- ${w}`), '');
  out.push('## Tabeller', '', ...x.tables.map(tableMd).flatMap((s) => [s, '']));
  return out.join('\n');
}
