/**
 * Deterministic synthetic footprints for tests and benchmarks of the builder (not the sample city:
 * that is the `hue-buildings` generator). Blocks of rotated rectangles, L-shapes (concave) and
 * courtyard buildings (a hole) on a grid around a centre point.
 */
import type { Feature, Polygon } from 'geojson';

/** Options of {@link syntheticFootprints}. */
export interface SyntheticFootprintOptions {
  /** Number of buildings. */
  count: number;
  /** Seed of the pseudo-random sequence. Default: 1. */
  seed?: number;
  /** Grid centre, degrees. Default: Huế Citadel (107.5786, 16.4698). */
  centre?: { lon: number; lat: number };
  /** Spacing between building centres, metres. Default: 30. */
  spacingM?: number;
}

const USES = ['residential', 'residential', 'residential', 'commercial', 'public', 'religious', 'industrial'];

/** GeoJSON features with properties id, name, use, levels, height_m, year_built, zoning_code, synthetic. */
export function syntheticFootprints(options: SyntheticFootprintOptions): Feature<Polygon>[] {
  let state = (options.seed ?? 1) >>> 0 || 1;
  const rand = () => {
    state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0;
    return state / 4294967296;
  };
  const c = options.centre ?? { lon: 107.5786, lat: 16.4698 };
  const spacing = options.spacingM ?? 30;
  const mLat = 110_574, mLon = 111_320 * Math.cos((c.lat * Math.PI) / 180);
  const side = Math.ceil(Math.sqrt(options.count));
  const out: Feature<Polygon>[] = [];
  for (let i = 0; i < options.count; i++) {
    const gx = (i % side) - side / 2, gy = Math.floor(i / side) - side / 2;
    const cx = gx * spacing + (rand() - 0.5) * 4, cy = gy * spacing + (rand() - 0.5) * 4;
    const w = 6 + rand() * 14, d = 8 + rand() * 12, a = (rand() - 0.5) * 0.6;
    const kind = rand();
    let local: number[][][];
    if (kind < 0.15) {
      // L-shape (concave), counter-clockwise.
      local = [[[-w / 2, -d / 2], [w / 2, -d / 2], [w / 2, 0], [0, 0], [0, d / 2], [-w / 2, d / 2], [-w / 2, -d / 2]]];
    } else if (kind < 0.2) {
      // Courtyard: outer square with an inner hole.
      const s = Math.max(w, d) / 2, h = s * 0.4;
      local = [[[-s, -s], [s, -s], [s, s], [-s, s], [-s, -s]], [[-h, -h], [-h, h], [h, h], [h, -h], [-h, -h]]];
    } else {
      local = [[[-w / 2, -d / 2], [w / 2, -d / 2], [w / 2, d / 2], [-w / 2, d / 2], [-w / 2, -d / 2]]];
    }
    const cos = Math.cos(a), sin = Math.sin(a);
    const rings = local.map((r) => r.map(([x, y]) => {
      const rx = cx + x * cos - y * sin, ry = cy + x * sin + y * cos;
      return [Math.round((c.lon + rx / mLon) * 1e8) / 1e8, Math.round((c.lat + ry / mLat) * 1e8) / 1e8];
    }));
    const levels = 1 + Math.floor(rand() * rand() * 8);
    const id = `b${String(i).padStart(6, '0')}`;
    out.push({
      type: 'Feature',
      id,
      geometry: { type: 'Polygon', coordinates: rings },
      properties: {
        id, name: rand() < 0.1 ? `Nhà ${i}` : null, use: USES[Math.floor(rand() * USES.length)], levels,
        height_m: Math.round(levels * 3.3 * 10 + rand() * 10) / 10, year_built: 1900 + Math.floor(rand() * 124),
        zoning_code: rand() < 0.5 ? 'ODT' : 'TMD', parcel_id: `p${i}`, synthetic: true,
      },
    });
  }
  return out;
}
