// Entry of the embeddable widget (ES module and classic script): defines <tallsjekk-widget> once and exports
// nothing, so it adds no globals. Several copies of the script on one page share the first definition.

import { TallsjekkWidget } from './element.ts';

if (typeof customElements !== 'undefined' && !customElements.get('tallsjekk-widget')) {
  customElements.define('tallsjekk-widget', TallsjekkWidget);
}
