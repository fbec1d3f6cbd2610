// Parse progress per page, as a native <progress> with a text label.

import { t } from '../utils/i18n.ts';

export function ProgressBar({ done, total }: { done: number; total: number }) {
  return (
    <div class="progress" role="status" data-testid="progress">
      <label>
        {total > 0 ? t('progressPages', done, total) : t('loading')}
        <progress max={total || 1} value={total ? done : undefined} />
      </label>
    </div>
  );
}
