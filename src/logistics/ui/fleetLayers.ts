/**
 * deck.gl layers of the live fleet (renderers only): trails as a TripsLayer per fleet and the
 * vehicles as arrow icons at their interpolated positions.
 */
import { TripsLayer } from '@deck.gl/geo-layers';
import { IconLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import { positionAt, type Trip } from './fleetTrips.ts';

/** Length of the trails, seconds of driving. */
export const TRAIL_LENGTH_S = { truck: 120, 'waste-truck': 900 } as const;

const COLOURS = { truck: [255, 202, 40], 'waste-truck': [118, 255, 3] } as const;

const ICON_SIZE_PX = 32;
/** A truck marker as an inline SVG (a data: URL — nothing fetched). */
const TRUCK_ICON = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" width="${ICON_SIZE_PX}" height="${ICON_SIZE_PX}" viewBox="0 0 32 32"><rect x="3" y="9" width="17" height="13" rx="2" fill="white"/><path d="M20 13h5l4 5v4h-9z" fill="white"/><circle cx="9" cy="24" r="3" fill="white"/><circle cx="24" cy="24" r="3" fill="white"/></svg>`,
)}`;

interface Head {
  position: [number, number];
  trip: Trip;
}

/** Trails and vehicle icons of `trips` (one kind) at time `t` (the trips' clock, seconds). */
export function fleetLayers(kind: Trip['kind'], trips: readonly Trip[], t: number): Layer[] {
  if (trips.length === 0) return [];
  const colour = COLOURS[kind];
  const heads: Head[] = [];
  for (const trip of trips) {
    if (trip.timestamps.length === 0 || t < trip.timestamps[0]) continue;
    const position = positionAt(trip, t);
    if (position) heads.push({ position, trip });
  }
  return [
    new TripsLayer<Trip>({
      id: `logistics-fleet-trails-${kind}`,
      data: trips,
      getPath: (d) => d.path,
      getTimestamps: (d) => d.timestamps,
      getColor: [...colour],
      opacity: 0.75,
      widthMinPixels: 2,
      getWidth: 2,
      widthUnits: 'pixels',
      jointRounded: true,
      capRounded: true,
      fadeTrail: true,
      trailLength: TRAIL_LENGTH_S[kind],
      currentTime: t,
    }),
    new IconLayer<Head>({
      id: `logistics-fleet-vehicles-${kind}`,
      data: heads,
      pickable: kind === 'waste-truck',
      getPosition: (h) => h.position,
      getIcon: () => ({ url: TRUCK_ICON, id: 'truck', width: ICON_SIZE_PX, height: ICON_SIZE_PX, mask: true }),
      getColor: [...colour, 255],
      getSize: kind === 'waste-truck' ? 22 : 14,
      sizeUnits: 'pixels',
      updateTriggers: { getPosition: t },
    }),
  ];
}
