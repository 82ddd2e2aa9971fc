/** Douglas–Peucker line simplification in a local metric frame (for deriving compact authored lines). */
import { metresPerDegree, type LonLat } from '../geodesy.ts';

/** `coords` with vertices dropped that lie within `toleranceM` metres of the simplified line; ends are kept. */
export function simplifyLine(coords: readonly LonLat[], toleranceM: number): LonLat[] {
  if (coords.length <= 2) return [...coords];
  const k = metresPerDegree(coords[0][1]);
  const keep = new Uint8Array(coords.length);
  keep[0] = keep[coords.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, coords.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop()!;
    const [ax, ay] = [coords[i][0] * k.x, coords[i][1] * k.y];
    const [bx, by] = [coords[j][0] * k.x, coords[j][1] * k.y];
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy);
    let worst = -1;
    let at = -1;
    for (let m = i + 1; m < j; m++) {
      const px = coords[m][0] * k.x - ax;
      const py = coords[m][1] * k.y - ay;
      const d = len === 0 ? Math.hypot(px, py) : Math.abs(px * dy - py * dx) / len;
      if (d > worst) {
        worst = d;
        at = m;
      }
    }
    if (worst > toleranceM) {
      keep[at] = 1;
      stack.push([i, at], [at, j]);
    }
  }
  return coords.filter((_, i) => keep[i] === 1);
}
