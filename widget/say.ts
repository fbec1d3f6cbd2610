// A message that is put into words only when the widget renders, so it follows a later change of `lang`.
// Type only: the lazy chunks make their own Say values and import no code from the first script.

import type { Lang } from './format.ts';

export type Say = (lang: Lang) => string;
