import { describe, expect, it } from 'vitest';
import { HeightRaster } from '../../../../src/planning/analysis/HeightRaster.ts';
import { parseHueDate } from '../../../../src/planning/analysis/hueLocalTime.ts';
import { sunHours } from '../../../../src/planning/analysis/sunHours.ts';
import { LocalProjection } from '../../../../src/planning/geometry/LocalProjection.ts';
import { box } from './obstacles.ts';

const HUE = new LocalProjection([107.59, 16.46]);
const BOUNDS = { minX: -300, minY: -300, maxX: 300, maxY: 300 };

function at(r: ReturnType<typeof sunHours>, x: number, y: number): number {
  const j = Math.round((x - r.x0) / r.spacingM), i = Math.round((y - r.y0) / r.spacingM);
  return r.hours[i * r.cols + j]!;
}

describe('sunHours', () => {
  it('gives open ground the whole day length (about 13 h at the June solstice in Huế, 11 h in December)', () => {
    const raster = HeightRaster.fromObstacles([], BOUNDS, 2);
    const june = sunHours({ raster, projection: HUE, minX: 0, minY: 0, maxX: 20, maxY: 20, dayStartMs: parseHueDate('2026-06-21')!.getTime() });
    expect(june.daylightHours).toBeGreaterThan(12.7);
    expect(june.daylightHours).toBeLessThan(13.3);
    expect(june.meanHours).toBeCloseTo(june.daylightHours, 6);
    expect(june.groundSamples).toBe(16);
    const dec = sunHours({ raster, projection: HUE, minX: 0, minY: 0, maxX: 20, maxY: 20, dayStartMs: parseHueDate('2026-12-21')!.getTime() });
    expect(dec.daylightHours).toBeGreaterThan(10.8);
    expect(dec.daylightHours).toBeLessThan(11.5);
  });

  it('shades the ground north of a tall block in December (low southern sun) but hardly in June', () => {
    // A 30 m block from y = 0 to 20; sample strip just north of it (y 20–30) and far south of it.
    const raster = HeightRaster.fromObstacles([box('block', -50, 0, 50, 20, 30)], BOUNDS, 2);
    const dayStartMs = parseHueDate('2026-12-21')!.getTime();
    const r = sunHours({ raster, projection: HUE, minX: -10, minY: -40, maxX: 10, maxY: 40, spacingM: 5, dayStartMs });
    const north = at(r, 0, 22.5), south = at(r, 0, -37.5);
    expect(Number.isNaN(at(r, 0, 12.5))).toBe(true); // inside the building
    expect(north).toBeLessThan(r.daylightHours - 6);
    expect(south).toBeCloseTo(r.daylightHours, 6);
    const june = sunHours({ raster, projection: HUE, minX: -10, minY: -40, maxX: 10, maxY: 40, spacingM: 5, dayStartMs: parseHueDate('2026-06-21')!.getTime() });
    expect(at(june, 0, 22.5)).toBeGreaterThan(north + 4);
  });

  it('rejects a zero spacing', () => {
    const raster = HeightRaster.fromObstacles([], BOUNDS, 2);
    expect(() => sunHours({ raster, projection: HUE, minX: 0, minY: 0, maxX: 10, maxY: 10, spacingM: 0, dayStartMs: 0 })).toThrow();
  });
});
