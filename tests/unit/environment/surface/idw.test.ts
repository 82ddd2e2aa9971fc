/** IDW over a grid: exact at stations, bounded by the sensor values, and the effect of the power. */
import { describe, expect, it } from 'vitest';
import { fieldRange, idwGrid } from '../../../../src/environment/surface/idw.ts';
import { cellLat, cellLon, gridOver, type SurfaceGrid } from '../../../../src/environment/surface/SurfaceGrid.ts';

/** 41 × 41 cells over ~4.3 km around the Citadel. */
const grid: SurfaceGrid = { west: 107.56, south: 16.45, east: 107.6, north: 16.49, cols: 41, rows: 41 };

/** Three sensors placed exactly on cell centres (col, row) with values 10, 50, 90. */
const at = (col: number, row: number) => ({ lon: cellLon(grid, col), lat: cellLat(grid, row) });
const sensors = [at(5, 5), at(20, 30), at(35, 10)];
const samples = { lon: sensors.map((s) => s.lon), lat: sensors.map((s) => s.lat), value: [10, 50, 90] };

describe('idwGrid', () => {
  it('is exact at the stations', () => {
    const field = idwGrid(grid, samples);
    expect(field[5 * grid.cols + 5]).toBe(10);
    expect(field[30 * grid.cols + 20]).toBe(50);
    expect(field[10 * grid.cols + 35]).toBe(90);
  });

  it('stays within the smallest and largest sensor value everywhere', () => {
    const field = idwGrid(grid, samples);
    const { min, max } = fieldRange(field);
    expect(min).toBeGreaterThanOrEqual(10);
    expect(max).toBeLessThanOrEqual(90);
    expect(max - min).toBeGreaterThan(70); // the grid reaches both extremes (at the stations)
  });

  it('matches a hand computation between two sensors (power 2: weights 1/d²)', () => {
    // Two sensors on one row, 10 and 30; the cell a third of the way from the first is at d and 2d:
    // w = 1/d², 1/(4d²) → (10·4 + 30·1)/(4 + 1) = 14.
    const g: SurfaceGrid = { west: 107.5, south: 16.4, east: 107.6, north: 16.41, cols: 31, rows: 1 };
    const two = { lon: [cellLon(g, 0), cellLon(g, 30)], lat: [cellLat(g, 0), cellLat(g, 0)], value: [10, 30] };
    const field = idwGrid(g, two);
    expect(field[10]).toBeCloseTo(14, 4);
    expect(field[15]).toBeCloseTo(20, 4); // midway: equal weights
  });

  it('a larger power pulls cells towards the nearest sensor', () => {
    const g: SurfaceGrid = { west: 107.5, south: 16.4, east: 107.6, north: 16.41, cols: 31, rows: 1 };
    const two = { lon: [cellLon(g, 0), cellLon(g, 30)], lat: [cellLat(g, 0), cellLat(g, 0)], value: [10, 30] };
    const p1 = idwGrid(g, two, { power: 1 })[10]!;
    const p2 = idwGrid(g, two, { power: 2 })[10]!;
    const p4 = idwGrid(g, two, { power: 4 })[10]!;
    expect(p1).toBeCloseTo((10 * 2 + 30 * 1) / 3, 4); // weights 1/d, 1/(2d)
    expect(p2).toBeLessThan(p1);
    expect(p4).toBeLessThan(p2);
    expect(p4).toBeCloseTo((10 * 16 + 30) / 17, 4);
  });

  it('gives NaN everywhere without usable samples and skips non-finite values', () => {
    expect(Number.isNaN(idwGrid(grid, { lon: [], lat: [], value: [] })[0]!)).toBe(true);
    const withNaN = { lon: [...samples.lon, 107.58], lat: [...samples.lat, 16.47], value: [10, 50, 90, Number.NaN] };
    expect(Array.from(idwGrid(grid, withNaN))).toEqual(Array.from(idwGrid(grid, samples)));
  });

  it('rejects a non-positive power and a wrongly sized output', () => {
    expect(() => idwGrid(grid, samples, { power: 0 })).toThrow(RangeError);
    expect(() => idwGrid(grid, samples, { out: new Float32Array(3) })).toThrow(RangeError);
  });
});

describe('gridOver', () => {
  it('makes about the asked number of near-square cells', () => {
    const g = gridOver({ west: 107.5, south: 16.38, east: 107.7, north: 16.55 }, 150_000);
    expect(g.cols * g.rows).toBeGreaterThan(140_000);
    expect(g.cols * g.rows).toBeLessThan(160_000);
  });
});
