/**
 * Hours of direct sun on the ground over one local day, on a grid of sample points: the day is cut
 * into equal steps; at the middle of each step with the sun above the horizon, a ray from every
 * point toward the sun is walked over a {@link HeightRaster} until it rises above the tallest
 * building (lit) or passes under a building top (shaded). Buildings beyond the raster cast no shadow.
 */
import type { HeightRaster } from './HeightRaster.ts';
import type { LocalProjection } from '../geometry/LocalProjection.ts';
import { solarPosition } from './solarPosition.ts';

/** Options of {@link sunHours}. */
export interface SunHoursOptions {
  /** The raster of building heights (covering the grid plus a margin for long shadows). */
  raster: HeightRaster;
  /** The frame of the raster (its origin gives the latitude/longitude of the sun computation). */
  projection: LocalProjection;
  /** Sampled rectangle, m in the frame. */
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** Distance between sample points, m. Default 5. */
  spacingM?: number;
  /** Start of the day (local midnight) as ms since 1970. */
  dayStartMs: number;
  /** Time step, minutes. Default 15. */
  stepMin?: number;
}

/** A grid of sun hours, row-major from the south-west sample. */
export interface SunHoursResult {
  cols: number;
  rows: number;
  /** Centre of sample (0, 0), m in the frame, and the spacing, m. */
  x0: number;
  y0: number;
  spacingM: number;
  /** Hours of direct sun per sample; NaN where the sample lies inside a building. */
  hours: Float32Array;
  /** Hours the sun is above the horizon that day (the most any sample can get). */
  daylightHours: number;
  /** Mean over the ground samples, h. */
  meanHours: number;
  /** Ground samples (not inside a building). */
  groundSamples: number;
}

/** Sun hours on the ground of a rectangle for the day starting at `dayStartMs`. */
export function sunHours(options: SunHoursOptions): SunHoursResult {
  const { raster, projection } = options;
  const spacing = options.spacingM ?? 5;
  const stepMin = options.stepMin ?? 15;
  if (!(spacing > 0) || !(stepMin > 0)) throw new Error('spacingM and stepMin must be > 0');
  const cols = Math.max(1, Math.floor((options.maxX - options.minX) / spacing));
  const rows = Math.max(1, Math.floor((options.maxY - options.minY) / spacing));
  const x0 = options.minX + spacing / 2, y0 = options.minY + spacing / 2;
  const hours = new Float32Array(cols * rows);
  const [lon, lat] = projection.toLonLat((options.minX + options.maxX) / 2, (options.minY + options.maxY) / 2);
  const cs = raster.cellSizeM;
  const { heights, cols: rc, rows: rr } = raster;
  const rasterHeight = (x: number, y: number): number => {
    const c = Math.floor((x - raster.minX) / cs), r = Math.floor((y - raster.minY) / cs);
    return c < 0 || r < 0 || c >= rc || r >= rr ? -1 : heights[r * rc + c]!;
  };
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) if (rasterHeight(x0 + j * spacing, y0 + i * spacing) > 0) hours[i * cols + j] = NaN;

  let daylight = 0;
  const stepH = stepMin / 60;
  for (let m = stepMin / 2; m < 1440; m += stepMin) {
    const sun = solarPosition(new Date(options.dayStartMs + m * 60_000), lat, lon);
    if (sun.apparentElevationRad <= 0) continue;
    daylight += stepH;
    const tanE = Math.tan(sun.apparentElevationRad);
    const ux = Math.sin(sun.azimuthRad) * cs, uy = Math.cos(sun.azimuthRad) * cs;
    const rise = tanE * cs;
    const maxSteps = Math.ceil(raster.maxHeightM / rise);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const k = i * cols + j;
        if (Number.isNaN(hours[k]!)) continue;
        let x = x0 + j * spacing, y = y0 + i * spacing, lit = true;
        for (let s = 1; s <= maxSteps; s++) {
          x += ux;
          y += uy;
          const h = rasterHeight(x, y);
          if (h < 0) break;
          if (h > s * rise) {
            lit = false;
            break;
          }
        }
        if (lit) hours[k] = hours[k]! + stepH;
      }
    }
  }
  let sum = 0, n = 0;
  for (const h of hours) if (!Number.isNaN(h)) { sum += h; n++; }
  return { cols, rows, x0, y0, spacingM: spacing, hours, daylightHours: daylight, meanHours: n ? sum / n : 0, groundSamples: n };
}
