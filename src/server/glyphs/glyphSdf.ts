/**
 * Signed distance field of one glyph outline, computed exactly from its vector outline (no
 * rasterising): for each pixel centre, the distance to the nearest outline segment, negative
 * inside (non-zero winding, as TrueType fills). Conventions of node-fontnik / MapLibre: 24 px
 * glyphs, 3 px buffer, radius 8 px, cutoff 0.25 (the edge is byte 191, MapLibre's 0.75).
 */
import type { PathCommand } from 'opentype.js';

/** Glyph size the SDFs are made at, in pixels (MapLibre's ONE_EM). Default 24. */
export const GLYPH_SIZE_PX = 24;
/** Empty border around each glyph bitmap, in pixels. Default 3. */
export const GLYPH_BUFFER_PX = 3;
/** Distance (pixels) that spans the byte range outside the edge. Default 8. */
export const SDF_RADIUS_PX = 8;
/** Share of the byte range used inside the glyph. Default 0.25. */
export const SDF_CUTOFF = 0.25;

/** A straight outline segment in pixels (y down). */
export type Segment = [x0: number, y0: number, x1: number, y1: number];

/** Straight pieces per curve when flattening (enough at 24 px: error well under 0.1 px). */
const CURVE_STEPS = 8;

/** Flattens an outline (moves, lines, quadratic and cubic Béziers, closes) into closed segments. */
export function outlineSegments(commands: readonly PathCommand[]): Segment[] {
  const segments: Segment[] = [];
  let startX = 0;
  let startY = 0;
  let x = 0;
  let y = 0;
  const lineTo = (nx: number, ny: number) => {
    if (nx !== x || ny !== y) segments.push([x, y, nx, ny]);
    x = nx;
    y = ny;
  };
  for (const c of commands) {
    switch (c.type) {
      case 'M':
        if (x !== startX || y !== startY) lineTo(startX, startY);
        x = startX = c.x ?? 0;
        y = startY = c.y ?? 0;
        break;
      case 'L':
        lineTo(c.x ?? 0, c.y ?? 0);
        break;
      case 'Q': {
        const [x0, y0, cx, cy, ex, ey] = [x, y, c.x1 ?? 0, c.y1 ?? 0, c.x ?? 0, c.y ?? 0];
        for (let i = 1; i <= CURVE_STEPS; i++) {
          const t = i / CURVE_STEPS;
          const u = 1 - t;
          lineTo(u * u * x0 + 2 * u * t * cx + t * t * ex, u * u * y0 + 2 * u * t * cy + t * t * ey);
        }
        break;
      }
      case 'C': {
        const [x0, y0, ax, ay, bx, by, ex, ey] = [x, y, c.x1 ?? 0, c.y1 ?? 0, c.x2 ?? 0, c.y2 ?? 0, c.x ?? 0, c.y ?? 0];
        for (let i = 1; i <= CURVE_STEPS; i++) {
          const t = i / CURVE_STEPS;
          const u = 1 - t;
          lineTo(u * u * u * x0 + 3 * u * u * t * ax + 3 * u * t * t * bx + t * t * t * ex, u * u * u * y0 + 3 * u * u * t * ay + 3 * u * t * t * by + t * t * t * ey);
        }
        break;
      }
      case 'Z':
        lineTo(startX, startY);
        break;
    }
  }
  if (x !== startX || y !== startY) lineTo(startX, startY);
  return segments;
}

/** Squared distance from (px, py) to a segment. */
function distanceSquared(px: number, py: number, [x0, y0, x1, y1]: Segment): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len));
  const ex = x0 + t * dx - px;
  const ey = y0 + t * dy - py;
  return ex * ex + ey * ey;
}

/** Non-zero winding number of the outline around (px, py). */
function winding(px: number, py: number, segments: readonly Segment[]): number {
  let w = 0;
  for (const [x0, y0, x1, y1] of segments) {
    if (y0 <= py) {
      if (y1 > py && (x1 - x0) * (py - y0) - (px - x0) * (y1 - y0) > 0) w++;
    } else if (y1 <= py && (x1 - x0) * (py - y0) - (px - x0) * (y1 - y0) < 0) w--;
  }
  return w;
}

/** A glyph's bitmap and metrics in MapLibre's glyph-PBF conventions (pixels at {@link GLYPH_SIZE_PX}). */
export interface SdfGlyph {
  /** (width + 2·buffer) × (height + 2·buffer) bytes, row by row from the top; empty when width is 0. */
  bitmap: Uint8Array;
  width: number;
  height: number;
  /** Left bearing (pixels from the pen position to the bitmap's inner left edge). */
  left: number;
  /** Top of the glyph above the baseline (pixels, y up) — the caller subtracts the ascender. */
  top: number;
}

/** SDF of an outline given as segments in pixels (y down, baseline at y = 0). */
export function sdfGlyph(segments: readonly Segment[]): SdfGlyph {
  if (segments.length === 0) return { bitmap: new Uint8Array(0), width: 0, height: 0, left: 0, top: 0 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x0, y0, x1, y1] of segments) {
    minX = Math.min(minX, x0, x1);
    maxX = Math.max(maxX, x0, x1);
    minY = Math.min(minY, y0, y1);
    maxY = Math.max(maxY, y0, y1);
  }
  const left = Math.floor(minX);
  const upper = Math.floor(minY);
  const width = Math.ceil(maxX) - left;
  const height = Math.ceil(maxY) - upper;
  const b = GLYPH_BUFFER_PX;
  const w = width + 2 * b;
  const h = height + 2 * b;
  const bitmap = new Uint8Array(w * h);
  for (let row = 0; row < h; row++) {
    const py = upper - b + row + 0.5;
    for (let col = 0; col < w; col++) {
      const px = left - b + col + 0.5;
      let best = Infinity;
      for (const s of segments) best = Math.min(best, distanceSquared(px, py, s));
      const d = Math.sqrt(best) * (winding(px, py, segments) !== 0 ? -1 : 1);
      bitmap[row * w + col] = Math.max(0, Math.min(255, Math.round(255 - 255 * (d / SDF_RADIUS_PX + SDF_CUTOFF))));
    }
  }
  return { bitmap, width, height, left, top: -upper };
}
