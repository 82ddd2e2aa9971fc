/** Ordinary kriging: exact at stations (no nugget), uncertainty zero there and growing away, variogram fit. */
import { describe, expect, it } from 'vitest';
import { fitVariogram, krigingGrid, variogramAt } from '../../../../src/environment/surface/kriging.ts';
import { cellLat, cellLon, type SurfaceGrid } from '../../../../src/environment/surface/SurfaceGrid.ts';

const grid: SurfaceGrid = { west: 107.55, south: 16.43, east: 107.63, north: 16.5, cols: 40, rows: 36 };
const at = (col: number, row: number) => ({ lon: cellLon(grid, col), lat: cellLat(grid, row) });
const stations = [at(3, 4), at(30, 5), at(20, 20), at(8, 30), at(35, 33)];
const samples = { lon: stations.map((s) => s.lon), lat: stations.map((s) => s.lat), value: [20, 80, 55, 35, 120] };

describe('krigingGrid', () => {
  const variogram = { nugget: 0, sill: 900, rangeM: 6000 };
  const result = krigingGrid(grid, samples, variogram);

  it('honours the stations exactly and has no uncertainty there (no nugget)', () => {
    [[3, 4], [30, 5], [20, 20], [8, 30], [35, 33]].forEach(([c, r], i) => {
      expect(result.estimate[r! * grid.cols + c!]).toBeCloseTo(samples.value[i]!, 3);
      expect(result.stddev[r! * grid.cols + c!]).toBeLessThan(0.05);
    });
  });

  it('is more uncertain far from stations, never above the variogram sill', () => {
    const near = result.stddev[4 * grid.cols + 4]!; // one cell from a station
    const far = result.stddev[18 * grid.cols + 4]!; // between stations
    expect(far).toBeGreaterThan(near);
    for (const s of result.stddev) expect(s).toBeLessThanOrEqual(Math.sqrt(variogram.sill) * 1.2);
  });

  it('gives the sample mean far beyond the range (weights sum to 1)', () => {
    const wide: SurfaceGrid = { west: 106.5, south: 16.43, east: 106.51, north: 16.44, cols: 1, rows: 1 };
    const r = krigingGrid(wide, samples, { nugget: 0, sill: 900, rangeM: 500 });
    expect(r.estimate[0]).toBeCloseTo((20 + 80 + 55 + 35 + 120) / 5, 1);
  });
});

describe('fitVariogram', () => {
  it('recovers a smooth field\'s structure: small nugget, range of the field\'s scale', () => {
    // 64 points 1 km apart on a field with a period of ~7 km.
    const lon: number[] = [];
    const lat: number[] = [];
    const value: number[] = [];
    for (let i = 0; i < 8; i++) {
      for (let j = 0; j < 8; j++) {
        lon.push(107.55 + i * 0.01);
        lat.push(16.43 + j * 0.01);
        value.push(50 + 30 * Math.sin(i) * Math.cos(j * 0.8));
      }
    }
    const v = fitVariogram(lon, lat, value);
    expect(v.nugget).toBeLessThan(0.2 * (v.nugget + v.sill));
    expect(v.rangeM).toBeGreaterThan(1000);
    expect(v.rangeM).toBeLessThan(15_000);
    expect(variogramAt(v, 0)).toBe(0);
  });
});
