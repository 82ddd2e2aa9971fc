/**
 * A draped ground overlay from RGBA pixels: the pixels go into a canvas, the canvas into a PNG
 * data URL, and that into a single-tile imagery layer over the grid's rectangle — the way Cesium
 * drapes an image on the globe (and on terrain, when there is any).
 */
import { ImageryLayer, Rectangle, SingleTileImageryProvider } from 'cesium';
import type { SurfaceGrid } from '../../surface/SurfaceGrid.ts';

/** Makes an imagery layer (not yet added) showing `pixels` (cols × rows RGBA, from the north-west) over `grid`. */
export async function imageryFromPixels(grid: SurfaceGrid, pixels: Uint8ClampedArray, alpha: number): Promise<ImageryLayer> {
  const canvas = document.createElement('canvas');
  canvas.width = grid.cols;
  canvas.height = grid.rows;
  const ctx = canvas.getContext('2d')!;
  ctx.putImageData(new ImageData(new Uint8ClampedArray(pixels), grid.cols, grid.rows), 0, 0);
  const provider = await SingleTileImageryProvider.fromUrl(canvas.toDataURL('image/png'), {
    rectangle: Rectangle.fromDegrees(grid.west, grid.south, grid.east, grid.north),
  });
  return new ImageryLayer(provider, { alpha });
}
