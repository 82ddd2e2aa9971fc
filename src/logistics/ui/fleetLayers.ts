/**
 * deck.gl layer of a live fleet (renderers only): its trails and vehicles as one {@link FleetLayer}
 * animated on the GPU — synthetic trucks as small round markers, the simulator's waste trucks as
 * truck markers that can be picked.
 */
import { FleetLayer } from './fleet/FleetLayer.ts';
import type { FleetSegments } from './fleet/fleetSegments.ts';
import type { Trip } from './fleetTrips.ts';

/** Length of the trails, seconds of driving. */
export const TRAIL_LENGTH_S = { truck: 120, 'waste-truck': 900 } as const;

const COLOURS: Record<Trip['kind'], [number, number, number]> = { truck: [255, 202, 40], 'waste-truck': [118, 255, 3] };

/**
 * The layer of one fleet (one kind of trip) packed as `segments`, at the time `clock` returns
 * (seconds on the trips' clock, read at each frame drawn); `objects[i]` is what picking trip `i`
 * returns (waste trucks only are pickable). Layer id `logistics-fleet-<kind>`.
 */
export function fleetLayer<D>(kind: Trip['kind'], objects: readonly D[], segments: FleetSegments, clock: () => number): FleetLayer<D> {
  const waste = kind === 'waste-truck';
  return new FleetLayer<D>({
    id: `logistics-fleet-${kind}`,
    data: objects,
    segments,
    clock,
    color: COLOURS[kind],
    trailLengthS: TRAIL_LENGTH_S[kind],
    trailWidthPx: 2,
    trailOpacity: 0.75,
    headStyle: waste ? 'truck' : 'dot',
    headSizePx: waste ? 24 : 9,
    pickable: waste,
  });
}
