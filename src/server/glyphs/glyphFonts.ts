/**
 * The fonts the map's glyph server offers: fontstack name → TTF in an npm font package (pinned in
 * package.json). Noto Sans covers Latin, Latin Extended and Latin Extended Additional
 * (U+1E00–1EFF), i.e. all of Vietnamese. Licence: SIL Open Font License 1.1.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import opentype, { type Font } from 'opentype.js';

/** Package the TTFs come from (Noto Sans, OFL-1.1). */
export const GLYPH_FONT_PACKAGE = '@expo-google-fonts/noto-sans';

/** Fontstack name (as in a style's `text-font`) → file inside {@link GLYPH_FONT_PACKAGE}. */
export const GLYPH_FONTS: Readonly<Record<string, string>> = {
  'Noto Sans Regular': '400Regular/NotoSans_400Regular.ttf',
  'Noto Sans Medium': '500Medium/NotoSans_500Medium.ttf',
  'Noto Sans Bold': '700Bold/NotoSans_700Bold.ttf',
  'Noto Sans Italic': '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
};

const loaded = new Map<string, Promise<Font>>();

/** Absolute path of a fontstack's TTF, or undefined for an unknown name. */
export function glyphFontFile(fontName: string): string | undefined {
  const file = Object.hasOwn(GLYPH_FONTS, fontName) ? GLYPH_FONTS[fontName] : undefined;
  return file && createRequire(import.meta.url).resolve(`${GLYPH_FONT_PACKAGE}/${file}`);
}

/** The parsed font of a fontstack name (parsed once, ~0.2 s), or undefined for an unknown name. */
export function glyphFont(fontName: string): Promise<Font> | undefined {
  const file = glyphFontFile(fontName);
  if (!file) return undefined;
  let font = loaded.get(fontName);
  if (!font) {
    font = readFile(file).then((buf) => opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer));
    loaded.set(fontName, font);
  }
  return font;
}
