import { describe, expect, it } from 'vitest';
import { HeightRaster } from '../../../../src/planning/analysis/HeightRaster.ts';
import { CELL_HIDDEN, CELL_OUTSIDE, CELL_VISIBLE, viewshed, type ViewshedResult } from '../../../../src/planning/analysis/viewshed.ts';
import { box } from './obstacles.ts';

const BOUNDS = { minX: -200, minY: -200, maxX: 200, maxY: 200 };

function stateAt(v: ViewshedResult, x: number, y: number): number {
  const wx = Math.floor((x - v.minX) / v.cellSizeM), wy = Math.floor((y - v.minY) / v.cellSizeM);
  return v.cells[wy * v.size + wx]!;
}

describe('HeightRaster', () => {
  it('fills footprints by their cell centres, keeps the taller building where two overlap, and leaves holes open', () => {
    const obstacles = [box('a', 0, 0, 10, 10, 5), box('b', 6, 0, 20, 10, 9), box('c', 40, 40, 80, 80, 12, [50, 50, 70, 70])];
    const r = HeightRaster.fromObstacles(obstacles, BOUNDS, 2);
    expect(r.heightAt(1, 1)).toBe(5);
    expect(r.heightAt(7, 5)).toBe(9);
    expect(r.owners[r.row(7) * r.cols + r.col(7)]).toBe(1);
    expect(r.heightAt(21, 5)).toBe(0);
    expect(r.heightAt(45, 45)).toBe(12);
    expect(r.heightAt(60, 60)).toBe(0);
    expect(r.maxHeightM).toBe(12);
    // Area check: a 10 × 10 m footprint covers 25 cells of 2 m.
    let count = 0;
    for (let i = 0; i < r.owners.length; i++) if (r.owners[i] === 0) count++;
    expect(count).toBe(3 * 5); // x 0–6 (b takes 6–10), y 0–10
  });
});

describe('viewshed', () => {
  it('sees everything on open ground within the radius and nothing outside it', () => {
    const raster = HeightRaster.fromObstacles([], BOUNDS, 2);
    const v = viewshed(raster, { x: 0, y: 0, z: 1.6 }, 100);
    expect(v.visibleFraction).toBe(1);
    expect(v.totalCells).toBeGreaterThan(Math.PI * 50 * 50 * 0.95);
    expect(v.totalCells).toBeLessThan(Math.PI * 50 * 50 * 1.05);
    expect(stateAt(v, 99, 0)).toBe(CELL_VISIBLE);
    expect(stateAt(v, 95, 95)).toBe(CELL_OUTSIDE);
  });

  it('hides the ground behind a tall building, sees its front and roofs of taller ones behind', () => {
    // A 20 m block 20–30 m east of the observer; a 60 m tower further east at 60–70 m; a 5 m shed at 50–55 m.
    const obstacles = [box('block', 20, -20, 30, 20, 20), box('shed', 50, -5, 55, 5, 5), box('tower', 60, -10, 70, 10, 60)];
    const raster = HeightRaster.fromObstacles(obstacles, BOUNDS, 2);
    const v = viewshed(raster, { x: 0, y: 0, z: 1.6 }, 150);
    expect(stateAt(v, 10, 0)).toBe(CELL_VISIBLE); // ground in front
    expect(stateAt(v, 21, 0)).toBe(CELL_VISIBLE); // the block's front edge (its wall shows)
    expect(stateAt(v, 40, 0)).toBe(CELL_HIDDEN); // ground behind it
    expect(stateAt(v, 120, 0)).toBe(CELL_HIDDEN); // far behind the tower
    expect(stateAt(v, -40, 0)).toBe(CELL_VISIBLE); // open to the west
    expect(v.buildingsInRange).toEqual([0, 1, 2]);
    expect(v.buildingsVisible).toEqual([0, 2]); // the shed is in the shadow of the block; the tower rises above it
    expect(v.visibleFraction).toBeGreaterThan(0.5);
    expect(v.visibleFraction).toBeLessThan(1);
  });

  it('sees more from higher up', () => {
    const obstacles = [box('block', 20, -20, 30, 20, 20)];
    const raster = HeightRaster.fromObstacles(obstacles, BOUNDS, 2);
    const low = viewshed(raster, { x: 0, y: 0, z: 1.6 }, 150);
    const high = viewshed(raster, { x: 0, y: 0, z: 40 }, 150);
    expect(high.visibleFraction).toBeGreaterThan(low.visibleFraction);
    expect(stateAt(high, 100, 0)).toBe(CELL_VISIBLE);
  });

  it('rejects a radius that is not positive', () => {
    const raster = HeightRaster.fromObstacles([], BOUNDS, 2);
    expect(() => viewshed(raster, { x: 0, y: 0, z: 1.6 }, 0)).toThrow(/radiusM/);
  });
});
