// Short explanations of the words the reports use, for citizens.

import { t } from '../utils/i18n.ts';

export function Glossary() {
  return (
    <details class="glossary">
      <summary>{t('glossaryTitle')}</summary>
      <dl>
        <dt>{t('termRegnskap')}</dt><dd>{t('termRegnskapText')}</dd>
        <dt>{t('termRegulert')}</dt><dd>{t('termRegulertText')}</dd>
        <dt>{t('termAvvik')}</dt><dd>{t('termAvvikText')}</dd>
        <dt>{t('termMerforbruk')}</dt><dd>{t('termMerforbrukText')}</dd>
        <dt>{t('termMindreforbruk')}</dt><dd>{t('termMindreforbrukText')}</dd>
      </dl>
    </details>
  );
}
