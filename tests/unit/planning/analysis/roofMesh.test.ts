import { describe, expect, it } from 'vitest';
import { geodeticToEcef, roofMesh } from '../../../../src/planning/analysis/roofMesh.ts';

describe('roofMesh', () => {
  it('triangulates each roof ring at its height (+ offset) in ECEF metres', () => {
    const square = [107.59, 16.46, 107.5901, 16.46, 107.5901, 16.4601, 107.59, 16.4601, 107.59, 16.46];
    const mesh = roofMesh([{ rings: [square], heightM: 10 }, { rings: [square.slice(0, 4)], heightM: 5 }], 0.5);
    expect(mesh.positions.length).toBe(4 * 3); // closed ring → 4 vertices; the 2-point ring is skipped
    expect(mesh.indices.length).toBe(2 * 3);
    const p = new Float64Array(3);
    geodeticToEcef(107.59, 16.46, 10.5, p, 0);
    expect([...mesh.positions.slice(0, 3)].map((v, i) => v - p[i]!)).toEqual([0, 0, 0]);
  });

  it('puts a point on the equator at the semi-major axis plus its height, and the pole at the semi-minor axis', () => {
    const p = new Float64Array(6);
    geodeticToEcef(0, 0, 100, p, 0);
    geodeticToEcef(0, 90, 0, p, 3);
    expect(p[0]).toBeCloseTo(6_378_237, 6);
    expect(p[5]).toBeCloseTo(6_356_752.314245, 5);
  });
});
