/** View cones: sector membership, nearest point, line-of-sight height, violations with the line of sight. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/planning/evaluate.ts';
import { PlanarViewCone } from '../../../src/planning/geometry/PlanarViewCone.ts';
import { LocalProjection } from '../../../src/planning/geometry/LocalProjection.ts';
import { toPlanarPolygon } from '../../../src/planning/geometry/PlanarPolygon.ts';
import { viewConeRules } from '../../../src/planning/viewConeRules.ts';
import type { Viewpoint } from '../../../src/planning/Viewpoint.ts';
import { ORIGIN, at, rect } from './fixtures.ts';

// Eye at the origin, 10 m up, looking north (bearing 0) ± 10°, 1 km, line of sight rising at 45° → allowed = 10 + d.
const cone = { id: 'north', bearingDeg: 0, halfAngleDeg: 10, maxDistanceM: 1000, elevationDeg: 45 };
const viewpoint: Viewpoint = { id: 'vp', name: 'Test', position: at(0, 0), eyeHeightM: 10, cones: [cone] };
const proj = new LocalProjection(ORIGIN);

describe('PlanarViewCone', () => {
  const c = new PlanarViewCone(0, 0, 10, cone);
  it('contains points inside the sector only', () => {
    expect(c.contains(0, 500)).toBe(true);
    expect(c.contains(500 * Math.tan((9.9 * Math.PI) / 180), 500)).toBe(true);
    expect(c.contains(500 * Math.tan((10.5 * Math.PI) / 180), 500)).toBe(false);
    expect(c.contains(0, -10)).toBe(false);
    expect(c.contains(0, 1001)).toBe(false);
  });
  it('finds the nearest footprint point in the cone: an edge crossing the axis, or a boundary-ray crossing', () => {
    expect(c.nearestPoint(toPlanarPolygon(rect(-20, 100, 20, 110), proj))!.d).toBeCloseTo(100, 3);
    // a corner inside the cone is the nearest point
    expect(c.nearestPoint(toPlanarPolygon(rect(30, 200, 200, 220), proj))!.d).toBeCloseTo(Math.hypot(30, 200), 1);
    // all corners outside, but the right boundary ray crosses the west edge (x = 40): nearest at 40 / sin 10°
    expect(c.nearestPoint(toPlanarPolygon(rect(40, 200, 200, 300), proj))!.d).toBeCloseTo(40 / Math.sin((10 * Math.PI) / 180), 1);
    expect(c.nearestPoint(toPlanarPolygon(rect(300, 200, 320, 220), proj))).toBeNull();
    expect(c.allowedHeightAt(100)).toBeCloseTo(110, 6);
  });
});

describe('view-cone rule', () => {
  const rules = viewConeRules([viewpoint]);
  const check = (heightM: number, footprint = rect(-5, 100, 5, 110)) => evaluate([{ id: 'b', footprint, heightM }], [], rules, { origin: ORIGIN })[0]!;
  it('is computed per cone with id view/<viewpoint>/<cone>', () => {
    expect(rules.map((r) => r.id)).toEqual(['view/vp/north']);
  });
  it('passes below or at the line of sight and fails above it, with the line of sight for drawing', () => {
    expect(check(110).violations).toEqual([]);
    const r = check(150);
    expect(r.violations).toHaveLength(1);
    const v = r.violations[0]!;
    expect(v).toMatchObject({ ruleId: 'view/vp/north', kind: 'view-cone', measured: 150, allowed: 110, excess: 40, severity: 'critical' });
    expect(v.lineOfSight!.from).toEqual([...viewpoint.position, 10]);
    expect(v.lineOfSight!.distanceM).toBeCloseTo(100, 2);
    expect(v.lineOfSight!.to[2]).toBeCloseTo(110, 2);
    expect(v.lineOfSight!.top[2]).toBe(150);
  });
  it('ignores tall buildings outside the cone (behind, beside, beyond)', () => {
    expect(check(500, rect(-5, -110, 5, -100)).violations).toEqual([]);
    expect(check(500, rect(400, 100, 410, 110)).violations).toEqual([]);
    expect(check(5000, rect(-5, 1100, 5, 1110)).violations).toEqual([]);
  });
});
