/**
 * Ordinary kriging with an exponential variogram, for a surface with its uncertainty:
 * γ(h) = nugget + sill·(1 − e^(−3h/range)) (h in metres; `range` is the practical range).
 * The variogram is fitted to the empirical semivariogram of the samples (distance classes, then
 * least squares for nugget and sill at each candidate range — linear for a fixed range — keeping
 * the best range). The kriging system [Γ 1; 1ᵀ 0] is inverted once; each cell then costs one
 * matrix–vector product: estimate Σ λᵢ vᵢ and kriging variance Σ λᵢ γ(hᵢ) + μ.
 */
import { cellLat, cellLon, METRES_PER_DEGREE_LAT, metresPerDegreeLon, type SurfaceGrid } from './SurfaceGrid.ts';
import type { IdwSamples } from './idw.ts';

/** Exponential variogram parameters (value units², metres). */
export interface Variogram {
  /** Nugget (variance at distance 0+), value units². */
  readonly nugget: number;
  /** Partial sill, value units². */
  readonly sill: number;
  /** Practical range (γ reaches 95 % of the sill), metres. */
  readonly rangeM: number;
}

/** γ(h) of an exponential variogram; 0 at h = 0. */
export function variogramAt(v: Variogram, hM: number): number {
  return hM <= 0 ? 0 : v.nugget + v.sill * (1 - Math.exp((-3 * hM) / v.rangeM));
}

interface Points {
  x: Float64Array;
  y: Float64Array;
  v: Float64Array;
  n: number;
}

function localPoints(grid: SurfaceGrid, samples: IdwSamples): Points {
  const mLon = metresPerDegreeLon((grid.south + grid.north) / 2);
  const count = Math.min(samples.lon.length, samples.lat.length, samples.value.length);
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const v = new Float64Array(count);
  let n = 0;
  for (let i = 0; i < count; i++) {
    const value = samples.value[i]!;
    if (!Number.isFinite(value) || !Number.isFinite(samples.lon[i]!) || !Number.isFinite(samples.lat[i]!)) continue;
    x[n] = (samples.lon[i]! - grid.west) * mLon;
    y[n] = (samples.lat[i]! - grid.south) * METRES_PER_DEGREE_LAT;
    v[n] = value;
    n++;
  }
  return { x, y, v, n };
}

/**
 * Fits an exponential variogram to samples (degrees, any unit) by the method of moments in
 * `classes` distance classes (default 10) up to half the largest distance. With fewer than 3
 * samples or no spatial variation it returns a pure-nugget-free model with the sample variance.
 */
export function fitVariogram(lon: ArrayLike<number>, lat: ArrayLike<number>, value: ArrayLike<number>, classes = 10): Variogram {
  const midLat = (Math.min(...Array.from(lat)) + Math.max(...Array.from(lat))) / 2;
  const mLon = metresPerDegreeLon(Number.isFinite(midLat) ? midLat : 0);
  const n = Math.min(lon.length, lat.length, value.length);
  const pairs: { h: number; g: number }[] = [];
  let maxH = 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += value[i]! / n;
  let variance = 0;
  for (let i = 0; i < n; i++) variance += (value[i]! - mean) ** 2 / Math.max(1, n - 1);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const h = Math.hypot((lon[i]! - lon[j]!) * mLon, (lat[i]! - lat[j]!) * METRES_PER_DEGREE_LAT);
      pairs.push({ h, g: 0.5 * (value[i]! - value[j]!) ** 2 });
      maxH = Math.max(maxH, h);
    }
  }
  const fallback: Variogram = { nugget: 0, sill: Math.max(variance, 1e-9), rangeM: Math.max(maxH / 2, 1) };
  if (n < 3 || maxH === 0 || variance === 0) return fallback;
  const cutoff = maxH / 2;
  const width = cutoff / classes;
  const sumG = new Float64Array(classes);
  const sumH = new Float64Array(classes);
  const count = new Float64Array(classes);
  for (const p of pairs) {
    if (p.h > cutoff) continue;
    const k = Math.min(classes - 1, Math.floor(p.h / width));
    sumG[k] += p.g;
    sumH[k] += p.h;
    count[k]++;
  }
  const bins: { h: number; g: number; w: number }[] = [];
  for (let k = 0; k < classes; k++) if (count[k]! > 0) bins.push({ h: sumH[k]! / count[k]!, g: sumG[k]! / count[k]!, w: count[k]! });
  if (bins.length < 2) return fallback;
  let best: { v: Variogram; sse: number } | undefined;
  for (let r = 1; r <= 40; r++) {
    const rangeM = (maxH * r) / 20; // candidates from maxH/20 to 2·maxH
    // Weighted least squares of g = nugget + sill·f(h), f = 1 − e^(−3h/range).
    let sw = 0, sf = 0, sff = 0, sg = 0, sfg = 0;
    for (const b of bins) {
      const f = 1 - Math.exp((-3 * b.h) / rangeM);
      sw += b.w; sf += b.w * f; sff += b.w * f * f; sg += b.w * b.g; sfg += b.w * f * b.g;
    }
    const det = sw * sff - sf * sf;
    let nugget = det !== 0 ? (sff * sg - sf * sfg) / det : 0;
    let sill = det !== 0 ? (sw * sfg - sf * sg) / det : sg / Math.max(sf, 1e-12);
    if (nugget < 0) {
      nugget = 0;
      sill = sfg / Math.max(sff, 1e-12);
    }
    if (sill <= 0) {
      sill = 1e-9;
      nugget = sg / sw;
    }
    let sse = 0;
    for (const b of bins) sse += b.w * (b.g - (nugget + sill * (1 - Math.exp((-3 * b.h) / rangeM)))) ** 2;
    if (!best || sse < best.sse) best = { v: { nugget, sill, rangeM }, sse };
  }
  return best!.v;
}

