/** Routing with snapping: partial edges at both ends, same-edge routes, one-way streets, restrictions, off-network and disconnected ends. */
import { describe, expect, it } from 'vitest';
import { EdgeIndex } from '../../../src/logistics/EdgeIndex.ts';
import { distanceM, lineLengthM, type LonLat } from '../../../src/logistics/geodesy.ts';
import { LogisticsGraph, type NetworkSegment } from '../../../src/logistics/LogisticsGraph.ts';
import { routeBetween } from '../../../src/logistics/routeBetween.ts';
import { gridNetwork, ORIGIN, STEP } from './fixtures.ts';

const setup = (segments: NetworkSegment[]) => {
  const graph = LogisticsGraph.build(segments);
  return { graph, index: new EdgeIndex(graph) };
};
const at = (i: number, j: number): LonLat => [ORIGIN[0] + j * STEP, ORIGIN[1] + i * STEP];

describe('EdgeIndex (snapping)', () => {
  const { graph, index } = setup(gridNetwork(3));

  it('snaps to the nearest point of the nearest usable edge, with its distance and fraction', () => {
    const p: LonLat = [ORIGIN[0] + 0.25 * STEP, ORIGIN[1] + 0.0002];
    const snap = index.nearest(p, 500, () => true)!;
    expect(graph.segmentOf(snap.edge).id).toBe('h0-0');
    expect(snap.point[0]).toBeCloseTo(p[0], 9);
    expect(snap.point[1]).toBeCloseTo(ORIGIN[1], 9);
    expect(snap.distanceM).toBeCloseTo(distanceM(p, snap.point), 1);
    expect(snap.fraction).toBeCloseTo(0.25, 3);
  });

  it('returns null beyond the maximum distance and skips edges the predicate refuses', () => {
    expect(index.nearest([ORIGIN[0] - 0.05, ORIGIN[1]], 2000, () => true)).toBeNull();
    const p: LonLat = [ORIGIN[0] + 0.5 * STEP, ORIGIN[1] + 0.0001];
    const snap = index.nearest(p, 2000, (e) => graph.segmentOf(e).id !== 'h0-0')!;
    expect(graph.segmentOf(snap.edge).id).not.toBe('h0-0');
  });
});

describe('routeBetween', () => {
  it('routes between points inside two edges, counting only the partial edges at both ends', () => {
    const { graph, index } = setup(gridNetwork(4));
    const from: LonLat = [ORIGIN[0] + 0.5 * STEP, ORIGIN[1]];
    const to: LonLat = [ORIGIN[0] + 2.5 * STEP, ORIGIN[1] + 3 * STEP];
    const result = routeBetween(graph, index, { profile: 'car', metric: 'distance', from, to });
    if (!result.ok) throw new Error(result.reason);
    // Manhattan distance along the grid: 2 blocks east + 3 blocks north.
    const expected = distanceM(at(0, 0), at(0, 2)) + distanceM(at(0, 0), at(3, 0));
    expect(result.route.lengthM).toBeCloseTo(expected, -1);
    expect(result.route.lengthM).toBeCloseTo(lineLengthM(result.route.coordinates), 3);
    expect(result.route.coordinates[0]).toEqual(from);
    const last = result.route.coordinates[result.route.coordinates.length - 1];
    expect(last[0]).toBeCloseTo(to[0], 9);
    expect(last[1]).toBeCloseTo(to[1], 9);
    expect(result.route.steps.reduce((s, x) => s + x.length_m, 0)).toBeCloseTo(result.route.lengthM, 6);
    expect(result.route.durationS).toBeGreaterThan(0);
  });

  it('travels along one edge directly when both ends are on it, and respects one-way streets', () => {
    const { graph, index } = setup(gridNetwork(3, (id) => (id === 'h0-0' ? { oneway: true } : {})));
    const a: LonLat = [ORIGIN[0] + 0.2 * STEP, ORIGIN[1]];
    const b: LonLat = [ORIGIN[0] + 0.7 * STEP, ORIGIN[1]];
    const forward = routeBetween(graph, index, { profile: 'car', metric: 'distance', from: a, to: b });
    if (!forward.ok) throw new Error(forward.reason);
    expect(forward.route.lengthM).toBeCloseTo(distanceM(a, b), 3);
    expect(forward.route.segments).toEqual(['h0-0']);
    const backward = routeBetween(graph, index, { profile: 'car', metric: 'distance', from: b, to: a });
    if (!backward.ok) throw new Error(backward.reason);
    // Against the one-way street: round the block instead.
    expect(backward.route.lengthM).toBeGreaterThan(3 * distanceM(a, b));
  });

  it('keeps trucks out of banned and load-limited segments but lets cars through', () => {
    const { graph, index } = setup(gridNetwork(3, (id) => (id === 'h0-0' ? { truck_banned: true } : id === 'h0-1' ? { max_weight_t: 5 } : {})));
    const from = at(0, 0);
    const to = at(0, 2);
    const car = routeBetween(graph, index, { profile: 'car', metric: 'distance', from, to });
    const truck = routeBetween(graph, index, { profile: 'truck', metric: 'distance', from, to });
    if (!car.ok || !truck.ok) throw new Error('no route');
    expect(car.route.segments).toEqual(['h0-0', 'h0-1']);
    expect(truck.route.segments).not.toContain('h0-0');
    expect(truck.route.segments).not.toContain('h0-1');
    expect(truck.route.lengthM).toBeGreaterThan(car.route.lengthM);
  });

  it('says which end is off the network, and reports no route between disconnected parts', () => {
    const island: NetworkSegment = { id: 'island', coordinates: [[107.7, 16.46], [107.701, 16.46]], properties: { class: 'secondary' } };
    const { graph, index } = setup([...gridNetwork(3), island]);
    const off = routeBetween(graph, index, { profile: 'car', metric: 'time', from: at(0, 0), to: [107.65, 16.3], maxSnapM: 2000 });
    expect(off).toEqual({ ok: false, reason: 'off-network', end: 'to', maxSnapM: 2000 });
    const noRoute = routeBetween(graph, index, { profile: 'car', metric: 'time', from: at(0, 0), to: [107.7005, 16.4601] });
    expect(noRoute).toEqual({ ok: false, reason: 'no-route' });
    // Closing every edge near a point makes it off the usable network.
    const blocked = new Uint8Array(graph.edgeCount).fill(1);
    const closed = routeBetween(graph, index, { profile: 'car', metric: 'time', from: at(0, 0), to: at(1, 1), blocked });
    expect(closed).toMatchObject({ ok: false, reason: 'off-network', end: 'from' });
  });

  it('is fastest by time and shortest by distance', () => {
    // A long fast detour (trunk) against a short slow street (tertiary, 25 km/h).
    const slow: NetworkSegment = { id: 'slow', coordinates: [[107.6, 16.46], [107.61, 16.46]], properties: { class: 'tertiary' } };
    const fast: NetworkSegment = { id: 'fast', coordinates: [[107.6, 16.46], [107.605, 16.465], [107.61, 16.46]], properties: { class: 'trunk' } };
    const { graph, index } = setup([slow, fast]);
    const base = { profile: 'car' as const, from: [107.6, 16.46] as LonLat, to: [107.61, 16.46] as LonLat };
    const time = routeBetween(graph, index, { ...base, metric: 'time' });
    const distance = routeBetween(graph, index, { ...base, metric: 'distance' });
    if (!time.ok || !distance.ok) throw new Error('no route');
    expect(time.route.segments).toEqual(['fast']);
    expect(distance.route.segments).toEqual(['slow']);
    expect(time.route.durationS).toBeLessThan(distance.route.durationS);
  });
});
