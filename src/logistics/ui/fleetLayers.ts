/**
 * deck.gl layers of the live fleet (renderers only): trails as a TripsLayer per fleet, and the
 * vehicles at their interpolated positions — truck icons for the few simulator trucks, and for the
 * (up to thousands of) synthetic trucks round markers fed as one binary position array (no
 * per-object accessors each frame).
 */
import { TripsLayer } from '@deck.gl/geo-layers';
import { IconLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import { positionAt, type Trip } from './fleetTrips.ts';

/** Length of the trails, seconds of driving. */
export const TRAIL_LENGTH_S = { truck: 120, 'waste-truck': 900 } as const;

const COLOURS: Record<Trip['kind'], [number, number, number]> = { truck: [255, 202, 40], 'waste-truck': [118, 255, 3] };
const HEAD_COLOURS: Record<Trip['kind'], [number, number, number, number]> = { truck: [255, 202, 40, 255], 'waste-truck': [118, 255, 3, 255] };

const ICON_SIZE_PX = 32;
/** A truck marker as an inline SVG (a data: URL — nothing fetched). */
const TRUCK_ICON = {
  url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${ICON_SIZE_PX}" height="${ICON_SIZE_PX}" viewBox="0 0 32 32"><rect x="3" y="9" width="17" height="13" rx="2" fill="white"/><path d="M20 13h5l4 5v4h-9z" fill="white"/><circle cx="9" cy="24" r="3" fill="white"/><circle cx="24" cy="24" r="3" fill="white"/></svg>`,
  )}`,
  id: 'truck',
  width: ICON_SIZE_PX,
  height: ICON_SIZE_PX,
  mask: true,
};

const tripPath = (d: Trip) => d.path;
const tripTimes = (d: Trip) => d.timestamps;

/** Current positions of the trips that have started, packed as [lon, lat, lon, lat, …]. */
export function headPositions(trips: readonly Trip[], t: number, into?: Float32Array): { positions: Float32Array; count: number; trips: Trip[] } {
  const positions = into && into.length >= trips.length * 2 ? into : new Float32Array(trips.length * 2);
  const started: Trip[] = [];
  for (const trip of trips) {
    if (trip.timestamps.length === 0 || t < trip.timestamps[0]) continue;
    const p = positionAt(trip, t);
    if (!p) continue;
    positions[started.length * 2] = p[0];
    positions[started.length * 2 + 1] = p[1];
    started.push(trip);
  }
  return { positions, count: started.length, trips: started };
}

/**
 * Trails and vehicles of `trips` (one kind) at time `t` (the trips' clock, seconds); `trailTrips`
 * (default: `trips`) are the trips drawn as trails — e.g. only their current window.
 */
export function fleetLayers(kind: Trip['kind'], trips: readonly Trip[], t: number, trailTrips: readonly Trip[] = trips): Layer[] {
  if (trips.length === 0) return [];
  const trails = new TripsLayer<Trip>({
    id: `logistics-fleet-trails-${kind}`,
    data: trailTrips,
    getPath: tripPath,
    getTimestamps: tripTimes,
    getColor: COLOURS[kind],
    opacity: 0.75,
    widthMinPixels: 2,
    getWidth: 2,
    widthUnits: 'pixels',
    fadeTrail: true,
    trailLength: TRAIL_LENGTH_S[kind],
    currentTime: t,
  });
  const heads = headPositions(trips, t);
  if (kind === 'truck') {
    return [
      trails,
      new ScatterplotLayer({
        id: 'logistics-fleet-vehicles-truck',
        data: { length: heads.count, attributes: { getPosition: { value: heads.positions, size: 2 } } },
        getFillColor: HEAD_COLOURS.truck,
        getLineColor: [20, 20, 20, 255],
        stroked: true,
        lineWidthMinPixels: 1,
        getRadius: 3.5,
        radiusUnits: 'pixels',
      }),
    ];
  }
  return [
    trails,
    new IconLayer<Trip>({
      id: `logistics-fleet-vehicles-${kind}`,
      data: heads.trips,
      pickable: true,
      getPosition: (_, { index }) => [heads.positions[index * 2], heads.positions[index * 2 + 1]],
      getIcon: () => TRUCK_ICON,
      getColor: HEAD_COLOURS[kind],
      getSize: 22,
      sizeUnits: 'pixels',
      updateTriggers: { getPosition: t },
    }),
  ];
}
