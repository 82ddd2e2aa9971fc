/** The part of opentype.js 2.0 (no bundled types) that the glyph server uses. */
declare module 'opentype.js' {
  /** One drawing command of a glyph outline (pixels, y down when from `getPath`). */
  export interface PathCommand {
    type: 'M' | 'L' | 'Q' | 'C' | 'Z';
    x?: number;
    y?: number;
    x1?: number;
    y1?: number;
    x2?: number;
    y2?: number;
  }
  export interface Path {
    commands: PathCommand[];
  }
  export interface Glyph {
    index: number;
    /** Advance width in font units. */
    advanceWidth?: number;
    /** Outline at (x, y) scaled to `fontSize` pixels, y down; composite glyphs resolved. */
    getPath(x: number, y: number, fontSize: number): Path;
  }
  export interface Font {
    unitsPerEm: number;
    /** Ascender in font units (hhea). */
    ascender: number;
    descender: number;
    glyphs: { get(index: number): Glyph };
    tables: { cmap: { glyphIndexMap: Record<number, number> } };
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
