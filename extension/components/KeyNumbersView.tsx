// The key numbers of a report: overall result, largest overspends and underspends, failed checks and
// claims the tables contradict. Direction is shown by icon and words as well as colour.

import type { Extraction } from '../../core/model.ts';
import { keyNumbers, type RankedVariance } from '../utils/key-numbers.ts';
import { DIRECTION_ICON, formatNok, formatPercent, type Lang } from '../utils/format.ts';
import { directionText } from '../utils/mark-details.ts';
import { t } from '../utils/i18n.ts';

function Item({ r, lang }: { r: RankedVariance; lang: Lang }) {
  const d = r.variance.direction;
  return (
    <li class={`kn-item dir-${d}`} data-direction={d}>
      <span class="icon" aria-hidden="true">{DIRECTION_ICON[d]}</span>{' '}
      <span class="kn-label">{r.label}</span>: <strong>{formatNok(r.nok, lang)}</strong>{' '}
      <span class="muted">({formatPercent(r.variance.percent, lang)}, {directionText(d).toLowerCase()})</span>
    </li>
  );
}

export function KeyNumbersView({ extraction, lang }: { extraction: Extraction; lang: Lang }) {
  const k = keyNumbers(extraction);
  return (
    <section class="key-numbers" aria-labelledby="kn-h">
      <h2 id="kn-h">{t('keyNumbers')}</h2>
      {k.overall ? (
        <p class={`overall dir-${k.overall.variance.direction}`} data-testid="overall" data-direction={k.overall.variance.direction}>
          <span class="icon" aria-hidden="true">{DIRECTION_ICON[k.overall.variance.direction]}</span>{' '}
          {t('overall')}: <strong>{formatNok(k.overall.nok, lang)}</strong> — {directionText(k.overall.variance.direction).toLowerCase()}{' '}
          <span class="muted">({k.overall.label}, {formatPercent(k.overall.variance.percent, lang)})</span>
        </p>
      ) : (
        <p class="muted">{t('noOverall')}</p>
      )}
      {k.overspends.length > 0 && (
        <>
          <h3>{t('largestOverspends')}</h3>
          <ul class="kn-list" data-testid="overspends">{k.overspends.map((r) => <Item r={r} lang={lang} />)}</ul>
        </>
      )}
      {k.underspends.length > 0 && (
        <>
          <h3>{t('largestUnderspends')}</h3>
          <ul class="kn-list" data-testid="underspends">{k.underspends.map((r) => <Item r={r} lang={lang} />)}</ul>
        </>
      )}
      <p data-testid="counts">
        {t('counts', k.tableCount, k.failedChecks.length, k.inconsistentClaims.length, k.claimCount)}
      </p>
      {k.inconsistentClaims.length > 0 && (
        <ul class="kn-list" data-testid="inconsistent-claims">
          {k.inconsistentClaims.map((c) => (
            <li class="failed"><span aria-hidden="true">✗ </span>«{c.text}»{c.reason ? ` — ${c.reason}` : ''}</li>
          ))}
        </ul>
      )}
      {extraction.warnings.length > 0 && (
        <ul class="warnings" data-testid="warnings">{extraction.warnings.map((w) => <li>{w}</li>)}</ul>
      )}
    </section>
  );
}
