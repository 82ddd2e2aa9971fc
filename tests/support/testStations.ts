/**
 * Air-quality stations for browser tests of the environment workspace: three stations across Huế
 * with `SEED_HOURS` hours of hourly observations created over SensorThings (PM2.5 following
 * `pm(h)`, hour h back, NO2 constant, wind 3 m/s from 250°), the VN_AQI the page must show for
 * them worked out with `aqi.ts`, and a small JSON client for the server's API.
 */
import { expect } from 'vitest';
import { aqiHourly, nowcast } from '../../src/environment/aqi.ts';

/** One hour, ms. */
export const HOUR_MS = 3_600_000;
/** Hours of seeded history per station. */
export const SEED_HOURS = 20;

/** A test station: hourly PM2.5 (µg/m³) `pm(h)` hour h back, constant NO2 (µg/m³). */
export interface TestStation {
  code: string;
  name: string;
  lon: number;
  lat: number;
  pm: (h: number) => number;
  no2: number;
}

/** The three stations, codes `<prefix>1…3` (Thượng Tứ, Vĩnh Ninh, Kim Long). */
export function testStations(prefix: string): TestStation[] {
  return [
    { code: `${prefix}1`, name: `${prefix}1 Thượng Tứ`, lon: 107.585, lat: 16.468, pm: (h) => 20 + 2 * h, no2: 40 },
    { code: `${prefix}2`, name: `${prefix}2 Vĩnh Ninh`, lon: 107.592, lat: 16.456, pm: (h) => 60 - h, no2: 120 },
    { code: `${prefix}3`, name: `${prefix}3 Kim Long`, lon: 107.553, lat: 16.452, pm: (h) => 140 + ((h * 7) % 11), no2: 80 },
  ];
}

/** When hour h's observation was taken: 2 minutes before each whole hour back from `t0`. */
export function seededTime(t0: number, h: number): number {
  return t0 - h * HOUR_MS - 2 * 60_000;
}

/** Expected hourly AQI of a station now, or `shiftHours` back (`extraPm` averaged into hour 0). */
export function expectedAqi(s: TestStation, extraPm?: number, shiftHours = 0): number | undefined {
  const hourly: number[] = [];
  for (let k = 0; k < 12; k++) hourly.push(s.pm(k + shiftHours));
  if (extraPm !== undefined) hourly[0] = (hourly[0]! + extraPm) / 2;
  return aqiHourly({ pm25: nowcast(hourly), no2: s.no2 }).overall?.aqi;
}

/** A JSON call to the server (bearer `token` when set); throws with the answer on 4xx/5xx. */
export type ApiCall = <T>(method: string, path: string, body?: unknown) => Promise<{ status: number; headers: Headers; body: T }>;

/** An {@link ApiCall} on `baseUrl()` with `token()` (read at each call). */
export function apiCaller(baseUrl: () => string, token: () => string | undefined): ApiCall {
  return async <T>(method: string, path: string, body?: unknown) => {
    const bearer = token();
    const res = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    if (res.status >= 400) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
    return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as T };
  };
}

function datastream(quantity: string, unit: string, label: string) {
  return {
    name: quantity, description: `${quantity} (${label})`, properties: { quantity },
    unitOfMeasurement: { name: quantity, symbol: unit, definition: `urn:e2e:${quantity}` },
    observationType: 'http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement',
    Sensor: { name: 'e2e sensor', description: '', encodingType: 'text/plain', metadata: 'none' },
    ObservedProperty: { name: quantity, definition: `urn:e2e:${quantity}`, description: '' },
  };
}

/** Creates the stations with their history (needs an editor's token); returns Thing and PM2.5 Datastream ids by code. */
export async function seedStations(call: ApiCall, stations: readonly TestStation[], t0: number, label: string): Promise<{ thingId: Map<string, number>; pm25Datastream: Map<string, number> }> {
  const thingId = new Map<string, number>();
  const pm25Datastream = new Map<string, number>();
  for (const s of stations) {
    const created = await call('POST', '/api/sta/v1.1/Things', {
      name: s.name, description: `${label} station`, properties: { kind: 'air-quality', code: s.code },
      Locations: [{ name: s.code, description: '', encodingType: 'application/geo+json', location: { type: 'Point', coordinates: [s.lon, s.lat] } }],
      Datastreams: [datastream('pm25', 'µg/m³', label), datastream('no2', 'µg/m³', label), datastream('wind_speed', 'm/s', label), datastream('wind_direction', '°', label)],
    });
    const id = Number(/Things\((\d+)\)/.exec(created.headers.get('location') ?? '')?.[1]);
    thingId.set(s.code, id);
    const list = await call<{ value: { '@iot.id': number; properties: { quantity: string } }[] }>('GET', `/api/sta/v1.1/Things(${id})/Datastreams`);
    const byQuantity = new Map(list.body.value.map((d) => [d.properties.quantity, d['@iot.id']]));
    pm25Datastream.set(s.code, byQuantity.get('pm25')!);
    const rows = (q: string, value: (h: number) => number) => ({
      Datastream: { '@iot.id': byQuantity.get(q) }, components: ['phenomenonTime', 'result'],
      dataArray: Array.from({ length: SEED_HOURS }, (_, h) => [new Date(seededTime(t0, h)).toISOString(), value(h)]),
    });
    const answer = await call<string[]>('POST', '/api/sta/v1.1/CreateObservations', [
      rows('pm25', s.pm), rows('no2', () => s.no2), rows('wind_speed', () => 3), rows('wind_direction', () => 250),
    ]);
    expect(answer.body.filter((line) => line.startsWith('error')), 'all seeded rows stored').toEqual([]);
  }
  return { thingId, pm25Datastream };
}
