/**
 * Waste-collection trucks of the environment simulator (docs/simulator.md), read over
 * SensorThings: their `position` Datastreams, the last hour of positions as trips, and a live
 * position event turned into a trip vertex. Absent simulator → no trucks (not an error).
 */
import type { Trip } from './fleetTrips.ts';
import type { LogisticsResult } from './logisticsApi.ts';

/** A simulated truck and the Datastream of its positions. */
export interface WasteTruck {
  thingId: number;
  code: string;
  positionDatastream: number;
}

const STA = '/api/sta/v1.1';

interface StaThing {
  '@iot.id': number;
  name?: string;
  properties?: { kind?: string; code?: string; simulator?: string };
  Datastreams?: { '@iot.id': number; properties?: { quantity?: string } }[];
}

/** The trucks among simulator Things (kind `waste-truck` with a `position` Datastream). */
export function wasteTrucksOf(things: readonly StaThing[]): WasteTruck[] {
  return things.flatMap((th) => {
    if (th.properties?.kind !== 'waste-truck') return [];
    const ds = th.Datastreams?.find((d) => d.properties?.quantity === 'position');
    return ds ? [{ thingId: th['@iot.id'], code: th.properties.code ?? th.name ?? String(th['@iot.id']), positionDatastream: ds['@iot.id'] }] : [];
  });
}

/** A GeoJSON Point result as lon/lat, or undefined. */
export function pointResult(result: unknown): [number, number] | undefined {
  const r = (typeof result === 'string' ? safeJson(result) : result) as { type?: string; coordinates?: unknown[] } | undefined;
  if (r?.type !== 'Point' || !Array.isArray(r.coordinates)) return undefined;
  const [lon, lat] = r.coordinates.map(Number);
  return Number.isFinite(lon) && Number.isFinite(lat) ? [lon, lat] : undefined;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Appends a timed position to a trip (ignored when not newer than its last vertex). */
export function appendPosition(trip: Trip, position: [number, number], timeS: number): Trip {
  const last = trip.timestamps[trip.timestamps.length - 1];
  if (last !== undefined && timeS <= last) return trip;
  return { ...trip, path: [...trip.path, position], timestamps: [...trip.timestamps, timeS] };
}

/** Loads the simulator's trucks and their positions since `sinceMs` as trips (time = seconds since `epochMs`). */
export async function loadWasteTruckTrips(sinceMs: number, epochMs: number): Promise<LogisticsResult<{ trucks: WasteTruck[]; trips: Trip[] }>> {
  try {
    const filter = encodeURIComponent("properties/simulator eq 'hue-twin-simulator'");
    const res = await fetch(`${STA}/Things?$filter=${filter}&$expand=Datastreams&$top=1000`);
    if (!res.ok) return { ok: true, value: { trucks: [], trips: [] } };
    const trucks = wasteTrucksOf(((await res.json()) as { value?: StaThing[] }).value ?? []);
    const since = new Date(sinceMs).toISOString();
    const trips = await Promise.all(trucks.map(async (truck): Promise<Trip> => {
      const q = `$filter=${encodeURIComponent(`phenomenonTime ge ${since}`)}&$orderby=phenomenonTime%20asc&$top=1000`;
      const r = await fetch(`${STA}/Datastreams(${truck.positionDatastream})/Observations?${q}`);
      let trip: Trip = { id: `waste-truck-${truck.code}`, path: [], timestamps: [], synthetic: true, kind: 'waste-truck' };
      if (!r.ok) return trip;
      for (const o of ((await r.json()) as { value?: { phenomenonTime?: string; result?: unknown }[] }).value ?? []) {
        const p = pointResult(o.result);
        const t = Date.parse(String(o.phenomenonTime ?? '').split('/')[0]);
        if (p && Number.isFinite(t)) trip = appendPosition(trip, p, (t - epochMs) / 1000);
      }
      return trip;
    }));
    return { ok: true, value: { trucks, trips } };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** What a picked waste truck shows in the info panel. */
export interface WasteTruckFeature {
  id: string;
  properties: { vehicle: string; kind: 'waste-truck'; synthetic: true; source: string; positions: number; last_seen: string | null };
}

/**
 * A waste truck's trip as the feature its info panel shows: its code, how many positions are
 * known, when it was last seen (ISO 8601; trip times are seconds since `epochMs`), and that it is
 * the environment simulator's (synthetic).
 */
export function wasteTruckFeature(trip: Trip, epochMs: number): WasteTruckFeature {
  const last = trip.timestamps[trip.timestamps.length - 1];
  return {
    id: trip.id,
    properties: {
      vehicle: trip.id.replace(/^waste-truck-/, ''),
      kind: 'waste-truck',
      synthetic: true,
      source: 'hue-twin-simulator',
      positions: trip.path.length,
      last_seen: last === undefined ? null : new Date(epochMs + last * 1000).toISOString(),
    },
  };
}
