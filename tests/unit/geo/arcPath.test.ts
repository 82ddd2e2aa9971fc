/** arcPath: a flow arc starts and ends on the ground at its two points and peaks mid-way at ratio × length. */
import { describe, expect, it } from 'vitest';
import { arcPath, ARC_SAMPLES } from '../../../src/geo/arcPath.ts';
import { geodesicDistanceM } from '../../../src/planning/analysis/geodesicDistance.ts';

describe('arcPath', () => {
  // Ga Huế → Cảng Chân Mây, about 43 km
  const from: [number, number] = [107.5784, 16.4564];
  const to: [number, number] = [107.9714, 16.3302];

  it('starts and ends on the ground at the two points, peaking at ratio × length half-way', () => {
    const arc = arcPath(from, to, 0.25);
    expect(arc).toHaveLength(ARC_SAMPLES);
    expect(arc[0]).toEqual([from[0], from[1], 0]);
    expect(arc.at(-1)![0]).toBeCloseTo(to[0], 12);
    expect(arc.at(-1)![1]).toBeCloseTo(to[1], 12);
    expect(arc.at(-1)![2]).toBeCloseTo(0, 6);
    const peak = arc[(ARC_SAMPLES - 1) / 2];
    expect(peak[2]).toBeCloseTo(0.25 * geodesicDistanceM(from, to), 6);
    expect(peak[2]).toBeGreaterThan(10_000);
    // symmetric and never below the ground
    arc.forEach((p, i) => {
      expect(p[2]).toBeGreaterThanOrEqual(0);
      expect(p[2]).toBeCloseTo(arc[arc.length - 1 - i][2], 6);
    });
  });

  it('is flat for a zero ratio or a zero-length flow, and has at least two points', () => {
    expect(arcPath(from, to, 0).every((p) => p[2] === 0)).toBe(true);
    expect(arcPath(from, from, 0.5).every((p) => p[2] === 0)).toBe(true);
    expect(arcPath(from, to, 0.25, 1)).toHaveLength(2);
  });
});
