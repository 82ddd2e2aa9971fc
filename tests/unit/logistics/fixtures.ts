/**
 * Small networks for the logistics unit tests: a square grid of two-way roads (ids `h<row>-<col>`
 * and `v<col>-<row>`, one edge per block, 0.001° ≈ 107 m × 111 m blocks around Huế), and random
 * variants with oneway streets and closures for brute-force comparisons.
 */
import type { LonLat } from '../../../src/logistics/geodesy.ts';
import type { NetworkSegment, SegmentProperties } from '../../../src/logistics/LogisticsGraph.ts';
import { createRandom } from '../../../src/sample/random.ts';

/** Origin of the fixture grids (lon, lat). */
export const ORIGIN: LonLat = [107.58, 16.46];
/** Block size in degrees. */
export const STEP = 0.001;

/** An n × n grid of block-long segments; `props(id)` may override attributes. */
export function gridNetwork(n: number, props: (id: string) => Partial<SegmentProperties> = () => ({})): NetworkSegment[] {
  const at = (i: number, j: number): LonLat => [ORIGIN[0] + j * STEP, ORIGIN[1] + i * STEP];
  const out: NetworkSegment[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j + 1 < n; j++) {
      const h = `h${i}-${j}`;
      out.push({ id: h, coordinates: [at(i, j), at(i, j + 1)], properties: { class: 'secondary', name_vi: `Hàng ${i}`, ...props(h) } });
      const v = `v${i}-${j}`;
      out.push({ id: v, coordinates: [at(j, i), at(j + 1, i)], properties: { class: 'tertiary', name_vi: `Cột ${i}`, ...props(v) } });
    }
  }
  return out;
}

/** A random grid: some streets one-way, random classes (so times differ from lengths). */
export function randomGrid(n: number, seed: number): NetworkSegment[] {
  const random = createRandom(seed);
  const classes = ['trunk', 'primary', 'secondary', 'tertiary'];
  return gridNetwork(n, () => ({ class: classes[random.int(0, 3)], oneway: random.chance(0.15) }));
}
