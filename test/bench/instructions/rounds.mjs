// Parses the seed reports ROUNDS times with a bundled core (see count.sh); prints nothing.
import { readFileSync, readdirSync } from 'node:fs';
const [bundle, rounds] = process.argv.slice(2);
const { parseReportText } = await import(bundle);
const dir = new URL('../../../../shared/seeds/', import.meta.url).pathname;
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => [f, readFileSync(dir + f, 'utf8')]);
for (let r = 0; r < Number(rounds); r++) for (const [name, text] of texts) parseReportText(text, { name });
