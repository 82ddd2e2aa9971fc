/**
 * One MapLibre glyph range (256 code points) of a font as a glyph PBF: `glyphs { stacks {
 * name, range, glyphs { id, bitmap, width, height, left, top, advance } } }` — the format
 * node-fontnik writes and MapLibre reads from `glyphs: …/{fontstack}/{range}.pbf`.
 */
import type { Font } from 'opentype.js';
import { GLYPH_SIZE_PX, outlineSegments, sdfGlyph } from './glyphSdf.ts';
import { ProtoWriter } from './protoWriter.ts';

/** Code points per range file. */
export const GLYPH_RANGE_SIZE = 256;

/** First code point of a range name like `7680-7935`; undefined unless it is a valid 256-aligned range. */
export function parseGlyphRange(range: string): number | undefined {
  const m = /^(\d{1,5})-(\d{1,5})$/.exec(range);
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = Number(m[2]);
  if (start % GLYPH_RANGE_SIZE !== 0 || end !== start + GLYPH_RANGE_SIZE - 1 || end > 0xffff) return undefined;
  return start;
}

/** Encodes the glyphs of `font` in [start, start + 255] (code points the font lacks are left out). */
export function glyphRangePbf(font: Font, fontName: string, start: number): Uint8Array {
  const scale = GLYPH_SIZE_PX / font.unitsPerEm;
  const ascender = Math.round(font.ascender * scale);
  const end = start + GLYPH_RANGE_SIZE - 1;
  const out = new ProtoWriter();
  out.message(1, (stack) => {
    stack.string(1, fontName).string(2, `${start}-${end}`);
    for (let code = start; code <= end; code++) {
      const index = font.tables.cmap.glyphIndexMap[code];
      if (!index) continue;
      const glyph = font.glyphs.get(index);
      const sdf = sdfGlyph(outlineSegments(glyph.getPath(0, 0, GLYPH_SIZE_PX).commands));
      stack.message(3, (g) => {
        g.uint32(1, code);
        if (sdf.width > 0) g.bytesField(2, sdf.bitmap);
        g.uint32(3, sdf.width).uint32(4, sdf.height).sint32(5, sdf.left).sint32(6, sdf.top - ascender).uint32(7, Math.round((glyph.advanceWidth ?? 0) * scale));
      });
    }
  });
  return out.finish();
}
