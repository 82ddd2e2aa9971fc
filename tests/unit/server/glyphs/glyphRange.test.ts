/** Glyph ranges made from Noto Sans: decoded with `pbf` as MapLibre does, checked for Vietnamese coverage and SDF sanity. */
import { PbfReader as Pbf } from 'pbf';
import { describe, expect, it } from 'vitest';
import { glyphFont } from '../../../../src/server/glyphs/glyphFonts.ts';
import { glyphRangePbf, parseGlyphRange } from '../../../../src/server/glyphs/glyphRange.ts';
import { GLYPH_BUFFER_PX } from '../../../../src/server/glyphs/glyphSdf.ts';

interface DecodedGlyph { id: number; bitmap?: Uint8Array; width: number; height: number; left: number; top: number; advance: number }

/** Reads a glyph PBF the way MapLibre's `parseGlyphPbf` does. */
function decode(bytes: Uint8Array): { name: string; range: string; glyphs: DecodedGlyph[] } {
  const stack = { name: '', range: '', glyphs: [] as DecodedGlyph[] };
  new Pbf(bytes).readFields((tag, target, pbf) => {
    if (tag !== 1 || !pbf) return;
    pbf.readMessage((t, s, p) => {
      if (t === 1) s.name = p.readString();
      else if (t === 2) s.range = p.readString();
      else if (t === 3) {
        s.glyphs.push(p.readMessage((gt, g: DecodedGlyph, gp) => {
          if (gt === 1) g.id = gp.readVarint();
          else if (gt === 2) g.bitmap = gp.readBytes();
          else if (gt === 3) g.width = gp.readVarint();
          else if (gt === 4) g.height = gp.readVarint();
          else if (gt === 5) g.left = gp.readSVarint();
          else if (gt === 6) g.top = gp.readSVarint();
          else if (gt === 7) g.advance = gp.readVarint();
        }, { id: 0, width: 0, height: 0, left: 0, top: 0, advance: 0 }));
      }
    }, target);
  }, stack);
  return stack;
}

describe('glyph ranges', () => {
  it('accepts only 256-aligned ranges', () => {
    expect(parseGlyphRange('0-255')).toBe(0);
    expect(parseGlyphRange('7680-7935')).toBe(7680);
    expect(parseGlyphRange('1-256')).toBeUndefined();
    expect(parseGlyphRange('0-511')).toBeUndefined();
    expect(parseGlyphRange('65536-65791')).toBeUndefined();
    expect(parseGlyphRange('abc')).toBeUndefined();
  });

  it('covers Vietnamese (Latin Extended Additional) with well-formed SDF bitmaps', async () => {
    const font = await glyphFont('Noto Sans Regular');
    const decoded = decode(glyphRangePbf(font!, 'Noto Sans Regular', 7680));
    expect(decoded.name).toBe('Noto Sans Regular');
    expect(decoded.range).toBe('7680-7935');
    const ids = new Set(decoded.glyphs.map((g) => g.id));
    for (const ch of 'ẠạẾếỆệỒồỚớỢợỤụỨứỰựỳỹ') expect(ids.has(ch.codePointAt(0)!)).toBe(true);
    const e = decoded.glyphs.find((g) => g.id === 'Ế'.codePointAt(0))!;
    expect(e.bitmap!.length).toBe((e.width + 2 * GLYPH_BUFFER_PX) * (e.height + 2 * GLYPH_BUFFER_PX));
    // The capital with two marks is taller than the em box above the baseline: top is below the ascender by less than a capital.
    expect(e.height).toBeGreaterThan(20);
    expect(e.advance).toBeGreaterThan(10);
    // Border pixels are far outside (dark), some pixels are inside the ink (above the 191 edge).
    expect(e.bitmap![0]).toBeLessThan(100);
    expect(Math.max(...e.bitmap!)).toBeGreaterThan(191);
  });

  it('gives a space its advance and no bitmap, and leaves out code points the font lacks', async () => {
    const font = await glyphFont('Noto Sans Regular');
    const basic = decode(glyphRangePbf(font!, 'Noto Sans Regular', 0));
    const space = basic.glyphs.find((g) => g.id === 32)!;
    expect(space.width).toBe(0);
    expect(space.bitmap).toBeUndefined();
    expect(space.advance).toBeGreaterThan(3);
    const cjk = decode(glyphRangePbf(font!, 'Noto Sans Regular', 0x4e00));
    expect(cjk.glyphs).toHaveLength(0);
  });
});
