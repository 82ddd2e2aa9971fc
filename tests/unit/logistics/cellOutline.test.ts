/** Outlines of grid cell sets: squares merge, corner-touching cells stay apart, holes are kept and owned. */
import { describe, expect, it } from 'vitest';
import { cellOutline } from '../../../src/logistics/cellOutline.ts';

describe('cellOutline', () => {
  it('outlines one cell and a row of cells as one counter-clockwise ring without collinear vertices', () => {
    expect(cellOutline([{ x: 0, y: 0 }])).toEqual([[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]]);
    expect(cellOutline([0, 1, 2].map((x) => ({ x, y: 0 })))).toEqual([[[[0, 0], [3, 0], [3, 1], [0, 1], [0, 0]]]]);
  });

  it('keeps cells that touch only at a corner as separate polygons', () => {
    const polygons = cellOutline([{ x: 0, y: 0 }, { x: 1, y: 1 }]);
    expect(polygons).toHaveLength(2);
    for (const p of polygons) expect(p[0]).toHaveLength(5);
  });

  it('keeps a hole (clockwise) inside the polygon that surrounds it, and an island in the hole apart', () => {
    const cells = [];
    for (let x = 0; x < 5; x++) for (let y = 0; y < 5; y++) if (x === 0 || y === 0 || x === 4 || y === 4 || (x === 2 && y === 2)) cells.push({ x, y });
    const polygons = cellOutline(cells);
    expect(polygons).toHaveLength(2);
    const frame = polygons.find((p) => p.length === 2)!;
    expect(frame[0]).toEqual([[0, 0], [5, 0], [5, 5], [0, 5], [0, 0]]);
    expect(frame[1]).toEqual([[1, 1], [1, 4], [4, 4], [4, 1], [1, 1]]);
    expect(polygons.find((p) => p.length === 1)![0]).toEqual([[2, 2], [3, 2], [3, 3], [2, 3], [2, 2]]);
  });
});
