/**
 * The south bank's frame, in metres: `s` runs along Lê Lợi (bearing 54.4°) from near Huế station
 * (107.5786, 16.4580), `t` points away from the river (bearing 144.4°, along Hùng Vương). South-bank
 * streets, canals and zones are placed in it; `bankT` is the authored river's south bank in it.
 */
import { HUE_FRAME, type XY } from '../geo/LocalFrame.ts';

const ORIGIN = HUE_FRAME.toXY([107.5786, 16.458]);
const BEARING = (54.4 * Math.PI) / 180;
const S: XY = [Math.sin(BEARING), Math.cos(BEARING)];
const T: XY = [Math.sin(BEARING + Math.PI / 2), Math.cos(BEARING + Math.PI / 2)];

/** Bearing of the `s` axis, degrees from north. */
export const SOUTH_FRAME_BEARING_DEG = 54.4;

/** Point at south-frame coordinates (metres) in HUE_FRAME metres. */
export function southAt(s: number, t: number): XY {
  return [ORIGIN[0] + S[0] * s + T[0] * t, ORIGIN[1] + S[1] * s + T[1] * t];
}

/** South bank of the authored river as `[s, t]` vertices (from layers/perfume-river.geojson, rounded). */
const BANK: [number, number][] = [
  [34, -85], [468, 61], [901, 98], [1303, 85], [1677, 38], [2034, -21], [2381, -46], [2815, -104], [3183, -251], [3540, -474],
];

/** Lê Lợi's course: 45 m inland of the south bank, `[s, t]`. */
export const LE_LOI_ST: [number, number][] = [[-150, -35], ...BANK.slice(0, 9).map(([s, t]): [number, number] => [s, t + 45])];

/** `t` of Lê Lợi at `s` (linear between vertices, clamped at the ends). */
export function leLoiT(s: number): number {
  const pts = LE_LOI_ST;
  if (s <= pts[0]![0]) return pts[0]![1];
  for (let i = 1; i < pts.length; i++) {
    const [s0, t0] = pts[i - 1]!;
    const [s1, t1] = pts[i]!;
    if (s <= s1) return t0 + ((s - s0) / (s1 - s0)) * (t1 - t0);
  }
  return pts[pts.length - 1]![1];
}
