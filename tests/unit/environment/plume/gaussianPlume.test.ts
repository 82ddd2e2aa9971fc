/** Gaussian plume: centreline and off-axis values against a hand computation, nothing upwind, grid = point formula. */
import { describe, expect, it } from 'vitest';
import { dispersionCurves, sigmaAt, windAtHeight } from '../../../../src/environment/plume/dispersionCoefficients.ts';
import { downwindVector, plumeConcentration } from '../../../../src/environment/plume/gaussianPlume.ts';
import { plumeGrid } from '../../../../src/environment/plume/plumeGrid.ts';
import { cellLat, cellLon, METRES_PER_DEGREE_LAT, type SurfaceGrid } from '../../../../src/environment/surface/SurfaceGrid.ts';

/**
 * Worked by hand (urban Briggs, class D): Q = 100 g/s, H = 20 m, u10 = 4 m/s, x = 1000 m.
 * σy = 0.16·1000·(1 + 0.0004·1000)^−½ = 160 / √1.4 = 135.2247 m
 * σz = 0.14·1000·(1 + 0.0003·1000)^−½ = 140 / √1.3 = 122.7881 m
 * u(20 m) = 4·(20/10)^0.25 = 4.756828 m/s
 * C(y=0, z=0) = Q / (π u σy σz) · exp(−H² / 2σz²) = 3.977034e−4 g/m³ = 397.7034 µg/m³
 * C(y=200 m) = C(0) · exp(−200² / 2σy²) = 133.2139 µg/m³
 */
const CASE = { emissionGps: 100, heightM: 20, windSpeedMs: 4, stability: 'D' as const };

describe('plumeConcentration', () => {
  it('matches the hand computation on the centreline and off axis', () => {
    const curves = dispersionCurves('D');
    expect(sigmaAt(curves.y, 1000)).toBeCloseTo(135.2247, 3);
    expect(sigmaAt(curves.z, 1000)).toBeCloseTo(122.7881, 3);
    expect(windAtHeight(4, 20, 'D')).toBeCloseTo(4.756828, 5);
    expect(plumeConcentration({ ...CASE, xM: 1000, yM: 0 })).toBeCloseTo(397.7034, 2);
    expect(plumeConcentration({ ...CASE, xM: 1000, yM: 200 })).toBeCloseTo(133.2139, 2);
    expect(plumeConcentration({ ...CASE, xM: 1000, yM: -200 })).toBeCloseTo(133.2139, 2);
  });

  it('is zero upwind, at the source and for no emission', () => {
    expect(plumeConcentration({ ...CASE, xM: -500, yM: 0 })).toBe(0);
    expect(plumeConcentration({ ...CASE, xM: 0, yM: 0 })).toBe(0);
    expect(plumeConcentration({ ...CASE, emissionGps: 0, xM: 1000, yM: 0 })).toBe(0);
  });

  it('falls with distance far downwind and scales with the emission rate', () => {
    const near = plumeConcentration({ ...CASE, xM: 2000, yM: 0 });
    const far = plumeConcentration({ ...CASE, xM: 8000, yM: 0 });
    expect(far).toBeLessThan(near);
    expect(plumeConcentration({ ...CASE, emissionGps: 200, xM: 2000, yM: 0 })).toBeCloseTo(2 * near, 6);
  });

  it('a stable night (F) keeps a ground source more concentrated than an unstable day (A)', () => {
    const ground = { emissionGps: 10, heightM: 0, windSpeedMs: 2, xM: 1500, yM: 0 };
    expect(plumeConcentration({ ...ground, stability: 'F' })).toBeGreaterThan(plumeConcentration({ ...ground, stability: 'A' }));
  });
});

describe('downwindVector', () => {
  it('points away from where the wind comes from', () => {
    const fromNorth = downwindVector(0);
    expect(fromNorth.north).toBeCloseTo(-1);
    expect(fromNorth.east).toBeCloseTo(0);
    const fromWest = downwindVector(270);
    expect(fromWest.east).toBeCloseTo(1);
  });
});

