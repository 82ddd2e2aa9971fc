import type { GeometryCollection, MultiPolygon, Point, Polygon } from 'geojson';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import {
  CRS84,
  EPSG_3405,
  EPSG_3857,
  EPSG_4326,
  EPSG_4756,
  EPSG_9214,
  SUPPORTED_CRS,
} from '../../../../src/geo/crs/supportedCrs.ts';
import { makeTransformer, transformBbox, transformGeometry } from '../../../../src/geo/crs/transformCoordinates.ts';

/** Kỳ Đài of the Huế Citadel, WGS 84 lon, lat. */
const CITADEL = [107.5786, 16.4698] as const;

describe('axis order', () => {
  it('writes EPSG:4326 as [lat, lon] and CRS84 as [lon, lat]', () => {
    expect(makeTransformer(CRS84, EPSG_4326)([107.5786, 16.4698])).toEqual([16.4698, 107.5786]);
    expect(makeTransformer(EPSG_4326, CRS84)([16.4698, 107.5786])).toEqual([107.5786, 16.4698]);
  });

  it('reads and writes EPSG:4756 as [lat, lon] and projected CRSs as [E, N]', () => {
    const vn = makeTransformer(CRS84, EPSG_4756)([...CITADEL]);
    expect(vn[0]).toBeCloseTo(16.4708, 3); // lat first
    expect(vn[1]).toBeCloseTo(107.5768, 3);
    const en = makeTransformer(EPSG_4756, EPSG_9214)(vn);
    expect(en[0]).toBeCloseTo(561582.586, 2); // easting first
    expect(en[1]).toBeCloseTo(1821650.139, 2);
  });

  it('rounds projected output to 1 mm and geographic output to 1e-9°', () => {
    const [e, n] = makeTransformer(CRS84, EPSG_9214)([...CITADEL]);
    expect(Math.round(e! * 1000) / 1000).toBe(e);
    expect(Math.round(n! * 1000) / 1000).toBe(n);
    const [lon, lat] = makeTransformer(EPSG_9214, CRS84)([e!, n!]);
    expect(Math.round(lon! * 1e9) / 1e9).toBe(lon);
    expect(Math.round(lat! * 1e9) / 1e9).toBe(lat);
  });

  it('keeps z and further members unchanged', () => {
    expect(makeTransformer(CRS84, EPSG_4326)([107.5, 16.4, 12.5, 7])).toEqual([16.4, 107.5, 12.5, 7]);
  });

  it('returns the same cached function for the same pair', () => {
    expect(makeTransformer(CRS84, EPSG_9214)).toBe(makeTransformer(CRS84, EPSG_9214));
  });

  it('gives NaN for a position outside the projection, not garbage', () => {
    const out = makeTransformer(CRS84, EPSG_3857)([0, 90]);
    expect(out.every(Number.isNaN)).toBe(true);
  });
});

describe('agreement with proj4\'s own transform', () => {
  it('matches proj4(from, to) for every pair of supported CRSs over a grid around Huế', () => {
    const crss = SUPPORTED_CRS;
    const sample: [number, number][] = [];
    for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) sample.push([107.1 + i * 0.25, 16.0 + j * 0.2]);
    for (const from of crss) {
      const toFrom = makeTransformer(CRS84, from, { round: false });
      for (const to of crss) {
        const ours = makeTransformer(from, to, { round: false });
        const theirs = proj4(from.proj4, to.proj4);
        for (const lonLat of sample) {
          const input = toFrom(lonLat);
          const enIn = from.axisOrder === 'north-east' ? [input[1]!, input[0]!] : input;
          const expectedEn = theirs.forward(enIn);
          const expected = to.axisOrder === 'north-east' ? [expectedEn[1]!, expectedEn[0]!] : expectedEn;
          const got = ours(input);
          // Between two VN-2000 CRSs proj4 goes to WGS 84 and back (its inverse Helmert is not
          // exact, ~2e-9° ≈ 0.2 mm); we, like PROJ, skip the datum shift there.
          const sameShift = from.proj4.includes('+towgs84') && to.proj4.includes('+towgs84');
          const tol = to.kind === 'projected' ? (sameShift ? 1e-3 : 1e-6) : sameShift ? 1e-8 : 1e-11;
          expect(Math.abs(got[0]! - expected[0]!), `${from.curie}→${to.curie}`).toBeLessThan(tol);
          expect(Math.abs(got[1]! - expected[1]!), `${from.curie}→${to.curie}`).toBeLessThan(tol);
        }
      }
    }
  });
});

