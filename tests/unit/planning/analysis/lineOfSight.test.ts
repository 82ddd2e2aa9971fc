import { describe, expect, it } from 'vitest';
import { lineOfSight } from '../../../../src/planning/analysis/lineOfSight.ts';
import { box } from './obstacles.ts';

// A 10 m tall building from x = 40 to 60 across the line y = 0.
const wall = box('wall', 40, -10, 60, 10, 10);

describe('lineOfSight', () => {
  it('is blocked where the sight line enters a taller building, at its wall', () => {
    const r = lineOfSight([wall], { x: 0, y: 0, z: 1.6 }, { x: 100, y: 0, z: 1.6 });
    expect(r.visible).toBe(false);
    expect(r.blockedBy).toBe('wall');
    expect(r.blockedAt!.x).toBeCloseTo(40, 6);
    expect(r.blockedAt!.z).toBeCloseTo(1.6, 6);
    expect(r.blockedT).toBeCloseTo(0.4, 6);
    expect(r.lengthM).toBeCloseTo(100, 6);
  });

  it('sees over a building when the line stays above its top, and is blocked on the roof when it dips below', () => {
    expect(lineOfSight([wall], { x: 0, y: 0, z: 12 }, { x: 100, y: 0, z: 12 }).visible).toBe(true);
    // From 20 m at x = 0 to 0 m at x = 100: at x = 40 the line is at 12 m, at x = 60 at 8 m → dips below 10 m at x = 50.
    const r = lineOfSight([wall], { x: 0, y: 0, z: 20 }, { x: 100, y: 0, z: 0 });
    expect(r.visible).toBe(false);
    expect(r.blockedAt!.x).toBeCloseTo(50, 6);
    expect(r.blockedAt!.z).toBeCloseTo(10, 6);
  });

  it('exactly grazing the top counts as visible', () => {
    expect(lineOfSight([wall], { x: 0, y: 0, z: 10 }, { x: 100, y: 0, z: 10 }).visible).toBe(true);
  });

  it('passes beside a building and through a courtyard (hole)', () => {
    expect(lineOfSight([wall], { x: 0, y: 20, z: 1.6 }, { x: 100, y: 20, z: 1.6 }).visible).toBe(true);
    const courtyard = box('court', 0, 0, 100, 100, 20, [20, 20, 80, 80]);
    expect(lineOfSight([courtyard], { x: 30, y: 50, z: 1.6 }, { x: 70, y: 50, z: 1.6 }).visible).toBe(true);
    const out = lineOfSight([courtyard], { x: 30, y: 50, z: 1.6 }, { x: 90, y: 50, z: 1.6 });
    expect(out.visible).toBe(false);
    expect(out.blockedAt!.x).toBeCloseTo(80, 6);
  });

  it('reports the nearest of several blocking buildings', () => {
    const far = box('far', 70, -5, 80, 5, 30);
    const r = lineOfSight([far, wall], { x: 0, y: 0, z: 1.6 }, { x: 100, y: 0, z: 1.6 });
    expect(r.blockedBy).toBe('wall');
    const back = lineOfSight([far, wall], { x: 100, y: 0, z: 1.6 }, { x: 0, y: 0, z: 1.6 });
    expect(back.blockedBy).toBe('far');
    expect(back.blockedAt!.x).toBeCloseTo(80, 6);
  });

  it('does not let the building a point stands on block it (end tolerance)', () => {
    // Observer on the roof (10 m) near its edge, looking at the ground far away.
    const onRoof = lineOfSight([wall], { x: 59.5, y: 0, z: 10 }, { x: 200, y: 0, z: 0 });
    expect(onRoof.visible).toBe(true);
    // A point picked on the wall face (x = 40, 5 m up) seen from the front is visible; from behind it is not.
    expect(lineOfSight([wall], { x: 0, y: 0, z: 5 }, { x: 40, y: 0, z: 5 }).visible).toBe(true);
    expect(lineOfSight([wall], { x: 100, y: 0, z: 5 }, { x: 40, y: 0, z: 5 }).visible).toBe(false);
  });
});
