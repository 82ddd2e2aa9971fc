/**
 * `GET /fonts/{fontstack}/{range}.pbf`: SDF glyph ranges for the 2D map's labels, made from the
 * Noto Sans TTFs on first request and kept in memory (a few ranges per font are ever asked for:
 * Latin, Latin Extended, Vietnamese). Nothing is fetched from outside.
 */
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../api/HttpError.ts';
import { GLYPH_FONTS, glyphFont } from './glyphFonts.ts';
import { glyphRangePbf, parseGlyphRange } from './glyphRange.ts';

/** URL template of the glyph ranges (MapLibre style `glyphs`), relative to the site root. */
export const GLYPHS_PATH = '/fonts/{fontstack}/{range}.pbf';

/** Registers the glyph route on `app`; ranges are cached in memory once made. */
export function glyphRoutes(app: FastifyInstance): void {
  const cache = new Map<string, Promise<Uint8Array>>();
  app.get<{ Params: { fontstack: string; range: string } }>('/fonts/:fontstack/:range', async (request, reply) => {
    const { fontstack, range } = request.params;
    const rangeName = range.endsWith('.pbf') ? range.slice(0, -4) : '';
    const start = parseGlyphRange(rangeName);
    if (start === undefined) {
      throw new HttpError(400, 'Bad glyph range', `"${range}" is not a glyph range; use {start}-{start+255}.pbf with start a multiple of 256 (e.g. 0-255.pbf)`);
    }
    // MapLibre joins a style's text-font list with commas; serve the first font we have.
    const fontName = fontstack.split(',').map((s) => s.trim()).find((name) => Object.hasOwn(GLYPH_FONTS, name));
    const font = fontName && glyphFont(fontName);
    if (!fontName || !font) {
      throw new HttpError(404, 'Unknown font', `no font "${fontstack}" here; available: ${Object.keys(GLYPH_FONTS).join(', ')}`);
    }
    const key = `${fontName}/${start}`;
    let pbf = cache.get(key);
    if (!pbf) {
      pbf = font.then((f) => glyphRangePbf(f, fontName, start));
      cache.set(key, pbf);
      pbf.catch(() => cache.delete(key));
    }
    const body = await pbf;
    return reply.type('application/x-protobuf').header('cache-control', 'public, max-age=86400').send(Buffer.from(body));
  });
}