describe('transformGeometry', () => {
  // A block inside the Citadel, CRS84, with a hole; rings closed.
  const polygon: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [107.575, 16.466, 5],
        [107.582, 16.466, 5],
        [107.582, 16.473, 5],
        [107.575, 16.473, 5],
        [107.575, 16.466, 5],
      ],
      [
        [107.577, 16.468],
        [107.578, 16.468],
        [107.578, 16.469],
        [107.577, 16.468],
      ],
    ],
    bbox: [107.575, 16.466, 107.582, 16.473],
  };

  it('round-trips a polygon CRS84 → EPSG:9214 → CRS84 with rings exactly closed and z kept', () => {
    const projected = transformGeometry(polygon, makeTransformer(CRS84, EPSG_9214));
    const back = transformGeometry(projected, makeTransformer(EPSG_9214, CRS84));
    for (const g of [projected, back]) {
      for (const ring of g.coordinates) expect(ring[ring.length - 1]).toEqual(ring[0]);
    }
    expect(projected.coordinates[0]![0]![2]).toBe(5);
    expect(back.coordinates[0]![0]![2]).toBe(5);
    back.coordinates.forEach((ring, r) =>
      ring.forEach((p, i) => {
        const q = polygon.coordinates[r]![i]!;
        expect(Math.abs(p[0]! - q[0]!)).toBeLessThan(1e-7); // ≈ 1 cm
        expect(Math.abs(p[1]! - q[1]!)).toBeLessThan(1e-7);
      }),
    );
  });

  it('returns a new object, leaves the input alone and drops the stale bbox', () => {
    const copy = structuredClone(polygon);
    const out = transformGeometry(polygon, makeTransformer(CRS84, EPSG_4326));
    expect(polygon).toEqual(copy);
    expect(out).not.toBe(polygon);
    expect(out.bbox).toBeUndefined();
    expect(out.coordinates[0]![0]).toEqual([16.466, 107.575, 5]);
  });

  it('handles every geometry type, GeometryCollections recursively', () => {
    const t = makeTransformer(CRS84, EPSG_4326);
    const point: Point = { type: 'Point', coordinates: [1, 2] };
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [polygon.coordinates] };
    const collection: GeometryCollection = {
      type: 'GeometryCollection',
      geometries: [
        point,
        { type: 'MultiPoint', coordinates: [[1, 2]] },
        { type: 'LineString', coordinates: [[1, 2], [3, 4]] },
        { type: 'MultiLineString', coordinates: [[[1, 2], [3, 4]]] },
        multi,
        { type: 'GeometryCollection', geometries: [point] },
      ],
    };
    const out = transformGeometry(collection, t);
    expect(out.geometries[0]).toEqual({ type: 'Point', coordinates: [2, 1] });
    expect(out.geometries[1]).toEqual({ type: 'MultiPoint', coordinates: [[2, 1]] });
    expect(out.geometries[2]).toEqual({ type: 'LineString', coordinates: [[2, 1], [4, 3]] });
    expect(out.geometries[3]).toEqual({ type: 'MultiLineString', coordinates: [[[2, 1], [4, 3]]] });
    expect((out.geometries[4] as MultiPolygon).coordinates[0]![1]![0]).toEqual([16.468, 107.577]);
    expect(out.geometries[5]).toEqual({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [2, 1] }] });
  });
});

