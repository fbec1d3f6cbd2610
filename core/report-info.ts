// Given a report's first lines, return what it says about itself: district, year, title.

import type { Extraction, Line } from './model.ts';

const DISTRICTS = [
  'Alna', 'Bjerke', 'Frogner', 'Gamle Oslo', 'Grorud', 'Grünerløkka', 'Nordre Aker', 'Nordstrand', 'Sagene',
  'St. Hanshaugen', 'Stovner', 'Søndre Nordstrand', 'Ullern', 'Vestre Aker', 'Østensjø',
];
const HEAD_LINES = 120;

const ANNUAL_REPORT_YEAR = /((?:årsberetning|årsrapport)[^\n]{0,60}?((?:19|20)\d\d))/i;
const OTHER_REPORT_YEAR = /((?:tertialrapport|budsjett)[^\n]{0,60}?((?:19|20)\d\d))/i;

export function describeReport(lines: Line[]): Extraction['report'] {
  const head = lines.slice(0, HEAD_LINES).map((l) => l.text).join('\n');
  const out: NonNullable<Extraction['report']> = {};
  // The longest name first, so "Søndre Nordstrand" wins over "Nordstrand".
  for (const d of [...DISTRICTS].sort((a, b) => b.length - a.length)) {
    if (new RegExp(`bydel\\s+${d.replace('.', '\\.')}`, 'i').test(head)) {
      out.district = d;
      break;
    }
  }
  // The report's own kind first: an annual report mentions next year's budget before it names itself often.
  const title =
    ANNUAL_REPORT_YEAR.exec(head) ??
    OTHER_REPORT_YEAR.exec(head);
  if (title) {
    out.title = title[1]!.trim();
    out.year = Number(title[2]);
  }
  return out;
}
