/**
 * Grid pixels as a deck.gl bitmap: the image (a canvas holding the RGBA pixels, row 0 north — the
 * order of {@link paintField}) and its bounds `[west, south, east, north]` in degrees.
 */
import type { SurfaceGrid } from '../../surface/SurfaceGrid.ts';
import type { GridPixels } from '../scene/surfacePicture.ts';

/** A grid's rectangle as BitmapLayer bounds `[left, bottom, right, top]`, degrees. */
export function gridBounds(grid: SurfaceGrid): [number, number, number, number] {
  return [grid.west, grid.south, grid.east, grid.north];
}

/** A canvas of `cols × rows` holding the pixels. @throws RangeError when the pixel count does not match the grid. */
export function gridCanvas({ grid, pixels }: GridPixels): HTMLCanvasElement {
  if (pixels.length !== grid.cols * grid.rows * 4) throw new RangeError(`gridCanvas: ${pixels.length} bytes for a ${grid.cols}×${grid.rows} grid`);
  const canvas = document.createElement('canvas');
  canvas.width = grid.cols;
  canvas.height = grid.rows;
  canvas.getContext('2d')!.putImageData(new ImageData(new Uint8ClampedArray(pixels), grid.cols, grid.rows), 0, 0);
  return canvas;
}
