/** The simulator's model: deterministic for a seed, physically plausible, faults applied as specified. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trafficCycle } from '../../../../src/environment/simulator/airQualityModel.ts';
import { parseEmissionSources } from '../../../../src/environment/simulator/emissionSource.ts';
import { faultAt, FAULT_WINDOW_MS } from '../../../../src/environment/simulator/sensorFaults.ts';
import { deviceOutput, SIMULATED_DEVICES } from '../../../../src/environment/simulator/simulatedDevice.ts';
import { AIR_STATIONS } from '../../../../src/environment/simulator/simulatedNetwork.ts';
import { weatherAt } from '../../../../src/environment/simulator/weather.ts';

const sources = parseEmissionSources(JSON.parse(readFileSync('layers/emission-sources.geojson', 'utf8')));
const T0 = Date.parse('2026-03-10T00:00:00Z');

describe('simulated network', () => {
  it('has about 30 stations inside Huế, plus river sensors and trucks, with unique codes', () => {
    expect(AIR_STATIONS.length).toBe(30);
    const codes = SIMULATED_DEVICES.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const d of SIMULATED_DEVICES) {
      expect(d.position[0]).toBeGreaterThan(107.5);
      expect(d.position[0]).toBeLessThan(107.75);
      expect(d.position[1]).toBeGreaterThan(16.35);
      expect(d.position[1]).toBeLessThan(16.6);
    }
    expect(SIMULATED_DEVICES.filter((d) => d.kind === 'water-quality').length).toBeGreaterThanOrEqual(3);
    expect(SIMULATED_DEVICES.filter((d) => d.kind === 'waste-truck').length).toBeGreaterThanOrEqual(3);
  });

  it('emission sources parse and are all synthetic', () => {
    expect(sources.length).toBeGreaterThanOrEqual(10);
    const raw = JSON.parse(readFileSync('layers/emission-sources.geojson', 'utf8')) as { features: Array<{ properties: { synthetic: boolean } }> };
    expect(raw.features.every((f) => f.properties.synthetic === true)).toBe(true);
    expect(() => parseEmissionSources({ features: [{ geometry: { type: 'Point', coordinates: [1, 2] }, properties: { id: 'x', kind: 'volcano' } }] })).toThrow(/x: kind/);
  });
});

describe('deviceOutput', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const t = T0 + 5 * 3600_000 + 1234;
    for (const device of SIMULATED_DEVICES) {
      expect(deviceOutput(device, 42, sources, t)).toEqual(deviceOutput(device, 42, sources, t));
    }
    const a = SIMULATED_DEVICES.map((d) => deviceOutput(d, 42, sources, t).results);
    const b = SIMULATED_DEVICES.map((d) => deviceOutput(d, 43, sources, t).results);
    expect(a).not.toEqual(b);
  });

  it('produces values the ingest accepts (non-negative concentrations, % in 0–100, degrees in 0–360)', () => {
    for (let k = 0; k < 96; k++) {
      const t = T0 + k * 15 * 60_000;
      for (const device of SIMULATED_DEVICES) {
        const r = deviceOutput(device, 1957, sources, t).results as Record<string, number>;
        for (const q of ['pm25', 'pm10', 'no2', 'o3', 'co', 'so2', 'wind_speed', 'do', 'turbidity'] as const) if (q in r) expect(r[q]).toBeGreaterThanOrEqual(0);
        for (const q of ['humidity', 'fill_level'] as const) if (q in r) expect(r[q]).toSatisfy((v: number) => v >= 0 && v <= 100);
        if ('wind_direction' in r) expect(r.wind_direction).toSatisfy((v: number) => v >= 0 && v <= 360);
        if ('ph' in r) expect(r.ph).toSatisfy((v: number) => v > 5 && v < 9);
      }
    }
  });

  it('has morning and evening traffic peaks (local time)', () => {
    expect(trafficCycle(7.5)).toBeGreaterThan(2.5 * trafficCycle(3));
    expect(trafficCycle(17.5)).toBeGreaterThan(1.5 * trafficCycle(13.5));
  });

  it('puts a station downwind of the Phú Bài industrial zone in its plume', () => {
    // AQ-15 lies south-west of the zone: compare winds from the north-east (towards it) with winds from the south-west
    const station = SIMULATED_DEVICES.find((d) => d.code === 'AQ-15')!;
    let downwind = -Infinity;
    let upwind = Infinity;
    for (let k = 0; k < 24 * 6; k++) {
      const t = T0 + k * 10 * 60_000;
      const w = weatherAt(1957, t);
      const so2 = deviceOutput(station, 1957, sources, t).results.so2 as number | undefined;
      if (so2 === undefined) continue;
      if (w.windDirection > 20 && w.windDirection < 80) downwind = Math.max(downwind, so2);
      if (w.windDirection > 180 && w.windDirection < 280) upwind = Math.min(upwind, so2);
    }
    expect(downwind).toBeGreaterThan(3 * upwind);
  });
});

describe('faultAt', () => {
  it('produces each kind of fault now and then, and rarely', () => {
    const kinds = new Map<string, number>();
    let faulty = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const f = faultAt(5, `AQ-${i % 30}`, T0 + i * 60_000 * 7, 10);
      if (f) {
        faulty++;
        kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
        expect(f.to).toBeGreaterThan(f.from);
        expect(f.to - f.from).toBeLessThanOrEqual(FAULT_WINDOW_MS);
      }
    }
    expect(faulty / n).toBeGreaterThan(0.002);
    expect(faulty / n).toBeLessThan(0.05);
    expect([...kinds.keys()].sort()).toEqual(['silent', 'spike', 'stuck']);
  });

  it('silences a device completely and freezes a stuck quantity at its value when the fault began', () => {
    const device = SIMULATED_DEVICES.find((d) => d.code === 'AQ-03')!;
    let sawSilent = false;
    let sawStuck = false;
    for (let i = 0; i < 40_000 && !(sawSilent && sawStuck); i++) {
      const t = T0 + i * 60_000;
      const out = deviceOutput(device, 11, sources, t);
      if (out.fault?.kind === 'silent') {
        expect(out.results).toEqual({});
        sawSilent = true;
      }
      if (out.fault?.kind === 'stuck') {
        const q = device.quantities[out.fault.quantityIndex];
        expect(out.results[q]).toEqual(device.read(11, sources, out.fault.from)[q]);
        sawStuck = true;
      }
    }
    expect(sawSilent && sawStuck).toBe(true);
  });
});