/** Inverts a square matrix (row-major, size m) by Gauss–Jordan with partial pivoting; throws when singular. */
function invert(a: Float64Array, m: number): Float64Array {
  const inv = new Float64Array(m * m);
  for (let i = 0; i < m; i++) inv[i * m + i] = 1;
  const w = Float64Array.from(a);
  for (let col = 0; col < m; col++) {
    let pivot = col;
    for (let r = col + 1; r < m; r++) if (Math.abs(w[r * m + col]!) > Math.abs(w[pivot * m + col]!)) pivot = r;
    const p = w[pivot * m + col]!;
    if (Math.abs(p) < 1e-12) throw new RangeError('kriging: singular system (duplicate stations?)');
    if (pivot !== col) {
      for (let k = 0; k < m; k++) {
        [w[col * m + k], w[pivot * m + k]] = [w[pivot * m + k]!, w[col * m + k]!];
        [inv[col * m + k], inv[pivot * m + k]] = [inv[pivot * m + k]!, inv[col * m + k]!];
      }
    }
    for (let k = 0; k < m; k++) {
      w[col * m + k] /= p;
      inv[col * m + k] /= p;
    }
    for (let r = 0; r < m; r++) {
      if (r === col) continue;
      const f = w[r * m + col]!;
      if (f === 0) continue;
      for (let k = 0; k < m; k++) {
        w[r * m + k] -= f * w[col * m + k]!;
        inv[r * m + k] -= f * inv[col * m + k]!;
      }
    }
  }
  return inv;
}

/** A kriged surface: estimate and kriging standard deviation per cell (NaN without samples). */
export interface KrigingResult {
  readonly estimate: Float32Array;
  /** Kriging standard deviation, value units (0 at the stations with no nugget). */
  readonly stddev: Float32Array;
  readonly variogram: Variogram;
}

/**
 * Ordinary kriging of `samples` over `grid` with `variogram` (fitted to the samples when absent).
 * Samples at the same place are merged by averaging. @throws RangeError for a singular system.
 */
export function krigingGrid(grid: SurfaceGrid, samples: IdwSamples, variogram?: Variogram): KrigingResult {
  const cells = grid.cols * grid.rows;
  const estimate = new Float32Array(cells);
  const stddev = new Float32Array(cells);
  const raw = localPoints(grid, samples);
  // Merge co-located samples (they would make the system singular).
  const merged = new Map<string, { x: number; y: number; sum: number; count: number }>();
  for (let i = 0; i < raw.n; i++) {
    const key = `${Math.round(raw.x[i]!)}:${Math.round(raw.y[i]!)}`;
    const m = merged.get(key) ?? { x: raw.x[i]!, y: raw.y[i]!, sum: 0, count: 0 };
    m.sum += raw.v[i]!;
    m.count++;
    merged.set(key, m);
  }
  const pts = [...merged.values()];
  const n = pts.length;
  const v = variogram ?? fitVariogram(
    pts.map((p) => grid.west + p.x / metresPerDegreeLon((grid.south + grid.north) / 2)),
    pts.map((p) => grid.south + p.y / METRES_PER_DEGREE_LAT),
    pts.map((p) => p.sum / p.count),
  );
  if (n === 0) {
    estimate.fill(Number.NaN);
    stddev.fill(Number.NaN);
    return { estimate, stddev, variogram: v };
  }
  const px = Float64Array.from(pts, (p) => p.x);
  const py = Float64Array.from(pts, (p) => p.y);
  const pv = Float64Array.from(pts, (p) => p.sum / p.count);
  if (n === 1) {
    estimate.fill(pv[0]!);
    stddev.fill(Math.sqrt(v.nugget + v.sill));
    return { estimate, stddev, variogram: v };
  }
  const m = n + 1;
  const a = new Float64Array(m * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) a[i * m + j] = variogramAt(v, Math.hypot(px[i]! - px[j]!, py[i]! - py[j]!));
    a[i * m + n] = 1;
    a[n * m + i] = 1;
  }
  const inv = invert(a, m);
  const mLon = metresPerDegreeLon((grid.south + grid.north) / 2);
  const b = new Float64Array(m);
  b[n] = 1;
  const k3 = -3 / v.rangeM;
  for (let row = 0; row < grid.rows; row++) {
    const y = (cellLat(grid, row) - grid.south) * METRES_PER_DEGREE_LAT;
    for (let col = 0; col < grid.cols; col++) {
      const x = (cellLon(grid, col) - grid.west) * mLon;
      for (let i = 0; i < n; i++) {
        const h = Math.hypot(x - px[i]!, y - py[i]!);
        b[i] = h <= 0 ? 0 : v.nugget + v.sill * (1 - Math.exp(k3 * h));
      }
      let est = 0;
      let variance = 0;
      for (let i = 0; i < m; i++) {
        let lambda = 0;
        const r = i * m;
        for (let j = 0; j < m; j++) lambda += inv[r + j]! * b[j]!;
        if (i < n) est += lambda * pv[i]!;
        variance += lambda * b[i]!; // Σ λᵢ γᵢ + μ·1
      }
      const cell = row * grid.cols + col;
      estimate[cell] = est;
      stddev[cell] = Math.sqrt(Math.max(0, variance));
    }
  }
  return { estimate, stddev, variogram: v };
}
