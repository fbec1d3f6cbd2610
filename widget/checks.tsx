// The check badge: "Summene stemmer", or "N avvik i tabellens egen regning" with the failed checks listed on
// demand (a disclosure button, so keyboard and screen-reader users get the list too).

import { Component } from 'preact';
import type { Check, Table } from '../core/model.ts';
import { formatNumber, type Lang } from './format.ts';
import { checksBadge, messages } from './i18n.ts';

let nextId = 0;

interface Props {
  table: Table;
  lang: Lang;
}

export class ChecksBadge extends Component<Props, { open: boolean }> {
  override state = { open: false };
  #listId = `ts-failed-${++nextId}`;

  override render({ table, lang }: Props, { open }: { open: boolean }) {
    const m = messages(lang);
    const failed = table.checks.filter((c) => !c.ok);
    const kind = table.checks.length === 0 ? 'none' : failed.length === 0 ? 'ok' : 'fail';
    return (
      <div>
        <div class="checks">
          <span class={`badge ${kind}`} data-checks={kind}>
            <span aria-hidden="true">{kind === 'ok' ? '✓' : kind === 'fail' ? '!' : '–'}</span>
            {checksBadge(failed.length, table.checks.length, lang)}
          </span>
          {failed.length > 0 ? (
            <button type="button" aria-expanded={open} aria-controls={this.#listId} onClick={() => this.setState({ open: !open })}>
              {open ? m.hideChecks : m.showChecks}
            </button>
          ) : null}
        </div>
        {failed.length > 0 ? (
          <ul class="failed" id={this.#listId} hidden={!open}>
            {failed.map((c, i) => (
              <li key={i}>{describeCheck(c, table, lang)}</li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
}

export function describeCheck(c: Check, table: Table, lang: Lang): string {
  const m = messages(lang);
  const f = (n: number, signed = false) => formatNumber(n, lang, signed);
  const row = c.row !== undefined ? (table.rows[c.row]?.label ?? `#${c.row + 1}`) : '–';
  const column = c.column !== undefined ? (table.columns[c.column]?.label ?? `#${c.column + 1}`) : '–';
  const text =
    c.kind === 'sum'
      ? m.sumCheck(row, column, f(c.printed), f(c.computed), f(c.delta, true))
      : m.varianceCheck(row, f(c.printed, true), f(c.computed, true), f(c.delta, true));
  return c.expr ? `${text}. ${c.expr}` : text;
}
