// Writes the embedded widget of the demo report page (test/site/pages/index.html) from the real engine's reading
// of the Østensjø fixture PDF: `npx tsx test/site/make-embed.ts`. The snapshot is inlined between the markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseReportPdf } from '../../core/io/parse-pdf.ts';
import { toEmbedSnapshot } from '../../core/index.ts';

const root = new URL('../..', import.meta.url).pathname;
const pdf = readFileSync(`${root}test/fixtures/pdf/oestensjoe-2024.pdf`);
const x = await parseReportPdf(new Uint8Array(pdf), { name: 'oestensjoe-2024.pdf' });
const table = x.tables.find((t) => /0\.1\s*B\b/.test(`${t.title ?? ''} ${t.grid.flat().join(' ')}`) && t.variances.length) ?? x.tables.find((t) => t.variances.length);
if (!table) throw new Error('no table with variances in the fixture');
const snap = toEmbedSnapshot(x, table, '/reports/oestensjoe-2024.pdf');
const json = JSON.stringify(snap).replace(/</g, '\\u003c');
const file = `${root}test/site/pages/index.html`;
const html = readFileSync(file, 'utf8');
const block = `<!-- tallsjekk-embed:start -->
    <h2>Netto driftsutgifter 2024 – kontrollert av Tallsjekk</h2>
    <tallsjekk-widget view="both" chart="variance"><script type="application/json">${json}</script></tallsjekk-widget>
    <script type="module" src="/widget/tallsjekk-widget.js"></script>
    <!-- tallsjekk-embed:end -->`;
const next = html.includes('<!-- tallsjekk-embed:start -->')
  ? html.replace(/<!-- tallsjekk-embed:start -->[\s\S]*<!-- tallsjekk-embed:end -->/, block)
  : html.replace('    <h2>Andre bydeler</h2>', `    ${block}\n\n    <h2>Andre bydeler</h2>`);
writeFileSync(file, next);
console.log(`embedded "${table.title ?? table.id}" (${table.rows.length} rows)`);
