/**
 * Geodesic distance against Vincenty's published test line (Flinders Peak → Buninyong, 54,972.271 m)
 * and area on the ellipsoid against the published WGS 84 authalic radius and surface area, and a
 * small square in Huế against its planar area.
 */
import { describe, expect, it } from 'vitest';
import { geodesicDistanceM, polylineLengthM } from '../../../../src/planning/analysis/geodesicDistance.ts';
import { AUTHALIC_SPHERE_RADIUS_M, polygonAreaM2, ringAreaM2 } from '../../../../src/planning/analysis/ellipsoidArea.ts';
import { formatArea, formatLength } from '../../../../src/planning/analysis/formatMeasure.ts';
import { measure } from '../../../../src/planning/analysis/measure.ts';
import { LocalProjection } from '../../../../src/planning/geometry/LocalProjection.ts';

const dms = (d: number, m: number, s: number) => Math.sign(d) * (Math.abs(d) + m / 60 + s / 3600);

describe('geodesicDistanceM', () => {
  it('reproduces Vincenty\'s Flinders Peak–Buninyong line to the millimetre', () => {
    const flinders = [dms(144, 25, 29.5244), dms(-37, 57, 3.7203)] as const;
    const buninyong = [dms(143, 55, 35.3839), dms(-37, 39, 10.1561)] as const;
    expect(Math.abs(geodesicDistanceM(flinders, buninyong) - 54_972.271)).toBeLessThan(0.002);
  });

  it('gives one degree of latitude at the equator as 110,574.4 m and a point to itself as 0', () => {
    expect(Math.abs(geodesicDistanceM([0, 0], [0, 1]) - 110_574.4)).toBeLessThan(0.1);
    expect(geodesicDistanceM([107.59, 16.46], [107.59, 16.46])).toBe(0);
  });

  it('sums polylines and agrees with a local planar distance over a city block', () => {
    const a = [107.58, 16.47] as const, b = [107.59, 16.47] as const, c = [107.59, 16.48] as const;
    expect(polylineLengthM([a, b, c])).toBeCloseTo(geodesicDistanceM(a, b) + geodesicDistanceM(b, c), 6);
    const p = new LocalProjection([107.58, 16.47]);
    expect(Math.abs(geodesicDistanceM(a, b) - p.x(107.59)) / p.x(107.59)).toBeLessThan(0.005);
    expect(polylineLengthM([a])).toBe(0);
  });
});

describe('ellipsoid area', () => {
  it('uses the published WGS 84 authalic radius (6,371,007.181 m), so the whole ellipsoid is 510,065,621.7 km²', () => {
    expect(Math.abs(AUTHALIC_SPHERE_RADIUS_M - 6_371_007.181)).toBeLessThan(0.01);
    const quarter = ringAreaM2([[0, 0], [90, 0], [0, 90]]); // an octant: 1/8 of the surface
    expect(Math.abs((quarter * 8) / 1e6 - 510_065_621.7)).toBeLessThan(1);
  });

  it('gives a 100 m square in Huế 10,000 m² (±0.5 %, the local frame\'s error) and ignores winding and closure', () => {
    const p = new LocalProjection([107.59, 16.46]);
    const sq = [p.toLonLat(0, 0), p.toLonLat(100, 0), p.toLonLat(100, 100), p.toLonLat(0, 100)];
    const area = ringAreaM2(sq);
    expect(Math.abs(area - 10_000) / 10_000).toBeLessThan(0.005);
    expect(ringAreaM2([...sq].reverse())).toBeCloseTo(area, 6);
    expect(ringAreaM2([...sq, sq[0]!])).toBeCloseTo(area, 6);
    expect(ringAreaM2(sq.slice(0, 2))).toBe(0);
  });

  it('subtracts holes', () => {
    const p = new LocalProjection([107.59, 16.46]);
    const outer = [p.toLonLat(0, 0), p.toLonLat(100, 0), p.toLonLat(100, 100), p.toLonLat(0, 100)];
    const hole = [p.toLonLat(25, 25), p.toLonLat(75, 25), p.toLonLat(75, 75), p.toLonLat(25, 75)];
    expect(polygonAreaM2([outer, hole]) / ringAreaM2(outer)).toBeCloseTo(0.75, 4);
  });
});

describe('measure', () => {
  const p = new LocalProjection([107.59, 16.46]);
  const pt = (x: number, y: number, h = 0) => { const [lon, lat] = p.toLonLat(x, y); return { lon, lat, h }; };

  it('measures a polyline, a closed polygon and a height', () => {
    const line = measure({ tool: 'distance', points: [pt(0, 0), pt(300, 0), pt(300, 400)] });
    expect(Math.abs(line.lengthM - 700) / 700).toBeLessThan(0.005);
    const area = measure({ tool: 'area', points: [pt(0, 0), pt(200, 0), pt(200, 100), pt(0, 100)] });
    expect(Math.abs(area.areaM2 - 20_000) / 20_000).toBeLessThan(0.005);
    expect(Math.abs(area.lengthM - 600) / 600).toBeLessThan(0.005);
    expect(measure({ tool: 'height', points: [pt(5, 5, 23.4)] }).heightM).toBe(23.4);
    expect(measure({ tool: 'area', points: [pt(0, 0), pt(1, 1)] }).areaM2).toBe(0);
  });
});

describe('formatting with units', () => {
  it('switches m → km and m² → ha → km²', () => {
    expect(formatLength(12.34, 'en')).toBe('12.3 m');
    expect(formatLength(512.4, 'en')).toBe('512 m');
    expect(formatLength(1530, 'en')).toBe('1.53 km');
    expect(formatArea(950, 'en')).toBe('950 m²');
    expect(formatArea(25_000, 'en')).toBe('2.50 ha');
    expect(formatArea(3_140_000, 'en')).toBe('3.14 km²');
    expect(formatLength(1530, 'vi')).toBe('1,53 km');
  });
});
