/**
 * The plain-TypeScript parts of the environment 2D map and what it shares with 3D: stations as
 * coloured points and the click hit test, a worker field → the RGBA surface picture (category
 * colours, kriging veil) and its bitmap bounds, the plume particles, the deck.gl slot order, and
 * the sample comparison that skips unchanged surfaces.
 */
import { describe, expect, it } from 'vitest';
import { aqiHourly, type AqiResult } from '../../../../src/environment/aqi.ts';
import type { PlumeRun } from '../../../../src/environment/plume/plumeGrid.ts';
import type { SurfaceGrid } from '../../../../src/environment/surface/SurfaceGrid.ts';
import type { SurfaceResponse } from '../../../../src/environment/surface/surfaceMessages.ts';
import { environmentParams, plumePollutant } from '../../../../src/environment/ui/environmentParams.ts';
import { deckOpacityFor } from '../../../../src/environment/ui/map2d/environmentDeckLayers.ts';
import { gridBounds } from '../../../../src/environment/ui/map2d/gridBitmap.ts';
import { hexToRgb, stationAt, stationPoints } from '../../../../src/environment/ui/map2d/stationPoints.ts';
import { DECK_SLOTS } from '../../../../src/environment/ui/map2d/useDeckSlots.ts';
import { normalSample, PARTICLES_PER_SOURCE, particleColour, plumeParticles, TRIP_M, TRIP_S } from '../../../../src/environment/ui/scene/plumeParticles.ts';
import { surfaceColourOf, surfacePicture, uncertaintyVeil } from '../../../../src/environment/ui/scene/surfacePicture.ts';
import { sameSamples } from '../../../../src/environment/ui/scene/useSurfaceField.ts';
import type { Station } from '../../../../src/environment/ui/stations/Station.ts';
import type { StationReading } from '../../../../src/environment/ui/stations/stationReading.ts';

function reading(id: number, code: string | undefined, lon: number, lat: number, aqi: AqiResult): StationReading {
  const station: Station = { id, name: `Station ${id}`, code, lon, lat, synthetic: true, datastreams: {} };
  return { station, time: 0, latest: {}, aqiInput: {}, aqi };
}

describe('stationPoints', () => {
  // PM2.5 NowCast 40 µg/m³ → AQI between 51 and 100 (yellow, "Trung bình"); no PM at all → no AQI.
  const moderate = aqiHourly({ pm25: 40 });
  const readings = [reading(1, 'AQ-01', 107.58, 16.47, moderate), reading(2, undefined, 107.6, 16.45, aqiHourly({}))];

  it('colours each station by its VN_AQI category and writes its AQI, grey "—" without one', () => {
    const [a, b] = stationPoints(readings, 'vi', 'không đủ dữ liệu', undefined);
    expect(a).toMatchObject({ id: 1, position: [107.58, 16.47], text: String(moderate.overall!.aqi), fill: [255, 255, 0], ink: [0, 0, 0], label: 'AQ-01', selected: false });
    expect(b).toMatchObject({ id: 2, text: '—', fill: hexToRgb('#8A8F98'), label: 'Station 2' });
  });

  it('puts the selected station last so it draws on top', () => {
    expect(stationPoints(readings, 'en', '', 1).map((p) => [p.id, p.selected])).toEqual([[2, false], [1, true]]);
  });

  it('hexToRgb reads #RRGGBB and refuses anything else', () => {
    expect(hexToRgb('#7E0023')).toEqual([126, 0, 35]);
    expect(() => hexToRgb('red')).toThrow(RangeError);
  });

  it('stationAt finds the nearest station within the radius, none outside it', () => {
    const pts = [{ id: 1, x: 100, y: 100 }, { id: 2, x: 120, y: 100 }];
    expect(stationAt(pts, 104, 101, 14)).toBe(1);
    expect(stationAt(pts, 113, 100, 14)).toBe(2);
    expect(stationAt(pts, 100, 130, 14)).toBeUndefined();
    expect(stationAt([], 0, 0, 14)).toBeUndefined();
  });
});

