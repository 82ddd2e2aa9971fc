/** Waste trucks of the simulator read over SensorThings: which Things are trucks, Point results, trips grown by push, the picked feature. */
import { describe, expect, it } from 'vitest';
import type { Trip } from '../../../../src/logistics/ui/fleetTrips.ts';
import { appendPosition, pointResult, wasteTruckFeature, wasteTrucksOf } from '../../../../src/logistics/ui/wasteTrucks.ts';

const trip = (): Trip => ({ id: 'waste-truck-TRUCK-2', path: [[107.58, 16.46]], timestamps: [10], synthetic: true, kind: 'waste-truck' });

describe('waste trucks', () => {
  it('keeps the simulator Things of kind waste-truck that have a position Datastream', () => {
    const trucks = wasteTrucksOf([
      { '@iot.id': 1, properties: { kind: 'waste-truck', code: 'TRUCK-1' }, Datastreams: [{ '@iot.id': 11, properties: { quantity: 'fill_level' } }, { '@iot.id': 12, properties: { quantity: 'position' } }] },
      { '@iot.id': 2, properties: { kind: 'waste-truck' }, Datastreams: [{ '@iot.id': 21, properties: { quantity: 'fill_level' } }] },
      { '@iot.id': 3, properties: { kind: 'air-quality', code: 'AQ-01' }, Datastreams: [{ '@iot.id': 31, properties: { quantity: 'position' } }] },
    ]);
    expect(trucks).toEqual([{ thingId: 1, code: 'TRUCK-1', positionDatastream: 12 }]);
  });

  it('reads GeoJSON Point results, as objects or JSON text, and nothing else', () => {
    expect(pointResult({ type: 'Point', coordinates: [107.6, 16.47] })).toEqual([107.6, 16.47]);
    expect(pointResult('{"type":"Point","coordinates":["107.6","16.47"]}')).toEqual([107.6, 16.47]);
    expect(pointResult({ type: 'LineString', coordinates: [[1, 2]] })).toBeUndefined();
    expect(pointResult('not json')).toBeUndefined();
    expect(pointResult(42)).toBeUndefined();
  });

  it('appends a pushed position only when it is newer than the last one', () => {
    const t = appendPosition(trip(), [107.59, 16.46], 25);
    expect(t.timestamps).toEqual([10, 25]);
    expect(t.path[1]).toEqual([107.59, 16.46]);
    expect(appendPosition(t, [107.6, 16.46], 25)).toBe(t);
  });

  it('shows a picked truck by its code, number of positions and last time seen, marked synthetic', () => {
    const epochMs = Date.parse('2026-11-29T01:00:00Z');
    const feature = wasteTruckFeature(appendPosition(trip(), [107.59, 16.46], 90), epochMs);
    expect(feature).toEqual({
      id: 'waste-truck-TRUCK-2',
      properties: { vehicle: 'TRUCK-2', kind: 'waste-truck', synthetic: true, source: 'hue-twin-simulator', positions: 2, last_seen: '2026-11-29T01:01:30.000Z' },
    });
    expect(wasteTruckFeature({ ...trip(), path: [], timestamps: [] }, epochMs).properties.last_seen).toBeNull();
  });
});
