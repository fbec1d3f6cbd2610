// The table as printed, with each row's variance value highlighted by colour, sign and a word
// (data-direction="overspend|underspend|on-budget"). Report text is only ever rendered as text.

import type { Table } from '../core/model.ts';
import type { Lang } from './format.ts';
import { messages } from './i18n.ts';
import { buildTableModel } from './table-model.ts';

export function TableView({ table, title, lang }: { table: Table; title: string; lang: Lang }) {
  const m = messages(lang);
  const model = buildTableModel(table, lang, m.computedVariance);
  const width = model.headers.length + 1;
  return (
    <div>
      <div class="scroll" role="region" tabIndex={0} aria-label={m.tableRegion(title)}>
        <table>
          <caption>
            {title}
            {table.unit ? ` (${m.unit(table.unit)})` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">{m.rowHeader}</th>
              {model.headers.map((h, i) => (
                <th scope="col" key={i}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row, r) =>
              row.kind === 'header' ? (
                <tr class="header" key={r}>
                  <th scope="colgroup" colSpan={width}>
                    {row.label}
                  </th>
                </tr>
              ) : (
                <tr class={row.kind} key={r}>
                  <th scope="row">{row.label}</th>
                  {row.cells.map((cell, c) => (
                    <td key={c}>
                      {cell.direction ? (
                        <span class="hl" data-direction={cell.direction}>
                          <span class="num">{cell.text}</span>
                          <span class="dir">{m.direction[cell.direction]}</span>
                        </span>
                      ) : (
                        cell.text
                      )}
                    </td>
                  ))}
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      {model.computed ? <p class="note">{lang === 'en' ? 'Variance = budget − actual, computed by Tallsjekk.' : 'Avvik = budsjett − regnskap, beregnet av Tallsjekk.'}</p> : null}
    </div>
  );
}
