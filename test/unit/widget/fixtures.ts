// Real embed snapshots (the engine's output on the seed reports, made by widget/demo/make-snapshots.ts).
import { readFileSync } from 'node:fs';
import type { EmbedSnapshot } from '../../../core/model.ts';

export function demoSnapshot(name: 'ostensjo-2024-netto' | 'ostensjo-2024-brutto' | 'ullern-2024-netto' | 'sondre-nordstrand-2023-netto'): EmbedSnapshot {
  return JSON.parse(readFileSync(new URL(`../../../widget/demo/snapshots/${name}.json`, import.meta.url), 'utf8')) as EmbedSnapshot;
}
