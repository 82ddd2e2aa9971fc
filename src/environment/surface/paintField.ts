/**
 * Turns a field (row-major from the north-west, as {@link idwGrid} makes it) into RGBA pixels for a
 * canvas: each cell is coloured by a function of its value; NaN cells stay transparent.
 */

/** RGBA colour, 0–255 each. */
export type Rgba = readonly [number, number, number, number];

/**
 * Fills (or creates) `out` (length 4 × field.length) with `colourOf(value)` per cell; NaN or an
 * undefined colour gives a transparent pixel. @throws RangeError for a wrongly sized `out`.
 */
export function paintField(field: ArrayLike<number>, colourOf: (value: number) => Rgba | undefined, out?: Uint8ClampedArray): Uint8ClampedArray {
  const pixels = out ?? new Uint8ClampedArray(field.length * 4);
  if (pixels.length !== field.length * 4) throw new RangeError(`paintField: out has ${pixels.length} bytes, need ${field.length * 4}`);
  let lastValue = Number.NaN;
  let last: Rgba | undefined;
  for (let i = 0; i < field.length; i++) {
    const v = field[i]!;
    const c = Number.isNaN(v) ? undefined : v === lastValue ? last : colourOf(v);
    lastValue = v;
    last = c;
    const o = i * 4;
    if (c) {
      pixels[o] = c[0];
      pixels[o + 1] = c[1];
      pixels[o + 2] = c[2];
      pixels[o + 3] = c[3];
    } else {
      pixels[o] = pixels[o + 1] = pixels[o + 2] = pixels[o + 3] = 0;
    }
  }
  return pixels;
}
