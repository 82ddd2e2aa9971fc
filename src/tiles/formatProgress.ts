/** One human line for build progress, e.g. "tiles 12/34 · 24,000 buildings · 15,200 buildings/s". */
import type { BuildProgress } from './BuildStats.ts';

/** Formats a progress event (counts with thousands separators, rate in buildings per second). */
export function formatProgress(p: BuildProgress): string {
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  const rate = p.elapsedS > 0 ? ` · ${n(p.buildings / p.elapsedS)} buildings/s` : '';
  if (p.phase === 'read') return `read ${n(p.buildings)} footprints${rate}`;
  return `${p.phase === 'done' ? 'done: ' : ''}tiles ${p.tilesDone}/${p.tilesTotal} · ${n(p.buildings)} buildings${rate}`;
}
