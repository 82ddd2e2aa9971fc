/**
 * The environment tools' plain parts: URL parameters, emission sources from GeoJSON, alert push
 * events, surface samples from readings and the nearest wind for a source.
 */
import { describe, expect, it } from 'vitest';
import { aqiHourly } from '../../../../src/environment/aqi.ts';
import { applyAlertEvents, type Alert } from '../../../../src/environment/ui/data/alertsClient.ts';
import { parseEmissionSources, sourcesFor } from '../../../../src/environment/ui/data/emissionSources.ts';
import { environmentParams } from '../../../../src/environment/ui/environmentParams.ts';
import { plumeColour, plumeRunsAt } from '../../../../src/environment/ui/scene/plumeRuns.ts';
import { surfaceSamples } from '../../../../src/environment/ui/scene/surfaceSamples.ts';
import { nearestWind } from '../../../../src/environment/ui/stations/nearestWind.ts';
import type { Station } from '../../../../src/environment/ui/stations/Station.ts';
import type { StationReading } from '../../../../src/environment/ui/stations/stationReading.ts';

describe('environmentParams', () => {
  it('has defaults and reads every parameter', () => {
    expect(environmentParams({})).toEqual({ surface: 'aqi', opacity: 0.6, plume: true, station: undefined, method: 'idw' });
    expect(environmentParams({ surface: 'pm10', opacity: '25', plume: 'off', station: '12', method: 'kriging' }))
      .toEqual({ surface: 'pm10', opacity: 0.25, plume: false, station: 12, method: 'kriging' });
    expect(environmentParams({ surface: 'off' }).surface).toBeUndefined();
    expect(environmentParams({ surface: 'nonsense', opacity: '250', station: '-3', method: 'spline' })).toEqual({ surface: 'aqi', opacity: 1, plume: true, station: undefined, method: 'idw' });
  });
});

/** Two sources as docs/simulator.md describes them (the second with `emissions` as JSON text, as some readers give it). */
const SOURCES = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 'a', geometry: { type: 'Point', coordinates: [107.69, 16.415] }, properties: { id: 'a', name_vi: 'KCN Phú Bài', name_en: 'Phú Bài IZ', kind: 'industrial', emissions: { pm25: 1.6, so2: 2.5 }, stackHeight: 25, synthetic: true } },
    { type: 'Feature', geometry: { type: 'Point', coordinates: [107.6, 16.45] }, properties: { id: 'b', name_vi: 'Bãi rác', kind: 'waste', emissions: '{"pm25":0.4}', synthetic: true } },
    { type: 'Feature', geometry: { type: 'LineString', coordinates: [[107.6, 16.45], [107.61, 16.46]] }, properties: { id: 'c', emissions: { pm25: 1 } } },
  ],
};

describe('emission sources', () => {
  it('parses points with rates per pollutant and stack heights', () => {
    const sources = parseEmissionSources(SOURCES);
    expect(sources.map((s) => s.id)).toEqual(['a', 'b']);
    expect(sources[0]).toMatchObject({ nameVi: 'KCN Phú Bài', nameEn: 'Phú Bài IZ', lon: 107.69, lat: 16.415, stackHeightM: 25, synthetic: true, emissions: { pm25: 1.6, so2: 2.5 } });
    expect(sources[1]).toMatchObject({ stackHeightM: 0, emissions: { pm25: 0.4 }, nameEn: 'Bãi rác' });
  });

  it('gives the plume model the sources of one pollutant', () => {
    const sources = parseEmissionSources(SOURCES);
    expect(sourcesFor(sources, 'so2', 'en')).toEqual([{ id: 'a', name: 'Phú Bài IZ', lon: 107.69, lat: 16.415, emissionGps: 2.5, heightM: 25, synthetic: true }]);
    expect(sourcesFor(sources, 'pm25', 'vi')).toHaveLength(2);
    expect(sourcesFor(sources, 'no2', 'vi')).toEqual([]);
  });
});

function alert(id: number, state: Alert['state'] = 'open'): Alert {
  return { id, ruleName: 'r', kind: 'threshold', thing: 1, thingName: 's', quantity: 'pm25', value: 60, aqi: null, message: 'm', observedAt: '', createdAt: '', state, acknowledgedBy: null };
}

describe('applyAlertEvents', () => {
  it('adds opened alerts first and removes acknowledged ones', () => {
    const open = [alert(1), alert(2)];
    const next = applyAlertEvents(open, [
      { type: 'alert', action: 'opened', alert: alert(3) },
      { type: 'alert', action: 'acknowledged', alert: alert(1, 'acknowledged') },
      { type: 'observation' },
    ]);
    expect(next.map((a) => a.id)).toEqual([3, 2]);
    expect(applyAlertEvents(next, [{ type: 'alert', action: 'opened', alert: alert(3) }]).map((a) => a.id)).toEqual([3, 2]);
  });
});

function reading(id: number, lon: number, lat: number, pm25: number | null, wind?: [number, number]): StationReading {
  const station: Station = { id, name: `s${id}`, lon, lat, synthetic: false, datastreams: {} };
  const latest = wind ? { wind_speed: { time: 0, value: wind[0] }, wind_direction: { time: 0, value: wind[1] } } : {};
  return { station, time: 0, latest, aqiInput: { pm25 }, aqi: aqiHourly({ pm25 }) };
}

describe('surface samples, nearest wind, plume runs', () => {
  const readings = [reading(1, 107.58, 16.46, 40, [2, 90]), reading(2, 107.6, 16.47, null), reading(3, 107.7, 16.42, 100, [5, 270])];

  it('takes the AQI or the pollutant input of stations that have one', () => {
    const aqi = surfaceSamples(readings, 'aqi');
    expect(Array.from(aqi.value)).toEqual([aqiHourly({ pm25: 40 }).overall!.aqi, aqiHourly({ pm25: 100 }).overall!.aqi]);
    expect(Array.from(aqi.lon)).toEqual([107.58, 107.7]);
    expect(Array.from(surfaceSamples(readings, 'pm25').value)).toEqual([40, 100]);
    expect(surfaceSamples(readings, 'no2').value.length).toBe(0);
  });

  it('uses the nearest station with wind for each source', () => {
    expect(nearestWind(readings, 107.69, 16.415)).toMatchObject({ stationId: 3, speedMs: 5, fromDeg: 270 });
    expect(nearestWind(readings, 107.59, 16.465)?.stationId).toBe(1);
    expect(nearestWind([readings[1]!], 107.59, 16.465)).toBeUndefined();
    const { runs, withoutWind } = plumeRunsAt(readings, parseEmissionSources(SOURCES), 'pm25', Date.parse('2025-06-21T05:00:00Z'), 'vi');
    expect(withoutWind).toBe(0);
    expect(runs.map((r) => [r.source.id, r.windSpeedMs, r.stability])).toEqual([['a', 5, 'C'], ['b', 2, 'B']]); // noon sun: 5 m/s → C; 2 m/s → "A–B", taken as B
  });

  it('colours plume concentrations from 0.5 µg/m³, more opaque as they rise', () => {
    expect(plumeColour(0.2)).toBeUndefined();
    expect(plumeColour(Number.NaN)).toBeUndefined();
    expect(plumeColour(1)![3]).toBeLessThan(plumeColour(100)![3]);
  });
});
