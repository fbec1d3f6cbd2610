// An Oslo-style budget table (Regnskap / Regulert budsjett / Avvik, "Tall i 1000 kr") for PDF tests,
// with a wrapped two-line header, a bold sum row and space-separated thousands.

import type { TableSpec } from './make-pdf.ts';

export const OSLO_HEADER = [
  ['Netto driftsutgifter', 'Regnskap', 'Regulert', 'Avvik'],
  ['', '2024', 'budsjett 2024', ''],
];

export function osloRows(n: number, seed = 1): TableSpec['rows'] {
  const rows: TableSpec['rows'] = [];
  let sumA = 0;
  let sumB = 0;
  for (let i = 0; i < n; i++) {
    const a = 10_000 + ((seed * 7919 + i * 104_729) % 90_000);
    const b = a + (((seed + i) % 5) - 2) * 1_234;
    sumA += a;
    sumB += b;
    rows.push({ cells: [`Tjeneste ${String.fromCharCode(65 + (i % 26))}${i}`, fmt(a), fmt(b), fmt(b - a)] });
  }
  rows.push({ cells: ['Sum netto driftsutgifter', fmt(sumA), fmt(sumB), fmt(sumB - sumA)], bold: true });
  return rows;
}

/** Norwegian print: space thousands, '-' minus. */
export function fmt(n: number): string {
  const s = Math.abs(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return n < 0 ? `-${s}` : s;
}