describe('surfacePicture (grid → RGBA, same for 2D and 3D)', () => {
  const grid: SurfaceGrid = { west: 107.5, south: 16.4, east: 107.7, north: 16.5, cols: 3, rows: 2 };
  const response = (stddev?: number[]): SurfaceResponse => ({
    id: 1, grid, field: Float32Array.from([10, 60, 120, 180, 250, Number.NaN]), min: 10, max: 250, computeMs: 1, method: stddev ? 'kriging' : 'idw',
    stddev: stddev && Float32Array.from(stddev),
  });

  it('paints AQI cells in the official category colours, opaque, NaN transparent, row 0 north', () => {
    const { surface, veil, maxStddev } = surfacePicture(response(), 'aqi');
    expect(surface.grid).toBe(grid);
    const px = (i: number) => Array.from(surface.pixels.slice(4 * i, 4 * i + 4));
    expect([0, 1, 2, 3, 4].map(px)).toEqual([[0, 228, 0, 255], [255, 255, 0, 255], [255, 126, 0, 255], [255, 0, 0, 255], [143, 63, 151, 255]]);
    expect(px(5)).toEqual([0, 0, 0, 0]);
    expect(veil).toBeUndefined();
    expect(maxStddev).toBeUndefined();
  });

  it('paints a pollutant through its sub-index (PM2.5 26 µg/m³ is category 2)', () => {
    expect(surfaceColourOf('pm25')(26)).toEqual([255, 255, 0, 255]);
    expect(surfaceColourOf('pm25')(25)).toEqual([0, 228, 0, 255]);
  });

  it('adds the kriging veil: transparent where σ is small, most opaque at the largest σ', () => {
    const { veil, maxStddev } = surfacePicture(response([0, 0.01, 1, 2, 4, 4]), 'aqi');
    expect(maxStddev).toBe(4);
    const alpha = (i: number) => veil!.pixels[4 * i + 3];
    expect(alpha(0)).toBe(0);
    expect(alpha(1)).toBe(0);
    expect(alpha(2)).toBe(Math.round(180 * 0.25));
    expect(alpha(4)).toBe(180);
    expect(uncertaintyVeil(0.05)).toBeUndefined();
    // σ = 0 everywhere: nothing to veil.
    expect(surfacePicture(response([0, 0, 0, 0, 0, 0]), 'aqi').veil).toBeUndefined();
  });

  it('bitmap bounds are the grid rectangle [west, south, east, north]', () => {
    expect(gridBounds(grid)).toEqual([107.5, 16.4, 107.7, 16.5]);
  });
});

describe('plumeParticles', () => {
  const run: PlumeRun = {
    source: { id: 's1', name: 'KCN Phú Bài', lon: 107.6, lat: 16.4, emissionGps: 10, heightM: 20 },
    windSpeedMs: 3, windFromDeg: 270, stability: 'D',
  };

  it('streams particles downwind (west wind → east), within the trip, repeating every trip', () => {
    const particles = plumeParticles([run], 1.3);
    expect(particles).toHaveLength(PARTICLES_PER_SOURCE);
    const mLon = 111_320 * Math.cos((16.4 * Math.PI) / 180);
    for (const p of particles) {
      const east = (p.lon - 107.6) * mLon;
      expect(east).toBeGreaterThanOrEqual(0.99);
      expect(east).toBeLessThanOrEqual(TRIP_M);
      expect(p.phase).toBeGreaterThanOrEqual(0);
      expect(p.phase).toBeLessThan(1);
    }
    const later = plumeParticles([run], 1.3 + TRIP_S);
    later.forEach((p, i) => expect(p.lon).toBeCloseTo(particles[i]!.lon, 9));
    // Half a trip later every particle has moved on (or wrapped to the source).
    expect(plumeParticles([run], 1.3 + TRIP_S / 2).some((p, i) => Math.abs(p.lon - particles[i]!.lon) > 1e-4)).toBe(true);
  });

  it('spreads crosswind by standard-normal offsets (mean ≈ 0 over many samples) and fades along the trip', () => {
    let sum = 0;
    for (let k = 1; k <= 2000; k++) sum += normalSample(k);
    expect(Math.abs(sum / 2000)).toBeLessThan(0.1);
    expect(particleColour(0)[3]).toBe(230);
    expect(particleColour(0.5)[3]).toBe(115);
    expect(plumeParticles([], 3)).toEqual([]);
  });
});

describe('shared view logic', () => {
  it('blends the 2D surface with the same alpha as the globe (deck.gl applies opacity^(1/2.2))', () => {
    for (const alpha of [0, 0.3, 0.6, 0.85, 1]) expect(deckOpacityFor(alpha) ** (1 / 2.2)).toBeCloseTo(alpha, 10);
    expect(deckOpacityFor(1.5)).toBe(1);
    expect(deckOpacityFor(-1)).toBe(0);
  });

  it('draws the surface under the plume under the stations', () => {
    expect(DECK_SLOTS).toEqual(['surface', 'plume', 'stations']);
  });

  it('the plume pollutant is the surface pollutant, PM2.5 for the AQI or no surface', () => {
    expect(plumePollutant(environmentParams({ surface: 'no2' }))).toBe('no2');
    expect(plumePollutant(environmentParams({}))).toBe('pm25');
    expect(plumePollutant(environmentParams({ surface: 'off' }))).toBe('pm25');
  });

  it('sameSamples tells unchanged station values from changed ones', () => {
    const s = (v: number[]) => ({ lon: Float64Array.from([1, 2]), lat: Float64Array.from([3, 4]), value: Float64Array.from(v) });
    expect(sameSamples(s([5, 6]), s([5, 6]))).toBe(true);
    expect(sameSamples(s([5, 6]), s([5, 7]))).toBe(false);
    expect(sameSamples(undefined, s([5, 6]))).toBe(false);
  });
});
