// The table as printed, with each row's variance value highlighted by colour, sign and a word
// (data-direction="overspend|underspend|on-budget"). Report text is only ever rendered as text.
// In a narrow widget the columns a variance is not made of fold away behind a "show all columns" button, and
// below 26rem each row stacks as "column label … value" lines (data-label, set as an attribute: text only).

import { Component } from 'preact';
import type { Table } from '../core/model.ts';
import type { Lang } from './format.ts';
import { messages } from './i18n.ts';
import { buildTableModel } from './table-model.ts';

interface Props {
  table: Table;
  title: string;
  lang: Lang;
}

export class TableView extends Component<Props, { all: boolean }> {
  override state = { all: false };

  override render({ table, title, lang }: Props, { all }: { all: boolean }) {
    const m = messages(lang);
    const model = buildTableModel(table, lang, m.computedVariance);
    const folded = model.key.filter((k) => !k).length;
    const cls = (i: number) => (model.key[i] ? undefined : 'opt');
    return (
      <div class={all ? 'all' : undefined}>
        {folded > 0 ? (
          <button type="button" class="more" aria-pressed={all} onClick={() => this.setState({ all: !all })}>
            {all ? m.fewerColumns : m.allColumns(folded)}
          </button>
        ) : null}
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
                  <th scope="col" key={i} class={cls(i)}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {model.rows.map((row, r) =>
                row.kind === 'header' ? (
                  <tr class="header" key={r}>
                    <th scope="colgroup" colSpan={model.headers.length + 1}>
                      {row.label}
                    </th>
                  </tr>
                ) : (
                  <tr class={row.kind} key={r}>
                    <th scope="row">{row.label}</th>
                    {row.cells.map((cell, c) => (
                      <td key={c} class={cls(c)} data-label={model.headers[c]}>
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
        {model.computed ? <p class="note">{m.computedNote}</p> : null}
      </div>
    );
  }
}
