import { describe, it, expect } from 'vitest';
import { classifyReportLink } from '../../../extension/utils/report-links.ts';

const BASE = 'https://www.oslo.kommune.no/bydeler/bydel-ostensjo/';

describe('classifyReportLink', () => {
  it('finds report PDFs by link text or file name and resolves them against the page', () => {
    expect(classifyReportLink('/getfile.php/1234/Årsberetning%202024.pdf', 'Last ned', BASE)).toEqual({
      url: 'https://www.oslo.kommune.no/getfile.php/1234/%C3%85rsberetning%202024.pdf',
      title: 'Last ned',
      kind: 'arsberetning',
    });
    expect(classifyReportLink('a.pdf', '2. tertialrapport 2024 (PDF)', BASE)?.kind).toBe('tertialrapport');
    expect(classifyReportLink('b.pdf#page=3', 'Regnskap 2024', BASE)?.url).toBe(`${BASE}b.pdf`);
    expect(classifyReportLink('c.PDF', 'Budsjett 2025', BASE)?.kind).toBe('budsjett');
  });
  it('ignores other PDFs, HTML pages and odd schemes', () => {
    expect(classifyReportLink('kart.pdf', 'Kart over bydelen', BASE)).toBeNull();
    expect(classifyReportLink('aarsberetning.html', 'Årsberetning 2024', BASE)).toBeNull();
    expect(classifyReportLink('javascript:alert(1)//årsberetning.pdf', 'Årsberetning', BASE)).toBeNull();
    expect(classifyReportLink('http://[bad', 'Årsberetning', BASE)).toBeNull();
  });
});
