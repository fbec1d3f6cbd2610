// The mock site's HTML report chapter as the content script hands it to the core (one line per block), run
// through the real engine: the Extraction the extension's pure helpers are tested on.
import { parseReportText, type Extraction } from '../../../core/index.ts';

export const CHAPTER_TEXT = [
  '3 Økonomi',
  '3.1 Bydelens økonomiske resultat',
  'Regnskapet for 2024 viser at bydelen samlet fikk et merforbruk på 72,3 mill. kroner. Barnevernet hadde et merforbruk på 61,8 mill. kroner, hovedsakelig på grunn av flere plasseringer i institusjon. Barnehagene fikk et mindreforbruk på 18,6 mill. kroner som følge av lavere barnetall enn forutsatt.',
  'Tabell 0.1 B Netto driftsutgifter per funksjonsområde',
  'Tall i 1000 kr',
  'Funksjonsområde    Regnskap 2024    Opprinnelig budsjett 2024    Regulert budsjett 2024    Avvik',
  'FO1 Forebyggende helsetjenester og sosialtjenester    412 350    380 000    395 200    -17 150',
  'FO2 Barnevern    198 700    160 000    170 500    -28 200',
  'FO3 Helse og omsorg    845 529    790 000    800 000    -45 529',
  'FO4 Barnehager    471 379    485 000    490 000    18 621',
  'Sum netto driftsutgifter    1 927 958    1 815 000    1 855 700    -72 258',
].join('\n');

export function chapterExtraction(): Extraction {
  return parseReportText(CHAPTER_TEXT, { name: 'okonomi.html', kind: 'text' });
}
