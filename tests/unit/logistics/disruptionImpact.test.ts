/** Disruption impact on a grid: a closure reroutes with added time, cutting a facility off makes it unreachable, nothing closed changes nothing. */
import { describe, expect, it } from 'vitest';
import { closuresFor } from '../../../src/logistics/closures.ts';
import { disruptionImpact } from '../../../src/logistics/disruptionImpact.ts';
import { EdgeIndex } from '../../../src/logistics/EdgeIndex.ts';
import type { LonLat } from '../../../src/logistics/geodesy.ts';
import { LogisticsGraph } from '../../../src/logistics/LogisticsGraph.ts';
import { gridNetwork, ORIGIN, STEP } from './fixtures.ts';

const at = (i: number, j: number): LonLat => [ORIGIN[0] + j * STEP, ORIGIN[1] + i * STEP];

describe('disruptionImpact', () => {
  const graph = LogisticsGraph.build(gridNetwork(3));
  const index = new EdgeIndex(graph);
  const none = new Float64Array(graph.edgeCount).fill(Infinity);
  const routes = [{ from: 'a', to: 'b', fromPoint: at(0, 0), toPoint: at(0, 1), flows: ['f1'] }];
  const facilities = [{ id: 'corner', point: at(0, 0) }, { id: 'centre', point: at(1, 1) }];

  it('changes nothing without closures', () => {
    const impact = disruptionImpact(graph, index, { profile: 'car', blocked: undefined, routes, facilities });
    expect(impact.unreachableFacilities).toEqual([]);
    expect(impact.routes[0]).toMatchObject({ rerouted: false, unreachable: false, added_s: 0, flows: ['f1'] });
  });

  it('reroutes around a closed block and reports the added time', () => {
    const { blocked } = closuresFor(graph, none, { closedSegments: ['h0-0'] });
    const impact = disruptionImpact(graph, index, { profile: 'car', blocked, routes, facilities });
    expect(impact.routes[0].rerouted).toBe(true);
    expect(impact.routes[0].added_s!).toBeGreaterThan(0);
    expect(impact.routes[0].after!.length_m).toBeGreaterThan(2.5 * impact.routes[0].before!.length_m);
  });

  it('marks a facility cut off from the main network as unreachable, and its routes too', () => {
    const { blocked } = closuresFor(graph, none, { closedSegments: ['h0-0', 'v0-0'] });
    const impact = disruptionImpact(graph, index, { profile: 'car', blocked, routes, facilities });
    expect(impact.unreachableFacilities).toEqual(['corner']);
    expect(impact.routes[0]).toMatchObject({ unreachable: true, after: null, added_s: null });
  });
});
