// One highlight over a printed value or claim: a focusable button with colour, an icon and a short text
// (never colour alone), data-direction / data-check for styling and tests, and its tooltip when active.

import type { Mark } from '../../utils/marks.ts';
import { DIRECTION_ICON, formatPercent, type Lang } from '../../utils/format.ts';
import { directionText, markDetails, verdictText } from '../../utils/mark-details.ts';
import { t } from '../../utils/i18n.ts';

export interface HighlightProps {
  mark: Mark;
  css: [number, number, number, number];
  lang: Lang;
  active: boolean;
  onActivate: (id: string | null) => void;
  pinned: boolean;
  onPin: (mark: Mark) => void;
}

function badgeText(mark: Mark, lang: Lang): string {
  const failed = mark.check === 'failed' ? '✗ ' : '';
  if (mark.kind === 'claim' && mark.claim) return `${failed}${DIRECTION_ICON[mark.direction]} ${verdictText(mark.claim.verdict)}`;
  const pct = mark.percent !== undefined ? ` ${formatPercent(mark.percent, lang)}` : '';
  return `${failed}${DIRECTION_ICON[mark.direction]}${pct}`;
}

export function Highlight({ mark, css, lang, active, onActivate, pinned, onPin }: HighlightProps) {
  const [left, top, width, height] = css;
  const pad = 2;
  const tipId = `tip-${mark.id.replace(/[^a-z0-9-]/gi, '_')}`;
  const label = `${directionText(mark.direction)}: ${mark.label}${mark.check === 'failed' ? ` — ${t('failed')}` : ''} (${t('pin')})`;
  const d = active ? markDetails(mark, lang) : null;
  return (
    <>
      <button
        type="button"
        class={`hl hl-${mark.kind} dir-${mark.direction} check-${mark.check}`}
        style={{ left: `${left - pad}px`, top: `${top - pad}px`, width: `${width + 2 * pad}px`, height: `${height + 2 * pad}px` }}
        data-direction={mark.direction}
        data-check={mark.check}
        data-kind={mark.kind}
        data-mark-id={mark.id}
        data-pinned={String(pinned)}
        aria-pressed={pinned}
        onClick={() => onPin(mark)}
        {...(mark.claim ? { 'data-verdict': mark.claim.verdict } : {})}
        aria-label={label}
        aria-describedby={active ? tipId : undefined}
        onMouseEnter={() => onActivate(mark.id)}
        onMouseLeave={() => onActivate(null)}
        onFocus={() => onActivate(mark.id)}
        onBlur={() => onActivate(null)}
        onKeyDown={(e) => e.key === 'Escape' && onActivate(null)}
      >
        <span class="badge" aria-hidden="true">{pinned ? '★ ' : ''}{badgeText(mark, lang)}</span>
      </button>
      {d && (
        <div class="tooltip" role="tooltip" id={tipId} style={{ left: `${Math.max(0, left)}px`, top: `${top + height + 8}px` }}>
          <strong>{d.title}</strong>
          <dl>{d.rows.map(([k, v]) => <><dt>{k}</dt><dd>{v}</dd></>)}</dl>
          <p class="check">{d.check}</p>
        </div>
      )}
    </>
  );
}
