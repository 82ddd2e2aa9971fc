/**
 * A computed surface as pictures, the same for the 3D globe and the 2D map: the field painted in
 * the VN_AQI category colours (a pollutant through its sub-index, so one legend reads every
 * surface), and for kriging a grey veil from the standard deviation. Plain TypeScript (no DOM).
 */
import { fieldRange } from '../../surface/idw.ts';
import { paintField, type Rgba } from '../../surface/paintField.ts';
import type { SurfaceGrid } from '../../surface/SurfaceGrid.ts';
import { categoryOfValue, type SurfaceQuantity } from '../../surface/SurfaceQuantity.ts';
import type { SurfaceResponse } from '../../surface/surfaceMessages.ts';

/** RGBA pixels (cols × rows, row 0 north) over a grid. */
export interface GridPixels {
  readonly grid: SurfaceGrid;
  readonly pixels: Uint8ClampedArray;
}

/** The pictures of one surface. */
export interface SurfacePicture {
  readonly surface: GridPixels;
  /** Kriging only: the uncertainty veil; undefined for IDW or when σ is 0 everywhere. */
  readonly veil?: GridPixels;
  /** Largest kriging standard deviation on the grid (value units); undefined for IDW. */
  readonly maxStddev?: number;
}

/** Opaque category colour of a surface value of `quantity` (AQI, or a pollutant's µg/m³ via its sub-index). */
export function surfaceColourOf(quantity: SurfaceQuantity): (value: number) => Rgba | undefined {
  return (v) => {
    const c = categoryOfValue(quantity, v);
    return c ? [c.rgb[0], c.rgb[1], c.rgb[2], 255] : undefined;
  };
}

/** Grey veil over uncertain areas: transparent where σ/σmax ≤ 5 %, up to 70 % opaque at the largest σ. */
export function uncertaintyVeil(relative: number): Rgba | undefined {
  if (!(relative > 0.05)) return undefined;
  return [40, 44, 52, Math.round(180 * Math.min(1, relative))];
}

/** Paints a worker result of `quantity` (and its veil, for kriging). */
export function surfacePicture(result: SurfaceResponse, quantity: SurfaceQuantity): SurfacePicture {
  const surface = { grid: result.grid, pixels: paintField(result.field, surfaceColourOf(quantity)) };
  if (!result.stddev) return { surface };
  const maxStddev = fieldRange(result.stddev).max;
  if (!(maxStddev > 0)) return { surface, maxStddev };
  return { surface, maxStddev, veil: { grid: result.grid, pixels: paintField(result.stddev, (s) => uncertaintyVeil(s / maxStddev)) } };
}