describe('transformBbox', () => {
  // 1 km × 1 km EPSG:9214 box around the Citadel (561582.586 / 1821650.139).
  const box = [561082.586, 1821150.139, 562082.586, 1822150.139] as const;

  it('encloses the Citadel and is tight around the transformed corners', () => {
    const [minLon, minLat, maxLon, maxLat] = transformBbox([...box], EPSG_9214) as number[];
    expect(minLon! <= CITADEL[0] && CITADEL[0] <= maxLon!).toBe(true);
    expect(minLat! <= CITADEL[1] && CITADEL[1] <= maxLat!).toBe(true);

    const toCrs84 = makeTransformer(EPSG_9214, CRS84, { round: false });
    const corners = [
      [box[0], box[1]],
      [box[2], box[1]],
      [box[2], box[3]],
      [box[0], box[3]],
    ].map((c) => toCrs84(c));
    const lons = corners.map((c) => c[0]!);
    const lats = corners.map((c) => c[1]!);
    // every corner inside …
    for (const [lon, lat] of corners) {
      expect(lon! >= minLon! && lon! <= maxLon! && lat! >= minLat! && lat! <= maxLat!).toBe(true);
    }
    // … and the bbox no more than 3 m (≈ 3e-5°) beyond the corners' extent
    const slack = 3 / 111_000;
    expect(Math.min(...lons) - minLon!).toBeLessThan(slack);
    expect(maxLon! - Math.max(...lons)).toBeLessThan(slack);
    expect(Math.min(...lats) - minLat!).toBeLessThan(slack);
    expect(maxLat! - Math.max(...lats)).toBeLessThan(slack);
  });

  it('reads the bbox in the source CRS\'s axis order (EPSG:4326: lat, lon) and writes the target\'s', () => {
    expect(transformBbox([16.4, 107.5, 16.5, 107.6], EPSG_4326)).toEqual([107.5, 16.4, 107.6, 16.5]);
    expect(transformBbox([107.5, 16.4, 107.6, 16.5], CRS84, EPSG_4326)).toEqual([16.4, 107.5, 16.5, 107.6]);
  });

  it('follows curved edges: a UTM 48 box maps to a CRS84 box covering every edge point', () => {
    const b = [760000, 1800000, 840000, 1830000] as const;
    const out = transformBbox([...b], EPSG_3405)!;
    const t = makeTransformer(EPSG_3405, CRS84, { round: false });
    for (let i = 0; i <= 100; i++) {
      const f = i / 100;
      for (const p of [
        [b[0] + (b[2] - b[0]) * f, b[1]],
        [b[0] + (b[2] - b[0]) * f, b[3]],
        [b[0], b[1] + (b[3] - b[1]) * f],
        [b[2], b[1] + (b[3] - b[1]) * f],
      ]) {
        const [lon, lat] = t(p);
        // densified at 21 points/edge: anything between samples is within 1e-8° (1 mm)
        expect(lon!).toBeGreaterThanOrEqual(out[0] - 1e-8);
        expect(lat!).toBeGreaterThanOrEqual(out[1] - 1e-8);
        expect(lon!).toBeLessThanOrEqual(out[2] + 1e-8);
        expect(lat!).toBeLessThanOrEqual(out[3] + 1e-8);
      }
    }
  });

  it('copies z bounds of a 6-number bbox', () => {
    const out = transformBbox([box[0], box[1], -5, box[2], box[3], 50], EPSG_9214)!;
    expect(out).toHaveLength(6);
    expect(out[2]).toBe(-5);
    expect(out[5]).toBe(50);
  });

  it('returns undefined when part of the bbox cannot be transformed', () => {
    expect(transformBbox([-10, 80, 10, 90], CRS84, EPSG_3857)).toBeUndefined();
  });
});
