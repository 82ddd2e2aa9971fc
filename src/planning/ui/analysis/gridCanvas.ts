/**
 * Paints a south-up grid (row 0 = south, as the analyses produce it) into a canvas whose first row
 * is north, as an image draped over a lon/lat rectangle expects.
 */

/** Canvas of `cols × rows` pixels coloured by `colour(index)` (RGBA bytes; undefined = transparent). */
export function gridCanvas(cols: number, rows: number, colour: (index: number) => readonly number[] | undefined): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = cols;
  canvas.height = rows;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas not available');
  const image = ctx.createImageData(cols, rows);
  const data = image.data;
  for (let r = 0; r < rows; r++) {
    const out = (rows - 1 - r) * cols;
    for (let c = 0; c < cols; c++) {
      const rgba = colour(r * cols + c);
      if (!rgba) continue;
      const o = (out + c) * 4;
      data[o] = rgba[0]!;
      data[o + 1] = rgba[1]!;
      data[o + 2] = rgba[2]!;
      data[o + 3] = rgba[3] ?? 255;
    }
  }
  ctx.putImageData(image, 0, 0);
  return canvas;
}
