/**
 * Turns SensorThings Things (expanded with Locations and Datastreams) into {@link Station}s: every
 * Thing whose `properties.kind` is `air-quality`, or that has a Datastream of a VN_AQI pollutant,
 * and that has a Point location. Others (trucks, river sensors) are left out.
 */
import { AQI_POLLUTANTS, isQuantity, type Quantity, type Station, type StationDatastream } from './Station.ts';

interface StaThing {
  '@iot.id'?: unknown;
  name?: unknown;
  properties?: Record<string, unknown> | null;
  Locations?: { location?: { type?: unknown; coordinates?: unknown } }[];
  Datastreams?: { '@iot.id'?: unknown; properties?: Record<string, unknown> | null; unitOfMeasurement?: { symbol?: unknown } }[];
}

/** The stations among `things` (a SensorThings `value` array), sorted by code, then name. */
export function parseStations(things: readonly unknown[]): Station[] {
  const out: Station[] = [];
  for (const raw of things) {
    const thing = raw as StaThing;
    const id = thing['@iot.id'];
    if (typeof id !== 'number') continue;
    const point = thing.Locations?.map((l) => l.location).find((l) => l?.type === 'Point' && Array.isArray(l.coordinates));
    const coords = point?.coordinates as unknown[] | undefined;
    const lon = Number(coords?.[0]);
    const lat = Number(coords?.[1]);
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    const datastreams: Partial<Record<Quantity, StationDatastream>> = {};
    for (const ds of thing.Datastreams ?? []) {
      const quantity = ds.properties?.quantity;
      const dsId = ds['@iot.id'];
      if (!isQuantity(quantity) || typeof dsId !== 'number' || datastreams[quantity]) continue;
      datastreams[quantity] = { id: dsId, quantity, unit: typeof ds.unitOfMeasurement?.symbol === 'string' ? ds.unitOfMeasurement.symbol : '' };
    }
    const props = thing.properties ?? {};
    const airQuality = props.kind === 'air-quality' || AQI_POLLUTANTS.some((p) => datastreams[p]);
    if (!airQuality) continue;
    out.push({
      id,
      name: typeof thing.name === 'string' ? thing.name : `#${id}`,
      code: typeof props.code === 'string' ? props.code : undefined,
      area: typeof props.area === 'string' ? props.area : undefined,
      lon,
      lat,
      synthetic: props.synthetic === true || props.synthetic === 'true',
      datastreams,
    });
  }
  return out.sort((a, b) => (a.code ?? a.name).localeCompare(b.code ?? b.name, 'vi') || a.id - b.id);
}