describe('plumeGrid', () => {
  // 1 row × 81 columns along a parallel through the source; the wind from the west blows east.
  const grid: SurfaceGrid = { west: 107.5, south: 16.45, east: 107.6, north: 16.4501, cols: 81, rows: 1 };
  const source = { id: 's', name: 'test stack', lon: cellLon(grid, 40), lat: cellLat(grid, 0), emissionGps: 100, heightM: 20 };
  const run = { source, windSpeedMs: 4, windFromDeg: 270, stability: 'D' as const };

  it('agrees with the point formula downwind and is zero upwind', () => {
    const field = plumeGrid(grid, [run]);
    for (let c = 0; c < 40; c++) expect(field[c]).toBe(0);
    const metresPerCell = ((grid.east - grid.west) / grid.cols) * 111_320 * Math.cos((((grid.south + grid.north) / 2) * Math.PI) / 180);
    for (const c of [45, 55, 70]) {
      const expected = plumeConcentration({ ...CASE, xM: (c - 40) * metresPerCell, yM: 0 });
      expect(field[c]! / expected).toBeCloseTo(1, 4);
    }
  });

  it('sums several sources and turns with the wind', () => {
    const one = plumeGrid(grid, [run]);
    const two = plumeGrid(grid, [run, run]);
    expect(two[60]).toBeCloseTo(2 * one[60]!, 3);
    const fromEast = plumeGrid(grid, [{ ...run, windFromDeg: 90 }]);
    expect(fromEast[60]).toBe(0);
    expect(fromEast[20]).toBeGreaterThan(0);
  });

  it('leaves out cells far off the centreline', () => {
    // A column grid (north–south) through the source with the wind from the west: only the source's row is in the plume.
    const column: SurfaceGrid = { west: 107.5, south: 16.4, east: 107.5001, north: 16.5, cols: 1, rows: 101 };
    const s = { ...source, lon: cellLon(column, 0) - 2000 / 106_800, lat: cellLat(column, 50) };
    const field = plumeGrid(column, [{ ...run, source: s }]);
    expect(field[50]).toBeGreaterThan(0);
    const cellM = (0.1 / 101) * METRES_PER_DEGREE_LAT;
    const sigmaY = sigmaAt(dispersionCurves('D').y, 2000);
    const beyond = Math.ceil((4 * sigmaY) / cellM) + 1;
    expect(field[50 + beyond]).toBe(0);
    expect(field[50 - beyond]).toBe(0);
  });

  it('equals a cell-by-cell evaluation of the point formula for any wind, stability and grid (no cell lost to the row intervals)', () => {
    const g: SurfaceGrid = { west: 107.55, south: 16.42, east: 107.62, north: 16.48, cols: 97, rows: 83 };
    const mLon = 111_320 * Math.cos((((g.south + g.north) / 2) * Math.PI) / 180);
    const classes = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
    for (let i = 0; i < 12; i++) {
      const src = { id: `s${i}`, name: 'x', lon: 107.56 + 0.005 * i, lat: 16.43 + 0.004 * i, emissionGps: 1 + i, heightM: 3 * i };
      const r = { source: src, windSpeedMs: 1 + (i % 5), windFromDeg: i * 31 + 7, stability: classes[i % 6]! };
      const field = plumeGrid(g, [r]);
      const { east, north } = downwindVector(r.windFromDeg);
      for (let row = 0; row < g.rows; row++) {
        for (let col = 0; col < g.cols; col++) {
          const dx = (cellLon(g, col) - src.lon) * mLon;
          const dy = (cellLat(g, row) - src.lat) * METRES_PER_DEGREE_LAT;
          const x = dx * east + dy * north;
          const y = dx * north - dy * east;
          let expected = 0;
          if (x > 0 && x <= 20_000) {
            const xc = Math.max(x, 50);
            if (Math.abs(y) <= 4 * sigmaAt(dispersionCurves(r.stability).y, xc)) {
              expected = plumeConcentration({ emissionGps: src.emissionGps, heightM: src.heightM, windSpeedMs: r.windSpeedMs, stability: r.stability, xM: xc, yM: y });
            }
          }
          const got = field[row * g.cols + col]!;
          if (expected === 0) expect(got, `cell ${col},${row} of run ${i}`).toBe(0);
          else expect(got / expected, `cell ${col},${row} of run ${i}`).toBeCloseTo(1, 4);
        }
      }
    }
  });
});

