import { describe, expect, it } from 'vitest';
import { bearingDeg, haversineDistanceM, nearestStop } from '../../../../src/heritage/player/nearestStop.ts';
import type { PlayableStop } from '../../../../src/heritage/player/tourTypes.ts';
import { swipeDirection } from '../../../../src/heritage/player/swipeDirection.ts';

const stop = (id: string, lonDeg: number, latDeg: number, withCamera = false): PlayableStop => ({
  id, title: {}, narration: {}, durationS: 10,
  ...(withCamera ? { camera: { lonDeg, latDeg, heightM: 200, headingDeg: 0, pitchDeg: -30 } } : { location: { lonDeg, latDeg } }),
});

describe('nearest stop (haversine)', () => {
  it('measures known distances', () => {
    // One degree of latitude on the mean sphere: 111.195 km.
    expect(haversineDistanceM({ lonDeg: 107.58, latDeg: 16 }, { lonDeg: 107.58, latDeg: 17 })).toBeCloseTo(111_195, -1);
    expect(haversineDistanceM({ lonDeg: 0, latDeg: 0 }, { lonDeg: 180, latDeg: 0 })).toBeCloseTo(Math.PI * 6_371_008.8, 0);
    // Ngọ Môn → Thái Hòa Palace, about 230 m north.
    const d = haversineDistanceM({ lonDeg: 107.5794, latDeg: 16.4671 }, { lonDeg: 107.5794, latDeg: 16.4692 });
    expect(d).toBeGreaterThan(225);
    expect(d).toBeLessThan(240);
  });

  it('gives bearings clockwise from north', () => {
    expect(bearingDeg({ lonDeg: 107, latDeg: 16 }, { lonDeg: 107, latDeg: 17 })).toBeCloseTo(0, 5);
    expect(bearingDeg({ lonDeg: 107, latDeg: 16 }, { lonDeg: 108, latDeg: 16 })).toBeCloseTo(90, 0);
    expect(bearingDeg({ lonDeg: 107, latDeg: 16 }, { lonDeg: 106, latDeg: 16 })).toBeCloseTo(270, 0);
  });

  it('picks the stop where the visitor stands, using a camera when a stop has no location', () => {
    const stops = [stop('ngo-mon', 107.5794, 16.4671), stop('thien-mu', 107.5446, 16.4533, true), { id: 'pano', title: {}, narration: {}, durationS: 5 }];
    const near = nearestStop(stops, { lonDeg: 107.5447, latDeg: 16.4535 });
    expect(near?.stop.id).toBe('thien-mu');
    expect(near?.index).toBe(1);
    expect(near!.distanceM).toBeLessThan(30);
    expect(nearestStop([stops[2]], { lonDeg: 0, latDeg: 0 })).toBeUndefined();
  });
});

describe('swipe', () => {
  it('left is next, right is previous, short or vertical moves are none', () => {
    expect(swipeDirection({ x: 300, y: 100 }, { x: 120, y: 110 })).toBe('next');
    expect(swipeDirection({ x: 100, y: 100 }, { x: 260, y: 90 })).toBe('previous');
    expect(swipeDirection({ x: 100, y: 100 }, { x: 130, y: 100 })).toBeUndefined();
    expect(swipeDirection({ x: 100, y: 100 }, { x: 170, y: 300 })).toBeUndefined();
  });
});

describe('monument model of a stop', () => {
  it('finds the GLB tile named after the monument, resolved against the tileset URL', async () => {
    const { monumentModelUrl } = await import('../../../../src/heritage/player/monumentModelUrl.ts');
    const tileset = { root: { children: [
      { content: { uri: 'tiles/heritage-monument-models-chua-thien-mu.4c767a77e0.glb' } },
      { children: [{ content: { uri: 'tiles/heritage-monument-models-ngo-mon.0a1b2c.glb' } }] },
    ] } };
    expect(monumentModelUrl(tileset, 'ngo-mon', '/tilesets/heritage-monument-models/tileset.json')).toBe('/tilesets/heritage-monument-models/tiles/heritage-monument-models-ngo-mon.0a1b2c.glb');
    expect(monumentModelUrl(tileset, 'mon', '/tilesets/heritage-monument-models/tileset.json')).toBeUndefined();
    expect(monumentModelUrl(tileset, 'ngo-mon', '/tilesets/other/tileset.json')).toBeUndefined();
    expect(monumentModelUrl(tileset, 'chua-thien-mu', 'tilesets/heritage-monument-models/tileset.json')).toBe('/tilesets/heritage-monument-models/tiles/heritage-monument-models-chua-thien-mu.4c767a77e0.glb');
  });
});
